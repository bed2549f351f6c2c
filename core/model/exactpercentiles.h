#pragma once

// Internal to core/model: exact percentiles of many large arrays of values without storing them,
// for a producer that can generate the same values twice (the Monte Carlo recomputes its runs
// from the seed).
//
// Pass 1 (`Tally`) counts each array's values in log-scale buckets — the top bits of the double,
// 64 buckets per octave, ±32 octaves around a reference value — and keeps the array's smallest
// and largest values with how often each occurs. The counts tell which few buckets hold the
// wanted order statistics (`plan`). Pass 2 (`Collector`) keeps only the values of those buckets,
// and nth_element among them gives the exact order statistics (`select`).
//
// With many values, a pilot (the first few percent of them, tallied as in pass 1) can stand in
// for pass 1: `predict` marks the buckets that will hold the wanted order statistics, with a
// margin of several standard errors, and turns each run of marked buckets into a window of values
// [low, high). Tallies made afterwards count, per window, the values below it, keep the values
// inside it and count the ties at the pilot's tied extremes: compares only, which vectorise (a
// histogram does not: each value's bucket is a scattered increment). `resolve` then finds each
// wanted rank inside a window (its order statistic is selected among that window's values) or
// among the ties, or reports a miss (rare): a pass 1 and a pass 2 then run as usual. Either way the result is the
// exact order statistics.
//
// Ties at the extremes are counted, never collected: a capped year's required capex equals the
// ceiling in many runs (its maximum), the ratio is +inf where nothing is required (its maximum),
// and a value that does not vary at all is both. Values must be ≥ 0 (+inf allowed).

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <limits>
#include <memory>
#include <new>
#include <utility>
#include <vector>

namespace capex::detail {

/// An allocator whose resize() leaves new doubles uninitialised: the kept values are written
/// before they are read, and zeroing megabytes of them first would touch every page twice.
template <typename T> struct UninitialisedAllocator : std::allocator<T>
{
    template <typename U> struct rebind
    {
        using other = UninitialisedAllocator<U>;
    };
    UninitialisedAllocator() = default;
    template <typename U> UninitialisedAllocator(const UninitialisedAllocator<U> &) noexcept { }
    template <typename U> void construct(U *p) noexcept { ::new (static_cast<void *>(p)) U; }
    template <typename U, typename... Args> void construct(U *p, Args &&...args)
    {
        ::new (static_cast<void *>(p)) U(std::forward<Args>(args)...);
    }
};
using KeptValues = std::vector<double, UninitialisedAllocator<double>>;

class ExactPercentiles
{
public:
    static constexpr int mantissaBits = 6; // buckets 0.27% wide: few values to collect around a rank
    static constexpr int bucketShift = 52 - mantissaBits;
    static constexpr int bucketCount = 64 << mantissaBits;

    /// `references[a]`: a typical value of array a (centres its buckets); `levels`: e.g. 0.05…0.95;
    /// `mirrored[a]`: mirroredPercentile() is wanted for array a (its order statistics counted from
    /// the top are selected too; missing: no).
    ExactPercentiles(const std::vector<double> &references, std::int64_t valuesPerArray, std::vector<double> levels,
        std::vector<bool> mirrored = {});

    int arrays() const { return static_cast<int>(m_base.size()); }

    /// The most windows of values a prediction keeps per array (five percentiles need five).
    static constexpr int maxWindows = 8;

    /// One thread's pass-1 counts, or after predict() its counts against the windows.
    class Tally
    {
    public:
        explicit Tally(const ExactPercentiles &owner);

        /// Adds values[0 … count − 1] to array `array`. Inlined into the caller, so that it is
        /// compiled for the caller's instruction set (see simd.h); `Avx2`: the caller runs AVX2,
        /// and so may the windowed tally (which then counts and keeps exactly the same values).
        template <bool Avx2 = false> [[gnu::always_inline]] void add(int array, const double *values, int count)
        {
            if (!m_windowed) {
                addToBuckets(array, values, count);
                return;
            }
            if constexpr (Avx2) {
                addToWindowsAvx2(array, values, count);
                return;
            }
            switch (m_owner->m_windows[array].count) {
            case 0: addToWindows<0>(array, values, count); break;
            case 1: addToWindows<1>(array, values, count); break;
            case 2: addToWindows<2>(array, values, count); break;
            case 3: addToWindows<3>(array, values, count); break;
            case 4: addToWindows<4>(array, values, count); break;
            case 5: addToWindows<5>(array, values, count); break;
            default: addToWindows<maxWindows>(array, values, count); break; // padded with empty windows
            }
        }

        /// After predict(): room for the values this tally will keep out of `values` per array.
        void reserveKept(std::int64_t values);

    private:
        friend class ExactPercentiles;
        struct Extremes
        {
            double low = std::numeric_limits<double>::infinity();
            double high = -std::numeric_limits<double>::infinity();
            std::int64_t lowCount = 0;
            std::int64_t highCount = 0;
        };
        /// One array's counts against its windows.
        struct WindowCounts
        {
            std::array<std::int64_t, maxWindows> below {}; ///< values < window w's low end
            std::int64_t lowLess = 0, lowAtMost = 0; ///< values < and ≤ Windows::tieLow
            std::int64_t highLess = 0, highAtMost = 0; ///< values < and ≤ Windows::tieHigh

            /// Adds one call's counts (W windows; the others are empty).
            template <int W>
            void add(const std::array<std::int64_t, W> &belowCounts, std::int64_t lowLessCount,
                std::int64_t lowAtMostCount, std::int64_t highLessCount, std::int64_t highAtMostCount)
            {
                for (int w = 0; w < W; ++w)
                    below[w] += belowCounts[w];
                lowLess += lowLessCount;
                lowAtMost += lowAtMostCount;
                highLess += highLessCount;
                highAtMost += highAtMostCount;
            }
        };

        [[gnu::always_inline]] void addToBuckets(int array, const double *values, int count)
        {
            std::uint32_t *counts = m_counts.data() + static_cast<std::size_t>(array) * bucketCount;
            const std::int64_t base = m_owner->m_base[array];
            double low = values[0], high = values[0];
            for (int i = 0; i < count; ++i) {
                ++counts[bucketOf(values[i], base)];
                low = std::min(low, values[i]);
                high = std::max(high, values[i]);
            }
            std::int64_t lows = 0, highs = 0;
            for (int i = 0; i < count; ++i) {
                lows += values[i] == low;
                highs += values[i] == high;
            }
            Extremes &e = m_extremes[array];
            if (low < e.low) {
                e.low = low;
                e.lowCount = lows;
            } else if (low == e.low) {
                e.lowCount += lows;
            }
            if (high > e.high) {
                e.high = high;
                e.highCount = highs;
            } else if (high == e.high) {
                e.highCount += highs;
            }
        }

        /// W windows (W = maxWindows: the unused ones are empty). A loop of compares the compiler
        /// vectorises, then a branch-free compaction of the values to keep: each is written and
        /// kept by advancing the end (keeping is a coin toss for a branch).
        template <int W> [[gnu::always_inline]] void addToWindows(int array, const double *values, int count)
        {
            const Windows &windows = m_owner->m_windows[array];
            WindowCounts &state = m_windowCounts[array];
            std::array<double, W> lows {}, highs {};
            std::array<std::int64_t, W> below {};
            for (int w = 0; w < W; ++w) {
                lows[w] = windows.low[w];
                highs[w] = windows.high[w];
            }
            const double tieLow = windows.tieLow, tieHigh = windows.tieHigh;
            std::int64_t lowLess = 0, lowAtMost = 0, highLess = 0, highAtMost = 0;
            KeptValues &storage = m_kept[array];
            std::size_t used = m_keptSize[array];
            if (used + static_cast<std::size_t>(count) > storage.size())
                storage.resize(std::max<std::size_t>(2 * storage.size(), used + count + 1024));
            double *kept = storage.data();
            constexpr int chunk = 256;
            for (int from = 0; from < count; from += chunk) {
                const int size = std::min(chunk, count - from);
                const double *v = values + from;
                std::array<std::int64_t, chunk> keep;
                for (int i = 0; i < size; ++i) {
                    const double x = v[i];
                    std::int64_t inside = 0;
                    for (int w = 0; w < W; ++w) {
                        below[w] += static_cast<std::int64_t>(x < lows[w]);
                        inside |= static_cast<std::int64_t>(x >= lows[w]) & static_cast<std::int64_t>(x < highs[w]);
                    }
                    lowLess += static_cast<std::int64_t>(x < tieLow);
                    lowAtMost += static_cast<std::int64_t>(x <= tieLow);
                    highLess += static_cast<std::int64_t>(x < tieHigh);
                    highAtMost += static_cast<std::int64_t>(x <= tieHigh);
                    keep[i] = inside;
                }
                if constexpr (W > 0)
                    for (int i = 0; i < size; ++i) {
                        kept[used] = v[i];
                        used += static_cast<std::size_t>(keep[i]);
                    }
            }
            m_keptSize[array] = used;
            state.add<W>(below, lowLess, lowAtMost, highLess, highAtMost);
        }

        /// addToWindows() with AVX2 intrinsics: compares, then each group of four values
        /// compacted by one permutation from a table (the portable loop stores values one by one).
        /// Only called where the CPU has AVX2.
        void addToWindowsAvx2(int array, const double *values, int count);
        template <int W, bool Ties> void windowsAvx2(int array, const double *values, int count);
        /// windowsAvx2 for the array's window count.
        template <bool Ties> void windowsAvx2ForCount(int array, const double *values, int count);

        std::int64_t count(int a, int b) const { return m_counts[static_cast<std::size_t>(a) * bucketCount + b]; }

        const ExactPercentiles *m_owner;
        bool m_windowed; ///< made after predict(): counts against the windows
        std::vector<std::uint32_t> m_counts; ///< per array, bucketCount buckets; empty when windowed
        std::vector<Extremes> m_extremes;
        std::vector<WindowCounts> m_windowCounts; ///< per array, when windowed
        std::vector<KeptValues> m_kept; ///< per array, when windowed: the values inside the windows
        std::vector<std::size_t> m_keptSize; ///< how much of m_kept[a] is in use
    };

    /// Before a single pass: from `pilot`, tallies of the first `pilotValues` values of every
    /// array, predicts the windows of values that will hold the wanted order statistics. Tallies
    /// made afterwards count against the windows and keep their values.
    void predict(const std::vector<Tally> &pilot, std::int64_t pilotValues);

    /// After the single pass with predict(): true when every wanted order statistic is inside a
    /// window or among ties known to be equal (their values are then known: select() has nothing
    /// left to do); false when the prediction missed: the prediction is dropped, and pass 1,
    /// plan() and pass 2 then run with new tallies. The kept values are released either way.
    /// resolveArray() for every array, then finishResolve().
    bool resolve(std::vector<Tally> &tallies);
    /// resolve() for array a alone: its order statistics, or false for a miss. Calls for
    /// different arrays may run on different threads at once; `scratch` is the calling thread's
    /// (reused from array to array). Releases the tallies' values of array a.
    bool resolveArray(std::vector<Tally> &tallies, int array, KeptValues &scratch);
    /// After resolveArray() for the arrays (all of them when `resolved`: none missed): releases
    /// what the tallies kept and, unless resolved, drops the prediction. Returns `resolved`.
    bool finishResolve(std::vector<Tally> &tallies, bool resolved);

    /// After pass 1: finds the buckets to collect and sizes the collection.
    void plan(const std::vector<Tally> &tallies);

    /// One thread's pass-2 collection; it must see exactly the values its Tally saw.
    class Collector
    {
    public:
        /// Keeps those of values[0 … count − 1] that pass 1 found to matter.
        template <bool Avx2 = false> [[gnu::always_inline]] void add(int array, const double *values, int count)
        {
            double *cursor = m_cursor[array];
            if (!cursor)
                return;
            if constexpr (Avx2)
                if (m_owner->m_intervals[array].count > 0) {
                    m_cursor[array] = addAvx2(array, values, count, cursor);
                    return;
                }
            const ExactPercentiles &o = *m_owner;
            const std::int64_t base = o.m_base[array];
            const std::uint64_t *marks = o.m_marks.data() + static_cast<std::size_t>(array) * markWords;
            const double low = o.m_low[array], high = o.m_high[array];
            for (int i = 0; i < count; ++i) {
                const double value = values[i];
                const int b = bucketOf(value, base);
                if (((marks[b >> 6] >> (b & 63)) & 1U) && value != low && value != high)
                    *cursor++ = value;
            }
            m_cursor[array] = cursor;
        }

    private:
        friend class ExactPercentiles;
        /// add() with AVX2 compares against the marked buckets' intervals of values (a bucket
        /// lookup per value does not vectorise), from `cursor`; returns the new end. Only called
        /// where the CPU has AVX2.
        double *addAvx2(int array, const double *values, int count, double *cursor) const;

        const ExactPercentiles *m_owner = nullptr;
        std::vector<double *> m_cursor; ///< per array; null when nothing is collected
    };

    /// After plan(): one collector per tally, writing to disjoint slices.
    std::vector<Collector> collectors(const std::vector<Tally> &tallies);

    /// After pass 2: the order statistics of arrays t, t + stride, … (call for t = 0…stride−1,
    /// possibly on different threads).
    void select(int first, int stride);

    /// Percentile `level` (an index into `levels`) of array a: linear interpolation between the
    /// order statistics around (n − 1)·p, as numpy.percentile's default.
    double percentile(int array, int level) const;
    /// The same percentile of numerator / x for the values x of array a (+inf where x is 0),
    /// from a's order statistics counted from the top: a decreasing function reverses the order.
    /// Only for an array constructed as mirrored.
    double mirroredPercentile(int array, int level, double numerator) const;

private:
    static constexpr int markWords = bucketCount / 64;

    /// Per array after predict(): value intervals [low, high), sorted and disjoint (unused ones
    /// empty), and the pilot's tied extremes, whose ties are counted (values < and ≤ each): the
    /// ranks between the two counts hold exactly that value.
    struct Windows
    {
        int count = 0;
        std::array<double, maxWindows> low {};
        std::array<double, maxWindows> high {};
        double tieLow = std::numeric_limits<double>::quiet_NaN(); ///< NaN: none (counts 0)
        double tieHigh = std::numeric_limits<double>::quiet_NaN();
    };
    /// The smallest value of bucket b (0 for the bucket of zero, +inf for the one of +inf).
    double lowerEdge(int array, int bucket) const;
    /// Array a's runs of marked buckets as intervals of values [low, high) (ties not excluded): a
    /// value ≥ 0 lies in one exactly when it lies in a marked bucket, since doubles ≥ 0 sort like
    /// their bit patterns. Count 0 (the bucket test is needed) where a run takes in bucket 0 or 1
    /// (zero; the smallest values, clamped into 1), the bucket of +inf or buckets whose edges
    /// lowerEdge() clamps, or where there are more than maxWindows runs.
    Windows markedIntervals(int array) const;
    /// The ranks plan.ranks holds for array a (their sources still unknown).
    void setRanks(int array);

    static int bucketOf(double value, std::int64_t base)
    {
        if (value == 0.0)
            return 0;
        if (!(value < std::numeric_limits<double>::infinity()))
            return bucketCount - 1;
        const auto key = static_cast<std::int64_t>(std::bit_cast<std::uint64_t>(value) >> bucketShift) - base;
        return static_cast<int>(std::clamp<std::int64_t>(key, 1, bucketCount - 2));
    }

    struct RankSource
    {
        std::int64_t rank = 0; ///< order statistic among all values
        double value = 0; ///< known after plan() or select()
        bool collected = false; ///< taken from the collected values
        std::int64_t collectedRank = 0; ///< its rank among them
        int bucket = -1; ///< the bucket it lies in, when collected
        std::int64_t bucketBegin = 0, bucketEnd = 0; ///< where its window's values lie (resolve())
        double windowLow = 0, windowHigh = 0; ///< its window (resolve())
    };
    /// The order statistics of ranks [from, to), ascending, all in one window of `collected`.
    static void selectInWindow(double *collected, RankSource **from, RankSource **to);
    /// Selects the collected ranks of array a, whose values lie in `collected`.
    void selectArray(int array, double *collected);
    struct ArrayPlan
    {
        /// Per level: floor and ceiling of (n − 1)·p, then n − 1 minus each (when mirrored; else
        /// the first two again, which costs nothing to select).
        std::vector<RankSource> ranks;
        std::size_t offset = 0; ///< its slice of m_collected
        std::size_t size = 0;
        bool byBucket = false; ///< the slice is ordered by window (resolve()): selection stays in one
        bool selected = false; ///< its order statistics are known (resolve() selected them)
    };

    /// One array's counts over every tally: buckets, and the extremes with their ties.
    struct Merged
    {
        std::vector<std::int64_t> counts = std::vector<std::int64_t>(bucketCount);
        double low = 0, high = 0;
        std::int64_t lowCount = 0, highCount = 0;
    };
    void merge(const std::vector<Tally> &tallies, int array, Merged &merged) const;
    /// Places array a's wanted ranks: at an extreme, or in a bucket, which is marked; sizes its
    /// collection.
    void placeRanks(int array, Merged &merged);

    double interpolate(double below, double above, int level) const;

    std::vector<std::int64_t> m_base; ///< per array: the key of its bucket 0
    std::vector<double> m_low; ///< per array: the extremes, whose ties are never collected
    std::vector<double> m_high;
    std::int64_t m_values;
    std::vector<double> m_levels;
    std::vector<bool> m_mirrored;
    std::vector<ArrayPlan> m_plans;
    std::vector<std::uint64_t> m_marks; ///< per array, markWords words of bucket bits
    std::vector<double> m_skipLow; ///< per array, after predict(): the pilot's tied extremes (NaN: none)
    std::vector<double> m_skipHigh;
    std::vector<double> m_keptShare; ///< per array, after predict(): the share of values kept in the pilot
    std::vector<Windows> m_windows; ///< per array, after predict()
    std::vector<Windows> m_intervals; ///< per array, after collectors(): markedIntervals()
    bool m_predicted = false;
    std::unique_ptr<double[]> m_collected; // NOLINT(modernize-avoid-c-arrays): uninitialised on purpose
};

} // namespace capex::detail

#pragma once

// Internal to core/model: exact percentiles of many large arrays of values without storing them,
// for a producer that can generate the same values twice (the Monte Carlo recomputes its runs
// from the seed).
//
// Pass 1 (`Tally`) counts each array's values in log-scale buckets — the top bits of the double,
// 256 buckets per octave, ±32 octaves around a reference value — and keeps the array's smallest
// and largest values with how often each occurs. The counts tell which few buckets hold the
// wanted order statistics (`plan`). Pass 2 (`Collector`) keeps only the values of those buckets,
// and nth_element among them gives the exact order statistics (`select`).
//
// With many values, a pilot (the first few percent of them, tallied beforehand) can stand in for
// pass 1's counts: `predict` marks the buckets that will hold the wanted order statistics, with a
// margin of several standard errors, and pass 1 then keeps those buckets' values as it counts.
// `resolve` checks the prediction against the exact counts and, when it held (nearly always),
// selects the order statistics without a second pass; otherwise `plan` and pass 2 run as usual.
// Either way the result is the exact order statistics.
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
#include <vector>

namespace capex::detail {

class ExactPercentiles
{
public:
    static constexpr int mantissaBits = 6; // buckets 0.27% wide: few values to collect around a rank
    static constexpr int bucketShift = 52 - mantissaBits;
    static constexpr int bucketCount = 64 << mantissaBits;

    /// `references[a]`: a typical value of array a (centres its buckets); `levels`: e.g. 0.05…0.95.
    ExactPercentiles(const std::vector<double> &references, std::int64_t valuesPerArray, std::vector<double> levels);

    int arrays() const { return static_cast<int>(m_base.size()); }

    /// One thread's pass-1 counts.
    class Tally
    {
    public:
        explicit Tally(const ExactPercentiles &owner);

        /// Adds values[0 … count − 1] to array `array` (and keeps those of the predicted buckets).
        void add(int array, const double *values, int count)
        {
            if (m_kept.empty())
                addValues<false>(array, values, count);
            else
                addValues<true>(array, values, count);
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

        template <bool Keep> void addValues(int array, const double *values, int count)
        {
            std::uint32_t *counts = m_counts.data() + static_cast<std::size_t>(array) * bucketCount;
            const std::int64_t base = m_owner->m_base[array];
            double low = values[0], high = values[0];
            // The marks and skips exist only after predict(): read them only when keeping.
            [[maybe_unused]] const std::uint64_t *marks = nullptr;
            [[maybe_unused]] double skipLow = 0, skipHigh = 0;
            [[maybe_unused]] double *kept = nullptr;
            [[maybe_unused]] std::size_t used = 0;
            if constexpr (Keep) {
                marks = m_owner->m_marks.data() + static_cast<std::size_t>(array) * markWords;
                skipLow = m_owner->m_skipLow[array];
                skipHigh = m_owner->m_skipHigh[array];
                std::vector<double> &storage = m_kept[array];
                used = m_keptSize[array];
                if (used + static_cast<std::size_t>(count) > storage.size())
                    storage.resize(std::max<std::size_t>(2 * storage.size(), used + count + 1024));
                kept = storage.data();
            }
            for (int i = 0; i < count; ++i) {
                const int b = bucketOf(values[i], base);
                ++counts[b];
                low = std::min(low, values[i]);
                high = std::max(high, values[i]);
                if constexpr (Keep) {
                    // Written always, kept by advancing the end: no branch on a coin-toss condition.
                    // A skipped value is the pilot's tied extreme: counted, never kept (NaN skips nothing).
                    const auto keep = static_cast<std::size_t>((marks[b >> 6] >> (b & 63)) & 1U)
                        & static_cast<std::size_t>(values[i] != skipLow)
                        & static_cast<std::size_t>(values[i] != skipHigh);
                    kept[used] = values[i];
                    used += keep;
                }
            }
            if constexpr (Keep)
                m_keptSize[array] = used;
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

        std::int64_t count(int a, int b) const { return m_counts[static_cast<std::size_t>(a) * bucketCount + b]; }

        const ExactPercentiles *m_owner;
        std::vector<std::uint32_t> m_counts;
        std::vector<Extremes> m_extremes;
        std::vector<std::vector<double>> m_kept; ///< per array, after predict(); empty otherwise
        std::vector<std::size_t> m_keptSize; ///< how much of m_kept[a] is in use
    };

    /// Before pass 1 of a single pass: from `pilot`, tallies of the first `pilotValues` values
    /// of every array, marks the buckets that will hold the wanted order statistics. Tallies
    /// made afterwards keep the values of those buckets.
    void predict(const std::vector<Tally> &pilot, std::int64_t pilotValues);

    /// After pass 1 with predict(): true when the kept values hold every wanted order statistic
    /// (select() is then next); false when the prediction missed: plan() and pass 2 then. The
    /// kept values are released either way.
    bool resolve(std::vector<Tally> &tallies);

    /// After pass 1: finds the buckets to collect and sizes the collection.
    void plan(const std::vector<Tally> &tallies);

    /// One thread's pass-2 collection; it must see exactly the values its Tally saw.
    class Collector
    {
    public:
        /// Keeps those of values[0 … count − 1] that pass 1 found to matter.
        void add(int array, const double *values, int count)
        {
            double *cursor = m_cursor[array];
            if (!cursor)
                return;
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
    double mirroredPercentile(int array, int level, double numerator) const;

private:
    static constexpr int markWords = bucketCount / 64;

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
        std::int64_t bucketBegin = 0, bucketEnd = 0; ///< where that bucket's values lie, when sorted by bucket
    };
    struct ArrayPlan
    {
        std::vector<RankSource>
            ranks; ///< per level: floor and ceiling of (n − 1)·p, then n − 1 minus each ///< two per level
        std::size_t offset = 0; ///< its slice of m_collected
        std::size_t size = 0;
        bool byBucket = false; ///< the slice is ordered by bucket (resolve()): selection stays in one bucket
    };

    /// One array's counts over every tally: buckets, and the extremes with their ties.
    struct Merged
    {
        std::vector<std::int64_t> counts = std::vector<std::int64_t>(bucketCount);
        double low = 0, high = 0;
        std::int64_t lowCount = 0, highCount = 0;
    };
    void merge(const std::vector<Tally> &tallies, int array, Merged &merged) const;
    /// Places array a's wanted ranks: at an extreme, or in a bucket, which is marked (or, with
    /// `marksFixed`, must already be: false if one is not); sizes its collection.
    bool placeRanks(int array, Merged &merged, bool marksFixed);

    double interpolate(double below, double above, int level) const;

    std::vector<std::int64_t> m_base; ///< per array: the key of its bucket 0
    std::vector<double> m_low; ///< per array: the extremes, whose ties are never collected
    std::vector<double> m_high;
    std::int64_t m_values;
    std::vector<double> m_levels;
    std::vector<ArrayPlan> m_plans;
    std::vector<std::uint64_t> m_marks; ///< per array, markWords words of bucket bits
    std::vector<double> m_skipLow; ///< per array, after predict(): the pilot's tied extremes (NaN: none)
    std::vector<double> m_skipHigh;
    std::vector<double> m_keptShare; ///< per array, after predict(): the share of values kept in the pilot
    bool m_predicted = false;
    std::unique_ptr<double[]> m_collected; // NOLINT(modernize-avoid-c-arrays): uninitialised on purpose
};

} // namespace capex::detail

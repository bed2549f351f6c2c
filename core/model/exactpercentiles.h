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
    static constexpr int mantissaBits = 6;
    static constexpr int bucketShift = 52 - mantissaBits;
    static constexpr int bucketCount = 4096;

    /// `references[a]`: a typical value of array a (centres its buckets); `levels`: e.g. 0.05…0.95.
    ExactPercentiles(const std::vector<double> &references, std::int64_t valuesPerArray, std::vector<double> levels);

    int arrays() const { return static_cast<int>(m_base.size()); }

    /// One thread's pass-1 counts.
    class Tally
    {
    public:
        explicit Tally(const ExactPercentiles &owner);

        /// Adds values[0 … count − 1] to array `array`.
        void add(int array, const double *values, int count)
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

    private:
        friend class ExactPercentiles;
        struct Extremes
        {
            double low = std::numeric_limits<double>::infinity();
            double high = -std::numeric_limits<double>::infinity();
            std::int64_t lowCount = 0;
            std::int64_t highCount = 0;
        };
        const ExactPercentiles *m_owner;
        std::vector<std::uint32_t> m_counts;
        std::vector<Extremes> m_extremes;
    };

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
    };
    struct ArrayPlan
    {
        std::vector<RankSource>
            ranks; ///< per level: floor and ceiling of (n − 1)·p, then n − 1 minus each ///< two per level
        std::size_t offset = 0; ///< its slice of m_collected
        std::size_t size = 0;
    };

    double interpolate(double below, double above, int level) const;

    std::vector<std::int64_t> m_base; ///< per array: the key of its bucket 0
    std::vector<double> m_low; ///< per array: the extremes, whose ties are never collected
    std::vector<double> m_high;
    std::int64_t m_values;
    std::vector<double> m_levels;
    std::vector<ArrayPlan> m_plans;
    std::vector<std::uint64_t> m_marks; ///< per array, markWords words of bucket bits
    std::unique_ptr<double[]> m_collected; // NOLINT(modernize-avoid-c-arrays): uninitialised on purpose
};

} // namespace capex::detail

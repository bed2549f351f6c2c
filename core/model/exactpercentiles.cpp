#include "exactpercentiles.h"

#include <cmath>
#include <memory>

namespace capex::detail {
namespace {

constexpr double infinity = std::numeric_limits<double>::infinity();

std::int64_t baseFor(double reference)
{
    if (!(reference > 0.0) || !(reference < infinity))
        reference = 1.0;
    return static_cast<std::int64_t>(std::bit_cast<std::uint64_t>(reference) >> ExactPercentiles::bucketShift)
        - ExactPercentiles::bucketCount / 2;
}

} // namespace

ExactPercentiles::ExactPercentiles(
    const std::vector<double> &references, std::int64_t valuesPerArray, std::vector<double> levels)
    : m_low(references.size())
    , m_high(references.size())
    , m_values(valuesPerArray)
    , m_levels(std::move(levels))
    , m_plans(references.size())
{
    m_base.reserve(references.size());
    for (double reference : references)
        m_base.push_back(baseFor(reference));
}

ExactPercentiles::Tally::Tally(const ExactPercentiles &owner)
    : m_owner(&owner)
    , m_counts(static_cast<std::size_t>(owner.arrays()) * bucketCount, 0)
    , m_extremes(owner.arrays())
{ }

void ExactPercentiles::plan(const std::vector<Tally> &tallies)
{
    m_marks.assign(static_cast<std::size_t>(arrays()) * markWords, 0);
    std::vector<std::int64_t> counts(bucketCount);
    std::size_t total = 0;
    for (int a = 0; a < arrays(); ++a) {
        ArrayPlan &plan = m_plans[a];
        double &low = m_low[a], &high = m_high[a];
        low = infinity;
        high = -infinity;
        std::fill(counts.begin(), counts.end(), 0);
        for (const Tally &tally : tallies) {
            low = std::min(low, tally.m_extremes[a].low);
            high = std::max(high, tally.m_extremes[a].high);
            const std::uint32_t *c = tally.m_counts.data() + static_cast<std::size_t>(a) * bucketCount;
            for (int b = 0; b < bucketCount; ++b)
                counts[b] += c[b];
        }
        std::int64_t lowCount = 0, highCount = 0;
        for (const Tally &tally : tallies) {
            if (tally.m_extremes[a].low == low)
                lowCount += tally.m_extremes[a].lowCount;
            if (tally.m_extremes[a].high == high)
                highCount += tally.m_extremes[a].highCount;
        }

        plan.ranks.clear();
        for (double level : m_levels) {
            const auto below = static_cast<std::int64_t>(std::floor(static_cast<double>(m_values - 1) * level));
            const std::int64_t above = std::min(below + 1, m_values - 1);
            plan.ranks.push_back({below, 0, false, 0});
            plan.ranks.push_back({above, 0, false, 0});
            plan.ranks.push_back({m_values - 1 - below, 0, false, 0});
            plan.ranks.push_back({m_values - 1 - above, 0, false, 0});
        }
        if (low == high) {
            for (RankSource &source : plan.ranks)
                source.value = low;
            continue;
        }

        // Counts without the extremes' ties, which are known.
        counts[bucketOf(m_low[a], m_base[a])] -= lowCount;
        counts[bucketOf(m_high[a], m_base[a])] -= highCount;
        std::uint64_t *marks = m_marks.data() + static_cast<std::size_t>(a) * markWords;
        auto marked = [marks](int b) { return ((marks[b >> 6] >> (b & 63)) & 1U) != 0; };
        std::vector<int> bucketOfRank(plan.ranks.size(), -1);
        for (std::size_t r = 0; r < plan.ranks.size(); ++r) {
            RankSource &source = plan.ranks[r];
            if (source.rank < lowCount) {
                source.value = low;
            } else if (source.rank >= m_values - highCount) {
                source.value = high;
            } else {
                std::int64_t rank = source.rank - lowCount, cumulative = 0;
                int b = 0;
                while (cumulative + counts[b] <= rank)
                    cumulative += counts[b++];
                bucketOfRank[r] = b;
                marks[b >> 6] |= std::uint64_t {1} << (b & 63);
            }
        }
        for (std::size_t r = 0; r < plan.ranks.size(); ++r) {
            if (bucketOfRank[r] < 0)
                continue;
            std::int64_t skipped = lowCount;
            for (int b = 0; b < bucketOfRank[r]; ++b)
                if (!marked(b))
                    skipped += counts[b];
            plan.ranks[r].collected = true;
            plan.ranks[r].collectedRank = plan.ranks[r].rank - skipped;
        }
        plan.offset = total;
        plan.size = 0;
        for (int b = 0; b < bucketCount; ++b)
            if (marked(b))
                plan.size += counts[b];
        total += plan.size;
    }
    m_collected = std::make_unique_for_overwrite<double[]>(std::max<std::size_t>(total, 1)); // NOLINT: see m_collected
}

std::vector<ExactPercentiles::Collector> ExactPercentiles::collectors(const std::vector<Tally> &tallies)
{
    std::vector<Collector> list(tallies.size());
    for (Collector &collector : list) {
        collector.m_owner = this;
        collector.m_cursor.assign(arrays(), nullptr);
    }
    for (int a = 0; a < arrays(); ++a) {
        const ArrayPlan &plan = m_plans[a];
        if (plan.size == 0)
            continue;
        const std::uint64_t *marks = m_marks.data() + static_cast<std::size_t>(a) * markWords;
        double *cursor = m_collected.get() + plan.offset;
        for (std::size_t t = 0; t < tallies.size(); ++t) {
            list[t].m_cursor[a] = cursor;
            const Tally &tally = tallies[t];
            const std::uint32_t *c = tally.m_counts.data() + static_cast<std::size_t>(a) * bucketCount;
            std::int64_t share = 0;
            for (int b = 0; b < bucketCount; ++b)
                if ((marks[b >> 6] >> (b & 63)) & 1U)
                    share += c[b];
            // This thread's ties at the extremes are not collected.
            const auto &e = tally.m_extremes[a];
            const int lowBucket = bucketOf(m_low[a], m_base[a]), highBucket = bucketOf(m_high[a], m_base[a]);
            if (e.low == m_low[a] && ((marks[lowBucket >> 6] >> (lowBucket & 63)) & 1U))
                share -= e.lowCount;
            if (e.high == m_high[a] && ((marks[highBucket >> 6] >> (highBucket & 63)) & 1U))
                share -= e.highCount;
            cursor += share;
        }
    }
    return list;
}

void ExactPercentiles::select(int first, int stride)
{
    for (int a = first; a < arrays(); a += stride) {
        ArrayPlan &plan = m_plans[a];
        double *begin = m_collected.get() + plan.offset;
        double *end = begin + plan.size;
        std::vector<RankSource *> wanted;
        for (RankSource &source : plan.ranks)
            if (source.collected)
                wanted.push_back(&source);
        std::sort(wanted.begin(), wanted.end(),
            [](const RankSource *x, const RankSource *y) { return x->collectedRank < y->collectedRank; });
        double *from = begin;
        for (RankSource *source : wanted) {
            double *nth = begin + source->collectedRank;
            if (nth >= from) {
                std::nth_element(from, nth, end);
                from = nth + 1;
            }
            source->value = *nth;
        }
    }
}

double ExactPercentiles::percentile(int array, int level) const
{
    const ArrayPlan &plan = m_plans[array];
    const auto at = static_cast<std::size_t>(level) * 4;
    return interpolate(plan.ranks[at].value, plan.ranks[at + 1].value, level);
}

double ExactPercentiles::mirroredPercentile(int array, int level, double numerator) const
{
    const ArrayPlan &plan = m_plans[array];
    auto ratio = [numerator](double denominator) { return denominator > 0.0 ? numerator / denominator : infinity; };
    const auto at = static_cast<std::size_t>(level) * 4;
    return interpolate(ratio(plan.ranks[at + 2].value), ratio(plan.ranks[at + 3].value), level);
}

double ExactPercentiles::interpolate(double below, double above, int level) const
{
    const double h = static_cast<double>(m_values - 1) * m_levels[level];
    const double fraction = h - std::floor(h);
    if (fraction == 0.0 || below == above)
        return below;
    if (!(above < infinity))
        return infinity;
    return below + fraction * (above - below);
}

} // namespace capex::detail

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
    , m_kept(owner.m_predicted ? owner.arrays() : 0)
    , m_keptSize(m_kept.size(), 0)
{ }

void ExactPercentiles::Tally::reserveKept(std::int64_t values)
{
    for (std::size_t a = 0; a < m_kept.size(); ++a)
        m_kept[a].resize(static_cast<std::size_t>(m_owner->m_keptShare[a] * 1.25 * static_cast<double>(values)) + 1024);
}

void ExactPercentiles::merge(const std::vector<Tally> &tallies, int a, Merged &m) const
{
    m.low = infinity;
    m.high = -infinity;
    std::fill(m.counts.begin(), m.counts.end(), 0);
    for (const Tally &tally : tallies) {
        m.low = std::min(m.low, tally.m_extremes[a].low);
        m.high = std::max(m.high, tally.m_extremes[a].high);
        const std::uint32_t *c = tally.m_counts.data() + static_cast<std::size_t>(a) * bucketCount;
        for (int b = 0; b < bucketCount; ++b)
            m.counts[b] += c[b];
    }
    m.lowCount = m.highCount = 0;
    for (const Tally &tally : tallies) {
        if (tally.m_extremes[a].low == m.low)
            m.lowCount += tally.m_extremes[a].lowCount;
        if (tally.m_extremes[a].high == m.high)
            m.highCount += tally.m_extremes[a].highCount;
    }
}

bool ExactPercentiles::placeRanks(int a, Merged &m, bool marksFixed)
{
    ArrayPlan &plan = m_plans[a];
    m_low[a] = m.low;
    m_high[a] = m.high;
    plan.size = 0;
    plan.byBucket = false;
    plan.ranks.clear();
    for (double level : m_levels) {
        const auto below = static_cast<std::int64_t>(std::floor(static_cast<double>(m_values - 1) * level));
        const std::int64_t above = std::min(below + 1, m_values - 1);
        plan.ranks.push_back({below, 0, false, 0});
        plan.ranks.push_back({above, 0, false, 0});
        plan.ranks.push_back({m_values - 1 - below, 0, false, 0});
        plan.ranks.push_back({m_values - 1 - above, 0, false, 0});
    }
    if (m.low == m.high) {
        for (RankSource &source : plan.ranks)
            source.value = m.low;
        return true;
    }

    // Counts without the extremes' ties, which are known.
    std::vector<std::int64_t> &counts = m.counts;
    counts[bucketOf(m.low, m_base[a])] -= m.lowCount;
    counts[bucketOf(m.high, m_base[a])] -= m.highCount;
    std::uint64_t *marks = m_marks.data() + static_cast<std::size_t>(a) * markWords;
    auto marked = [marks](int b) { return ((marks[b >> 6] >> (b & 63)) & 1U) != 0; };
    std::vector<int> bucketOfRank(plan.ranks.size(), -1);
    for (std::size_t r = 0; r < plan.ranks.size(); ++r) {
        RankSource &source = plan.ranks[r];
        if (source.rank < m.lowCount) {
            source.value = m.low;
        } else if (source.rank >= m_values - m.highCount) {
            source.value = m.high;
        } else {
            std::int64_t rank = source.rank - m.lowCount, cumulative = 0;
            int b = 0;
            while (cumulative + counts[b] <= rank)
                cumulative += counts[b++];
            bucketOfRank[r] = b;
            if (marksFixed && !marked(b))
                return false;
            marks[b >> 6] |= std::uint64_t {1} << (b & 63);
        }
    }
    for (std::size_t r = 0; r < plan.ranks.size(); ++r) {
        if (bucketOfRank[r] < 0)
            continue;
        std::int64_t skipped = m.lowCount;
        for (int b = 0; b < bucketOfRank[r]; ++b)
            if (!marked(b))
                skipped += counts[b];
        plan.ranks[r].collected = true;
        plan.ranks[r].collectedRank = plan.ranks[r].rank - skipped;
        plan.ranks[r].bucket = bucketOfRank[r];
    }
    for (int b = 0; b < bucketCount; ++b)
        if (marked(b))
            plan.size += counts[b];
    return true;
}

void ExactPercentiles::plan(const std::vector<Tally> &tallies)
{
    m_marks.assign(static_cast<std::size_t>(arrays()) * markWords, 0);
    Merged merged;
    std::size_t total = 0;
    for (int a = 0; a < arrays(); ++a) {
        merge(tallies, a, merged);
        placeRanks(a, merged, false);
        m_plans[a].offset = total;
        total += m_plans[a].size;
    }
    m_collected = std::make_unique_for_overwrite<double[]>(std::max<std::size_t>(total, 1)); // NOLINT: see m_collected
}

void ExactPercentiles::predict(const std::vector<Tally> &pilot, std::int64_t pilotValues)
{
    // A pilot quantile's standard error is sqrt(q(1 − q)/n) (in rank share); five of them either
    // side, plus two ranks for the discreteness, miss about once in a million per window.
    constexpr double margin = 5.0;
    const auto n = static_cast<double>(pilotValues);
    m_marks.assign(static_cast<std::size_t>(arrays()) * markWords, 0);
    m_skipLow.assign(arrays(), std::numeric_limits<double>::quiet_NaN());
    m_skipHigh.assign(arrays(), std::numeric_limits<double>::quiet_NaN());
    m_keptShare.assign(arrays(), 0.0);
    Merged m;
    for (int a = 0; a < arrays(); ++a) {
        merge(pilot, a, m);
        if (m.low == m.high) { // every value alike so far: nothing to keep
            m_skipLow[a] = m_skipHigh[a] = m.low;
            continue;
        }
        // A tied extreme (the ceiling, +inf) may hold a large share: counted, never kept.
        if (m.lowCount > 1)
            m_skipLow[a] = m.low;
        if (m.highCount > 1)
            m_skipHigh[a] = m.high;
        std::uint64_t *marks = m_marks.data() + static_cast<std::size_t>(a) * markWords;
        auto bucketOfRank = [&m](std::int64_t rank) {
            std::int64_t cumulative = 0;
            int b = 0;
            while (b < bucketCount - 1 && cumulative + m.counts[b] <= rank)
                cumulative += m.counts[b++];
            return b;
        };
        for (double level : m_levels)
            for (double q : {level, 1.0 - level}) {
                const double delta = margin * std::sqrt(q * (1.0 - q) / n) + 2.0 / n;
                const auto from = static_cast<std::int64_t>(std::floor(std::max(0.0, q - delta) * (n - 1)));
                const auto to = static_cast<std::int64_t>(std::ceil(std::min(1.0, q + delta) * (n - 1)));
                for (int b = bucketOfRank(from), last = bucketOfRank(to); b <= last; ++b)
                    marks[b >> 6] |= std::uint64_t {1} << (b & 63);
            }
        std::int64_t kept = 0;
        for (int b = 0; b < bucketCount; ++b)
            if ((marks[b >> 6] >> (b & 63)) & 1U)
                kept += m.counts[b];
        m_keptShare[a] = static_cast<double>(kept) / n;
    }
    m_predicted = true;
}

bool ExactPercentiles::resolve(std::vector<Tally> &tallies)
{
    auto release = [&tallies] {
        for (Tally &tally : tallies) {
            std::vector<std::vector<double>>().swap(tally.m_kept);
            tally.m_keptSize.clear();
        }
    };
    Merged m;
    std::size_t total = 0;
    // Per array: where each marked bucket's values start in its slice (the slice is ordered by
    // bucket, so that selecting a rank touches only its own bucket's values).
    std::vector<std::vector<std::int64_t>> bucketStart(arrays());
    for (int a = 0; a < arrays(); ++a) {
        merge(tallies, a, m);
        // Values skipped as the pilot's tied extreme must be exactly the ties at the true extreme.
        const bool lowSkipped = !std::isnan(m_skipLow[a]), highSkipped = !std::isnan(m_skipHigh[a]);
        if (m.low != m.high && ((lowSkipped && m_skipLow[a] != m.low) || (highSkipped && m_skipHigh[a] != m.high))) {
            release();
            return false;
        }
        if (!placeRanks(a, m, true)) {
            release();
            return false;
        }
        ArrayPlan &plan = m_plans[a];
        plan.offset = total;
        plan.byBucket = true;
        total += plan.size;
        if (plan.size == 0)
            continue;
        const std::uint64_t *marks = m_marks.data() + static_cast<std::size_t>(a) * markWords;
        std::vector<std::int64_t> &start = bucketStart[a];
        start.assign(bucketCount + 1, 0);
        std::int64_t at = 0;
        for (int b = 0; b < bucketCount; ++b) {
            start[b] = at;
            if ((marks[b >> 6] >> (b & 63)) & 1U)
                at += m.counts[b]; // without the extremes' ties (placeRanks took them out)
        }
        start[bucketCount] = at;
        for (RankSource &source : plan.ranks)
            if (source.collected) {
                source.bucketBegin = start[source.bucket];
                source.bucketEnd = start[source.bucket + 1];
            }
    }
    // The kept values of the marked buckets without the ties at the extremes (exactly what a
    // Collector would have gathered in pass 2), placed bucket by bucket.
    m_collected = std::make_unique_for_overwrite<double[]>(std::max<std::size_t>(total, 1)); // NOLINT: see m_collected
    bool complete = true;
    for (int a = 0; a < arrays() && complete; ++a) {
        const ArrayPlan &plan = m_plans[a];
        if (plan.size == 0)
            continue;
        std::vector<std::int64_t> &cursor = bucketStart[a]; // advances as values are placed
        const std::vector<std::int64_t> limit = cursor;
        double *slice = m_collected.get() + plan.offset;
        const double low = m_low[a], high = m_high[a];
        const std::int64_t base = m_base[a];
        for (Tally &tally : tallies) {
            const double *kept = tally.m_kept[a].data();
            for (std::size_t i = 0; i < tally.m_keptSize[a] && complete; ++i) {
                const double value = kept[i];
                if (value == low || value == high)
                    continue;
                const int b = bucketOf(value, base);
                if (cursor[b] == limit[b + 1])
                    complete = false;
                else
                    slice[cursor[b]++] = value;
            }
            std::vector<double>().swap(tally.m_kept[a]);
        }
        for (int b = 0; b < bucketCount && complete; ++b)
            complete = cursor[b] == limit[b + 1] || limit[b] == limit[b + 1];
    }
    release();
    return complete;
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
            std::int64_t share = 0;
            for (int b = 0; b < bucketCount; ++b)
                if ((marks[b >> 6] >> (b & 63)) & 1U)
                    share += tally.count(a, b);
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
        if (plan.byBucket) {
            for (RankSource *source : wanted) {
                double *nth = begin + source->collectedRank;
                std::nth_element(begin + source->bucketBegin, nth, begin + source->bucketEnd);
                source->value = *nth;
            }
            continue;
        }
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

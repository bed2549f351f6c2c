#include "exactpercentiles.h"

#include <cmath>
#include <memory>

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#endif

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

ExactPercentiles::ExactPercentiles(const std::vector<double> &references, std::int64_t valuesPerArray,
    std::vector<double> levels, std::vector<bool> mirrored)
    : m_low(references.size())
    , m_high(references.size())
    , m_values(valuesPerArray)
    , m_levels(std::move(levels))
    , m_mirrored(std::move(mirrored))
    , m_plans(references.size())
{
    m_mirrored.resize(references.size(), false);
    m_base.reserve(references.size());
    for (double reference : references)
        m_base.push_back(baseFor(reference));
}

ExactPercentiles::Tally::Tally(const ExactPercentiles &owner)
    : m_owner(&owner)
    , m_windowed(owner.m_predicted)
    , m_counts(m_windowed ? 0 : static_cast<std::size_t>(owner.arrays()) * bucketCount, 0)
    , m_extremes(owner.arrays())
    , m_windowCounts(m_windowed ? owner.arrays() : 0)
    , m_kept(m_windowed ? owner.arrays() : 0)
    , m_keptSize(m_kept.size(), 0)
{ }

void ExactPercentiles::Tally::reserveKept(std::int64_t values)
{
    for (std::size_t a = 0; a < m_kept.size(); ++a)
        m_kept[a].resize(static_cast<std::size_t>(m_owner->m_keptShare[a] * 1.25 * static_cast<double>(values)) + 1024);
}

#if defined(__x86_64__) || defined(__i386__)

namespace {

/// Per mask of four kept doubles: the 32-bit lane permutation that moves them to the front.
constexpr auto compactions = [] {
    std::array<std::array<std::int32_t, 8>, 16> table {};
    for (int mask = 0; mask < 16; ++mask) {
        int k = 0;
        for (int l = 0; l < 4; ++l)
            if ((mask >> l) & 1) {
                table[mask][2 * k] = 2 * l;
                table[mask][2 * k + 1] = 2 * l + 1;
                ++k;
            }
    }
    return table;
}();

/// A compare's true lanes are all ones (−1): subtracting them counts.
__attribute__((target("avx2"))) inline __m256i tally(__m256i total, __m256d mask)
{
    return _mm256_sub_epi64(total, _mm256_castpd_si256(mask));
}

__attribute__((target("avx2"))) inline std::int64_t sum(__m256i v)
{
    alignas(32) std::array<std::int64_t, 4> lanes {};
    _mm256_store_si256(reinterpret_cast<__m256i *>(lanes.data()), v);
    return lanes[0] + lanes[1] + lanes[2] + lanes[3];
}

} // namespace

/// W windows; `Ties`: the pilot saw tied extremes (else their counts stay 0). The windows are
/// sorted and disjoint, so a value lies inside one exactly when an odd number of their ends are
/// ≤ it: the keep mask is the parity of the compares (empty windows [+inf, +inf) add 0 or 2).
template <int W, bool Ties>
__attribute__((target("avx2"))) void ExactPercentiles::Tally::windowsAvx2(int array, const double *values, int count)
{
    const Windows &windows = m_owner->m_windows[array];
    WindowCounts &state = m_windowCounts[array];
    KeptValues &storage = m_kept[array];
    std::size_t used = m_keptSize[array];
    // Each group stores four doubles, of which the first popcount(mask) are kept.
    if (used + static_cast<std::size_t>(count) + 4 > storage.size())
        storage.resize(std::max<std::size_t>(2 * storage.size(), used + count + 1024));
    double *kept = storage.data() + used;
    constexpr int size = W > 0 ? W : 1;
    __m256d lows[size], highs[size]; // NOLINT(modernize-avoid-c-arrays): std::array drops the vector attributes
    __m256i atLeast[size]; // NOLINT(modernize-avoid-c-arrays): per lane, the values ≥ window w's low end
    for (int w = 0; w < W; ++w) {
        lows[w] = _mm256_set1_pd(windows.low[w]);
        highs[w] = _mm256_set1_pd(windows.high[w]);
        atLeast[w] = _mm256_setzero_si256();
    }
    const __m256d tieLow = _mm256_set1_pd(windows.tieLow), tieHigh = _mm256_set1_pd(windows.tieHigh);
    __m256i lowLess = _mm256_setzero_si256(), lowAtMost = lowLess, highLess = lowLess, highAtMost = lowLess;
    int i = 0;
    for (; i + 4 <= count; i += 4) {
        const __m256d x = _mm256_loadu_pd(values + i);
        __m256d parity = _mm256_setzero_pd();
#pragma GCC unroll 8 // -O2 does not unroll: the accumulators would stay in memory
        for (int w = 0; w < W; ++w) {
            const __m256d aboveLow = _mm256_cmp_pd(x, lows[w], _CMP_GE_OQ);
            const __m256d aboveHigh = _mm256_cmp_pd(x, highs[w], _CMP_GE_OQ);
            atLeast[w] = tally(atLeast[w], aboveLow);
            parity = _mm256_xor_pd(parity, _mm256_xor_pd(aboveLow, aboveHigh));
        }
        if constexpr (Ties) {
            lowLess = tally(lowLess, _mm256_cmp_pd(x, tieLow, _CMP_LT_OQ));
            lowAtMost = tally(lowAtMost, _mm256_cmp_pd(x, tieLow, _CMP_LE_OQ));
            highLess = tally(highLess, _mm256_cmp_pd(x, tieHigh, _CMP_LT_OQ));
            highAtMost = tally(highAtMost, _mm256_cmp_pd(x, tieHigh, _CMP_LE_OQ));
        }
        const int mask = _mm256_movemask_pd(parity);
        const __m256i order = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(compactions[mask].data()));
        _mm256_storeu_pd(kept, _mm256_castps_pd(_mm256_permutevar8x32_ps(_mm256_castpd_ps(x), order)));
        kept += std::popcount(static_cast<unsigned>(mask));
    }
    std::array<std::int64_t, W> below {};
    for (int w = 0; w < W; ++w)
        below[w] = i - sum(atLeast[w]);
    std::int64_t lowLessCount = sum(lowLess), lowAtMostCount = sum(lowAtMost);
    std::int64_t highLessCount = sum(highLess), highAtMostCount = sum(highAtMost);
    for (; i < count; ++i) { // the last few, as addToWindows()
        const double x = values[i];
        bool inside = false;
        for (int w = 0; w < W; ++w) {
            below[w] += static_cast<std::int64_t>(x < windows.low[w]);
            inside = inside || (x >= windows.low[w] && x < windows.high[w]);
        }
        lowLessCount += static_cast<std::int64_t>(x < windows.tieLow);
        lowAtMostCount += static_cast<std::int64_t>(x <= windows.tieLow);
        highLessCount += static_cast<std::int64_t>(x < windows.tieHigh);
        highAtMostCount += static_cast<std::int64_t>(x <= windows.tieHigh);
        *kept = x;
        kept += static_cast<std::ptrdiff_t>(inside);
    }
    m_keptSize[array] = static_cast<std::size_t>(kept - storage.data());
    state.add<W>(below, lowLessCount, lowAtMostCount, highLessCount, highAtMostCount);
}

__attribute__((target("avx2"))) void ExactPercentiles::Tally::addToWindowsAvx2(int array, const double *values, int count)
{
    const Windows &windows = m_owner->m_windows[array];
    if (std::isnan(windows.tieLow) && std::isnan(windows.tieHigh))
        windowsAvx2ForCount<false>(array, values, count);
    else
        windowsAvx2ForCount<true>(array, values, count);
}

template <bool Ties>
__attribute__((target("avx2"))) void ExactPercentiles::Tally::windowsAvx2ForCount(int array, const double *values, int count)
{
    switch (m_owner->m_windows[array].count) {
    case 0: windowsAvx2<0, Ties>(array, values, count); break;
    case 1: windowsAvx2<1, Ties>(array, values, count); break;
    case 2: windowsAvx2<2, Ties>(array, values, count); break;
    case 3: windowsAvx2<3, Ties>(array, values, count); break;
    case 4: windowsAvx2<4, Ties>(array, values, count); break;
    case 5: windowsAvx2<5, Ties>(array, values, count); break;
    default: windowsAvx2<maxWindows, Ties>(array, values, count); break;
    }
}

__attribute__((target("avx2"))) double *ExactPercentiles::Collector::addAvx2(
    int array, const double *values, int count, double *cursor) const
{
    const Windows &intervals = m_owner->m_intervals[array];
    __m256d lows[maxWindows], highs[maxWindows]; // NOLINT(modernize-avoid-c-arrays): see windowsAvx2()
    for (int w = 0; w < intervals.count; ++w) {
        lows[w] = _mm256_set1_pd(intervals.low[w]);
        highs[w] = _mm256_set1_pd(intervals.high[w]);
    }
    const double lowTie = m_owner->m_low[array], highTie = m_owner->m_high[array];
    const __m256d low = _mm256_set1_pd(lowTie), high = _mm256_set1_pd(highTie);
    auto inside = [&intervals](double x) {
        bool in = false;
        for (int w = 0; w < intervals.count; ++w)
            in = in || (x >= intervals.low[w] && x < intervals.high[w]);
        return in;
    };
    // Compacted into a buffer first: each group of four stores four doubles, which past the end
    // of this slice would overwrite the next one (another thread's).
    constexpr int chunk = 256;
    std::array<double, chunk + 4> kept;
    for (int from = 0; from < count; from += chunk) {
        const int size = std::min(chunk, count - from);
        const double *v = values + from;
        int used = 0, i = 0;
        for (; i + 4 <= size; i += 4) {
            const __m256d x = _mm256_loadu_pd(v + i);
            // The intervals are disjoint: x is inside one when the parity of its ends ≤ x is odd.
            __m256d parity = _mm256_setzero_pd();
            for (int w = 0; w < intervals.count; ++w) {
                const __m256d aboveLow = _mm256_cmp_pd(x, lows[w], _CMP_GE_OQ);
                const __m256d aboveHigh = _mm256_cmp_pd(x, highs[w], _CMP_GE_OQ);
                parity = _mm256_xor_pd(parity, _mm256_xor_pd(aboveLow, aboveHigh));
            }
            const __m256d untied
                = _mm256_and_pd(_mm256_cmp_pd(x, low, _CMP_NEQ_OQ), _mm256_cmp_pd(x, high, _CMP_NEQ_OQ));
            const int mask = _mm256_movemask_pd(_mm256_and_pd(parity, untied));
            const __m256i order = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(compactions[mask].data()));
            const __m256 compacted = _mm256_permutevar8x32_ps(_mm256_castpd_ps(x), order);
            _mm256_storeu_pd(kept.data() + used, _mm256_castps_pd(compacted));
            used += std::popcount(static_cast<unsigned>(mask));
        }
        for (; i < size; ++i) {
            kept[used] = v[i];
            used += static_cast<int>(inside(v[i]) && v[i] != lowTie && v[i] != highTie);
        }
        cursor = std::copy_n(kept.data(), used, cursor);
    }
    return cursor;
}

#else

void ExactPercentiles::Tally::addToWindowsAvx2(int array, const double *values, int count)
{
    add<false>(array, values, count); // never called: no AVX2 here
}

double *ExactPercentiles::Collector::addAvx2(int, const double *, int, double *cursor) const
{
    return cursor; // never called: no AVX2 here
}

#endif

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

void ExactPercentiles::setRanks(int a)
{
    ArrayPlan &plan = m_plans[a];
    plan.size = 0;
    plan.byBucket = false;
    plan.selected = false;
    plan.ranks.clear();
    for (double level : m_levels) {
        const auto below = static_cast<std::int64_t>(std::floor(static_cast<double>(m_values - 1) * level));
        const std::int64_t above = std::min(below + 1, m_values - 1);
        plan.ranks.push_back({below, 0, false, 0});
        plan.ranks.push_back({above, 0, false, 0});
        const bool mirrored = m_mirrored[a];
        plan.ranks.push_back({mirrored ? m_values - 1 - below : below, 0, false, 0});
        plan.ranks.push_back({mirrored ? m_values - 1 - above : above, 0, false, 0});
    }
}

double ExactPercentiles::lowerEdge(int a, int bucket) const
{
    if (bucket <= 0)
        return 0.0;
    if (bucket >= bucketCount - 1)
        return infinity;
    constexpr double smallest = std::numeric_limits<double>::denorm_min();
    if (bucket == 1) // every positive value below bucket 2
        return smallest;
    const std::int64_t key = std::max<std::int64_t>(0, m_base[a] + bucket);
    constexpr auto infinityBits = std::bit_cast<std::uint64_t>(infinity);
    const std::uint64_t bits = static_cast<std::uint64_t>(key) << bucketShift;
    return bits >= infinityBits ? infinity : std::max(smallest, std::bit_cast<double>(bits));
}

void ExactPercentiles::placeRanks(int a, Merged &m)
{
    ArrayPlan &plan = m_plans[a];
    m_low[a] = m.low;
    m_high[a] = m.high;
    setRanks(a);
    if (m.low == m.high) {
        for (RankSource &source : plan.ranks)
            source.value = m.low;
        return;
    }

    // Counts without the extremes' ties, which are known.
    std::vector<std::int64_t> &counts = m.counts;
    counts[bucketOf(m.low, m_base[a])] -= m.lowCount;
    counts[bucketOf(m.high, m_base[a])] -= m.highCount;
    std::vector<RankSource *> inside;
    for (RankSource &source : plan.ranks) {
        if (source.rank < m.lowCount)
            source.value = m.low;
        else if (source.rank >= m_values - m.highCount)
            source.value = m.high;
        else
            inside.push_back(&source);
    }
    // Ascending ranks, so one sweep of the cumulative counts places them all (a sweep per rank
    // cost more than the rest of a small run's percentiles).
    std::sort(inside.begin(), inside.end(), [](const RankSource *x, const RankSource *y) { return x->rank < y->rank; });
    // The marked buckets are those of these ranks: the values collected below a rank's bucket are
    // those of the buckets of the ranks before it.
    std::uint64_t *marks = m_marks.data() + static_cast<std::size_t>(a) * markWords;
    int b = 0, previous = -1;
    std::int64_t before = m.lowCount; // values below bucket b
    std::int64_t collectedBelow = 0; // values of the marked buckets below b
    for (RankSource *source : inside) {
        while (before + counts[b] <= source->rank)
            before += counts[b++];
        if (b != previous) {
            if (previous >= 0)
                collectedBelow += counts[previous];
            marks[b >> 6] |= std::uint64_t {1} << (b & 63);
            plan.size += static_cast<std::size_t>(counts[b]);
            previous = b;
        }
        source->collected = true;
        source->bucket = b;
        source->collectedRank = source->rank - (before - collectedBelow);
    }
}

void ExactPercentiles::plan(const std::vector<Tally> &tallies)
{
    m_marks.assign(static_cast<std::size_t>(arrays()) * markWords, 0);
    Merged merged;
    std::size_t total = 0;
    for (int a = 0; a < arrays(); ++a) {
        merge(tallies, a, merged);
        placeRanks(a, merged);
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
    m_windows.assign(arrays(), Windows {});
    Merged m;
    for (int a = 0; a < arrays(); ++a) {
        merge(pilot, a, m);
        if (m.low == m.high) { // every value alike so far: nothing to keep
            m_skipLow[a] = m_skipHigh[a] = m.low;
            m_windows[a].tieLow = m_windows[a].tieHigh = m.low;
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

        // Each run of marked buckets is a window of values, without the pilot's tied extremes:
        // those are counted below the lowest window or above the highest.
        std::vector<std::pair<double, double>> windows;
        for (int b = 0; b < bucketCount; ++b) {
            if (!((marks[b >> 6] >> (b & 63)) & 1U))
                continue;
            int end = b + 1;
            while (end < bucketCount && ((marks[end >> 6] >> (end & 63)) & 1U))
                ++end;
            double low = lowerEdge(a, b), high = lowerEdge(a, end);
            if (!std::isnan(m_skipLow[a]))
                low = std::max(low, std::nextafter(m_skipLow[a], infinity));
            if (!std::isnan(m_skipHigh[a]))
                high = std::min(high, m_skipHigh[a]);
            if (low < high)
                windows.emplace_back(low, high);
            b = end;
        }
        // More windows than the tallies take (many levels): the closest ones merge.
        while (windows.size() > static_cast<std::size_t>(maxWindows)) {
            std::size_t closest = 0;
            for (std::size_t w = 1; w + 1 < windows.size(); ++w)
                if (windows[w + 1].first / windows[w].second < windows[closest + 1].first / windows[closest].second)
                    closest = w;
            windows[closest].second = windows[closest + 1].second;
            windows.erase(windows.begin() + static_cast<std::ptrdiff_t>(closest) + 1);
        }
        Windows &target = m_windows[a];
        target.tieLow = m_skipLow[a];
        target.tieHigh = m_skipHigh[a];
        target.count = static_cast<int>(windows.size());
        target.low.fill(infinity); // empty windows [+inf, +inf) for the padded tallies
        target.high.fill(infinity);
        for (std::size_t w = 0; w < windows.size(); ++w) {
            target.low[w] = windows[w].first;
            target.high[w] = windows[w].second;
        }
    }
    m_predicted = true;
}

bool ExactPercentiles::resolve(std::vector<Tally> &tallies)
{
    KeptValues scratch;
    bool resolved = true;
    for (int a = 0; a < arrays() && resolved; ++a)
        resolved = resolveArray(tallies, a, scratch);
    return finishResolve(tallies, resolved);
}

bool ExactPercentiles::finishResolve(std::vector<Tally> &tallies, bool resolved)
{
    for (Tally &tally : tallies) {
        std::vector<KeptValues>().swap(tally.m_kept);
        tally.m_keptSize.clear();
    }
    if (!resolved)
        m_predicted = false; // tallies made from now on count buckets again
    return resolved;
}

bool ExactPercentiles::resolveArray(std::vector<Tally> &tallies, int a, KeptValues &scratch)
{
    const Windows &windows = m_windows[a];
    const int count = windows.count;
    // Merged counts: values below each window, values beyond the guards.
    std::array<std::int64_t, maxWindows> below {};
    std::int64_t lowLess = 0, lowAtMost = 0, highLess = 0, highAtMost = 0;
    std::size_t size = 0;
    for (const Tally &tally : tallies) {
        const Tally::WindowCounts &c = tally.m_windowCounts[a];
        for (int w = 0; w < count; ++w)
            below[w] += c.below[w];
        lowLess += c.lowLess;
        lowAtMost += c.lowAtMost;
        highLess += c.highLess;
        highAtMost += c.highAtMost;
        size += tally.m_keptSize[a];
    }
    // The kept values, window by window (the windows are sorted and disjoint).
    // Which window a kept value lies in, without branches (a coin toss): a fixed, unrolled loop;
    // the unused windows begin at +inf, above every kept value.
    auto windowOf = [&windows](double value) {
        int w = 0;
#pragma GCC unroll 8
        for (int k = 1; k < maxWindows; ++k)
            w += static_cast<int>(value >= windows.low[k]);
        return w;
    };
    // Window sizes from the values ≥ each window's low end: sums of compares, which vectorise.
    std::array<std::int64_t, maxWindows + 1> atLeast {};
    for (const Tally &tally : tallies) {
        const double *kept = tally.m_kept[a].data();
        std::array<std::int64_t, maxWindows> sums {};
        for (std::size_t i = 0; i < tally.m_keptSize[a]; ++i)
#pragma GCC unroll 8
            for (int k = 0; k < maxWindows; ++k)
                sums[k] += static_cast<std::int64_t>(kept[i] >= windows.low[k]);
        for (int k = 0; k < maxWindows; ++k)
            atLeast[k] += sums[k];
    }
    std::array<std::int64_t, maxWindows + 1> start {};
    for (int w = 0; w < count; ++w)
        start[w + 1] = start[w] + (atLeast[w] - atLeast[w + 1]);
    std::array<std::int64_t, maxWindows> cursor {};
    std::copy_n(start.begin(), maxWindows, cursor.begin());
    if (scratch.size() < size)
        scratch.resize(std::max(size, scratch.size() + scratch.size() / 2));
    double *slice = scratch.data();
    for (Tally &tally : tallies) {
        const double *kept = tally.m_kept[a].data();
        for (std::size_t i = 0; i < tally.m_keptSize[a]; ++i)
            slice[cursor[windowOf(kept[i])]++] = kept[i];
        KeptValues().swap(tally.m_kept[a]);
    }

    ArrayPlan &plan = m_plans[a];
    setRanks(a);
    plan.offset = 0;
    plan.size = static_cast<std::size_t>(start[count]);
    plan.byBucket = true;
    m_low[a] = windows.tieLow;
    m_high[a] = windows.tieHigh;
    for (RankSource &source : plan.ranks) {
        int w = 0;
        while (w < count && !(source.rank >= below[w] && source.rank < below[w] + (start[w + 1] - start[w])))
            ++w;
        if (w < count) {
            source.collected = true;
            source.bucket = w;
            source.bucketBegin = start[w];
            source.bucketEnd = start[w + 1];
            source.windowLow = windows.low[w];
            source.windowHigh = windows.high[w];
            source.collectedRank = start[w] + (source.rank - below[w]);
        } else if (source.rank >= lowLess && source.rank < lowAtMost) {
            source.value = windows.tieLow;
        } else if (source.rank >= highLess && source.rank < highAtMost) {
            source.value = windows.tieHigh;
        } else {
            return false;
        }
    }
    selectArray(a, slice);
    plan.selected = true;
    return true;
}

ExactPercentiles::Windows ExactPercentiles::markedIntervals(int a) const
{
    const std::uint64_t *marks = m_marks.data() + static_cast<std::size_t>(a) * markWords;
    // The first bucket from b on that is marked (or, `marked` false, not), a word at a time: a
    // bucket at a time over thousands was 5% of a 10,000-run Monte Carlo.
    auto next = [marks](int b, bool marked) {
        while (b < bucketCount) {
            const std::uint64_t word = marked ? marks[b >> 6] : ~marks[b >> 6];
            if (const std::uint64_t bits = word >> (b & 63); bits != 0)
                return b + std::countr_zero(bits);
            b = (b | 63) + 1;
        }
        return bucketCount;
    };
    Windows intervals;
    if (m_base[a] + 2 <= 0) // lowerEdge() clamps: its buckets are not intervals of bit patterns
        return intervals;
    for (int b = next(0, true); b < bucketCount;) {
        const int end = next(b + 1, false);
        if (b < 2 || end > bucketCount - 1 || intervals.count == maxWindows)
            return Windows {};
        intervals.low[intervals.count] = lowerEdge(a, b);
        intervals.high[intervals.count] = lowerEdge(a, end);
        ++intervals.count;
        b = next(end, true);
    }
    return intervals;
}

std::vector<ExactPercentiles::Collector> ExactPercentiles::collectors(const std::vector<Tally> &tallies)
{
    std::vector<Collector> list(tallies.size());
    for (Collector &collector : list) {
        collector.m_owner = this;
        collector.m_cursor.assign(arrays(), nullptr);
    }
    m_intervals.assign(arrays(), Windows {});
    for (int a = 0; a < arrays(); ++a) {
        const ArrayPlan &plan = m_plans[a];
        if (plan.size == 0)
            continue;
        m_intervals[a] = markedIntervals(a);
        const std::uint64_t *marks = m_marks.data() + static_cast<std::size_t>(a) * markWords;
        double *cursor = m_collected.get() + plan.offset;
        for (std::size_t t = 0; t < tallies.size(); ++t) {
            list[t].m_cursor[a] = cursor;
            const Tally &tally = tallies[t];
            std::int64_t share = 0;
            for (int word = 0; word < markWords; ++word) // a few marked buckets among thousands
                for (std::uint64_t bits = marks[word]; bits != 0; bits &= bits - 1)
                    share += tally.count(a, word * 64 + std::countr_zero(bits));
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
    for (int a = first; a < arrays(); a += stride)
        if (!m_plans[a].selected)
            selectArray(a, m_collected.get() + m_plans[a].offset);
}

void ExactPercentiles::selectArray(int a, double *collected)
{
    ArrayPlan &plan = m_plans[a];
    double *begin = collected;
    double *end = begin + plan.size;
    std::vector<RankSource *> wanted;
    for (RankSource &source : plan.ranks)
        if (source.collected)
            wanted.push_back(&source);
    std::sort(wanted.begin(), wanted.end(),
        [](const RankSource *x, const RankSource *y) { return x->collectedRank < y->collectedRank; });
    if (plan.byBucket) {
        for (std::size_t i = 0; i < wanted.size();) {
            std::size_t next = i + 1;
            while (next < wanted.size() && wanted[next]->bucketBegin == wanted[i]->bucketBegin)
                ++next;
            selectInWindow(begin, wanted.data() + i, wanted.data() + next);
            i = next;
        }
        return;
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

namespace {

/// Order statistics `ranks` (ascending, relative to `first`) of [first, last), progressively:
/// each is selected among the values after the previous one (nth_element left them above it);
/// the next rank is just their minimum.
void selectRanks(double *first, double *last, const std::vector<std::int64_t> &ranks, std::vector<double> &values)
{
    values.clear();
    std::int64_t previous = -1;
    for (std::int64_t rank : ranks) {
        double *nth = first + rank;
        if (rank != previous) {
            double *from = first + (previous + 1);
            if (nth == from)
                std::iter_swap(from, std::min_element(from, last));
            else
                std::nth_element(from, nth, last);
        }
        values.push_back(*nth);
        previous = rank;
    }
}

} // namespace

void ExactPercentiles::selectInWindow(double *collected, RankSource **from, RankSource **to)
{
    double *first = collected + (*from)->bucketBegin;
    double *last = collected + (*from)->bucketEnd;
    const auto size = static_cast<std::size_t>(last - first);
    std::vector<std::int64_t> ranks;
    for (RankSource **source = from; source != to; ++source)
        ranks.push_back((*source)->collectedRank - (*from)->bucketBegin);
    std::vector<double> values;
    constexpr int digitBits = 11;
    const auto lowBits = std::bit_cast<std::uint64_t>((*from)->windowLow);
    const std::uint64_t range = std::bit_cast<std::uint64_t>((*from)->windowHigh) - lowBits;
    if (size < 4096 || range == 0) {
        selectRanks(first, last, ranks, values);
    } else {
        // A radix step first: the values are ≥ 0, so their bit patterns sort like them. Count the
        // window's values by the top bits of (pattern − the window's low end), then select only
        // among those of the digits that hold the ranks (a few dozen values each).
        const int shift = std::max(0, static_cast<int>(std::bit_width(range)) - digitBits);
        std::vector<std::uint32_t> counts((range >> shift) + 1, 0);
        for (const double *v = first; v != last; ++v)
            ++counts[(std::bit_cast<std::uint64_t>(*v) - lowBits) >> shift];
        auto digitOf = [&counts](std::int64_t rank, std::int64_t &before) {
            std::size_t digit = 0;
            before = 0;
            while (before + counts[digit] <= rank)
                before += counts[digit++];
            return digit;
        };
        std::int64_t before = 0, unused = 0;
        const std::size_t firstDigit = digitOf(ranks.front(), before);
        const std::size_t lastDigit = digitOf(ranks.back(), unused);
        // Their number is known: a branch-free compaction into room for them (a push_back per
        // value reloaded the loop's bounds from memory, and which values pass is a coin toss).
        std::size_t wanted = 0;
        for (std::size_t digit = firstDigit; digit <= lastDigit; ++digit)
            wanted += counts[digit];
        std::vector<double> narrowed(wanted + 1);
        double *out = narrowed.data();
        std::size_t used = 0;
        const std::uint64_t span = lastDigit - firstDigit;
        for (const double *v = first; v != last; ++v) {
            const std::uint64_t digit = (std::bit_cast<std::uint64_t>(*v) - lowBits) >> shift;
            out[used] = *v;
            used += static_cast<std::size_t>(digit - firstDigit <= span); // unsigned: below wraps
        }
        narrowed.resize(used);
        for (std::int64_t &rank : ranks)
            rank -= before;
        selectRanks(narrowed.data(), narrowed.data() + narrowed.size(), ranks, values);
    }
    for (std::size_t i = 0; from + i != to; ++i)
        from[i]->value = values[i];
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

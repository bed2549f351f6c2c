// Exact percentiles without storing the values (exactpercentiles.h), against a plain sort.
#include "exactpercentiles.h"
#include "modeltesting.h"
#include "simd.h"

#include <algorithm>
#include <bit>
#include <atomic>
#include <cmath>
#include <gtest/gtest.h>
#include <limits>
#include <random>
#include <thread>

using capex::detail::ExactPercentiles;

namespace {

using capex::testing::percentileOf;

constexpr double infinity = std::numeric_limits<double>::infinity();
const std::vector<double> levels = {0.05, 0.25, 0.50, 0.75, 0.95};

/// Whether feed() hands the values to the sinks' AVX2 code (as the Monte Carlo's AVX2 kernels do),
/// and in blocks of how many.
bool feedAvx2 = false;
std::size_t feedBlock = 1000;

/// Hands `arrays`' values to `sinks` in blocks of `feedBlock`, block k to sink k mod sinks.size(),
/// as the Monte Carlo's threads do; values [from, to) of every array.
template <typename Sink>
void feed(const std::vector<std::vector<double>> &arrays, std::vector<Sink> &sinks, std::size_t from, std::size_t to)
{
    const std::size_t block = feedBlock;
    for (std::size_t start = from, k = 0; start < to; start += block, ++k)
        for (std::size_t a = 0; a < arrays.size(); ++a) {
            Sink &sink = sinks[k % sinks.size()];
            const auto count = static_cast<int>(std::min(block, to - start));
            if (feedAvx2)
                sink.template add<true>(static_cast<int>(a), arrays[a].data() + start, count);
            else
                sink.add(static_cast<int>(a), arrays[a].data() + start, count);
        }
}

/// Selects the order statistics and checks every level of every array against a sort.
void expectSelected(ExactPercentiles &percentiles, const std::vector<std::vector<double>> &arrays)
{
    percentiles.select(0, 1);
    for (std::size_t a = 0; a < arrays.size(); ++a)
        for (std::size_t level = 0; level < levels.size(); ++level)
            EXPECT_EQ(percentiles.percentile(static_cast<int>(a), static_cast<int>(level)),
                percentileOf(arrays[a], levels[level]))
                << "array " << a << " p" << levels[level];
}

enum class Outcome
{
    TwoPasses,
    OnePass,
    MissedThenTwoPasses
};

/// The percentiles of every array as the Monte Carlo finds them: with a pilot of the first
/// `pilot` values (0: none, two passes), on `threads` tallies. Checks them against a sort.
Outcome expectExact(const std::vector<std::vector<double>> &arrays, std::size_t pilot, int threads = 2)
{
    const std::size_t n = arrays.front().size();
    std::vector<double> references;
    for (const auto &values : arrays)
        references.push_back(percentileOf(values, 0.5));
    ExactPercentiles percentiles(references, static_cast<std::int64_t>(n), levels);
    auto tallies = [&] { return std::vector<ExactPercentiles::Tally>(threads, ExactPercentiles::Tally(percentiles)); };
    Outcome outcome = Outcome::TwoPasses;
    bool resolved = false;
    if (pilot > 0) {
        auto first = tallies();
        feed(arrays, first, 0, pilot);
        percentiles.predict(first, static_cast<std::int64_t>(pilot));
        auto windowed = tallies();
        feed(arrays, windowed, 0, n);
        resolved = percentiles.resolve(windowed);
        outcome = resolved ? Outcome::OnePass : Outcome::MissedThenTwoPasses;
    }
    if (!resolved) {
        auto counts = tallies();
        feed(arrays, counts, 0, n);
        percentiles.plan(counts);
        auto collectors = percentiles.collectors(counts);
        feed(arrays, collectors, 0, n);
    }
    expectSelected(percentiles, arrays);
    return outcome;
}

std::vector<double> logNormal(std::size_t n, double sigma, unsigned seed)
{
    std::mt19937_64 random(seed);
    std::lognormal_distribution<double> distribution(0.0, sigma);
    std::vector<double> values(n);
    for (double &value : values)
        value = distribution(random);
    return values;
}

} // namespace

TEST(ExactPercentiles, TwoPassesGiveTheOrderStatisticsOfASort)
{
    EXPECT_EQ(expectExact({logNormal(20000, 1.0, 1), logNormal(20000, 0.01, 2), logNormal(20000, 8.0, 3)}, 0),
        Outcome::TwoPasses);
}

TEST(ExactPercentiles, OnePassAfterAPilotGivesTheOrderStatisticsOfASort)
{
    EXPECT_EQ(expectExact({logNormal(200000, 1.0, 4), logNormal(200000, 0.001, 5), logNormal(200000, 5.0, 6)}, 20000),
        Outcome::OnePass);
}

TEST(ExactPercentiles, OnePassOnOneTallyAndOnThree)
{
    const std::vector<std::vector<double>> arrays = {logNormal(150000, 0.5, 7)};
    EXPECT_EQ(expectExact(arrays, 16000, 1), Outcome::OnePass);
    EXPECT_EQ(expectExact(arrays, 16000, 3), Outcome::OnePass);
}

TEST(ExactPercentiles, TiesAtTheExtremesAreCountedInOnePass)
{
    // A ceiling most values reach (its maximum, above P50), zeros below P25, +inf above P75, a
    // constant array and one that is 0 everywhere.
    std::vector<double> capped = logNormal(200000, 1.0, 8), zeros = logNormal(200000, 1.0, 9),
                        infinite = logNormal(200000, 1.0, 10);
    for (double &value : capped)
        value = std::min(value, 1.0);
    for (std::size_t i = 0; i < zeros.size(); i += 2)
        zeros[i] = 0.0;
    for (std::size_t i = 0; i < infinite.size(); i += 3)
        infinite[i] = infinity;
    const std::vector<std::vector<double>> arrays
        = {capped, zeros, infinite, std::vector<double>(200000, 2.5), std::vector<double>(200000, 0.0)};
    EXPECT_EQ(expectExact(arrays, 20000), Outcome::OnePass);
    EXPECT_EQ(expectExact(arrays, 0), Outcome::TwoPasses);
}

TEST(ExactPercentiles, TiesInsideAWindowAndRepeatedValuesAreExact)
{
    // Few distinct values: every order statistic lies among ties.
    std::mt19937_64 random(11);
    std::uniform_int_distribution<int> pick(1, 40);
    std::vector<double> values(200000);
    for (double &value : values)
        value = pick(random) * 0.25;
    EXPECT_NE(expectExact({values}, 20000), Outcome::TwoPasses);
    EXPECT_EQ(expectExact({values}, 0), Outcome::TwoPasses);
}

TEST(ExactPercentiles, AMissedPredictionFallsBackToTwoPassesAndStaysExact)
{
    // The pilot sees only small values; the rest are a thousand times larger.
    std::vector<double> values = logNormal(200000, 0.1, 12);
    for (std::size_t i = 20000; i < values.size(); ++i)
        values[i] *= 1000.0;
    EXPECT_EQ(expectExact({values}, 20000), Outcome::MissedThenTwoPasses);
    // A constant pilot whose later values vary.
    std::vector<double> later = logNormal(200000, 1.0, 13);
    std::fill(later.begin(), later.begin() + 20000, 1.0);
    EXPECT_EQ(expectExact({later}, 20000), Outcome::MissedThenTwoPasses);
}

TEST(ExactPercentiles, ManyLevelsMergeTheirWindows)
{
    // Nineteen levels need more windows than a tally takes: the closest ones merge, still exact.
    const std::vector<double> values = logNormal(200000, 1.0, 14);
    std::vector<double> many;
    for (int k = 1; k < 20; ++k)
        many.push_back(k * 0.05);
    ExactPercentiles percentiles({1.0}, 200000, many);
    std::vector<ExactPercentiles::Tally> pilot(2, ExactPercentiles::Tally(percentiles));
    feed({values}, pilot, 0, 20000);
    percentiles.predict(pilot, 20000);
    std::vector<ExactPercentiles::Tally> tallies(2, ExactPercentiles::Tally(percentiles));
    feed({values}, tallies, 0, values.size());
    ASSERT_TRUE(percentiles.resolve(tallies));
    percentiles.select(0, 1);
    for (std::size_t level = 0; level < many.size(); ++level)
        EXPECT_EQ(percentiles.percentile(0, static_cast<int>(level)), percentileOf(values, many[level])) << many[level];
}

TEST(ExactPercentiles, TwoPassesPlaceManyRanksSharingBucketsAndTheMirroredOnes)
{
    // 99 levels: ranks side by side in one bucket and in neighbouring ones, placed by one sweep;
    // zeros (ties at the minimum) and +inf (at the maximum); the ratio 3 / x from the order
    // statistics counted from the top (+inf where x is 0, 0 where x is +inf).
    std::vector<double> values = logNormal(20000, 0.5, 15);
    for (std::size_t i = 0; i < values.size(); i += 10)
        values[i] = 0.0;
    for (std::size_t i = 3; i < values.size(); i += 7)
        values[i] = infinity;
    std::vector<double> ratios;
    for (double value : values)
        ratios.push_back(value > 0.0 ? 3.0 / value : infinity);
    std::vector<double> many;
    for (int k = 1; k < 100; ++k)
        many.push_back(k * 0.01);
    ExactPercentiles percentiles({1.0}, 20000, many, {true});
    std::vector<ExactPercentiles::Tally> tallies(3, ExactPercentiles::Tally(percentiles));
    feed({values}, tallies, 0, values.size());
    percentiles.plan(tallies);
    auto collectors = percentiles.collectors(tallies);
    feed({values}, collectors, 0, values.size());
    percentiles.select(0, 1);
    for (std::size_t level = 0; level < many.size(); ++level) {
        EXPECT_EQ(percentiles.percentile(0, static_cast<int>(level)), percentileOf(values, many[level])) << many[level];
        EXPECT_EQ(percentiles.mirroredPercentile(0, static_cast<int>(level), 3.0), percentileOf(ratios, many[level]))
            << many[level];
    }
}

TEST(ExactPercentiles, ArraysResolveOnSeveralThreadsInAnyOrder)
{
    // As the Monte Carlo resolves them: each array on whichever thread takes it, each thread with
    // its own scratch; then select() has nothing left to do.
    std::vector<std::vector<double>> arrays;
    for (unsigned a = 0; a < 6; ++a)
        arrays.push_back(logNormal(120000, 0.2 + a, 20 + a));
    std::vector<double> references(arrays.size(), 1.0);
    ExactPercentiles percentiles(references, 120000, levels);
    std::vector<ExactPercentiles::Tally> pilot(2, ExactPercentiles::Tally(percentiles));
    feed(arrays, pilot, 0, 16000);
    percentiles.predict(pilot, 16000);
    std::vector<ExactPercentiles::Tally> tallies(3, ExactPercentiles::Tally(percentiles));
    for (ExactPercentiles::Tally &tally : tallies)
        tally.reserveKept(40000);
    feed(arrays, tallies, 0, 120000);
    std::atomic<int> next {static_cast<int>(arrays.size()) - 1};
    std::atomic<bool> missed {false};
    auto work = [&] {
        capex::detail::KeptValues scratch;
        for (int a = next--; a >= 0; a = next--)
            if (!percentiles.resolveArray(tallies, a, scratch))
                missed = true;
    };
    std::thread helper(work);
    work();
    helper.join();
    ASSERT_TRUE(percentiles.finishResolve(tallies, !missed));
    expectSelected(percentiles, arrays);
}

TEST(ExactPercentiles, Avx2TalliesKeepAndCountTheSameValues)
{
    if (!capex::detail::supports(capex::detail::InstructionSet::Avx2))
        GTEST_SKIP() << "no AVX2 on this CPU";
    // Windows, ties at the extremes (+inf, a ceiling, zeros), a miss, and blocks that are not a
    // multiple of four values (the AVX2 loop's scalar tail).
    feedAvx2 = true;
    feedBlock = 997;
    std::vector<double> mixed = logNormal(150000, 1.0, 30);
    for (std::size_t i = 0; i < mixed.size(); i += 3)
        mixed[i] = infinity;
    for (std::size_t i = 1; i < mixed.size(); i += 7)
        mixed[i] = 0.0;
    std::vector<double> capped = logNormal(150000, 2.0, 31);
    for (double &value : capped)
        value = std::min(value, 3.0);
    std::vector<double> late = logNormal(150000, 0.1, 32);
    for (std::size_t i = 20000; i < late.size(); ++i)
        late[i] *= 1000.0;
    EXPECT_EQ(expectExact({mixed, capped, logNormal(150000, 0.001, 33)}, 15000), Outcome::OnePass);
    EXPECT_EQ(expectExact({mixed}, 15000, 3), Outcome::OnePass);
    EXPECT_EQ(expectExact({late}, 20000), Outcome::MissedThenTwoPasses);
    feedAvx2 = false;
    feedBlock = 1000;
}

TEST(ExactPercentiles, Avx2CollectorsKeepExactlyTheValuesOfTheMarkedBucketsUpToTheirEdges)
{
    if (!capex::detail::supports(capex::detail::InstructionSet::Avx2))
        GTEST_SKIP() << "no AVX2 on this CPU";
    // The AVX2 collector tests values against the marked buckets' lowest values, not their
    // buckets: values on the edges and one ulp below them must be kept as the bucket test keeps
    // them. Also zeros and +inf (ties at the extremes), and blocks of 997 (the scalar tail).
    std::mt19937_64 random(40);
    const auto one = static_cast<std::int64_t>(std::bit_cast<std::uint64_t>(1.0) >> ExactPercentiles::bucketShift);
    std::uniform_int_distribution<std::int64_t> key(one - 40, one + 40);
    std::uniform_int_distribution<int> kind(0, 9);
    std::vector<double> edges(30000);
    for (double &value : edges) {
        const auto edge = static_cast<std::uint64_t>(key(random)) << ExactPercentiles::bucketShift;
        const int k = kind(random);
        value = k == 0 ? 0.0 : k == 1 ? infinity : std::bit_cast<double>(k < 6 ? edge : edge - 1);
    }
    feedBlock = 997;
    for (bool avx2 : {false, true}) {
        feedAvx2 = avx2;
        EXPECT_EQ(expectExact({edges, logNormal(30000, 1.0, 41)}, 0, 3), Outcome::TwoPasses);
    }
    feedAvx2 = false;
    feedBlock = 1000;
}

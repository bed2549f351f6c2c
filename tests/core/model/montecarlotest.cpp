// The Monte Carlo: exact percentiles of the runs, the same on any number of threads.
#include "montecarlo.h"

#include "capexmodel.h"
#include "modeltesting.h"
#include "simd.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <gtest/gtest.h>
#include <limits>
#include <string>

using namespace capex;
using capex::testing::percentileOfSorted;

namespace {

constexpr double infinity = std::numeric_limits<double>::infinity();

std::vector<double> asVector(const Percentiles &p)
{
    return {p.p5, p.p25, p.p50, p.p75, p.p95};
}

/// Per year, each output's value in every run (by run index).
struct RunValues
{
    std::vector<std::vector<double>> spend, required, capex, ratio, power;
};

/// Every run of `options` recomputed on its own with CapexModel.
RunValues runsOneByOne(const ModelParameters &parameters, const MonteCarloOptions &options)
{
    const int years = parameters.values().yearCount();
    RunValues runs {std::vector<std::vector<double>>(years), std::vector<std::vector<double>>(years),
        std::vector<std::vector<double>>(years), std::vector<std::vector<double>>(years),
        std::vector<std::vector<double>>(years)};
    for (int run = 0; run < options.runs; ++run) {
        auto values = MonteCarlo::drawn(parameters, options, run);
        EXPECT_TRUE(values);
        if (!values)
            return runs;
        ModelResult r = CapexModel::run(values.value());
        for (int n = 0; n < years; ++n) {
            runs.spend[n].push_back(r.years[n].spendIndex);
            runs.required[n].push_back(r.years[n].requiredH100e);
            runs.capex[n].push_back(r.years[n].requiredAiCapexUsd);
            runs.ratio[n].push_back(r.years[n].planToRequiredRatio.value_or(infinity));
            runs.power[n].push_back(r.years[n].requiredPowerGw);
        }
    }
    return runs;
}

/// The percentiles of the first `count` of `runs` (a run's values depend only on the seed and
/// its index, so fewer runs are a prefix of more), each from a sorted copy.
MonteCarloResult percentilesOfTheFirst(const RunValues &runs, int count)
{
    auto percentiles = [count](const std::vector<double> &values) {
        std::vector<double> sorted(values.begin(), values.begin() + count);
        std::sort(sorted.begin(), sorted.end());
        return Percentiles {percentileOfSorted(sorted, 0.05), percentileOfSorted(sorted, 0.25),
            percentileOfSorted(sorted, 0.50), percentileOfSorted(sorted, 0.75), percentileOfSorted(sorted, 0.95)};
    };
    MonteCarloResult expected;
    for (std::size_t n = 0; n < runs.spend.size(); ++n)
        expected.years.push_back({0, percentiles(runs.spend[n]), percentiles(runs.required[n]),
            percentiles(runs.capex[n]), percentiles(runs.ratio[n]), percentiles(runs.power[n])});
    return expected;
}

void expectSame(const MonteCarloResult &a, const MonteCarloResult &b)
{
    ASSERT_EQ(a.years.size(), b.years.size());
    for (std::size_t n = 0; n < a.years.size(); ++n) {
        EXPECT_EQ(asVector(a.years[n].spendIndex), asVector(b.years[n].spendIndex)) << "year " << n;
        EXPECT_EQ(asVector(a.years[n].requiredH100e), asVector(b.years[n].requiredH100e)) << "year " << n;
        EXPECT_EQ(asVector(a.years[n].requiredAiCapexUsd), asVector(b.years[n].requiredAiCapexUsd)) << "year " << n;
        EXPECT_EQ(asVector(a.years[n].planToRequiredRatio), asVector(b.years[n].planToRequiredRatio)) << "year " << n;
        const auto powerA = asVector(a.years[n].requiredPowerGw), powerB = asVector(b.years[n].requiredPowerGw);
        for (std::size_t i = 0; i < powerA.size(); ++i)
            EXPECT_NEAR(powerA[i], powerB[i], 1e-12 * std::abs(powerB[i])) << "year " << n; // tallied in kW
    }
}

/// Recomputes every run on its own with CapexModel and compares the percentiles.
void expectPercentilesOfTheRuns(const ModelParameters &parameters, const MonteCarloOptions &options)
{
    auto result = MonteCarlo::run(parameters, options);
    ASSERT_TRUE(result) << describe(result.error());
    expectSame(result.value(), percentilesOfTheFirst(runsOneByOne(parameters, options), options.runs));
}

} // namespace

TEST(MonteCarlo, DefaultUncertainParametersAreThoseOfTheSpecification)
{
    EXPECT_EQ(MonteCarlo::defaultUncertain(),
        (std::vector<std::string> {
            "cost_decline", "hw_gain", "elasticity", "demand_growth", "base_fleet", "h100e_price", "accel_share"}));
}

TEST(MonteCarlo, PercentilesAreThoseOfTheRunsComputedOneByOne)
{
    MonteCarloOptions options;
    options.runs = 2000; // two blocks, the second one partial
    options.seed = 7;
    expectPercentilesOfTheRuns(capex::testing::bundledParameters2024(), options);
}

TEST(MonteCarlo, PercentilesAreExactWhenThePlanIsUncertainToo)
{
    MonteCarloOptions options;
    options.runs = 1500;
    options.uncertain.emplace_back("ai_share");
    options.uncertain.emplace_back("capex_growth.amazon");
    expectPercentilesOfTheRuns(capex::testing::bundledParameters2024(), options);
}

TEST(MonteCarlo, PercentilesAreExactWhenAPilotLetsOnePassFindThem)
{
    // From 131,072 runs on, the first 65,536 predict where the percentiles lie and one pass
    // keeps just the values around them (see exactpercentiles.h): still exact order statistics.
    MonteCarloOptions options;
    options.runs = 140000;
    options.seed = 11;
    expectPercentilesOfTheRuns(capex::testing::bundledParameters2024(), options);
}

TEST(MonteCarlo, OnePassGivesIdenticalPercentilesOnOneAndTwoThreadsAndAtTheCeiling)
{
    // A low ceiling: many runs tie at it, the tie that the pilot counts but never keeps.
    ModelParameters parameters = capex::testing::bundledParameters2024();
    ASSERT_TRUE(parameters.set("elasticity", 1.6));
    ASSERT_TRUE(parameters.set("capex_cap_share", 0.005));
    MonteCarloOptions options;
    options.runs = 200000;
    options.seed = 5;
    options.threads = 1;
    auto one = MonteCarlo::run(parameters, options);
    options.threads = 2;
    auto two = MonteCarlo::run(parameters, options);
    ASSERT_TRUE(one && two);
    expectSame(one.value(), two.value());
    EXPECT_EQ(one->years[6].requiredAiCapexUsd.p95, CapexModel::capexCeiling(parameters.values(), 6)); // 2030
}

namespace {

/// A shock in a drawn year, drawn useful lives (the retirements select among them), an uncertain
/// plan (so the ratio is tallied) and a low ceiling: every select of the vectorised kernel.
ModelParameters everyPathParameters()
{
    ModelParameters parameters = capex::testing::bundledParameters2024();
    EXPECT_TRUE(parameters.set("shock_factor", 0.3));
    EXPECT_TRUE(parameters.set("shock_year", 2027));
    EXPECT_TRUE(parameters.set("capex_cap_share", 0.01));
    return parameters;
}

MonteCarloOptions everyPathOptions()
{
    MonteCarloOptions options;
    for (const char *name : {"shock_factor", "shock_year", "useful_life", "ai_share", "capex_growth.meta"})
        options.uncertain.emplace_back(name);
    return options;
}

/// Runs with the kernels of one instruction set, then restores the CPU's choice.
Result<MonteCarloResult> runWith(
    detail::InstructionSet set, const ModelParameters &parameters, const MonteCarloOptions &options)
{
    detail::forceInstructionSet(set);
    auto result = MonteCarlo::run(parameters, options);
    detail::forceInstructionSet(std::nullopt);
    return result;
}

} // namespace

TEST(MonteCarlo, BaselineKernelsGiveThePercentilesOfTheRunsComputedOneByOne)
{
    MonteCarloOptions options = everyPathOptions();
    options.runs = 1500;
    detail::forceInstructionSet(detail::InstructionSet::Baseline);
    expectPercentilesOfTheRuns(everyPathParameters(), options);
    detail::forceInstructionSet(std::nullopt);
}

TEST(MonteCarlo, Avx2AndBaselineKernelsGiveIdenticalPercentiles)
{
    if (!detail::supports(detail::InstructionSet::Avx2))
        GTEST_SKIP() << "this CPU has no AVX2";
    MonteCarloOptions options = everyPathOptions();
    options.runs = 1500; // two passes, and a partial block
    expectPercentilesOfTheRuns(everyPathParameters(), options); // AVX2 is the default here
    options.runs = 140000; // one pass after a pilot
    options.threads = 2;
    auto baseline = runWith(detail::InstructionSet::Baseline, everyPathParameters(), options);
    auto avx2 = runWith(detail::InstructionSet::Avx2, everyPathParameters(), options);
    ASSERT_TRUE(baseline && avx2);
    expectSame(baseline.value(), avx2.value());
    options = MonteCarloOptions {};
    options.runs = 140000;
    baseline = runWith(detail::InstructionSet::Baseline, capex::testing::bundledParameters2024(), options);
    avx2 = runWith(detail::InstructionSet::Avx2, capex::testing::bundledParameters2024(), options);
    ASSERT_TRUE(baseline && avx2);
    expectSame(baseline.value(), avx2.value());
}

TEST(MonteCarlo, SameSeedGivesIdenticalPercentilesOnOneAndFourThreads)
{
    ModelParameters parameters = capex::testing::bundledParameters2024();
    MonteCarloOptions options;
    options.runs = 20000;
    options.seed = 42;
    options.threads = 1;
    auto one = MonteCarlo::run(parameters, options);
    options.threads = 4;
    auto four = MonteCarlo::run(parameters, options);
    ASSERT_TRUE(one && four);
    expectSame(one.value(), four.value());
}

TEST(MonteCarlo, OnePassGivesIdenticalPercentilesWhicheverThreadClaimsEachBlock)
{
    // In one pass the threads claim blocks as they go, so each tallies a different, uneven set
    // from run to run; three threads, more than the cores of a small machine, make that likely.
    ModelParameters parameters = capex::testing::bundledParameters2024();
    MonteCarloOptions options;
    options.runs = 300000;
    options.seed = 9;
    options.threads = 1;
    auto one = MonteCarlo::run(parameters, options);
    ASSERT_TRUE(one);
    for (int attempt = 0; attempt < 2; ++attempt) {
        options.threads = 3;
        auto three = MonteCarlo::run(parameters, options);
        ASSERT_TRUE(three);
        expectSame(one.value(), three.value());
    }
}

TEST(MonteCarlo, SameSeedGivesTheSameResultAndAnotherSeedAnother)
{
    ModelParameters parameters = capex::testing::bundledParameters2024();
    MonteCarloOptions options;
    options.runs = 5000;
    auto a = MonteCarlo::run(parameters, options);
    auto b = MonteCarlo::run(parameters, options);
    options.seed = 2;
    auto c = MonteCarlo::run(parameters, options);
    ASSERT_TRUE(a && b && c);
    expectSame(a.value(), b.value());
    EXPECT_NE(a->years.back().spendIndex.p50, c->years.back().spendIndex.p50);
}

TEST(MonteCarlo, OrderInWhichParametersAreTickedDoesNotMatter)
{
    ModelParameters parameters = capex::testing::bundledParameters2024();
    MonteCarloOptions options;
    options.runs = 3000;
    auto a = MonteCarlo::run(parameters, options);
    std::reverse(options.uncertain.begin(), options.uncertain.end());
    auto b = MonteCarlo::run(parameters, options);
    ASSERT_TRUE(a && b);
    expectSame(a.value(), b.value());
}

TEST(MonteCarlo, SymmetricElasticityAloneGivesTheDeterministicMedianAndTriangularQuantiles)
{
    ModelParameters parameters = capex::testing::bundledParameters2024(); // demand_growth 1, no shock
    MonteCarloOptions options;
    options.runs = 100000;
    options.uncertain = {"elasticity"}; // triangular(0.6, 1.1, 1.6)
    auto result = MonteCarlo::run(parameters, options);
    ASSERT_TRUE(result);
    // E(2026) = 0.0196^(1 − e) increases with e, so its quantiles are E at e's quantiles:
    // e_p = 0.6 + √(p · 1 · 0.5) below the mode, 1.6 − √((1 − p) · 1 · 0.5) above it.
    auto spendAt = [](double e) { return std::pow(0.0196, 1.0 - e); };
    const MonteCarloYear &y = result->years[2];
    ASSERT_EQ(y.year, 2026);
    // The sample quantile of e has a standard error of about 0.001 at p = 0.05 and 0.0006 at the
    // median with 100,000 runs; |ln 0.0196| ≈ 3.9 turns that into < 0.5 % of E: allow 2 %.
    EXPECT_NEAR(y.spendIndex.p50 / spendAt(1.1), 1.0, 0.02);
    EXPECT_NEAR(y.spendIndex.p5 / spendAt(0.6 + std::sqrt(0.05 * 0.5)), 1.0, 0.02);
    EXPECT_NEAR(y.spendIndex.p95 / spendAt(1.6 - std::sqrt(0.05 * 0.5)), 1.0, 0.02);
    EXPECT_NEAR(y.spendIndex.p25 / spendAt(0.6 + std::sqrt(0.25 * 0.5)), 1.0, 0.02);
    // And the deterministic value itself: 0.0196^−0.1.
    EXPECT_NEAR(spendAt(1.1), 1.4817481472, 1e-9);
}

TEST(MonteCarlo, RatioHasNoValueInTheBaseYear)
{
    MonteCarloOptions options;
    options.runs = 1000;
    auto result = MonteCarlo::run(capex::testing::bundledParameters2024(), options);
    ASSERT_TRUE(result);
    EXPECT_TRUE(std::isinf(result->years[0].planToRequiredRatio.p50));
    EXPECT_EQ(result->years[0].requiredAiCapexUsd.p95, 0.0);
    EXPECT_EQ(result->years[0].spendIndex.p5, 1.0);
}

TEST(MonteCarlo, RunsAtTheCeilingGiveTheCeilingExactly)
{
    ModelParameters parameters = capex::testing::bundledParameters2024();
    ASSERT_TRUE(parameters.set("elasticity", 1.6));
    ASSERT_TRUE(parameters.set("capex_cap_share", 0.005));
    MonteCarloOptions options;
    options.runs = 4000;
    auto result = MonteCarlo::run(parameters, options);
    ASSERT_TRUE(result);
    const double ceiling = CapexModel::capexCeiling(parameters.values(), 6);
    EXPECT_EQ(result->years[6].requiredAiCapexUsd.p95, ceiling); // 2030
    EXPECT_LE(result->years[6].requiredAiCapexUsd.p5, ceiling);
}

TEST(MonteCarlo, ProgressRisesToOne)
{
    MonteCarloOptions options;
    options.runs = 10000;
    options.threads = 2;
    std::vector<double> seen;
    options.progress = [&seen](double fraction) { seen.push_back(fraction); };
    ASSERT_TRUE(MonteCarlo::run(capex::testing::bundledParameters2024(), options));
    ASSERT_FALSE(seen.empty());
    EXPECT_TRUE(std::is_sorted(seen.begin(), seen.end()));
    EXPECT_EQ(seen.back(), 1.0);
}

TEST(MonteCarlo, ProgressRisesToOneInOnePassToo)
{
    MonteCarloOptions options;
    options.runs = 140000;
    options.threads = 2;
    std::vector<double> seen;
    options.progress = [&seen](double fraction) { seen.push_back(fraction); };
    ASSERT_TRUE(MonteCarlo::run(capex::testing::bundledParameters2024(), options));
    ASSERT_FALSE(seen.empty());
    EXPECT_TRUE(std::is_sorted(seen.begin(), seen.end()));
    // Thread 0 reports after each of its own blocks (half of the ~100 after the pilot): many
    // steps, not one jump at the end. How far the other thread got before the first report
    // depends on scheduling, so the first fraction is not checked.
    EXPECT_GE(seen.size(), 20u) << seen.size();
    EXPECT_EQ(seen.back(), 1.0);
}

TEST(MonteCarlo, CancelFlagStopsTheRun)
{
    std::atomic<bool> cancel {true};
    MonteCarloOptions options;
    options.cancel = &cancel;
    auto result = MonteCarlo::run(capex::testing::bundledParameters2024(), options);
    ASSERT_TRUE(result);
    EXPECT_TRUE(result->cancelled);
    EXPECT_TRUE(result->years.empty());
}

TEST(MonteCarlo, RunsOutsideTheAllowedRangeAreRejected)
{
    MonteCarloOptions options;
    options.runs = 999;
    auto result = MonteCarlo::run(capex::testing::bundledParameters2024(), options);
    ASSERT_FALSE(result);
    capex::testing::expectError(result.error(), ErrorCode::ParameterOutOfDomain, "runs", "[1000, 1000000]");
}

TEST(MonteCarlo, UncertainParametersMustExistAndHaveARange)
{
    MonteCarloOptions options;
    options.uncertain = {"elasticty"};
    auto result = MonteCarlo::run(capex::testing::bundledParameters2024(), options);
    ASSERT_FALSE(result);
    capex::testing::expectError(result.error(), ErrorCode::UnknownParameter, "elasticty", "");
    options.uncertain = {"world_gdp_usd"};
    result = MonteCarlo::run(capex::testing::bundledParameters2024(), options);
    ASSERT_FALSE(result);
    capex::testing::expectError(result.error(), ErrorCode::InvalidValue, "uncertain", "world_gdp_usd");
}

TEST(MonteCarlo, DrawsStayWithinEachParametersRange)
{
    ModelParameters parameters = capex::testing::bundledParameters2024();
    MonteCarloOptions options;
    options.runs = 1000;
    options.uncertain.emplace_back("useful_life");
    for (int run = 0; run < options.runs; run += 37) {
        auto v = MonteCarlo::drawn(parameters, options, run);
        ASSERT_TRUE(v);
        EXPECT_GE(v->costDecline, 0.5);
        EXPECT_LE(v->costDecline, 0.95);
        EXPECT_GE(v->baseFleet, 2.65e6);
        EXPECT_LE(v->baseFleet, 3.55e6);
        EXPECT_GE(v->usefulLife, 4);
        EXPECT_LE(v->usefulLife, 6);
        EXPECT_DOUBLE_EQ(v->worldGdpUsd, 110e12); // not drawn
    }
}

TEST(MonteCarlo, PercentilesAreThoseOfTheRunsOnEitherSideOfThePilotsThresholdOnOneTwoAndThreeThreads)
{
    // Below 131,072 runs' worth of blocks the first of two passes keeps every value and the second
    // reads them back; from 128 blocks (131,071 runs) on, a pilot and one pass. The default plan
    // does not vary: the ratio's percentiles come from K_req's order statistics counted from the top.
    const ModelParameters parameters = capex::testing::bundledParameters2024();
    MonteCarloOptions options;
    options.seed = 13;
    options.runs = 131072;
    const RunValues runs = runsOneByOne(parameters, options);
    for (int count : {1000, 10000, 130048, 131071, 131072}) {
        const MonteCarloResult expected = percentilesOfTheFirst(runs, count);
        for (int threads : {1, 2, 3}) {
            SCOPED_TRACE(std::to_string(count) + " runs on " + std::to_string(threads) + " threads");
            options.runs = count;
            options.threads = threads;
            auto result = MonteCarlo::run(parameters, options);
            ASSERT_TRUE(result);
            expectSame(result.value(), expected);
        }
    }
}

TEST(MonteCarlo, ValuesReadBackGiveExactPercentilesWithInfiniteRatiosAndTiesAtTheCeiling)
{
    // An uncertain plan (the ratio is tallied; +inf where nothing is required) and a ceiling that
    // most runs reach in late years: ties at the maximum, which are counted, never collected.
    ModelParameters parameters = everyPathParameters();
    ASSERT_TRUE(parameters.set("elasticity", 1.6));
    ASSERT_TRUE(parameters.set("capex_cap_share", 0.005));
    MonteCarloOptions options = everyPathOptions();
    options.runs = 10000;
    const MonteCarloResult expected = percentilesOfTheFirst(runsOneByOne(parameters, options), options.runs);
    for (int threads : {1, 2, 3}) {
        options.threads = threads;
        auto result = MonteCarlo::run(parameters, options);
        ASSERT_TRUE(result);
        expectSame(result.value(), expected);
        EXPECT_EQ(result->years[0].planToRequiredRatio.p50, infinity); // 2024: nothing required
        EXPECT_EQ(result->years[6].requiredAiCapexUsd.p95, CapexModel::capexCeiling(parameters.values(), 6));
    }
}

TEST(MonteCarlo, Avx2AndBaselineKernelsKeepTheSameValuesToReadBack)
{
    if (!detail::supports(detail::InstructionSet::Avx2))
        GTEST_SKIP() << "this CPU has no AVX2";
    MonteCarloOptions options = everyPathOptions();
    options.runs = 10000;
    options.threads = 3;
    auto baseline = runWith(detail::InstructionSet::Baseline, everyPathParameters(), options);
    auto avx2 = runWith(detail::InstructionSet::Avx2, everyPathParameters(), options);
    ASSERT_TRUE(baseline && avx2);
    expectSame(baseline.value(), avx2.value());
}

TEST(MonteCarlo, ProgressCoversOneSimulationWhenTheValuesAreReadBack)
{
    // Ten blocks on one thread: a report after each, then the final one.
    MonteCarloOptions options;
    options.runs = 10000;
    options.threads = 1;
    std::vector<double> seen;
    options.progress = [&seen](double fraction) { seen.push_back(fraction); };
    ASSERT_TRUE(MonteCarlo::run(capex::testing::bundledParameters2024(), options));
    std::vector<double> expected;
    for (int done = 1; done <= 10; ++done)
        expected.push_back(done / 10.0);
    expected.push_back(1.0);
    EXPECT_EQ(seen, expected);
}

TEST(MonteCarlo, CancelDuringTheFirstOfTwoPassesStopsTheRun)
{
    // Thread 0 cancels at its first report (after its first block) and stops before its next.
    std::atomic<bool> cancel {false};
    MonteCarloOptions options;
    options.runs = 10000;
    options.threads = 2;
    options.cancel = &cancel;
    std::vector<double> seen;
    options.progress = [&](double fraction) {
        seen.push_back(fraction);
        cancel = true;
    };
    auto stopped = MonteCarlo::run(capex::testing::bundledParameters2024(), options);
    ASSERT_TRUE(stopped);
    EXPECT_TRUE(stopped->cancelled);
    EXPECT_TRUE(stopped->years.empty());
    EXPECT_EQ(seen.size(), 1u);
    // Nothing of the stopped run lingers: a run to the end gives what a fresh one does.
    cancel = false;
    options.progress = nullptr;
    auto finished = MonteCarlo::run(capex::testing::bundledParameters2024(), options);
    options.cancel = nullptr;
    auto fresh = MonteCarlo::run(capex::testing::bundledParameters2024(), options);
    ASSERT_TRUE(finished && fresh);
    EXPECT_FALSE(finished->cancelled);
    expectSame(finished.value(), fresh.value());
}

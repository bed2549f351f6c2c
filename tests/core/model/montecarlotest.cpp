// The Monte Carlo: exact percentiles of the runs, the same on any number of threads.
#include "montecarlo.h"

#include "capexmodel.h"
#include "modeltesting.h"
#include "simd.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <gtest/gtest.h>
#include <limits>

using namespace capex;
using capex::testing::percentileOf;

namespace {

constexpr double infinity = std::numeric_limits<double>::infinity();

std::vector<double> asVector(const Percentiles &p)
{
    return {p.p5, p.p25, p.p50, p.p75, p.p95};
}

/// Recomputes every run on its own with CapexModel and compares the percentiles.
void expectPercentilesOfTheRuns(const ModelParameters &parameters, const MonteCarloOptions &options)
{
    auto result = MonteCarlo::run(parameters, options);
    ASSERT_TRUE(result) << describe(result.error());
    const int years = static_cast<int>(result->years.size());
    std::vector<std::vector<double>> spend(years), required(years), capex(years), ratio(years);
    for (int run = 0; run < options.runs; ++run) {
        auto values = MonteCarlo::drawn(parameters, options, run);
        ASSERT_TRUE(values);
        ModelResult r = CapexModel::run(values.value());
        for (int n = 0; n < years; ++n) {
            spend[n].push_back(r.years[n].spendIndex);
            required[n].push_back(r.years[n].requiredH100e);
            capex[n].push_back(r.years[n].requiredAiCapexUsd);
            ratio[n].push_back(r.years[n].planToRequiredRatio.value_or(infinity));
        }
    }
    const std::array<double, 5> levels = {0.05, 0.25, 0.50, 0.75, 0.95};
    for (int n = 0; n < years; ++n) {
        const MonteCarloYear &y = result->years[n];
        for (int i = 0; i < 5; ++i) {
            EXPECT_EQ(asVector(y.spendIndex)[i], percentileOf(spend[n], levels[i])) << y.year << " p" << levels[i];
            EXPECT_EQ(asVector(y.requiredH100e)[i], percentileOf(required[n], levels[i])) << y.year;
            EXPECT_EQ(asVector(y.requiredAiCapexUsd)[i], percentileOf(capex[n], levels[i])) << y.year;
            EXPECT_EQ(asVector(y.planToRequiredRatio)[i], percentileOf(ratio[n], levels[i])) << y.year;
        }
    }
}

void expectSame(const MonteCarloResult &a, const MonteCarloResult &b)
{
    ASSERT_EQ(a.years.size(), b.years.size());
    for (std::size_t n = 0; n < a.years.size(); ++n) {
        EXPECT_EQ(asVector(a.years[n].spendIndex), asVector(b.years[n].spendIndex));
        EXPECT_EQ(asVector(a.years[n].requiredH100e), asVector(b.years[n].requiredH100e));
        EXPECT_EQ(asVector(a.years[n].requiredAiCapexUsd), asVector(b.years[n].requiredAiCapexUsd));
        EXPECT_EQ(asVector(a.years[n].planToRequiredRatio), asVector(b.years[n].planToRequiredRatio));
    }
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
    expectPercentilesOfTheRuns(capex::testing::bundledParameters(), options);
}

TEST(MonteCarlo, PercentilesAreExactWhenThePlanIsUncertainToo)
{
    MonteCarloOptions options;
    options.runs = 1500;
    options.uncertain.emplace_back("ai_share");
    options.uncertain.emplace_back("capex_growth.amazon");
    expectPercentilesOfTheRuns(capex::testing::bundledParameters(), options);
}

TEST(MonteCarlo, PercentilesAreExactWhenAPilotLetsOnePassFindThem)
{
    // From 131,072 runs on, the first 65,536 predict where the percentiles lie and one pass
    // keeps just the values around them (see exactpercentiles.h): still exact order statistics.
    MonteCarloOptions options;
    options.runs = 140000;
    options.seed = 11;
    expectPercentilesOfTheRuns(capex::testing::bundledParameters(), options);
}

TEST(MonteCarlo, OnePassGivesIdenticalPercentilesOnOneAndTwoThreadsAndAtTheCeiling)
{
    // A low ceiling: many runs tie at it, the tie that the pilot counts but never keeps.
    ModelParameters parameters = capex::testing::bundledParameters();
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
    ModelParameters parameters = capex::testing::bundledParameters();
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
    baseline = runWith(detail::InstructionSet::Baseline, capex::testing::bundledParameters(), options);
    avx2 = runWith(detail::InstructionSet::Avx2, capex::testing::bundledParameters(), options);
    ASSERT_TRUE(baseline && avx2);
    expectSame(baseline.value(), avx2.value());
}

TEST(MonteCarlo, SameSeedGivesIdenticalPercentilesOnOneAndFourThreads)
{
    ModelParameters parameters = capex::testing::bundledParameters();
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
    ModelParameters parameters = capex::testing::bundledParameters();
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
    ModelParameters parameters = capex::testing::bundledParameters();
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
    ModelParameters parameters = capex::testing::bundledParameters();
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
    ModelParameters parameters = capex::testing::bundledParameters(); // demand_growth 1, no shock
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
    auto result = MonteCarlo::run(capex::testing::bundledParameters(), options);
    ASSERT_TRUE(result);
    EXPECT_TRUE(std::isinf(result->years[0].planToRequiredRatio.p50));
    EXPECT_EQ(result->years[0].requiredAiCapexUsd.p95, 0.0);
    EXPECT_EQ(result->years[0].spendIndex.p5, 1.0);
}

TEST(MonteCarlo, RunsAtTheCeilingGiveTheCeilingExactly)
{
    ModelParameters parameters = capex::testing::bundledParameters();
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
    ASSERT_TRUE(MonteCarlo::run(capex::testing::bundledParameters(), options));
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
    ASSERT_TRUE(MonteCarlo::run(capex::testing::bundledParameters(), options));
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
    auto result = MonteCarlo::run(capex::testing::bundledParameters(), options);
    ASSERT_TRUE(result);
    EXPECT_TRUE(result->cancelled);
    EXPECT_TRUE(result->years.empty());
}

TEST(MonteCarlo, RunsOutsideTheAllowedRangeAreRejected)
{
    MonteCarloOptions options;
    options.runs = 999;
    auto result = MonteCarlo::run(capex::testing::bundledParameters(), options);
    ASSERT_FALSE(result);
    capex::testing::expectError(result.error(), ErrorCode::ParameterOutOfDomain, "runs", "[1000, 1000000]");
}

TEST(MonteCarlo, UncertainParametersMustExistAndHaveARange)
{
    MonteCarloOptions options;
    options.uncertain = {"elasticty"};
    auto result = MonteCarlo::run(capex::testing::bundledParameters(), options);
    ASSERT_FALSE(result);
    capex::testing::expectError(result.error(), ErrorCode::UnknownParameter, "elasticty", "");
    options.uncertain = {"world_gdp_usd"};
    result = MonteCarlo::run(capex::testing::bundledParameters(), options);
    ASSERT_FALSE(result);
    capex::testing::expectError(result.error(), ErrorCode::InvalidValue, "uncertain", "world_gdp_usd");
}

TEST(MonteCarlo, DrawsStayWithinEachParametersRange)
{
    ModelParameters parameters = capex::testing::bundledParameters();
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

// Equations 1–10 of docs/model.md, each against a hand-worked value.
#include "capexmodel.h"

#include "modeltesting.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace capex;
using capex::testing::flatPlan;
using capex::testing::roundValues;

namespace {

ParameterValues jevonsValues(double elasticity)
{
    ParameterValues v; // the defaults: cost_decline 0.86, demand_growth 1, hw_gain 1.35, no shock
    v.elasticity = elasticity;
    return v;
}

const YearRow &at(const ModelResult &result, int year)
{
    const YearRow *row = result.year(year);
    EXPECT_NE(row, nullptr) << year;
    static const YearRow none;
    return row ? *row : none;
}

} // namespace

TEST(CapexModel, IndicesAreOneInTheBaseYear)
{
    ModelResult r = CapexModel::run(jevonsValues(1.1));
    const YearRow &t0 = at(r, 2024);
    EXPECT_EQ(t0.unitCostIndex, 1.0);
    EXPECT_EQ(t0.demandIndex, 1.0);
    EXPECT_EQ(t0.spendIndex, 1.0);
    EXPECT_EQ(t0.computeIndex, 1.0);
    EXPECT_EQ(t0.requiredH100e, 3.1e6);
    EXPECT_EQ(t0.installedH100e, 3.1e6);
    EXPECT_EQ(t0.newH100e, 0.0);
    EXPECT_EQ(t0.requiredAiCapexUsd, 0.0);
    EXPECT_EQ(t0.h100ePriceUsd, 35000.0);
}

TEST(CapexModel, UnitCostFallsByTheAnnualDecline)
{
    ModelResult r = CapexModel::run(jevonsValues(1.1));
    EXPECT_NEAR(at(r, 2025).unitCostIndex, 0.14, 1e-15);
    EXPECT_NEAR(at(r, 2026).unitCostIndex, 0.0196, 1e-15); // C(2) = 0.14²
    EXPECT_NEAR(at(r, 2030).unitCostIndex, std::pow(0.14, 6), 1e-18);
}

TEST(CapexModel, DemandIsUnitCostToTheMinusElasticity)
{
    ModelResult r = CapexModel::run(jevonsValues(1.1));
    EXPECT_NEAR(at(r, 2026).demandIndex, 75.5993952655, 1e-8); // 0.0196^−1.1
}

TEST(CapexModel, SpendIsUnitCostToTheOneMinusElasticity)
{
    ModelResult r = CapexModel::run(jevonsValues(1.1));
    EXPECT_NEAR(at(r, 2025).spendIndex, 1.2172707781, 1e-10); // 0.14^−0.1
    EXPECT_NEAR(at(r, 2026).spendIndex, 1.4817481472, 1e-10); // 0.0196^−0.1
    EXPECT_NEAR(at(r, 2026).spendIndex, at(r, 2026).unitCostIndex * at(r, 2026).demandIndex, 1e-12);
}

TEST(CapexModel, UnitElasticityKeepsSpendFlatWithoutAdoptionGrowth)
{
    ModelResult r = CapexModel::run(jevonsValues(1.0));
    for (const YearRow &row : r.years)
        EXPECT_DOUBLE_EQ(row.spendIndex, 1.0) << row.year;
}

TEST(CapexModel, ElasticityAboveOneRaisesSpendAsThePriceFalls)
{
    ModelResult r = CapexModel::run(jevonsValues(1.6));
    for (std::size_t i = 1; i < r.years.size(); ++i)
        EXPECT_GT(r.years[i].spendIndex, r.years[i - 1].spendIndex) << r.years[i].year;
    EXPECT_NEAR(at(r, 2030).spendIndex, 1185.6024048739, 1e-6); // (0.14⁶)^−0.6
}

TEST(CapexModel, ElasticityBelowOneLowersSpendAsThePriceFalls)
{
    ModelResult r = CapexModel::run(jevonsValues(0.6));
    for (std::size_t i = 1; i < r.years.size(); ++i)
        EXPECT_LT(r.years[i].spendIndex, r.years[i - 1].spendIndex) << r.years[i].year;
    EXPECT_NEAR(at(r, 2030).spendIndex, 0.0089270360, 1e-10); // (0.14⁶)^0.4
}

TEST(CapexModel, AdoptionGrowthMultipliesSpend)
{
    ParameterValues v = jevonsValues(1.0);
    v.demandGrowth = 1.2;
    ModelResult r = CapexModel::run(v);
    EXPECT_NEAR(at(r, 2027).spendIndex, 1.728, 1e-12); // 1.2³
}

TEST(CapexModel, ShockMultipliesThePriceFromItsYearOnly)
{
    ParameterValues v = jevonsValues(1.1);
    v.shockFactor = 0.1;
    v.shockYear = 2027;
    ModelResult r = CapexModel::run(v);
    EXPECT_NEAR(at(r, 2026).unitCostIndex, 0.0196, 1e-15);
    EXPECT_NEAR(at(r, 2027).unitCostIndex, 0.002744 * 0.1, 1e-15); // 0.14³ · 0.1
    EXPECT_NEAR(at(r, 2028).unitCostIndex, 0.00038416 * 0.1, 1e-16); // 0.14⁴ · 0.1
    EXPECT_NEAR(at(r, 2027).spendIndex, std::pow(0.0002744, -0.1), 1e-12);
}

TEST(CapexModel, ComputeIndexAddsHardwarePricePerformance)
{
    ModelResult r = CapexModel::run(jevonsValues(1.1));
    EXPECT_NEAR(at(r, 2026).computeIndex, 1.4817481472 * 1.8225, 1e-9); // E(2) · 1.35²
    EXPECT_NEAR(at(r, 2026).requiredH100e, 3.1e6 * 1.4817481472 * 1.8225, 1e-3);
}

TEST(CapexModel, PriceOfAnH100eFallsWithHardwareGain)
{
    ModelResult r = CapexModel::run(jevonsValues(1.1));
    EXPECT_NEAR(at(r, 2026).h100ePriceUsd, 35000 / 1.8225, 1e-9);
}

TEST(CapexModel, PreT0FleetRetiresEvenlyOverItsUsefulLife)
{
    ModelResult r = CapexModel::run(roundValues());
    for (int year = 2025; year <= 2028; ++year)
        EXPECT_DOUBLE_EQ(at(r, year).retiredH100e, 250.0) << year; // 1,000 / 4
}

TEST(CapexModel, NewUnitsReplaceRetirementsAndFollowDemand)
{
    ModelResult r = CapexModel::run(roundValues());
    // W(1) = H_req(1) − H(0) + R(1) = 1,100 − 1,000 + 250
    EXPECT_NEAR(at(r, 2025).newH100e, 350.0, 1e-9);
    EXPECT_NEAR(at(r, 2025).installedH100e, 1100.0, 1e-9);
    EXPECT_NEAR(at(r, 2026).newH100e, 360.0, 1e-9); // 1,210 − 1,100 + 250
    EXPECT_NEAR(at(r, 2028).newH100e, 383.1, 1e-9); // 1,464.1 − 1,331 + 250
}

TEST(CapexModel, LaterCohortsRetireUsefulLifeYearsAfterTheirPurchase)
{
    ModelResult r = CapexModel::run(roundValues());
    EXPECT_NEAR(at(r, 2029).retiredH100e, 350.0, 1e-9); // N(1)
    EXPECT_NEAR(at(r, 2030).retiredH100e, 360.0, 1e-9); // N(2)
    EXPECT_NEAR(at(r, 2029).newH100e, 1610.51 - 1464.1 + 350.0, 1e-9);
}

TEST(CapexModel, RequiredCapexBuysTheNewUnitsAtTheYearsPrice)
{
    ModelResult r = CapexModel::run(roundValues());
    EXPECT_NEAR(at(r, 2025).requiredAiCapexUsd, 700000.0, 1e-6); // 350 · 1,000 / 0.5
    EXPECT_NEAR(at(r, 2025).wantedAiCapexUsd, 700000.0, 1e-6);
    EXPECT_FALSE(at(r, 2025).capped);
}

TEST(CapexModel, BindingCeilingCapsCapexAndLeavesDemandUnmet)
{
    ParameterValues v = roundValues();
    v.capexCapShare = 0.005; // K_cap = 0.005 · 1e8 = 500,000 a year
    ModelResult r = CapexModel::run(v);
    const YearRow &y = at(r, 2025);
    EXPECT_TRUE(y.capped);
    EXPECT_DOUBLE_EQ(*y.capexCeilingUsd, 500000.0);
    EXPECT_NEAR(y.wantedAiCapexUsd, 700000.0, 1e-6);
    EXPECT_DOUBLE_EQ(y.requiredAiCapexUsd, 500000.0);
    EXPECT_NEAR(y.newH100e, 250.0, 1e-9); // 500,000 · 0.5 / 1,000
    EXPECT_NEAR(y.unmetH100e, 100.0, 1e-9); // 350 wanted
    EXPECT_NEAR(y.installedH100e, 1000.0, 1e-9);
    EXPECT_EQ(y.idleH100e, 0.0);
}

TEST(CapexModel, CeilingThatDoesNotBindChangesNothing)
{
    ParameterValues v = roundValues();
    v.capexCapShare = 0.01; // K_cap = 1,000,000 > 700,000
    ModelResult r = CapexModel::run(v);
    EXPECT_FALSE(at(r, 2025).capped);
    EXPECT_EQ(at(r, 2025).unmetH100e, 0.0);
    EXPECT_NEAR(at(r, 2025).requiredAiCapexUsd, 700000.0, 1e-6);
}

TEST(CapexModel, CeilingGrowsWithWorldGdp)
{
    ParameterValues v = roundValues();
    v.capexCapShare = 0.02;
    v.worldGdpUsd = 110e12;
    v.gdpGrowth = 1.03;
    ModelResult r = CapexModel::run(v);
    EXPECT_NEAR(*at(r, 2026).capexCeilingUsd, 0.02 * 110e12 * 1.0609, 1.0);
}

TEST(CapexModel, ZeroCeilingShareMeansNoCeiling)
{
    ModelResult r = CapexModel::run(roundValues());
    EXPECT_FALSE(at(r, 2025).capexCeilingUsd);
}

TEST(CapexModel, FallingDemandLeavesIdleCapacityAndNoNewUnits)
{
    ParameterValues v = roundValues();
    v.elasticity = 0.6;
    v.demandGrowth = 1.0;
    ModelResult r = CapexModel::run(v);
    const YearRow &y = at(r, 2025);
    EXPECT_NEAR(y.requiredH100e, 455.4610198564, 1e-9); // 1,000 · 0.14^0.4
    EXPECT_EQ(y.newH100e, 0.0);
    EXPECT_NEAR(y.installedH100e, 750.0, 1e-9); // 1,000 − 250 retired
    EXPECT_NEAR(y.idleH100e, 750.0 - 455.4610198564, 1e-9);
    EXPECT_EQ(y.requiredAiCapexUsd, 0.0);
    EXPECT_FALSE(y.planToRequiredRatio);
}

TEST(CapexModel, PlannedCapexGrowsFromTheLastActualYear)
{
    ParameterValues v = roundValues();
    v.planLongRunGrowth = 0.2; // the fade ends where it starts: a constant 20 %
    v.companies = {flatPlan("a", 100e9, 2025, 0.2), flatPlan("b", 10e9, 2024, 0.2)};
    ModelResult r = CapexModel::run(v);
    // a: 100 B · 1.2^(t − 2025) · 0.7 from 2025 (nothing before its data); b: 10 B · 1.2^(t − 2024) · 0.7
    EXPECT_NEAR(at(r, 2024).plannedAiCapexUsd, 7e9, 1e-3);
    EXPECT_NEAR(at(r, 2025).plannedAiCapexUsd, 70e9 + 10e9 * 1.2 * 0.7, 1e-3);
    EXPECT_NEAR(at(r, 2027).plannedAiCapexUsd, 100e9 * 1.44 * 0.7 + 10e9 * 1.728 * 0.7, 1e-3);
    EXPECT_NEAR(r.planned(3, 0), 100.8e9, 1e-3);
    EXPECT_EQ(r.companies, (std::vector<std::string> {"a", "b"}));
}

TEST(CapexModel, PlanToRequiredRatioIsNullInTheBaseYearAndPlanOverRequiredAfter)
{
    ParameterValues v = roundValues();
    v.planLongRunGrowth = 0.0;
    v.companies = {flatPlan("a", 1e6, 2025, 0.0)};
    ModelResult r = CapexModel::run(v);
    EXPECT_FALSE(at(r, 2024).planToRequiredRatio);
    ASSERT_TRUE(at(r, 2025).planToRequiredRatio);
    EXPECT_NEAR(*at(r, 2025).planToRequiredRatio, 700000.0 / 700000.0, 1e-12); // 1e6 · 0.7 / 700,000
    EXPECT_NEAR(at(r, 2025).capexGapUsd, 0.0, 1e-6);
    EXPECT_NEAR(*at(r, 2026).planToRequiredRatio, 700000.0 / 720000.0, 1e-12);
    EXPECT_NEAR(at(r, 2026).capexGapUsd, 700000.0 - 720000.0, 1e-6);
}

TEST(CapexModel, HorizonSetsTheYearsProjected)
{
    ParameterValues v;
    EXPECT_EQ(CapexModel::run(v).years.size(), 12u); // 2024–2035
    v.horizon = 2040;
    ModelResult r = CapexModel::run(v);
    EXPECT_EQ(r.years.size(), 17u);
    EXPECT_EQ(r.years.back().year, 2040);
}

TEST(CapexModel, RunningAgainReusesTheResultsStorage)
{
    ModelResult r;
    ParameterValues v;
    v.companies = {flatPlan("a", 1e9, 2025, 0.1)};
    CapexModel::run(v, r);
    const YearRow *rows = r.years.data();
    const double *planned = r.plannedByCompany.data();
    v.elasticity = 1.3;
    CapexModel::run(v, r);
    EXPECT_EQ(r.years.data(), rows);
    EXPECT_EQ(r.plannedByCompany.data(), planned);
}

TEST(CapexModel, RunIsDeterministic)
{
    ModelParameters p = capex::testing::bundledParameters();
    ModelResult a = CapexModel::run(p);
    ModelResult b = CapexModel::run(p);
    ASSERT_EQ(a.years.size(), b.years.size());
    for (std::size_t i = 0; i < a.years.size(); ++i)
        EXPECT_EQ(a.years[i].requiredAiCapexUsd, b.years[i].requiredAiCapexUsd);
}

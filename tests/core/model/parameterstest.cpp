// The parameter registry: the specification's table, presets, data-derived defaults and the
// typed errors of `--set name=value`.
#include "parameters.h"

#include "costcurvepresets.h"
#include "modeltesting.h"

#include <array>
#include <gtest/gtest.h>

using namespace capex;
using capex::testing::expectError;

TEST(ModelParameters, DefaultsAreThoseOfTheSpecificationTable)
{
    ModelParameters p;
    EXPECT_EQ(p.get("t0"), 2024);
    EXPECT_EQ(p.get("horizon"), 2035);
    EXPECT_EQ(p.costCurve(), "ark_inference");
    EXPECT_DOUBLE_EQ(*p.get("cost_decline"), 0.86);
    EXPECT_DOUBLE_EQ(*p.get("hw_gain"), 1.35);
    EXPECT_DOUBLE_EQ(*p.get("algo_gain"), 2.8);
    EXPECT_DOUBLE_EQ(*p.get("elasticity"), 1.1);
    EXPECT_DOUBLE_EQ(*p.get("demand_growth"), 1.0);
    EXPECT_DOUBLE_EQ(*p.get("shock_factor"), 1.0);
    EXPECT_EQ(p.get("shock_year"), 2025);
    EXPECT_DOUBLE_EQ(*p.get("h100e_price"), 35000);
    EXPECT_EQ(p.get("useful_life"), 5);
    EXPECT_DOUBLE_EQ(*p.get("accel_share"), 0.6);
    EXPECT_DOUBLE_EQ(*p.get("capex_cap_share"), 0.02);
    EXPECT_DOUBLE_EQ(*p.get("world_gdp_usd"), 110e12);
    EXPECT_DOUBLE_EQ(*p.get("gdp_growth"), 1.03);
    EXPECT_DOUBLE_EQ(*p.get("ai_share"), 0.7);
}

TEST(ModelParameters, EachPresetGivesItsAnnualDecline)
{
    ModelParameters p;
    const std::array<std::pair<const char *, double>, 4> expected = {
        {{"ark_training", 0.75}, {"ark_inference", 0.86}, {"a16z_llmflation", 0.90}, {"epoch_inference_gpt4", 0.975}}};
    for (auto [id, decline] : expected) {
        ASSERT_TRUE(p.setCostCurve(id));
        EXPECT_DOUBLE_EQ(*p.get("cost_decline"), decline) << id;
    }
}

TEST(ModelParameters, DerivedPresetIsOneMinusTheInverseOfHardwareTimesAlgorithmicGain)
{
    ModelParameters p;
    ASSERT_TRUE(p.setCostCurve("derived"));
    EXPECT_NEAR(*p.get("cost_decline"), 1.0 - 1.0 / (1.35 * 2.8), 1e-15);
    EXPECT_NEAR(*p.get("cost_decline"), 0.7354497354, 1e-10);
    ASSERT_TRUE(p.set("algo_gain", 4.0));
    EXPECT_NEAR(*p.get("cost_decline"), 1.0 - 1.0 / (1.35 * 4.0), 1e-15);
}

TEST(ModelParameters, CostDeclineFollowsThePresetUntilSetAndAgainWhenAPresetIsChosen)
{
    ModelParameters p;
    ASSERT_TRUE(p.set("cost_decline", 0.8));
    EXPECT_TRUE(p.isExplicit("cost_decline"));
    EXPECT_DOUBLE_EQ(*p.get("cost_decline"), 0.8);
    ASSERT_TRUE(p.setCostCurve("ark_training"));
    EXPECT_FALSE(p.isExplicit("cost_decline"));
    EXPECT_DOUBLE_EQ(*p.get("cost_decline"), 0.75);
}

TEST(ModelParameters, UnknownNameIsUnknownParameterNamingIt)
{
    ModelParameters p;
    Status status = p.set("elastic", 1.0);
    ASSERT_FALSE(status);
    expectError(status.error(), ErrorCode::UnknownParameter, "elastic", "");
}

TEST(ModelParameters, ValueOutsideTheRangeIsOutOfDomainWithTheRangeAsDetail)
{
    ModelParameters p;
    Status status = p.set("cost_decline", 0.97);
    ASSERT_FALSE(status);
    expectError(status.error(), ErrorCode::ParameterOutOfDomain, "cost_decline", "[0.5, 0.95]");
    EXPECT_DOUBLE_EQ(*p.get("cost_decline"), 0.86); // unchanged
    status = p.set("h100e_price", 24999);
    ASSERT_FALSE(status);
    expectError(status.error(), ErrorCode::ParameterOutOfDomain, "h100e_price", "[25000, 50000]");
}

TEST(ModelParameters, IntegerParameterRejectsFractionsAndNamesAnIntegerRange)
{
    ModelParameters p;
    Status status = p.set("useful_life", 4.5);
    ASSERT_FALSE(status);
    expectError(status.error(), ErrorCode::ParameterOutOfDomain, "useful_life", "{4..6}");
    EXPECT_TRUE(p.set("useful_life", 6));
}

TEST(ModelParameters, ShockYearMustLieAfterT0AndWithinTheHorizon)
{
    ModelParameters p;
    Status status = p.set("shock_year", 2024);
    ASSERT_FALSE(status);
    expectError(status.error(), ErrorCode::ParameterOutOfDomain, "shock_year", "{2025..2035}");
    ASSERT_TRUE(p.set("horizon", 2040));
    EXPECT_TRUE(p.set("shock_year", 2038));
}

TEST(ModelParameters, ShorterHorizonPullsTheShockYearInside)
{
    ModelParameters p;
    ASSERT_TRUE(p.set("shock_year", 2033));
    ASSERT_TRUE(p.set("horizon", 2030));
    EXPECT_EQ(p.get("shock_year"), 2030);
}

TEST(ModelParameters, HorizonIsSelectableFrom2026To2040)
{
    ModelParameters p;
    EXPECT_TRUE(p.set("horizon", 2026));
    EXPECT_TRUE(p.set("horizon", 2040));
    Status status = p.set("horizon", 2041);
    ASSERT_FALSE(status);
    expectError(status.error(), ErrorCode::ParameterOutOfDomain, "horizon", "{2026..2040}");
}

TEST(ModelParameters, CeilingShareZeroMeansNoCeilingAndIsAccepted)
{
    ModelParameters p;
    EXPECT_TRUE(p.set("capex_cap_share", 0));
    Status status = p.set("capex_cap_share", 0.001);
    ASSERT_FALSE(status);
    expectError(status.error(), ErrorCode::ParameterOutOfDomain, "capex_cap_share", "0 or [0.005, 0.05]");
}

TEST(ModelParameters, WorldGdpAcceptsAnyPositiveValue)
{
    ModelParameters p;
    EXPECT_TRUE(p.set("world_gdp_usd", 120e12));
    Status status = p.set("world_gdp_usd", -1);
    ASSERT_FALSE(status);
    expectError(status.error(), ErrorCode::ParameterOutOfDomain, "world_gdp_usd", "(0, inf)");
}

TEST(ModelParameters, SetTextParsesNumbersPresetsAndCompanies)
{
    ModelParameters p = capex::testing::bundledParameters();
    EXPECT_TRUE(p.setText("elasticity", "0.8"));
    EXPECT_DOUBLE_EQ(*p.get("elasticity"), 0.8);
    EXPECT_TRUE(p.setText("cost_curve", "a16z_llmflation"));
    EXPECT_DOUBLE_EQ(*p.get("cost_decline"), 0.9);
    EXPECT_TRUE(p.setText("companies", "meta,amazon"));
    EXPECT_EQ(p.selectedCompanies(), (std::vector<std::string> {"meta", "amazon"}));
}

TEST(ModelParameters, SetTextRejectsWhatIsNotANumberOrAPreset)
{
    ModelParameters p;
    Status status = p.setText("elasticity", "1.1x");
    ASSERT_FALSE(status);
    expectError(status.error(), ErrorCode::InvalidValue, "elasticity", "1.1x");
    status = p.setText("cost_curve", "moore");
    ASSERT_FALSE(status);
    expectError(status.error(), ErrorCode::InvalidValue, "cost_curve", "moore");
    status = p.setText("elasticty", "1");
    ASSERT_FALSE(status);
    expectError(status.error(), ErrorCode::UnknownParameter, "elasticty", "");
}

TEST(ModelParameters, CapexGrowthIsSetPerCompanyWithinMinusTwentyToSixtyPercent)
{
    ModelParameters p = capex::testing::bundledParameters();
    EXPECT_TRUE(p.set("capex_growth.meta", 0.3));
    EXPECT_DOUBLE_EQ(*p.get("capex_growth.meta"), 0.3);
    Status status = p.set("capex_growth.meta", 0.7);
    ASSERT_FALSE(status);
    expectError(status.error(), ErrorCode::ParameterOutOfDomain, "capex_growth.meta", "[-0.2, 0.6]");
    status = p.set("capex_growth.nvidia", 0.1);
    ASSERT_FALSE(status);
    expectError(status.error(), ErrorCode::UnknownParameter, "capex_growth.nvidia", "");
}

TEST(ModelParameters, UnknownCompanyInTheSelectionIsAnUnknownReference)
{
    ModelParameters p = capex::testing::bundledParameters();
    Status status = p.selectCompanies({"meta", "nvidia"});
    ASSERT_FALSE(status);
    expectError(status.error(), ErrorCode::UnknownReference, "companies", "nvidia");
}

TEST(ModelParameters, BaseFleetIsTheLessWrongMidpointsSummedOverTheSelection)
{
    ModelParameters p = capex::testing::bundledParameters();
    // End-2024 midpoints: Microsoft 825k, Google 1.25M, Amazon 325k, Meta 600k, xAI 100k.
    EXPECT_DOUBLE_EQ(*p.get("base_fleet"), 3.1e6);
    EXPECT_DOUBLE_EQ(p.spec("base_fleet")->low, 2.65e6);
    EXPECT_DOUBLE_EQ(p.spec("base_fleet")->high, 3.55e6);
    ASSERT_TRUE(p.selectCompanies({"microsoft", "meta"}));
    EXPECT_DOUBLE_EQ(*p.get("base_fleet"), 825e3 + 600e3);
    EXPECT_DOUBLE_EQ(p.spec("base_fleet")->low, 750e3 + 550e3);
}

TEST(ModelParameters, ResetReturnsToTheFollowedDefault)
{
    ModelParameters p = capex::testing::bundledParameters();
    ASSERT_TRUE(p.set("base_fleet", 3.0e6));
    EXPECT_TRUE(p.reset("base_fleet"));
    EXPECT_DOUBLE_EQ(*p.get("base_fleet"), 3.1e6);
    EXPECT_FALSE(p.reset("nothing"));
}

TEST(ModelParameters, SpecsListEveryParameterWithRangeAndBilingualTexts)
{
    ModelParameters p = capex::testing::bundledParameters();
    const std::vector<ParameterSpec> specs = p.specs();
    std::vector<std::string> names;
    for (const ParameterSpec &spec : specs) {
        names.push_back(spec.name);
        EXPECT_FALSE(spec.descriptionEn.empty()) << spec.name;
        EXPECT_FALSE(spec.descriptionZh.empty()) << spec.name;
        EXPECT_FALSE(spec.sourceEn.empty()) << spec.name;
        EXPECT_FALSE(spec.sourceZh.empty()) << spec.name;
        EXPECT_TRUE(spec.accepts(spec.value)) << spec.name;
    }
    const std::vector<std::string> expected = {"t0", "horizon", "cost_decline", "hw_gain", "algo_gain", "elasticity",
        "demand_growth", "shock_factor", "shock_year", "base_fleet", "h100e_price", "useful_life", "accel_share",
        "capex_cap_share", "world_gdp_usd", "gdp_growth", "ai_share", "capex_growth.microsoft", "capex_growth.alphabet",
        "capex_growth.amazon", "capex_growth.meta", "capex_growth.oracle", "capex_growth.xai"};
    EXPECT_EQ(names, expected);
}

TEST(ModelParameters, ValuesCarryTheSelectedCompaniesWithTheirLastActualCapex)
{
    ModelParameters p = capex::testing::bundledParameters();
    ASSERT_TRUE(p.selectCompanies({"meta", "oracle"}));
    ParameterValues v = p.values();
    ASSERT_EQ(v.companies.size(), 2u);
    EXPECT_EQ(v.companies[0].company, "meta");
    EXPECT_DOUBLE_EQ(v.companies[0].lastCapexUsd, 72.22e9);
    EXPECT_EQ(v.companies[0].lastCapexYear, 2025);
    EXPECT_EQ(v.companies[1].company, "oracle");
    EXPECT_DOUBLE_EQ(v.companies[1].lastCapexUsd, 55.7e9);
    EXPECT_EQ(v.companies[1].lastCapexYear, 2025); // FY2026-05 (June 2025 – May 2026) lies mostly in 2025
}

TEST(ModelParameters, SelectionWithoutFleetEstimatesHasNoBaseFleet)
{
    ModelParameters p = capex::testing::bundledParameters();
    ASSERT_TRUE(p.selectCompanies({"oracle"})); // capex data, no fleet estimate
    EXPECT_EQ(*p.get("base_fleet"), 0.0);
    EXPECT_EQ(p.spec("base_fleet")->high, 0.0);
}

TEST(ModelParameters, ModelWithoutDataFallsBackOnTheLessWrongSums)
{
    ModelParameters p;
    EXPECT_TRUE(p.selectedCompanies().empty());
    EXPECT_DOUBLE_EQ(*p.get("base_fleet"), 3.1e6);
    EXPECT_DOUBLE_EQ(p.spec("base_fleet")->low, 2.65e6);
}

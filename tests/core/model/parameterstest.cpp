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
    EXPECT_EQ(p.get("t0"), 2025); // version 2
    EXPECT_EQ(p.fleetSource(), FleetSource::Epoch);
    EXPECT_EQ(p.get("horizon"), 2035);
    EXPECT_EQ(p.costCurve(), "ark_inference");
    EXPECT_DOUBLE_EQ(*p.get("cost_decline"), 0.86);
    EXPECT_DOUBLE_EQ(*p.get("hw_gain"), 1.35);
    EXPECT_DOUBLE_EQ(*p.get("algo_gain"), 2.8);
    EXPECT_DOUBLE_EQ(*p.get("elasticity"), 1.1);
    EXPECT_DOUBLE_EQ(*p.get("demand_growth"), 1.0);
    EXPECT_DOUBLE_EQ(*p.get("shock_factor"), 1.0);
    EXPECT_EQ(p.get("shock_year"), 2026);
    EXPECT_DOUBLE_EQ(*p.get("h100e_price"), 35000 / 1.35); // 35,000 in 2024, one year of hw_gain on
    EXPECT_EQ(p.get("useful_life"), 5);
    EXPECT_DOUBLE_EQ(*p.get("accel_share"), 0.6);
    EXPECT_DOUBLE_EQ(*p.get("capex_cap_share"), 0.02);
    EXPECT_DOUBLE_EQ(*p.get("world_gdp_usd"), 110e12 * 1.03);
    EXPECT_DOUBLE_EQ(*p.get("gdp_growth"), 1.03);
    EXPECT_DOUBLE_EQ(*p.get("ai_share"), 0.7);
    EXPECT_DOUBLE_EQ(*p.get("plan_long_run_growth"), 0.05);
    EXPECT_EQ(p.get("plan_fade_years"), 3);
    EXPECT_DOUBLE_EQ(*p.get("kw_per_h100e"), 1.4);
    EXPECT_DOUBLE_EQ(*p.get("ppw_gain"), 1.25);
    EXPECT_DOUBLE_EQ(*p.get("power_cap_gw"), 0);
    EXPECT_DOUBLE_EQ(*p.get("power_cap_growth"), 1.3);
    ASSERT_TRUE(p.set("t0", 2024));
    EXPECT_DOUBLE_EQ(*p.get("h100e_price"), 35000);
    EXPECT_DOUBLE_EQ(*p.get("world_gdp_usd"), 110e12);
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

TEST(ModelParameters, ValueOutsideTheDomainIsOutOfDomainWithTheDomainAsDetail)
{
    ModelParameters p;
    EXPECT_TRUE(p.set("cost_decline", 0.97)); // outside the plausible range, inside the domain
    Status status = p.set("cost_decline", 0.9995);
    ASSERT_FALSE(status);
    expectError(status.error(), ErrorCode::ParameterOutOfDomain, "cost_decline", "[0, 0.999]");
    EXPECT_DOUBLE_EQ(*p.get("cost_decline"), 0.97); // unchanged
    status = p.set("h100e_price", 0);
    ASSERT_FALSE(status);
    expectError(status.error(), ErrorCode::ParameterOutOfDomain, "h100e_price", "(0, inf)");
    EXPECT_TRUE(p.set("h100e_price", 24999));
}

TEST(ModelParameters, IntegerParameterRejectsFractionsAndNamesAnIntegerRange)
{
    ModelParameters p;
    Status status = p.set("useful_life", 4.5);
    ASSERT_FALSE(status);
    expectError(status.error(), ErrorCode::ParameterOutOfDomain, "useful_life", "{1..15}");
    EXPECT_TRUE(p.set("useful_life", 6));
    EXPECT_TRUE(p.set("useful_life", 12)); // outside the usual 4–6, still a whole number of years
    EXPECT_FALSE(p.set("useful_life", 16));
}

TEST(ModelParameters, ShockYearMustLieAfterT0AndWithinTheHorizon)
{
    ModelParameters p;
    Status status = p.set("shock_year", 2025);
    ASSERT_FALSE(status);
    expectError(status.error(), ErrorCode::ParameterOutOfDomain, "shock_year", "{2026..2035}");
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
    EXPECT_TRUE(p.set("capex_cap_share", 0.001)); // implausibly tight, but valid
    EXPECT_FALSE(p.spec("capex_cap_share")->inRange(0.001));
    EXPECT_TRUE(p.spec("capex_cap_share")->inRange(0));
    EXPECT_EQ(p.spec("capex_cap_share")->rangeText(), "0 or [0.005, 0.05]");
    Status status = p.set("capex_cap_share", 0.6);
    ASSERT_FALSE(status);
    expectError(status.error(), ErrorCode::ParameterOutOfDomain, "capex_cap_share", "[0, 0.5]");
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

TEST(ModelParameters, CapexGrowthIsSetPerCompanyWithinItsDomain)
{
    ModelParameters p = capex::testing::bundledParameters();
    EXPECT_TRUE(p.set("capex_growth.meta", 0.3));
    EXPECT_DOUBLE_EQ(*p.get("capex_growth.meta"), 0.3);
    EXPECT_EQ(p.spec("capex_growth.meta")->rangeText(), "[-0.2, 1]");
    Status status = p.set("capex_growth.meta", 3.1);
    ASSERT_FALSE(status);
    expectError(status.error(), ErrorCode::ParameterOutOfDomain, "capex_growth.meta", "[-0.9, 3]");
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
    ASSERT_TRUE(p.set("t0", 2024)); // LessWrong is the source for 2024
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
    EXPECT_DOUBLE_EQ(*p.get("base_fleet"), 8212410); // Epoch's end-2025 midpoints
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
        "capex_cap_share", "world_gdp_usd", "gdp_growth", "ai_share", "plan_long_run_growth", "plan_fade_years",
        "kw_per_h100e", "ppw_gain", "power_cap_gw", "power_cap_growth", "capex_growth.microsoft", "capex_growth.alphabet",
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
    // Meta: actuals 2024 and 2025 (four reported quarters each), then the 2026 guidance 125–145 B.
    EXPECT_EQ(v.companies[0].firstYear, 2024);
    ASSERT_EQ(v.companies[0].path.size(), 3u);
    EXPECT_NEAR(v.companies[0].path[1], 72.21e9, 1e3);
    EXPECT_DOUBLE_EQ(v.companies[0].path[2], 135e9);
    EXPECT_DOUBLE_EQ(v.companies[0].pathLow[2], 125e9);
    EXPECT_EQ(v.companies[0].lastActualYear, 2025);
    EXPECT_EQ(v.companies[0].lastKnownYear(), 2026);
    EXPECT_EQ(v.companies[1].company, "oracle");
    EXPECT_DOUBLE_EQ(v.companies[1].path.back(), 55.7e9);
    EXPECT_EQ(v.companies[1].lastActualYear, 2025); // FY2026-05 (June 2025 – May 2026) lies mostly in 2025
    EXPECT_EQ(v.companies[1].lastKnownYear(), 2025); // its FY2026 guidance is for that same year
}

TEST(ModelParameters, SelectionWithoutFleetEstimatesFallsBackOnTheLessWrongSums)
{
    ModelParameters p = capex::testing::bundledParameters();
    ASSERT_TRUE(p.set("t0", 2024));
    ASSERT_TRUE(p.selectCompanies({"oracle"})); // capex data, no LessWrong estimate
    // A fleet of 0 lies outside base_fleet's domain: the model falls back on 3.1 M (2.65–3.55 M).
    EXPECT_EQ(*p.get("base_fleet"), 3.1e6);
    EXPECT_EQ(p.spec("base_fleet")->high, 3.55e6);
    // Epoch has Oracle at the end of 2025.
    ASSERT_TRUE(p.set("t0", 2025));
    EXPECT_EQ(*p.get("base_fleet"), 1031002);
}

TEST(ModelParameters, ModelWithoutDataFallsBackOnTheLessWrongSums)
{
    ModelParameters p;
    EXPECT_TRUE(p.selectedCompanies().empty());
    EXPECT_DOUBLE_EQ(*p.get("base_fleet"), 3.1e6);
    EXPECT_DOUBLE_EQ(p.spec("base_fleet")->low, 2.65e6);
}

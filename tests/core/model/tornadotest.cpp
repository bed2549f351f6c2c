// The tornado: one parameter at a time to its low and high end, bars by swing.
#include "tornado.h"

#include "modeltesting.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace capex;

TEST(Tornado, BarsAreSortedBySwingWithTheirEndsWorkedByHand)
{
    // spend_index in 2026 is demand_growth² · C(2)^(1 − elasticity), C(2) = (1 − cost_decline)² · S.
    auto result = Tornado::run(capex::testing::bundledParameters2024(), ModelOutput::SpendIndex, 2026);
    ASSERT_TRUE(result);
    ASSERT_GE(result->bars.size(), 4u);
    const double base = std::pow(0.0196, -0.1); // 1.4817
    EXPECT_NEAR(*result->baseline, base, 1e-12);

    const TornadoBar &elasticity = result->bars[0];
    EXPECT_EQ(elasticity.parameter, "elasticity");
    EXPECT_EQ(elasticity.lowValue, 0.6);
    EXPECT_EQ(elasticity.highValue, 1.6);
    EXPECT_NEAR(*elasticity.outputAtLow, std::pow(0.0196, 0.4), 1e-12); // 0.2074
    EXPECT_NEAR(*elasticity.outputAtHigh, std::pow(0.0196, -0.6), 1e-9); // 10.584
    EXPECT_NEAR(elasticity.swing, 10.3764705966, 1e-9);

    EXPECT_EQ(result->bars[1].parameter, "demand_growth"); // 1 → 1.5: base · 2.25
    EXPECT_NEAR(result->bars[1].swing, 1.25 * base, 1e-12);
    EXPECT_EQ(result->bars[2].parameter, "cost_decline"); // 0.25^−0.1 → 0.0025^−0.1
    EXPECT_NEAR(result->bars[2].swing, std::pow(0.0025, -0.1) - std::pow(0.25, -0.1), 1e-12);
    EXPECT_EQ(result->bars[3].parameter, "shock_factor"); // 0.05 from 2025: (0.0196 · 0.05)^−0.1
    EXPECT_NEAR(result->bars[3].swing, std::pow(0.0196 * 0.05, -0.1) - base, 1e-12);
    for (std::size_t i = 4; i < result->bars.size(); ++i)
        EXPECT_EQ(result->bars[i].swing, 0.0) << result->bars[i].parameter; // e.g. hw_gain, base_fleet
}

TEST(Tornado, DefaultIsRequiredCapexIn2030)
{
    auto result = Tornado::run(capex::testing::bundledParameters2024());
    ASSERT_TRUE(result);
    EXPECT_EQ(result->output, ModelOutput::RequiredAiCapexUsd);
    EXPECT_EQ(result->year, 2030);
    for (std::size_t i = 1; i < result->bars.size(); ++i)
        EXPECT_GE(result->bars[i - 1].swing, result->bars[i].swing);
}

TEST(Tornado, CoversEachRangedParameterAndOnlySelectedCompanies)
{
    ModelParameters parameters = capex::testing::bundledParameters2024();
    ASSERT_TRUE(parameters.selectCompanies({"meta"}));
    auto result = Tornado::run(parameters, ModelOutput::PlannedAiCapexUsd, 2030);
    ASSERT_TRUE(result);
    std::vector<std::string> names;
    for (const TornadoBar &bar : result->bars)
        names.push_back(bar.parameter);
    EXPECT_NE(std::find(names.begin(), names.end(), "capex_growth.meta"), names.end());
    EXPECT_EQ(std::find(names.begin(), names.end(), "capex_growth.amazon"), names.end());
    EXPECT_EQ(std::find(names.begin(), names.end(), "world_gdp_usd"), names.end());
    EXPECT_EQ(names.size(), 20u); // 19 ranged scalars (13 of version 1, 6 of version 2) + one company
}

TEST(Tornado, YearOutsideTheProjectionIsRejected)
{
    auto result = Tornado::run(capex::testing::bundledParameters2024(), ModelOutput::SpendIndex, 2036);
    ASSERT_FALSE(result);
    capex::testing::expectError(result.error(), ErrorCode::ParameterOutOfDomain, "year", "{2024..2035}");
}

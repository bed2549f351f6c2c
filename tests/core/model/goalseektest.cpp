// Goal seek: the parameter value that makes an output hit a target, or why none does.
#include "goalseek.h"

#include "modeltesting.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace capex;

TEST(GoalSeek, ElasticityKeepingSpendAtOneIsExactlyOne)
{
    // With demand_growth 1 and no shock, E = C^(1 − e) is 1 exactly when e = 1.
    auto result
        = GoalSeek::solve(capex::testing::bundledParameters2024(), "elasticity", ModelOutput::SpendIndex, 2030, 1.0);
    ASSERT_TRUE(result);
    EXPECT_EQ(result->outcome, GoalSeekResult::Outcome::Reached);
    EXPECT_NEAR(result->value, 1.0, 1e-12);
}

TEST(GoalSeek, CostDeclineForATargetSpendMatchesTheClosedForm)
{
    // E(2026) = (1 − d)^(2 · −0.1) = 1.5  ⇔  d = 1 − 1.5^−5 = 0.868313
    auto result
        = GoalSeek::solve(capex::testing::bundledParameters2024(), "cost_decline", ModelOutput::SpendIndex, 2026, 1.5);
    ASSERT_TRUE(result);
    EXPECT_EQ(result->outcome, GoalSeekResult::Outcome::Reached);
    EXPECT_NEAR(result->value, 1.0 - std::pow(1.5, -5), 1e-12);
}

TEST(GoalSeek, TargetOutsideTheRangeIsUnreachableWithTheOutputAtBothEnds)
{
    auto result
        = GoalSeek::solve(capex::testing::bundledParameters2024(), "elasticity", ModelOutput::SpendIndex, 2030, 1e6);
    ASSERT_TRUE(result);
    EXPECT_EQ(result->outcome, GoalSeekResult::Outcome::Unreachable);
    EXPECT_EQ(result->low, 0.6);
    EXPECT_EQ(result->high, 1.6);
    EXPECT_NEAR(*result->outputAtLow, 0.0089270360, 1e-10); // (0.14⁶)^0.4
    EXPECT_NEAR(*result->outputAtHigh, 1185.6024048739, 1e-6);
}

TEST(GoalSeek, RejectsUnknownIntegerAndUnrangedParametersAndYearsOutsideTheProjection)
{
    ModelParameters p = capex::testing::bundledParameters2024();
    auto unknown = GoalSeek::solve(p, "elasticty", ModelOutput::SpendIndex, 2030, 1);
    ASSERT_FALSE(unknown);
    capex::testing::expectError(unknown.error(), ErrorCode::UnknownParameter, "elasticty", "");
    auto integer = GoalSeek::solve(p, "useful_life", ModelOutput::SpendIndex, 2030, 1);
    ASSERT_FALSE(integer);
    capex::testing::expectError(integer.error(), ErrorCode::InvalidValue, "parameter", "useful_life");
    auto unranged = GoalSeek::solve(p, "world_gdp_usd", ModelOutput::SpendIndex, 2030, 1);
    ASSERT_FALSE(unranged);
    capex::testing::expectError(unranged.error(), ErrorCode::InvalidValue, "parameter", "world_gdp_usd");
    auto year = GoalSeek::solve(p, "elasticity", ModelOutput::SpendIndex, 2050, 1);
    ASSERT_FALSE(year);
    capex::testing::expectError(year.error(), ErrorCode::ParameterOutOfDomain, "year", "{2024..2035}");
}

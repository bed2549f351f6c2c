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

TEST(GoalSeek, ATargetInsideTheRangeIsFoundThereWithoutSearchingTheDomain)
{
    auto result
        = GoalSeek::solve(capex::testing::bundledParameters2024(), "elasticity", ModelOutput::SpendIndex, 2030, 1.0);
    ASSERT_TRUE(result);
    EXPECT_EQ(result->searched, GoalSeekResult::Searched::UsualRange);
    EXPECT_TRUE(result->inUsualRange);
    EXPECT_EQ(result->low, 0.6);
    EXPECT_EQ(result->high, 1.6);
    EXPECT_LE(result->evaluations, 2 + 31 + 200);
}

TEST(GoalSeek, ATargetBeyondTheRangeIsFoundInTheValidDomain)
{
    // 2024 base, d = 0.86, 2030: C = 0.14⁶ and E = C^(1 − e). E = 1e6 ⇔
    // e = 1 − ln(1e6) / (6 · ln 0.14) = 2.1711…, above the range's 1.6 and inside the domain [0, 5].
    auto result
        = GoalSeek::solve(capex::testing::bundledParameters2024(), "elasticity", ModelOutput::SpendIndex, 2030, 1e6);
    ASSERT_TRUE(result);
    EXPECT_EQ(result->outcome, GoalSeekResult::Outcome::Reached);
    EXPECT_EQ(result->searched, GoalSeekResult::Searched::ValidDomain);
    EXPECT_NEAR(result->value, 1.0 - std::log(1e6) / (6 * std::log(0.14)), 1e-12);
    EXPECT_FALSE(result->inUsualRange);
    EXPECT_EQ(result->usualLow, 0.6);
    EXPECT_EQ(result->usualHigh, 1.6);
    // The outputs reported stay those at the usual range's ends.
    EXPECT_NEAR(*result->outputAtHigh, 1185.6024048739, 1e-6);
}

TEST(GoalSeek, ATargetBelowTheRangeIsFoundOnTheDomainsLowSide)
{
    // E = 1e-3 ⇔ e = 1 − ln(1e-3) / (6 · ln 0.14) = 0.41..., below the range's 0.6.
    auto result
        = GoalSeek::solve(capex::testing::bundledParameters2024(), "elasticity", ModelOutput::SpendIndex, 2030, 1e-3);
    ASSERT_TRUE(result);
    EXPECT_EQ(result->outcome, GoalSeekResult::Outcome::Reached);
    EXPECT_NEAR(result->value, 1.0 - std::log(1e-3) / (6 * std::log(0.14)), 1e-12);
    EXPECT_LT(result->value, 0.6);
    EXPECT_FALSE(result->inUsualRange);
}

TEST(GoalSeek, ATargetNoValueOfTheDomainReachesIsUnreachableWithTheOutputAtTheDomainsEnds)
{
    // A spend index is never negative: across the whole domain [0, 5] E goes from C to C^−4.
    auto result
        = GoalSeek::solve(capex::testing::bundledParameters2024(), "elasticity", ModelOutput::SpendIndex, 2030, -1);
    ASSERT_TRUE(result);
    EXPECT_EQ(result->outcome, GoalSeekResult::Outcome::Unreachable);
    EXPECT_EQ(result->searched, GoalSeekResult::Searched::ValidDomain);
    EXPECT_EQ(result->low, 0.0);
    EXPECT_EQ(result->high, 5.0);
    const double c = std::pow(0.14, 6);
    EXPECT_NEAR(*result->outputAtLow / c, 1.0, 1e-10);
    EXPECT_NEAR(*result->outputAtHigh / std::pow(c, -4), 1.0, 1e-10);
}

TEST(GoalSeek, AnOpenEndedDomainIsSearchedToAThousandTimesTheRangesEnd)
{
    // base_fleet's domain is (0, inf): the search stops short of 0 and at 1000× the range's top.
    ModelParameters p = capex::testing::bundledParameters2024();
    const auto spec = p.spec("base_fleet");
    ASSERT_TRUE(spec);
    auto result = GoalSeek::solve(p, "base_fleet", ModelOutput::SpendIndex, 2030, -1);
    ASSERT_TRUE(result);
    EXPECT_EQ(result->outcome, GoalSeekResult::Outcome::Unreachable);
    EXPECT_GT(result->low, 0.0);
    EXPECT_LT(result->low, spec->low * 1e-2);
    EXPECT_DOUBLE_EQ(result->high, spec->high * 1000);
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

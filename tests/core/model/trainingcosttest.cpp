// Equation 11: the training-cost calculator.
#include "trainingcost.h"

#include "modeltesting.h"

#include <gtest/gtest.h>

using namespace capex;

TEST(TrainingCost, IsGpuHoursTimesThePricePerGpuHour)
{
    // DeepSeek-V3: 2.788 M H800 GPU-hours at $2.
    EXPECT_DOUBLE_EQ(TrainingCost::cost(2.788e6, 2.0), 5.576e6);
}

TEST(TrainingCost, SameJobLaterCostsLessByTheCostCurve)
{
    // Two years later under ARK's training curve (−75 % a year): 5.576 M · 0.25².
    EXPECT_NEAR(TrainingCost::costLater(5.576e6, 0.75, 2), 348500.0, 1e-6);
}

TEST(TrainingCost, EstimateGivesBoth)
{
    auto estimate = TrainingCost::estimate(2.788e6, 2.0, 0.75, 2);
    ASSERT_TRUE(estimate);
    EXPECT_DOUBLE_EQ(estimate->costUsd, 5.576e6);
    EXPECT_NEAR(estimate->laterCostUsd, 348500.0, 1e-6);
}

TEST(TrainingCost, EstimateRejectsNegativeInputsNamingThem)
{
    auto estimate = TrainingCost::estimate(-1, 2.0, 0.75, 2);
    ASSERT_FALSE(estimate);
    capex::testing::expectError(estimate.error(), ErrorCode::InvalidValue, "gpu_hours", "-1");
    estimate = TrainingCost::estimate(1, 2.0, 0.75, -0.5);
    ASSERT_FALSE(estimate);
    capex::testing::expectError(estimate.error(), ErrorCode::InvalidValue, "years_later", "-0.5");
}

TEST(TrainingCost, EstimateRejectsADeclineOfAHundredPercent)
{
    auto estimate = TrainingCost::estimate(1, 2.0, 1.0, 2);
    ASSERT_FALSE(estimate);
    capex::testing::expectError(estimate.error(), ErrorCode::ParameterOutOfDomain, "cost_decline", "[0, 1)");
}

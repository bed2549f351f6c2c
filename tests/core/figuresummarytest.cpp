#include "figuresummary.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

using namespace capex;

TEST(FigureSummaryTest, OddCountTakesTheMiddleFigure)
{
    const auto s = FigureSummary::of(std::vector<double> {72.2, 38.0, 91.5, 40.1, 64.0});
    ASSERT_TRUE(s);
    EXPECT_DOUBLE_EQ(s->median, 64.0);
    EXPECT_DOUBLE_EQ(s->low, 38.0);
    EXPECT_DOUBLE_EQ(s->high, 91.5);
    EXPECT_EQ(s->count, 5u);
}

TEST(FigureSummaryTest, EvenCountAveragesTheTwoMiddleFigures)
{
    const auto s = FigureSummary::of(std::vector<double> {10, 40, 20, 30});
    ASSERT_TRUE(s);
    EXPECT_DOUBLE_EQ(s->median, 25.0);
    EXPECT_DOUBLE_EQ(s->low, 10.0);
    EXPECT_DOUBLE_EQ(s->high, 40.0);
    EXPECT_EQ(s->count, 4u);
    // Ties in the middle.
    const auto tied = FigureSummary::of(std::vector<double> {5, 7, 7, 100});
    ASSERT_TRUE(tied);
    EXPECT_DOUBLE_EQ(tied->median, 7.0);
}

TEST(FigureSummaryTest, OneFigureIsItsOwnMedianAndRange)
{
    const auto s = FigureSummary::of(std::vector<double> {-0.35});
    ASSERT_TRUE(s);
    EXPECT_DOUBLE_EQ(s->median, -0.35);
    EXPECT_DOUBLE_EQ(s->low, -0.35);
    EXPECT_DOUBLE_EQ(s->high, -0.35);
    EXPECT_EQ(s->count, 1u);
}

TEST(FigureSummaryTest, NothingToSummarise)
{
    EXPECT_FALSE(FigureSummary::of(std::vector<double> {}));
    EXPECT_FALSE(FigureSummary::of(std::vector<double> {std::numeric_limits<double>::quiet_NaN()}));
    EXPECT_FALSE(FigureSummary::of(std::vector<const Observation *> {}));
}

TEST(FigureSummaryTest, ManyFiguresAgreeWithASortedCount)
{
    // 10,001 figures in a scrambled order: the median is the 5,001st smallest.
    std::vector<double> values;
    for (int i = 0; i <= 10000; ++i)
        values.push_back(static_cast<double>((i * 7919) % 10001));
    const auto s = FigureSummary::of(values);
    ASSERT_TRUE(s);
    EXPECT_DOUBLE_EQ(s->median, 5000.0);
    EXPECT_DOUBLE_EQ(s->low, 0.0);
    EXPECT_DOUBLE_EQ(s->high, 10000.0);
    EXPECT_EQ(s->count, 10001u);
}

TEST(FigureSummaryTest, ObservationsCountByTheirCentralValueAndStatementsAreLeftOut)
{
    Observation a, b, c, words;
    a.value = 100.0;
    b.low = 110.0; // guidance range: its midpoint, 115
    b.high = 120.0;
    c.value = 90.0;
    words.kind = Kind::Guidance; // in words alone: no number
    const auto s = FigureSummary::of(std::vector<const Observation *> {&a, &b, &c, &words, nullptr});
    ASSERT_TRUE(s);
    EXPECT_EQ(s->count, 3u);
    EXPECT_DOUBLE_EQ(s->median, 100.0);
    EXPECT_DOUBLE_EQ(s->low, 90.0);
    EXPECT_DOUBLE_EQ(s->high, 115.0);
}

// Quarterly views computed from the dataset that ships: the figures are the companies'
// reported quarters (docs/data.md), the sums are the program's.
#include "bundledtesting.h"
#include "datasetreader.h"
#include "quarters.h"

#include <gtest/gtest.h>

using namespace capex;
using capex::testing::bundled;
using namespace capex::Quarters;

namespace {

const TrailingFigure *trailingAt(const Series &s, YearQuarter q)
{
    for (const TrailingFigure &t : s.trailing)
        if (t.quarter == q)
            return &t;
    return nullptr;
}

} // namespace

TEST(Quarters, AmazonTrailingTwelveMonthsIsTheSumOfItsFourQuarters)
{
    const Series amazon = series(bundled(), "amazon", "capex", "USD");
    ASSERT_EQ(amazon.quarters.size(), 9u); // 2024Q1 … 2026Q1
    EXPECT_EQ(amazon.quarters.front().quarter, (YearQuarter{2024, 1}));
    EXPECT_EQ(amazon.quarters.back().quarter, (YearQuarter{2026, 1}));
    const TrailingFigure *ttm2025 = trailingAt(amazon, {2025, 4});
    ASSERT_NE(ttm2025, nullptr);
    ASSERT_TRUE(ttm2025->value);
    EXPECT_NEAR(*ttm2025->value, (25.02 + 32.183 + 35.1 + 39.52) * 1e9, 1e3);
    // 2026Q1 over 2025Q1: 44.2 / 25.02 - 1.
    EXPECT_NEAR(*amazon.quarters.back().yearOnYear, 44.2 / 25.02 - 1, 1e-12);
    // The first sum needs four quarters: none before 2024Q4.
    EXPECT_EQ(amazon.trailing.front().quarter, (YearQuarter{2024, 4}));
}

TEST(Quarters, FiscalQuartersCountForTheCalendarQuarterOfTheirLastMonth)
{
    const Series microsoft = series(bundled(), "microsoft", "capex", "USD");
    // FY2026Q1-06 (July – September 2025) is 2025Q3's.
    const auto q3 = std::find_if(microsoft.quarters.begin(), microsoft.quarters.end(),
                                 [](const QuarterFigure &f) { return f.quarter == YearQuarter{2025, 3}; });
    ASSERT_NE(q3, microsoft.quarters.end());
    EXPECT_DOUBLE_EQ(q3->converted, 34.9e9);
    EXPECT_EQ(q3->observation->period.toString(), "FY2026Q1-06");
    // Calendar 2025 from Microsoft's fiscal quarters: FY2025Q3 … FY2026Q2.
    const TrailingFigure *calendar2025 = trailingAt(microsoft, {2025, 4});
    ASSERT_NE(calendar2025, nullptr);
    EXPECT_NEAR(*calendar2025->value, (21.4 + 24.2 + 34.9 + 37.5) * 1e9, 1e3);
}

TEST(Quarters, AMissingQuarterLeavesAGapAndSaysWhich)
{
    Dataset d = bundled();
    // Take Amazon's 2025Q2 out: the four sums that would include it have no value.
    std::erase_if(d.observations, [](const Observation &o) {
        return o.entity == "amazon" && o.metric == "capex" && o.period.toString() == "2025Q2";
    });
    const Series amazon = series(d, "amazon", "capex", "USD");
    for (YearQuarter q : {YearQuarter{2025, 2}, YearQuarter{2025, 3}, YearQuarter{2025, 4}, YearQuarter{2026, 1}}) {
        const TrailingFigure *t = trailingAt(amazon, q);
        ASSERT_NE(t, nullptr);
        EXPECT_FALSE(t->value) << q.year << "Q" << q.quarter;
        ASSERT_TRUE(t->missing);
        EXPECT_EQ(*t->missing, (YearQuarter{2025, 2}));
    }
    EXPECT_TRUE(trailingAt(amazon, {2025, 1})->value);
}

TEST(Quarters, LatestQuarterOfTheFourUsHyperscalers)
{
    // Microsoft's headline capex for January – March 2026 is not in the data (only its cash
    // figure), so the latest quarter all four reported is 2025Q4.
    auto total = latestCommonQuarter(bundled(), "capex", {"microsoft", "alphabet", "amazon", "meta"}, "USD");
    ASSERT_TRUE(total);
    EXPECT_EQ(total->quarter, (YearQuarter{2025, 4}));
    EXPECT_NEAR(total->total, (37.5 + 27.9 + 39.52 + 22.14) * 1e9, 1e3);
    ASSERT_TRUE(total->yearOnYear);
    EXPECT_NEAR(*total->yearOnYear, (37.5 + 27.9 + 39.52 + 22.14) / (22.6 + 14.3 + 27.834 + 14.84) - 1, 1e-9);
    EXPECT_EQ(total->figures.size(), 4u);
}

TEST(Quarters, SumOfThe2026GuidanceTakesEachCompanysLatestStatement)
{
    auto total = guidanceTotal(bundled(), "capex", {"microsoft", "alphabet", "amazon", "meta"}, 2026, "USD");
    ASSERT_TRUE(total);
    ASSERT_EQ(total->figures.size(), 4u);
    // Microsoft ~$190 B (calendar 2026), Alphabet $180–190 B, Amazon ~$200 B, Meta $125–145 B.
    EXPECT_NEAR(total->low, 695e9, 1e3);
    EXPECT_NEAR(total->mid, 710e9, 1e3);
    EXPECT_NEAR(total->high, 725e9, 1e3);
}

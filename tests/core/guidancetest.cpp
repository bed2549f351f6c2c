// Guidance tracks computed from the dataset that ships: the statements are the companies'
// dated guidance (docs/data.md, "as_of"); the counts and percentages are the program's.
#include "bundledtesting.h"
#include "datasetreader.h"
#include "guidance.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace capex;
using capex::testing::bundled;
using namespace capex::Guidance;

namespace {

std::vector<std::string> datesOf(const Track &t)
{
    std::vector<std::string> dates;
    for (const Revision &r : t.revisions)
        dates.push_back(r.observation->asOf);
    return dates;
}

} // namespace

TEST(Guidance, AlphabetRaised2025GuidanceTwiceAndLandedWithinTheLatestRange)
{
    const Track t = track(bundled(), "alphabet", "capex", 2025, "USD");
    ASSERT_EQ(t.revisions.size(), 3u);
    EXPECT_EQ(datesOf(t), (std::vector<std::string>{"2025-02-04", "2025-07-23", "2025-10-29"}));
    EXPECT_DOUBLE_EQ(*t.revisions[0].mid, 75e9);
    EXPECT_DOUBLE_EQ(*t.revisions[1].mid, 85e9);
    EXPECT_DOUBLE_EQ(*t.revisions[2].low, 91e9);
    EXPECT_DOUBLE_EQ(*t.revisions[2].mid, 92e9);
    EXPECT_DOUBLE_EQ(*t.revisions[2].high, 93e9);
    EXPECT_EQ(t.revisions[0].change, Change::First);
    EXPECT_EQ(t.revisions[1].change, Change::Raised);
    EXPECT_EQ(t.revisions[2].change, Change::Raised);
    EXPECT_EQ(t.raises, 2);
    EXPECT_EQ(t.cuts, 0);
    ASSERT_TRUE(t.firstNumeric() && t.latestNumeric());
    EXPECT_EQ(t.firstNumeric()->observation->asOf, "2025-02-04");
    EXPECT_EQ(t.latestNumeric()->observation->asOf, "2025-10-29");

    ASSERT_TRUE(t.actual);
    EXPECT_DOUBLE_EQ(t.actual->value, 91.45e9);
    ASSERT_TRUE(t.actual->reported);
    EXPECT_EQ(t.actual->reported->toString(), "2026-02-04");
    ASSERT_TRUE(t.actualVsFirst);
    EXPECT_NEAR(*t.actualVsFirst, 91.45 / 75 - 1, 1e-12); // 21.9% above the first guidance
    EXPECT_NEAR(*t.actualVsLatest, 91.45 / 92 - 1, 1e-12);
    EXPECT_TRUE(t.actualWithinLatestRange);
    EXPECT_FALSE(t.reportsFiscalYears);
}

TEST(Guidance, Meta2026KeepsItsStatementsInWordsAndHasNoActualYet)
{
    const Track t = track(bundled(), "meta", "capex", 2026, "USD");
    ASSERT_EQ(t.revisions.size(), 4u);
    EXPECT_EQ(datesOf(t), (std::vector<std::string>{"2025-07-30", "2025-10-29", "2026-01-28", "2026-04-29"}));
    EXPECT_TRUE(t.revisions[0].inWords);
    EXPECT_TRUE(t.revisions[1].inWords);
    EXPECT_FALSE(t.revisions[0].mid);
    EXPECT_EQ(t.wordsCount(), 2);
    EXPECT_EQ(t.numericCount(), 2);
    EXPECT_DOUBLE_EQ(*t.revisions[2].low, 115e9);
    EXPECT_DOUBLE_EQ(*t.revisions[2].high, 135e9);
    EXPECT_DOUBLE_EQ(*t.revisions[3].mid, 135e9);
    EXPECT_EQ(t.first, 2u);
    EXPECT_EQ(t.latest, 3u);
    EXPECT_EQ(t.raises, 1);
    EXPECT_FALSE(t.actual);
    EXPECT_FALSE(t.actualVsFirst);
    EXPECT_FALSE(t.reportsFiscalYears);
}

TEST(Guidance, Meta2025RaisedThreeTimes)
{
    const Track t = track(bundled(), "meta", "capex", 2025, "USD");
    EXPECT_EQ(t.numericCount(), 4);
    EXPECT_EQ(t.raises, 3);
    EXPECT_EQ(t.firstNumeric()->observation->asOf, "2025-01-24");
    EXPECT_DOUBLE_EQ(*t.firstNumeric()->mid, 62.5e9);
    ASSERT_TRUE(t.actual);
    EXPECT_DOUBLE_EQ(t.actual->value, 72.22e9);
    EXPECT_NEAR(*t.actualVsFirst, 72.22 / 62.5 - 1, 1e-12);
    EXPECT_FALSE(t.actualWithinLatestRange); // $72.22B against $70–72B: just above it
    EXPECT_GT(*t.actualVsLatest, 0);
}

TEST(Guidance, CoreWeaveCut2025Guidance)
{
    const Track t = track(bundled(), "coreweave", "capex", 2025, "USD");
    ASSERT_EQ(t.numericCount(), 2);
    EXPECT_EQ(t.cuts, 1);
    EXPECT_EQ(t.raises, 0);
    EXPECT_EQ(t.revisions.back().change, Change::Cut);
}

TEST(Guidance, MicrosoftsFiscalYearActualsAreNotTheCalendarYearsActual)
{
    const Track t = track(bundled(), "microsoft", "capex", 2026, "USD");
    ASSERT_EQ(t.revisions.size(), 1u); // calendar 2026; the FY2026 statements are another period
    EXPECT_DOUBLE_EQ(*t.revisions[0].mid, 190e9);
    EXPECT_EQ(t.revisions[0].observation->asOf, "2026-04-29");
    EXPECT_FALSE(t.actual);
    EXPECT_TRUE(t.reportsFiscalYears);
    // 2025: no calendar-year guidance and no calendar-year actual, although FY2025 was reported.
    const Track y2025 = track(bundled(), "microsoft", "capex", 2025, "USD");
    EXPECT_TRUE(y2025.empty());
}

TEST(Guidance, AnActualWithoutAReportDateIsKeptWithoutOne)
{
    const Track t = track(bundled(), "amazon", "capex", 2025, "USD");
    ASSERT_EQ(t.revisions.size(), 2u);
    EXPECT_TRUE(t.revisions[0].inWords);
    EXPECT_EQ(t.revisions[0].observation->asOf, "2025-02-06");
    EXPECT_DOUBLE_EQ(*t.revisions[1].mid, 125e9);
    ASSERT_TRUE(t.actual);
    EXPECT_DOUBLE_EQ(t.actual->value, 131.8e9);
    EXPECT_FALSE(t.actual->reported);
    EXPECT_NEAR(*t.actualVsFirst, 131.8 / 125 - 1, 1e-12);
    EXPECT_FALSE(t.actualWithinLatestRange); // a single figure is no range
}

TEST(Guidance, FiscalYearTrackCountsAMaintainedGuidanceAndLeavesUndatedOnesOut)
{
    const Track t = track(bundled(), "oracle", "capex", *Period::parse("FY2026-05"), "USD");
    EXPECT_EQ(datesOf(t), (std::vector<std::string>{"2025-06-11", "2025-12-10", "2026-03-10"}));
    EXPECT_EQ(t.raises, 1);
    EXPECT_EQ(t.maintained, 1);
    EXPECT_EQ(t.revisions.back().change, Change::Maintained);
    ASSERT_EQ(t.undated.size(), 1u); // "about $35 B", no date
    EXPECT_DOUBLE_EQ(*t.undated[0]->value, 35e9);
    ASSERT_TRUE(t.actual);
    EXPECT_DOUBLE_EQ(t.actual->value, 55.7e9);
    EXPECT_NEAR(*t.actualVsFirst, 55.7 / 25 - 1, 1e-12);
    // Oracle guides fiscal years only: nothing for calendar 2026.
    EXPECT_TRUE(track(bundled(), "oracle", "capex", 2026, "USD").revisions.empty());
}

TEST(Guidance, AMonthOnlyDateSortsWithinItsMonthAndALowBoundHasNoHigh)
{
    const Track coreweave = track(bundled(), "coreweave", "capex", 2026, "USD");
    EXPECT_EQ(datesOf(coreweave), (std::vector<std::string>{"2025-11-10", "2026-03-06", "2026-05"}));
    EXPECT_EQ(coreweave.revisions.back().stated.type, Period::Type::Month);
    EXPECT_EQ(coreweave.raises, 1); // $30–35B to $31–35B

    // Tencent: "more than RMB 76.7 B", converted at 2025's rate.
    const Track tencent = track(bundled(), "tencent", "capex", 2025, "CNY");
    ASSERT_EQ(tencent.numericCount(), 1);
    const Revision &r = *tencent.latestNumeric();
    EXPECT_DOUBLE_EQ(*r.low, 76.7e9);
    EXPECT_DOUBLE_EQ(*r.mid, 76.7e9);
    EXPECT_FALSE(r.high);
    const Track inUsd = track(bundled(), "tencent", "capex", 2025, "USD");
    EXPECT_NEAR(*inUsd.latestNumeric()->mid, 76.7e9 / *bundled().fxRate("CNY", 2025), 1.0);
}

TEST(Guidance, TheActualStatedLastCounts)
{
    Dataset d = bundled();
    const auto original = std::find_if(d.observations.begin(), d.observations.end(), [](const Observation &o) {
        return o.entity == "alphabet" && o.metric == "capex" && o.kind == Kind::Actual && o.period.toString() == "2025";
    });
    ASSERT_NE(original, d.observations.end());
    Observation restated = *original, undated = *original;
    restated.uid = "alphabet.capex.2025.restated";
    restated.value = 90e9;
    restated.asOf = "2026-03-01";
    undated.uid = "alphabet.capex.2025.undated";
    undated.value = 80e9;
    undated.asOf.clear();
    d.observations.push_back(undated);
    d.observations.push_back(restated);
    const Track t = track(d, "alphabet", "capex", 2025, "USD");
    ASSERT_TRUE(t.actual);
    EXPECT_DOUBLE_EQ(t.actual->value, 90e9);
    EXPECT_NEAR(*t.actualVsFirst, 90.0 / 75 - 1, 1e-12);
}

TEST(Guidance, CompaniesWithCalendarGuidanceLeaveOutFiscalOnlyGuidersAndAggregates)
{
    const auto ids = companiesWithCalendarGuidance(bundled(), "capex");
    for (const char *id : {"microsoft", "alphabet", "amazon", "meta", "coreweave", "tencent", "bytedance"})
        EXPECT_NE(std::find(ids.begin(), ids.end(), id), ids.end()) << id;
    EXPECT_EQ(std::find(ids.begin(), ids.end(), "oracle"), ids.end());
    for (const std::string &id : ids)
        EXPECT_EQ(bundled().entity(id)->type, "company") << id;
}

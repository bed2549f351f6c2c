#include "period.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

using capex::Period;

TEST(Period, ParsesCalendarYear)
{
    auto p = Period::parse("2024");
    ASSERT_TRUE(p);
    EXPECT_EQ(p->type, Period::Type::Year);
    EXPECT_EQ(p->year, 2024);
    EXPECT_EQ(p->toString(), "2024");
}

TEST(Period, ParsesFiscalYearWithEndMonth)
{
    auto p = Period::parse("FY2025-06");
    ASSERT_TRUE(p);
    EXPECT_EQ(p->type, Period::Type::FiscalYear);
    EXPECT_EQ(p->year, 2025);
    EXPECT_EQ(p->month, 6);
    EXPECT_EQ(p->toString(), "FY2025-06");
}

TEST(Period, ParsesDate)
{
    auto p = Period::parse("2024-12-26");
    ASSERT_TRUE(p);
    EXPECT_EQ(p->type, Period::Type::Date);
    EXPECT_EQ(p->toString(), "2024-12-26");
}

TEST(Period, RejectsMalformedText)
{
    for (const char *bad : {"", "24", "20245", "FY2025", "FY2025-13", "FY2025-00", "2025-02-30", "2023-02-29",
                            "2024-1-01", "abcd", "2024 "})
        EXPECT_FALSE(Period::parse(bad)) << bad;
    EXPECT_TRUE(Period::parse("2024-02-29")); // leap day
}

TEST(Period, MicrosoftFiscal2025SitsHalfAYearBeforeCalendar2025)
{
    // FY2025-06 runs July 2024 – June 2025: its middle is the turn of the year.
    EXPECT_DOUBLE_EQ(Period::parse("FY2025-06")->midpoint(), 2025.0);
    EXPECT_DOUBLE_EQ(Period::parse("2025")->midpoint(), 2025.5);
    // Oracle's FY2025-05 ends in May 2025: mostly 2024.
    EXPECT_EQ(Period::parse("FY2025-05")->dominantYear(), 2024);
    EXPECT_EQ(Period::parse("FY2025-06")->dominantYear(), 2025);
}

TEST(Period, DatesOrderWithinTheYear)
{
    EXPECT_LT(Period::parse("2025-01-20")->endPosition(), Period::parse("2025-01-21")->endPosition());
    EXPECT_NEAR(Period::parse("2024-12-26")->endPosition(), 2024 + 361.0 / 366.0, 1e-12);
}

TEST(Period, TextIsThePrintfFormOfEveryPeriod)
{
    // toString() writes the digits by hand; printf's "%04d" is the reference, out-of-range
    // years included.
    char expected[64];
    for (int year : {0, 7, 42, 999, 1000, 2024, 9999, 10000, 12345, -5}) {
        std::snprintf(expected, sizeof expected, "%04d", year);
        EXPECT_EQ(Period::calendarYear(year).toString(), expected);
        for (int month : {1, 6, 9, 10, 12}) {
            std::snprintf(expected, sizeof expected, "FY%04d-%02d", year, month);
            EXPECT_EQ(Period::fiscalYear(year, month).toString(), expected);
            for (int day : {1, 9, 10, 31}) {
                std::snprintf(expected, sizeof expected, "%04d-%02d-%02d", year, month, day);
                EXPECT_EQ(Period::date(year, month, day).toString(), expected);
            }
        }
    }
}

TEST(Period, ParsesCalendarQuarter)
{
    auto p = Period::parse("2025Q3");
    ASSERT_TRUE(p);
    EXPECT_EQ(p->type, Period::Type::Quarter);
    EXPECT_EQ(p->year, 2025);
    EXPECT_EQ(p->quarter, 3);
    EXPECT_EQ(p->month, 0);
    EXPECT_EQ(*p, Period::calendarQuarter(2025, 3));
    EXPECT_EQ(p->toString(), "2025Q3");
}

TEST(Period, ParsesFiscalQuarterWithTheFiscalYearsEndMonth)
{
    auto p = Period::parse("FY2026Q1-06");
    ASSERT_TRUE(p);
    EXPECT_EQ(p->type, Period::Type::FiscalQuarter);
    EXPECT_EQ(p->year, 2026);
    EXPECT_EQ(p->quarter, 1);
    EXPECT_EQ(p->month, 6);
    EXPECT_EQ(*p, Period::fiscalQuarter(2026, 1, 6));
    EXPECT_EQ(p->toString(), "FY2026Q1-06");
}

TEST(Period, ParsesMonth)
{
    auto p = Period::parse("2026-05");
    ASSERT_TRUE(p);
    EXPECT_EQ(p->type, Period::Type::Month);
    EXPECT_EQ(p->year, 2026);
    EXPECT_EQ(p->month, 5);
    EXPECT_EQ(*p, Period::calendarMonth(2026, 5));
    EXPECT_EQ(p->toString(), "2026-05");
}

TEST(Period, EveryFormRoundTrips)
{
    for (const char *text : {"2024", "FY2025-06", "2024-12-26", "2025Q1", "2025Q4", "FY2026Q1-06", "FY2025Q4-01",
                             "FY2025Q2-12", "2026-01", "2026-12", "0000Q1", "9999-12"}) {
        auto p = Period::parse(text);
        ASSERT_TRUE(p) << text;
        EXPECT_EQ(p->toString(), text);
        EXPECT_EQ(Period::parse(p->toString()), p) << text;
    }
}

TEST(Period, RejectsImpossibleQuartersAndMonths)
{
    for (const char *bad : {"2025Q5", "2025Q0", "FY2026Q0-06", "FY2026Q1-13", "FY2026Q5-06", "2026-13", "2026-00",
                            "FY2026Q1-00", "2025Q", "2025Q10", "2025q3", "Q32025", "FY2026Q1", "FY2026Q1-6",
                            "FY2026-Q1-06", "2026-5", "2026-005", "FY26Q1-06", "2025Q-1", "2026--1"})
        EXPECT_FALSE(Period::parse(bad)) << bad;
}

TEST(Period, QuartersAndMonthsSitOnTheYearAxisByTheirMonths)
{
    // 2025Q3 is July – September 2025: it ends at 9/12 and its middle is 7.5/12.
    EXPECT_DOUBLE_EQ(Period::parse("2025Q3")->endPosition(), 2025.75);
    EXPECT_DOUBLE_EQ(Period::parse("2025Q3")->midpoint(), 2025.625);
    EXPECT_DOUBLE_EQ(Period::parse("2025Q4")->endPosition(), 2026.0);
    EXPECT_DOUBLE_EQ(Period::parse("2025Q1")->midpoint(), 2025 + 1.5 / 12);
    // FY2026Q1-06 is the same three months.
    EXPECT_DOUBLE_EQ(Period::parse("FY2026Q1-06")->endPosition(), 2025.75);
    EXPECT_DOUBLE_EQ(Period::parse("FY2026Q1-06")->midpoint(), 2025.625);
    // FY2025Q4-01: November 2024 – January 2025.
    EXPECT_DOUBLE_EQ(Period::parse("FY2025Q4-01")->endPosition(), 2025 + 1.0 / 12);
    EXPECT_DOUBLE_EQ(Period::parse("FY2025Q4-01")->midpoint(), 2024 + 11.5 / 12);
    // May 2026: 4/12 to 5/12.
    EXPECT_DOUBLE_EQ(Period::parse("2026-05")->endPosition(), 2026 + 5.0 / 12);
    EXPECT_DOUBLE_EQ(Period::parse("2026-05")->midpoint(), 2026.375);
    EXPECT_DOUBLE_EQ(Period::parse("2026-12")->endPosition(), 2027.0);
}

TEST(Period, LastMonthOfEveryType)
{
    using YM = Period::YearMonth;
    EXPECT_EQ(Period::parse("2024")->lastMonth(), (YM {2024, 12}));
    EXPECT_EQ(Period::parse("FY2025-06")->lastMonth(), (YM {2025, 6}));
    EXPECT_EQ(Period::parse("2024-12-26")->lastMonth(), (YM {2024, 12}));
    EXPECT_EQ(Period::parse("2025Q3")->lastMonth(), (YM {2025, 9}));
    EXPECT_EQ(Period::parse("FY2026Q1-06")->lastMonth(), (YM {2025, 9}));
    EXPECT_EQ(Period::parse("FY2026Q4-06")->lastMonth(), (YM {2026, 6}));
    EXPECT_EQ(Period::parse("FY2025Q1-01")->lastMonth(), (YM {2024, 4}));
    EXPECT_EQ(Period::parse("2026-05")->lastMonth(), (YM {2026, 5}));
}

TEST(Period, DominantYearOfQuartersAndMonths)
{
    EXPECT_EQ(Period::parse("2025Q3")->dominantYear(), 2025);
    EXPECT_EQ(Period::parse("2026-05")->dominantYear(), 2026);
    EXPECT_EQ(Period::parse("FY2026Q1-06")->dominantYear(), 2025);  // July – September 2025
    EXPECT_EQ(Period::parse("FY2026Q3-06")->dominantYear(), 2026);  // January – March 2026
    EXPECT_EQ(Period::parse("FY2025Q4-01")->dominantYear(), 2024);  // November 2024 – January 2025
    EXPECT_EQ(Period::parse("FY2025Q4-02")->dominantYear(), 2025);  // December 2024 – February 2025
}

TEST(Period, FiscalQuarterCountsForTheCalendarQuarterOfItsLastMonth)
{
    auto counted = [](const char *text) {
        auto q = Period::parse(text)->countedCalendarQuarter();
        return q ? q->toString() : std::string("none");
    };
    EXPECT_EQ(counted("2025Q3"), "2025Q3");
    EXPECT_EQ(counted("FY2026Q1-06"), "2025Q3"); // Microsoft: July – September 2025
    EXPECT_EQ(counted("FY2026Q2-06"), "2025Q4");
    EXPECT_EQ(counted("FY2026Q3-06"), "2026Q1");
    EXPECT_EQ(counted("FY2026Q4-06"), "2026Q2");
    EXPECT_EQ(counted("FY2025Q1-01"), "2024Q2"); // Nvidia: February – April 2024
    EXPECT_EQ(counted("FY2025Q2-01"), "2024Q3"); // May – July 2024
    EXPECT_EQ(counted("FY2025Q3-01"), "2024Q4"); // August – October 2024
    EXPECT_EQ(counted("FY2025Q4-01"), "2025Q1"); // November 2024 – January 2025
    EXPECT_EQ(counted("FY2026Q1-05"), "2025Q3"); // Oracle: June – August 2025
    EXPECT_EQ(counted("FY2025Q4-12"), "2025Q4"); // a fiscal year that is the calendar year
    EXPECT_EQ(counted("2025"), "none");
    EXPECT_EQ(counted("FY2025-06"), "none");
    EXPECT_EQ(counted("2026-05"), "none");
    EXPECT_EQ(counted("2024-12-26"), "none");
}

TEST(Period, OrdersByEndThenShorterFirst)
{
    std::vector<Period> periods;
    for (const char *text : {"FY2026-06", "2025", "2025-12", "2025Q4", "FY2026Q1-06", "2025Q3", "2025-09-30",
                             "FY2025-06", "2025-09", "FY2026Q2-06", "2026-01", "FY2025Q4-09", "2025-12-31"})
        periods.push_back(*Period::parse(text));
    std::sort(periods.begin(), periods.end());
    std::vector<std::string> texts;
    for (const Period &p : periods)
        texts.push_back(p.toString());
    const std::vector<std::string> expected = {
        "FY2025-06",   // June 2025
        "2025-09-30",  // September 2025: the date, the month, the quarters
        "2025-09",     //
        "2025Q3",      //
        "FY2025Q4-09", // both fiscal quarters end in September 2025: the earlier fiscal year first
        "FY2026Q1-06", //
        "2025-12-31",  // December 2025
        "2025-12",     //
        "2025Q4",      //
        "FY2026Q2-06", //
        "2025",        //
        "2026-01",     // January 2026
        "FY2026-06",   // June 2026
    };
    EXPECT_EQ(texts, expected);
    EXPECT_LT(*Period::parse("2025Q3"), *Period::parse("2025Q4"));
    EXPECT_LT(*Period::parse("2024"), *Period::parse("2025Q1"));
    EXPECT_LT(*Period::parse("2025-01-20"), *Period::parse("2025-01-21"));
    EXPECT_NE(*Period::parse("2025Q3"), *Period::parse("FY2026Q1-06"));
}

TEST(Period, QuarterAndMonthTextIsThePrintfForm)
{
    char expected[64];
    for (int year : {0, 7, 2024, 9999, 10000, -5}) {
        for (int quarter = 1; quarter <= 4; ++quarter) {
            std::snprintf(expected, sizeof expected, "%04dQ%d", year, quarter);
            EXPECT_EQ(Period::calendarQuarter(year, quarter).toString(), expected);
            std::snprintf(expected, sizeof expected, "FY%04dQ%d-%02d", year, quarter, 6);
            EXPECT_EQ(Period::fiscalQuarter(year, quarter, 6).toString(), expected);
        }
        std::snprintf(expected, sizeof expected, "%04d-%02d", year, 5);
        EXPECT_EQ(Period::calendarMonth(year, 5).toString(), expected);
    }
}

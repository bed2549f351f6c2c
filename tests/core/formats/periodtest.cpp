#include "period.h"

#include <gtest/gtest.h>

#include <cstdio>

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

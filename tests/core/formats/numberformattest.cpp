#include "numberformat.h"

#include <gtest/gtest.h>

using capex::Language;
using capex::NumberFormat;

const NumberFormat en(Language::English);
const NumberFormat zh(Language::Chinese);

TEST(NumberFormat, EnglishMoneyUsesSuffixes)
{
    EXPECT_EQ(en.money(89.9e9, "USD"), "$89.9B");
    EXPECT_EQ(en.money(160e9, "CNY"), "RMB 160B");
    EXPECT_EQ(en.money(5.576e6, "USD"), "$5.58M");
    EXPECT_EQ(en.money(500e9, "USD"), "$500B");
    EXPECT_EQ(en.money(1.2e12, "USD"), "$1.2T");
    EXPECT_EQ(en.money(2, "USD"), "$2");
    EXPECT_EQ(en.money(0.06, "USD"), "$0.06");
}

TEST(NumberFormat, ChineseMoneyUsesWanAndYi)
{
    EXPECT_EQ(zh.money(89.9e9, "USD"), "899亿美元");
    EXPECT_EQ(zh.money(160e9, "CNY"), "1600亿元人民币");
    EXPECT_EQ(zh.money(5.576e6, "USD"), "558万美元");
    EXPECT_EQ(zh.money(500e9, "USD"), "5000亿美元");
    EXPECT_EQ(zh.money(1.2e12, "USD"), "1.2万亿美元");
    EXPECT_EQ(zh.money(7.8, "HKD"), "7.8港元");
}

TEST(NumberFormat, MorePrecisionOnRequest)
{
    EXPECT_EQ(NumberFormat(Language::English, 4).money(5.576e6, "USD"), "$5.576M");
    EXPECT_EQ(NumberFormat(Language::Chinese, 4).money(5.576e6, "USD"), "557.6万美元");
}

TEST(NumberFormat, NegativesKeepTheirSign)
{
    EXPECT_EQ(en.money(-89.9e9, "USD"), "-$89.9B");
    EXPECT_EQ(zh.money(-89.9e9, "USD"), "-899亿美元");
    EXPECT_EQ(en.number(-3.1e6), "-3.1M");
    EXPECT_EQ(zh.number(-3.1e6), "-310万");
}

TEST(NumberFormat, ZeroIsPlain)
{
    EXPECT_EQ(en.money(0, "USD"), "$0");
    EXPECT_EQ(zh.money(0, "USD"), "0美元");
    EXPECT_EQ(en.number(0), "0");
    EXPECT_EQ(zh.number(-0.0), "0");
    EXPECT_EQ(en.number(0.0001), "0");
}

TEST(NumberFormat, RoundingThatReachesTheNextUnitMovesToIt)
{
    EXPECT_EQ(en.money(999.96e9, "USD"), "$1T");
    EXPECT_EQ(en.number(999.6e3), "1M");
    EXPECT_EQ(zh.number(9999.6e4), "1亿");
    EXPECT_EQ(zh.money(9999.9e8, "USD"), "1万亿美元");
}

TEST(NumberFormat, CountsUseTheSameUnits)
{
    EXPECT_EQ(en.number(3.1e6), "3.1M");
    EXPECT_EQ(zh.number(3.1e6), "310万");
    EXPECT_EQ(en.number(750e3), "750K");
    EXPECT_EQ(zh.number(750e3), "75万");
    EXPECT_EQ(en.number(2048), "2,048");
    EXPECT_EQ(en.number(9999), "9,999");
    EXPECT_EQ(en.number(10500), "10.5K");
    EXPECT_EQ(zh.number(2048), "2048");
    EXPECT_EQ(zh.number(2.788e6), "279万");
}

TEST(NumberFormat, PercentAndFactor)
{
    EXPECT_EQ(en.percent(0.86), "86%");
    EXPECT_EQ(en.percent(-0.196), "-19.6%");
    EXPECT_EQ(zh.percent(0.975), "97.5%");
    EXPECT_EQ(en.factor(4.6), "4.6×");
    EXPECT_EQ(en.factor(1200), "1200×");
}

#include "observationexport.h"
#include "testdataset.h"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

using namespace capex;

TEST(ObservationExport, JsonHasTheDocumentedKeysAndNullsForAbsentBounds)
{
    Dataset d = capex::testing::tinyDataset();
    auto json = nlohmann::json::parse(ObservationExport(d).toJson());
    ASSERT_EQ(json.size(), 3u);
    const auto &meta = json[0];
    for (const char *key : {"entity", "entity_en", "entity_zh", "metric", "period", "value", "low", "high", "unit",
                            "currency", "kind", "grade", "note_en", "note_zh", "source"})
        EXPECT_TRUE(meta.contains(key)) << key;
    EXPECT_EQ(meta["entity"], "meta");
    EXPECT_DOUBLE_EQ(meta["value"].get<double>(), 72.22e9);
    EXPECT_TRUE(meta["low"].is_null());
    EXPECT_EQ(meta["source"]["publisher"], "Meta");
    EXPECT_EQ(meta["source"]["url"], "https://investor.atmeta.com");
    const auto &guidance = json[1];
    EXPECT_TRUE(guidance["value"].is_null());
    EXPECT_DOUBLE_EQ(guidance["high"].get<double>(), 135e9);
    const auto &bytedance = json[2];
    EXPECT_EQ(bytedance["entity_zh"], "字节跳动");
    EXPECT_EQ(bytedance["currency"], "CNY");
    EXPECT_EQ(bytedance["source"]["via"], "财联社 2024-12-30");
}

TEST(ObservationExport, CsvQuotesFieldsWithCommasAndKeepsExactNumbers)
{
    Dataset d = capex::testing::tinyDataset();
    std::string csv = ObservationExport(d).toCsv();
    EXPECT_EQ(csv.rfind("entity,entity_en,entity_zh,metric,period,value,low,high,", 0), 0u);
    EXPECT_NE(csv.find("meta,Meta,Meta,capex,2025,72220000000,,,USD,USD,actual,reported"), std::string::npos);
    EXPECT_NE(csv.find("\"2025 plan, twice 2024\""), std::string::npos);
    EXPECT_NE(csv.find("字节跳动"), std::string::npos);
    EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 4);
}

TEST(ObservationExport, CsvForExcelStartsWithUtf8Bom)
{
    Dataset d = capex::testing::tinyDataset();
    EXPECT_EQ(ObservationExport(d).toCsv(true).substr(0, 3), "\xEF\xBB\xBF");
}

TEST(ObservationExport, ExactNumbersRoundTrip)
{
    EXPECT_EQ(formatExactNumber(0.86), "0.86");
    EXPECT_EQ(formatExactNumber(2.788e6), "2788000");
    EXPECT_EQ(formatExactNumber(-0.2), "-0.2");
}

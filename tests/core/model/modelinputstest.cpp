// What the model takes from the data: the last actual capex, the guidance-based growth default
// and the LessWrong fleet estimates.
#include "modelinputs.h"

#include "modeltesting.h"

#include <gtest/gtest.h>

using namespace capex;

namespace {

Observation capexRecord(std::string entity, const std::string &period, std::optional<double> value, Kind kind,
    std::string asOf = {}, std::optional<double> low = {}, std::optional<double> high = {},
    const std::string &currency = "USD")
{
    Observation o;
    o.entity = std::move(entity);
    o.metric = "capex";
    o.period = *Period::parse(period);
    o.value = value;
    o.low = low;
    o.high = high;
    o.unit = currency;
    o.currency = currency;
    o.kind = kind;
    o.source = "filings";
    o.asOf = std::move(asOf);
    return o;
}

Observation fleet(std::string entity, std::string source, std::optional<double> value, std::optional<double> low,
    std::optional<double> high)
{
    Observation o;
    o.entity = std::move(entity);
    o.metric = "gpu_fleet_h100e";
    o.period = Period::calendarYear(2024);
    o.value = value;
    o.low = low;
    o.high = high;
    o.unit = "H100e";
    o.kind = Kind::Estimate;
    o.source = std::move(source);
    return o;
}

Dataset datasetWith(std::vector<Observation> observations)
{
    Dataset d;
    d.sources = {{"filings", "Company filings", "10-K", "", "2025", "en", false, {}, false},
        {"lesswrong", "LessWrong (CharlesD)", "Estimates", "", "2024-11-28", "en", false, {}, false},
        {"epoch", "Epoch AI", "Chip counts", "", "2025", "en", false, {}, false}};
    d.fxRates = {{2024, "CNY", 7.18, "filings"}};
    d.observations = std::move(observations);
    return d;
}

const CompanyBaseline &only(const ModelInputs &inputs)
{
    EXPECT_EQ(inputs.companies.size(), 1u);
    return inputs.companies.front();
}

} // namespace

TEST(ModelInputs, LastActualCapexIsTheOneWithTheLatestPeriod)
{
    auto inputs = ModelInputs::fromDataset(datasetWith({capexRecord("meta", "2025", 72.22e9, Kind::Actual),
                                               capexRecord("meta", "2024", 39.23e9, Kind::Actual)}),
        {"meta"});
    EXPECT_DOUBLE_EQ(*only(inputs).lastCapexUsd, 72.22e9);
    EXPECT_EQ(only(inputs).lastCapexYear, 2025);
}

TEST(ModelInputs, QuartersAndMonthsNeitherSetTheLastActualNorTheGuidance)
{
    // A later quarter is a quarter of a year's spending, and quarterly guidance is not a year's.
    auto inputs = ModelInputs::fromDataset(
        datasetWith({capexRecord("amazon", "2025", 131.8e9, Kind::Actual),
            capexRecord("amazon", "2026Q1", 35e9, Kind::Actual), capexRecord("amazon", "2026-02", 11e9, Kind::Actual),
            capexRecord("amazon", "2026", std::nullopt, Kind::Guidance, "2026-02-05", 190e9, 210e9),
            capexRecord("amazon", "2027Q1", 60e9, Kind::Guidance, "2026-05-01")}),
        {"amazon"});
    EXPECT_DOUBLE_EQ(*only(inputs).lastCapexUsd, 131.8e9);
    EXPECT_EQ(only(inputs).lastCapexYear, 2025);
    EXPECT_DOUBLE_EQ(*only(inputs).guidanceCapexUsd, 200e9);
    EXPECT_EQ(only(inputs).guidanceYear, 2026);
}

TEST(ModelInputs, GrowthDefaultIsGuidanceMidpointOverLastActualMinusOne)
{
    auto inputs = ModelInputs::fromDataset(
        datasetWith({capexRecord("amazon", "2025", 131.8e9, Kind::Actual),
            capexRecord("amazon", "2026", std::nullopt, Kind::Guidance, "2026-02-05", 190e9, 210e9)}),
        {"amazon"});
    EXPECT_DOUBLE_EQ(*only(inputs).guidanceCapexUsd, 200e9);
    EXPECT_NEAR(only(inputs).capexGrowthDefault, 200.0 / 131.8 - 1.0, 1e-12); // 0.5175
}

TEST(ModelInputs, GuidanceWithTheLatestAsOfDateWins)
{
    auto inputs = ModelInputs::fromDataset(
        datasetWith({capexRecord("alphabet", "2024", 80e9, Kind::Actual),
            capexRecord("alphabet", "2025", 75e9, Kind::Guidance, "2025-02-04"),
            capexRecord("alphabet", "2025", std::nullopt, Kind::Guidance, "2025-10-29", 91e9, 93e9),
            capexRecord("alphabet", "2025", 85e9, Kind::Guidance, "2025-07-23")}),
        {"alphabet"});
    EXPECT_NEAR(only(inputs).capexGrowthDefault, 92.0 / 80.0 - 1.0, 1e-12); // 0.15
}

TEST(ModelInputs, GuidanceTwoYearsAheadGivesTheAnnualGrowth)
{
    auto inputs = ModelInputs::fromDataset(datasetWith({capexRecord("meta", "2024", 100e9, Kind::Actual),
                                               capexRecord("meta", "2026", 121e9, Kind::Guidance, "2025-01-01")}),
        {"meta"});
    // The year between is the geometric middle (110 B), so the growth into 2026 is 10 %.
    EXPECT_NEAR(only(inputs).capexGrowthDefault, 0.1, 1e-12); // 1.21 = 1.1²
    EXPECT_NEAR(only(inputs).guidanceByYear.at(2025).mid, 110e9, 1e-3);
    EXPECT_FALSE(only(inputs).guidanceByYear.at(2025).low);
}

TEST(ModelInputs, GuidanceForTheYearOfTheLastActualIsIgnored)
{
    auto inputs
        = ModelInputs::fromDataset(datasetWith({capexRecord("microsoft", "FY2025-06", 64.55e9, Kind::Actual),
                                       capexRecord("microsoft", "FY2025-06", 80e9, Kind::Guidance, "2025-01-03")}),
            {"microsoft"});
    EXPECT_DOUBLE_EQ(only(inputs).capexGrowthDefault, 0.15);
    EXPECT_EQ(only(inputs).lastCapexYear, 2025);
}

TEST(ModelInputs, FiscalYearsCountInTheCalendarYearTheyMostlyCover)
{
    auto inputs = ModelInputs::fromDataset(datasetWith({capexRecord("oracle", "FY2025-05", 20e9, Kind::Actual),
                                               capexRecord("oracle", "FY2026-05", 23e9, Kind::Guidance, "2025-06-11")}),
        {"oracle"});
    EXPECT_EQ(only(inputs).lastCapexYear, 2024);
    EXPECT_EQ(only(inputs).guidanceYear, 2025);
    EXPECT_NEAR(only(inputs).capexGrowthDefault, 0.15, 1e-12);
}

TEST(ModelInputs, GrowthDefaultIsNotClampedToThePlausibleRange)
{
    // Version 2 fades the growth instead of compounding it: the guidance's growth stands as it is.
    auto up = ModelInputs::fromDataset(datasetWith({capexRecord("meta", "2025", 72.22e9, Kind::Actual),
                                           capexRecord("meta", "2026", 125e9, Kind::Guidance, "2026-01-28")}),
        {"meta"});
    EXPECT_DOUBLE_EQ(only(up).capexGrowthDefault, 125.0 / 72.22 - 1.0); // 0.73
    auto down = ModelInputs::fromDataset(datasetWith({capexRecord("meta", "2025", 100e9, Kind::Actual),
                                             capexRecord("meta", "2026", 50e9, Kind::Guidance, "2026-01-28")}),
        {"meta"});
    EXPECT_DOUBLE_EQ(only(down).capexGrowthDefault, -0.5);
}

TEST(ModelInputs, CapexInAnotherCurrencyIsConvertedToUsdForItsYear)
{
    auto inputs = ModelInputs::fromDataset(
        datasetWith({capexRecord("bytedance", "2024", 718e9, Kind::Actual, {}, {}, {}, "CNY")}), {"bytedance"});
    EXPECT_NEAR(*only(inputs).lastCapexUsd, 100e9, 1e-3);
}

TEST(ModelInputs, CompanyWithoutCapexActualsHasNoPlanBaseAndTheFallbackGrowth)
{
    auto inputs = ModelInputs::fromDataset(datasetWith({}), {"xai"});
    EXPECT_FALSE(only(inputs).lastCapexUsd);
    EXPECT_DOUBLE_EQ(only(inputs).capexGrowthDefault, 0.15);
}

TEST(ModelInputs, FleetEstimatesAreKeptPerSource)
{
    auto inputs = ModelInputs::fromDataset(datasetWith({fleet("meta", "epoch", 610e3, 460e3, 790e3),
                                               fleet("meta", "lesswrong", std::nullopt, 550e3, 650e3)}),
        {"meta"});
    ASSERT_EQ(only(inputs).fleetByYear.count(2024), 1u);
    const FleetEstimate &estimate = only(inputs).fleetByYear.at(2024);
    EXPECT_DOUBLE_EQ(estimate.low, 550e3);
    EXPECT_DOUBLE_EQ(estimate.mid, 600e3);
    EXPECT_DOUBLE_EQ(estimate.high, 650e3);
    ASSERT_EQ(only(inputs).epochFleetByYear.count(2024), 1u);
    EXPECT_DOUBLE_EQ(only(inputs).epochFleetByYear.at(2024).mid, 610e3);
}

TEST(ModelInputs, SinglePointFleetEstimateIsItsOwnRange)
{
    auto inputs = ModelInputs::fromDataset(
        datasetWith({fleet("xai", "lesswrong", 100e3, std::nullopt, std::nullopt)}), {"xai"});
    const FleetEstimate &estimate = only(inputs).fleetByYear.at(2024);
    EXPECT_DOUBLE_EQ(estimate.low, 100e3);
    EXPECT_DOUBLE_EQ(estimate.high, 100e3);
}

TEST(ModelInputs, BundledDataGivesTheGuidanceGrowthOfAmazonAndMeta)
{
    auto inputs = ModelInputs::fromDataset(capex::testing::bundledDataset());
    const CompanyBaseline *amazon = inputs.company("amazon");
    ASSERT_NE(amazon, nullptr);
    // 2025: its four reported quarters, 25.02 + 32.183 + 35.1 + 39.52 (the annual record says 131.8).
    EXPECT_NEAR(*amazon->lastCapexUsd, 131.823e9, 1e3);
    EXPECT_NEAR(amazon->capexGrowthDefault, 200.0 / 131.823 - 1.0, 1e-9);
    const CompanyBaseline *meta = inputs.company("meta");
    ASSERT_NE(meta, nullptr);
    EXPECT_NEAR(meta->capexGrowthDefault, 135.0 / 72.21 - 1.0, 1e-9); // the middle of $125–145 B
    // Microsoft's ~$190 B for calendar 2026 over its calendar 2025 (four fiscal quarters, $118 B).
    const CompanyBaseline *microsoft = inputs.company("microsoft");
    EXPECT_NEAR(*microsoft->lastCapexUsd, 118e9, 1e3);
    EXPECT_DOUBLE_EQ(*microsoft->guidanceCapexUsd, 190e9);
    EXPECT_NEAR(microsoft->capexGrowthDefault, 190.0 / 118.0 - 1.0, 1e-9);
}

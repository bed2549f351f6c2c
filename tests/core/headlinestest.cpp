#include "datasetreader.h"
#include "headlines.h"
#include "testdataset.h"

#include <gtest/gtest.h>

using namespace capex;

TEST(Headlines, LatestActualIsTheLatestPeriodConverted)
{
    Dataset d = capex::testing::tinyDataset();
    Observation older = d.observations[0];
    older.uid = "meta.capex.2024";
    older.period = Period::calendarYear(2024);
    older.value = 39.23e9;
    d.observations.push_back(older);
    auto latest = Headlines::latestActuals(d, "capex", {"meta", "bytedance"}, "CNY");
    ASSERT_EQ(latest.size(), 1u); // ByteDance has a forecast, no actual
    EXPECT_EQ(latest[0].observation->period.year, 2025);
    EXPECT_NEAR(latest[0].converted, 72.22e9 * 7.18, 1.0);
}

TEST(Headlines, LatestActualIsAnnualNeverAQuarterOrMonth)
{
    // The overview sums the companies' latest figures: a later quarter must not stand in for a year.
    Dataset d = capex::testing::tinyDataset();
    for (const char *text : {"2026Q1", "FY2026Q3-06", "2026-02", "2026-03-31"}) {
        Observation later = d.observations[0];
        later.uid = std::string("meta.capex.") + text;
        later.period = *Period::parse(text);
        later.value = 20e9;
        d.observations.push_back(later);
    }
    auto latest = Headlines::latestActuals(d, "capex", {"meta"}, "USD");
    ASSERT_EQ(latest.size(), 1u);
    EXPECT_EQ(latest[0].observation->period, Period::calendarYear(2025));
    EXPECT_DOUBLE_EQ(latest[0].converted, 72.22e9);
}

TEST(Headlines, FleetTotalTakesTheSourceCoveringMostCompanies)
{
    Dataset d = capex::testing::tinyDataset();
    d.metrics.push_back({"gpu_fleet_h100e", "GPU fleet", "GPU保有量", "H100e"});
    auto fleet = [](std::string entity, std::string source, std::optional<double> value, std::optional<double> low,
                    std::optional<double> high) {
        Observation o;
        o.entity = std::move(entity);
        o.metric = "gpu_fleet_h100e";
        o.period = Period::calendarYear(2025);
        o.value = value;
        o.low = low;
        o.high = high;
        o.source = std::move(source);
        return o;
    };
    d.observations.push_back(fleet("meta", "zheshang", std::nullopt, 1.9e6, 2.5e6));
    d.observations.push_back(fleet("bytedance", "zheshang", 1.0e6, std::nullopt, std::nullopt));
    d.observations.push_back(fleet("meta", "meta_q4", 1.84e6, 1.43e6, 2.38e6));
    auto total = Headlines::fleetTotal(d, 2025);
    ASSERT_TRUE(total);
    EXPECT_EQ(total->source, "zheshang");
    EXPECT_EQ(total->companies, 2);
    EXPECT_DOUBLE_EQ(total->low, 2.9e6);
    EXPECT_DOUBLE_EQ(total->mid, 3.2e6);
    EXPECT_DOUBLE_EQ(total->high, 3.5e6);
    EXPECT_EQ(Headlines::latestFleetYear(d), 2025);
    EXPECT_FALSE(Headlines::fleetTotal(d, 2023));
}

TEST(Headlines, FleetTotalCountsACompanyOnceAtItsSourcesLatestEstimate)
{
    // A source that revised its estimate of Meta's fleet: the company counts once, at the
    // revision, not twice with both figures added.
    Dataset d = capex::testing::tinyDataset();
    d.metrics.push_back({"gpu_fleet_h100e", "GPU fleet", "GPU保有量", "H100e"});
    auto fleet = [](std::string entity, double value, std::string asOf, std::string uid) {
        Observation o;
        o.uid = std::move(uid);
        o.entity = std::move(entity);
        o.metric = "gpu_fleet_h100e";
        o.period = Period::calendarYear(2025);
        o.value = value;
        o.source = "broker";
        o.asOf = std::move(asOf);
        return o;
    };
    d.observations.push_back(fleet("meta", 1.5e6, "2025-12-01", "a"));
    d.observations.push_back(fleet("meta", 2.0e6, "2026-03-01", "b"));
    d.observations.push_back(fleet("meta", 1.0e6, "2025-06-01", "c"));
    d.observations.push_back(fleet("bytedance", 1.0e6, "2025-06-01", "d"));
    const auto total = Headlines::fleetTotal(d, 2025);
    ASSERT_TRUE(total);
    EXPECT_EQ(total->companies, 2);
    EXPECT_DOUBLE_EQ(total->mid, 3.0e6);
    EXPECT_DOUBLE_EQ(total->low, 3.0e6);
    EXPECT_EQ(total->asOf, "2026-03-01");
}

TEST(Headlines, BundledLessWrongFleetForEnd2024SumsToAboutThreeMillion)
{
    auto d = DatasetReader::read(bundledDatasetFiles());
    ASSERT_TRUE(d.ok());
    auto total = Headlines::fleetTotal(d.value(), 2024);
    ASSERT_TRUE(total);
    EXPECT_NE(d->source(total->source)->publisher.find("LessWrong"), std::string::npos);
    EXPECT_EQ(total->companies, 5);
    // 750–900k + 1.0–1.5M + 550–650k + 250–400k + 100k
    EXPECT_DOUBLE_EQ(total->low, 2.65e6);
    EXPECT_DOUBLE_EQ(total->high, 3.55e6);
}

TEST(Headlines, BundledFleetForEnd2025IsEpochsEstimateOfFiveCompanies)
{
    auto d = DatasetReader::read(bundledDatasetFiles());
    ASSERT_TRUE(d.ok());
    auto total = Headlines::fleetTotal(d.value(), 2025);
    ASSERT_TRUE(total);
    // Epoch's Nvidia-owners file (as of 2026-09-24) and LessWrong's 2024 forecast both cover five
    // companies; the later statement wins. China's fleet (a country) is not added in.
    EXPECT_NE(d->source(total->source)->publisher.find("Epoch"), std::string::npos);
    EXPECT_EQ(total->companies, 5);
    EXPECT_DOUBLE_EQ(total->mid, 3151494.0 + 1842318 + 1427947 + 1236937 + 1031002);
    // xAI's 50 M H100e "within five years" is a target, not an estimate of a fleet.
    EXPECT_EQ(Headlines::latestFleetYear(d.value()), 2025);
}

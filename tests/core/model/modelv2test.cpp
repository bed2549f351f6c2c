// Version 2 of docs/model.md: the plan that follows guidance and fades, power, the plausible
// range and valid domain, the base year 2025, the data as known on a date, the hindcast and the
// two-parameter map. Each against a number worked by hand (see docs/model.md).
#include "capexmodel.h"
#include "grid.h"
#include "hindcast.h"
#include "modelexport.h"
#include "montecarlo.h"
#include "scenario.h"

#include "modeltesting.h"

#include <cmath>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace capex;
using capex::testing::bundledDataset;
using capex::testing::bundledParameters;

namespace {

const double none = std::numeric_limits<double>::quiet_NaN();

/// Meta in V2.2's worked example: actual 2025 = 72.22e9, guidance 2026 = 125–145e9.
CompanyPlan metaExample()
{
    CompanyPlan meta;
    meta.company = "meta";
    meta.firstYear = 2025;
    meta.path = {72.22e9, 135e9};
    meta.pathLow = {none, 125e9};
    meta.pathHigh = {none, 145e9};
    meta.lastActualYear = 2025;
    meta.capexGrowth = 135.0 / 72.22 - 1.0; // 0.8693
    return meta;
}

/// V2.4's worked example: t0 2025, 10 M H100e, 1.4 kW, 1.25×/yr, five years, no ceilings.
ParameterValues powerExample()
{
    ParameterValues v;
    v.t0 = 2025;
    v.horizon = 2035;
    v.shockYear = 2026;
    v.baseFleet = 10e6;
    v.kwPerH100e = 1.4;
    v.ppwGain = 1.25;
    v.usefulLife = 5;
    v.capexCapShare = 0;
    v.powerCapGw = 0;
    return v;
}

} // namespace

TEST(PlanFade, MetaFollowsItsGuidanceThenFadesToTheLongRunGrowth)
{
    const CompanyPlan meta = metaExample();
    std::array<double, 6> mid {}, low {}, high {};
    CapexModel::companyCapex(meta, 0.05, 3, 2025, 6, mid.data(), low.data(), high.data());
    EXPECT_DOUBLE_EQ(mid[0], 72.22e9); // the actual
    EXPECT_TRUE(std::isnan(low[0])); // no band on an actual
    EXPECT_DOUBLE_EQ(mid[1], 135e9); // the guidance's middle
    EXPECT_DOUBLE_EQ(low[1], 125e9);
    EXPECT_DOUBLE_EQ(high[1], 145e9);
    // g(2027) = 0.8693 − 0.8193/3 = 0.5962 → 215.49e9; g(2028) = 0.3231 → 285.11e9; g(2029) = 0.05.
    EXPECT_NEAR(mid[2], 215.49e9, 0.01e9);
    EXPECT_NEAR(mid[3], 285.11e9, 0.01e9);
    EXPECT_NEAR(mid[4], 299.37e9, 0.01e9);
    EXPECT_NEAR(mid[5], 299.37e9 * 1.05, 0.01e9); // then 5 %/yr
    // The band carries forward on the same growth path.
    EXPECT_NEAR(low[2], 125e9 * mid[2] / 135e9, 1e3);
    EXPECT_NEAR(high[4], 145e9 * mid[4] / 135e9, 1e3);
}

TEST(PlanFade, TheModelSumsTheFadedPlanTimesAiShareWithItsBand)
{
    ParameterValues v = powerExample();
    v.companies = {metaExample()};
    v.aiShare = 0.5;
    const ModelResult r = CapexModel::run(v);
    EXPECT_DOUBLE_EQ(r.year(2025)->plannedAiCapexUsd, 0.5 * 72.22e9);
    EXPECT_FALSE(r.year(2025)->plannedLowUsd);
    EXPECT_DOUBLE_EQ(*r.year(2026)->plannedLowUsd, 0.5 * 125e9);
    EXPECT_DOUBLE_EQ(*r.year(2026)->plannedHighUsd, 0.5 * 145e9);
    EXPECT_NEAR(r.year(2029)->plannedAiCapexUsd, 0.5 * 299.37e9, 0.01e9);
    EXPECT_EQ(r.lastGuidedYear.at(0), 2026);
    EXPECT_EQ(r.lastActualYear.at(0), 2025);
    // A fade over one year goes straight to the long-run growth.
    v.planFadeYears = 1;
    EXPECT_NEAR(CapexModel::run(v).year(2027)->plannedAiCapexUsd, 0.5 * 135e9 * 1.05, 1e3);
}

TEST(PlanFade, BundledMetaPlansItsLatestGuidance)
{
    const ModelParameters p = bundledParameters();
    const CompanyBaseline *meta = p.inputs().company("meta");
    ASSERT_NE(meta, nullptr);
    // 2025: all four calendar quarters reported (13.69 + 17.01 + 19.37 + 22.14).
    EXPECT_NEAR(meta->actualByYear.at(2025), 72.21e9, 1e3);
    EXPECT_EQ(meta->guidanceYear, 2026);
    EXPECT_DOUBLE_EQ(meta->guidanceByYear.at(2026).mid, 135e9); // 2026-04-29: 125–145
    EXPECT_DOUBLE_EQ(*meta->guidanceByYear.at(2026).low, 125e9);
    EXPECT_NEAR(*p.get("capex_growth.meta"), 135e9 / 72.21e9 - 1.0, 1e-12);
    // Microsoft's calendar 2025 is its fiscal quarters FY2025 Q3 – FY2026 Q2: 21.4 + 24.2 + 34.9 + 37.5.
    EXPECT_NEAR(p.inputs().company("microsoft")->actualByYear.at(2025), 118.0e9, 1e3);
}

TEST(PlanFade, ThePlanNoLongerCompoundsForADecade)
{
    const ModelResult r = CapexModel::run(bundledParameters());
    const YearRow *y2035 = r.year(2035);
    ASSERT_NE(y2035, nullptr);
    // Version 1 reached about $18 T a year; the faded plan stays below $2 T.
    EXPECT_LT(y2035->plannedAiCapexUsd, 2e12);
    EXPECT_GT(y2035->plannedAiCapexUsd, r.year(2026)->plannedAiCapexUsd);
}

TEST(Power, TheWorkedExampleOfVersion2)
{
    const ModelResult r = CapexModel::run(powerExample());
    EXPECT_DOUBLE_EQ(r.year(2025)->installedPowerGw, 14.0); // 10 M × 1.4 kW
    const YearRow &y1 = *r.year(2026);
    // Hb(1) = 8 M at 1.4 kW = 11.2 GW, plus N(1) at 1.4 / 1.25 = 1.12 kW.
    EXPECT_NEAR(y1.installedPowerGw, 11.2 + y1.newH100e * 1.12e-6, 1e-9);
    // No ceiling: the fleet is what demand requires, so required power is installed power.
    EXPECT_NEAR(y1.requiredPowerGw, y1.installedPowerGw, 1e-9);
    EXPECT_FALSE(y1.powerCeilingGw);
    EXPECT_EQ(y1.cappedBy, CapLimit::None);
    // n = 6: the base fleet is gone; the units of year 1 retire, those of years 2–6 remain.
    const YearRow &y6 = *r.year(2031);
    double expected = 0;
    for (int year = 2027; year <= 2031; ++year)
        expected += r.year(year)->newH100e * 1.4 / std::pow(1.25, year - 2025) * 1e-6;
    EXPECT_NEAR(y6.installedPowerGw, expected, 1e-9);
}

TEST(Power, ABindingPowerCeilingLimitsPurchasesAndSaysSo)
{
    ParameterValues v = powerExample();
    v.powerCapGw = 15;
    v.powerCapGrowth = 1.0;
    const ModelResult free = CapexModel::run(powerExample());
    const ModelResult r = CapexModel::run(v);
    const YearRow &y1 = *r.year(2026);
    // After retirements the fleet draws 11.2 GW; 3.8 GW of headroom at 1.12 kW buys 3,392,857 H100e.
    ASSERT_GT(free.year(2026)->newH100e, 3.4e6); // demand wants more than that
    EXPECT_NEAR(y1.newH100e, 3.8e6 / 1.12, 1e-3);
    EXPECT_TRUE(y1.capped);
    EXPECT_EQ(y1.cappedBy, CapLimit::Power);
    EXPECT_NEAR(y1.installedPowerGw, 15.0, 1e-9);
    EXPECT_NEAR(y1.unmetH100e, free.year(2026)->newH100e - y1.newH100e, 1e-3);
    EXPECT_NEAR(y1.requiredAiCapexUsd, y1.newH100e * y1.h100ePriceUsd / v.accelShare, 1e-3);
    EXPECT_DOUBLE_EQ(*y1.powerCeilingGw, 15.0);
    // Required power counts what demand wanted on top.
    EXPECT_NEAR(y1.requiredPowerGw, 15.0 + (y1.requiredH100e - y1.installedH100e) * 1.12e-6, 1e-9);
    EXPECT_EQ(r.year(2025)->cappedBy, CapLimit::None);
}

TEST(Power, TheTighterCeilingIsTheOneNamed)
{
    ParameterValues v = powerExample();
    v.capexCapShare = 1e-6; // $110 M: far tighter than any power ceiling
    v.worldGdpUsd = 110e12;
    v.powerCapGw = 15;
    const ModelResult r = CapexModel::run(v);
    EXPECT_EQ(r.year(2026)->cappedBy, CapLimit::Capex);
    const auto json = nlohmann::json::parse(toJson(ModelParameters(), r));
    EXPECT_EQ(json["years"][1]["capped_by"], "capex");
    EXPECT_TRUE(json["years"][0]["capped_by"].is_null());
    for (const char *key : {"installed_power_gw", "required_power_gw", "power_ceiling_gw", "planned_ai_capex_low_usd",
             "planned_ai_capex_high_usd", "capped_by"})
        EXPECT_TRUE(json["years"][1].contains(key)) << key;
}

TEST(Domains, AValueOutsideThePlausibleRangeButInsideTheDomainIsKept)
{
    ModelParameters p = bundledParameters();
    ASSERT_TRUE(p.set("elasticity", 2.0));
    EXPECT_DOUBLE_EQ(*p.get("elasticity"), 2.0);
    EXPECT_FALSE(p.spec("elasticity")->inRange(2.0));
    EXPECT_TRUE(p.spec("elasticity")->inRange(1.6));
    Status refused = p.set("elasticity", 5.1);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::ParameterOutOfDomain);
    EXPECT_EQ(refused.error().field, "elasticity");
    EXPECT_EQ(refused.error().detail, "[0, 5]");
    EXPECT_DOUBLE_EQ(*p.get("elasticity"), 2.0); // unchanged
    EXPECT_TRUE(p.set("cost_decline", 0.3)); // a 30 %/yr decline
    EXPECT_EQ(p.spec("accel_share")->domainText(), "(0, 1]");
    EXPECT_FALSE(p.set("accel_share", 0));
    EXPECT_EQ(p.spec("useful_life")->domainText(), "{1..15}");
    EXPECT_EQ(p.spec("power_cap_gw")->rangeText(), "0 or [5, 200]");
    EXPECT_TRUE(p.set("capex_growth.meta", 2.5));
    EXPECT_FALSE(p.set("capex_growth.meta", 3.5));
}

TEST(BaseYear, DefaultsTo2025WithEpochsFleets)
{
    ModelParameters p = bundledParameters();
    EXPECT_EQ(p.t0(), 2025);
    EXPECT_EQ(p.fleetSource(), FleetSource::Epoch);
    // Epoch's end-2025 midpoints: Microsoft 3,151,494 + Alphabet 1,236,937 + Amazon 1,427,947
    // + Meta 1,842,318 + xAI 553,714.
    EXPECT_DOUBLE_EQ(p.get(Parameter::BaseFleet), 8212410);
    EXPECT_DOUBLE_EQ(p.get(Parameter::H100ePrice), 35000 / 1.35);
    EXPECT_DOUBLE_EQ(p.get(Parameter::WorldGdpUsd), 110e12 * 1.03);
    EXPECT_EQ(p.get(Parameter::ShockYear), 2026);
    ASSERT_TRUE(p.set("t0", 2024));
    EXPECT_EQ(p.fleetSource(), FleetSource::LessWrong);
    EXPECT_DOUBLE_EQ(p.get(Parameter::BaseFleet), 3.1e6);
    ASSERT_TRUE(p.setText("fleet_source", "epoch"));
    // Epoch at the end of 2024 for the four with estimates, and xAI's 100,000.
    EXPECT_DOUBLE_EQ(p.get(Parameter::BaseFleet), 1130364 + 434378 + 458637 + 606402 + 100000);
    EXPECT_FALSE(p.setText("fleet_source", "gartner"));
}

TEST(PointInTime, AFigureDatedAfterTheDateChangesNothing)
{
    const Dataset &full = bundledDataset();
    const std::string date = "2025-02-01";
    const ModelResult before = CapexModel::run(ModelParameters(ModelInputs::fromDataset(full.knownOn(date))));
    Dataset added = full;
    Observation later = *std::find_if(added.observations.begin(), added.observations.end(), [](const Observation &o) {
        return o.entity == "meta" && o.metric == "capex" && o.kind == Kind::Guidance && o.period.toString() == "2026"
            && o.low;
    });
    later.value = 999e9; // Meta guides 2026 to $999 B the day after the date
    later.low = later.high = std::nullopt;
    later.asOf = "2026-05-01";
    added.observations.push_back(later);
    const ModelResult after = CapexModel::run(ModelParameters(ModelInputs::fromDataset(added.knownOn(date))));
    ASSERT_EQ(before.years.size(), after.years.size());
    for (std::size_t i = 0; i < before.years.size(); ++i)
        EXPECT_EQ(before.years[i].plannedAiCapexUsd, after.years[i].plannedAiCapexUsd) << before.years[i].year;
    // … while the full data sees it.
    EXPECT_NE(CapexModel::run(ModelParameters(ModelInputs::fromDataset(added))).year(2026)->plannedAiCapexUsd,
        CapexModel::run(ModelParameters(ModelInputs::fromDataset(full))).year(2026)->plannedAiCapexUsd);
}

TEST(PointInTime, KnownOnKeepsWhatWasPublishedByThen)
{
    const Dataset known = bundledDataset().knownOn("2025-02-01");
    for (const Observation &o : known.observations)
        EXPECT_LE(bundledDataset().knownDate(o), std::string("2025-02-01")) << o.uid;
    // Meta's 2024 actual (2025-01-29) is there; Alphabet's (2025-02-04) is not yet.
    auto has = [&known](const char *entity, const char *period, Kind kind) {
        return std::any_of(known.observations.begin(), known.observations.end(), [&](const Observation &o) {
            return o.entity == entity && o.metric == "capex" && o.period.toString() == period && o.kind == kind;
        });
    };
    EXPECT_TRUE(has("meta", "2024", Kind::Actual));
    EXPECT_FALSE(has("alphabet", "2024", Kind::Actual));
    EXPECT_LT(known.observations.size(), bundledDataset().observations.size());
}

TEST(Hindcast, PlanErrorIsActualOverPlannedMinusOne)
{
    auto result = Hindcast::run(bundledDataset(), "2025-02-01");
    ASSERT_TRUE(result.ok()) << describe(result.error());
    const HindcastResult &h = result.value();
    EXPECT_EQ(h.t0, 2024);
    ASSERT_FALSE(h.years.empty());
    EXPECT_EQ(h.years.front().year, 2025);
    bool checked = false;
    for (const HindcastYear &y : h.years) {
        if (!y.actualAiCapexUsd)
            continue;
        ASSERT_TRUE(y.planError);
        EXPECT_DOUBLE_EQ(*y.planError, *y.actualAiCapexUsd / y.plannedAiCapexUsd - 1.0);
        checked = true;
    }
    EXPECT_TRUE(checked);
    // The companies are those with an actual known on the date; the actual of 2025 is theirs × ai_share.
    const ModelInputs later = ModelInputs::fromDataset(bundledDataset(), h.companies);
    double actual2025 = 0;
    for (const CompanyBaseline &c : later.companies)
        actual2025 += c.actualByYear.at(2025);
    EXPECT_NEAR(*h.years.front().actualAiCapexUsd, 0.7 * actual2025, 1e-3);
    EXPECT_FALSE(Hindcast::run(bundledDataset(), "2025-13-01").ok());
}

TEST(Grid, ACellEqualsTheRunAtItsTwoValues)
{
    const ModelParameters p = bundledParameters();
    GridOptions options;
    options.x = "elasticity";
    options.y = "cost_decline";
    options.steps = 5;
    auto grid = Grid::run(p, options);
    ASSERT_TRUE(grid.ok()) << describe(grid.error());
    const GridResult &g = grid.value();
    EXPECT_EQ(g.year, 2030);
    ASSERT_EQ(g.xValues, (std::vector<double> {0.6, 0.85, 1.1, 1.35, 1.6}));
    EXPECT_DOUBLE_EQ(g.yValues.front(), 0.5);
    EXPECT_DOUBLE_EQ(g.yValues.back(), 0.95);
    for (auto [i, j] : {std::pair {0, 0}, {2, 3}, {4, 4}}) {
        ModelParameters single = p;
        ASSERT_TRUE(single.set("elasticity", g.xValues[i]));
        ASSERT_TRUE(single.set("cost_decline", g.yValues[j]));
        EXPECT_EQ(g.at(i, j), CapexModel::run(single).year(2030)->planToRequiredRatio) << i << ',' << j;
    }
    // An integer parameter takes each of its integers.
    options.y = "useful_life";
    EXPECT_EQ(Grid::run(p, options).value().yValues, (std::vector<double> {4, 5, 6}));
    options.y = "world_gdp_usd";
    EXPECT_EQ(Grid::run(p, options).error().code, ErrorCode::InvalidValue);
    const auto json = nlohmann::json::parse(toJson(g));
    EXPECT_EQ(json["x"]["parameter"], "elasticity");
    EXPECT_EQ(json["values"].size(), 5u);
    EXPECT_EQ(json["values"][0].size(), 5u);
}

TEST(MonteCarloV2, RequiredPowerHasPercentilesAroundTheProjection)
{
    const ModelParameters p = bundledParameters();
    MonteCarloOptions options;
    options.runs = 2000;
    options.threads = 1;
    auto result = MonteCarlo::run(p, options);
    ASSERT_TRUE(result.ok());
    const ModelResult projection = CapexModel::run(p);
    const MonteCarloYear &y = result.value().years.at(5);
    EXPECT_LE(y.requiredPowerGw.p5, y.requiredPowerGw.p50);
    EXPECT_LE(y.requiredPowerGw.p50, y.requiredPowerGw.p95);
    EXPECT_LT(y.requiredPowerGw.p5, projection.years[5].requiredPowerGw);
    EXPECT_GT(y.requiredPowerGw.p95, projection.years[5].requiredPowerGw);
    // In t0 the power is base_fleet × 1.4 kW, base_fleet drawn around its value.
    EXPECT_LE(result.value().years.at(0).requiredPowerGw.p5, projection.years[0].requiredPowerGw);
    EXPECT_GE(result.value().years.at(0).requiredPowerGw.p95, projection.years[0].requiredPowerGw);
}

TEST(ScenarioV2, SchemaOneIsMigratedAndSchemaTwoKeepsAsOfAndFleetSource)
{
    const ModelParameters base = bundledParameters();
    auto old = ScenarioFile::load(R"({"schema_version": 1, "name": "old", "parameters": {"t0": 2024, "capex_growth.meta": 0.3}})", base);
    ASSERT_TRUE(old.ok());
    EXPECT_EQ(old.value().migratedFrom, 1);
    EXPECT_EQ(old.value().parameters.t0(), 2024);
    EXPECT_DOUBLE_EQ(*old.value().parameters.get("capex_growth.meta"), 0.3);

    Scenario s {"then", "", base, "2025-02-01", 0};
    ASSERT_TRUE(s.parameters.setFleetSource("lesswrong"));
    ASSERT_TRUE(s.parameters.set("power_cap_gw", 20));
    auto again = ScenarioFile::load(ScenarioFile::save(s), base);
    ASSERT_TRUE(again.ok()) << describe(again.error());
    EXPECT_EQ(again.value().asOf, "2025-02-01");
    EXPECT_EQ(again.value().migratedFrom, 0);
    EXPECT_EQ(again.value().parameters.fleetSource(), FleetSource::LessWrong);
    EXPECT_DOUBLE_EQ(*again.value().parameters.get("power_cap_gw"), 20);
    auto bad = ScenarioFile::load(R"({"schema_version": 2, "name": "x", "as_of": "Feb 2025", "parameters": {}})", base);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().field, "as_of");

    auto bound = ScenarioFile::preset("power_bound", base);
    ASSERT_TRUE(bound.ok());
    EXPECT_DOUBLE_EQ(*bound.value().parameters.get("power_cap_gw"), 15);
}

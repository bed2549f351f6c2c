// The machine-readable output: exactly the specification's keys, and CSV with the same columns.
#include "modelexport.h"

#include "capexmodel.h"
#include "modeltesting.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace capex;
using json = nlohmann::ordered_json;

namespace {

const std::vector<std::string> specificationKeys = {"year", "unit_cost_index", "demand_index", "spend_index",
    "compute_index", "required_h100e", "installed_h100e", "new_h100e", "retired_h100e", "idle_h100e", "unmet_h100e",
    "h100e_price_usd", "required_ai_capex_usd", "capped", "planned_ai_capex_usd", "plan_to_required_ratio"};

} // namespace

TEST(ModelExport, EveryYearHasTheSpecificationsKeysInItsOrder)
{
    ModelParameters parameters = capex::testing::bundledParameters2024();
    json root = json::parse(toJson(parameters, CapexModel::run(parameters)));
    ASSERT_EQ(root["years"].size(), 12u);
    for (const json &year : root["years"]) {
        std::vector<std::string> keys;
        for (auto it = year.begin(); it != year.end(); ++it)
            keys.push_back(it.key());
        ASSERT_GE(keys.size(), specificationKeys.size());
        EXPECT_EQ(std::vector<std::string>(keys.begin(), keys.begin() + specificationKeys.size()), specificationKeys);
    }
}

TEST(ModelExport, BaseYearMatchesTheSpecificationsExample)
{
    ModelParameters parameters = capex::testing::bundledParameters2024();
    json t0 = json::parse(toJson(parameters, CapexModel::run(parameters)))["years"][0];
    EXPECT_EQ(t0["year"], 2024);
    EXPECT_EQ(t0["unit_cost_index"], 1.0);
    EXPECT_EQ(t0["spend_index"], 1.0);
    EXPECT_EQ(t0["required_h100e"], 3.1e6);
    EXPECT_EQ(t0["installed_h100e"], 3.1e6);
    EXPECT_EQ(t0["new_h100e"], 0.0);
    EXPECT_EQ(t0["h100e_price_usd"], 35000.0);
    EXPECT_EQ(t0["required_ai_capex_usd"], 0.0);
    EXPECT_EQ(t0["capped"], false);
    EXPECT_TRUE(t0["plan_to_required_ratio"].is_null());
}

TEST(ModelExport, ParametersObjectHasEveryParameterByName)
{
    ModelParameters parameters = capex::testing::bundledParameters2024();
    json root = json::parse(toJson(parameters, CapexModel::run(parameters)));
    const json &object = root["parameters"];
    EXPECT_EQ(object["cost_curve"], "ark_inference");
    EXPECT_EQ(object["elasticity"], 1.1);
    EXPECT_TRUE(object["useful_life"].is_number_integer());
    for (const ParameterSpec &spec : parameters.specs())
        EXPECT_TRUE(object.contains(spec.name)) << spec.name;
    EXPECT_EQ(root["companies"], json({"microsoft", "alphabet", "amazon", "meta", "xai"}));
}

TEST(ModelExport, CsvHasAHeaderAndOneRowPerYear)
{
    ModelParameters parameters = capex::testing::bundledParameters2024();
    const std::string csv = toCsv(CapexModel::run(parameters));
    const std::string header = csv.substr(0, csv.find('\n'));
    EXPECT_EQ(header.substr(0, 40), "year,unit_cost_index,demand_index,spend_");
    EXPECT_NE(
        header.find(",required_ai_capex_usd,capped,planned_ai_capex_usd,plan_to_required_ratio,"), std::string::npos);
    EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 13);
    const std::string first = csv.substr(header.size() + 1, csv.find('\n', header.size() + 1) - header.size() - 1);
    EXPECT_EQ(first.substr(0, 9), "2024,1,1,");
}

TEST(ModelExport, MonteCarloJsonHasFivePercentilesOfFourOutputsPerYear)
{
    MonteCarloOptions options;
    options.runs = 1000;
    auto result = MonteCarlo::run(capex::testing::bundledParameters2024(), options);
    ASSERT_TRUE(result);
    json root = json::parse(toJson(result.value()));
    EXPECT_EQ(root["runs"], 1000);
    ASSERT_EQ(root["years"].size(), 12u);
    const json &year = root["years"][6];
    EXPECT_EQ(year["year"], 2030);
    for (const char *output : {"spend_index", "required_h100e", "required_ai_capex_usd", "plan_to_required_ratio"})
        for (const char *p : {"p5", "p25", "p50", "p75", "p95"})
            EXPECT_TRUE(year[output][p].is_number()) << output << ' ' << p;
    EXPECT_TRUE(root["years"][0]["plan_to_required_ratio"]["p50"].is_null());
}

TEST(ModelExport, GoalSeekJsonSaysWhetherTheTargetWasReached)
{
    auto result
        = GoalSeek::solve(capex::testing::bundledParameters2024(), "elasticity", ModelOutput::SpendIndex, 2030, -1);
    ASSERT_TRUE(result);
    json root = json::parse(toJson(result.value()));
    EXPECT_EQ(root["outcome"], "unreachable");
    EXPECT_EQ(root["searched"], "valid_domain");
    EXPECT_FALSE(root.contains("value"));
    EXPECT_FALSE(root.contains("in_usual_range"));
    EXPECT_EQ(root["output"], "spend_index");
    EXPECT_EQ(root["usual_low"], 0.6);
    EXPECT_EQ(root["low"], 0.0);
    EXPECT_EQ(root["high"], 5.0);

    auto beyond
        = GoalSeek::solve(capex::testing::bundledParameters2024(), "elasticity", ModelOutput::SpendIndex, 2030, 1e6);
    ASSERT_TRUE(beyond);
    json found = json::parse(toJson(beyond.value()));
    EXPECT_EQ(found["outcome"], "reached");
    EXPECT_EQ(found["in_usual_range"], false);
    EXPECT_NEAR(found["value"].get<double>(), 2.1711, 1e-4);
}

TEST(ModelExport, TornadoJsonListsBarsInOrder)
{
    auto result = Tornado::run(capex::testing::bundledParameters2024(), ModelOutput::SpendIndex, 2026);
    ASSERT_TRUE(result);
    json root = json::parse(toJson(result.value()));
    EXPECT_EQ(root["output"], "spend_index");
    EXPECT_EQ(root["bars"][0]["parameter"], "elasticity");
}

#include "scenario.h"

#include "costcurvepresets.h"
#include "modelexport.h"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

namespace capex {
namespace {

using json = nlohmann::json;

Error fieldError(ErrorCode code, std::string field, std::string detail = {})
{
    return Error {code, {}, 0, 0, std::move(field), std::move(detail)};
}

std::pair<int, int> lineAndColumn(std::string_view text, std::size_t offset)
{
    int line = 1, column = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++column; // characters, not UTF-8 continuation bytes
        }
    }
    return {line, column};
}

/// YYYY-MM-DD with a plausible month and day.
bool isIsoDate(const std::string &text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (text[i] < '0' || text[i] > '9')
            return false;
    const int month = std::stoi(text.substr(5, 2)), day = std::stoi(text.substr(8, 2));
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

Status readStrings(const json &root, const char *key, std::string &out, bool required)
{
    auto it = root.find(key);
    if (it == root.end())
        return required ? Status(fieldError(ErrorCode::MissingField, key)) : Status();
    if (!it->is_string())
        return fieldError(ErrorCode::WrongType, key, "string");
    out = it->get<std::string>();
    return {};
}

Status applyParameters(const json &root, ModelParameters &parameters)
{
    auto object = root.find("parameters");
    if (object == root.end())
        return fieldError(ErrorCode::MissingField, "parameters");
    if (!object->is_object())
        return fieldError(ErrorCode::WrongType, "parameters", "object");
    const std::vector<ParameterSpec> specs = parameters.specs();
    for (auto entry = object->begin(); entry != object->end(); ++entry) {
        const std::string &key = entry.key();
        const json &value = entry.value();
        if (key == "cost_curve" || key == "fleet_source")
            continue; // written for readers of the file; the top-level "cost_curve" is what counts
        if (!parameters.spec(key))
            return fieldError(ErrorCode::UnknownParameter, key);
        if (!value.is_number())
            return fieldError(ErrorCode::WrongType, "parameters." + key, "number");
    }
    // Registry order, so that t0 and horizon are in place before shock_year is checked.
    for (const ParameterSpec &spec : specs) {
        auto it = object->find(spec.name);
        if (it == object->end())
            continue;
        const double value = it->get<double>();
        if (Status status = parameters.set(spec.name, value); !status)
            return status;
        if (auto now = parameters.spec(spec.name); now && now->defaultValue == value)
            parameters.reset(spec.name);
    }
    return {};
}

} // namespace

bool ScenarioFile::isDate(std::string_view text)
{
    return isIsoDate(std::string(text));
}

std::string ScenarioFile::save(const Scenario &scenario)
{
    nlohmann::ordered_json root;
    root["schema_version"] = schemaVersion;
    root["name"] = scenario.name;
    root["note"] = scenario.note;
    root["cost_curve"] = scenario.parameters.costCurve();
    if (scenario.parameters.isFleetSourceExplicit())
        root["fleet_source"] = fleetSourceId(scenario.parameters.fleetSource());
    if (!scenario.asOf.empty())
        root["as_of"] = scenario.asOf;
    root["companies"] = scenario.parameters.selectedCompanies();
    root["parameters"] = parametersJson(scenario.parameters);
    return root.dump(2) + '\n';
}

Result<Scenario> ScenarioFile::load(std::string_view text, const ModelParameters &base)
{
    json root;
    try {
        root = json::parse(text);
    } catch (const json::parse_error &e) {
        auto [line, column] = lineAndColumn(text, e.byte > 0 ? e.byte - 1 : 0);
        return Error {ErrorCode::JsonSyntax, {}, line, column, {}, {}};
    } catch (const json::exception &e) {
        // e.g. out_of_range for a number that overflows a double (found by fuzz_scenario_load)
        return Error {ErrorCode::JsonSyntax, {}, 0, 0, {}, e.what()};
    }
    if (!root.is_object())
        return fieldError(ErrorCode::WrongType, "", "object");

    auto version = root.find("schema_version");
    if (version == root.end())
        return fieldError(ErrorCode::InvalidValue, "schema_version");
    if (!version->is_number_integer())
        return fieldError(ErrorCode::WrongType, "schema_version", "integer");
    const long long schema = version->get<long long>();
    if (schema != 1 && schema != schemaVersion)
        return fieldError(ErrorCode::InvalidValue, "schema_version", std::to_string(schema));

    Scenario scenario {{}, {}, ModelParameters(base.inputs()), {}, schema < schemaVersion ? static_cast<int>(schema) : 0};
    if (Status status = readStrings(root, "as_of", scenario.asOf, false); !status)
        return status.error();
    if (!scenario.asOf.empty() && !isIsoDate(scenario.asOf))
        return fieldError(ErrorCode::InvalidValue, "as_of", scenario.asOf);
    std::string fleetSource;
    if (Status status = readStrings(root, "fleet_source", fleetSource, false); !status)
        return status.error();
    if (!fleetSource.empty())
        if (Status status = scenario.parameters.setFleetSource(fleetSource); !status)
            return status.error();
    if (Status status = readStrings(root, "name", scenario.name, true); !status)
        return status.error();
    if (Status status = readStrings(root, "note", scenario.note, false); !status)
        return status.error();

    std::string curve(CostCurvePresets::defaultId);
    if (Status status = readStrings(root, "cost_curve", curve, false); !status)
        return status.error();
    if (Status status = scenario.parameters.setCostCurve(curve); !status)
        return status.error();

    if (auto companies = root.find("companies"); companies != root.end()) {
        if (!companies->is_array())
            return fieldError(ErrorCode::WrongType, "companies", "array");
        std::vector<std::string> ids;
        for (std::size_t i = 0; i < companies->size(); ++i) {
            if (!(*companies)[i].is_string())
                return fieldError(ErrorCode::WrongType, "companies[" + std::to_string(i) + ']', "string");
            ids.push_back((*companies)[i].get<std::string>());
        }
        if (Status status = scenario.parameters.selectCompanies(ids); !status)
            return status.error();
    }

    if (Status status = applyParameters(root, scenario.parameters); !status)
        return status.error();
    return scenario;
}

const std::vector<ScenarioPreset> &ScenarioFile::presets()
{
    static const std::vector<ScenarioPreset> list = {
        {"base", "Base case", "基准情景", "Every parameter at its default", "所有参数取默认值"},
        {"deepseek_moment", "DeepSeek moment", "DeepSeek时刻",
            "Unit price falls a further 10× in the year after the base year (shock_factor 0.1)",
            "基准年的次年单位价格再降10倍（冲击系数0.1）"},
        {"inelastic", "Inelastic demand: compute over-built", "需求缺乏弹性：算力过度建设",
            "Elasticity 0.6: cheaper AI work lowers total spend", "弹性0.6：AI算力变便宜反而使总支出下降"},
        {"strong_jevons", "Strong Jevons effect", "强杰文斯效应", "Elasticity 1.6: cheaper AI work raises total spend",
            "弹性1.6：AI算力变便宜使总支出上升"},
        {"power_bound", "Power-bound", "电力受限",
            "An assumed ceiling, not a forecast: 15 GW of installed AI power in 2025, growing 25% a year (about 46 GW "
            "in 2030). The selected companies' Epoch fleets at 1.4 kW per H100e draw about 11.5 GW at the end of 2025; "
            "for scale, OpenAI's announced commitments total about 30 GW (2025-10-28) and Stargate's goal is 10 GW.",
            "假设的上限而非预测：2025年已装AI电力15吉瓦，每年增长25%（2030年约46吉瓦）。按每单位等效H100 1.4千瓦计，"
            "所选公司的Epoch机群在2025年末约耗电11.5吉瓦；作为参照，OpenAI公布的算力承诺合计约30吉瓦（2025-10-28），"
            "星际之门的目标为10吉瓦。"},
    };
    return list;
}

Result<Scenario> ScenarioFile::preset(std::string_view id, const ModelParameters &base)
{
    const auto &list = presets();
    auto it = std::find_if(list.begin(), list.end(), [id](const ScenarioPreset &p) { return p.id == id; });
    if (it == list.end())
        return fieldError(ErrorCode::UnknownReference, "scenario", std::string(id));
    Scenario scenario {it->nameEn, it->noteEn, ModelParameters(base.inputs()), {}, 0};
    Status status;
    if (id == "deepseek_moment") {
        status = scenario.parameters.set("shock_factor", 0.1);
        if (status)
            status = scenario.parameters.set("shock_year", scenario.parameters.t0() + 1);
    } else if (id == "power_bound") {
        status = scenario.parameters.set("power_cap_gw", 15);
        if (status)
            status = scenario.parameters.set("power_cap_growth", 1.25);
    } else if (id == "inelastic") {
        status = scenario.parameters.set("elasticity", 0.6);
    } else if (id == "strong_jevons") {
        status = scenario.parameters.set("elasticity", 1.6);
    }
    if (!status)
        return status.error();
    return scenario;
}

} // namespace capex

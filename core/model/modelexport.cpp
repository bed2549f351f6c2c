#include "modelexport.h"

#include "shortestdecimal.h"

#include <cmath>

namespace capex {
namespace {

using ordered_json = nlohmann::ordered_json;

ordered_json number(double value)
{
    if (!std::isfinite(value))
        return nullptr;
    return value;
}

ordered_json number(const std::optional<double> &value)
{
    return value ? number(*value) : ordered_json(nullptr);
}

ordered_json percentilesJson(const Percentiles &p)
{
    ordered_json object;
    object["p5"] = number(p.p5);
    object["p25"] = number(p.p25);
    object["p50"] = number(p.p50);
    object["p75"] = number(p.p75);
    object["p95"] = number(p.p95);
    return object;
}

void appendCsvNumber(std::string &line, const std::optional<double> &value)
{
    if (value && std::isfinite(*value))
        line += detail::shortestDecimal(*value);
}

} // namespace

ordered_json parametersJson(const ModelParameters &parameters)
{
    ordered_json object;
    object["cost_curve"] = parameters.costCurve();
    object["fleet_source"] = fleetSourceId(parameters.fleetSource());
    for (const ParameterSpec &spec : parameters.specs()) {
        if (spec.integer)
            object[spec.name] = static_cast<long long>(std::llround(spec.value));
        else
            object[spec.name] = spec.value;
    }
    return object;
}

std::string toJson(const ModelParameters &parameters, const ModelResult &result, std::string_view asOf)
{
    ordered_json root;
    if (!asOf.empty())
        root["as_of"] = asOf;
    root["parameters"] = parametersJson(parameters);
    root["companies"] = result.companies;
    ordered_json years = ordered_json::array();
    for (std::size_t i = 0; i < result.years.size(); ++i) {
        const YearRow &row = result.years[i];
        ordered_json year;
        year["year"] = row.year;
        for (int o = 0; o < modelOutputCount; ++o) {
            const auto output = static_cast<ModelOutput>(o);
            year[outputName(output)] = number(row.value(output));
            if (output == ModelOutput::RequiredAiCapexUsd)
                year["capped"] = row.capped;
            if (output == ModelOutput::PowerCeilingGw) {
                const char *limit = capLimitName(row.cappedBy);
                year["capped_by"] = limit ? ordered_json(limit) : ordered_json(nullptr);
            }
        }
        ordered_json byCompany = ordered_json::object();
        for (std::size_t c = 0; c < result.companies.size(); ++c)
            byCompany[result.companies[c]] = number(result.planned(i, c));
        year["planned_ai_capex_by_company_usd"] = std::move(byCompany);
        years.push_back(std::move(year));
    }
    root["years"] = std::move(years);
    return root.dump(2) + '\n';
}

std::string toCsv(const ModelResult &result)
{
    std::string text = "year";
    for (int o = 0; o < modelOutputCount; ++o) {
        text += ',';
        text += outputName(static_cast<ModelOutput>(o));
        if (static_cast<ModelOutput>(o) == ModelOutput::RequiredAiCapexUsd)
            text += ",capped";
        if (static_cast<ModelOutput>(o) == ModelOutput::PowerCeilingGw)
            text += ",capped_by";
    }
    text += '\n';
    for (const YearRow &row : result.years) {
        text += std::to_string(row.year);
        for (int o = 0; o < modelOutputCount; ++o) {
            const auto output = static_cast<ModelOutput>(o);
            text += ',';
            appendCsvNumber(text, row.value(output));
            if (output == ModelOutput::RequiredAiCapexUsd)
                text += row.capped ? ",true" : ",false";
            if (output == ModelOutput::PowerCeilingGw) {
                text += ',';
                if (const char *limit = capLimitName(row.cappedBy))
                    text += limit;
            }
        }
        text += '\n';
    }
    return text;
}

std::string toJson(const MonteCarloResult &result)
{
    ordered_json root;
    root["runs"] = result.runs;
    root["seed"] = result.seed;
    root["uncertain"] = result.uncertain;
    root["cancelled"] = result.cancelled;
    ordered_json years = ordered_json::array();
    for (const MonteCarloYear &y : result.years) {
        ordered_json year;
        year["year"] = y.year;
        year["spend_index"] = percentilesJson(y.spendIndex);
        year["required_h100e"] = percentilesJson(y.requiredH100e);
        year["required_ai_capex_usd"] = percentilesJson(y.requiredAiCapexUsd);
        year["required_power_gw"] = percentilesJson(y.requiredPowerGw);
        year["plan_to_required_ratio"] = percentilesJson(y.planToRequiredRatio);
        years.push_back(std::move(year));
    }
    root["years"] = std::move(years);
    return root.dump(2) + '\n';
}

std::string toJson(const TornadoResult &result)
{
    ordered_json root;
    root["output"] = outputName(result.output);
    root["year"] = result.year;
    root["baseline"] = number(result.baseline);
    ordered_json bars = ordered_json::array();
    for (const TornadoBar &bar : result.bars) {
        ordered_json item;
        item["parameter"] = bar.parameter;
        item["low"] = bar.lowValue;
        item["high"] = bar.highValue;
        item["output_at_low"] = number(bar.outputAtLow);
        item["output_at_high"] = number(bar.outputAtHigh);
        item["swing"] = bar.swing;
        bars.push_back(std::move(item));
    }
    root["bars"] = std::move(bars);
    return root.dump(2) + '\n';
}

std::string toJson(const GoalSeekResult &result)
{
    ordered_json root;
    const bool reached = result.outcome == GoalSeekResult::Outcome::Reached;
    root["outcome"] = reached ? "reached" : "unreachable";
    root["parameter"] = result.parameter;
    root["output"] = outputName(result.output);
    root["year"] = result.year;
    root["target"] = result.target;
    root["searched"] = result.searched == GoalSeekResult::Searched::UsualRange ? "usual_range" : "valid_domain";
    if (reached) {
        root["value"] = result.value;
        root["in_usual_range"] = result.inUsualRange;
    }
    root["usual_low"] = result.usualLow;
    root["usual_high"] = result.usualHigh;
    root["low"] = result.low;
    root["high"] = result.high;
    root["output_at_low"] = number(result.outputAtLow);
    root["output_at_high"] = number(result.outputAtHigh);
    return root.dump(2) + '\n';
}

std::string toJson(const GridResult &result)
{
    ordered_json root;
    root["x"] = ordered_json {{"parameter", result.x}, {"values", result.xValues}};
    root["y"] = ordered_json {{"parameter", result.y}, {"values", result.yValues}};
    root["output"] = outputName(result.output);
    root["year"] = result.year;
    ordered_json rows = ordered_json::array();
    for (std::size_t j = 0; j < result.yValues.size(); ++j) {
        ordered_json row = ordered_json::array();
        for (std::size_t i = 0; i < result.xValues.size(); ++i)
            row.push_back(number(result.at(i, j)));
        rows.push_back(std::move(row));
    }
    root["values"] = std::move(rows);
    return root.dump(2) + '\n';
}

std::string toCsv(const GridResult &result)
{
    std::string text = result.y + '\\' + result.x;
    for (double x : result.xValues)
        text += ',' + detail::shortestDecimal(x);
    text += '\n';
    for (std::size_t j = 0; j < result.yValues.size(); ++j) {
        text += detail::shortestDecimal(result.yValues[j]);
        for (std::size_t i = 0; i < result.xValues.size(); ++i) {
            text += ',';
            appendCsvNumber(text, result.at(i, j));
        }
        text += '\n';
    }
    return text;
}

std::string toJson(const HindcastResult &result)
{
    ordered_json root;
    root["as_of"] = result.asOf;
    root["t0"] = result.t0;
    root["companies"] = result.companies;
    ordered_json years = ordered_json::array();
    for (const HindcastYear &y : result.years) {
        ordered_json year;
        year["year"] = y.year;
        year["planned_ai_capex_usd"] = number(y.plannedAiCapexUsd);
        year["actual_ai_capex_usd"] = number(y.actualAiCapexUsd);
        year["plan_error"] = number(y.planError);
        year["required_ai_capex_usd"] = number(y.requiredAiCapexUsd);
        year["installed_h100e"] = number(y.installedH100e);
        year["fleet_estimate_h100e"] = number(y.fleetEstimateH100e);
        year["fleet_error"] = number(y.fleetError);
        years.push_back(std::move(year));
    }
    root["years"] = std::move(years);
    return root.dump(2) + '\n';
}

std::string toCsv(const HindcastResult &result)
{
    std::string text = "year,planned_ai_capex_usd,actual_ai_capex_usd,plan_error,required_ai_capex_usd,installed_h100e,"
                       "fleet_estimate_h100e,fleet_error\n";
    for (const HindcastYear &y : result.years) {
        text += std::to_string(y.year);
        for (const std::optional<double> &v : {std::optional<double>(y.plannedAiCapexUsd), y.actualAiCapexUsd, y.planError,
                 std::optional<double>(y.requiredAiCapexUsd), std::optional<double>(y.installedH100e),
                 y.fleetEstimateH100e, y.fleetError}) {
            text += ',';
            appendCsvNumber(text, v);
        }
        text += '\n';
    }
    return text;
}

} // namespace capex


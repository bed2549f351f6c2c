#pragma once

#include "parameters.h"
#include "result.h"

#include <string>
#include <string_view>
#include <vector>

namespace capex {

/// A named set of model inputs: every parameter, the company selection and the cost-curve preset.
struct Scenario
{
    std::string name;
    std::string note;
    ModelParameters parameters;
};

/// A built-in scenario, with its names in both languages.
struct ScenarioPreset
{
    std::string id;
    std::string nameEn;
    std::string nameZh;
    std::string noteEn;
    std::string noteZh;
};

/// Scenario files (JSON, schema_version 1) and the built-in scenarios.
///
/// {"schema_version": 1, "name": "…", "note": "…", "cost_curve": "ark_inference",
///  "companies": ["microsoft", …], "parameters": {"t0": 2024, "cost_decline": 0.86, …}}
///
/// A parameter missing from "parameters" keeps its default; a saved value equal to the value
/// it would follow (the preset's cost_decline, the selection's base_fleet, the guidance's
/// capex growth) follows it again after loading.
class ScenarioFile
{
public:
    static constexpr int schemaVersion = 1;

    static std::string save(const Scenario &scenario);

    /// Reads a scenario on top of `base` (which supplies the data-derived inputs). Errors:
    /// JsonSyntax with line and column; WrongType (detail = the expected JSON type) and
    /// MissingField naming the field ("name", "parameters", "parameters.elasticity",
    /// "companies[1]"); InvalidValue (field "schema_version") when it is missing, not 1 or
    /// newer (detail = the value), and (field "cost_curve") for an unknown preset;
    /// UnknownReference (field "companies") for an unknown company; UnknownParameter and
    /// ParameterOutOfDomain as ModelParameters::set.
    static Result<Scenario> load(std::string_view json, const ModelParameters &base);

    /// base, deepseek_moment (shock_factor 0.1 from 2025), inelastic (elasticity 0.6: compute
    /// over-built), strong_jevons (elasticity 1.6).
    static const std::vector<ScenarioPreset> &presets();
    /// The preset applied to `base`'s defaults (its data, the default selection and curve).
    /// UnknownReference (field "scenario", detail = id) for an unknown id.
    static Result<Scenario> preset(std::string_view id, const ModelParameters &base);
};

} // namespace capex

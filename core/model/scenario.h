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
    /// The data as known on this date (YYYY-MM-DD); empty: everything. The caller builds
    /// `parameters`' inputs from Dataset::knownOn(asOf).
    std::string asOf;
    /// The schema the file was written in, when older than ScenarioFile::schemaVersion: the
    /// caller says which meanings changed (docs/model.md, "Scenario files").
    int migratedFrom = 0;
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

/// Scenario files (JSON, schema_version 2; 1 is read and migrated) and the built-in scenarios.
///
/// {"schema_version": 2, "name": "…", "note": "…", "cost_curve": "ark_inference",
///  "fleet_source": "epoch", "as_of": "2025-02-01", "companies": ["microsoft", …],
///  "parameters": {"t0": 2025, "cost_decline": 0.86, …}}
///
/// "fleet_source" and "as_of" are optional. Schema 1 files keep their saved values; version 2
/// gave capex_growth.<company> a new meaning (the growth the plan fades from), and a file without
/// t0 now starts in 2025.
///
/// A parameter missing from "parameters" keeps its default; a saved value equal to the value
/// it would follow (the preset's cost_decline, the selection's base_fleet, the guidance's
/// capex growth) follows it again after loading.
class ScenarioFile
{
public:
    static constexpr int schemaVersion = 2;

    /// Whether `text` is a YYYY-MM-DD date, as `as_of` and `--as-of` take.
    static bool isDate(std::string_view text);

    static std::string save(const Scenario &scenario);

    /// Reads a scenario on top of `base` (which supplies the data-derived inputs). Errors:
    /// JsonSyntax with line and column; WrongType (detail = the expected JSON type) and
    /// MissingField naming the field ("name", "parameters", "parameters.elasticity",
    /// "companies[1]"); InvalidValue (field "schema_version") when it is missing, not 1 or 2
    /// (detail = the value), (field "cost_curve") for an unknown preset, (field "fleet_source")
    /// for an unknown source and (field "as_of") for a value that is not a YYYY-MM-DD date;
    /// UnknownReference (field "companies") for an unknown company; UnknownParameter and
    /// ParameterOutOfDomain as ModelParameters::set.
    static Result<Scenario> load(std::string_view json, const ModelParameters &base);

    /// base, deepseek_moment (shock_factor 0.1 from t0 + 1), inelastic (elasticity 0.6: compute
    /// over-built), strong_jevons (elasticity 1.6), power_bound (a power ceiling of 15 GW growing
    /// 25 % a year).
    static const std::vector<ScenarioPreset> &presets();
    /// The preset applied to `base`'s defaults (its data, the default selection and curve).
    /// UnknownReference (field "scenario", detail = id) for an unknown id.
    static Result<Scenario> preset(std::string_view id, const ModelParameters &base);
};

} // namespace capex

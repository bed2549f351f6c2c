#pragma once

#include "goalseek.h"
#include "grid.h"
#include "hindcast.h"
#include "modelresult.h"
#include "montecarlo.h"
#include "parameters.h"
#include "tornado.h"

#include <nlohmann/json.hpp>
#include <string>

namespace capex {

/// Every parameter by name ("cost_curve" as its preset id, integers as integers), in registry order.
nlohmann::ordered_json parametersJson(const ModelParameters &parameters);

/// The machine-readable output of docs/model.md (`capexlens scenario run --format json`):
/// {"parameters": {…}, "companies": […], "years": [{"year": 2024, "unit_cost_index": 1.0, …}]}
/// with exactly the specification's per-year keys, then wanted_ai_capex_usd,
/// capex_ceiling_usd, capex_gap_usd and planned_ai_capex_by_company_usd. A ratio or a ceiling
/// that does not exist is null.
/// With `asOf` (the data as known on that date), an "as_of" key first.
std::string toJson(const ModelParameters &parameters, const ModelResult &result, std::string_view asOf = {});

/// The per-year rows as CSV with the same column names (a missing value is an empty cell).
std::string toCsv(const ModelResult &result);

/// {"runs", "seed", "uncertain", "years": [{"year", "spend_index": {"p5", "p25", "p50", "p75", "p95"},
/// "required_h100e", "required_ai_capex_usd", "plan_to_required_ratio"}]}; +inf is null.
std::string toJson(const MonteCarloResult &result);

/// {"output", "year", "baseline", "bars": [{"parameter", "low", "high", "output_at_low", "output_at_high", "swing"}]}
std::string toJson(const TornadoResult &result);

/// {"outcome": "reached"|"unreachable", "parameter", "output", "year", "target", "value" (reached only),
/// "low", "high", "output_at_low", "output_at_high"}
std::string toJson(const GoalSeekResult &result);

/// {"x": {"parameter", "values"}, "y": {…}, "output", "year", "values": [[…], …]}: one inner list
/// per y value, x varying inside; null where the output is undefined.
std::string toJson(const GridResult &result);
/// A table: the first row "y\\x" and the x values, then per y value its row.
std::string toCsv(const GridResult &result);

/// {"as_of", "t0", "companies", "years": [{"year", "planned_ai_capex_usd", "actual_ai_capex_usd",
/// "plan_error", "required_ai_capex_usd", "installed_h100e", "fleet_estimate_h100e", "fleet_error"}]}
std::string toJson(const HindcastResult &result);
std::string toCsv(const HindcastResult &result);

} // namespace capex

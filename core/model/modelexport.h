#pragma once

#include "goalseek.h"
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
std::string toJson(const ModelParameters &parameters, const ModelResult &result);

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

} // namespace capex

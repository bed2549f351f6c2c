#pragma once

#include "modelresult.h"
#include "parameters.h"
#include "parametervalues.h"

namespace capex {

/// The cost, demand, fleet and capex projection of docs/model.md (equations 1–10): how a
/// falling unit price, answered by demand with a given elasticity (the Jevons paradox), turns
/// into required GPU fleets and capex, against the capex the companies plan.
class CapexModel
{
public:
    /// Projects t0…horizon into `out`, reusing its storage (no allocation once it has the size).
    /// Deterministic; a 12-year run takes a few microseconds.
    static void run(const ParameterValues &values, ModelResult &out);
    static ModelResult run(const ParameterValues &values);
    static ModelResult run(const ModelParameters &parameters);

    /// Equation 9 for one company: K_plan_i(t) = capex_i(last actual year) ·
    /// (1 + capex_growth_i)^(t − last actual year) · ai_share.
    static double plannedAiCapex(const CompanyPlan &company, double aiShare, int year);

    /// Equation 8's ceiling: K_cap(n) = capex_cap_share · world_gdp_usd · gdp_growth^n; none
    /// (+inf) when the share is 0.
    static double capexCeiling(const ParameterValues &values, int step);
};

} // namespace capex

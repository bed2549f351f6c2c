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

    /// Equation 9′ for one company: its total capex (not yet × ai_share) for the calendar years
    /// firstYear … firstYear + years − 1 into mid[], and the band into low[]/high[] (NaN where
    /// there is none): the known years as they are, then K(t) = K(t−1)·(1 + g(t)) with
    /// g(t) = g0 + (g_LR − g0)·min(t − G, F)/F. Years before the company's data are 0.
    static void companyCapex(const CompanyPlan &company, double longRunGrowth, int fadeYears, int firstYear,
                             int years, double *mid, double *low, double *high);

    /// Equation 8's ceiling: K_cap(n) = capex_cap_share · world_gdp_usd · gdp_growth^n; none
    /// (+inf) when the share is 0.
    static double capexCeiling(const ParameterValues &values, int step);
};

} // namespace capex

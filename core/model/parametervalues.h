#pragma once

#include <string>
#include <vector>

namespace capex {

/// One selected company's contribution to planned AI capex (equation 9).
struct CompanyPlan
{
    std::string company;
    double lastCapexUsd = 0; ///< total capex of its last actual year, USD (0 when the data has none)
    int lastCapexYear = 2025;
    double capexGrowth = 0.15; ///< `capex_growth.<company>`
};

/// The plain numbers one model run reads: every parameter resolved (the preset's or derived
/// `cost_decline`, the data's `base_fleet`), with no names, no validation and no defaults
/// logic. ModelParameters produces it; the Monte Carlo perturbs copies of it.
struct ParameterValues
{
    int t0 = 2024;
    int horizon = 2035;
    double costDecline = 0.86;
    double hwGain = 1.35;
    double algoGain = 2.8;
    double elasticity = 1.1;
    double demandGrowth = 1.0;
    double shockFactor = 1.0;
    int shockYear = 2025;
    double baseFleet = 3.1e6;
    double h100ePrice = 35000;
    int usefulLife = 5;
    double accelShare = 0.6;
    double capexCapShare = 0.02; ///< 0 = no ceiling
    double worldGdpUsd = 110e12;
    double gdpGrowth = 1.03;
    double aiShare = 0.7;
    std::vector<CompanyPlan> companies; ///< the selected companies, in selection order

    int yearCount() const { return horizon - t0 + 1; }
};

} // namespace capex

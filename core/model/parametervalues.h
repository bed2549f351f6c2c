#pragma once

#include <string>
#include <vector>

namespace capex {

/// One selected company's capex path for the plan (equation 9′ of docs/model.md): its known
/// years — calendar-year actuals, then the guided years — and the growth the fade starts from.
struct CompanyPlan
{
    std::string company;
    int firstYear = 0; ///< calendar year of path[0]
    /// Capex in USD for firstYear, firstYear + 1, …: actuals up to lastActualYear, then guidance
    /// (a range's middle). Empty when the data has no actual for the company: it plans nothing.
    std::vector<double> path;
    std::vector<double> pathLow; ///< the band of a guided range; NaN where there is none
    std::vector<double> pathHigh;
    int lastActualYear = 0; ///< A_i
    double capexGrowth = 0.15; ///< `capex_growth.<company>`: g0_i, growth in the first faded year

    /// G_i: the last year with an actual or a guided figure.
    int lastKnownYear() const { return firstYear + static_cast<int>(path.size()) - 1; }
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
    double planLongRunGrowth = 0.05; ///< g_LR
    int planFadeYears = 3; ///< F
    double kwPerH100e = 1.4; ///< kW per H100e installed in t0
    double ppwGain = 1.25; ///< performance per watt, ×/yr
    double powerCapGw = 0; ///< 0 = no power ceiling
    double powerCapGrowth = 1.3;
    std::vector<CompanyPlan> companies; ///< the selected companies, in selection order

    int yearCount() const { return horizon - t0 + 1; }
};

} // namespace capex

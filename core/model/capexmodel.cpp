#include "capexmodel.h"

#include "projectionkernel.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace capex {

double CapexModel::plannedAiCapex(const CompanyPlan &company, double aiShare, int year)
{
    return company.lastCapexUsd * std::pow(1.0 + company.capexGrowth, year - company.lastCapexYear) * aiShare;
}

double CapexModel::capexCeiling(const ParameterValues &values, int step)
{
    if (values.capexCapShare == 0)
        return std::numeric_limits<double>::infinity();
    return values.capexCapShare * values.worldGdpUsd * std::pow(values.gdpGrowth, step);
}

void CapexModel::run(const ParameterValues &v, ModelResult &out)
{
    const int years = std::clamp(v.yearCount(), 1, detail::maxProjectionYears);

    detail::LaneParameters<1> p {};
    p.costDecline[0] = v.costDecline;
    p.hwGain[0] = v.hwGain;
    p.elasticity[0] = v.elasticity;
    p.demandGrowth[0] = v.demandGrowth;
    p.shockFactor[0] = v.shockFactor;
    p.shockStep[0] = v.shockYear - v.t0;
    p.baseFleet[0] = v.baseFleet;
    p.h100ePrice[0] = v.h100ePrice;
    p.usefulLife[0] = v.usefulLife;
    p.accelShare[0] = v.accelShare;
    p.capexCap0[0] = capexCeiling(v, 0);

    std::array<double, detail::maxProjectionYears> gdpPow {};
    gdpPow[0] = 1.0;
    for (int n = 1; n < years; ++n)
        gdpPow[n] = gdpPow[n - 1] * v.gdpGrowth;

    out.years.resize(years);
    detail::projectLanes<true>(p, years, gdpPow, [&out, &v](const detail::LaneYear<1> &y) {
        YearRow &row = out.years[y.step];
        row.year = v.t0 + y.step;
        row.unitCostIndex = y.unitCost[0];
        row.demandIndex = y.demand[0];
        row.spendIndex = y.spend[0];
        row.computeIndex = y.compute[0];
        row.requiredH100e = y.required[0];
        row.installedH100e = y.installed[0];
        row.newH100e = y.newUnits[0];
        row.retiredH100e = y.retired[0];
        row.idleH100e = y.idle[0];
        row.unmetH100e = y.unmet[0];
        row.h100ePriceUsd = y.price[0];
        row.wantedAiCapexUsd = y.wantedCapex[0];
        row.capexCeilingUsd = std::isinf(y.ceiling[0]) ? std::nullopt : std::optional<double>(y.ceiling[0]);
        row.requiredAiCapexUsd = y.capex[0];
        row.capped = y.capped[0];
    });

    const std::size_t companyCount = v.companies.size();
    out.companies.resize(companyCount);
    out.plannedByCompany.resize(companyCount * years);
    for (YearRow &row : out.years)
        row.plannedAiCapexUsd = 0;
    for (std::size_t c = 0; c < companyCount; ++c) {
        const CompanyPlan &company = v.companies[c];
        out.companies[c] = company.company;
        double planned = plannedAiCapex(company, v.aiShare, v.t0);
        for (int n = 0; n < years; ++n) {
            out.plannedByCompany[n * companyCount + c] = planned;
            out.years[n].plannedAiCapexUsd += planned;
            planned *= 1.0 + company.capexGrowth;
        }
    }
    for (YearRow &row : out.years) {
        row.capexGapUsd = row.plannedAiCapexUsd - row.requiredAiCapexUsd;
        row.planToRequiredRatio = row.requiredAiCapexUsd > 0
            ? std::optional<double>(row.plannedAiCapexUsd / row.requiredAiCapexUsd)
            : std::nullopt;
    }
}

ModelResult CapexModel::run(const ParameterValues &values)
{
    ModelResult result;
    run(values, result);
    return result;
}

ModelResult CapexModel::run(const ModelParameters &parameters)
{
    return run(parameters.values());
}

} // namespace capex

#include "capexmodel.h"

#include "projectionkernel.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace capex {

void CapexModel::companyCapex(const CompanyPlan &company, double longRunGrowth, int fadeYears, int firstYear,
                              int years, double *mid, double *low, double *high)
{
    const double none = std::numeric_limits<double>::quiet_NaN();
    if (company.path.empty()) {
        std::fill_n(mid, years, 0.0);
        std::fill_n(low, years, none);
        std::fill_n(high, years, none);
        return;
    }
    const int known = company.lastKnownYear();
    const double g0 = company.capexGrowth;
    const double fade = fadeYears > 0 ? fadeYears : 1;
    double k = company.path.back(), kLow = company.pathLow.back(), kHigh = company.pathHigh.back();
    int grownTo = known; // k holds K(grownTo)
    for (int i = 0; i < years; ++i) {
        const int t = firstYear + i;
        if (t <= known) {
            const int at = t - company.firstYear;
            const bool inData = at >= 0;
            mid[i] = inData ? company.path[at] : 0.0;
            low[i] = inData ? company.pathLow[at] : none;
            high[i] = inData ? company.pathHigh[at] : none;
            continue;
        }
        for (; grownTo < t; ++grownTo) {
            const double g = g0 + (longRunGrowth - g0) * std::min<double>(grownTo + 1 - known, fade) / fade;
            k *= 1.0 + g;
            kLow *= 1.0 + g;
            kHigh *= 1.0 + g;
        }
        mid[i] = k;
        low[i] = kLow;
        high[i] = kHigh;
    }
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
    p.kwPerH100e[0] = v.kwPerH100e;
    p.ppwGain[0] = v.ppwGain;
    p.powerCap0[0] = v.powerCapGw > 0 ? v.powerCapGw * 1e6 : std::numeric_limits<double>::infinity();
    p.powerCapGrowth[0] = v.powerCapGrowth;

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
        row.installedPowerGw = y.installedPower[0] / 1e6;
        row.requiredPowerGw = y.requiredPower[0] / 1e6;
        row.powerCeilingGw = std::isinf(y.powerCeiling[0]) ? std::nullopt : std::optional<double>(y.powerCeiling[0] / 1e6);
        row.cappedBy = static_cast<CapLimit>(y.cappedBy[0]);
    });

    const std::size_t companyCount = v.companies.size();
    out.companies.resize(companyCount);
    out.plannedByCompany.resize(companyCount * years);
    out.lastActualYear.resize(companyCount);
    out.lastGuidedYear.resize(companyCount);
    std::array<double, detail::maxProjectionYears> lowSum {}, highSum {};
    std::array<bool, detail::maxProjectionYears> banded {};
    for (YearRow &row : out.years)
        row.plannedAiCapexUsd = 0;
    std::array<double, detail::maxProjectionYears> mid {}, low {}, high {};
    for (std::size_t c = 0; c < companyCount; ++c) {
        const CompanyPlan &company = v.companies[c];
        out.companies[c] = company.company;
        out.lastActualYear[c] = company.path.empty() ? 0 : company.lastActualYear;
        out.lastGuidedYear[c] = company.path.empty() ? 0 : company.lastKnownYear();
        companyCapex(company, v.planLongRunGrowth, v.planFadeYears, v.t0, years, mid.data(), low.data(), high.data());
        for (int n = 0; n < years; ++n) {
            const double planned = mid[n] * v.aiShare;
            out.plannedByCompany[n * companyCount + c] = planned;
            out.years[n].plannedAiCapexUsd += planned;
            const bool band = !std::isnan(low[n]);
            banded[n] = banded[n] || band;
            lowSum[n] += (band ? low[n] : mid[n]) * v.aiShare;
            highSum[n] += (band ? high[n] : mid[n]) * v.aiShare;
        }
    }
    for (int n = 0; n < years; ++n) {
        out.years[n].plannedLowUsd = banded[n] ? std::optional<double>(lowSum[n]) : std::nullopt;
        out.years[n].plannedHighUsd = banded[n] ? std::optional<double>(highSum[n]) : std::nullopt;
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

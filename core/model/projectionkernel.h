#pragma once

// Internal to core/model: the arithmetic of equations 1–8 of shared/model.md, written once and
// shared by CapexModel (one run) and MonteCarlo (L runs side by side). Running independent runs
// in lanes lets the CPU overlap their fleet recursions, which are serial within one run; every
// lane does exactly the same operations as a lone run, so results do not depend on L.

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace capex::detail {

/// 2024–2040 is 17 years; room to spare.
inline constexpr int maxProjectionYears = 32;

/// The parameters the fleet recursion reads, for L runs.
template <int L> struct LaneParameters
{
    std::array<double, L> costDecline;
    std::array<double, L> hwGain;
    std::array<double, L> elasticity;
    std::array<double, L> demandGrowth;
    std::array<double, L> shockFactor;
    std::array<int, L> shockStep; ///< shock_year − t0
    std::array<double, L> baseFleet;
    std::array<double, L> h100ePrice;
    std::array<int, L> usefulLife;
    std::array<double, L> accelShare;
    std::array<double, L> capexCap0; ///< capex_cap_share · world_gdp_usd; +inf without a ceiling
};

/// One year of L runs. The Monte Carlo reads spend, required and capex; the other fields are
/// filled only for a full projection.
template <int L> struct LaneYear
{
    int step = 0; ///< n = t − t0
    std::array<double, L> spend;
    std::array<double, L> required;
    std::array<double, L> capex;
    std::array<double, L> unitCost;
    std::array<double, L> demand;
    std::array<double, L> compute;
    std::array<double, L> installed;
    std::array<double, L> newUnits;
    std::array<double, L> retired;
    std::array<double, L> idle;
    std::array<double, L> unmet;
    std::array<double, L> price;
    std::array<double, L> wantedCapex;
    std::array<double, L> ceiling;
    std::array<bool, L> capped;
};

/// Projects `years` years (t0 included) and hands each to `sink(const LaneYear<L> &)`.
/// `gdpPow[n]` = gdp_growth^n.
///
/// The indices are advanced by their constant yearly factors, which is equation 1–4 exactly:
/// C(n) = C(n−1)·(1 − d), Q(n) = Q(n−1)·g·(1 − d)^(−e), E(n) = E(n−1)·g·(1 − d)^(1−e), with the
/// shock's S, S^(−e), S^(1−e) applied once in shock_year. P(n) = price·(1/hw)^n. A capped year
/// buys N = K_cap·accel_share/P, an uncapped one exactly the wanted W (equation 8).
template <bool Full, int L, typename Sink>
inline void projectLanes(
    const LaneParameters<L> &p, int years, const std::array<double, maxProjectionYears> &gdpPow, Sink &&sink)
{
    using Lanes = std::array<double, L>;
    Lanes cost, demand, spend, costStep, demandStep, spendStep, costShock, demandShock, spendShock;
    Lanes hwPow, invHw, invHwPow, installed, invAccel, invPrice, baseRetirement;
    std::array<Lanes, maxProjectionYears> bought;
    LaneYear<L> y;

    for (int l = 0; l < L; ++l) {
        const double e = p.elasticity[l];
        const double logStep = std::log(1.0 - p.costDecline[l]);
        const double s = p.shockFactor[l];
        spendStep[l] = p.demandGrowth[l] * std::exp((1.0 - e) * logStep);
        spendShock[l] = s == 1.0 ? 1.0 : std::exp((1.0 - e) * std::log(s));
        if constexpr (Full) {
            costStep[l] = 1.0 - p.costDecline[l];
            demandStep[l] = p.demandGrowth[l] * std::exp(-e * logStep);
            costShock[l] = s;
            demandShock[l] = s == 1.0 ? 1.0 : std::exp(-e * std::log(s));
        }
        cost[l] = demand[l] = spend[l] = 1.0;
        hwPow[l] = invHwPow[l] = 1.0;
        invHw[l] = 1.0 / p.hwGain[l];
        installed[l] = p.baseFleet[l];
        invAccel[l] = 1.0 / p.accelShare[l];
        invPrice[l] = 1.0 / p.h100ePrice[l];
        baseRetirement[l] = p.baseFleet[l] / p.usefulLife[l];
        bought[0][l] = 0.0;

        y.spend[l] = 1.0;
        y.required[l] = p.baseFleet[l];
        y.capex[l] = 0.0;
        if constexpr (Full) {
            y.unitCost[l] = y.demand[l] = y.compute[l] = 1.0;
            y.installed[l] = p.baseFleet[l];
            y.newUnits[l] = y.retired[l] = y.idle[l] = y.unmet[l] = y.wantedCapex[l] = 0.0;
            y.price[l] = p.h100ePrice[l];
            y.ceiling[l] = p.capexCap0[l];
            y.capped[l] = false;
        }
    }
    y.step = 0;
    sink(static_cast<const LaneYear<L> &>(y));

    for (int n = 1; n < years; ++n) {
        y.step = n;
        for (int l = 0; l < L; ++l) {
            spend[l] *= spendStep[l];
            if constexpr (Full) {
                cost[l] *= costStep[l];
                demand[l] *= demandStep[l];
            }
            if (n == p.shockStep[l]) {
                spend[l] *= spendShock[l];
                if constexpr (Full) {
                    cost[l] *= costShock[l];
                    demand[l] *= demandShock[l];
                }
            }
            hwPow[l] *= p.hwGain[l];
            invHwPow[l] *= invHw[l];
            const double compute = spend[l] * hwPow[l];
            const double required = p.baseFleet[l] * compute;
            const double price = p.h100ePrice[l] * invHwPow[l];
            const double retired = n <= p.usefulLife[l] ? baseRetirement[l] : bought[n - p.usefulLife[l]][l];
            const double wanted = std::max(0.0, required - installed[l] + retired);
            const double wantedCapex = wanted * price * invAccel[l];
            const double ceiling = p.capexCap0[l] * gdpPow[n];
            const bool capped = wantedCapex > ceiling;
            const double capex = capped ? ceiling : wantedCapex;
            const double newUnits = capped ? ceiling * p.accelShare[l] * hwPow[l] * invPrice[l] : wanted;
            bought[n][l] = newUnits;
            installed[l] += newUnits - retired;

            y.spend[l] = spend[l];
            y.required[l] = required;
            y.capex[l] = capex;
            if constexpr (Full) {
                y.unitCost[l] = cost[l];
                y.demand[l] = demand[l];
                y.compute[l] = compute;
                y.installed[l] = installed[l];
                y.newUnits[l] = newUnits;
                y.retired[l] = retired;
                y.idle[l] = wanted == 0.0 ? std::max(0.0, installed[l] - required) : 0.0;
                y.unmet[l] = capped ? wanted - newUnits : 0.0;
                y.price[l] = price;
                y.wantedCapex[l] = wantedCapex;
                y.ceiling[l] = ceiling;
                y.capped[l] = capped;
            }
        }
        sink(static_cast<const LaneYear<L> &>(y));
    }
}

} // namespace capex::detail

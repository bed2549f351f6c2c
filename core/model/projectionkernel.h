#pragma once

// Internal to core/model: the arithmetic of equations 1–8 of docs/model.md, written once and
// shared by CapexModel (one run) and MonteCarlo (L runs side by side). Every lane does exactly the
// same operations as a lone run, so results do not depend on L. Each year is a few loops over the
// lanes without branches (the shock year and the retirements are selects), which the compiler
// vectorises across runs; every operation is a correctly rounded IEEE one (no contraction into
// FMA: see core/model/CMakeLists.txt), so a vectorised lane gives the scalar run's bits.

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
    std::array<double, L> shockStep; ///< shock_year − t0 (a whole number)
    std::array<double, L> baseFleet;
    std::array<double, L> h100ePrice;
    std::array<double, L> usefulLife; ///< a whole number
    std::array<double, L> accelShare;
    std::array<double, L> capexCap0; ///< capex_cap_share · world_gdp_usd; +inf without a ceiling
    std::array<double, L> kwPerH100e; ///< w(0), kW
    std::array<double, L> ppwGain;
    std::array<double, L> powerCap0; ///< power_cap_gw in kW; +inf without a ceiling
    std::array<double, L> powerCapGrowth;
};

/// Why a year bought fewer units than it wanted (`capped_by`).
enum class CappedBy : unsigned char
{
    None,
    Capex,
    Power,
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
    std::array<double, L> installedPower; ///< PW(n), kW
    std::array<double, L> requiredPower; ///< PW_req(n), kW
    std::array<double, L> powerCeiling; ///< PW_cap(n), kW; +inf without one
    std::array<CappedBy, L> cappedBy;
};

/// Projects `years` years (t0 included) and hands each to `sink(const LaneYear<L> &)`.
/// `gdpPow[n]` = gdp_growth^n.
///
/// The indices are advanced by their constant yearly factors, which is equation 1–4 exactly:
/// C(n) = C(n−1)·(1 − d), Q(n) = Q(n−1)·g·(1 − d)^(−e), E(n) = E(n−1)·g·(1 − d)^(1−e), with the
/// shock's S, S^(−e), S^(1−e) applied once in shock_year (a factor 1 in the other years, which
/// changes no bit). P(n) = price·(1/hw)^n. A capped year buys N = K_cap·accel_share/P, an uncapped
/// one exactly the wanted W (equation 8).
template <bool Full, int L, typename Sink>
[[gnu::always_inline]] inline void projectLanes(
    const LaneParameters<L> &p, int years, const std::array<double, maxProjectionYears> &gdpPow, Sink &&sink)
{
    using Lanes = std::array<double, L>;
    Lanes cost, demand, spend, costStep, demandStep, spendStep, costShock, demandShock, spendShock;
    Lanes hwPow, invHw, invHwPow, installed, invAccel, invPrice, baseRetirement, retired;
    Lanes spendShockNow, costShockNow, demandShockNow;
    Lanes watts, invPpw, installedPower, baseRetirementPower, retiredPower, powerCeiling;
    std::array<Lanes, maxProjectionYears> bought;
    std::array<Lanes, maxProjectionYears> boughtPower; ///< N(k) · w(k)
    LaneYear<L> y;

    // The logarithms and exponentials are calls into libm, once per run: a loop of their own.
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
    }
    // The useful lives (whole numbers) the lanes hold: the retirements select among them.
    double shortestLife = p.usefulLife[0], longestLife = p.usefulLife[0];
    for (int l = 0; l < L; ++l) {
        shortestLife = std::min(shortestLife, p.usefulLife[l]);
        longestLife = std::max(longestLife, p.usefulLife[l]);
        cost[l] = demand[l] = spend[l] = 1.0;
        hwPow[l] = invHwPow[l] = 1.0;
        invHw[l] = 1.0 / p.hwGain[l];
        installed[l] = p.baseFleet[l];
        invAccel[l] = 1.0 / p.accelShare[l];
        invPrice[l] = 1.0 / p.h100ePrice[l];
        baseRetirement[l] = p.baseFleet[l] / p.usefulLife[l];
        bought[0][l] = 0.0;
        watts[l] = p.kwPerH100e[l];
        invPpw[l] = 1.0 / p.ppwGain[l];
        installedPower[l] = p.baseFleet[l] * p.kwPerH100e[l];
        baseRetirementPower[l] = baseRetirement[l] * p.kwPerH100e[l];
        powerCeiling[l] = p.powerCap0[l];
        boughtPower[0][l] = 0.0;
        y.installedPower[l] = y.requiredPower[l] = installedPower[l];
        y.powerCeiling[l] = powerCeiling[l];
        y.cappedBy[l] = CappedBy::None;

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
    const int firstLife = static_cast<int>(shortestLife), lastLife = static_cast<int>(longestLife);

    for (int n = 1; n < years; ++n) {
        y.step = n;
        const auto step = static_cast<double>(n);
        // R(n) = base_fleet / useful_life while n ≤ useful_life, then N(n − useful_life).
        for (int l = 0; l < L; ++l) {
            retired[l] = baseRetirement[l];
            retiredPower[l] = baseRetirementPower[l];
        }
        for (int life = firstLife; life <= lastLife && life < n; ++life) {
            const Lanes &old = bought[n - life];
            const Lanes &oldPower = boughtPower[n - life];
            const auto lifeValue = static_cast<double>(life);
            for (int l = 0; l < L; ++l) {
                retired[l] = p.usefulLife[l] == lifeValue ? old[l] : retired[l];
                retiredPower[l] = p.usefulLife[l] == lifeValue ? oldPower[l] : retiredPower[l];
            }
        }
        const double ceilingGrowth = gdpPow[n];
        // This year's shock factors (1 outside shock_year) go through an array of their own: a
        // multiplication by a select of 1 would be turned into a multiplication under a branch,
        // which the compiler may not vectorise (a floating-point operation may trap).
        for (int l = 0; l < L; ++l) {
            const bool shocked = step == p.shockStep[l];
            spendShockNow[l] = shocked ? spendShock[l] : 1.0;
            if constexpr (Full) {
                costShockNow[l] = shocked ? costShock[l] : 1.0;
                demandShockNow[l] = shocked ? demandShock[l] : 1.0;
            }
        }
        // Both sides of each select are computed: a loop without branches.
        for (int l = 0; l < L; ++l) {
            spend[l] *= spendStep[l];
            spend[l] *= spendShockNow[l];
            if constexpr (Full) {
                cost[l] *= costStep[l];
                cost[l] *= costShockNow[l];
                demand[l] *= demandStep[l];
                demand[l] *= demandShockNow[l];
            }
            hwPow[l] *= p.hwGain[l];
            invHwPow[l] *= invHw[l];
            const double compute = spend[l] * hwPow[l];
            const double required = p.baseFleet[l] * compute;
            const double price = p.h100ePrice[l] * invHwPow[l];
            const double shortfall = required - installed[l] + retired[l];
            const double wanted = 0.0 < shortfall ? shortfall : 0.0; // std::max(0.0, shortfall)
            const double wantedCapex = wanted * price * invAccel[l];
            const double ceiling = p.capexCap0[l] * ceilingGrowth;
            const bool capexCapped = wantedCapex > ceiling;
            const double unitsAtCeiling = ceiling * p.accelShare[l] * hwPow[l] * invPrice[l];
            const double unitsAfterCapex = capexCapped ? unitsAtCeiling : wanted;
            // Equation 14: the power ceiling allows what its headroom after this year's
            // retirements draws at this year's watts (+inf without a ceiling: never binds).
            watts[l] *= invPpw[l];
            powerCeiling[l] *= p.powerCapGrowth[l];
            const double powerAfterRetirements = installedPower[l] - retiredPower[l];
            const double headroom = (powerCeiling[l] - powerAfterRetirements) / watts[l];
            const double unitsAtPower = 0.0 < headroom ? headroom : 0.0;
            const bool powerCapped = unitsAtPower < unitsAfterCapex;
            const double newUnits = powerCapped ? unitsAtPower : unitsAfterCapex;
            const double capex = powerCapped ? newUnits * price * invAccel[l] : capexCapped ? ceiling : wantedCapex;
            const bool capped = capexCapped || powerCapped;
            bought[n][l] = newUnits;
            installed[l] += newUnits - retired[l];
            const double newPower = newUnits * watts[l];
            boughtPower[n][l] = newPower;
            installedPower[l] = powerAfterRetirements + newPower;
            const double missing = required - installed[l];
            y.requiredPower[l] = installedPower[l] + (0.0 < missing ? missing : 0.0) * watts[l];

            y.spend[l] = spend[l];
            y.required[l] = required;
            y.capex[l] = capex;
            if constexpr (Full) {
                y.unitCost[l] = cost[l];
                y.demand[l] = demand[l];
                y.compute[l] = compute;
                y.installed[l] = installed[l];
                y.newUnits[l] = newUnits;
                y.retired[l] = retired[l];
                y.idle[l] = wanted == 0.0 ? std::max(0.0, installed[l] - required) : 0.0;
                y.unmet[l] = capped ? wanted - newUnits : 0.0;
                y.price[l] = price;
                y.wantedCapex[l] = wantedCapex;
                y.ceiling[l] = ceiling;
                y.capped[l] = capped;
                y.installedPower[l] = installedPower[l];
                y.powerCeiling[l] = powerCeiling[l];
                y.cappedBy[l] = powerCapped ? CappedBy::Power : capexCapped ? CappedBy::Capex : CappedBy::None;
            }
        }
        sink(static_cast<const LaneYear<L> &>(y));
    }
}

} // namespace capex::detail

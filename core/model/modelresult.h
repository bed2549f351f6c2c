#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace capex {

/// The per-year outputs of the model, named as in the JSON of docs/model.md. The first
/// fourteen are the specification's keys; the last three are added (wanted capex, the
/// ceiling, and the gap of equation 10).
enum class ModelOutput
{
    UnitCostIndex,
    DemandIndex,
    SpendIndex,
    ComputeIndex,
    RequiredH100e,
    InstalledH100e,
    NewH100e,
    RetiredH100e,
    IdleH100e,
    UnmetH100e,
    H100ePriceUsd,
    RequiredAiCapexUsd,
    PlannedAiCapexUsd,
    PlanToRequiredRatio,
    WantedAiCapexUsd,
    CapexCeilingUsd,
    CapexGapUsd,
    // Version 2 (docs/model.md, "Power" and "The plan").
    InstalledPowerGw,
    RequiredPowerGw,
    PowerCeilingGw,
    PlannedAiCapexLowUsd,
    PlannedAiCapexHighUsd,
};
inline constexpr int modelOutputCount = static_cast<int>(ModelOutput::PlannedAiCapexHighUsd) + 1;

/// `capped_by`: which ceiling allowed fewer units than wanted.
enum class CapLimit
{
    None,
    Capex,
    Power,
};
/// "capex", "power"; nullptr for None (JSON null).
const char *capLimitName(CapLimit limit);

/// The JSON key of an output: "spend_index", "required_ai_capex_usd", …
const char *outputName(ModelOutput output);
std::optional<ModelOutput> parseOutput(std::string_view name);

/// One year of a projection (equations 1–10 of docs/model.md).
struct YearRow
{
    int year = 0;
    double unitCostIndex = 1; ///< C(n) = (1 − cost_decline)^n · S(n)
    double demandIndex = 1; ///< Q(n) = demand_growth^n · C(n)^(−elasticity)
    double spendIndex = 1; ///< E(n) = C(n) · Q(n)
    double computeIndex = 1; ///< F(n) = E(n) · hw_gain^n
    double requiredH100e = 0; ///< H_req(n) = base_fleet · F(n)
    double installedH100e = 0; ///< H(n) = H(n−1) + N(n) − R(n)
    double newH100e = 0; ///< N(n) = K_req(n) · accel_share / P(n)
    double retiredH100e = 0; ///< R(n)
    double idleH100e = 0; ///< H(n) − H_req(n) when positive
    double unmetH100e = 0; ///< W(n) − N(n) when the ceiling binds
    double h100ePriceUsd = 0; ///< P(n) = h100e_price / hw_gain^n
    double wantedAiCapexUsd = 0; ///< W(n) · P(n) / accel_share
    std::optional<double> capexCeilingUsd; ///< K_cap(n); none when capex_cap_share is 0
    double requiredAiCapexUsd = 0; ///< K_req(n) = min(wanted, K_cap(n))
    bool capped = false; ///< the ceiling binds: wanted > K_cap(n)
    double plannedAiCapexUsd = 0; ///< K_plan(n), summed over the selected companies
    std::optional<double> planToRequiredRatio; ///< K_plan / K_req; none when K_req is 0
    double capexGapUsd = 0; ///< K_plan(n) − K_req(n)
    double installedPowerGw = 0; ///< PW(n) (equation 13)
    double requiredPowerGw = 0; ///< PW_req(n) = PW(n) + max(0, H_req − H) · w(n)
    std::optional<double> powerCeilingGw; ///< PW_cap(n); none without a power ceiling
    CapLimit cappedBy = CapLimit::None;
    std::optional<double> plannedLowUsd; ///< the plan's band where a guided range gives one
    std::optional<double> plannedHighUsd;

    /// The value of one output; none for a ratio that does not exist or a ceiling that is off.
    std::optional<double> value(ModelOutput output) const;
};

/// A projection from t0 to the horizon, one row per year, and the planned AI capex of each
/// selected company.
struct ModelResult
{
    std::vector<YearRow> years;
    std::vector<std::string> companies; ///< the selected companies, in order
    std::vector<double> plannedByCompany; ///< K_plan_i(n), row-major: year index × company
    std::vector<int> lastActualYear; ///< per company: A_i (0 without data)
    std::vector<int> lastGuidedYear; ///< per company: G_i, where the fade begins after (= A_i without guidance)

    const YearRow *year(int calendarYear) const;
    double planned(std::size_t yearIndex, std::size_t company) const
    {
        return plannedByCompany[yearIndex * companies.size() + company];
    }
};

} // namespace capex

#include "modelresult.h"

#include <array>

namespace capex {
namespace {

constexpr std::array<const char *, modelOutputCount> outputNames = {
    "unit_cost_index",
    "demand_index",
    "spend_index",
    "compute_index",
    "required_h100e",
    "installed_h100e",
    "new_h100e",
    "retired_h100e",
    "idle_h100e",
    "unmet_h100e",
    "h100e_price_usd",
    "required_ai_capex_usd",
    "planned_ai_capex_usd",
    "plan_to_required_ratio",
    "wanted_ai_capex_usd",
    "capex_ceiling_usd",
    "capex_gap_usd",
    "installed_power_gw",
    "required_power_gw",
    "power_ceiling_gw",
    "planned_ai_capex_low_usd",
    "planned_ai_capex_high_usd",
};

} // namespace

const char *capLimitName(CapLimit limit)
{
    switch (limit) {
    case CapLimit::Capex:
        return "capex";
    case CapLimit::Power:
        return "power";
    case CapLimit::None:
        break;
    }
    return nullptr;
}

const char *outputName(ModelOutput output)
{
    return outputNames[static_cast<int>(output)];
}

std::optional<ModelOutput> parseOutput(std::string_view name)
{
    for (int i = 0; i < modelOutputCount; ++i)
        if (name == outputNames[i])
            return static_cast<ModelOutput>(i);
    return std::nullopt;
}

std::optional<double> YearRow::value(ModelOutput output) const
{
    switch (output) {
    case ModelOutput::UnitCostIndex:
        return unitCostIndex;
    case ModelOutput::DemandIndex:
        return demandIndex;
    case ModelOutput::SpendIndex:
        return spendIndex;
    case ModelOutput::ComputeIndex:
        return computeIndex;
    case ModelOutput::RequiredH100e:
        return requiredH100e;
    case ModelOutput::InstalledH100e:
        return installedH100e;
    case ModelOutput::NewH100e:
        return newH100e;
    case ModelOutput::RetiredH100e:
        return retiredH100e;
    case ModelOutput::IdleH100e:
        return idleH100e;
    case ModelOutput::UnmetH100e:
        return unmetH100e;
    case ModelOutput::H100ePriceUsd:
        return h100ePriceUsd;
    case ModelOutput::RequiredAiCapexUsd:
        return requiredAiCapexUsd;
    case ModelOutput::PlannedAiCapexUsd:
        return plannedAiCapexUsd;
    case ModelOutput::PlanToRequiredRatio:
        return planToRequiredRatio;
    case ModelOutput::WantedAiCapexUsd:
        return wantedAiCapexUsd;
    case ModelOutput::CapexCeilingUsd:
        return capexCeilingUsd;
    case ModelOutput::CapexGapUsd:
        return capexGapUsd;
    case ModelOutput::InstalledPowerGw:
        return installedPowerGw;
    case ModelOutput::RequiredPowerGw:
        return requiredPowerGw;
    case ModelOutput::PowerCeilingGw:
        return powerCeilingGw;
    case ModelOutput::PlannedAiCapexLowUsd:
        return plannedLowUsd;
    case ModelOutput::PlannedAiCapexHighUsd:
        return plannedHighUsd;
    }
    return std::nullopt;
}

const YearRow *ModelResult::year(int calendarYear) const
{
    if (years.empty())
        return nullptr;
    const int index = calendarYear - years.front().year;
    return index >= 0 && index < static_cast<int>(years.size()) ? &years[index] : nullptr;
}

} // namespace capex

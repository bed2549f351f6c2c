#include "trainingcost.h"

#include <array>
#include <charconv>
#include <cmath>
#include <string>

namespace capex {
namespace {

std::string text(double value)
{
    std::array<char, 64> buffer {};
    auto [end, ec] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    return ec == std::errc {} ? std::string(buffer.data(), end) : std::string();
}

} // namespace

double TrainingCost::costLater(double costUsd, double costDecline, double yearsLater)
{
    return costUsd * std::pow(1.0 - costDecline, yearsLater);
}

Result<TrainingCostEstimate> TrainingCost::estimate(
    double gpuHours, double usdPerGpuHour, double costDecline, double yearsLater)
{
    const struct
    {
        const char *field;
        double value;
    } inputs[] = {{"gpu_hours", gpuHours}, {"usd_per_gpu_hour", usdPerGpuHour}, {"years_later", yearsLater}};
    for (const auto &input : inputs)
        if (!std::isfinite(input.value) || input.value < 0)
            return Error {ErrorCode::InvalidValue, {}, 0, 0, input.field, text(input.value)};
    if (!(costDecline >= 0 && costDecline < 1))
        return Error {ErrorCode::ParameterOutOfDomain, {}, 0, 0, "cost_decline", "[0, 1)"};
    const double now = cost(gpuHours, usdPerGpuHour);
    return TrainingCostEstimate {now, costLater(now, costDecline, yearsLater)};
}

} // namespace capex

#include "trainingcost.h"

#include "shortestdecimal.h"

#include <array>
#include <cmath>
#include <string>
#include <utility>

namespace capex {

double TrainingCost::costLater(double costUsd, double costDecline, double yearsLater)
{
    return costUsd * std::pow(1.0 - costDecline, yearsLater);
}

Result<TrainingCostEstimate> TrainingCost::estimate(
    double gpuHours, double usdPerGpuHour, double costDecline, double yearsLater)
{
    const std::array<std::pair<const char *, double>, 3> inputs
        = {{{"gpu_hours", gpuHours}, {"usd_per_gpu_hour", usdPerGpuHour}, {"years_later", yearsLater}}};
    for (const auto &[field, value] : inputs)
        if (!std::isfinite(value) || value < 0)
            return Error {ErrorCode::InvalidValue, {}, 0, 0, field, detail::shortestDecimal(value)};
    if (!(costDecline >= 0 && costDecline < 1))
        return Error {ErrorCode::ParameterOutOfDomain, {}, 0, 0, "cost_decline", "[0, 1)"};
    const double now = cost(gpuHours, usdPerGpuHour);
    return TrainingCostEstimate {now, costLater(now, costDecline, yearsLater)};
}

} // namespace capex

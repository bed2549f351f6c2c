#pragma once

#include "result.h"

namespace capex {

/// A training job's cost now and the same job's cost some years later.
struct TrainingCostEstimate
{
    double costUsd = 0;
    double laterCostUsd = 0;
};

/// The training-cost calculator (docs/model.md, equation 11). DeepSeek-V3: 2.788 M H800
/// GPU-hours × $2 = $5.576 M (DeepSeek-V3 technical report, arXiv 2412.19437).
class TrainingCost
{
public:
    /// GPU-hours × price per GPU-hour.
    static double cost(double gpuHours, double usdPerGpuHour) { return gpuHours * usdPerGpuHour; }
    /// The same job `yearsLater` years on: cost · (1 − cost_decline)^yearsLater.
    static double costLater(double costUsd, double costDecline, double yearsLater);

    /// Both at once, validated: InvalidValue (field "gpu_hours", "usd_per_gpu_hour" or
    /// "years_later", detail = the value) for a negative or non-finite input;
    /// ParameterOutOfDomain (field "cost_decline", detail "[0, 1)") for a decline outside [0, 1).
    static Result<TrainingCostEstimate> estimate(
        double gpuHours, double usdPerGpuHour, double costDecline, double yearsLater);
};

} // namespace capex

#pragma once

#include "modelresult.h"
#include "parameters.h"
#include "result.h"

#include <optional>
#include <string>
#include <vector>

namespace capex {

/// One bar: the output with one parameter at its low and then at its high end.
struct TornadoBar
{
    std::string parameter;
    double lowValue = 0;
    double highValue = 0;
    std::optional<double> outputAtLow; ///< none where the output does not exist (a ratio with K_req = 0)
    std::optional<double> outputAtHigh;
    double swing = 0; ///< |outputAtHigh − outputAtLow|; 0 when either end has no value
};

struct TornadoResult
{
    ModelOutput output = ModelOutput::RequiredAiCapexUsd;
    int year = 0;
    std::optional<double> baseline; ///< the output with every parameter at its current value
    std::vector<TornadoBar> bars; ///< by swing, largest first; equal swings in registry order
};

/// One-at-a-time sensitivity (docs/model.md, "Tornado"): every parameter with a range (and
/// the capex growth of each selected company) set to its low, then its high end, the others at
/// their current values.
class Tornado
{
public:
    /// ParameterOutOfDomain (field "year", detail "{t0..horizon}") for a year outside the projection.
    static Result<TornadoResult> run(
        const ModelParameters &parameters, ModelOutput output = ModelOutput::RequiredAiCapexUsd, int year = 2030);
};

} // namespace capex

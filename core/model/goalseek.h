#pragma once

#include "modelresult.h"
#include "parameters.h"
#include "result.h"

#include <optional>
#include <string>
#include <string_view>

namespace capex {

/// The answer of a goal seek: the parameter value that reaches the target, or the reason it
/// cannot, with the output at both ends of the parameter's range.
struct GoalSeekResult
{
    enum class Outcome
    {
        Reached, ///< `value` makes the output equal the target (to the solver's tolerance)
        Unreachable, ///< the output does not cross the target anywhere inside [low, high]
    };
    Outcome outcome = Outcome::Unreachable;
    std::string parameter;
    ModelOutput output = ModelOutput::SpendIndex;
    int year = 0;
    double target = 0;
    double value = 0; ///< the parameter value found (Reached only)
    double low = 0; ///< the range searched
    double high = 0;
    std::optional<double> outputAtLow;
    std::optional<double> outputAtHigh;
    int evaluations = 0; ///< model runs used
};

/// Goal seek (docs/model.md, "Uncertainty and sensitivity"): the value of one parameter, inside
/// its range, that makes one output reach a target in a given year, the other parameters at their
/// current values. The range is scanned in 32 steps for a change of sign of output − target (so a
/// non-monotone output is still bracketed), then the bracket is bisected to machine precision.
class GoalSeek
{
public:
    /// Errors: UnknownParameter (field = name); InvalidValue (field "parameter", detail = name)
    /// for a parameter without a range or an integer one; ParameterOutOfDomain (field "year",
    /// detail "{t0..horizon}").
    static Result<GoalSeekResult> solve(
        const ModelParameters &parameters, std::string_view parameter, ModelOutput output, int year, double target);
};

} // namespace capex

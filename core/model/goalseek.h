#pragma once

#include "modelresult.h"
#include "parameters.h"
#include "result.h"

#include <optional>
#include <string>
#include <string_view>

namespace capex {

/// The answer of a goal seek: the parameter value that reaches the target, or the reason it
/// cannot, with the output at both ends of the interval searched.
struct GoalSeekResult
{
    enum class Outcome
    {
        Reached, ///< `value` makes the output equal the target (to the solver's tolerance)
        Unreachable, ///< the output does not cross the target anywhere inside [low, high]
    };
    /// Where the search went: the usual range alone (the target was reached there), or the valid
    /// domain beyond it as well.
    enum class Searched
    {
        UsualRange,
        ValidDomain,
    };
    Outcome outcome = Outcome::Unreachable;
    std::string parameter;
    ModelOutput output = ModelOutput::SpendIndex;
    int year = 0;
    double target = 0;
    Searched searched = Searched::UsualRange;
    double value = 0; ///< the parameter value found (Reached only)
    bool inUsualRange = true; ///< `value` lies inside [usualLow, usualHigh] (Reached only)
    /// The usual range when the target was reached; when it was not, the ends of the domain
    /// searched (an excluded or infinite end replaced by the last value tried). The outputs below
    /// are at these two values.
    double low = 0;
    double high = 0;
    double usualLow = 0; ///< the parameter's usual range
    double usualHigh = 0;
    std::optional<double> outputAtLow;
    std::optional<double> outputAtHigh;
    int evaluations = 0; ///< model runs used
};

/// Goal seek (docs/model.md, "Goal seek"): the value of one parameter that makes one output
/// reach a target in a given year, the other parameters at their current values. The usual range
/// is scanned first in 32 steps for a change of sign of output − target (so a non-monotone output
/// is still bracketed); only when it holds no answer does the search go on into the valid domain
/// on both sides, outwards from the range's ends in 32 steps a side (geometric steps to 1000× the
/// range's end where the domain has no upper end), so the answer found is the one nearest the
/// usual range. The bracket is bisected to machine precision.
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

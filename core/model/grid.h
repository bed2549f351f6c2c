#pragma once

#include "modelresult.h"
#include "parameters.h"
#include "result.h"

#include <optional>
#include <string>
#include <vector>

namespace capex {

/// The two-parameter map of docs/model.md ("The over-build map"): one output in one year over a
/// grid of two parameters' plausible ranges, every other parameter as in the scenario.
struct GridOptions
{
    std::string x; ///< a parameter with a plausible range
    std::string y;
    int steps = 41; ///< per axis, 3 … 401 (an integer parameter takes each of its integers instead)
    ModelOutput output = ModelOutput::PlanToRequiredRatio;
    std::optional<int> year; ///< default t0 + 5
};

struct GridResult
{
    std::string x;
    std::string y;
    std::vector<double> xValues;
    std::vector<double> yValues;
    ModelOutput output = ModelOutput::PlanToRequiredRatio;
    int year = 0;
    /// Row-major: values[j · xValues.size() + i] at (xValues[i], yValues[j]); none where the output
    /// is undefined (a ratio without required capex).
    std::vector<std::optional<double>> values;

    std::optional<double> at(std::size_t i, std::size_t j) const { return values[j * xValues.size() + i]; }
};

class Grid
{
public:
    static constexpr int minSteps = 3;
    static constexpr int maxSteps = 401;

    /// `steps` values evenly spaced over the spec's plausible range, both ends included; an
    /// integer parameter's integers in the range.
    static std::vector<double> axis(const ParameterSpec &spec, int steps);

    /// Errors: UnknownParameter (field = the name); InvalidValue (field "x" or "y", detail = the
    /// name) for a parameter without a plausible range or the same parameter twice;
    /// ParameterOutOfDomain (field "steps", detail "[3, 401]"; field "year", detail the projection's
    /// years).
    static Result<GridResult> run(const ModelParameters &parameters, const GridOptions &options);
};

} // namespace capex

#include "goalseek.h"

#include "capexmodel.h"

#include <cmath>
#include <limits>

namespace capex {
namespace {

constexpr int scanSteps = 32;
constexpr int maxBisections = 200;

} // namespace

Result<GoalSeekResult> GoalSeek::solve(
    const ModelParameters &parameters, std::string_view parameter, ModelOutput output, int year, double target)
{
    auto spec = parameters.spec(parameter);
    if (!spec)
        return Error {ErrorCode::UnknownParameter, {}, 0, 0, std::string(parameter), {}};
    if (!spec->sensitivity || spec->integer)
        return Error {ErrorCode::InvalidValue, {}, 0, 0, "parameter", std::string(parameter)};
    if (year < parameters.t0() || year > parameters.horizon())
        return Error {ErrorCode::ParameterOutOfDomain, {}, 0, 0, "year",
            '{' + std::to_string(parameters.t0()) + ".." + std::to_string(parameters.horizon()) + '}'};

    GoalSeekResult result;
    result.parameter = spec->name;
    result.output = output;
    result.year = year;
    result.target = target;
    result.low = spec->low;
    result.high = spec->high;

    ModelParameters varied = parameters;
    ParameterValues values;
    ModelResult projection;
    // output − target at x; NaN where the output does not exist.
    auto gap = [&](double x) {
        ++result.evaluations;
        (void)varied.set(spec->name, x);
        varied.writeValues(values);
        CapexModel::run(values, projection);
        auto value = projection.year(year)->value(output);
        return value ? *value - target : std::numeric_limits<double>::quiet_NaN();
    };

    double x0 = spec->low;
    double f0 = gap(x0);
    result.outputAtLow = std::isnan(f0) ? std::nullopt : std::optional<double>(f0 + target);
    const double fHigh = gap(spec->high);
    result.outputAtHigh = std::isnan(fHigh) ? std::nullopt : std::optional<double>(fHigh + target);

    for (int i = 1; i <= scanSteps; ++i) {
        const double x1 = i == scanSteps ? spec->high : spec->low + (spec->high - spec->low) * i / scanSteps;
        const double f1 = i == scanSteps ? fHigh : gap(x1);
        if (f0 == 0.0 || f1 == 0.0) {
            result.outcome = GoalSeekResult::Outcome::Reached;
            result.value = f0 == 0.0 ? x0 : x1;
            return result;
        }
        if (!std::isnan(f0) && !std::isnan(f1) && std::signbit(f0) != std::signbit(f1)) {
            double a = x0, b = x1, fa = f0;
            for (int k = 0; k < maxBisections; ++k) {
                const double m = a + (b - a) / 2;
                if (m <= a || m >= b)
                    break;
                const double fm = gap(m);
                if (fm == 0.0) {
                    a = b = m;
                    break;
                }
                if (std::signbit(fm) == std::signbit(fa)) {
                    a = m;
                    fa = fm;
                } else {
                    b = m;
                }
            }
            result.outcome = GoalSeekResult::Outcome::Reached;
            result.value = a + (b - a) / 2;
            return result;
        }
        x0 = x1;
        f0 = f1;
    }
    result.outcome = GoalSeekResult::Outcome::Unreachable;
    return result;
}

} // namespace capex

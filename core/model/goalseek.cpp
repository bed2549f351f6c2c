#include "goalseek.h"

#include "capexmodel.h"

#include <cmath>
#include <limits>
#include <vector>

namespace capex {
namespace {

constexpr int scanSteps = 32;
constexpr int maxBisections = 200;
/// Where the domain has no upper end, the search beyond the range stops at this multiple of
/// the range's upper end.
constexpr double openEndFactor = 1000;
/// Where the domain's lower end is excluded, the search stops this fraction of the gap short of it.
constexpr double openLowMargin = 1e-3;

struct Probe
{
    double x = 0;
    double gap = 0; ///< output − target; NaN where the output does not exist
};

bool brackets(const Probe &a, const Probe &b)
{
    return !std::isnan(a.gap) && !std::isnan(b.gap) && std::signbit(a.gap) != std::signbit(b.gap);
}

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
    result.low = result.usualLow = spec->low;
    result.high = result.usualHigh = spec->high;

    ModelParameters varied = parameters;
    ParameterValues values;
    ModelResult projection;
    auto probe = [&](double x) {
        ++result.evaluations;
        (void)varied.set(spec->name, x);
        varied.writeValues(values);
        CapexModel::run(values, projection);
        auto value = projection.year(year)->value(output);
        return Probe {x, value ? *value - target : std::numeric_limits<double>::quiet_NaN()};
    };
    auto outputAt = [&](const Probe &p) {
        return std::isnan(p.gap) ? std::nullopt : std::optional<double>(p.gap + target);
    };
    auto reached = [&](double value) {
        result.outcome = GoalSeekResult::Outcome::Reached;
        result.value = value;
        result.inUsualRange = value >= spec->low && value <= spec->high;
        return result;
    };
    // The root between two probes that bracket it (or where one of them is exactly on it).
    auto bisect = [&](Probe a, Probe b) {
        if (a.gap == 0.0)
            return a.x;
        if (b.gap == 0.0)
            return b.x;
        for (int k = 0; k < maxBisections; ++k) {
            const double m = a.x + (b.x - a.x) / 2;
            if (m == a.x || m == b.x)
                break;
            const Probe pm = probe(m);
            if (pm.gap == 0.0)
                return m;
            if (std::signbit(pm.gap) == std::signbit(a.gap))
                a = pm;
            else
                b = pm;
        }
        return a.x + (b.x - a.x) / 2;
    };

    // 1. The usual range, from its low end up.
    const Probe low = probe(spec->low);
    const Probe high = probe(spec->high);
    result.outputAtLow = outputAt(low);
    result.outputAtHigh = outputAt(high);
    Probe previous = low;
    for (int i = 1; i <= scanSteps; ++i) {
        const Probe next = i == scanSteps ? high : probe(spec->low + (spec->high - spec->low) * i / scanSteps);
        if (previous.gap == 0.0 || next.gap == 0.0 || brackets(previous, next))
            return reached(bisect(previous, next));
        previous = next;
    }

    // 2. The valid domain beyond the range: both sides step by step outwards, so the first
    // bracket found is the one nearest the range.
    result.searched = GoalSeekResult::Searched::ValidDomain;
    const double lowEnd
        = spec->domainLowOpen ? spec->domainLow + (spec->low - spec->domainLow) * openLowMargin : spec->domainLow;
    const bool openHigh = !std::isfinite(spec->domainHigh);
    const double highEnd = openHigh ? spec->high * openEndFactor : spec->domainHigh;
    const bool belowRange = lowEnd < spec->low;
    const bool aboveRange = highEnd > spec->high;
    auto above = [&](int i) {
        if (i == scanSteps)
            return highEnd;
        if (openHigh && spec->high > 0)
            return spec->high * std::pow(openEndFactor, double(i) / scanSteps);
        return spec->high + (highEnd - spec->high) * i / scanSteps;
    };
    Probe down = low, up = high;
    for (int i = 1; i <= scanSteps; ++i) {
        if (belowRange) {
            const Probe next = probe(i == scanSteps ? lowEnd : spec->low - (spec->low - lowEnd) * i / scanSteps);
            if (next.gap == 0.0 || brackets(next, down))
                return reached(bisect(next, down));
            down = next;
        }
        if (aboveRange) {
            const Probe next = probe(above(i));
            if (next.gap == 0.0 || brackets(up, next))
                return reached(bisect(up, next));
            up = next;
        }
    }
    result.outcome = GoalSeekResult::Outcome::Unreachable;
    result.low = down.x;
    result.high = up.x;
    result.outputAtLow = outputAt(down);
    result.outputAtHigh = outputAt(up);
    return result;
}

} // namespace capex

#include "grid.h"

#include "capexmodel.h"

#include <cmath>
#include <thread>

namespace capex {

std::vector<double> Grid::axis(const ParameterSpec &spec, int steps)
{
    std::vector<double> values;
    if (spec.integer) {
        for (double v = std::ceil(spec.low); v <= spec.high; v += 1)
            values.push_back(v);
        return values;
    }
    values.reserve(steps);
    for (int i = 0; i < steps; ++i)
        values.push_back(i == steps - 1 ? spec.high : spec.low + (spec.high - spec.low) * i / (steps - 1));
    return values;
}

Result<GridResult> Grid::run(const ModelParameters &parameters, const GridOptions &options)
{
    std::optional<ParameterSpec> specs[2];
    const std::string *names[2] = {&options.x, &options.y};
    for (int a = 0; a < 2; ++a) {
        specs[a] = parameters.spec(*names[a]);
        if (!specs[a])
            return Error {ErrorCode::UnknownParameter, {}, 0, 0, *names[a], {}};
        if (!specs[a]->sensitivity || specs[a]->openDomain || !(specs[a]->high > specs[a]->low))
            return Error {ErrorCode::InvalidValue, {}, 0, 0, a == 0 ? "x" : "y", *names[a]};
    }
    if (options.x == options.y)
        return Error {ErrorCode::InvalidValue, {}, 0, 0, "y", options.y};
    if (options.steps < minSteps || options.steps > maxSteps)
        return Error {ErrorCode::ParameterOutOfDomain, {}, 0, 0, "steps", "[3, 401]"};
    const int year = options.year.value_or(parameters.t0() + 5);
    if (year < parameters.t0() || year > parameters.horizon())
        return Error {ErrorCode::ParameterOutOfDomain, {}, 0, 0, "year",
            '[' + std::to_string(parameters.t0()) + ", " + std::to_string(parameters.horizon()) + ']'};

    GridResult result;
    result.x = options.x;
    result.y = options.y;
    result.output = options.output;
    result.year = year;
    result.xValues = axis(*specs[0], options.steps);
    result.yValues = axis(*specs[1], options.steps);
    result.values.resize(result.xValues.size() * result.yValues.size());

    // A copy of the parameters per thread, set cell by cell (the values lie in the plausible
    // range, inside the domain), so that what follows a parameter (a derived cost_decline,
    // h100e_price after hw_gain) follows it here as in `scenario run`. Rows are split between
    // two threads; each cell is the same arithmetic whichever thread computes it.
    const std::size_t row = static_cast<std::size_t>(year - parameters.t0());
    const std::size_t columns = result.xValues.size(), rows = result.yValues.size();
    auto work = [&](std::size_t firstRow, std::size_t endRow) {
        ModelParameters cell = parameters;
        ParameterValues values;
        ModelResult projection;
        for (std::size_t j = firstRow; j < endRow; ++j) {
            cell.setTrusted(options.y, result.yValues[j]);
            for (std::size_t i = 0; i < columns; ++i) {
                cell.setTrusted(options.x, result.xValues[i]);
                cell.writeValues(values);
                CapexModel::run(values, projection);
                result.values[j * columns + i] = projection.years[row].value(options.output);
            }
        }
    };
    if (rows * columns >= 400) {
        std::thread helper(work, rows / 2, rows);
        work(0, rows / 2);
        helper.join();
    } else {
        work(0, rows);
    }
    return result;
}

} // namespace capex

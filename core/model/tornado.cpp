#include "tornado.h"

#include "capexmodel.h"

#include <algorithm>
#include <cmath>

namespace capex {
namespace {

bool plays(const ModelParameters &parameters, const ParameterSpec &spec)
{
    constexpr std::string_view growthPrefix = "capex_growth.";
    if (spec.name.compare(0, growthPrefix.size(), growthPrefix) != 0)
        return true;
    const auto &selected = parameters.selectedCompanies();
    return std::find(selected.begin(), selected.end(), spec.name.substr(growthPrefix.size())) != selected.end();
}

} // namespace

Result<TornadoResult> Tornado::run(const ModelParameters &parameters, ModelOutput output, int year)
{
    if (year < parameters.t0() || year > parameters.horizon())
        return Error {ErrorCode::ParameterOutOfDomain, {}, 0, 0, "year",
            '{' + std::to_string(parameters.t0()) + ".." + std::to_string(parameters.horizon()) + '}'};

    TornadoResult result;
    result.output = output;
    result.year = year;
    ModelResult projection;
    ParameterValues values;
    auto outputWith = [&](const ModelParameters &p) {
        p.writeValues(values);
        CapexModel::run(values, projection);
        return projection.year(year)->value(output);
    };
    result.baseline = outputWith(parameters);

    for (const ParameterSpec &spec : parameters.specs()) {
        if (!spec.sensitivity || !plays(parameters, spec))
            continue;
        TornadoBar bar;
        bar.parameter = spec.name;
        bar.lowValue = spec.low;
        bar.highValue = spec.high;
        ModelParameters varied = parameters;
        if (!varied.set(spec.name, spec.low))
            continue;
        bar.outputAtLow = outputWith(varied);
        if (!varied.set(spec.name, spec.high))
            continue;
        bar.outputAtHigh = outputWith(varied);
        if (bar.outputAtLow && bar.outputAtHigh)
            bar.swing = std::abs(*bar.outputAtHigh - *bar.outputAtLow);
        result.bars.push_back(std::move(bar));
    }
    std::stable_sort(result.bars.begin(), result.bars.end(),
        [](const TornadoBar &a, const TornadoBar &b) { return a.swing > b.swing; });
    return result;
}

} // namespace capex

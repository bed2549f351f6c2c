#include "figuresummary.h"

#include <algorithm>
#include <cmath>

namespace capex {

std::optional<FigureSummary> FigureSummary::of(std::vector<double> values)
{
    values.erase(std::remove_if(values.begin(), values.end(), [](double v) { return std::isnan(v); }), values.end());
    if (values.empty())
        return std::nullopt;
    const std::size_t n = values.size();
    // The middle element (and for an even count the one before it) in linear time.
    auto middle = values.begin() + static_cast<std::ptrdiff_t>(n / 2);
    std::nth_element(values.begin(), middle, values.end());
    double median = *middle;
    if (n % 2 == 0)
        median = (*std::max_element(values.begin(), middle) + median) / 2.0;
    const auto [low, high] = std::minmax_element(values.begin(), values.end());
    return FigureSummary {median, *low, *high, n};
}

std::optional<FigureSummary> FigureSummary::of(const std::vector<const Observation *> &observations)
{
    std::vector<double> values;
    values.reserve(observations.size());
    for (const Observation *o : observations)
        if (o)
            if (const std::optional<double> v = o->centralValue())
                values.push_back(*v);
    return of(std::move(values));
}

} // namespace capex

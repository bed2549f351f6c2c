#pragma once

#include "dataset.h"

#include <cstddef>
#include <optional>
#include <vector>

namespace capex {

/// Many figures of one series, kind and period, drawn as one mark: their median, the range
/// they span and how many there are. Charts draw a period's figures one by one while there
/// are few, and as their summary from `FigureSummary::manyFigures` on (docs/architecture.md,
/// "Large stores").
struct FigureSummary
{
    /// From this many figures of one series, kind and period on, a chart draws their summary.
    static constexpr std::size_t manyFigures = 4;

    double median = 0; ///< of an even count, the mean of the two middle figures
    double low = 0;    ///< the smallest figure
    double high = 0;   ///< the largest figure
    std::size_t count = 0;

    /// The summary of `values`; none for no values. NaNs are left out.
    static std::optional<FigureSummary> of(std::vector<double> values);
    /// The summary of the observations' central values (Observation::centralValue, so a
    /// range counts by its midpoint); statements without a number are left out.
    static std::optional<FigureSummary> of(const std::vector<const Observation *> &observations);
};

} // namespace capex

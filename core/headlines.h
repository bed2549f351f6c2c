#pragma once

#include "dataset.h"

#include <optional>
#include <string>
#include <vector>

namespace capex {

/// The figures the overview leads with, computed from a snapshot.
namespace Headlines {

struct LatestFigure
{
    const Observation *observation = nullptr;
    double converted = 0; ///< in the requested currency, at the FX rate of the figure's year
};

/// For each company, its most recent annual actual of `metric` (the latest calendar or
/// fiscal year; among equals, the latest as-of), converted to `currency`: the overview sums
/// these, so quarters, months and dates are left out. Companies without one are left out.
std::vector<LatestFigure> latestActuals(const Dataset &dataset, const std::string &metric,
                                        const std::vector<std::string> &companies, const std::string &currency);

struct FleetTotal
{
    std::string source; ///< the source whose estimates are summed
    int year = 0;
    int companies = 0;  ///< how many companies the sum covers
    double low = 0, mid = 0, high = 0;
    std::string asOf;   ///< the latest as-of date of the figures summed
};

/// The sum of GPU-fleet estimates (H100e) of companies and labs for `year` (a company's own
/// target is not an estimate), from the source that covers the most companies that year
/// (ties: the one stated latest, then the larger sum of midpoints, then the source id).
/// Uses a figure's low/high where given, else its value. Where a source gives a company's
/// fleet more than once for the year, its latest (by as-of date) counts, once.
std::optional<FleetTotal> fleetTotal(const Dataset &dataset, int year);

/// The latest year that has any fleet estimate.
std::optional<int> latestFleetYear(const Dataset &dataset);

/// The single observation of `metric` for `entity` (the first if there are several).
const Observation *find(const Dataset &dataset, const std::string &entity, const std::string &metric);

} // namespace Headlines
} // namespace capex

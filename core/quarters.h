#pragma once

#include "dataset.h"

#include <optional>
#include <string>
#include <vector>

namespace capex {

/// Quarterly figures of one company, as the Capex page's Quarterly and Trailing-12-months
/// views and the overview show them. Derived here, never stored: a sum of four quarters is
/// the program's arithmetic, not a figure of the dataset.
namespace Quarters {

/// A calendar quarter: the one a figure counts for (a fiscal quarter counts for the calendar
/// quarter that holds its last month, see Period::countedCalendarQuarter()).
struct YearQuarter
{
    int year = 0;
    int quarter = 0; ///< 1–4
    auto operator<=>(const YearQuarter &) const = default;
    YearQuarter previous() const { return quarter == 1 ? YearQuarter{year - 1, 4} : YearQuarter{year, quarter - 1}; }
    YearQuarter next() const { return quarter == 4 ? YearQuarter{year + 1, 1} : YearQuarter{year, quarter + 1}; }
    YearQuarter yearBefore() const { return {year - 1, quarter}; }
    Period period() const;
};

struct QuarterFigure
{
    YearQuarter quarter;
    const Observation *observation = nullptr; ///< the actual it comes from
    double converted = 0;                     ///< in the requested currency
    std::optional<double> yearOnYear;         ///< growth over the same quarter a year before
};

/// Trailing twelve months ending in `quarter`: the sum of it and the three quarters before,
/// only when all four are reported. `missing` names the first quarter that is not.
struct TrailingFigure
{
    YearQuarter quarter;
    std::optional<double> value;
    std::optional<YearQuarter> missing;
    std::optional<double> yearOnYear;
};

struct Series
{
    std::string entity;
    std::vector<QuarterFigure> quarters;  ///< reported quarters, oldest first
    std::vector<TrailingFigure> trailing; ///< every quarter from the fourth reported one to the last
};

/// The actuals of `metric` for `entity` by the calendar quarter they count for, converted to
/// `currency` at the FX rate of the quarter's year. Of several actuals for one quarter (two
/// sources, a restatement), the one stated last counts (ties: the first in the data).
Series series(const Dataset &dataset, const std::string &entity, const std::string &metric,
              const std::string &currency);

/// The latest quarter every one of `companies` has reported, with their summed figure and
/// its growth over the same quarter a year before (when all of them reported that too).
struct QuarterTotal
{
    YearQuarter quarter;
    double total = 0;
    std::optional<double> yearOnYear;
    std::vector<const Observation *> figures;
};
std::optional<QuarterTotal> latestCommonQuarter(const Dataset &dataset, const std::string &metric,
                                                const std::vector<std::string> &companies,
                                                const std::string &currency);

/// The latest numeric guidance of each company for calendar `year` (the statement made last;
/// a range counts at its middle, and low/high are summed apart), summed in `currency`.
struct GuidanceTotal
{
    int year = 0;
    double low = 0, mid = 0, high = 0;
    std::vector<const Observation *> figures; ///< one per company that guided
};
std::optional<GuidanceTotal> guidanceTotal(const Dataset &dataset, const std::string &metric,
                                           const std::vector<std::string> &companies, int year,
                                           const std::string &currency);

} // namespace Quarters
} // namespace capex

#pragma once

#include "dataset.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace capex {

/// How a company's guidance for one period moved, statement by statement, and how the
/// actual compared with it: what the Guidance tracker draws and reads out. Derived here,
/// never stored: a raise, a count of raises and a percentage against the first guidance are
/// the program's arithmetic, not figures of the dataset.
namespace Guidance {

/// How a numeric statement compares with the numeric statement before it (by midpoint).
enum class Change { First, Raised, Cut, Maintained };

/// One guidance statement for the period.
struct Revision
{
    const Observation *observation = nullptr;
    /// When it was made: the as-of date (a date, or a month when that is all that is known).
    Period stated;
    /// A statement in words only: no number; the notes say what was said.
    bool inWords = false;
    /// Numeric statements only, converted to the requested currency: the range's bounds (a
    /// single figure is its own low and high; "more than X" has low only, "up to X" high only)
    /// and its midpoint (the figure, the middle of a range, or the one bound).
    std::optional<double> low, mid, high;
    /// Against the previous numeric statement; First for the first one and for statements in words.
    Change change = Change::First;
};

/// The reported outcome for the period.
struct Actual
{
    const Observation *observation = nullptr;
    double value = 0; ///< converted to the requested currency
    /// The date of the report (its as-of); nullopt when the record has none.
    std::optional<Period> reported;
};

struct Track
{
    std::string entity;
    std::string metric;
    Period period;
    /// Every dated guidance statement for exactly `period`, in the order made (by as-of;
    /// statements of one day in the order of the data).
    std::vector<Revision> revisions;
    /// Guidance for the period that carries no as-of date: it cannot be placed in time, so it
    /// is left out of the revisions and of the counts.
    std::vector<const Observation *> undated;
    /// The actual for exactly `period`, the one stated last when there are several.
    std::optional<Actual> actual;
    /// For a calendar year without an actual: the company reports fiscal years, whose actuals
    /// are not the calendar year's and are never compared with its guidance.
    bool reportsFiscalYears = false;

    int raises = 0;
    int cuts = 0;
    int maintained = 0;
    int numericCount() const;
    int wordsCount() const;

    /// Indexes into `revisions` of the first and the latest numeric statement.
    std::optional<std::size_t> first, latest;
    const Revision *firstNumeric() const { return first ? &revisions[*first] : nullptr; }
    const Revision *latestNumeric() const { return latest ? &revisions[*latest] : nullptr; }

    /// actual ÷ midpoint of the first numeric guidance − 1 (0.22: 22% above it).
    std::optional<double> actualVsFirst;
    /// actual ÷ midpoint of the latest numeric guidance − 1.
    std::optional<double> actualVsLatest;
    /// Whether the actual lies within the latest guidance's range (a range with both bounds).
    bool actualWithinLatestRange = false;

    bool empty() const { return revisions.empty() && !actual; }
};

/// The guidance track of `entity`'s `metric` for `period` (a calendar or a fiscal year; like
/// is compared with like only: a fiscal year's actual is never the calendar year's), money
/// converted to `currency` at the rate of the period's year. Figures whose currency cannot be
/// converted are left out.
Track track(const Dataset &dataset, const std::string &entity, const std::string &metric, const Period &period,
            const std::string &currency);

/// The same for calendar year `year`.
Track track(const Dataset &dataset, const std::string &entity, const std::string &metric, int year,
            const std::string &currency);

/// The companies (entities of type company) that have dated guidance of `metric` for some
/// calendar year, in the order of the entities.
std::vector<std::string> companiesWithCalendarGuidance(const Dataset &dataset, const std::string &metric);

} // namespace Guidance
} // namespace capex

#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace capex {

/// When a figure applies: a calendar year ("2024"), a fiscal year with the calendar
/// month it ends in ("FY2025-06": July 2024 – June 2025), or a single date ("2024-12-26").
struct Period
{
    enum class Type { Year, FiscalYear, Date };

    Type type = Type::Year;
    int year = 0;  ///< the calendar year; for a fiscal year, the year it ends in
    int month = 0; ///< fiscal year: its end month; date: the month; year: 0
    int day = 0;   ///< date only

    static Period calendarYear(int year) { return {Type::Year, year, 0, 0}; }
    static Period fiscalYear(int endYear, int endMonth) { return {Type::FiscalYear, endYear, endMonth, 0}; }
    static Period date(int year, int month, int day) { return {Type::Date, year, month, day}; }

    /// Parses the three textual forms above; nullopt for anything else (including
    /// impossible months and days).
    static std::optional<Period> parse(std::string_view text);
    std::string toString() const;

    /// Position on a continuous year axis, at the end of the period: calendar 2024 → 2025.0,
    /// FY2025-06 → 2025.5, 2024-12-26 → ≈2024.98. Charts use `midpoint()` to place annual
    /// bars; this is for ordering and for dates.
    double endPosition() const;
    /// Middle of the period on a year axis: calendar 2024 → 2024.5, FY2025-06 → 2025.0
    /// (July 2024 – June 2025), a date → its own position.
    double midpoint() const;
    /// The calendar year in which most of the period falls: FY2025-06 → 2025 (half each; the
    /// end year wins), FY2025-05 → 2024.
    int dominantYear() const;

    auto operator<=>(const Period &) const = default;
};

} // namespace capex

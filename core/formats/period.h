#pragma once

// std::strong_ordering comes with <optional> and <string>: naming <compare> here makes
// moc 6.4 fail on <concepts> in every Qt header that includes this one.
#include <optional>
#include <string>
#include <string_view>

namespace capex {

/// When a figure applies: a calendar year ("2024"), a fiscal year with the calendar
/// month it ends in ("FY2025-06": July 2024 – June 2025), a single date ("2024-12-26"),
/// a calendar quarter ("2025Q3": July – September 2025), a fiscal quarter with the end
/// month of its fiscal year ("FY2026Q1-06": the first quarter of the fiscal year that
/// ends in June 2026, July – September 2025) or a calendar month ("2026-05").
struct Period
{
    /// The database stores these numbers (`period_type`): append, never renumber.
    enum class Type { Year, FiscalYear, Date, Quarter, FiscalQuarter, Month };

    Type type = Type::Year;
    int year = 0;    ///< the calendar year; for a fiscal year or fiscal quarter, the year the fiscal year ends in
    int month = 0;   ///< fiscal year and fiscal quarter: the fiscal year's end month; date and month: the month;
                     ///< year and quarter: 0
    int day = 0;     ///< date only
    int quarter = 0; ///< calendar and fiscal quarter: 1–4; otherwise 0

    static Period calendarYear(int year) { return {Type::Year, year, 0, 0, 0}; }
    static Period fiscalYear(int endYear, int endMonth) { return {Type::FiscalYear, endYear, endMonth, 0, 0}; }
    static Period date(int year, int month, int day) { return {Type::Date, year, month, day, 0}; }
    static Period calendarQuarter(int year, int quarter) { return {Type::Quarter, year, 0, 0, quarter}; }
    /// Quarter `quarter` (1–4) of the fiscal year that ends in month `endMonth` of `endYear`:
    /// Q4 ends in that month, Q1 starts the month after the previous fiscal year's end.
    static Period fiscalQuarter(int endYear, int quarter, int endMonth)
    {
        return {Type::FiscalQuarter, endYear, endMonth, 0, quarter};
    }
    static Period calendarMonth(int year, int month) { return {Type::Month, year, month, 0, 0}; }

    /// Parses the six textual forms above; nullopt for anything else (including
    /// impossible months, days and quarters).
    static std::optional<Period> parse(std::string_view text);
    std::string toString() const;

    /// A calendar month: `month` 1–12 of `year`.
    struct YearMonth
    {
        int year = 0;
        int month = 0;
        auto operator<=>(const YearMonth &) const = default;
    };
    /// The calendar month the period ends in: 2025Q3 → September 2025, FY2026Q1-06 →
    /// September 2025, calendar 2024 → December 2024, FY2025-06 → June 2025, a date → its month.
    YearMonth lastMonth() const;

    /// A calendar or fiscal year: what the annual charts and the model take.
    bool isAnnual() const { return type == Type::Year || type == Type::FiscalYear; }
    /// A stock's level at the end of a calendar year: the year (old records: "2024", the
    /// level at its end) or the date 31 December. `year` is that year.
    bool isYearEnd() const { return type == Type::Year || (type == Type::Date && month == 12 && day == 31); }

    /// Position on a continuous year axis, at the end of the period: calendar 2024 → 2025.0,
    /// FY2025-06 → 2025.5, 2025Q3 → 2025.75, 2026-05 → 2026.4167, 2024-12-26 → ≈2024.98.
    /// Charts use `midpoint()` to place annual bars; this is for ordering and for dates.
    double endPosition() const;
    /// Middle of the period on a year axis: calendar 2024 → 2024.5, FY2025-06 → 2025.0
    /// (July 2024 – June 2025), 2025Q3 → 2025.625 (July – September), 2026-05 → 2026.375,
    /// a date → its own position.
    double midpoint() const;
    /// The calendar year in which most of the period falls: FY2025-06 → 2025 (half each; the
    /// end year wins), FY2025-05 → 2024; a fiscal quarter → the year of its middle month
    /// (FY2025Q4-01, November 2024 – January 2025 → 2024).
    int dominantYear() const;

    /// The calendar quarter a period counts for when quarters are summed or compared: a
    /// calendar quarter is itself; a fiscal quarter counts for the calendar quarter that
    /// holds its last month (FY2026Q1-06, July – September 2025 → 2025Q3; FY2025Q2-01,
    /// May – July 2024 → 2024Q3). Nullopt for every other type.
    std::optional<Period> countedCalendarQuarter() const;

    /// Orders by time: by the last day of the period (for every type but a date, the last
    /// day of its last month), then, of periods ending together, the shorter first (date,
    /// month, quarter, fiscal quarter, year, fiscal year), then by the fields.
    std::strong_ordering operator<=>(const Period &other) const;
    bool operator==(const Period &) const = default;
};

} // namespace capex

#include "period.h"

#include <charconv>
#include <cstdio>

namespace capex {
namespace {

std::optional<int> parseDigits(std::string_view text, std::size_t count)
{
    if (text.size() != count)
        return std::nullopt;
    int value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

bool isLeap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int daysInMonth(int year, int month)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeap(year) ? 29 : days[month - 1];
}

int dayOfYear(int year, int month, int day)
{
    int total = day;
    for (int m = 1; m < month; ++m)
        total += daysInMonth(year, m);
    return total;
}

int floorDiv(int value, int divisor) { return value / divisor - (value % divisor < 0 ? 1 : 0); }

/// The period's last month as a count of months since January of year 0 (year * 12 + month - 1).
int lastMonthIndex(const Period &p)
{
    switch (p.type) {
    case Period::Type::Year: return p.year * 12 + 11;
    case Period::Type::FiscalYear:
    case Period::Type::Date:
    case Period::Type::Month: return p.year * 12 + p.month - 1;
    case Period::Type::Quarter: return p.year * 12 + p.quarter * 3 - 1;
    case Period::Type::FiscalQuarter: return p.year * 12 + p.month - 1 - 3 * (4 - p.quarter);
    }
    return p.year * 12;
}

/// Of periods ending together, the shorter sorts first.
int lengthRank(Period::Type type)
{
    switch (type) {
    case Period::Type::Date: return 0;
    case Period::Type::Month: return 1;
    case Period::Type::Quarter: return 2;
    case Period::Type::FiscalQuarter: return 3;
    case Period::Type::Year: return 4;
    case Period::Type::FiscalYear: return 5;
    }
    return 6;
}

} // namespace

std::optional<Period> Period::parse(std::string_view text)
{
    if (auto year = parseDigits(text, 4))
        return calendarYear(*year);
    if (text.size() == 9 && text.substr(0, 2) == "FY" && text[6] == '-') {
        auto year = parseDigits(text.substr(2, 4), 4);
        auto month = parseDigits(text.substr(7, 2), 2);
        if (year && month && *month >= 1 && *month <= 12)
            return fiscalYear(*year, *month);
        return std::nullopt;
    }
    if (text.size() == 11 && text.substr(0, 2) == "FY" && text[6] == 'Q' && text[8] == '-') {
        auto year = parseDigits(text.substr(2, 4), 4);
        auto quarter = parseDigits(text.substr(7, 1), 1);
        auto month = parseDigits(text.substr(9, 2), 2);
        if (year && quarter && month && *quarter >= 1 && *quarter <= 4 && *month >= 1 && *month <= 12)
            return fiscalQuarter(*year, *quarter, *month);
        return std::nullopt;
    }
    if (text.size() == 6 && text[4] == 'Q') {
        auto year = parseDigits(text.substr(0, 4), 4);
        auto quarter = parseDigits(text.substr(5, 1), 1);
        if (year && quarter && *quarter >= 1 && *quarter <= 4)
            return calendarQuarter(*year, *quarter);
        return std::nullopt;
    }
    if (text.size() == 7 && text[4] == '-') {
        auto year = parseDigits(text.substr(0, 4), 4);
        auto month = parseDigits(text.substr(5, 2), 2);
        if (year && month && *month >= 1 && *month <= 12)
            return calendarMonth(*year, *month);
        return std::nullopt;
    }
    if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
        auto year = parseDigits(text.substr(0, 4), 4);
        auto month = parseDigits(text.substr(5, 2), 2);
        auto day = parseDigits(text.substr(8, 2), 2);
        if (year && month && day && *month >= 1 && *month <= 12 && *day >= 1 && *day <= daysInMonth(*year, *month))
            return date(*year, *month, *day);
    }
    return std::nullopt;
}

std::string Period::toString() const
{
    // Written by hand, not by snprintf: an import of a million rows formats a million periods.
    auto digits = [](char *out, int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            out[i] = static_cast<char>('0' + value % 10);
    };
    const bool plain = year >= 0 && year <= 9999 && month >= 0 && month <= 99 && day >= 0 && day <= 99
        && quarter >= 0 && quarter <= 9;
    if (plain && type == Type::Year) {
        std::string text(4, '0');
        digits(text.data(), year, 4);
        return text;
    }
    if (plain && type == Type::FiscalYear) {
        std::string text = "FY0000-00";
        digits(text.data() + 2, year, 4);
        digits(text.data() + 7, month, 2);
        return text;
    }
    if (plain && type == Type::Date) {
        std::string text = "0000-00-00";
        digits(text.data(), year, 4);
        digits(text.data() + 5, month, 2);
        digits(text.data() + 8, day, 2);
        return text;
    }
    if (plain && type == Type::Quarter) {
        std::string text = "0000Q0";
        digits(text.data(), year, 4);
        digits(text.data() + 5, quarter, 1);
        return text;
    }
    if (plain && type == Type::FiscalQuarter) {
        std::string text = "FY0000Q0-00";
        digits(text.data() + 2, year, 4);
        digits(text.data() + 7, quarter, 1);
        digits(text.data() + 9, month, 2);
        return text;
    }
    if (plain && type == Type::Month) {
        std::string text = "0000-00";
        digits(text.data(), year, 4);
        digits(text.data() + 5, month, 2);
        return text;
    }
    char buffer[64];
    switch (type) {
    case Type::Year: std::snprintf(buffer, sizeof buffer, "%04d", year); break;
    case Type::FiscalYear: std::snprintf(buffer, sizeof buffer, "FY%04d-%02d", year, month); break;
    case Type::Date: std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day); break;
    case Type::Quarter: std::snprintf(buffer, sizeof buffer, "%04dQ%d", year, quarter); break;
    case Type::FiscalQuarter: std::snprintf(buffer, sizeof buffer, "FY%04dQ%d-%02d", year, quarter, month); break;
    case Type::Month: std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, month); break;
    }
    return buffer;
}

double Period::endPosition() const
{
    switch (type) {
    case Type::Year: return year + 1.0;
    case Type::FiscalYear: return year + month / 12.0;
    case Type::Date: return year + dayOfYear(year, month, day) / (isLeap(year) ? 366.0 : 365.0);
    case Type::Quarter:
    case Type::FiscalQuarter:
    case Type::Month: {
        const int last = lastMonthIndex(*this);
        const int lastYear = floorDiv(last, 12);
        return lastYear + (last - lastYear * 12 + 1) / 12.0;
    }
    }
    return year;
}

double Period::midpoint() const
{
    switch (type) {
    case Type::Year: return year + 0.5;
    case Type::FiscalYear: return year + month / 12.0 - 0.5;
    case Type::Date: return endPosition();
    case Type::Quarter:
    case Type::FiscalQuarter:
    case Type::Month: {
        // Half the period's months before its end: 1.5 of a quarter's three, 0.5 of a month.
        const int last = lastMonthIndex(*this);
        const int lastYear = floorDiv(last, 12);
        const double half = type == Type::Month ? 0.5 : 1.5;
        return lastYear + (last - lastYear * 12 + 1 - half) / 12.0;
    }
    }
    return year;
}

int Period::dominantYear() const
{
    switch (type) {
    case Type::FiscalYear:
        // A fiscal year ending in June or later lies mostly in its end year; one ending
        // before June lies mostly in the year before (Oracle's FY2025-05 is mostly 2024).
        return month < 6 ? year - 1 : year;
    case Type::FiscalQuarter:
        // Two of its three months lie in the year of its middle month.
        return floorDiv(lastMonthIndex(*this) - 1, 12);
    case Type::Year:
    case Type::Date:
    case Type::Quarter:
    case Type::Month: return year;
    }
    return year;
}

Period::YearMonth Period::lastMonth() const
{
    const int last = lastMonthIndex(*this);
    const int lastYear = floorDiv(last, 12);
    return {lastYear, last - lastYear * 12 + 1};
}

std::optional<Period> Period::countedCalendarQuarter() const
{
    switch (type) {
    case Type::Quarter: return *this;
    case Type::FiscalQuarter: {
        const int last = lastMonthIndex(*this);
        const int lastYear = floorDiv(last, 12);
        return calendarQuarter(lastYear, (last - lastYear * 12) / 3 + 1);
    }
    case Type::Year:
    case Type::FiscalYear:
    case Type::Date:
    case Type::Month: return std::nullopt;
    }
    return std::nullopt;
}

std::strong_ordering Period::operator<=>(const Period &other) const
{
    if (auto c = lastMonthIndex(*this) <=> lastMonthIndex(other); c != 0)
        return c;
    // Every period but a date ends with its last month: after every date in that month.
    const int lastDay = type == Type::Date ? day : 32;
    const int otherLastDay = other.type == Type::Date ? other.day : 32;
    if (auto c = lastDay <=> otherLastDay; c != 0)
        return c;
    if (auto c = lengthRank(type) <=> lengthRank(other.type); c != 0)
        return c;
    if (auto c = year <=> other.year; c != 0)
        return c;
    if (auto c = month <=> other.month; c != 0)
        return c;
    if (auto c = day <=> other.day; c != 0)
        return c;
    return quarter <=> other.quarter;
}

} // namespace capex

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
    const bool plain = year >= 0 && year <= 9999 && month >= 0 && month <= 99 && day >= 0 && day <= 99;
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
    char buffer[32];
    switch (type) {
    case Type::Year: std::snprintf(buffer, sizeof buffer, "%04d", year); break;
    case Type::FiscalYear: std::snprintf(buffer, sizeof buffer, "FY%04d-%02d", year, month); break;
    case Type::Date: std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day); break;
    }
    return buffer;
}

double Period::endPosition() const
{
    switch (type) {
    case Type::Year: return year + 1.0;
    case Type::FiscalYear: return year + month / 12.0;
    case Type::Date: return year + dayOfYear(year, month, day) / (isLeap(year) ? 366.0 : 365.0);
    }
    return year;
}

double Period::midpoint() const
{
    switch (type) {
    case Type::Year: return year + 0.5;
    case Type::FiscalYear: return year + month / 12.0 - 0.5;
    case Type::Date: return endPosition();
    }
    return year;
}

int Period::dominantYear() const
{
    // A fiscal year ending in June or later lies mostly in its end year; one ending
    // before June lies mostly in the year before (Oracle's FY2025-05 is mostly 2024).
    if (type == Type::FiscalYear && month < 6)
        return year - 1;
    return year;
}

} // namespace capex

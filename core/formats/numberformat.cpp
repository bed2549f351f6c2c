#include "numberformat.h"

#include <cmath>
#include <cstdio>

namespace capex {
namespace {

struct Unit
{
    double size;
    const char *suffix;
};

constexpr Unit englishUnits[] = {{1e12, "T"}, {1e9, "B"}, {1e6, "M"}, {1e3, "K"}, {1, ""}};
constexpr Unit chineseUnits[] = {{1e12, "万亿"}, {1e8, "亿"}, {1e4, "万"}, {1, ""}};

int decimalsFor(double magnitude, int significantDigits)
{
    if (magnitude <= 0)
        return 0;
    int integerDigits = static_cast<int>(std::floor(std::log10(magnitude))) + 1;
    return std::max(0, significantDigits - std::max(integerDigits, 1));
}

double roundTo(double value, int decimals)
{
    double factor = std::pow(10.0, decimals);
    return std::round(value * factor) / factor;
}

} // namespace

std::string trimmedDecimal(double value, int decimals)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    std::string text = buffer;
    if (text.find('.') != std::string::npos) {
        while (text.back() == '0')
            text.pop_back();
        if (text.back() == '.')
            text.pop_back();
    }
    return text == "-0" ? "0" : text;
}

NumberFormat::Scaled NumberFormat::scale(double magnitude) const
{
    const Unit *units = m_language == Language::English ? englishUnits : chineseUnits;
    const std::size_t count = m_language == Language::English ? std::size(englishUnits) : std::size(chineseUnits);
    // English writes 2,048 rather than 2.05K: thousands only from ten thousand on.
    auto threshold = [&](std::size_t i) {
        return m_language == Language::English && units[i].size == 1e3 ? 1e4 : units[i].size;
    };
    // Find the unit, then re-check after rounding: 999.96B rounds to 1000B, which is 1T.
    std::size_t index = count - 1;
    for (std::size_t i = 0; i < count; ++i)
        if (magnitude >= threshold(i)) {
            index = i;
            break;
        }
    double scaled = magnitude / units[index].size;
    int decimals = decimalsFor(scaled, m_digits);
    double rounded = roundTo(scaled, decimals);
    if (index > 0 && rounded * units[index].size >= threshold(index - 1)) {
        --index;
        scaled = magnitude / units[index].size;
        decimals = decimalsFor(scaled, m_digits);
        rounded = roundTo(scaled, decimals);
    }
    // Below one unit (a plain number) keep at most two decimals.
    if (units[index].size == 1) {
        decimals = std::min(decimals, 2);
        std::string text = trimmedDecimal(rounded, decimals);
        if (m_language == Language::English) {
            auto point = text.find('.');
            for (auto i = static_cast<long>(point == std::string::npos ? text.size() : point) - 3; i > 0; i -= 3)
                text.insert(static_cast<std::size_t>(i), ",");
        }
        return {text, {}};
    }
    return {trimmedDecimal(rounded, decimals), units[index].suffix};
}

std::string NumberFormat::money(double amount, std::string_view currency) const
{
    const std::string sign = amount < 0 ? "-" : "";
    Scaled s = scale(std::fabs(amount));
    if (s.digits == "0")
        return m_language == Language::English ? (currency == "USD" ? "$0" : "0 " + std::string(currency))
                                               : "0" + std::string(currency == "USD"   ? "美元"
                                                                   : currency == "CNY" ? "元人民币"
                                                                   : currency == "HKD" ? "港元"
                                                                                       : currency);
    if (m_language == Language::English) {
        if (currency == "USD")
            return sign + "$" + s.digits + s.unit;
        if (currency == "CNY")
            return sign + "RMB " + s.digits + s.unit;
        if (currency == "HKD")
            return sign + "HK$" + s.digits + s.unit;
        return sign + s.digits + s.unit + " " + std::string(currency);
    }
    std::string suffix = currency == "USD" ? "美元" : currency == "CNY" ? "元人民币" : currency == "HKD" ? "港元" : "";
    if (suffix.empty())
        return sign + s.digits + s.unit + " " + std::string(currency);
    return sign + s.digits + s.unit + suffix;
}

std::string NumberFormat::number(double value) const
{
    Scaled s = scale(std::fabs(value));
    if (s.digits == "0")
        return "0";
    return (value < 0 ? "-" : "") + s.digits + s.unit;
}

std::string NumberFormat::percent(double fraction) const
{
    double pct = fraction * 100.0;
    return trimmedDecimal(pct, decimalsFor(std::fabs(pct), m_digits)) + "%";
}

std::string NumberFormat::factor(double value) const
{
    return trimmedDecimal(value, decimalsFor(std::fabs(value), m_digits)) + "×";
}

} // namespace capex

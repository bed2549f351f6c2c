#pragma once

#include <string>
#include <string_view>

namespace capex {

enum class Language { English, Chinese };

/// Formats money and large numbers the way each language's readers write them:
/// English with K / M / B / T suffixes ("$89.9B", "RMB 160B"), Chinese with 万 / 亿 / 万亿
/// ("899亿美元", "1600亿元人民币"). Values are rounded to `significantDigits` significant
/// digits, trailing zeros dropped, and a rounding that reaches the next unit moves to
/// it (999.96B → $1T).
class NumberFormat
{
public:
    explicit NumberFormat(Language language, int significantDigits = 3)
        : m_language(language), m_digits(significantDigits)
    {
    }

    /// `currency` is an ISO code (USD, CNY, HKD); an unknown code is written after the number.
    std::string money(double amount, std::string_view currency) const;
    /// A count or quantity with the language's large-number units ("3.1M" / "310万").
    std::string number(double value) const;
    /// A fraction as a percentage: 0.86 → "86%", -0.196 → "-19.6%".
    std::string percent(double fraction) const;
    /// A multiplier: 4.6 → "4.6×".
    std::string factor(double value) const;

    Language language() const { return m_language; }

private:
    struct Scaled
    {
        std::string digits; ///< the rounded magnitude, without sign
        std::string unit;   ///< "B", "亿", … or empty
    };
    Scaled scale(double magnitude) const;

    Language m_language;
    int m_digits;
};

/// `value` rounded to `decimals` places, trailing zeros and a trailing point removed.
std::string trimmedDecimal(double value, int decimals);

} // namespace capex

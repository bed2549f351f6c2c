#include "importednumber.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string>

namespace capex {
namespace {

bool endsWith(std::string_view text, std::string_view suffix)
{
    return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

bool isDigit(char c) { return c >= '0' && c <= '9'; }

std::string lower(std::string_view text)
{
    std::string out(text);
    for (char &c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return out;
}

} // namespace

std::string_view trimmed(std::string_view text)
{
    static constexpr std::string_view wideSpace = "\xE3\x80\x80"; // U+3000
    static constexpr std::string_view nbsp = "\xC2\xA0";          // U+00A0
    bool changed = true;
    while (changed && !text.empty()) {
        changed = false;
        if (text.front() == ' ' || text.front() == '\t') {
            text.remove_prefix(1);
            changed = true;
        } else if (text.starts_with(wideSpace)) {
            text.remove_prefix(wideSpace.size());
            changed = true;
        } else if (text.starts_with(nbsp)) {
            text.remove_prefix(nbsp.size());
            changed = true;
        }
        if (text.empty())
            break;
        if (text.back() == ' ' || text.back() == '\t') {
            text.remove_suffix(1);
            changed = true;
        } else if (endsWith(text, wideSpace)) {
            text.remove_suffix(wideSpace.size());
            changed = true;
        } else if (endsWith(text, nbsp)) {
            text.remove_suffix(nbsp.size());
            changed = true;
        }
    }
    return text;
}

NumberForms numberFormsForUnit(std::string_view unit)
{
    if (unit.starts_with("fraction"))
        return {true, false};
    if (unit == "ratio" || unit == "x" || unit == "x/yr" || unit == "rank")
        return {false, false};
    return {false, true};
}

Result<double> parseImportedNumber(std::string_view text, NumberForms forms)
{
    // The common spelling, a plain decimal such as "-1234.5", is read as it stands: the
    // general path below would rebuild the same text first.
    {
        const std::string_view t = trimmed(text);
        std::size_t i = !t.empty() && t[0] == '-' ? 1 : 0;
        const std::size_t digits = i;
        while (i < t.size() && isDigit(t[i]))
            ++i;
        if (i > digits && i < t.size() && t[i] == '.')
            for (++i; i < t.size() && isDigit(t[i]); ++i) {
            }
        double value = 0;
        if (i > digits && i == t.size())
            if (auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), value);
                ec == std::errc{} && end == t.data() + t.size() && std::isfinite(value))
                return value;
    }
    const std::string original(text);
    auto notANumber = [&] { return Error{ErrorCode::NotANumber, {}, 0, 0, {}, original}; };
    auto nonFinite = [&] { return Error{ErrorCode::NonFiniteNumber, {}, 0, 0, {}, original}; };

    std::string_view t = trimmed(text);
    int shift = 0; // power of ten the suffix scales by
    if (forms.percent && (endsWith(t, "%") || endsWith(t, "\xEF\xBC\x85"))) { // % or full-width ％
        t.remove_suffix(endsWith(t, "%") ? 1 : 3);
        shift = -2;
    } else if (forms.chineseUnits && endsWith(t, "万亿")) {
        t.remove_suffix(std::string_view("万亿").size());
        shift = 12;
    } else if (forms.chineseUnits && endsWith(t, "亿")) {
        t.remove_suffix(std::string_view("亿").size());
        shift = 8;
    } else if (forms.chineseUnits && endsWith(t, "万")) {
        t.remove_suffix(std::string_view("万").size());
        shift = 4;
    }
    t = trimmed(t);
    if (t.empty())
        return notANumber();

    const std::string word = lower(t);
    for (std::string_view special : {"inf", "+inf", "-inf", "infinity", "+infinity", "-infinity", "nan", "+nan",
                                     "-nan", "∞", "-∞"})
        if (word == special)
            return nonFinite();

    // Rebuild the plain decimal: sign, digits without separators, fraction, exponent.
    std::string plain;
    plain.reserve(t.size() + 8);
    std::size_t i = 0;
    if (t[i] == '+' || t[i] == '-') {
        if (t[i] == '-')
            plain += '-';
        ++i;
    }
    std::size_t groupDigits = 0;
    bool grouped = false;
    bool anyDigit = false;
    for (; i < t.size() && (isDigit(t[i]) || t[i] == ','); ++i) {
        if (t[i] == ',') {
            // A separator needs one to three digits before it (first group) or exactly three.
            if (groupDigits == 0 || groupDigits > 3 || (grouped && groupDigits != 3))
                return notANumber();
            grouped = true;
            groupDigits = 0;
            continue;
        }
        plain += t[i];
        ++groupDigits;
        anyDigit = true;
    }
    if (grouped && groupDigits != 3)
        return notANumber();
    if (i < t.size() && t[i] == '.') {
        plain += '.';
        ++i;
        for (; i < t.size() && isDigit(t[i]); ++i) {
            plain += t[i];
            anyDigit = true;
        }
    }
    if (!anyDigit)
        return notANumber();
    long exponent = 0;
    if (i < t.size() && (t[i] == 'e' || t[i] == 'E')) {
        ++i;
        bool negative = false;
        if (i < t.size() && (t[i] == '+' || t[i] == '-')) {
            negative = t[i] == '-';
            ++i;
        }
        if (i >= t.size() || !isDigit(t[i]))
            return notANumber();
        for (; i < t.size() && isDigit(t[i]); ++i)
            exponent = std::min(exponent * 10 + (t[i] - '0'), 100000L); // saturate: 1e99999999 is simply infinite
        if (negative)
            exponent = -exponent;
    }
    if (i != t.size())
        return notANumber();
    exponent += shift;
    if (exponent != 0)
        plain += 'e' + std::to_string(exponent);

    double value = 0;
    auto [end, ec] = std::from_chars(plain.data(), plain.data() + plain.size(), value);
    if (ec == std::errc::result_out_of_range) // beyond a double either way: never silently 0 or infinity
        return nonFinite();
    if (ec != std::errc{} || end != plain.data() + plain.size())
        return notANumber();
    if (!std::isfinite(value))
        return nonFinite();
    return value;
}

} // namespace capex

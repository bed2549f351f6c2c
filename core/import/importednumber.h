#pragma once

#include "result.h"

#include <string>
#include <string_view>

namespace capex {

/// Which spellings of a number a column accepts beyond plain decimals.
struct NumberForms
{
    bool percent = false;      ///< "86%" → 0.86 (fractions: cost declines, shares)
    bool chineseUnits = false; ///< "96.4亿" → 9.64e9, "3万" → 3e4, "1.2万亿" → 1.2e12 (amounts and counts)
};

/// Which forms a figure in `unit` may be written in: percentages for fractions
/// ("fraction", "fraction/yr"), Chinese units for everything else except ratios and
/// multiples ("ratio", "x", "x/yr", "rank").
NumberForms numberFormsForUnit(std::string_view unit);

/// Reads a number as analysts type it: optional sign, digits with optional thousands
/// separators (`,` between groups of exactly three digits: "1,234,567.5"; "1,23" is
/// rejected rather than guessed), an optional decimal part and exponent, then `%` or
/// 亿/万/万亿 when `forms` allows them. Surrounding spaces (also full-width) are ignored.
/// The scale is applied to the decimal text before conversion, so "96.4亿" is exactly
/// the double nearest 9640000000.
///
/// Errors (file, line and column left for the caller): NotANumber, NonFiniteNumber
/// (inf, nan, or beyond the range of a double, either way), `detail` holding the text.
Result<double> parseImportedNumber(std::string_view text, NumberForms forms);

/// `text` without leading and trailing ASCII and full-width (U+3000) spaces and NBSP.
std::string_view trimmed(std::string_view text);

} // namespace capex

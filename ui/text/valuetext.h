#pragma once

#include "dataset.h"
#include "numberformat.h"

#include <QString>

namespace capex::ui {

/// A value of an observation in the current language, with its unit: money through
/// the language's formatter ("$89.9B" / "899亿美元"), fractions as percentages, growth
/// factors with ×, counts with the language's large-number units.
QString valueText(double value, const Observation &observation, int significantDigits = 3);
/// The value, or the range "low – high", or "value (low – high)".
QString valueWithRangeText(const Observation &observation);
/// The unit in words of the current language ("H100e", "GPU-hours" / "GPU小时", …).
QString unitText(const std::string &unit);
/// A period for people, in the current language: years, fiscal years and dates as
/// written in the data ("2024", "FY2025-06", "2024-12-26"); a quarter "2025 Q3" /
/// "2025年第3季度", a fiscal quarter "FY2026 Q1 (Jun)" / "FY2026 第1财季（6月）" (the
/// month its fiscal year ends in), a month "May 2026" / "2026年5月". Every place that
/// shows a period to people writes it with this.
QString periodText(const Period &period);
/// A value as a log axis labels it, in `language`: English "1", "1,000", "1,000,000" (up to
/// 999,999,999); Chinese "1000", "1万", "100万", "1亿", "1万亿"; decimals down to 0.001
/// ("0.01") and powers of ten with superscripts beyond either end ("10⁻⁶", "2×10⁻⁸", "10¹²"). Three
/// significant digits at most; empty for zero, negative or non-finite values.
QString logAxisLabelText(double value, Language language);
/// The same in the current language.
QString logAxisLabelText(double value);
/// As logAxisLabelText, but a power of ten from 100 on ("10²", "10⁸", "2.5×10⁴"), in either
/// language: for an axis with too little room for "100,000,000".
QString compactLogAxisLabelText(double value, Language language);
/// Kind and grade in words of the current language.
QString kindText(Kind kind);
QString gradeText(Grade grade);

} // namespace capex::ui

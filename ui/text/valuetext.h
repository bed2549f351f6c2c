#pragma once

#include "dataset.h"

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
/// Kind and grade in words of the current language.
QString kindText(Kind kind);
QString gradeText(Grade grade);

} // namespace capex::ui

#pragma once

#include "parameters.h"

#include <QString>

namespace capex::ui {

/// The short name of a model parameter in the current language ("Demand elasticity" /
/// "需求价格弹性"); `capex_growth.<company>` names the company.
QString parameterLabel(const std::string &name, const Dataset *dataset = nullptr);
/// Its unit as a spin-box suffix ("× / yr", " H100e", "%").
QString parameterSuffix(const ParameterSpec &spec);
/// Spin-box value = parameter value × this (100 for percentages, 10^-12 for world GDP).
double displayScale(const ParameterSpec &spec);
/// Whether the parameter is shown and edited in percent (fractions and shares).
bool shownAsPercent(const ParameterSpec &spec);
/// The parameter's meaning and source, for tooltips, in the current language.
QString parameterTooltip(const ParameterSpec &spec, const Dataset *dataset = nullptr);
/// A value as the assumptions panel writes it ("86%", "1.35×", "3.1M H100e").
QString parameterValueText(const ParameterSpec &spec, double value);
/// What changed for a scenario file written in an older schema (`%1` = the file's name).
QString scenarioMigrationText(int fromSchema);

} // namespace capex::ui

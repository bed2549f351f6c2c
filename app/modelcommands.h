#pragma once

#include "commandline.h"

namespace capex::app {

/// `capexlens scenario montecarlo` and `capexlens scenario tornado`.
int scenarioMonteCarlo(const CommandLine &commandLine);
int scenarioTornado(const CommandLine &commandLine);
/// `capexlens scenario grid` (the over-build map) and `capexlens scenario hindcast`.
int scenarioGrid(const CommandLine &commandLine);
int scenarioHindcast(const CommandLine &commandLine);

} // namespace capex::app

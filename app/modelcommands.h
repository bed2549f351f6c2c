#pragma once

#include "commandline.h"

namespace capex::app {

/// `capexlens scenario montecarlo` and `capexlens scenario tornado`.
int scenarioMonteCarlo(const CommandLine &commandLine);
int scenarioTornado(const CommandLine &commandLine);

} // namespace capex::app

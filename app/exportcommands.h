#pragma once

#include "commandline.h"

namespace capex::app {

/// `capexlens chart --list` (id and title of every chart) and `capexlens chart NAME --out FILE
/// [--format png|svg|pdf] [--scenario FILE|preset:NAME] [--width W --height H] [--dpi N]`:
/// the format follows the file's suffix unless given; 1600 × 1000 pixels at 200 DPI by default.
int chartCommand(const CommandLine &commandLine);

/// `capexlens report --out FILE.pdf [--scenario FILE|preset:NAME] [--paper a4|letter]`.
int reportCommand(const CommandLine &commandLine);

/// `capexlens data export --format xlsx --out FILE`: every figure and its source as an Excel workbook.
int dataExportXlsx(const CommandLine &commandLine);

} // namespace capex::app

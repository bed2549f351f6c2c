#pragma once

#include "commandline.h"

namespace capex::app {

/// Exit statuses of every command: 0 success, 1 failure, 2 usage error.
enum ExitStatus { ExitSuccess = 0, ExitFailure = 1, ExitUsage = 2 };

/// Runs a command-line command (anything but the dashboard itself). Messages go to
/// stderr in the current language; results to stdout or the --out file.
int runCommand(const CommandLine &commandLine);

/// The --help text in the current language.
QString helpText();

} // namespace capex::app

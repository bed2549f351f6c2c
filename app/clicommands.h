#pragma once

#include "commandline.h"
#include "scenario.h"

#include <QByteArray>

#include <variant>

namespace capex::ui {
class DataStore;
}

namespace capex::app {

/// Exit statuses of every command: 0 success, 1 failure, 2 usage error.
enum ExitStatus { ExitSuccess = 0, ExitFailure = 1, ExitUsage = 2 };

/// Runs a command-line command (anything but the dashboard itself). Messages go to
/// stderr in the current language; results to stdout or the --out file.
int runCommand(const CommandLine &commandLine);

/// The --help text in the current language.
QString helpText();

// Shared by the command implementations.
void printError(const QString &message);
/// Prints the message and the hint to --help; returns ExitUsage.
int usageError(const QString &message);
/// Writes to --out through QSaveFile, or to stdout without one.
int writeOutput(const CommandLine &commandLine, const QByteArray &bytes);
/// Opens the database of --db / $CAPEXLENS_DB; prints why not.
bool openStore(const CommandLine &commandLine, ui::DataStore &store);
/// The scenario of --scenario (a file or preset:NAME) with every --set applied, or the
/// exit status to return (1 for an unreadable file, 2 for a usage error).
std::variant<Scenario, int> scenarioFrom(const CommandLine &commandLine, const Dataset &dataset);
/// The same on top of `base` (its inputs and values).
std::variant<Scenario, int> scenarioOn(const CommandLine &commandLine, const ModelParameters &base);
/// --as-of (or the as_of of the --scenario file), validated: empty without one, or the exit
/// status of a usage error.
std::variant<std::string, int> asOfOption(const CommandLine &commandLine);
/// scenarioFrom() on `dataset` as known on asOfOption(): what every `scenario` command reads.
std::variant<Scenario, int> scenarioAsOf(const CommandLine &commandLine, const Dataset &dataset);
/// `dataset` as known on asOfOption(), or the exit status of a usage error.
std::variant<Dataset, int> datasetAsOf(const CommandLine &commandLine, const Dataset &dataset);

} // namespace capex::app

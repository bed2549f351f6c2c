#pragma once

#include "commandline.h"
#include "scenario.h"

#include <QByteArray>

#include <optional>
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
/// Sets `store`'s "data as of" to asOfOption() (its snapshot() is then the data as known on
/// that date, without a copy of the store when there is none); the exit status of a usage
/// error, else nothing.
std::optional<int> applyAsOf(const CommandLine &commandLine, ui::DataStore &store);
/// Opens the store, applies --as-of and reads scenarioFrom() on what is known then: what every
/// `scenario` command starts with. The exit status to return when one of them fails.
std::variant<Scenario, int> openScenario(const CommandLine &commandLine, ui::DataStore &store);

} // namespace capex::app

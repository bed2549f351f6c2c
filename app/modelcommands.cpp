#include "modelcommands.h"

#include "clicommands.h"
#include "datastore.h"
#include "errortext.h"
#include "modelexport.h"
#include "grid.h"
#include "hindcast.h"
#include "montecarlo.h"
#include "tornado.h"

#include <QCoreApplication>
#include <QTextStream>

#include <thread>

namespace capex::app {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("capex::app", text); }

/// Parses an integer option; nullopt (after printing a usage error) when it is not one.
std::optional<long long> integerOption(const CommandLine &cl, const QString &name, long long fallback)
{
    if (!cl.has(name))
        return fallback;
    bool ok = false;
    const long long value = cl.value(name).toLongLong(&ok);
    if (!ok) {
        usageError(tr("--%1 takes a whole number, not “%2”").arg(name, cl.value(name)));
        return std::nullopt;
    }
    return value;
}

int requireJson(const CommandLine &cl)
{
    const QString format = cl.value(QStringLiteral("format"), QStringLiteral("json"));
    return format == QLatin1String("json") ? ExitSuccess
                                           : usageError(tr("--format must be json, not “%1”").arg(format));
}

} // namespace

int scenarioMonteCarlo(const CommandLine &cl)
{
    if (int status = requireJson(cl); status != ExitSuccess)
        return status;
    const auto runs = integerOption(cl, QStringLiteral("runs"), 10000);
    const auto seed = integerOption(cl, QStringLiteral("seed"), 1);
    const auto threads = integerOption(cl, QStringLiteral("threads"), 0);
    if (!runs || !seed || !threads)
        return ExitUsage;
    if (*runs < MonteCarlo::minRuns || *runs > MonteCarlo::maxRuns)
        return usageError(tr("--runs must lie in [%1, %2]").arg(MonteCarlo::minRuns).arg(MonteCarlo::maxRuns));
    if (*seed < 0 || *threads < 0)
        return usageError(tr("--seed and --threads cannot be negative"));
    ui::DataStore store;
    auto scenario = openScenario(cl, store);
    if (std::holds_alternative<int>(scenario))
        return std::get<int>(scenario);
    MonteCarloOptions options;
    options.runs = static_cast<int>(*runs);
    options.seed = static_cast<std::uint64_t>(*seed);
    options.threads = static_cast<int>(*threads);
    auto result = MonteCarlo::run(std::get<Scenario>(scenario).parameters, options);
    if (!result.ok()) {
        printError(ui::errorText(result.error()));
        return ExitFailure;
    }
    return writeOutput(cl, QByteArray::fromStdString(toJson(result.value()) + '\n'));
}

int scenarioTornado(const CommandLine &cl)
{
    if (int status = requireJson(cl); status != ExitSuccess)
        return status;
    const QString outputName = cl.value(QStringLiteral("output"), QStringLiteral("required_ai_capex_usd"));
    const auto output = parseOutput(outputName.toStdString());
    if (!output)
        return usageError(tr("unknown output “%1”; use an output name of 'scenario run', e.g. required_ai_capex_usd")
                              .arg(outputName));
    const auto year = integerOption(cl, QStringLiteral("year"), 2030);
    if (!year)
        return ExitUsage;
    ui::DataStore store;
    auto scenario = openScenario(cl, store);
    if (std::holds_alternative<int>(scenario))
        return std::get<int>(scenario);
    auto result = Tornado::run(std::get<Scenario>(scenario).parameters, *output, static_cast<int>(*year));
    if (!result.ok())
        return usageError(ui::errorText(result.error()));
    return writeOutput(cl, QByteArray::fromStdString(toJson(result.value()) + '\n'));
}

namespace {

int requireJsonOrCsv(const CommandLine &cl)
{
    const QString format = cl.value(QStringLiteral("format"), QStringLiteral("json"));
    return format == QLatin1String("json") || format == QLatin1String("csv")
        ? ExitSuccess
        : usageError(tr("--format must be json or csv, not “%1”").arg(format));
}

bool csvWanted(const CommandLine &cl)
{
    return cl.value(QStringLiteral("format")) == QLatin1String("csv");
}

} // namespace

int scenarioGrid(const CommandLine &cl)
{
    if (int status = requireJsonOrCsv(cl); status != ExitSuccess)
        return status;
    GridOptions options;
    options.x = cl.value(QStringLiteral("x")).toStdString();
    options.y = cl.value(QStringLiteral("y")).toStdString();
    if (options.x.empty() || options.y.empty())
        return usageError(tr("scenario grid needs --x NAME and --y NAME, two parameters with a plausible range"));
    const QString outputName = cl.value(QStringLiteral("output"), QStringLiteral("plan_to_required_ratio"));
    const auto output = parseOutput(outputName.toStdString());
    if (!output)
        return usageError(tr("unknown output “%1”; use an output name of 'scenario run', e.g. required_ai_capex_usd")
                              .arg(outputName));
    options.output = *output;
    const auto steps = integerOption(cl, QStringLiteral("steps"), 41);
    if (!steps)
        return ExitUsage;
    if (*steps < Grid::minSteps || *steps > Grid::maxSteps)
        return usageError(tr("--steps must lie in [%1, %2]").arg(Grid::minSteps).arg(Grid::maxSteps));
    options.steps = static_cast<int>(*steps);
    if (cl.has(QStringLiteral("year"))) {
        const auto year = integerOption(cl, QStringLiteral("year"), 0);
        if (!year)
            return ExitUsage;
        options.year = static_cast<int>(*year);
    }
    ui::DataStore store;
    auto scenario = openScenario(cl, store);
    if (std::holds_alternative<int>(scenario))
        return std::get<int>(scenario);
    auto result = Grid::run(std::get<Scenario>(scenario).parameters, options);
    if (!result.ok())
        return usageError(ui::errorText(result.error()));
    return writeOutput(cl, QByteArray::fromStdString(csvWanted(cl) ? toCsv(result.value()) : toJson(result.value())));
}

int scenarioHindcast(const CommandLine &cl)
{
    if (int status = requireJsonOrCsv(cl); status != ExitSuccess)
        return status;
    auto asOf = asOfOption(cl);
    if (std::holds_alternative<int>(asOf))
        return std::get<int>(asOf);
    const std::string date = std::get<std::string>(asOf).empty() ? Hindcast::defaultDate : std::get<std::string>(asOf);
    ui::DataStore store;
    if (!openStore(cl, store))
        return ExitFailure;
    // The scenario and every --set apply on top of the data as known then, after t0 is chosen.
    int failed = ExitSuccess;
    auto configure = [&cl, &failed](ModelParameters &parameters) -> Status {
        auto scenario = scenarioOn(cl, parameters);
        if (std::holds_alternative<int>(scenario)) {
            failed = std::get<int>(scenario);
            return Error {ErrorCode::InvalidValue, {}, 0, 0, "scenario", {}};
        }
        const int t0 = parameters.t0();
        parameters = std::get<Scenario>(std::move(scenario)).parameters;
        if (!parameters.isExplicit("t0"))
            return parameters.set("t0", t0); // the year the data then allowed, unless the scenario chose
        return {};
    };
    auto result = Hindcast::run(store.snapshot(), date, configure);
    if (failed != ExitSuccess)
        return failed;
    if (!result.ok())
        return usageError(ui::errorText(result.error()));
    return writeOutput(cl, QByteArray::fromStdString(csvWanted(cl) ? toCsv(result.value()) : toJson(result.value())));
}

} // namespace capex::app


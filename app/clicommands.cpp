#include "clicommands.h"

#include "capexmodel.h"
#include "datastore.h"
#include "errortext.h"
#include "parametertext.h"
#include "exportcommands.h"
#include "importcommands.h"
#include "modelcommands.h"
#include "modelexport.h"
#include "scenario.h"
#include "seccommands.h"
#include "translation.h"
#include "observationexport.h"
#include "savefile.h"

#include <QCoreApplication>
#include <QFile>

#include <nlohmann/json.hpp>
#include <QTextStream>

#include <cstdio>
#include <variant>

namespace capex::app {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("capex::app", text); }

} // namespace


void printError(const QString &message)
{
    QTextStream(stderr) << QStringLiteral("capexlens: ") << message << Qt::endl;
}

int usageError(const QString &message)
{
    printError(message);
    QTextStream(stderr) << tr("Try 'capexlens --help'.") << Qt::endl;
    return ExitUsage;
}

/// Writes to --out through QSaveFile, or to stdout when there is none.
int writeOutput(const CommandLine &cl, const QByteArray &bytes)
{
    const QString out = cl.value(QStringLiteral("out"));
    if (out.isEmpty() || out == QLatin1String("-")) {
        std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stdout);
        std::fflush(stdout);
        return ExitSuccess;
    }
    if (const QString error = ui::saveFile(out, bytes); !error.isEmpty()) {
        printError(error);
        return ExitFailure;
    }
    QTextStream(stderr) << tr("Wrote %1").arg(out) << Qt::endl;
    return ExitSuccess;
}

bool openStore(const CommandLine &cl, ui::DataStore &store)
{
    if (store.open(ui::DataStore::resolvePath(cl.value(QStringLiteral("db")))))
        return true;
    printError(store.errorMessage());
    return false;
}

int dataExport(const CommandLine &cl)
{
    const QString format = cl.value(QStringLiteral("format"), QStringLiteral("json"));
    if (format != QLatin1String("json") && format != QLatin1String("csv"))
        return usageError(tr("--format must be json or csv, not “%1”").arg(format));
    ui::DataStore store;
    if (!openStore(cl, store))
        return ExitFailure;
    const ObservationExport exporter(store.snapshot());
    const std::string text = format == QLatin1String("csv") ? exporter.toCsv() : exporter.toJson();
    return writeOutput(cl, QByteArray::fromStdString(text));
}

/// The scenario of --scenario (a file or preset:NAME) with every --set applied, or an
/// exit status when the arguments are wrong.
std::variant<std::string, int> asOfOption(const CommandLine &cl)
{
    if (cl.has(QStringLiteral("as-of"))) {
        const QString given = cl.value(QStringLiteral("as-of"));
        if (!ScenarioFile::isDate(given.toStdString()))
            return usageError(tr("--as-of takes a date as YYYY-MM-DD, not “%1”").arg(given));
        return given.toStdString();
    }
    const QString file = cl.value(QStringLiteral("scenario"));
    if (file.isEmpty() || file.startsWith(QLatin1String("preset:")))
        return std::string();
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return std::string(); // scenarioFrom says why
    const QByteArray bytes = in.readAll();
    const auto root = nlohmann::json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
    if (root.is_object()) {
        auto it = root.find("as_of");
        if (it != root.end() && it->is_string() && ScenarioFile::isDate(it->get<std::string>()))
            return it->get<std::string>();
    }
    return std::string(); // an invalid as_of is reported by scenarioFrom
}

std::optional<int> applyAsOf(const CommandLine &cl, ui::DataStore &store)
{
    auto asOf = asOfOption(cl);
    if (std::holds_alternative<int>(asOf))
        return std::get<int>(asOf);
    store.setAsOf(QString::fromStdString(std::get<std::string>(asOf)));
    return std::nullopt;
}

std::variant<Scenario, int> openScenario(const CommandLine &cl, ui::DataStore &store)
{
    if (!openStore(cl, store))
        return ExitFailure;
    if (auto status = applyAsOf(cl, store))
        return *status;
    return scenarioFrom(cl, store.snapshot());
}

std::variant<Scenario, int> scenarioFrom(const CommandLine &cl, const Dataset &dataset)
{
    return scenarioOn(cl, ModelParameters(ModelInputs::fromDataset(dataset)));
}

std::variant<Scenario, int> scenarioOn(const CommandLine &cl, const ModelParameters &base)
{
    Scenario scenario{{}, {}, base, {}, 0};
    const QString given = cl.value(QStringLiteral("scenario"));
    if (given.startsWith(QLatin1String("preset:"))) {
        auto preset = ScenarioFile::preset(given.mid(7).toStdString(), base);
        if (!preset.ok())
            return usageError(tr("unknown preset “%1”; 'capexlens scenario presets' lists them").arg(given.mid(7)));
        scenario = preset.value();
    } else if (!given.isEmpty()) {
        QFile file(given);
        if (!file.open(QIODevice::ReadOnly)) {
            printError(tr("Cannot open %1: %2").arg(given, file.errorString()));
            return ExitFailure;
        }
        const QByteArray bytes = file.readAll();
        auto loaded = ScenarioFile::load(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())), base);
        if (!loaded.ok()) {
            Error e = loaded.error();
            e.file = given.toStdString();
            printError(ui::errorText(e));
            return ExitFailure;
        }
        scenario = loaded.value();
        if (scenario.migratedFrom > 0)
            printError(ui::scenarioMigrationText(scenario.migratedFrom).arg(given));
    }
    if (auto asOf = asOfOption(cl); std::holds_alternative<std::string>(asOf))
        scenario.asOf = std::get<std::string>(asOf);
    for (const QString &assignment : cl.repeated) {
        const auto eq = assignment.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return usageError(tr("--set takes name=value, not “%1”").arg(assignment));
        const std::string name = assignment.left(eq).toStdString();
        const std::string value = assignment.mid(eq + 1).toStdString();
        if (Status status = scenario.parameters.setText(name, value); !status)
            return usageError(ui::errorText(status.error()));
    }
    return scenario;
}

int scenarioRun(const CommandLine &cl)
{
    const QString format = cl.value(QStringLiteral("format"), QStringLiteral("json"));
    if (format != QLatin1String("json") && format != QLatin1String("csv"))
        return usageError(tr("--format must be json or csv, not “%1”").arg(format));
    ui::DataStore store;
    auto scenario = openScenario(cl, store);
    if (std::holds_alternative<int>(scenario))
        return std::get<int>(scenario);
    const Scenario &s = std::get<Scenario>(scenario);
    const ModelResult result = CapexModel::run(s.parameters);
    const std::string text
        = format == QLatin1String("csv") ? toCsv(result) : toJson(s.parameters, result, s.asOf) + '\n';
    return writeOutput(cl, QByteArray::fromStdString(text));
}

int scenarioPresets()
{
    QTextStream out(stdout);
    for (const ScenarioPreset &p : ScenarioFile::presets())
        out << QString::fromStdString(p.id).leftJustified(18) << ui::localized(p.nameEn, p.nameZh) << QStringLiteral(" — ")
            << ui::localized(p.noteEn, p.noteZh) << '\n';
    return ExitSuccess;
}

QString helpText()
{
    // Command syntax stays as typed; only the descriptions are translated, one by one.
    const QList<std::pair<QString, QString>> commands = {
        {QStringLiteral("data export [--format json|csv|xlsx] [--out FILE]"), tr("every observation with its source")},
        {QStringLiteral("data import FILE [--sheet NAME] [--dry-run]"),
         tr("adds or updates observations from a CSV, JSON or Excel (.xlsx) file, after a preview")},
        {QStringLiteral("data update sec [--ticker MSFT]... [--cik N]... [--from FILE.json]... [--dry-run] "
                        "[--user-agent \"NAME EMAIL\"] [--base-url URL]"),
         tr("capex_cash from the companies' SEC filings (EDGAR XBRL company facts), fiscal years and quarters, "
            "after a preview; every company of the table when none is named")},
        {QStringLiteral("chart --list"), tr("the charts, by name")},
        {QStringLiteral("chart NAME --out FILE [--format png|svg|pdf] [--scenario FILE|preset:NAME] [--width W --height H] [--dpi N] "
                        "[--view annual|quarterly|trailing] [--metric capex|capex_cash|ai_capex]"),
         tr("one chart with its sources, as on the dashboard (1600 × 1000 pixels at 200 DPI by default)")},
        {QStringLiteral("chart guidance --out FILE [--year Y] [the options above]"),
         tr("the guidance tracker: each company's capex guidance for calendar year Y (by default the year last shown, "
            "else 2026), statement by statement, and the actual")},
        {QStringLiteral("report --out FILE.pdf [--scenario FILE|preset:NAME] [--paper a4|letter]"),
         tr("the report: assumptions, every chart with a reading, and the sources")},
        {QStringLiteral("scenario run [--scenario FILE|preset:NAME] [--set name=value]... [--format json|csv] [--out FILE]"),
         tr("the model's projection, year by year")},
        {QStringLiteral("scenario presets"), tr("the built-in scenarios")},
        {QStringLiteral("scenario montecarlo [--scenario FILE] [--set name=value]... --runs N --seed S [--threads T] [--format json]"),
         tr("percentiles P5–P95 of the outputs, year by year")},
        {QStringLiteral("scenario tornado [--scenario FILE] [--set name=value]... [--output NAME] [--year Y] [--format json]"),
         tr("each parameter at its low and high end, sorted by swing")},
        {QStringLiteral("scenario grid --x NAME --y NAME [--steps N] [--output NAME] [--year Y] [--scenario FILE] [--set name=value]... "
                        "[--format json|csv] [--out FILE]"),
         tr("one output over two parameters' plausible ranges, N × N runs (the over-build map)")},
        {QStringLiteral("scenario hindcast [--as-of DATE] [--scenario FILE] [--set name=value]... [--format json|csv] [--out FILE]"),
         tr("the model on the data as known on DATE (default 2025-02-01) beside what was reported afterwards")},
    };
    const QList<std::pair<QString, QString>> options = {
        {QStringLiteral("--as-of YYYY-MM-DD"),
         tr("the data as known on that date, for 'scenario' commands, 'chart' and 'report': later figures are left out")},
        {QStringLiteral("--db PATH"), tr("the database (default: $CAPEXLENS_DB, else ~/.local/share/CapexLens/capexlens.db)")},
        {QStringLiteral("--lang zh|en"), tr("the language of the interface and of the output")},
        {QStringLiteral("--help"), tr("this text")},
        {QStringLiteral("--version"), tr("the program's and the dataset's versions")},
    };
    QString text = tr("Usage: capexlens [--db PATH] [--lang zh|en] [COMMAND]") + QStringLiteral("\n\n")
        + tr("Capex Lens: hyperscaler capex, GPU fleets, cost curves and the Jevons paradox, with sources.")
        + QLatin1Char('\n') + tr("Without a command, opens the dashboard.") + QStringLiteral("\n\n") + tr("Commands:")
        + QLatin1Char('\n');
    for (const auto &[usage, what] : commands)
        text += QStringLiteral("  %1\n      %2\n").arg(usage, what);
    text += QLatin1Char('\n') + tr("Options:") + QLatin1Char('\n');
    for (const auto &[option, what] : options)
        text += QStringLiteral("  %1  %2\n").arg(option.leftJustified(14), what);
    text += QLatin1Char('\n') + tr("Exit status: 0 success, 1 failure, 2 usage error.") + QLatin1Char('\n');
    return text;
}

int runCommand(const CommandLine &cl)
{
    const QStringList &w = cl.words;
    if (w.size() == 2 && w.at(0) == QLatin1String("data") && w.at(1) == QLatin1String("export")
        && cl.value(QStringLiteral("format")) == QLatin1String("xlsx"))
        return dataExportXlsx(cl);
    if (w.size() == 2 && w.at(0) == QLatin1String("data") && w.at(1) == QLatin1String("export"))
        return dataExport(cl);
    if (w.size() >= 2 && w.at(0) == QLatin1String("data") && w.at(1) == QLatin1String("import"))
        return dataImport(cl);
    if (w.size() >= 3 && w.at(0) == QLatin1String("data") && w.at(1) == QLatin1String("update")
        && w.at(2) == QLatin1String("sec"))
        return dataUpdateSec(cl);
    if (!w.isEmpty() && w.at(0) == QLatin1String("chart"))
        return chartCommand(cl);
    if (!w.isEmpty() && w.at(0) == QLatin1String("report"))
        return reportCommand(cl);
    if (w.size() == 2 && w.at(0) == QLatin1String("scenario") && w.at(1) == QLatin1String("run"))
        return scenarioRun(cl);
    if (w.size() == 2 && w.at(0) == QLatin1String("scenario") && w.at(1) == QLatin1String("presets"))
        return scenarioPresets();
    if (w.size() == 2 && w.at(0) == QLatin1String("scenario") && w.at(1) == QLatin1String("montecarlo"))
        return scenarioMonteCarlo(cl);
    if (w.size() == 2 && w.at(0) == QLatin1String("scenario") && w.at(1) == QLatin1String("tornado"))
        return scenarioTornado(cl);
    if (w.size() == 2 && w.at(0) == QLatin1String("scenario") && w.at(1) == QLatin1String("grid"))
        return scenarioGrid(cl);
    if (w.size() == 2 && w.at(0) == QLatin1String("scenario") && w.at(1) == QLatin1String("hindcast"))
        return scenarioHindcast(cl);
    return usageError(tr("unknown command “%1”").arg(w.join(QLatin1Char(' '))));
}

} // namespace capex::app

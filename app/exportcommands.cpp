#include "exportcommands.h"
#include "trackrecordchart.h"

#include "chartcatalog.h"
#include "chartexporter.h"
#include "clicommands.h"
#include "capexchart.h"
#include "dashboardchart.h"
#include "datastore.h"
#include "guidancechart.h"
#include "printfont.h"
#include "reportwriter.h"
#include "scenariodocument.h"
#include "spreadsheetexport.h"
#include "translation.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QTextStream>

#include <optional>
#include <thread>
#include <variant>

namespace capex::app {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("capex::app", text); }

/// Chinese in charts drawn headless is set in Noto Sans CJK SC behind the interface font,
/// so that Han characters get their Simplified Chinese forms whatever fontconfig prefers.
void preferSimplifiedChineseGlyphs()
{
    const qreal size = QGuiApplication::font().pointSizeF();
    QGuiApplication::setFont(ui::printFont(size > 0 ? size : 9));
}

/// Qt's font database, filled on a thread of its own: the first font asked for makes
/// fontconfig read its configuration (some forty files) and list the fonts, 4–5 ms that can
/// pass on a second core while the database opens. Qt's font database is shared by all
/// threads and locked while it fills, so a font needed sooner only waits for it.
std::jthread loadFontDatabaseAside()
{
    return std::jthread([] { QFontDatabase::families(); });
}

/// The whole number of --name within [low, high], `fallback` when absent; nullopt after
/// printing a usage error naming the option.
std::optional<int> wholeNumber(const CommandLine &cl, const QString &name, int fallback, int low, int high)
{
    if (!cl.has(name))
        return fallback;
    bool ok = false;
    const int value = cl.value(name).toInt(&ok);
    if (ok && value >= low && value <= high)
        return value;
    usageError(tr("--%1 must be a whole number from %2 to %3, not “%4”")
                   .arg(name)
                   .arg(low)
                   .arg(high)
                   .arg(cl.value(name)));
    return std::nullopt;
}

/// Puts the scenario of --scenario (and --set) into `document`, named as the dashboard
/// names it; the base scenario without them. An exit status when the arguments are wrong.
std::optional<int> loadScenario(const CommandLine &cl, const Dataset &dataset, ui::ScenarioDocument &document)
{
    document.setDataset(dataset);
    if (!cl.has(QStringLiteral("scenario")) && cl.repeated.isEmpty())
        return std::nullopt;
    auto loaded = scenarioFrom(cl, dataset);
    if (std::holds_alternative<int>(loaded))
        return std::get<int>(loaded);
    Scenario scenario = std::get<Scenario>(std::move(loaded));
    const QString given = cl.value(QStringLiteral("scenario"));
    if (given.startsWith(QLatin1String("preset:"))) {
        for (const ScenarioPreset &p : ScenarioFile::presets())
            if (p.id == given.mid(7).toStdString())
                scenario.name = ui::localized(p.nameEn, p.nameZh).toStdString();
    } else if (scenario.name.empty() && !given.isEmpty()) {
        scenario.name = QFileInfo(given).completeBaseName().toStdString();
    }
    document.replaceScenario(scenario, QString());
    return std::nullopt;
}

int chartList()
{
    QTextStream out(stdout);
    for (const QString &id : ui::ChartCatalog::ids())
        out << id.leftJustified(15) << ui::ChartCatalog::title(id) << '\n';
    return ExitSuccess;
}

} // namespace

int chartCommand(const CommandLine &cl)
{
    const QStringList &w = cl.words;
    if (cl.has(QStringLiteral("list"))) {
        if (w.size() > 1)
            return usageError(tr("chart --list takes no chart name, not “%1”").arg(w.at(1)));
        return chartList();
    }
    if (w.size() != 2)
        return usageError(w.size() < 2 ? tr("chart needs a chart name; 'capexlens chart --list' lists them")
                                       : tr("chart takes one chart name, not “%1”").arg(w.mid(1).join(QLatin1Char(' '))));
    const QString id = w.at(1);
    if (!ui::ChartCatalog::contains(id))
        return usageError(tr("unknown chart “%1”; 'capexlens chart --list' lists them").arg(id));
    const QString out = cl.value(QStringLiteral("out"));
    if (out.isEmpty())
        return usageError(tr("chart needs --out FILE"));

    ui::ChartExportOptions options;
    if (cl.has(QStringLiteral("format"))) {
        const auto format = ui::ChartExporter::parseFormat(cl.value(QStringLiteral("format")));
        if (!format)
            return usageError(tr("--format must be png, svg or pdf, not “%1”").arg(cl.value(QStringLiteral("format"))));
        options.format = *format;
    } else if (const auto format = ui::ChartExporter::formatOfPath(out)) {
        options.format = *format;
    } else {
        return usageError(tr("cannot tell the format of “%1” from its name; add --format png, svg or pdf").arg(out));
    }
    const auto width = wholeNumber(cl, QStringLiteral("width"), options.pixelSize.width(), ui::ChartExporter::minimumPixels,
                                   ui::ChartExporter::maximumPixels);
    if (!width)
        return ExitUsage;
    const auto height = wholeNumber(cl, QStringLiteral("height"), options.pixelSize.height(),
                                    ui::ChartExporter::minimumPixels, ui::ChartExporter::maximumPixels);
    if (!height)
        return ExitUsage;
    const auto dpi = wholeNumber(cl, QStringLiteral("dpi"), options.dpi, ui::ChartExporter::minimumDpi,
                                 ui::ChartExporter::maximumDpi);
    if (!dpi)
        return ExitUsage;
    options.pixelSize = QSize(*width, *height);
    options.dpi = *dpi;
    // The capex chart's view and figure, as chosen on its page.
    const bool capex = id == QLatin1String("capex");
    std::optional<ui::CapexChart::Options::View> view;
    if (cl.has(QStringLiteral("view"))) {
        view = ui::CapexChart::parseView(cl.value(QStringLiteral("view")));
        if (!capex || !view)
            return usageError(capex ? tr("--view must be annual, quarterly or trailing, not “%1”").arg(cl.value(QStringLiteral("view")))
                                    : tr("--view is an option of the capex chart only"));
    }
    const QString metric = cl.value(QStringLiteral("metric"));
    if (cl.has(QStringLiteral("metric")) && (!capex || !ui::CapexChart::isMetric(metric)))
        return usageError(capex ? tr("--metric must be capex, capex_cash or ai_capex, not “%1”").arg(metric)
                                : tr("--metric is an option of the capex chart only"));
    // The guidance tracker's year; the remembered one (or 2026) without --year.
    std::optional<int> year;
    if (cl.has(QStringLiteral("year"))) {
        if (id != QLatin1String("guidance"))
            return usageError(tr("--year applies to chart guidance only, not to “%1”").arg(id));
        year = wholeNumber(cl, QStringLiteral("year"), 0, 2000, 2100);
        if (!year)
            return ExitUsage;
    }

    std::jthread fonts = loadFontDatabaseAside();
    ui::DataStore store;
    if (!openStore(cl, store))
        return ExitFailure;
    if (auto status = applyAsOf(cl, store))
        return *status;
    const Dataset &data = store.snapshot();
    ui::ScenarioDocument document;
    if (auto status = loadScenario(cl, data, document))
        return *status;
    fonts.join();
    preferSimplifiedChineseGlyphs();
    // The track record reads the data as known on its date itself (--as-of, else its default).
    const bool trackRecord = id == QLatin1String("track-record");
    const std::unique_ptr<ui::DashboardChart> chart = ui::ChartCatalog::create(id, trackRecord ? store.fullSnapshot() : data, document);
    if (auto *track = qobject_cast<ui::TrackRecordChart *>(chart.get()))
        if (auto asOf = asOfOption(cl); std::holds_alternative<std::string>(asOf) && !std::get<std::string>(asOf).empty())
            track->setDate(QString::fromStdString(std::get<std::string>(asOf)));
    if (auto *capexChart = dynamic_cast<ui::CapexChart *>(chart.get())) {
        if (view)
            capexChart->setView(*view);
        if (!metric.isEmpty())
            capexChart->setMetric(metric);
    }
    if (auto *guidance = qobject_cast<ui::GuidanceChart *>(chart.get()); guidance && year) {
        ui::GuidanceChart::Options chosen = guidance->options();
        chosen.year = *year;
        guidance->configure(chosen);
    }
    ui::ChartExporter exporter(*chart);
    exporter.setDatasetVersion(data.version);
    if (ui::ChartCatalog::plotsScenario(id))
        exporter.setScenarioName(document.displayName());
    QString error;
    const QByteArray bytes = exporter.encode(options, &error);
    if (bytes.isEmpty()) {
        printError(error);
        return ExitFailure;
    }
    return writeOutput(cl, bytes);
}

int reportCommand(const CommandLine &cl)
{
    if (cl.words.size() != 1)
        return usageError(tr("report takes no further words, not “%1”").arg(cl.words.mid(1).join(QLatin1Char(' '))));
    const QString out = cl.value(QStringLiteral("out"));
    if (out.isEmpty())
        return usageError(tr("report needs --out FILE.pdf"));
    QPageSize::PageSizeId paper = ui::ReportWriter::defaultPaper();
    if (cl.has(QStringLiteral("paper"))) {
        const auto given = ui::ReportWriter::parsePaper(cl.value(QStringLiteral("paper")));
        if (!given)
            return usageError(tr("--paper must be a4 or letter, not “%1”").arg(cl.value(QStringLiteral("paper"))));
        paper = *given;
    }
    if (cl.has(QStringLiteral("format")) && cl.value(QStringLiteral("format")).compare(QLatin1String("pdf"), Qt::CaseInsensitive))
        return usageError(tr("the report is a PDF; --format must be pdf, not “%1”").arg(cl.value(QStringLiteral("format"))));

    std::jthread fonts = loadFontDatabaseAside();
    ui::DataStore store;
    if (!openStore(cl, store))
        return ExitFailure;
    if (auto status = applyAsOf(cl, store))
        return *status;
    const Dataset &data = store.snapshot();
    ui::ScenarioDocument document;
    if (auto status = loadScenario(cl, data, document))
        return *status;
    fonts.join();
    preferSimplifiedChineseGlyphs();
    ui::ReportWriter writer(data, document);
    writer.setPaper(paper);
    QString error;
    const QByteArray bytes = writer.render(&error);
    if (bytes.isEmpty()) {
        printError(error);
        return ExitFailure;
    }
    return writeOutput(cl, bytes);
}

int dataExportXlsx(const CommandLine &cl)
{
    // A workbook is binary: it goes to a file, or to stdout only when asked for with "-".
    if (cl.value(QStringLiteral("out")).isEmpty())
        return usageError(tr("--format xlsx needs --out FILE (or --out - for standard output)"));
    ui::DataStore store;
    if (!openStore(cl, store))
        return ExitFailure;
    QString error;
    const QByteArray bytes = ui::SpreadsheetExport::workbook(ui::SpreadsheetExport::observationSheets(store.snapshot()), &error);
    if (bytes.isEmpty()) {
        printError(error);
        return ExitFailure;
    }
    return writeOutput(cl, bytes);
}

} // namespace capex::app

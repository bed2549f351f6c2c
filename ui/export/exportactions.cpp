#include "exportactions.h"

#include "chartpanel.h"
#include "dashboardchart.h"
#include "dashboardpage.h"
#include "datapage.h"
#include "datastore.h"
#include "exportdialog.h"
#include "mainwindow.h"
#include "modelchart.h"
#include "printfont.h"
#include "reportwriter.h"
#include "scenariodocument.h"
#include "spreadsheetexport.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>

#include <algorithm>

namespace capex::ui {
namespace {

/// "Base scenario" → "base-scenario" for file names; letters of any script are kept.
QString slug(const QString &text)
{
    QString s;
    for (const QChar c : text.trimmed().toLower())
        s += c.isLetterOrNumber() ? c : QLatin1Char('-');
    while (s.contains(QLatin1String("--")))
        s.replace(QLatin1String("--"), QLatin1String("-"));
    while (s.startsWith(QLatin1Char('-')))
        s.remove(0, 1);
    while (s.endsWith(QLatin1Char('-')))
        s.chop(1);
    return s.left(40);
}

} // namespace

ExportActions::ExportActions(MainWindow &window, DataStore &store, ScenarioDocument &document)
    : QObject(&window), m_window(window), m_store(store), m_document(document), m_exportChart(new QAction(this)),
      m_copyChart(new QAction(this)), m_exportReport(new QAction(this)), m_exportData(new QAction(this)),
      m_exportScenario(new QAction(this)), m_lastPaper(ReportWriter::defaultPaper())
{
    setObjectName(QStringLiteral("exportActions"));
    m_exportChart->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+X")));
    m_copyChart->setShortcut(QKeySequence(QStringLiteral("Ctrl+Alt+C")));
    m_exportReport->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+R")));
    connect(m_exportChart, &QAction::triggered, this, [this] { exportChart(currentChart()); });
    connect(m_copyChart, &QAction::triggered, this, [this] { copyChart(currentChart()); });
    connect(m_exportReport, &QAction::triggered, this, &ExportActions::exportReport);
    connect(m_exportData, &QAction::triggered, this, &ExportActions::exportData);
    connect(m_exportScenario, &QAction::triggered, this, &ExportActions::exportScenarioOutputs);
    for (ChartPanel *panel : window.findChildren<ChartPanel *>())
        attach(panel);
    for (DataPage *data : window.findChildren<DataPage *>())
        connect(data, &DataPage::exportRequested, this, &ExportActions::exportData);
    retranslateUi();
}

QList<QAction *> ExportActions::fileMenuActions() const
{
    return {m_exportChart, m_exportReport, m_exportData, m_exportScenario};
}

void ExportActions::attach(ChartPanel *panel)
{
    connect(panel, &ChartPanel::exportRequested, this, [this, panel] { exportChart(panel->chart()); });
    connect(panel, &ChartPanel::copyRequested, this, [this, panel] { copyChart(panel->chart()); });
}

DashboardChart *ExportActions::currentChart() const
{
    DashboardPage *page = m_window.currentPage();
    if (!page)
        return nullptr;
    for (QWidget *w = QApplication::focusWidget(); w; w = w->parentWidget())
        if (auto *panel = qobject_cast<ChartPanel *>(w); panel && page->isAncestorOf(panel))
            return panel->chart();
    // The first visible panel in reading order: top to bottom, then left to right.
    ChartPanel *first = nullptr;
    QPoint firstPos;
    for (ChartPanel *panel : page->findChildren<ChartPanel *>()) {
        if (!panel->isVisibleTo(page))
            continue;
        const QPoint pos = panel->mapTo(page, QPoint(0, 0));
        if (!first || pos.y() < firstPos.y() || (pos.y() == firstPos.y() && pos.x() < firstPos.x()))
            first = panel, firstPos = pos;
    }
    return first ? first->chart() : nullptr;
}

ChartExporter ExportActions::exporterFor(DashboardChart &chart) const
{
    ChartExporter exporter(chart);
    if (qobject_cast<ModelChart *>(&chart))
        exporter.setScenarioName(m_document.displayName());
    exporter.setDatasetVersion(m_store.snapshot().version);
    return exporter;
}

QString ExportActions::suggestedPath(const QString &baseName, const QString &suffix) const
{
    QString folder = m_folder;
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    return QDir(folder).filePath(QStringLiteral("%1-%2.%3")
                                     .arg(baseName, QDate::currentDate().toString(QStringLiteral("yyyyMMdd")), suffix));
}

void ExportActions::rememberFolder(const QString &path) { m_folder = QFileInfo(path).absolutePath(); }

bool ExportActions::fail(const QString &text)
{
    m_lastError = text;
    m_window.statusBar()->showMessage(text, 10000);
    if (!ExportDialog::lastAnswerWasPreset() && !qEnvironmentVariableIsSet("CAPEXLENS_NO_DIALOGS"))
        QMessageBox::warning(&m_window, tr("Export failed"), text);
    return false;
}

void ExportActions::done(const QString &path)
{
    m_lastError.clear();
    rememberFolder(path);
    m_window.statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 5000);
}

bool ExportActions::exportChart(DashboardChart *chart)
{
    if (!chart) {
        m_window.statusBar()->showMessage(tr("This page has no chart to export."), 5000);
        return false;
    }
    ExportAnswer initial;
    initial.chart = m_lastChartOptions;
    initial.path = suggestedPath(QStringLiteral("capexlens-") + chart->chartId(),
                                 ChartExporter::formatName(m_lastChartOptions.format));
    const std::optional<ExportAnswer> answer = ExportDialog::askChart(&m_window, initial);
    if (!answer)
        return false;
    ChartExportOptions options = answer->chart;
    QString path = answer->path;
    // A typed suffix wins over the format box ("chart.svg" is an SVG); a name without one gets the format's.
    if (auto byName = ChartExporter::formatOfPath(path))
        options.format = *byName;
    else if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + ChartExporter::formatName(options.format);
    m_lastChartOptions = options;
    if (const QString error = exporterFor(*chart).save(path, options); !error.isEmpty())
        return fail(error);
    done(path);
    return true;
}

bool ExportActions::copyChart(DashboardChart *chart)
{
    if (!chart) {
        m_window.statusBar()->showMessage(tr("This page has no chart to copy."), 5000);
        return false;
    }
    // Twice the on-screen size at twice the screen's DPI: sharp, and pasted at the size it is seen.
    ChartExportOptions options;
    const QSizeF shown = chart->size().isEmpty() ? QSizeF(800, 500) : chart->size();
    const QSizeF logical(shown.width(), shown.height() + 48);
    options.dpi = std::clamp(2 * layoutDpi(), ChartExporter::minimumDpi, ChartExporter::maximumDpi);
    options.pixelSize = QSize(qRound(logical.width() * 2), qRound(logical.height() * 2));
    const QImage image = exporterFor(*chart).image(options);
    if (image.isNull())
        return fail(tr("The chart could not be copied."));
    QApplication::clipboard()->setImage(image);
    m_lastError.clear();
    m_window.statusBar()->showMessage(tr("Copied the chart as an image (%1 × %2 pixels).")
                                          .arg(image.width())
                                          .arg(image.height()),
                                      5000);
    return true;
}

bool ExportActions::exportReport()
{
    ExportAnswer initial;
    initial.paper = m_lastPaper;
    initial.path = suggestedPath(QStringLiteral("capexlens-report-") + slug(m_document.displayName()), QStringLiteral("pdf"));
    const std::optional<ExportAnswer> answer = ExportDialog::askReport(&m_window, initial);
    if (!answer)
        return false;
    m_lastPaper = answer->paper;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    ReportWriter writer(m_store.snapshot(), m_document);
    writer.setPaper(answer->paper);
    const QString error = writer.save(answer->path);
    QApplication::restoreOverrideCursor();
    if (!error.isEmpty())
        return fail(error);
    done(answer->path);
    return true;
}

bool ExportActions::exportData()
{
    auto *data = qobject_cast<DataPage *>(m_window.page(QStringLiteral("data"))); // filled if it was not yet
    if (!data)
        return false;
    const QString filters = tr("Excel workbooks (*.xlsx);;CSV, UTF-8 (*.csv)");
    QString path = ExportDialog::askFileName(&m_window, tr("Export the figures shown on the Data page"),
                                             suggestedPath(QStringLiteral("capexlens-data"), QStringLiteral("xlsx")),
                                             filters);
    if (path.isEmpty())
        return false;
    auto format = SpreadsheetExport::formatOfPath(path);
    if (!format) {
        path += QStringLiteral(".xlsx");
        format = SpreadsheetExport::Format::Xlsx;
    }
    const std::vector<const Observation *> shown = data->filteredObservations();
    const Dataset filtered = SpreadsheetExport::withObservations(m_store.snapshot(), shown);
    if (const QString error = SpreadsheetExport::saveObservations(path, *format, filtered); !error.isEmpty())
        return fail(error);
    done(path);
    return true;
}

bool ExportActions::exportScenarioOutputs()
{
    const QString filters = tr("Excel workbooks (*.xlsx);;CSV, UTF-8 (*.csv)");
    QString path = ExportDialog::askFileName(
        &m_window, tr("Export the scenario's projection"),
        suggestedPath(QStringLiteral("capexlens-scenario-") + slug(m_document.displayName()), QStringLiteral("xlsx")),
        filters);
    if (path.isEmpty())
        return false;
    auto format = SpreadsheetExport::formatOfPath(path);
    if (!format) {
        path += QStringLiteral(".xlsx");
        format = SpreadsheetExport::Format::Xlsx;
    }
    if (const QString error = SpreadsheetExport::saveScenario(path, *format, m_store.snapshot(), m_document.parameters(),
                                                              m_document.result());
        !error.isEmpty())
        return fail(error);
    done(path);
    return true;
}

void ExportActions::retranslateUi()
{
    m_exportChart->setText(tr("Export &chart…"));
    m_exportChart->setToolTip(tr("The chart in focus, else the page's first, as PNG, SVG or PDF with its sources"));
    m_copyChart->setText(tr("Copy chart as &image"));
    m_copyChart->setToolTip(tr("The chart in focus, else the page's first, with its sources, to the clipboard"));
    m_exportReport->setText(tr("Export &report (PDF)…"));
    m_exportReport->setToolTip(tr("Title page, assumptions, every chart with a reading, and the sources"));
    m_exportData->setText(tr("Export &data (CSV/Excel)…"));
    m_exportData->setToolTip(tr("The figures the Data page shows, with units, kinds and sources"));
    m_exportScenario->setText(tr("Export scenario &outputs (CSV/Excel)…"));
    m_exportScenario->setToolTip(tr("The projection year by year, and the assumptions"));
}

} // namespace capex::ui

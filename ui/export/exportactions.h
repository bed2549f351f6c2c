#pragma once

#include "chartexporter.h"

#include <QObject>
#include <QPageSize>
#include <QString>

class QAction;

namespace capex::ui {

class ChartPanel;
class DashboardChart;
class DataStore;
class MainWindow;
class ScenarioDocument;

/// The main window's exports: a chart (Ctrl+Shift+X: the focused chart, else the current
/// page's first) as PNG, SVG or PDF; a chart copied to the clipboard as an image
/// (Ctrl+Alt+C); the report as PDF; the Data page's current filter and the scenario's
/// projection as CSV or Excel. Every chart panel's Export… and Copy land here. Each flow
/// returns false when cancelled or failed; a failure is shown (status bar and message box)
/// and kept in lastError().
class ExportActions : public QObject
{
    Q_OBJECT

public:
    ExportActions(MainWindow &window, DataStore &store, ScenarioDocument &document);

    QAction *exportChartAction() const { return m_exportChart; }
    QAction *copyChartAction() const { return m_copyChart; }
    QAction *exportReportAction() const { return m_exportReport; }
    QAction *exportDataAction() const { return m_exportData; }
    QAction *exportScenarioAction() const { return m_exportScenario; }
    /// The File menu's entries, in order.
    QList<QAction *> fileMenuActions() const;

    /// Connects a panel's Export… and Copy (the window's panels are attached on construction).
    void attach(ChartPanel *panel);
    /// What Export chart… and Copy chart act on: the chart with the keyboard focus on the
    /// current page, else the page's first chart; null on a page without charts.
    DashboardChart *currentChart() const;

    bool exportChart(DashboardChart *chart);
    bool copyChart(DashboardChart *chart);
    bool exportReport();
    bool exportData();
    bool exportScenarioOutputs();

    /// The exporter of `chart` as the window shows it: the scenario named where it is
    /// plotted, the dataset version in the caption.
    ChartExporter exporterFor(DashboardChart &chart) const;
    QString lastError() const { return m_lastError; }

    void retranslateUi();

private:
    QString suggestedPath(const QString &baseName, const QString &suffix) const;
    void rememberFolder(const QString &path);
    bool fail(const QString &text);
    void done(const QString &path);

    MainWindow &m_window;
    DataStore &m_store;
    ScenarioDocument &m_document;
    QAction *m_exportChart, *m_copyChart, *m_exportReport, *m_exportData, *m_exportScenario;
    ChartExportOptions m_lastChartOptions;
    QPageSize::PageSizeId m_lastPaper;
    QString m_folder;
    QString m_lastError;
};

} // namespace capex::ui

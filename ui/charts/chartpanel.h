#pragma once

#include <QWidget>

class QAction;
class QChartView;
class QLabel;
class QToolButton;

namespace capex::ui {

class DashboardChart;
class LegendView;

/// A chart with its sources printed underneath, and hover tooltips that name each
/// point's value, range, kind, grade, period and source. Export… and Copy (buttons beside
/// the sources and the chart's context menu) ask the main window's exports to act.
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    /// Takes ownership of `chart`.
    explicit ChartPanel(DashboardChart *chart, QWidget *parent = nullptr);

    DashboardChart *chart() const { return m_chart; }
    QChartView *view() const { return m_view; }
    QLabel *footer() const { return m_footer; }
    /// The legend under the chart, or null for a chart without one.
    LegendView *legend() const { return m_legend; }
    QAction *exportAction() const { return m_exportAction; }
    QAction *copyAction() const { return m_copyAction; }

signals:
    /// Export… was chosen for this panel's chart.
    void exportRequested();
    /// Copy was chosen for this panel's chart.
    void copyRequested();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void updateFooter();
    void retranslateUi();

    DashboardChart *m_chart;
    QChartView *m_view;
    LegendView *m_legend = nullptr;
    QLabel *m_footer;
    QAction *m_exportAction;
    QAction *m_copyAction;
    QToolButton *m_exportButton;
    QToolButton *m_copyButton;
};

} // namespace capex::ui

#pragma once

#include <QWidget>

class QChartView;
class QLabel;

namespace capex::ui {

class DashboardChart;

/// A chart with its sources printed underneath, and hover tooltips that name each
/// point's value, range, kind, grade, period and source.
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    /// Takes ownership of `chart`.
    explicit ChartPanel(DashboardChart *chart, QWidget *parent = nullptr);

    DashboardChart *chart() const { return m_chart; }
    QChartView *view() const { return m_view; }
    QLabel *footer() const { return m_footer; }

private:
    void updateFooter();

    DashboardChart *m_chart;
    QChartView *m_view;
    QLabel *m_footer;
};

} // namespace capex::ui

#pragma once

#include "dashboardpage.h"

class QLabel;

namespace capex::ui {

class ChartPanel;
class FleetChart;

/// Every GPU-fleet estimate per company with its range, the sources side by side.
class FleetPage : public DashboardPage
{
    Q_OBJECT

public:
    explicit FleetPage(DataStore &store, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("fleet"); }
    QString title() const override { return tr("GPU fleet"); }
    void refresh() override;
    FleetChart *chart() const { return m_chart; }

protected:
    void retranslateUi() override;

private:
    FleetChart *m_chart;
    ChartPanel *m_panel;
    QLabel *m_reading;
};

} // namespace capex::ui

#pragma once

#include "dashboardpage.h"

namespace capex::ui {

class CapexChart;
class FleetChart;
class OverviewCard;

/// The first page: four headline figures, each naming its source, and two small charts.
class OverviewPage : public DashboardPage
{
    Q_OBJECT

public:
    explicit OverviewPage(DataStore &store, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("overview"); }
    QString title() const override { return tr("Overview"); }
    void refresh() override;
    /// The cards, then each chart in a turn of its own (a large store's chart is rebuilt, laid
    /// out and painted in 30–50 ms).
    QList<std::function<void()>> refreshSteps() override;
    QList<OverviewCard *> cards() const;

signals:
    void pageRequested(const QString &pageId);

protected:
    void retranslateUi() override;

private:
    QString sourceLine(const std::vector<const Observation *> &observations) const;

    OverviewCard *m_quarter, *m_guidance, *m_fleet, *m_training;
    CapexChart *m_capexChart;
    FleetChart *m_fleetChart;
};

} // namespace capex::ui

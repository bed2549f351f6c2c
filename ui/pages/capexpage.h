#pragma once

#include "dashboardpage.h"

#include <QHash>

class QCheckBox;
class QComboBox;
class QLabel;

namespace capex::ui {

class CapexChart;
class ChartPanel;

/// Capex per company: actuals, guidance and estimates over the years, in USD or RMB,
/// on a linear or log axis, for the companies the user picks.
class CapexPage : public DashboardPage
{
    Q_OBJECT

public:
    explicit CapexPage(DataStore &store, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("capex"); }
    QString title() const override { return tr("Capex"); }
    void refresh() override;
    CapexChart *chart() const { return m_chart; }
    ChartPanel *panel() const { return m_panel; }
    void setCompanySelected(const QString &id, bool selected);

protected:
    void retranslateUi() override;

private:
    void applyOptions();
    QStringList selectedCompanies() const;

    CapexChart *m_chart;
    ChartPanel *m_panel;
    QWidget *m_companyBox;
    QHash<QString, QCheckBox *> m_companyChecks;
    QComboBox *m_currency, *m_metric, *m_view;
    QCheckBox *m_log, *m_events;
    QLabel *m_companiesLabel, *m_currencyLabel, *m_metricLabel, *m_viewLabel;
};

} // namespace capex::ui

#pragma once

#include "dashboardpage.h"

#include <QHash>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace capex::ui {

class CapexChart;
class ChartPanel;
class QuarterlyTableModel;

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
    /// The company boxes and options, then the chart in a turn of its own.
    QList<std::function<void()>> refreshSteps() override;
    CapexChart *chart() const { return m_chart; }
    ChartPanel *panel() const { return m_panel; }
    /// The figures under the quarterly chart (hidden in the annual view).
    QTableView *table() const { return m_table; }
    QuarterlyTableModel *tableModel() const { return m_tableModel; }
    /// Puts the table on the clipboard as tab-separated text.
    void copyTable();
    void setCompanySelected(const QString &id, bool selected);

protected:
    void retranslateUi() override;

private:
    /// refresh() but the chart: the company boxes, the texts, the options.
    void refreshOptions();
    /// The companies with capex figures in the snapshot, in the order first met.
    QStringList companiesWithCapex() const;
    /// A check box for each of `companies` that has none yet (ticked as the settings say).
    void addCompanyChecks(const QStringList &companies);
    /// After the boxes: the texts, and the options applied to the chart.
    void finishOptions();
    /// The chart and table follow the options shown.
    void applyOptions();
    /// The user changed an option: it is stored, then applied.
    void optionsChanged();
    QStringList selectedCompanies() const;

    CapexChart *m_chart;
    ChartPanel *m_panel;
    QWidget *m_companyBox;
    QHash<QString, QCheckBox *> m_companyChecks;
    QComboBox *m_currency, *m_metric, *m_view;
    QCheckBox *m_log, *m_events;
    QLabel *m_companiesLabel, *m_currencyLabel, *m_metricLabel, *m_viewLabel;
    QuarterlyTableModel *m_tableModel;
    QTableView *m_table;
    QPushButton *m_copyTable;
    QWidget *m_tableBox;
};

} // namespace capex::ui

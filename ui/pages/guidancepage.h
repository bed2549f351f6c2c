#pragma once

#include "dashboardpage.h"

#include <QHash>

class QCheckBox;
class QComboBox;
class QLabel;

namespace capex::ui {

class ChartPanel;
class GuidanceChart;

/// The Guidance tracker: for one calendar year, each company's capex guidance statement by
/// statement over the dates they were made, ending in the actual once it is reported, with a
/// reading in words per company under the chart.
class GuidancePage : public DashboardPage
{
    Q_OBJECT

public:
    explicit GuidancePage(DataStore &store, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("guidance"); }
    QString title() const override { return tr("Guidance tracker"); }
    void refresh() override;
    QList<std::function<void()>> refreshSteps() override;
    GuidanceChart *chart() const { return m_chart; }
    ChartPanel *panel() const { return m_panel; }
    QLabel *reading() const { return m_reading; }
    void setYear(int year);
    void setCompanySelected(const QString &id, bool selected);

protected:
    void retranslateUi() override;
    /// Takes up a display currency chosen on the Capex page meanwhile.
    void showEvent(QShowEvent *event) override;

private:
    /// The chart follows the options shown.
    void applyOptions();
    /// The user changed an option: it is stored, then applied.
    void optionsChanged();
    /// The companies with dated calendar-year guidance in the snapshot.
    QStringList companiesWithGuidance() const;
    /// A check box for each of `companies` that has none yet (ticked as the settings say).
    void addCompanyChecks(const QStringList &companies);
    /// After the boxes: the texts, and the options applied to the chart.
    void finishOptions();
    void updateReading();
    QStringList selectedCompanies() const;

    GuidanceChart *m_chart;
    ChartPanel *m_panel;
    QWidget *m_companyBox;
    QHash<QString, QCheckBox *> m_companyChecks;
    QComboBox *m_year;
    QLabel *m_yearLabel, *m_companiesLabel, *m_reading;
};

} // namespace capex::ui

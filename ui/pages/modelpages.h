#pragma once

#include "dashboardpage.h"
#include "modelresult.h"
#include "scenario.h"

class QLabel;
class QSpinBox;
class QTableWidget;

namespace capex::ui {

class ChartPanel;
class CostCurveChart;
class CapexModelChart;
class FleetModelChart;
class JevonsChart;
class ScenarioDocument;
class TrainingCostChart;

/// The cost-curve presets against the published data points.
class CostCurvesPage : public DashboardPage
{
    Q_OBJECT

public:
    CostCurvesPage(DataStore &store, ScenarioDocument &document, QWidget *parent = nullptr);
    QString pageId() const override { return QStringLiteral("cost-curves"); }
    QString title() const override { return tr("Cost curves"); }
    void refresh() override {}
    CostCurveChart *chart() const { return m_chart; }

protected:
    void retranslateUi() override;

private:
    CostCurveChart *m_chart;
    QLabel *m_note;
};

/// The Jevons scenario: price, demand and spend; required against installed fleet;
/// required against planned capex; a one-line reading; compared scenarios and the
/// parameters in which they differ.
class JevonsPage : public DashboardPage
{
    Q_OBJECT

public:
    JevonsPage(DataStore &store, ScenarioDocument &document, QWidget *parent = nullptr);
    QString pageId() const override { return QStringLiteral("jevons"); }
    QString title() const override { return tr("Jevons scenario"); }
    void refresh() override {}
    QList<ChartPanel *> panels() const { return m_panels; }
    QLabel *readingLabel() const { return m_reading; }
    /// Scenarios drawn beside the current one; the table lists the parameters that differ.
    void setComparisons(const QList<std::pair<QString, const Scenario *>> &scenarios);

protected:
    void retranslateUi() override;

private:
    void updateReading();
    void updateDifferences();

    ScenarioDocument &m_document;
    JevonsChart *m_jevons;
    FleetModelChart *m_fleet;
    CapexModelChart *m_capex;
    QList<ChartPanel *> m_panels;
    QLabel *m_reading;
    QTableWidget *m_differences;
    QList<std::pair<QString, const Scenario *>> m_compared;
    std::vector<ModelResult> m_comparedResults;
};

/// DeepSeek-V3, Llama 3.1 405B and GPT-4o: cost then and in a later year.
class TrainingCostPage : public DashboardPage
{
    Q_OBJECT

public:
    TrainingCostPage(DataStore &store, ScenarioDocument &document, QWidget *parent = nullptr);
    QString pageId() const override { return QStringLiteral("training-cost"); }
    QString title() const override { return tr("Training cost"); }
    void refresh() override {}
    TrainingCostChart *chart() const { return m_chart; }

protected:
    void retranslateUi() override;

private:
    TrainingCostChart *m_chart;
    QLabel *m_yearLabel;
    QSpinBox *m_year;
};

} // namespace capex::ui

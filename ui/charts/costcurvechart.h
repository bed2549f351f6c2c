#pragma once

#include "dataset.h"
#include "modelchart.h"

#include <QVector>

class QLogValueAxis;
class QScatterSeries;

namespace capex::ui {

/// The cost-curve presets as price indices on one log-scale chart (1 in the first data
/// year), the selected one highlighted, with the published data points that support
/// them (ARK's GPT-3 training cost, a16z's and the AI Index's token prices), each series
/// normalised to 1 at its first point. A store with many published series (more than
/// maxSeparateSeries) draws them one per metric, a period's marks of several series as their
/// median index with the range.
class CostCurveChart : public ModelChart
{
    Q_OBJECT

public:
    explicit CostCurveChart(ScenarioDocument &document, QGraphicsItem *parent = nullptr);
    QString chartId() const override { return QStringLiteral("cost-curves"); }
    QString sourcesFooter() const override;

protected:
    void updatePoints() override;
    void retranslate() override;
    QStringList citedParameters() const override { return {QStringLiteral("cost_decline")}; }

private:
    void buildDataSeries();
    static QString metricText(const std::string &metric);
    static constexpr int startYear = 2020;
    /// Published series drawn one by one up to this many (their names fit beside the plot);
    /// more are drawn one per metric (buildDataSeries).
    static constexpr std::size_t maxSeparateSeries = 12;
    QList<QLineSeries *> m_presets;
    QLineSeries *m_current;
    struct DataSeries
    {
        QScatterSeries *series;
        QVector<const Observation *> points;
        QStringList publishers; ///< of its figures, sorted
    };
    QList<DataSeries> m_data;
    const Dataset *m_builtFor = nullptr;
    QValueAxis *m_x;
    QLogValueAxis *m_y;
};

} // namespace capex::ui

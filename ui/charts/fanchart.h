#pragma once

#include "modelchart.h"
#include "montecarlo.h"

#include <optional>

class QAreaSeries;
class QTimer;
class QLogValueAxis;

namespace capex::ui {

/// One Monte Carlo output over the horizon: the P5–P95 and P25–P75 bands, the P50 line,
/// and the deterministic projection drawn over them.
class FanChart : public ModelChart
{
    Q_OBJECT

public:
    FanChart(ScenarioDocument &document, ModelOutput output, QGraphicsItem *parent = nullptr);
    QString chartId() const override;
    QString sourcesFooter() const override;

    void setResult(const std::optional<MonteCarloResult> &result);
    /// Whether every change of the scenario starts a run whose result this chart will be
    /// given (the page's "rerun" box): the deterministic line then waits for it, up to
    /// `resultWait`, so that line and fan move together in one repaint.
    void setRunsFollowChanges(bool follow);
    static constexpr int resultWait = 60; // ms
    ModelOutput output() const { return m_output; }
    /// The percentiles of this chart's output in one year of a result.
    static const Percentiles &percentiles(const MonteCarloYear &year, ModelOutput output);

protected:
    void updatePoints() override;
    bool awaitsMoreData() override;
    void retranslate() override;
    QStringList citedParameters() const override;

private:
    double scale() const;
    ModelOutput m_output;
    std::optional<MonteCarloResult> m_result;
    QLineSeries *m_p5, *m_p25, *m_p50, *m_p75, *m_p95, *m_deterministic;
    QAreaSeries *m_outer, *m_inner;
    QValueAxis *m_x, *m_y;
    /// Used instead of m_y when the outcomes span orders of magnitude, so that the
    /// median and the deterministic line do not flatten against zero.
    QLogValueAxis *m_logY;
    bool m_log = false;
    bool m_runsFollow = false;
    QTimer *m_resultTimer;
};

} // namespace capex::ui

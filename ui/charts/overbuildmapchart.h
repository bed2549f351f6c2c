#pragma once

#include "grid.h"
#include "modelchart.h"

#include <QGraphicsObject>

class QScatterSeries;

namespace capex::ui {

class HeatmapItem;

/// The two-parameter map of docs/model.md ("The over-build map"): one output in one year over
/// two parameters' plausible ranges (default elasticity × cost decline, plan ÷ required in
/// t0 + 5), as a heatmap on a diverging scale centred on the threshold (1 for the ratio,
/// log-scaled), the line where the output crosses it, and the current scenario marked. It
/// runs the grid again on every change of the scenario, slider drags included.
class OverbuildMapChart : public ModelChart
{
    Q_OBJECT

public:
    struct Options
    {
        QString x = QStringLiteral("elasticity");
        QString y = QStringLiteral("cost_decline");
        ModelOutput output = ModelOutput::PlanToRequiredRatio;
        int year = 0; ///< 0: t0 + 5
        int steps = 41;
    };

    explicit OverbuildMapChart(ScenarioDocument &document, QGraphicsItem *parent = nullptr);
    ~OverbuildMapChart() override;
    QString chartId() const override { return QStringLiteral("overbuild-map"); }

    void configure(const Options &options);
    const Options &options() const { return m_options; }
    /// The year the map shows (options().year, or t0 + 5 inside the projection).
    int year() const;
    /// The last grid computed; empty when the axes are not valid parameters.
    const GridResult &grid() const { return m_grid; }
    /// The threshold the colours centre on and the line follows: 1 for the ratio, else the
    /// output at the current scenario.
    double threshold() const { return m_threshold; }
    /// The share of cells above the threshold (over-built for the ratio), NaN without cells.
    double shareAbove() const;
    /// Hover text for the cell at grid indices (i, j).
    QString cellText(std::size_t i, std::size_t j) const;
    /// The colour of a value (none: grey).
    QColor colorOf(std::optional<double> value) const;

protected:
    void updatePoints() override;
    void retranslate() override;
    QStringList citedParameters() const override;

private:
    friend class HeatmapItem;
    Options m_options;
    GridResult m_grid;
    double m_threshold = 1;
    double m_spread = 1; ///< the deviation from the threshold that gets full colour
    QValueAxis *m_x, *m_y;
    QScatterSeries *m_current;
    QLineSeries *m_thresholdKey; ///< no points: the threshold line's entry in the legend
    HeatmapItem *m_heatmap;
};

} // namespace capex::ui

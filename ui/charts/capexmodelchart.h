#pragma once

#include "modelchart.h"

#include <QAreaSeries>

namespace capex::ui {

/// Required AI capex (what demand needs) against the AI capex the selected companies
/// plan, their ratio on the right axis (> 1: build-out ahead of demand), and the ceiling
/// where it binds.
class CapexModelChart : public ModelChart
{
    Q_OBJECT

public:
    explicit CapexModelChart(ScenarioDocument &document, QGraphicsItem *parent = nullptr);
    QString chartId() const override { return QStringLiteral("capex-model"); }

protected:
    void updatePoints() override;
    /// The last year any selected company's plan has an actual or guidance for (0: none).
    int lastGuidedYear() const;
    void retranslate() override;
    QStringList citedParameters() const override;

private:
    double scale() const;
    /// The money axis' unit in the current language, for scale(); `brief`: for a low plot.
    QString moneyUnit(bool brief = false) const;
    QLineSeries *m_required, *m_planned, *m_ceiling, *m_ratio, *m_parity;
    QLineSeries *m_faded = nullptr; ///< the plan after the last guided year: growth fading to the long-run rate
    QLineSeries *m_bandLow = nullptr, *m_bandHigh = nullptr; ///< the edges of the guided ranges' band
    QAreaSeries *m_band = nullptr;
    QList<QLineSeries *> m_compare;
    QValueAxis *m_x, *m_y, *m_ratioAxis;
};

} // namespace capex::ui

#pragma once

#include "modelchart.h"

class QAreaSeries;
class QLogValueAxis;

namespace capex::ui {

/// The Jevons paradox over the horizon: unit price, demand and spend indices (1 at t0),
/// on a log axis, with the backfire region (spend above its base year: elasticity > 1)
/// shaded warm and the over-built region (spend below) cool.
class JevonsChart : public ModelChart
{
    Q_OBJECT

public:
    explicit JevonsChart(ScenarioDocument &document, QGraphicsItem *parent = nullptr);
    QString chartId() const override { return QStringLiteral("jevons"); }

    /// One line: "Spend grows 22%/yr as price falls 86%/yr (elasticity 1.1 > 1: Jevons backfire)".
    static QString reading(const ScenarioDocument &document);

protected:
    void updatePoints() override;
    void retranslate() override;
    QStringList citedParameters() const override;

private:
    QLineSeries *m_price, *m_demand, *m_spend, *m_one;
    QLineSeries *m_backfireTop, *m_backfireBottom, *m_overbuiltTop, *m_overbuiltBottom;
    QAreaSeries *m_backfire, *m_overbuilt;
    QList<QLineSeries *> m_compare;
    QValueAxis *m_x;
    QLogValueAxis *m_y;
};

} // namespace capex::ui

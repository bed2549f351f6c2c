#pragma once

#include "modelchart.h"

class QScatterSeries;

namespace capex::ui {

/// Required against installed H100e over the horizon, the new and retired units, the
/// idle capacity when demand falls, and the published fleet estimates of the selected
/// companies (each source's sum) as reference points.
class FleetModelChart : public ModelChart
{
    Q_OBJECT

public:
    explicit FleetModelChart(ScenarioDocument &document, QGraphicsItem *parent = nullptr);
    QString chartId() const override { return QStringLiteral("fleet-model"); }

protected:
    void updatePoints() override;
    void retranslate() override;
    QStringList citedParameters() const override;

private:
    double scale() const;
    /// The left axis' title for the unit scale() chose (万 or 亿 in Chinese).
    void updateFleetAxisTitle();
    QLineSeries *m_required, *m_installed, *m_new, *m_retired, *m_idle;
    QLineSeries *m_installedPower = nullptr, *m_requiredPower = nullptr, *m_powerCeiling = nullptr;
    QScatterSeries *m_reference;
    QList<QLineSeries *> m_compare;
    QList<QString> m_referenceText;
    QValueAxis *m_x, *m_y, *m_powerAxis = nullptr;
};

} // namespace capex::ui

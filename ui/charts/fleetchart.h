#pragma once

#include "observationchart.h"

#include <QStringList>

namespace capex::ui {

/// GPU fleets in H100-equivalents per company: every estimate with its range, the
/// sources side by side (LessWrong and Epoch where both exist), end-2024 filled and
/// 2025 hollow.
class FleetChart : public ObservationChart
{
    Q_OBJECT

public:
    explicit FleetChart(QGraphicsItem *parent = nullptr);

    QString chartId() const override { return QStringLiteral("fleet"); }
    void setCompact(bool compact);
    /// Companies in the order shown; empty: every company with a fleet estimate.
    void setCompanies(const QStringList &entityIds);

protected:
    void build() override;

private:
    QStringList m_companies;
    bool m_compact = false;
};

} // namespace capex::ui

#pragma once

#include "database.h"
#include "dataset.h"

#include <QChartView>
#include <QList>
#include <QPointF>

class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace capex::ui {

/// A record's values over time: each version the history kept (a guidance range as it was
/// revised, a restated actual) and the current one, placed when it was known — its "as of"
/// date, else when it was replaced — with the low–high range as dashed lines around the
/// central value. Hovering a point names the version's value and range.
class ObservationHistoryChart : public QChartView
{
    Q_OBJECT

public:
    explicit ObservationHistoryChart(QWidget *parent = nullptr);

    /// Draws `current` after the old versions in `changes` (oldest first).
    void setHistory(const Observation &current, const std::vector<ObservationChange> &changes);
    /// The plotted central values: x in ms since the epoch, y in the record's unit (unscaled).
    const QList<QPointF> &points() const { return m_points; }

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Version
    {
        qint64 when = 0; ///< ms since the epoch
        Observation values;
    };
    void rebuild();

    QList<Version> m_versions;
    QList<QPointF> m_points;
    QLineSeries *m_central, *m_low, *m_high;
    QScatterSeries *m_markers;
    QDateTimeAxis *m_x;
    QValueAxis *m_y;
};

} // namespace capex::ui

#pragma once

#include "dashboardchart.h"
#include "dataset.h"

#include <QHash>
#include <QList>
#include <QVector>

#include <set>

class QAbstractSeries;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QScatterSeries;
class QValueAxis;
class QXYSeries;

namespace capex::ui {

/// A chart of observations. It remembers which observation each plotted point is, so
/// that hovering a point can name its value, range, kind, grade, period and source,
/// and which sources the plotted figures come from, for footers and exports.
/// Subclasses build everything in rebuild(), which also runs on a language change.
class ObservationChart : public DashboardChart
{
    Q_OBJECT

public:
    /// x of a period: calendar year Y sits on the tick Y; fiscal years and dates by
    /// their position in time relative to it.
    static double xOf(const Period &period) { return period.midpoint() - 0.5; }
    explicit ObservationChart(QGraphicsItem *parent = nullptr);
    ~ObservationChart() override;

    void setSnapshot(const Dataset *snapshot);
    const Dataset *snapshot() const { return m_snapshot; }

    /// Rebuilds every series, axis and title in the current language.
    void rebuild();

    /// The observation plotted at `index` of `series`, if any.
    const Observation *observationAt(const QAbstractSeries *series, int index) const;
    /// Ids of the sources of every plotted figure.
    const std::set<std::string> &plottedSources() const { return m_sources; }
    /// "Sources: Meta (2026-01-28); LessWrong (2024-11-28); …" in the current language.
    QString sourcesFooter() const override;
    /// The text shown when hovering an observation.
    QString tooltipText(const Observation &observation) const;

    void setShowEvents(bool show);
    bool showEvents() const { return m_showEvents; }

protected:
    virtual void build() = 0;

    /// Records what each point of `series` is, and connects its hover signal.
    void registerPoints(QXYSeries *series, QVector<const Observation *> observations);
    void registerLabel(QXYSeries *series, const QString &text);
    /// A value axis of whole years from `first` to `last`, ticks on every year.
    QValueAxis *addYearAxis(int first, int last);
    /// Units of money per displayed axis unit: 1e9 in English (billions), 1e8 in Chinese (亿).
    static double moneyAxisScale();
    /// The title of a money axis in `currency` ("USD" or "CNY") at moneyAxisScale().
    static QString moneyAxisTitle(const QString &currency);
    /// Dashed vertical lines with labels at the dated events inside the x range.
    void addEventMarkers(QValueAxis *xAxis, QAbstractAxis *yAxis, double yLow, double yHigh);
    void setShowEventsQuietly(bool show) { m_showEvents = show; }
    /// Hides a series' own legend entry (a company shows once, not once per kind).
    /// Legend entries that explain the kinds: actual, guidance, estimate.
    void addKindKey(bool guidance, bool estimates, bool projection = false);

private:
    void repositionEventLabels();

    const Dataset *m_snapshot = nullptr;
    QHash<const QAbstractSeries *, QVector<const Observation *>> m_points;
    QHash<const QAbstractSeries *, QString> m_labels;
    std::set<std::string> m_sources;
    bool m_showEvents = true;
    struct EventLabel
    {
        QGraphicsSimpleTextItem *item;
        QPointF anchor;
        QAbstractSeries *series;
    };
    QList<EventLabel> m_eventLabels;
};

} // namespace capex::ui

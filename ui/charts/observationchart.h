#pragma once

#include "dashboardchart.h"
#include "dataset.h"

#include <QHash>
#include <QPen>
#include <QPointer>
#include <QList>
#include <QVector>

#include <optional>
#include <set>
#include <vector>

class QAbstractAxis;
class QAbstractSeries;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QScatterSeries;
class QValueAxis;
class QXYSeries;

namespace capex::ui {

/// The relay of every chart's clicks on a mark for many figures (ObservationChart::links()):
/// MainWindow shows the Data page filtered to the figures behind it (DataPage::showFigures).
class FigureLinks : public QObject
{
    Q_OBJECT

signals:
    void figuresRequested(const QString &entity, const QString &metric, int kind, const capex::Period &period);
};

/// A chart of observations. It remembers which observation each plotted point is, so
/// that hovering a point can name its value, range, kind, grade, period and source,
/// and which sources the plotted figures come from, for footers and exports.
/// Subclasses build everything in rebuild(), which also runs on a language change. Their
/// axes outlive a rebuild (axisAt): Qt Charts makes the graphics of an axis added to a chart
/// anew, a rich-text item per label, and on a large store that was most of a chart's layout.
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

    /// The figures behind one mark drawn for many (FigureSummary): one series (entity and
    /// metric), one kind, one period, and what they summarise to, in the chart's units.
    struct SummaryMark
    {
        std::string entity, metric;
        Kind kind = Kind::Estimate;
        Period period;
        double median = 0, low = 0, high = 0; ///< as plotted
        std::size_t count = 0;
        double scale = 1;     ///< a plotted number times this is the figure (1e9: billions)
        std::string currency; ///< for money, the currency plotted; else empty
        std::string unit;     ///< otherwise, the figures' unit
    };
    /// The summary drawn at `index` of `series`, if that point is one.
    const SummaryMark *summaryAt(const QAbstractSeries *series, int index) const;
    /// The text shown when hovering a summary: the median, the range and "n estimates".
    QString summaryTooltipText(const SummaryMark &mark) const;

    /// A vertical bar from `low` to `high` at `x`: an estimate's range, or the range of a
    /// summary (its whisker). The chart draws all of its bars with one graphics item, not a
    /// series each: a large store's chart had a hundred and more, and adding a series to a Qt
    /// chart costs it a legend marker and a graphics item (tens of milliseconds a rebuild).
    struct RangeBar
    {
        double x = 0, low = 0, high = 0; ///< as plotted
        QPen pen;
        const QXYSeries *along = nullptr;         ///< a series on the bar's axes, whose marks it spans
        const Observation *observation = nullptr; ///< hovering the bar names it
        std::optional<SummaryMark> summary;       ///< hovering names it; a click asks for its figures
        QString label;                            ///< else hovering shows this (a dated event's line)
    };
    const std::vector<RangeBar> &rangeBars() const { return m_rangeBars; }
    /// The bar under `position` (in the chart's coordinates), within a few pixels; or null.
    const RangeBar *rangeBarAt(const QPointF &position) const;
    /// The relay of every chart's clicks on a summary (FigureLinks).
    static FigureLinks &links();

protected:
    virtual void build() = 0;

    /// Records what each point of `series` is, and connects its hover signal.
    void registerPoints(QXYSeries *series, QVector<const Observation *> observations);
    void registerLabel(QXYSeries *series, const QString &text);
    /// As registerPoints, where the points at the keys of `summaries` stand for many figures
    /// (`observations` holds null there): those hover with summaryTooltipText() and a click
    /// asks for the figures (links()). `members` are the figures summarised, for the footer.
    void registerSummaries(QXYSeries *series, QHash<int, SummaryMark> summaries,
                           const std::vector<const Observation *> &members);
    /// A thin vertical line from `mark.low` to `mark.high` at `x` (the range of a summary) on
    /// the axes of `along`, hovering and clicking as the summary does (a RangeBar).
    void addSummaryWhisker(double x, const SummaryMark &mark, const QColor &color, const QXYSeries *along);
    void addRangeBar(RangeBar bar);
    /// The axis of type `Axis` on the chart's `alignment` side for the build under way: the
    /// one of that type and side that the last build used, reset to what a new one would be
    /// (resetAxis), or else a new one added to the chart. Either way it holds no series. An
    /// axis the build does not ask for is deleted after it; when there is no snapshot to
    /// build from, hidden until the next build.
    template <class Axis>
    Axis *axisAt(Qt::Alignment alignment)
    {
        if (QAbstractAxis *kept = takeKeptAxis(Axis::staticMetaObject, alignment))
            return static_cast<Axis *>(kept);
        auto *axis = new Axis;
        addAxis(axis, alignment);
        return axis;
    }
    /// What a build may have set on `axis`, back to what a new axis of its type has: title,
    /// visibility, ticks, label format and position, categories and the titles that
    /// DashboardChart keeps in properties. Not the theme's pens, brushes and fonts, which
    /// ChartStyle and the chart's theme set alike on every axis.
    static void resetAxis(QAbstractAxis &axis);
    /// A value axis of whole years from `first` to `last`, ticks on every year, at the bottom.
    QValueAxis *addYearAxis(int first, int last);
    /// Units of money per displayed axis unit: 1e9 in English (billions), 1e8 in Chinese (亿).
    static double moneyAxisScale();
    /// The title of a money axis in `currency` ("USD" or "CNY") at moneyAxisScale().
    static QString moneyAxisTitle(const QString &currency);
    /// Dashed vertical lines with labels at the dated events inside the x range: range bars
    /// (RangeBar::label), not a series each, on the axes of a series already attached to both.
    void addEventMarkers(QValueAxis *xAxis, QAbstractAxis *yAxis, double yLow, double yHigh);
    void setShowEventsQuietly(bool show) { m_showEvents = show; }
    /// Hides a series' own legend entry (a company shows once, not once per kind).
    /// Legend entries that explain the kinds: actual, guidance, estimate.
    void addKindKey(bool guidance, bool estimates, bool projection = false);

private:
    friend class RangeBarLayer;
    void repositionEventLabels();
    QAbstractAxis *takeKeptAxis(const QMetaObject &type, Qt::Alignment alignment);
    /// As many year labels as fit the plot's width, again at every layout.
    void fitYearTicks(const QRectF &plot);
    /// Asks for the figures behind `mark` (links()): a click on its mark or its whisker.
    static void requestFigures(const SummaryMark &mark);

    const Dataset *m_snapshot = nullptr;
    QHash<const QAbstractSeries *, QVector<const Observation *>> m_points;
    QHash<const QAbstractSeries *, QString> m_labels;
    QHash<const QAbstractSeries *, QHash<int, SummaryMark>> m_summaries;
    std::set<std::string> m_sources;
    bool m_showEvents = true;
    struct EventLabel
    {
        QGraphicsSimpleTextItem *item;
        QPointF anchor;
        QAbstractSeries *series;
    };
    QList<EventLabel> m_eventLabels;
    std::vector<RangeBar> m_rangeBars;
    QGraphicsObject *m_rangeBarLayer;
    QList<QAbstractAxis *> m_keptAxes;  ///< during a rebuild, the last build's axes not yet asked for
    QPointer<QValueAxis> m_yearAxis;     ///< addYearAxis' axis in this build
};

} // namespace capex::ui

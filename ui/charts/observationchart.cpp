#include "observationchart.h"

#include "chartstyle.h"
#include "logaxislabels.h"
#include "translation.h"
#include "valuetext.h"

#include <QCategoryAxis>
#include <QGraphicsRectItem>
#include <QGraphicsSceneHoverEvent>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPainter>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <array>
#include <cmath>

namespace capex::ui {

namespace {

/// Behind an event's label, the chart's background (whatever the theme) a little see-through.
class EventLabelBacking : public QGraphicsRectItem
{
public:
    EventLabelBacking(const QChart &chart, QGraphicsSimpleTextItem *label)
        : QGraphicsRectItem(label->boundingRect().adjusted(-1, 0, 1, 0), label), m_chart(chart)
    {
        setFlag(QGraphicsItem::ItemStacksBehindParent);
        setPen(Qt::NoPen);
    }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        // A chart never themed (built headless for an export) has Qt's gradient, whose colour
        // reads as black: it is printed on white paper.
        const QBrush background = m_chart.backgroundBrush();
        QColor colour = background.style() == Qt::SolidPattern ? background.color() : QColor(Qt::white);
        colour.setAlpha(220);
        painter->fillRect(rect(), colour);
    }

private:
    const QChart &m_chart;
};

} // namespace

/// Every range bar of an ObservationChart, painted in one pass over the plot: above the grid,
/// below the series' lines and marks. Hovering a bar names its figure or summary; a click on
/// a summary's bar asks for its figures, as the summary's mark does.
class RangeBarLayer : public QGraphicsObject
{
public:
    explicit RangeBarLayer(ObservationChart &chart) : QGraphicsObject(&chart), m_chart(chart)
    {
        // Between the axes' grid (3) and the series (4) of Qt Charts' stacking.
        setZValue(3.5);
        setAcceptHoverEvents(true);
        setAcceptedMouseButtons(Qt::LeftButton);
    }

    QRectF boundingRect() const override { return m_chart.plotArea().adjusted(-4, -4, 4, 4); }

    QPainterPath shape() const override
    {
        QPainterPath path;
        for (const ObservationChart::RangeBar &bar : m_chart.m_rangeBars)
            path.addRect(hitBox(bar));
        return path;
    }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        if (m_chart.m_rangeBars.empty())
            return;
        const bool dark = ChartStyle::isDark(m_chart);
        painter->save();
        painter->setClipRect(m_chart.plotArea());
        painter->setRenderHint(QPainter::Antialiasing);
        for (const ObservationChart::RangeBar &bar : m_chart.m_rangeBars) {
            if (!bar.along || !bar.along->chart())
                continue;
            QPen pen = bar.pen;
            pen.setColor(ChartStyle::themedColor(pen.color(), dark));
            painter->setPen(pen);
            painter->drawLine(end(bar, bar.low), end(bar, bar.high));
        }
        painter->restore();
    }

    /// Called when the bars or the plot change.
    void changed()
    {
        prepareGeometryChange();
        update();
    }

protected:
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override
    {
        const ObservationChart::RangeBar *bar = m_chart.rangeBarAt(event->pos());
        if (bar == m_hovered)
            return;
        m_hovered = bar;
        if (!bar)
            emit m_chart.pointHovered({}, false);
        else if (bar->summary)
            emit m_chart.pointHovered(m_chart.summaryTooltipText(*bar->summary), true);
        else if (bar->observation)
            emit m_chart.pointHovered(m_chart.tooltipText(*bar->observation), true);
        else
            emit m_chart.pointHovered(bar->label, true);
    }
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *) override
    {
        if (m_hovered)
            emit m_chart.pointHovered({}, false);
        m_hovered = nullptr;
    }
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override
    {
        const ObservationChart::RangeBar *bar = m_chart.rangeBarAt(event->pos());
        if (!bar || !bar->summary)
            event->ignore();
    }
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override
    {
        if (const ObservationChart::RangeBar *bar = m_chart.rangeBarAt(event->pos()); bar && bar->summary)
            ObservationChart::requestFigures(*bar->summary);
    }

private:
    friend class ObservationChart;
    QPointF end(const ObservationChart::RangeBar &bar, double y) const
    {
        return m_chart.mapToPosition({bar.x, y}, const_cast<QXYSeries *>(bar.along));
    }
    QRectF hitBox(const ObservationChart::RangeBar &bar) const
    {
        if (!bar.along || !bar.along->chart())
            return {};
        return QRectF(end(bar, bar.high), end(bar, bar.low)).normalized().adjusted(-3, -1, 3, 1);
    }

    ObservationChart &m_chart;
    const ObservationChart::RangeBar *m_hovered = nullptr;
};

ObservationChart::ObservationChart(QGraphicsItem *parent) : DashboardChart(parent), m_rangeBarLayer(new RangeBarLayer(*this))
{
    setAnimationOptions(QChart::NoAnimation);
    legend()->setAlignment(Qt::AlignBottom);
    legend()->setShowToolTips(true);
    setTitleFont(ChartStyle::titleFont());
    connect(&Translation::instance(), &Translation::languageChanged, this, &ObservationChart::rebuild);
    connect(this, &QChart::plotAreaChanged, this, &ObservationChart::repositionEventLabels);
    connect(this, &QChart::plotAreaChanged, m_rangeBarLayer, [this] { static_cast<RangeBarLayer *>(m_rangeBarLayer)->changed(); });
    connect(this, &QChart::plotAreaChanged, this, &ObservationChart::fitYearTicks);
}

ObservationChart::~ObservationChart() = default;

void ObservationChart::setSnapshot(const Dataset *snapshot)
{
    m_snapshot = snapshot;
    rebuild();
}

void ObservationChart::setShowEvents(bool show)
{
    if (show == m_showEvents)
        return;
    m_showEvents = show;
    rebuild();
}

void ObservationChart::rebuild()
{
    for (EventLabel &label : m_eventLabels)
        delete label.item;
    m_eventLabels.clear();
    removeAllSeries();
    // The axes stay on the chart, for the build to ask for again (axisAt). A log axis' labels
    // (LogAxisLabels) go with it.
    m_keptAxes.clear();
    for (QAbstractAxis *axis : axes())
        if (!LogAxisLabels::isLabels(axis))
            m_keptAxes << axis;
    m_yearAxis = nullptr;
    m_points.clear();
    m_labels.clear();
    m_summaries.clear();
    m_sources.clear();
    m_rangeBars.clear();
    static_cast<RangeBarLayer *>(m_rangeBarLayer)->m_hovered = nullptr;
    if (m_snapshot)
        build();
    for (QAbstractAxis *axis : std::as_const(m_keptAxes)) {
        if (!m_snapshot) {
            // Kept for the snapshot to come: the step that empties a chart while the figures
            // are read is followed by the one that fills it.
            axis->setVisible(false);
            continue;
        }
        if (auto *log = qobject_cast<QLogValueAxis *>(axis))
            if (QCategoryAxis *labels = LogAxisLabels::labelsOf(log))
                removeAxis(labels), delete labels;
        removeAxis(axis);
        delete axis;
    }
    m_keptAxes.clear();
    static_cast<RangeBarLayer *>(m_rangeBarLayer)->changed();
    repositionEventLabels();
    emit rebuilt();
}

void ObservationChart::registerPoints(QXYSeries *series, QVector<const Observation *> observations)
{
    for (const Observation *o : observations)
        if (o)
            m_sources.insert(o->source);
    m_points.insert(series, std::move(observations));
    connect(series, &QXYSeries::hovered, this, [this, series](const QPointF &point, bool state) {
        if (!state) {
            emit pointHovered({}, false);
            return;
        }
        // The nearest point of this series to the cursor.
        const QList<QPointF> points = series->points();
        int best = -1;
        double bestDistance = 0;
        for (int i = 0; i < points.size(); ++i) {
            const QPointF a = mapToPosition(points.at(i), series), b = mapToPosition(point, series);
            const double d = std::hypot(a.x() - b.x(), a.y() - b.y());
            if (best < 0 || d < bestDistance)
                best = i, bestDistance = d;
        }
        if (const SummaryMark *mark = summaryAt(series, best))
            emit pointHovered(summaryTooltipText(*mark), true);
        else if (const Observation *o = observationAt(series, best))
            emit pointHovered(tooltipText(*o), true);
    });
}

FigureLinks &ObservationChart::links()
{
    static FigureLinks relay;
    return relay;
}

void ObservationChart::registerSummaries(QXYSeries *series, QHash<int, SummaryMark> summaries,
                                         const std::vector<const Observation *> &members)
{
    for (const Observation *o : members)
        m_sources.insert(o->source);
    m_summaries.insert(series, std::move(summaries));
    connect(series, &QXYSeries::clicked, this, [this, series](const QPointF &point) {
        const QList<QPointF> points = series->points();
        int best = -1;
        double bestDistance = 0;
        for (int i = 0; i < points.size(); ++i) {
            const double d = std::hypot(points.at(i).x() - point.x(), (points.at(i).y() - point.y()) * 1e-9);
            if (best < 0 || d < bestDistance)
                best = i, bestDistance = d;
        }
        if (const SummaryMark *mark = summaryAt(series, best))
            requestFigures(*mark);
    });
}

void ObservationChart::requestFigures(const SummaryMark &mark)
{
    emit links().figuresRequested(QString::fromStdString(mark.entity), QString::fromStdString(mark.metric),
                                  static_cast<int>(mark.kind), mark.period);
}

void ObservationChart::addSummaryWhisker(double x, const SummaryMark &mark, const QColor &color, const QXYSeries *along)
{
    RangeBar bar;
    bar.x = x;
    bar.low = mark.low;
    bar.high = mark.high;
    bar.pen = QPen(color, 1.5);
    bar.along = along;
    bar.summary = mark;
    addRangeBar(std::move(bar));
}

void ObservationChart::addRangeBar(RangeBar bar)
{
    if (bar.observation)
        m_sources.insert(bar.observation->source);
    m_rangeBars.push_back(std::move(bar));
}

const ObservationChart::RangeBar *ObservationChart::rangeBarAt(const QPointF &position) const
{
    const auto *layer = static_cast<const RangeBarLayer *>(m_rangeBarLayer);
    const RangeBar *best = nullptr;
    double distance = 0;
    for (const RangeBar &bar : m_rangeBars) {
        const QRectF box = layer->hitBox(bar);
        if (!box.contains(position))
            continue;
        const double d = std::abs(box.center().x() - position.x());
        if (!best || d < distance)
            best = &bar, distance = d;
    }
    return best;
}

const ObservationChart::SummaryMark *ObservationChart::summaryAt(const QAbstractSeries *series, int index) const
{
    auto it = m_summaries.constFind(series);
    if (it == m_summaries.constEnd())
        return nullptr;
    auto mark = it->constFind(index);
    return mark == it->constEnd() ? nullptr : &*mark;
}

QString ObservationChart::summaryTooltipText(const SummaryMark &mark) const
{
    const Entity *entity = m_snapshot ? m_snapshot->entity(mark.entity) : nullptr;
    const Metric *metric = m_snapshot ? m_snapshot->metric(mark.metric) : nullptr;
    const NumberFormat number = Translation::instance().format(3);
    auto value = [&](double v) {
        if (!mark.currency.empty())
            return QString::fromStdString(number.money(v * mark.scale, mark.currency));
        return QStringLiteral("%1 %2").arg(QString::fromStdString(number.number(v * mark.scale)), unitText(mark.unit));
    };
    const auto count = static_cast<int>(mark.count);
    const QString low = value(mark.low), high = value(mark.high);
    QStringList lines;
    lines << QStringLiteral("<b>%1</b> · %2 · %3")
                 .arg(entity ? localized(entity->nameEn, entity->nameZh).toHtmlEscaped() : QString::fromStdString(mark.entity).toHtmlEscaped(),
                      metric ? localized(metric->nameEn, metric->nameZh).toHtmlEscaped() : QString::fromStdString(mark.metric).toHtmlEscaped(),
                      periodText(mark.period));
    lines << QStringLiteral("<b>%1</b>").arg(tr("median %1").arg(value(mark.median)).toHtmlEscaped());
    QString spread;
    switch (mark.kind) {
    case Kind::Estimate: spread = tr("%n estimate(s), from %1 to %2", nullptr, count).arg(low, high); break;
    case Kind::Forecast: spread = tr("%n forecast(s), from %1 to %2", nullptr, count).arg(low, high); break;
    case Kind::Actual: spread = tr("%n reported figure(s), from %1 to %2", nullptr, count).arg(low, high); break;
    default: spread = tr("%n figure(s) (%1), from %2 to %3", nullptr, count).arg(kindText(mark.kind), low, high); break;
    }
    lines << spread.toHtmlEscaped();
    lines << QStringLiteral("<i>%1</i>").arg(tr("Click to see each figure on the Data page").toHtmlEscaped());
    return lines.join(QStringLiteral("<br/>"));
}

void ObservationChart::registerLabel(QXYSeries *series, const QString &text)
{
    m_labels.insert(series, text);
    connect(series, &QXYSeries::hovered, this, [this, text](const QPointF &, bool state) {
        emit pointHovered(state ? text : QString(), state);
    });
}

const Observation *ObservationChart::observationAt(const QAbstractSeries *series, int index) const
{
    auto it = m_points.constFind(series);
    if (it == m_points.constEnd() || index < 0 || index >= it->size())
        return nullptr;
    return it->at(index);
}

QString ObservationChart::tooltipText(const Observation &o) const
{
    const Entity *entity = m_snapshot->entity(o.entity);
    const Metric *metric = m_snapshot->metric(o.metric);
    const Source *source = m_snapshot->source(o.source);
    QStringList lines;
    lines << QStringLiteral("<b>%1</b> · %2 · %3")
                 .arg(entity ? localized(entity->nameEn, entity->nameZh).toHtmlEscaped() : QString(),
                      metric ? localized(metric->nameEn, metric->nameZh).toHtmlEscaped() : QString(),
                      periodText(o.period));
    lines << QStringLiteral("<b>%1</b>").arg(valueWithRangeText(o).toHtmlEscaped());
    lines << tr("%1 · %2").arg(kindText(o.kind), gradeText(o.grade)).toHtmlEscaped();
    if (!o.asOf.empty())
        lines << tr("As of %1").arg(QString::fromStdString(o.asOf)).toHtmlEscaped();
    if (source)
        lines << tr("Source: %1, “%2” (%3)")
                     .arg(QString::fromStdString(source->publisher), QString::fromStdString(source->title),
                          QString::fromStdString(source->date))
                     .toHtmlEscaped();
    const QString note = localized(o.noteEn, o.noteZh);
    if (!note.isEmpty())
        lines << QStringLiteral("<i>%1</i>").arg(note.toHtmlEscaped());
    return lines.join(QStringLiteral("<br/>"));
}

QString ObservationChart::sourcesFooter() const
{
    if (m_sources.empty())
        return {};
    QStringList parts;
    QSet<QString> seen;
    for (const std::string &id : m_sources) {
        const Source *s = m_snapshot ? m_snapshot->source(id) : nullptr;
        if (!s)
            continue;
        QString text = QString::fromStdString(s->publisher);
        if (!s->date.empty())
            text += QStringLiteral(" (%1)").arg(QString::fromStdString(s->date));
        if (!seen.contains(text)) {
            seen.insert(text);
            parts << text;
        }
    }
    return sourcesSentence(parts);
}

double ObservationChart::moneyAxisScale()
{
    return Translation::instance().language() == Language::Chinese ? 1e8 : 1e9;
}

QString ObservationChart::moneyAxisTitle(const QString &currency)
{
    // Chinese readers count money in 亿 (10^8), English readers in billions.
    const bool usd = currency == QLatin1String("USD");
    if (Translation::instance().language() == Language::Chinese)
        return usd ? tr("USD, hundreds of millions", "axis unit: 亿美元")
                   : tr("RMB, hundreds of millions", "axis unit: 亿元人民币");
    return usd ? tr("USD billions") : tr("RMB billions");
}

QAbstractAxis *ObservationChart::takeKeptAxis(const QMetaObject &type, Qt::Alignment alignment)
{
    for (qsizetype i = 0; i < m_keptAxes.size(); ++i) {
        QAbstractAxis *axis = m_keptAxes.at(i);
        if (axis->metaObject() == &type && axis->alignment() == alignment) {
            m_keptAxes.removeAt(i);
            resetAxis(*axis);
            return axis;
        }
    }
    return nullptr;
}

void ObservationChart::resetAxis(QAbstractAxis &axis)
{
    // Each setter below does nothing where the value is already the one set.
    axis.setVisible(true);
    axis.setTitleText(QString());
    axis.setTitleVisible(true);
    axis.setLabelsVisible(true);
    axis.setLabelsAngle(0);
    axis.setLineVisible(true);
    axis.setGridLineVisible(true);
    axis.setMinorGridLineVisible(true);
    axis.setShadesVisible(false);
    axis.setReverse(false);
    for (const QByteArray &name : axis.dynamicPropertyNames())
        axis.setProperty(name.constData(), QVariant());
    if (auto *value = qobject_cast<QValueAxis *>(&axis)) {
        value->setTickType(QValueAxis::TicksFixed);
        value->setTickCount(5); // applyNiceNumbers() starts from the count it finds
        value->setTickAnchor(0);
        value->setTickInterval(0);
        value->setMinorTickCount(0);
        value->setLabelFormat(QString());
    } else if (auto *log = qobject_cast<QLogValueAxis *>(&axis)) {
        log->setBase(10);
        log->setMinorTickCount(0);
        log->setLabelFormat(QString());
    }
    if (auto *categories = qobject_cast<QCategoryAxis *>(&axis)) {
        // From the last: a category removed before others moves the next one's start.
        const QStringList labels = categories->categoriesLabels();
        for (qsizetype i = labels.size() - 1; i >= 0; --i)
            categories->remove(labels.at(i));
        categories->setStartValue(0);
        categories->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    }
}

QValueAxis *ObservationChart::addYearAxis(int first, int last)
{
    auto *axis = axisAt<QValueAxis>(Qt::AlignBottom);
    axis->setRange(first - 0.5, last + 0.5);
    // Whole years only: ticks anchored on integers, one a year, labels without decimals.
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(first);
    axis->setTickInterval(last - first > 14 ? 2 : 1);
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setMinorTickCount(0);
    axis->setGridLineVisible(false);
    axis->setTitleText(tr("Year"));
    axis->setTitleFont(ChartStyle::axisTitleFont());
    m_yearAxis = axis;
    // The interval that fits the plot as it is laid out now; again at every layout.
    fitYearTicks(plotArea());
    return axis;
}

void ObservationChart::fitYearTicks(const QRectF &plot)
{
    // As many labels as fit the plot's width: a compact chart of 2010–2026 on a laptop has
    // room for every fifth year.
    if (!m_yearAxis || plot.width() <= 0)
        return;
    const int interval = yearTickInterval(*m_yearAxis, plot.width(), m_yearAxis->max() - m_yearAxis->min());
    if (m_yearAxis->tickInterval() != interval)
        m_yearAxis->setTickInterval(interval);
}

void ObservationChart::addEventMarkers(QValueAxis *xAxis, QAbstractAxis *yAxis, double yLow, double yHigh)
{
    if (!m_showEvents || !m_snapshot)
        return;
    QXYSeries *along = nullptr;
    for (QAbstractSeries *s : series())
        if (!along && s->attachedAxes().contains(xAxis) && s->attachedAxes().contains(yAxis))
            along = qobject_cast<QXYSeries *>(s);
    if (!along)
        return;
    for (const Event &e : m_snapshot->events) {
        auto period = Period::parse(e.date);
        if (!period)
            continue;
        const double x = xOf(*period);
        if (x < xAxis->min() || x > xAxis->max())
            continue;
        const QString label = localized(e.labelEn, e.labelZh);
        RangeBar line;
        line.x = x;
        line.low = yLow;
        line.high = yHigh;
        line.pen = ChartStyle::eventPen();
        line.along = along;
        line.label = tr("%1 — %2").arg(label, QString::fromStdString(e.date));
        addRangeBar(std::move(line));
        if (const Source *s = m_snapshot->source(e.source))
            m_sources.insert(s->id);
        auto *text = new QGraphicsSimpleTextItem(label, this);
        QFont font;
        font.setPointSizeF(7.5);
        text->setFont(font);
        text->setBrush(QColor(0x55, 0x55, 0x55));
        text->setZValue(10);
        // On a patch of the chart's background: the events' dashed lines ran through the
        // labels of the ones beside them, and made them hard to read.
        new EventLabelBacking(*this, text);
        m_eventLabels.append({text, QPointF(x, yHigh), along});
    }
}

void ObservationChart::repositionEventLabels()
{
    // Labels in time order, each on the first of a few rows where it overprints no other
    // label; one that fits no row is left out (its line still names the event on hover).
    // A label that would run past the plot's right edge sits left of its line.
    constexpr int rows = 4;
    constexpr qreal gap = 6;
    const QRectF area = plotArea();
    std::vector<EventLabel *> order;
    for (EventLabel &label : m_eventLabels)
        order.push_back(&label);
    std::stable_sort(order.begin(), order.end(),
                     [](const EventLabel *a, const EventLabel *b) { return a->anchor.x() < b->anchor.x(); });
    std::array<qreal, rows> rowEnd;
    rowEnd.fill(-1e9);
    for (EventLabel *label : order) {
        const QPointF top = mapToPosition(label->anchor, label->series);
        const QRectF box = label->item->boundingRect();
        qreal left = top.x() + 3;
        if (left + box.width() > area.right())
            left = top.x() - 3 - box.width();
        int row = -1;
        for (int r = 0; r < rows && row < 0; ++r)
            if (rowEnd[r] + gap <= left)
                row = r;
        const bool fits = row >= 0 && left >= area.left() && top.x() >= area.left() && top.x() <= area.right();
        label->item->setVisible(fits);
        if (!fits)
            continue;
        label->item->setPos(left, area.top() + 2 + row * (box.height() + 1));
        rowEnd[row] = left + box.width();
    }
}

void ObservationChart::addKindKey(bool guidance, bool estimates, bool projection)
{
    const QColor grey(0x60, 0x60, 0x60);
    auto *actual = new QLineSeries;
    actual->setName(tr("Actual (solid, filled markers)"));
    actual->setPen(ChartStyle::actualPen(grey));
    actual->setPointsVisible(true);
    addSeries(actual);
    if (guidance) {
        auto *bar = new QLineSeries;
        bar->setName(tr("Guidance (range bar)"));
        bar->setPen(ChartStyle::guidancePen(grey));
        addSeries(bar);
    }
    if (estimates) {
        auto *estimate = new QScatterSeries;
        estimate->setName(tr("Estimate / forecast (hollow, dashed)"));
        estimate->setMarkerSize(ChartStyle::estimateMarkerSize);
        estimate->setColor(Qt::white);
        estimate->setBorderColor(grey);
        addSeries(estimate);
    }
    if (projection) {
        auto *model = new QLineSeries;
        model->setName(tr("Model projection (dotted)"));
        model->setPen(ChartStyle::projectionPen(grey));
        addSeries(model);
    }
}

} // namespace capex::ui

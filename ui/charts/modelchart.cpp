#include "modelchart.h"

#include "chartstyle.h"
#include "parametertext.h"
#include "scenariodocument.h"
#include "translation.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QLogValueAxis>
#include <QValueAxis>
#include <QXYSeries>

#include <cmath>

namespace capex::ui {
namespace {

/// 1, 2 or 5 × 10^n near x: above it (`ceiling`) or nearest (Qt's AbstractDomain::niceNumber).
double niceNumber(double x, bool ceiling)
{
    const double z = std::pow(10.0, std::floor(std::log10(x)));
    const double q = x / z;
    if (ceiling)
        return (q <= 1.0 ? 1.0 : q <= 2.0 ? 2.0 : q <= 5.0 ? 5.0 : 10.0) * z;
    return (q < 1.5 ? 1.0 : q < 3.0 ? 2.0 : q < 7.0 ? 5.0 : 10.0) * z;
}

bool same(double a, double b) { return a == b || std::fabs(a - b) <= 1e-12 * std::max(std::fabs(a), std::fabs(b)); }

} // namespace

ModelChart::ModelChart(ScenarioDocument &document, QGraphicsItem *parent) : DashboardChart(parent), m_document(document)
{
    setAnimationOptions(QChart::NoAnimation);
    legend()->setAlignment(Qt::AlignBottom);
    setTitleFont(ChartStyle::titleFont());
    connect(&document, &ScenarioDocument::changed, this, &ModelChart::scenarioChanged);
    connect(&document, &ScenarioDocument::dragChanged, this, &DashboardChart::draftChanged);
    // A drag keeps axis ranges and kinds that still fit (see Fit): its end fits them exactly.
    connect(&document, &ScenarioDocument::dragChanged, this, [this](bool dragging) {
        if (!dragging)
            refresh();
    });
    // Year labels must not be elided: one tick a year where there is room, else every other year.
    connect(this, &QChart::plotAreaChanged, this, [this](const QRectF &area) {
        if (!m_yearAxis)
            return;
        const double interval = yearTickInterval(*m_yearAxis, area.width(), m_yearAxis->max() - m_yearAxis->min());
        if (m_yearAxis->tickInterval() != interval)
            m_yearAxis->setTickInterval(interval);
    });
    connect(&Translation::instance(), &Translation::languageChanged, this, [this] {
        retranslate();
        updatePoints();
        emit rebuilt();
    });
}

void ModelChart::refresh()
{
    if (hiddenOnScreen()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    updatePoints();
    emit rebuilt();
}

void ModelChart::scenarioChanged()
{
    if (awaitsMoreData())
        m_stale = true;
    else
        refresh();
}

void ModelChart::catchUp()
{
    if (m_stale)
        refresh();
}

bool ModelChart::hiddenOnScreen() const
{
    // A chart with no view, or one in a window not shown (exports, tests), is always kept
    // up to date: only a view the user could see but doesn't is worth skipping.
    const QList<QGraphicsView *> views = scene() ? scene()->views() : QList<QGraphicsView *>{};
    if (views.isEmpty())
        return false;
    for (const QGraphicsView *view : views)
        if (view->isVisible() || !view->window()->isVisible())
            return false;
    return true;
}

void ModelChart::setComparisons(const QList<std::pair<QString, const ModelResult *>> &others)
{
    m_comparisons = others;
    refresh();
}

QString ModelChart::sourcesFooter() const
{
    QStringList parts;
    for (const QString &name : citedParameters())
        if (auto spec = m_document.parameters().spec(name.toStdString())) {
            const QString source = localized(spec->sourceEn, spec->sourceZh);
            if (!source.isEmpty())
                parts << tr("%1: %2").arg(parameterLabel(spec->name, m_document.dataset()), source);
        }
    return tr("Model: Capex Lens projection of scenario “%1” (equations in docs/model.md). Sources: %2")
        .arg(m_document.displayName(), parts.join(QStringLiteral("; ")));
}

QValueAxis *ModelChart::makeYearAxis()
{
    auto *axis = new QValueAxis;
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickInterval(1);
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setMinorTickCount(0);
    axis->setGridLineVisible(false);
    axis->setTitleFont(ChartStyle::axisTitleFont());
    addAxis(axis, Qt::AlignBottom);
    m_yearAxis = axis;
    return axis;
}

void ModelChart::fitYearAxis(QValueAxis *axis) const
{
    const ParameterValues v = m_document.parameters().values();
    if (!same(axis->tickAnchor(), v.t0))
        axis->setTickAnchor(v.t0);
    if (!same(axis->min(), v.t0 - 0.3) || !same(axis->max(), v.horizon + 0.3))
        axis->setRange(v.t0 - 0.3, v.horizon + 0.3);
    const double interval = yearTickInterval(*axis, plotArea().width(), v.horizon - v.t0 + 0.6);
    if (!same(axis->tickInterval(), interval))
        axis->setTickInterval(interval);
}

void ModelChart::replacePoints(QXYSeries *series, const QList<QPointF> &points)
{
    if (series->count() != points.size() || series->points() != points)
        series->replace(points);
}

void ModelChart::fitValueAxis(QValueAxis *axis, double lo, double hi, Fit fit, int ticks)
{
    if (!(hi > lo)) // no span (or NaN): one unit above lo
        hi = lo + 1;
    if (fit == Fit::KeepWider) {
        if (axis->min() <= lo && axis->max() >= hi && axis->max() - axis->min() <= 2.5 * (hi - lo))
            return;
        // Each re-fit lays the chart out again (5–10 ms for a fan): a drag that keeps pushing
        // the data past an exact fit's edge would pay that every few steps. The nice range
        // of 1.5 × the span stays under the 2.5 × above.
        const double spare = 0.5 * (hi - lo);
        if (axis->max() < hi)
            hi += spare;
        if (axis->min() > lo)
            lo = lo >= 0 ? std::max(0.0, lo - spare) : lo - spare;
    }
    const double range = niceNumber(hi - lo, true);
    const double step = niceNumber(range / std::max(ticks - 1, 1), false);
    const double min = std::floor(lo / step) * step;
    const double max = std::ceil(hi / step) * step;
    const int count = static_cast<int>(std::lround((max - min) / step)) + 1;
    if (!same(axis->min(), min) || !same(axis->max(), max))
        axis->setRange(min, max);
    if (axis->tickCount() != count)
        axis->setTickCount(count);
}

void ModelChart::fitLogAxis(QLogValueAxis *axis, double lo, double hi, int maxLabels, Fit fit)
{
    lo = std::max(lo, 1e-300);
    if (fit == Fit::KeepWider && axis->min() <= lo && axis->max() >= hi
        && std::log10(axis->max() / axis->min()) <= std::log10(hi / lo) + 2)
        return;
    const double decades = std::ceil(std::log10(hi)) - std::floor(std::log10(lo));
    const int step = std::max(1, static_cast<int>(std::ceil(decades / maxLabels)));
    const double base = std::pow(10.0, step);
    if (!same(axis->base(), base))
        axis->setBase(base);
    const double low = std::pow(base, std::floor(std::log10(lo) / step));
    const double high = std::max(std::pow(base, std::ceil(std::log10(hi) / step)), low * base);
    if (!same(axis->min(), low) || !same(axis->max(), high))
        axis->setRange(low, high);
    if (axis->minorTickCount() != (step == 1 ? 8 : 0))
        axis->setMinorTickCount(step == 1 ? 8 : 0);
}

ModelChart::Fit ModelChart::fitFor(const ScenarioDocument &document)
{
    return document.isDragging() ? Fit::KeepWider : Fit::Exact;
}

void ModelChart::hoverText(QXYSeries *series, std::function<QString(int)> text)
{
    connect(series, &QXYSeries::hovered, this, [this, series, text](const QPointF &point, bool state) {
        if (!state) {
            emit pointHovered({}, false);
            return;
        }
        int best = -1;
        double distance = 0;
        for (int i = 0; i < series->count(); ++i) {
            const double d = std::fabs(series->at(i).x() - point.x());
            if (best < 0 || d < distance)
                best = i, distance = d;
        }
        if (best >= 0)
            emit pointHovered(text(best), true);
    });
}

} // namespace capex::ui

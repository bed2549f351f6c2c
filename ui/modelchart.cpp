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

/// Every year if its label fits with room to spare, else every 2nd, 5th or 10th: a label
/// cut to "…" tells nobody anything.
int yearTickInterval(const QValueAxis &axis, double width, double span)
{
    if (width <= 0 || span <= 0)
        return 1;
    const double perYear = width / span;
    const double needed = QFontMetricsF(axis.labelsFont()).horizontalAdvance(QStringLiteral("2030")) * 1.6;
    for (int step : {1, 2, 5})
        if (perYear * step >= needed)
            return step;
    return 10;
}

} // namespace

ModelChart::ModelChart(ScenarioDocument &document, QGraphicsItem *parent) : DashboardChart(parent), m_document(document)
{
    setAnimationOptions(QChart::NoAnimation);
    legend()->setAlignment(Qt::AlignBottom);
    setTitleFont(ChartStyle::titleFont());
    connect(&document, &ScenarioDocument::changed, this, &ModelChart::refresh);
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
    return tr("Model: Capex Lens projection of scenario “%1” (equations in core/model/README.md). Sources: %2")
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
    axis->setTickAnchor(v.t0);
    axis->setRange(v.t0 - 0.3, v.horizon + 0.3);
    axis->setTickInterval(yearTickInterval(*axis, plotArea().width(), v.horizon - v.t0 + 0.6));
}

void ModelChart::fitLogAxis(QLogValueAxis *axis, double lo, double hi, int maxLabels)
{
    lo = std::max(lo, 1e-300);
    const double decades = std::ceil(std::log10(hi)) - std::floor(std::log10(lo));
    const int step = std::max(1, static_cast<int>(std::ceil(decades / maxLabels)));
    const double base = std::pow(10.0, step);
    axis->setBase(base);
    const double low = std::pow(base, std::floor(std::log10(lo) / step));
    const double high = std::pow(base, std::ceil(std::log10(hi) / step));
    axis->setRange(low, std::max(high, low * base));
    axis->setMinorTickCount(step == 1 ? 8 : 0);
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

#include "overbuildmapchart.h"

#include "chartstyle.h"
#include "parametertext.h"
#include "scenariodocument.h"
#include "translation.h"

#include <QGraphicsSceneHoverEvent>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QValueAxis>

#include <cmath>

namespace capex::ui {

/// The cells, the threshold line and the colour bar, painted in chart coordinates: vector
/// shapes, so the SVG and PDF exports stay sharp.
class HeatmapItem : public QGraphicsObject
{
public:
    explicit HeatmapItem(OverbuildMapChart *chart)
        : QGraphicsObject(chart), m_chart(chart)
    {
        setAcceptHoverEvents(true);
        setZValue(1); // above the plot background, under the series
    }

    QRectF boundingRect() const override
    {
        const QRectF area = m_chart->plotArea();
        return area.adjusted(0, 0, barGap + barWidth + 60, 0);
    }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        const GridResult &g = m_chart->m_grid;
        const std::size_t nx = g.xValues.size(), ny = g.yValues.size();
        if (nx < 2 || ny < 2)
            return;
        painter->setPen(Qt::NoPen);
        // Each cell spans half-way to its neighbours, so the values sit at the cell centres.
        auto edge = [](const std::vector<double> &v, std::size_t k, bool upper) {
            if (upper)
                return k + 1 < v.size() ? (v[k] + v[k + 1]) / 2 : v[k];
            return k > 0 ? (v[k - 1] + v[k]) / 2 : v[k];
        };
        for (std::size_t j = 0; j < ny; ++j)
            for (std::size_t i = 0; i < nx; ++i) {
                const QPointF a = m_chart->mapToPosition({edge(g.xValues, i, false), edge(g.yValues, j, false)});
                const QPointF b = m_chart->mapToPosition({edge(g.xValues, i, true), edge(g.yValues, j, true)});
                // A hair wider than the cell, so no seam shows between neighbours.
                painter->fillRect(QRectF(a, b).normalized().adjusted(-0.3, -0.3, 0.3, 0.3), m_chart->colorOf(g.at(i, j)));
            }
        paintThreshold(painter, g);
        paintColourBar(painter);
    }

    /// The plot area moved or resized: the bounding rectangle follows it.
    void plotAreaMoved()
    {
        prepareGeometryChange();
        update();
    }

    /// The cell under a point in item coordinates.
    std::optional<std::pair<std::size_t, std::size_t>> cellAt(QPointF position) const
    {
        const GridResult &g = m_chart->m_grid;
        if (g.xValues.size() < 2 || g.yValues.size() < 2 || !m_chart->plotArea().contains(position))
            return std::nullopt;
        const QPointF value = m_chart->mapToValue(position);
        auto nearest = [](const std::vector<double> &v, double x) {
            std::size_t best = 0;
            for (std::size_t k = 1; k < v.size(); ++k)
                if (std::fabs(v[k] - x) < std::fabs(v[best] - x))
                    best = k;
            return best;
        };
        return std::pair {nearest(g.xValues, value.x()), nearest(g.yValues, value.y())};
    }

protected:
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override
    {
        if (auto cell = cellAt(event->pos()))
            emit m_chart->pointHovered(m_chart->cellText(cell->first, cell->second), true);
        else
            emit m_chart->pointHovered(QString(), false);
    }
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *) override { emit m_chart->pointHovered(QString(), false); }

private:
    static constexpr double barGap = 14;
    static constexpr double barWidth = 12;

    /// Marching squares on the cell centres: a segment wherever the output crosses the
    /// threshold inside a square of four neighbouring values.
    void paintThreshold(QPainter *painter, const GridResult &g) const
    {
        const double t = m_chart->m_threshold;
        painter->setPen(QPen(QColor(0x11, 0x11, 0x11), 2.2));
        auto crossing = [&](std::size_t i0, std::size_t j0, std::size_t i1, std::size_t j1) -> std::optional<QPointF> {
            const auto a = g.at(i0, j0), b = g.at(i1, j1);
            if (!a || !b || (*a - t) * (*b - t) > 0 || *a == *b)
                return std::nullopt;
            const double f = (t - *a) / (*b - *a);
            const double x = g.xValues[i0] + (g.xValues[i1] - g.xValues[i0]) * f;
            const double y = g.yValues[j0] + (g.yValues[j1] - g.yValues[j0]) * f;
            return m_chart->mapToPosition({x, y});
        };
        for (std::size_t j = 0; j + 1 < g.yValues.size(); ++j)
            for (std::size_t i = 0; i + 1 < g.xValues.size(); ++i) {
                QList<QPointF> points;
                for (auto p : {crossing(i, j, i + 1, j), crossing(i + 1, j, i + 1, j + 1), crossing(i, j + 1, i + 1, j + 1),
                         crossing(i, j, i, j + 1)})
                    if (p)
                        points << *p;
                if (points.size() >= 2)
                    painter->drawLine(points[0], points[1]);
                if (points.size() == 4)
                    painter->drawLine(points[2], points[3]);
            }
    }

    void paintColourBar(QPainter *painter) const
    {
        const QRectF area = m_chart->plotArea();
        const QRectF bar(area.right() + barGap, area.top() + area.height() * 0.1, barWidth, area.height() * 0.8);
        const int bands = 60;
        painter->setPen(Qt::NoPen);
        const bool ratio = m_chart->m_options.output == ModelOutput::PlanToRequiredRatio;
        auto valueAt = [&](double f) { // f: 0 at the bottom, 1 at the top
            const double d = (f * 2 - 1) * m_chart->m_spread;
            return ratio ? m_chart->m_threshold * std::pow(2.0, d) : m_chart->m_threshold + d;
        };
        for (int k = 0; k < bands; ++k) {
            const double f = (k + 0.5) / bands;
            const QRectF slice(bar.left(), bar.bottom() - bar.height() * (k + 1) / bands, bar.width(), bar.height() / bands + 0.5);
            painter->fillRect(slice, m_chart->colorOf(valueAt(f)));
        }
        painter->setPen(QPen(QColor(0x66, 0x66, 0x66), 0.8));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(bar);
        QFont font = ChartStyle::axisTitleFont();
        font.setPointSizeF(font.pointSizeF() * 0.85);
        painter->setFont(font);
        const NumberFormat format = Translation::instance().format(2);
        for (double f : {0.0, 0.25, 0.5, 0.75, 1.0}) {
            const double y = bar.bottom() - bar.height() * f;
            const double v = valueAt(f);
            const QString text = ratio ? QString::fromStdString(format.factor(v)) : QString::fromStdString(format.number(v));
            painter->drawLine(QPointF(bar.right(), y), QPointF(bar.right() + 3, y));
            painter->drawText(QRectF(bar.right() + 5, y - 8, 60, 16), Qt::AlignLeft | Qt::AlignVCenter, text);
        }
    }

    OverbuildMapChart *m_chart;
};

OverbuildMapChart::OverbuildMapChart(ScenarioDocument &document, QGraphicsItem *parent)
    : ModelChart(document, parent), m_x(new QValueAxis), m_y(new QValueAxis), m_current(new QScatterSeries),
      m_thresholdKey(new QLineSeries), m_heatmap(nullptr)
{
    m_x->setTitleFont(ChartStyle::axisTitleFont());
    m_y->setTitleFont(ChartStyle::axisTitleFont());
    addAxis(m_x, Qt::AlignBottom);
    addAxis(m_y, Qt::AlignLeft);
    m_current->setMarkerShape(QScatterSeries::MarkerShapeStar);
    m_current->setMarkerSize(16);
    m_current->setColor(Qt::black);
    m_current->setBorderColor(Qt::white);
    m_thresholdKey->setPen(QPen(QColor(0x11, 0x11, 0x11), 2.2));
    for (QXYSeries *s : std::initializer_list<QXYSeries *> {m_current, m_thresholdKey}) {
        addSeries(s);
        s->attachAxis(m_x);
        s->attachAxis(m_y);
    }
    m_heatmap = new HeatmapItem(this);
    // Room on the right for the colour bar and its labels.
    setMargins(QMargins(4, 4, 78, 4));
    connect(this, &QChart::plotAreaChanged, m_heatmap, [this] { m_heatmap->plotAreaMoved(); });
    hoverText(m_current, [this](int) {
        const YearRow *row = m_document.result().year(year());
        const double value = row ? row->value(m_options.output).value_or(std::nan("")) : std::nan("");
        const NumberFormat f = Translation::instance().format(3);
        return tr("<b>Current scenario</b><br/>%1: %2").arg(QString::fromStdString(outputName(m_options.output)),
            std::isnan(value) ? tr("not defined") : QString::fromStdString(f.number(value)));
    });
    retranslate();
    updatePoints();
}

OverbuildMapChart::~OverbuildMapChart() = default;

void OverbuildMapChart::configure(const Options &options)
{
    m_options = options;
    retranslate();
    updatePoints();
}

int OverbuildMapChart::year() const
{
    const ModelParameters &p = m_document.parameters();
    const int wanted = m_options.year > 0 ? m_options.year : p.t0() + 5;
    return std::clamp(wanted, p.t0(), p.horizon());
}

QStringList OverbuildMapChart::citedParameters() const
{
    return {m_options.x, m_options.y};
}

double OverbuildMapChart::shareAbove() const
{
    int above = 0, cells = 0;
    for (const auto &v : m_grid.values)
        if (v) {
            ++cells;
            above += *v > m_threshold;
        }
    return cells ? static_cast<double>(above) / cells : std::nan("");
}

QColor OverbuildMapChart::colorOf(std::optional<double> value) const
{
    if (!value || !std::isfinite(*value))
        return QColor(0xBB, 0xBB, 0xBB);
    const bool ratio = m_options.output == ModelOutput::PlanToRequiredRatio;
    double d = ratio ? (*value > 0 && m_threshold > 0 ? std::log2(*value / m_threshold) : -m_spread) : *value - m_threshold;
    d = std::clamp(d / m_spread, -1.0, 1.0);
    // Blue (below: short) – white – red (above: over-built), ColorBrewer RdBu ends.
    const QColor low(0x21, 0x66, 0xAC), mid(0xF7, 0xF7, 0xF7), high(0xB2, 0x18, 0x2B);
    const QColor &end = d < 0 ? low : high;
    const double f = std::fabs(d);
    return QColor::fromRgbF(mid.redF() + (end.redF() - mid.redF()) * f, mid.greenF() + (end.greenF() - mid.greenF()) * f,
                            mid.blueF() + (end.blueF() - mid.blueF()) * f);
}

QString OverbuildMapChart::cellText(std::size_t i, std::size_t j) const
{
    const ModelParameters &p = m_document.parameters();
    const auto xs = p.spec(m_options.x.toStdString()), ys = p.spec(m_options.y.toStdString());
    if (!xs || !ys || i >= m_grid.xValues.size() || j >= m_grid.yValues.size())
        return {};
    const NumberFormat f = Translation::instance().format(3);
    const auto value = m_grid.at(i, j);
    QString text = QStringLiteral("<b>%1</b> %2<br/><b>%3</b> %4<br/>")
                       .arg(parameterLabel(xs->name, m_document.dataset()).toHtmlEscaped(),
                            parameterValueText(*xs, m_grid.xValues[i]).toHtmlEscaped(),
                            parameterLabel(ys->name, m_document.dataset()).toHtmlEscaped(),
                            parameterValueText(*ys, m_grid.yValues[j]).toHtmlEscaped());
    const QString year = QString::number(m_grid.year);
    if (m_options.output == ModelOutput::PlanToRequiredRatio) {
        if (!value)
            return text + tr("Plan ÷ required in %1: not defined (nothing required)").arg(year);
        text += tr("Plan ÷ required in %1: %2").arg(year, QString::fromStdString(f.factor(*value)));
        text += QStringLiteral("<br/>") + (*value > 1 ? tr("Over-built: the plan exceeds what demand requires")
                                                      : tr("Short: demand requires more than the plan"));
        return text;
    }
    return text + tr("%1 in %2: %3").arg(QString::fromStdString(outputName(m_options.output)), year,
                                        value ? QString::fromStdString(f.number(*value)) : tr("not defined"));
}

void OverbuildMapChart::updatePoints()
{
    const ModelParameters &p = m_document.parameters();
    GridOptions options;
    options.x = m_options.x.toStdString();
    options.y = m_options.y.toStdString();
    options.steps = m_options.steps;
    options.output = m_options.output;
    options.year = year();
    auto grid = Grid::run(p, options);
    m_grid = grid.ok() ? std::move(grid).value() : GridResult {};

    const auto xs = p.spec(options.x), ys = p.spec(options.y);
    if (xs && ys && !m_grid.xValues.empty()) {
        fitValueAxis(m_x, xs->low, xs->high, Fit::Exact);
        fitValueAxis(m_y, ys->low, ys->high, Fit::Exact);
        m_x->setRange(xs->low, xs->high);
        m_y->setRange(ys->low, ys->high);
        // The current scenario, pinned to the map's edge when it lies outside the plausible range.
        replacePoints(m_current, {{std::clamp(xs->value, xs->low, xs->high), std::clamp(ys->value, ys->low, ys->high)}});
    } else {
        replacePoints(m_current, {});
    }
    // The colours centre on the threshold: 1 for the ratio (a factor of 4 either way gets full
    // colour), else the current scenario's output (the largest deviation gets full colour).
    if (m_options.output == ModelOutput::PlanToRequiredRatio) {
        m_threshold = 1;
        m_spread = 2; // log2: ÷4 … ×4
    } else {
        const YearRow *row = m_document.result().year(year());
        m_threshold = row ? row->value(m_options.output).value_or(0.0) : 0.0;
        double spread = 0;
        for (const auto &v : m_grid.values)
            if (v && std::isfinite(*v))
                spread = std::max(spread, std::fabs(*v - m_threshold));
        m_spread = spread > 0 ? spread : 1;
    }
    if (m_heatmap)
        m_heatmap->update();
}

void OverbuildMapChart::retranslate()
{
    const ModelParameters &p = m_document.parameters();
    const QString output = m_options.output == ModelOutput::PlanToRequiredRatio
        ? tr("planned ÷ required AI capex")
        : QString::fromStdString(outputName(m_options.output));
    setTitle(tr("Over-build map: %1 in %2").arg(output).arg(year()));
    m_x->setTitleText(parameterLabel(m_options.x.toStdString(), m_document.dataset()));
    const QString yTitle = parameterLabel(m_options.y.toStdString(), m_document.dataset());
    setAxisTitle(m_y, yTitle, QString::fromStdString(m_options.y.toStdString()).section(QLatin1Char('.'), 0, 0));
    m_current->setName(tr("Current scenario"));
    m_thresholdKey->setName(m_options.output == ModelOutput::PlanToRequiredRatio
                                ? tr("Plan = required: over-built above (red), short below (blue)")
                                : tr("Equal to the current scenario"));
    (void)p;
}

} // namespace capex::ui

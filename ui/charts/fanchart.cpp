#include "fanchart.h"

#include "chartstyle.h"
#include "logaxislabels.h"
#include "scenariodocument.h"
#include "translation.h"

#include <QAreaSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QTimer>
#include <QValueAxis>

#include <cmath>

namespace capex::ui {

FanChart::FanChart(ScenarioDocument &document, ModelOutput output, QGraphicsItem *parent)
    : ModelChart(document, parent), m_output(output), m_p5(new QLineSeries(this)), m_p25(new QLineSeries(this)),
      m_p50(new QLineSeries), m_p75(new QLineSeries(this)), m_p95(new QLineSeries(this)), m_deterministic(new QLineSeries),
      m_outer(new QAreaSeries(m_p95, m_p5)), m_inner(new QAreaSeries(m_p75, m_p25)), m_y(new QValueAxis),
      m_logY(new QLogValueAxis), m_resultTimer(new QTimer(this))
{
    // A result that is late (a large run, or a busy machine) does not hold the line up.
    m_resultTimer->setSingleShot(true);
    m_resultTimer->setInterval(resultWait);
    connect(m_resultTimer, &QTimer::timeout, this, &ModelChart::catchUp);
    const QColor color(0x00, 0x72, 0xB2);
    QColor outer = color, inner = color;
    outer.setAlpha(45);
    inner.setAlpha(95);
    m_outer->setBrush(outer);
    m_outer->setPen(Qt::NoPen);
    m_inner->setBrush(inner);
    m_inner->setPen(Qt::NoPen);
    m_p50->setPen(QPen(color.darker(130), 2.5));
    m_deterministic->setPen(QPen(QColor(0xD5, 0x5E, 0x00), 2.0, Qt::DashLine));
    for (QAbstractSeries *s : std::initializer_list<QAbstractSeries *>{m_outer, m_inner, m_p50, m_deterministic})
        addSeries(s);
    // Four fans share a page with the tornado: a smaller title leaves them room to plot.
    QFont title = ChartStyle::titleFont();
    title.setPointSizeF(10.5);
    setTitleFont(title);
    m_x = makeYearAxis();
    m_y->setTitleFont(ChartStyle::axisTitleFont());
    addAxis(m_y, Qt::AlignLeft);
    m_logY->setMinorGridLinePen(ChartStyle::minorGridPen());
    m_logY->setTitleFont(ChartStyle::axisTitleFont());
    m_logY->setVisible(false);
    addAxis(m_logY, Qt::AlignLeft);
    LogAxisLabels::attach(*this, m_logY);
    for (QAbstractSeries *s : series()) {
        s->attachAxis(m_x);
        s->attachAxis(m_y);
    }
    auto text = [this](int i) {
        const NumberFormat f = Translation::instance().format(3);
        auto fmt = [&](double v) {
            if (!std::isfinite(v))
                return tr("n/a");
            return QString::fromStdString(m_output == ModelOutput::RequiredAiCapexUsd ? f.money(v, "USD")
                                          : m_output == ModelOutput::PlanToRequiredRatio ? f.factor(v)
                                                                                         : f.number(v));
        };
        const auto &rows = m_document.result().years;
        if (i < 0 || i >= static_cast<int>(rows.size()))
            return QString();
        QString t = tr("<b>%1</b><br/>Deterministic: %2").arg(rows[static_cast<std::size_t>(i)].year).arg(fmt(rows[static_cast<std::size_t>(i)].value(m_output).value_or(NAN)));
        if (m_result && i < static_cast<int>(m_result->years.size())) {
            const Percentiles &p = percentiles(m_result->years[static_cast<std::size_t>(i)], m_output);
            t += QStringLiteral("<br/>") + tr("P5 %1 · P25 %2 · P50 %3 · P75 %4 · P95 %5")
                                               .arg(fmt(p.p5), fmt(p.p25), fmt(p.p50), fmt(p.p75), fmt(p.p95));
        }
        return t;
    };
    hoverText(m_p50, text);
    hoverText(m_deterministic, text);

    retranslate();
    updatePoints();
}

QString FanChart::chartId() const
{
    return QStringLiteral("fan-") + QString::fromLatin1(outputName(m_output)).replace(QLatin1Char('_'), QLatin1Char('-'));
}

const Percentiles &FanChart::percentiles(const MonteCarloYear &year, ModelOutput output)
{
    switch (output) {
    case ModelOutput::SpendIndex: return year.spendIndex;
    case ModelOutput::RequiredH100e: return year.requiredH100e;
    case ModelOutput::PlanToRequiredRatio: return year.planToRequiredRatio;
    default: return year.requiredAiCapexUsd;
    }
}

double FanChart::scale() const
{
    const bool chinese = Translation::instance().language() == Language::Chinese;
    switch (m_output) {
    case ModelOutput::RequiredH100e: return chinese ? 1e4 : 1e6;
    case ModelOutput::RequiredAiCapexUsd: return chinese ? 1e8 : 1e9;
    default: return 1.0;
    }
}

QStringList FanChart::citedParameters() const
{
    QStringList names;
    for (const QString &n : m_document.uncertain())
        names << n;
    return names;
}

QString FanChart::sourcesFooter() const
{
    QString text = ModelChart::sourcesFooter();
    if (m_result)
        text += QLatin1Char(' ')
            + tr("Monte Carlo: %1 runs, seed %2, triangular draws (low, current value, high) of: %3.")
                  .arg(m_result->runs)
                  .arg(m_result->seed)
                  .arg(m_document.uncertain().join(QStringLiteral(", ")));
    return text;
}

void FanChart::setResult(const std::optional<MonteCarloResult> &result)
{
    m_result = result;
    m_resultTimer->stop();
    refresh();
}

void FanChart::setRunsFollowChanges(bool follow)
{
    m_runsFollow = follow;
}

bool FanChart::awaitsMoreData()
{
    if (m_runsFollow)
        m_resultTimer->start();
    return m_runsFollow;
}

void FanChart::updatePoints()
{
    const double s = scale();
    QList<QPointF> deterministic;
    double hi = 0;
    double lowest = INFINITY; // the smallest positive value drawn, for the log axis
    double deterministicPeak = 0, medianPeak = 0; // the central lines' largest values
    auto note = [&](double v) {
        hi = std::max(hi, v);
        if (v > 0)
            lowest = std::min(lowest, v);
    };
    for (const auto &r : m_document.result().years)
        if (auto v = r.value(m_output); v && std::isfinite(*v)) {
            deterministic.append({static_cast<double>(r.year), *v / s});
            note(*v / s);
            deterministicPeak = std::max(deterministicPeak, *v / s);
        }
    QList<QPointF> p5, p25, p50, p75, p95;
    if (m_result)
        for (const MonteCarloYear &y : m_result->years) {
            const Percentiles &p = percentiles(y, m_output);
            if (!std::isfinite(p.p95) || !std::isfinite(p.p5))
                continue;
            const double x = y.year;
            p5.append({x, p.p5 / s});
            p25.append({x, p.p25 / s});
            p50.append({x, p.p50 / s});
            p75.append({x, p.p75 / s});
            p95.append({x, p.p95 / s});
            for (double v : {p.p5, p.p95})
                note(v / s);
            medianPeak = std::max(medianPeak, p.p50 / s);
        }
    // The lower of the two central lines decides: a deterministic line far above the median
    // (an elasticity above 1 with cost decline drawn) left the median flat along zero.
    const double central = p50.isEmpty() ? deterministicPeak : std::min(deterministicPeak, medianPeak);
    // A fan whose upper tail runs more than 20 times above its median or its deterministic
    // line is drawn on a log axis: on a linear one that line and the lower band would lie
    // flat along zero. During a slider drag the axis keeps its kind: near the
    // threshold each step's runs would flip it (and lay the whole chart out) back and forth.
    const bool log = m_document.isDragging() ? m_log : central > 0 && std::isfinite(lowest) && hi / central > 20;
    if (log != m_log) {
        m_log = log;
        QAbstractAxis *from = log ? static_cast<QAbstractAxis *>(m_y) : m_logY;
        QAbstractAxis *to = log ? static_cast<QAbstractAxis *>(m_logY) : m_y;
        for (QAbstractSeries *series : series()) {
            series->detachAxis(from);
            series->attachAxis(to);
        }
        from->setVisible(false);
        to->setVisible(true);
    }
    if (log) {
        // Values at or below zero cannot be placed on a log axis: they sit on its floor.
        const double floor = lowest;
        for (QList<QPointF> *points : {&deterministic, &p5, &p25, &p50, &p75, &p95})
            for (QPointF &point : *points)
                point.setY(std::max(point.y(), floor));
    }
    replacePoints(m_deterministic, deterministic);
    replacePoints(m_p5, p5);
    replacePoints(m_p25, p25);
    replacePoints(m_p50, p50);
    replacePoints(m_p75, p75);
    replacePoints(m_p95, p95);
    if (log) {
        fitLogAxis(m_logY, lowest, hi, 5, fit());
        if (m_logY->minorTickCount() != 0)
            m_logY->setMinorTickCount(0); // a fan spans decades: minor lines would only hatch it
    } else {
        fitValueAxis(m_y, 0, hi > 0 ? hi * 1.05 : 1, fit());
        setLabelFormat(m_y, m_y->max() >= 100 ? QStringLiteral("%.0f") : QStringLiteral("%.2f"));
    }
    fitYearAxis(m_x);
}

void FanChart::retranslate()
{
    const bool chinese = Translation::instance().language() == Language::Chinese;
    // Each axis title with a brief form for a fan too low for it (four share a laptop's page).
    QString unit, brief;
    switch (m_output) {
    case ModelOutput::SpendIndex:
        setTitle(tr("Spend index: range of outcomes"));
        unit = tr("Index, base year = 1");
        brief = tr("Index", "brief axis title");
        break;
    case ModelOutput::RequiredH100e:
        setTitle(tr("Required fleet: range of outcomes"));
        unit = chinese ? tr("H100 equivalents, tens of thousands", "axis unit: 万张H100等效") : tr("H100 equivalents, millions");
        brief = chinese ? tr("H100e, tens of thousands", "brief axis unit: 万张H100e") : tr("Million H100e");
        break;
    case ModelOutput::PlanToRequiredRatio:
        setTitle(tr("Planned ÷ required AI capex: range of outcomes"));
        unit = tr("Plan ÷ required (×)");
        brief = tr("Plan ÷ req. (×)", "brief axis title");
        break;
    default:
        setTitle(tr("Required AI capex: range of outcomes"));
        unit = chinese ? tr("USD, hundreds of millions", "axis unit: 亿美元") : tr("USD billions");
        brief = chinese ? unit : tr("USD bn", "brief axis unit");
        break;
    }
    setAxisTitle(m_y, unit, brief);
    setAxisTitle(m_logY, tr("%1 (log scale)").arg(unit), tr("%1 (log)", "brief axis title on a log scale").arg(brief));
    m_outer->setName(tr("P5–P95"));
    m_inner->setName(tr("P25–P75"));
    m_p50->setName(tr("Median (P50)"));
    m_deterministic->setName(tr("Deterministic projection"));
    m_x->setTitleText(tr("Year"));
    for (QLegendMarker *m : legend()->markers(m_p50))
        m->setVisible(true);
}

} // namespace capex::ui

#include "capexmodelchart.h"

#include "chartstyle.h"
#include "scenariodocument.h"
#include "translation.h"

#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

namespace capex::ui {

CapexModelChart::CapexModelChart(ScenarioDocument &document, QGraphicsItem *parent)
    : ModelChart(document, parent), m_required(new QLineSeries), m_planned(new QLineSeries), m_ceiling(new QLineSeries),
      m_ratio(new QLineSeries), m_parity(new QLineSeries), m_y(new QValueAxis), m_ratioAxis(new QValueAxis)
{
    m_required->setPen(QPen(QColor(0xD5, 0x5E, 0x00), 3));
    m_planned->setPen(QPen(QColor(0x00, 0x72, 0xB2), 3));
    m_ceiling->setPen(QPen(QColor(0xCC, 0x00, 0x00), 1.5, Qt::DotLine));
    m_ratio->setPen(QPen(QColor(0x55, 0x55, 0x55), 1.6, Qt::DashLine));
    m_parity->setPen(QPen(QColor(0xAA, 0xAA, 0xAA), 1, Qt::DotLine));
    m_required->setPointsVisible(true);
    m_planned->setPointsVisible(true);
    // The plan's band (guided ranges, carried forward on the plan's growth) under the lines,
    // and the faded years drawn dashed: where the guidance ends and the fade begins.
    m_bandLow = new QLineSeries(this);
    m_bandHigh = new QLineSeries(this);
    m_band = new QAreaSeries(m_bandHigh, m_bandLow);
    m_band->setPen(Qt::NoPen);
    m_band->setBrush(QColor(0x00, 0x72, 0xB2, 45));
    addSeries(m_band);
    m_faded = new QLineSeries;
    m_faded->setPen(QPen(QColor(0x00, 0x72, 0xB2), 2.5, Qt::DashLine));
    m_faded->setPointsVisible(true);
    for (QLineSeries *s : {m_required, m_planned, m_faded, m_ceiling, m_ratio, m_parity})
        addSeries(s);
    m_x = makeYearAxis();
    m_y->setTitleFont(ChartStyle::axisTitleFont());
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    m_ratioAxis->setTitleFont(ChartStyle::axisTitleFont());
    m_ratioAxis->setLabelFormat(QStringLiteral("%.1f"));
    addAxis(m_y, Qt::AlignLeft);
    addAxis(m_ratioAxis, Qt::AlignRight);
    for (QAbstractSeries *s : std::initializer_list<QAbstractSeries *> {m_band, m_required, m_planned, m_faded, m_ceiling}) {
        s->attachAxis(m_x);
        s->attachAxis(m_y);
    }
    for (QLineSeries *s : {m_ratio, m_parity}) {
        s->attachAxis(m_x);
        s->attachAxis(m_ratioAxis);
    }
    hideFromLegend(m_parity);
    auto rowText = [this](int i) {
        const auto &rows = m_document.result().years;
        if (i < 0 || i >= static_cast<int>(rows.size()))
            return QString();
        const auto &r = rows[static_cast<std::size_t>(i)];
        const NumberFormat f = Translation::instance().format(3);
        auto money = [&](double v) { return QString::fromStdString(f.money(v, "USD")); };
        QString text = tr("<b>%1</b><br/>Required AI capex %2<br/>Planned AI capex %3")
                           .arg(r.year)
                           .arg(money(r.requiredAiCapexUsd), money(r.plannedAiCapexUsd));
        if (r.plannedLowUsd && r.plannedHighUsd)
            text += QStringLiteral("<br/>") + tr("Plan's range %1 – %2").arg(money(*r.plannedLowUsd), money(*r.plannedHighUsd));
        const int guided = lastGuidedYear();
        if (guided > 0)
            text += QStringLiteral("<br/>")
                + (r.year <= guided ? tr("Actuals and guidance up to %1").arg(guided)
                                    : tr("Faded: growth falls to %1 a year over %2 years after %3")
                                          .arg(QString::fromStdString(f.percent(m_document.parameters().get(Parameter::PlanLongRunGrowth))))
                                          .arg(static_cast<int>(m_document.parameters().get(Parameter::PlanFadeYears)))
                                          .arg(guided));
        if (r.planToRequiredRatio)
            text += QStringLiteral("<br/>") + tr("Plan ÷ required: %1").arg(QString::fromStdString(f.factor(*r.planToRequiredRatio)));
        if (r.capped)
            text += QStringLiteral("<br/>") + tr("Ceiling binds at %1; wanted %2").arg(money(*r.capexCeilingUsd), money(r.wantedAiCapexUsd));
        return text;
    };
    for (QLineSeries *s : {m_required, m_planned, m_faded, m_ceiling, m_ratio})
        hoverText(s, rowText);
    hideFromLegend(m_band);
    retranslate();
    updatePoints();
}

double CapexModelChart::scale() const
{
    if (Translation::instance().language() != Language::Chinese)
        return 1e9;
    // 亿, and 万亿 from 1万亿 on: labels of five or six digits in 亿 ("300000") were wider than the
    // axis gets beside the ratio axis, and Qt Charts cut them to "3000…".
    double hi = 0;
    for (const auto &r : m_document.result().years)
        hi = std::max({hi, r.requiredAiCapexUsd, r.plannedAiCapexUsd});
    return hi >= 1e12 ? 1e12 : 1e8;
}

QString CapexModelChart::moneyUnit(bool brief) const
{
    if (Translation::instance().language() != Language::Chinese)
        return brief ? tr("USD bn", "brief axis unit") : tr("USD billions");
    return scale() == 1e12 ? tr("USD, trillions", "axis unit: 万亿美元") : tr("USD, hundreds of millions", "axis unit: 亿美元");
}

QStringList CapexModelChart::citedParameters() const
{
    QStringList names = {QStringLiteral("h100e_price"), QStringLiteral("accel_share"), QStringLiteral("capex_cap_share"),
                         QStringLiteral("ai_share"), QStringLiteral("plan_long_run_growth"),
                         QStringLiteral("plan_fade_years")};
    for (const std::string &id : m_document.parameters().selectedCompanies())
        names << QStringLiteral("capex_growth.") + QString::fromStdString(id);
    return names;
}

int CapexModelChart::lastGuidedYear() const
{
    const ModelResult &result = m_document.result();
    int last = 0;
    for (int year : result.lastGuidedYear)
        last = std::max(last, year);
    return last;
}

void CapexModelChart::updatePoints()
{
    const double s = scale();
    const auto &rows = m_document.result().years;
    const int guided = lastGuidedYear();
    QList<QPointF> required, planned, faded, ceiling, ratio, bandLow, bandHigh;
    double hi = 0, ratioHi = 1;
    bool binds = false;
    for (const auto &r : rows) {
        const double x = r.year;
        required.append({x, r.requiredAiCapexUsd / s});
        // The guided line runs to the last guided year, the faded one from there on.
        if (guided == 0 || r.year <= guided)
            planned.append({x, r.plannedAiCapexUsd / s});
        if (guided > 0 && r.year >= guided)
            faded.append({x, r.plannedAiCapexUsd / s});
        if (r.plannedLowUsd && r.plannedHighUsd) {
            bandLow.append({x, *r.plannedLowUsd / s});
            bandHigh.append({x, *r.plannedHighUsd / s});
            hi = std::max(hi, *r.plannedHighUsd / s);
        }
        if (r.capexCeilingUsd)
            ceiling.append({x, *r.capexCeilingUsd / s});
        binds = binds || r.capped;
        if (r.planToRequiredRatio && std::isfinite(*r.planToRequiredRatio)) {
            ratio.append({x, *r.planToRequiredRatio});
            ratioHi = std::max(ratioHi, *r.planToRequiredRatio);
        }
        hi = std::max({hi, r.requiredAiCapexUsd / s, r.plannedAiCapexUsd / s});
    }
    if (const QString unit = moneyUnit(); axisTitle(m_y) != unit)
        setAxisTitle(m_y, unit, moneyUnit(true));
    replacePoints(m_required, required);
    replacePoints(m_planned, planned);
    replacePoints(m_faded, faded);
    replacePoints(m_bandLow, bandLow);
    replacePoints(m_bandHigh, bandHigh);
    // The ceiling is drawn only when it binds somewhere: otherwise it would flatten the chart.
    replacePoints(m_ceiling, binds ? ceiling : QList<QPointF>());
    m_ceiling->setVisible(binds);
    for (QLegendMarker *m : legend()->markers(m_ceiling))
        m->setVisible(binds);
    replacePoints(m_ratio, ratio);

    while (m_compare.size() < m_comparisons.size()) {
        auto *line = new QLineSeries;
        line->setPen(QPen(ChartStyle::paletteColor(static_cast<int>(m_compare.size()) + 3), 1.6, Qt::DashLine));
        addSeries(line);
        line->attachAxis(m_x);
        line->attachAxis(m_y);
        m_compare.append(line);
    }
    for (int i = 0; i < m_compare.size(); ++i) {
        QList<QPointF> points;
        if (i < m_comparisons.size()) {
            for (const auto &r : m_comparisons.at(i).second->years) {
                points.append({static_cast<double>(r.year), r.requiredAiCapexUsd / s});
                hi = std::max(hi, r.requiredAiCapexUsd / s);
            }
            m_compare.at(i)->setName(tr("Required: %1").arg(m_comparisons.at(i).first));
        }
        replacePoints(m_compare.at(i), points);
        m_compare.at(i)->setVisible(i < m_comparisons.size());
        for (QLegendMarker *m : legend()->markers(m_compare.at(i)))
            m->setVisible(i < m_comparisons.size());
    }
    fitValueAxis(m_y, 0, hi > 0 ? hi * 1.08 : 1, fit());
    // In 万亿 the values are a few units: one decimal, or the ticks repeat ("1, 1, 2").
    setLabelFormat(m_y, m_y->max() < 10 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    fitValueAxis(m_ratioAxis, 0, std::min(ratioHi * 1.1, 20.0), fit());
    fitYearAxis(m_x);
    replacePoints(m_parity, {{m_x->min(), 1}, {m_x->max(), 1}});
}

void CapexModelChart::retranslate()
{
    setTitle(tr("AI capex: required by demand against planned"));
    m_required->setName(tr("Required AI capex (model)"));
    m_planned->setName(tr("Plan (guided)"));
    m_faded->setName(tr("Plan (fading)"));
    m_ceiling->setName(tr("Ceiling (share of world GDP) — binds"));
    m_ratio->setName(tr("Plan ÷ required (right axis)"));
    m_x->setTitleText(tr("Year"));
    setAxisTitle(m_y, moneyUnit(), moneyUnit(true));
    setAxisTitle(m_ratioAxis, tr("Plan ÷ required (×)"), tr("Plan ÷ req. (×)", "brief axis title"));
}

} // namespace capex::ui

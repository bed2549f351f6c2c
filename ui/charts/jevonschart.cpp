#include "jevonschart.h"

#include "chartstyle.h"
#include "logaxislabels.h"
#include "scenariodocument.h"
#include "translation.h"

#include <QAreaSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QValueAxis>

#include <cmath>

namespace capex::ui {

JevonsChart::JevonsChart(ScenarioDocument &document, QGraphicsItem *parent)
    : ModelChart(document, parent), m_price(new QLineSeries), m_demand(new QLineSeries), m_spend(new QLineSeries),
      m_one(new QLineSeries), m_backfireTop(new QLineSeries(this)), m_backfireBottom(new QLineSeries(this)),
      m_overbuiltTop(new QLineSeries(this)), m_overbuiltBottom(new QLineSeries(this)),
      m_backfire(new QAreaSeries(m_backfireTop, m_backfireBottom)),
      m_overbuilt(new QAreaSeries(m_overbuiltTop, m_overbuiltBottom)), m_y(new QLogValueAxis)
{
    m_backfire->setBrush(QColor(0xD5, 0x5E, 0x00, 28));
    m_backfire->setPen(Qt::NoPen);
    m_overbuilt->setBrush(QColor(0x00, 0x72, 0xB2, 22));
    m_overbuilt->setPen(Qt::NoPen);
    addSeries(m_backfire);
    addSeries(m_overbuilt);
    m_one->setPen(QPen(QColor(0x88, 0x88, 0x88), 1, Qt::DashLine));
    m_price->setPen(QPen(QColor(0x00, 0x72, 0xB2), 2.5));
    m_demand->setPen(QPen(QColor(0x00, 0x9E, 0x73), 2.5));
    m_spend->setPen(QPen(QColor(0xD5, 0x5E, 0x00), 3.5));
    for (QLineSeries *s : {m_one, m_price, m_demand, m_spend}) {
        s->setPointsVisible(s != m_one);
        addSeries(s);
    }
    m_x = makeYearAxis();
    m_y->setBase(10);
    m_y->setMinorTickCount(8);
    m_y->setMinorGridLinePen(ChartStyle::minorGridPen());
    m_y->setTitleFont(ChartStyle::axisTitleFont());
    addAxis(m_y, Qt::AlignLeft);
    LogAxisLabels::attach(*this, m_y);
    for (QAbstractSeries *s : series()) {
        s->attachAxis(m_x);
        s->attachAxis(m_y);
    }
    hideFromLegend(m_one);

    auto describe = [this](QLineSeries *series, const char *) {
        hoverText(series, [this, series](int i) {
            const auto &rows = m_document.result().years;
            if (i < 0 || i >= static_cast<int>(rows.size()))
                return QString();
            const auto &r = rows[static_cast<std::size_t>(i)];
            const NumberFormat f = Translation::instance().format(4);
            return tr("<b>%1</b> · %2<br/>Unit price %3 · Demand %4 · Spend %5")
                .arg(series->name())
                .arg(r.year)
                .arg(QString::fromStdString(f.number(r.unitCostIndex)), QString::fromStdString(f.number(r.demandIndex)),
                     QString::fromStdString(f.number(r.spendIndex)));
        });
    };
    describe(m_price, "price");
    describe(m_demand, "demand");
    describe(m_spend, "spend");
    retranslate();
    updatePoints();
}

QStringList JevonsChart::citedParameters() const
{
    return {QStringLiteral("cost_decline"), QStringLiteral("elasticity"), QStringLiteral("demand_growth"),
            QStringLiteral("shock_factor")};
}

void JevonsChart::updatePoints()
{
    const auto &rows = m_document.result().years;
    QList<QPointF> price, demand, spend;
    double lo = 1, hi = 1;
    for (const auto &r : rows) {
        price.append({static_cast<double>(r.year), r.unitCostIndex});
        demand.append({static_cast<double>(r.year), r.demandIndex});
        spend.append({static_cast<double>(r.year), r.spendIndex});
        for (double v : {r.unitCostIndex, r.demandIndex, r.spendIndex})
            if (v > 0)
                lo = std::min(lo, v), hi = std::max(hi, v);
    }
    replacePoints(m_price, price);
    replacePoints(m_demand, demand);
    replacePoints(m_spend, spend);
    // Compared scenarios: their spend index, thin and dashed.
    while (m_compare.size() < m_comparisons.size()) {
        auto *s = new QLineSeries;
        s->setPen(QPen(ChartStyle::paletteColor(static_cast<int>(m_compare.size()) + 3), 1.6, Qt::DashLine));
        addSeries(s);
        s->attachAxis(m_x);
        s->attachAxis(m_y);
        m_compare.append(s);
    }
    for (int i = 0; i < m_compare.size(); ++i) {
        QList<QPointF> points;
        if (i < m_comparisons.size()) {
            for (const auto &r : m_comparisons.at(i).second->years)
                points.append({static_cast<double>(r.year), r.spendIndex});
            m_compare.at(i)->setName(tr("Spend: %1").arg(m_comparisons.at(i).first));
            for (const auto &r : m_comparisons.at(i).second->years)
                if (r.spendIndex > 0)
                    lo = std::min(lo, r.spendIndex), hi = std::max(hi, r.spendIndex);
        }
        replacePoints(m_compare.at(i), points);
        m_compare.at(i)->setVisible(i < m_comparisons.size());
        for (QLegendMarker *m : legend()->markers(m_compare.at(i)))
            m->setVisible(i < m_comparisons.size());
    }
    fitLogAxis(m_y, lo, std::max(hi * 1.01, 10.0), 7, fit());
    fitYearAxis(m_x);
    const double x0 = m_x->min(), x1 = m_x->max();
    replacePoints(m_one, {{x0, 1}, {x1, 1}});
    replacePoints(m_backfireBottom, {{x0, 1}, {x1, 1}});
    replacePoints(m_backfireTop, {{x0, m_y->max()}, {x1, m_y->max()}});
    replacePoints(m_overbuiltTop, {{x0, 1}, {x1, 1}});
    replacePoints(m_overbuiltBottom, {{x0, m_y->min()}, {x1, m_y->min()}});
}

void JevonsChart::retranslate()
{
    setTitle(tr("Jevons paradox: price, demand and spend (index, %1 = 1)").arg(m_document.parameters().t0()));
    m_price->setName(tr("Unit price"));
    m_demand->setName(tr("Demand (work done)"));
    m_spend->setName(tr("Spend = price × demand"));
    m_backfire->setName(tr("Spend above base year: Jevons backfire"));
    m_overbuilt->setName(tr("Spend below base year: compute over-built"));
    m_x->setTitleText(tr("Year"));
    m_y->setTitleText(tr("Index (log scale)"));
}

QString JevonsChart::reading(const ScenarioDocument &document)
{
    const auto &rows = document.result().years;
    if (rows.size() < 2)
        return {};
    const auto &last = rows.back();
    const double years = static_cast<double>(rows.size() - 1);
    const double spendRate = std::pow(last.spendIndex, 1.0 / years) - 1.0;
    const double priceRate = 1.0 - std::pow(last.unitCostIndex, 1.0 / years);
    const double elasticity = document.parameters().get(Parameter::Elasticity);
    const NumberFormat f = Translation::instance().format(3);
    const QString spend = QString::fromStdString(f.percent(std::fabs(spendRate)));
    const QString price = QString::fromStdString(f.percent(priceRate));
    const QString e = QString::number(elasticity, 'g', 3);
    const QString regime = elasticity > 1 ? tr("elasticity %1 > 1: Jevons backfire, cheaper compute raises spend").arg(e)
                         : elasticity < 1 ? tr("elasticity %1 < 1: cheaper compute lowers spend, the over-built case").arg(e)
                                          : tr("elasticity 1: spend moves only with adoption");
    if (std::fabs(spendRate) < 0.0005)
        return tr("Spend stays flat as the price falls %1 a year (%2), %3–%4.").arg(price, regime).arg(rows.front().year).arg(last.year);
    return (spendRate > 0 ? tr("Spend grows %1 a year as the price falls %2 a year (%3), %4–%5.")
                          : tr("Spend falls %1 a year as the price falls %2 a year (%3), %4–%5."))
        .arg(spend, price, regime)
        .arg(rows.front().year)
        .arg(last.year);
}

} // namespace capex::ui

#include "fleetmodelchart.h"

#include "chartstyle.h"
#include "scenariodocument.h"
#include "translation.h"

#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <map>

namespace capex::ui {

FleetModelChart::FleetModelChart(ScenarioDocument &document, QGraphicsItem *parent)
    : ModelChart(document, parent), m_required(new QLineSeries), m_installed(new QLineSeries), m_new(new QLineSeries),
      m_retired(new QLineSeries), m_idle(new QLineSeries), m_reference(new QScatterSeries), m_y(new QValueAxis)
{
    m_required->setPen(QPen(QColor(0xD5, 0x5E, 0x00), 2.5, Qt::DashLine));
    m_installed->setPen(ChartStyle::actualPen(QColor(0x00, 0x72, 0xB2)));
    m_new->setPen(QPen(QColor(0x00, 0x9E, 0x73), 1.8));
    m_retired->setPen(QPen(QColor(0x88, 0x88, 0x88), 1.5, Qt::DotLine));
    m_idle->setPen(QPen(QColor(0xCC, 0x79, 0xA7), 2.0));
    m_reference->setMarkerSize(ChartStyle::estimateMarkerSize + 2);
    m_reference->setColor(Qt::white);
    m_reference->setBorderColor(Qt::black);
    m_reference->setPen(QPen(Qt::black, 2));
    m_new->setPointsVisible(true);
    for (QXYSeries *s : std::initializer_list<QXYSeries *>{m_required, m_installed, m_new, m_retired, m_idle, m_reference})
        addSeries(s);
    m_x = makeYearAxis();
    // The years speak for themselves: the row the axis title took is the plot's, which the
    // power series' legend entries and the second axis would otherwise squeeze on a laptop.
    m_x->setTitleVisible(false);
    m_y->setTitleFont(ChartStyle::axisTitleFont());
    addAxis(m_y, Qt::AlignLeft);
    for (QAbstractSeries *s : series()) {
        s->attachAxis(m_x);
        s->attachAxis(m_y);
    }
    // Power (equations 12–14) on its own axis on the right, in GW.
    m_installedPower = new QLineSeries;
    m_requiredPower = new QLineSeries;
    m_powerCeiling = new QLineSeries;
    m_installedPower->setPen(QPen(QColor(0x56, 0xB4, 0xE9), 2.0));
    m_requiredPower->setPen(QPen(QColor(0x56, 0xB4, 0xE9), 2.0, Qt::DashDotLine));
    m_powerCeiling->setPen(QPen(QColor(0xCC, 0x00, 0x00), 1.5, Qt::DotLine));
    m_powerAxis = new QValueAxis;
    m_powerAxis->setTitleFont(ChartStyle::axisTitleFont());
    addAxis(m_powerAxis, Qt::AlignRight);
    for (QLineSeries *line : {m_installedPower, m_requiredPower, m_powerCeiling}) {
        addSeries(line);
        line->attachAxis(m_x);
        line->attachAxis(m_powerAxis);
    }
    auto rowText = [this](int i) {
        const auto &rows = m_document.result().years;
        if (i < 0 || i >= static_cast<int>(rows.size()))
            return QString();
        const auto &r = rows[static_cast<std::size_t>(i)];
        const NumberFormat f = Translation::instance().format(3);
        auto n = [&](double v) { return QString::fromStdString(f.number(v)); };
        QString text = tr("<b>%1</b><br/>Required %2 · Installed %3 H100e<br/>New %4 · Retired %5 · Idle %6 · Unmet %7")
                           .arg(r.year)
                           .arg(n(r.requiredH100e), n(r.installedH100e), n(r.newH100e), n(r.retiredH100e),
                                n(r.idleH100e), n(r.unmetH100e));
        text += QStringLiteral("<br/>")
            + tr("Power: installed %1 GW, required %2 GW").arg(n(r.installedPowerGw), n(r.requiredPowerGw));
        if (r.powerCeilingGw)
            text += QStringLiteral("<br/>") + tr("Power ceiling %1 GW").arg(n(*r.powerCeilingGw));
        if (r.cappedBy == CapLimit::Power)
            text += QStringLiteral("<br/>") + tr("Purchases limited by the power ceiling");
        else if (r.cappedBy == CapLimit::Capex)
            text += QStringLiteral("<br/>") + tr("Purchases limited by the capex ceiling");
        return text;
    };
    for (QXYSeries *s : std::initializer_list<QXYSeries *>{m_required, m_installed, m_new, m_retired, m_idle,
             m_installedPower, m_requiredPower, m_powerCeiling})
        hoverText(s, rowText);
    hoverText(m_reference, [this](int i) { return m_referenceText.value(i); });
    retranslate();
    updatePoints();
}

double FleetModelChart::scale() const
{
    if (Translation::instance().language() != Language::Chinese)
        return 1e6;
    // 万, and 亿 from 1亿 H100e on: five-digit labels in 万 ("150000") are wider than the axis
    // gets beside the power axis, and Qt Charts would cut them.
    double hi = 0;
    for (const auto &r : m_document.result().years)
        hi = std::max({hi, r.requiredH100e, r.installedH100e});
    return hi >= 1e8 ? 1e8 : 1e4;
}

void FleetModelChart::updateFleetAxisTitle()
{
    const bool chinese = Translation::instance().language() == Language::Chinese;
    const bool hundredMillions = chinese && scale() == 1e8;
    setAxisTitle(m_y,
                 chinese ? (hundredMillions ? tr("H100 equivalents, hundreds of millions", "axis unit: 亿张H100等效")
                                            : tr("H100 equivalents, tens of thousands", "axis unit: 万张H100等效"))
                         : tr("H100 equivalents, millions"),
                 chinese ? (hundredMillions ? tr("H100e, hundreds of millions", "brief axis unit: 亿张H100e")
                                            : tr("H100e, tens of thousands", "brief axis unit: 万张H100e"))
                         : tr("Million H100e"));
}

QStringList FleetModelChart::citedParameters() const
{
    return {QStringLiteral("base_fleet"), QStringLiteral("hw_gain"), QStringLiteral("useful_life"),
            QStringLiteral("h100e_price"), QStringLiteral("capex_cap_share"), QStringLiteral("kw_per_h100e"),
            QStringLiteral("ppw_gain"), QStringLiteral("power_cap_gw")};
}

void FleetModelChart::updatePoints()
{
    const double s = scale();
    const auto &rows = m_document.result().years;
    QList<QPointF> required, installed, added, retired, idle;
    double hi = 0;
    for (const auto &r : rows) {
        const double x = r.year;
        required.append({x, r.requiredH100e / s});
        installed.append({x, r.installedH100e / s});
        added.append({x, r.newH100e / s});
        retired.append({x, r.retiredH100e / s});
        idle.append({x, r.idleH100e / s});
        hi = std::max({hi, r.requiredH100e / s, r.installedH100e / s});
    }
    replacePoints(m_required, required);
    replacePoints(m_installed, installed);
    replacePoints(m_new, added);
    replacePoints(m_retired, retired);
    replacePoints(m_idle, idle);
    QList<QPointF> installedPower, requiredPower, powerCeiling;
    double powerHi = 0;
    for (const auto &r : rows) {
        const double x = r.year;
        installedPower.append({x, r.installedPowerGw});
        requiredPower.append({x, r.requiredPowerGw});
        powerHi = std::max({powerHi, r.installedPowerGw, r.requiredPowerGw});
        if (r.powerCeilingGw) {
            powerCeiling.append({x, *r.powerCeilingGw});
            powerHi = std::max(powerHi, std::min(*r.powerCeilingGw, 2 * powerHi));
        }
    }
    replacePoints(m_installedPower, installedPower);
    replacePoints(m_requiredPower, requiredPower);
    replacePoints(m_powerCeiling, powerCeiling);
    m_powerCeiling->setVisible(!powerCeiling.isEmpty());
    for (QLegendMarker *m : legend()->markers(m_powerCeiling))
        m->setVisible(!powerCeiling.isEmpty());
    fitValueAxis(m_powerAxis, 0, powerHi > 0 ? powerHi * 1.08 : 1, fit());
    setLabelFormat(m_powerAxis, m_powerAxis->max() >= 100 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));

    // Published estimates for the selected companies: one point per source and year.
    QList<QPointF> reference;
    m_referenceText.clear();
    // From the model's part of the data: this runs at every slider step.
    if (const Dataset *d = m_document.dataset() ? &m_document.modelData() : nullptr) {
        const auto &selected = m_document.parameters().selectedCompanies();
        struct Sum
        {
            double value = 0;
            int companies = 0;
        };
        std::map<std::pair<std::string, int>, Sum> sums;
        for (const Observation &o : d->observations)
            if (o.metric == "gpu_fleet_h100e" && o.period.isYearEnd()
                && std::find(selected.begin(), selected.end(), o.entity) != selected.end() && o.centralValue()) {
                Sum &sum = sums[{o.source, o.period.year}];
                sum.value += *o.centralValue();
                ++sum.companies;
            }
        const NumberFormat f = Translation::instance().format(3);
        for (const auto &[key, sum] : sums) {
            if (key.second < m_document.parameters().t0() || key.second > m_document.parameters().horizon())
                continue;
            reference.append({static_cast<double>(key.second), sum.value / s});
            hi = std::max(hi, sum.value / s);
            const Source *source = d->source(key.first);
            m_referenceText << tr("<b>%1</b>, end of %2: %3 H100e<br/>Sum of %4 of the %5 selected companies")
                                   .arg(source ? QString::fromStdString(source->publisher) : QString())
                                   .arg(key.second)
                                   .arg(QString::fromStdString(f.number(sum.value)))
                                   .arg(sum.companies)
                                   .arg(selected.size());
        }
    }
    replacePoints(m_reference, reference);

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
                points.append({static_cast<double>(r.year), r.requiredH100e / s});
                hi = std::max(hi, r.requiredH100e / s);
            }
            m_compare.at(i)->setName(tr("Required: %1").arg(m_comparisons.at(i).first));
        }
        replacePoints(m_compare.at(i), points);
        m_compare.at(i)->setVisible(i < m_comparisons.size());
        for (QLegendMarker *m : legend()->markers(m_compare.at(i)))
            m->setVisible(i < m_comparisons.size());
    }
    fitValueAxis(m_y, 0, hi * 1.08 > 0 ? hi * 1.08 : 1, fit());
    updateFleetAxisTitle();
    setLabelFormat(m_y, m_y->max() >= 100 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
    fitYearAxis(m_x);
}

void FleetModelChart::retranslate()
{
    const bool chinese = Translation::instance().language() == Language::Chinese;
    setTitle(tr("GPU fleet and its power: required against installed"));
    m_required->setName(tr("Required by demand (model)"));
    m_installed->setName(tr("Installed (model)"));
    m_new->setName(tr("New units"));
    m_retired->setName(tr("Retired units"));
    m_idle->setName(tr("Idle capacity"));
    m_reference->setName(tr("Published estimates"));
    m_installedPower->setName(tr("Power (GW)"));
    m_requiredPower->setName(tr("Power needed (GW)"));
    m_powerCeiling->setName(tr("Power ceiling, GW"));
    setAxisTitle(m_powerAxis, tr("Power, GW"), QStringLiteral("GW"));
    m_x->setTitleText(tr("Year"));
    (void)chinese;
    updateFleetAxisTitle();
}

} // namespace capex::ui

#include "trackrecordchart.h"

#include "chartstyle.h"
#include "scenariodocument.h"
#include "translation.h"

#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <cmath>

namespace capex::ui {

TrackRecordChart::TrackRecordChart(const Dataset &dataset, ScenarioDocument &document, QGraphicsItem *parent)
    : ModelChart(document, parent), m_dataset(dataset), m_date(QString::fromLatin1(Hindcast::defaultDate)),
      m_planned(new QLineSeries), m_required(new QLineSeries), m_actual(new QScatterSeries), m_y(new QValueAxis)
{
    m_planned->setPen(QPen(QColor(0x00, 0x72, 0xB2), 3));
    m_planned->setPointsVisible(true);
    m_required->setPen(QPen(QColor(0xD5, 0x5E, 0x00), 2.5, Qt::DashLine));
    m_required->setPointsVisible(true);
    m_actual->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    m_actual->setMarkerSize(ChartStyle::estimateMarkerSize + 4);
    m_actual->setColor(Qt::black);
    m_actual->setBorderColor(Qt::black);
    for (QXYSeries *s : std::initializer_list<QXYSeries *> {m_planned, m_required, m_actual})
        addSeries(s);
    m_x = makeYearAxis();
    m_y->setTitleFont(ChartStyle::axisTitleFont());
    addAxis(m_y, Qt::AlignLeft);
    for (QXYSeries *s : std::initializer_list<QXYSeries *> {m_planned, m_required, m_actual}) {
        s->attachAxis(m_x);
        s->attachAxis(m_y);
    }
    auto rowText = [this](int i) {
        if (i < 0 || i >= static_cast<int>(m_result.years.size()))
            return QString();
        const HindcastYear &y = m_result.years[static_cast<std::size_t>(i)];
        const NumberFormat f = Translation::instance().format(3);
        auto money = [&](double v) { return QString::fromStdString(f.money(v, "USD")); };
        QString text = tr("<b>%1</b><br/>Plan on %2: %3 of AI capex").arg(y.year).arg(m_date, money(y.plannedAiCapexUsd));
        text += QStringLiteral("<br/>") + tr("Required by the model on %1: %2").arg(m_date, money(y.requiredAiCapexUsd));
        if (y.actualAiCapexUsd) {
            text += QStringLiteral("<br/>") + tr("Reported since: %1 (AI share of total capex)").arg(money(*y.actualAiCapexUsd));
            if (y.planError)
                text += QStringLiteral("<br/>") + tr("Plan error: %1").arg(QString::fromStdString(f.percent(*y.planError)));
        } else {
            text += QStringLiteral("<br/>") + tr("Not yet reported by every company");
        }
        if (y.fleetEstimateH100e && y.fleetError)
            text += QStringLiteral("<br/>")
                + tr("Fleet: model %1, estimated since %2 H100e (%3)")
                      .arg(QString::fromStdString(f.number(y.installedH100e)),
                           QString::fromStdString(f.number(*y.fleetEstimateH100e)),
                           QString::fromStdString(f.percent(*y.fleetError)));
        return text;
    };
    for (QXYSeries *s : std::initializer_list<QXYSeries *> {m_planned, m_required, m_actual})
        hoverText(s, rowText);
    connect(&document, &ScenarioDocument::datasetChanged, this, [this] { m_prepared.reset(); });
    retranslate();
    updatePoints();
}

void TrackRecordChart::setDate(const QString &date)
{
    m_date = date;
    retranslate();
    updatePoints();
}

double TrackRecordChart::scale() const
{
    return Translation::instance().language() == Language::Chinese ? 1e8 : 1e9;
}

QStringList TrackRecordChart::citedParameters() const
{
    return {QStringLiteral("ai_share"), QStringLiteral("plan_long_run_growth"), QStringLiteral("plan_fade_years")};
}

QString TrackRecordChart::sourcesFooter() const
{
    return ModelChart::sourcesFooter() + QStringLiteral(" ")
        + tr("Plan and model: the data as known on %1; actuals: the companies' reports since (capex, calendar years).")
              .arg(m_date);
}

void TrackRecordChart::updatePoints()
{
    // The scenario's own choices apply on top of the data as known then; t0 and the
    // data-derived defaults are the date's.
    const ModelParameters &current = m_document.parameters();
    auto configure = [&current](ModelParameters &then) -> Status {
        (void)then.setCostCurve(current.costCurve());
        if (current.isFleetSourceExplicit())
            (void)then.setFleetSource(fleetSourceId(current.fleetSource()));
        for (const ParameterSpec &spec : current.specs())
            if (spec.name != "t0" && spec.name != "base_fleet" && current.isExplicit(spec.name))
                (void)then.set(spec.name, spec.value); // a company the date does not know is skipped
        return {};
    };
    // The data's half once per dataset and date; the model's at every step.
    if (!m_prepared || m_prepared->asOf != m_date.toStdString()) {
        auto prepared = Hindcast::prepare(m_dataset, m_date.toStdString());
        m_prepared = prepared.ok() ? std::optional<HindcastData>(std::move(prepared).value()) : std::nullopt;
    }
    auto hindcast = m_prepared ? Hindcast::run(*m_prepared, configure) : Result<HindcastResult>(HindcastResult {});
    m_result = hindcast.ok() ? std::move(hindcast).value() : HindcastResult {};

    const double s = scale();
    QList<QPointF> planned, required, actual;
    double hi = 0;
    for (const HindcastYear &y : m_result.years) {
        const double x = y.year;
        planned.append({x, y.plannedAiCapexUsd / s});
        required.append({x, y.requiredAiCapexUsd / s});
        hi = std::max({hi, y.plannedAiCapexUsd / s, y.requiredAiCapexUsd / s});
        if (y.actualAiCapexUsd) {
            actual.append({x, *y.actualAiCapexUsd / s});
            hi = std::max(hi, *y.actualAiCapexUsd / s);
        }
    }
    replacePoints(m_planned, planned);
    replacePoints(m_required, required);
    replacePoints(m_actual, actual);
    fitValueAxis(m_y, 0, hi > 0 ? hi * 1.1 : 1, fit());
    setLabelFormat(m_y, QStringLiteral("%.0f"));
    if (!m_result.years.empty())
        m_x->setRange(m_result.years.front().year - 0.5, m_result.years.back().year + 0.5);
    else
        fitYearAxis(m_x);
}

QString TrackRecordChart::reading() const
{
    const NumberFormat f = Translation::instance().format(3);
    for (const HindcastYear &y : m_result.years) {
        if (!y.actualAiCapexUsd || !y.planError)
            continue;
        const QString planned = QString::fromStdString(f.money(y.plannedAiCapexUsd, "USD"));
        const QString actual = QString::fromStdString(f.money(*y.actualAiCapexUsd, "USD"));
        const QString by = QString::fromStdString(f.percent(std::fabs(*y.planError)));
        const QString year = QString::number(y.year);
        return *y.planError >= 0
            ? tr("On %1 the plan for %2 was %3 of AI capex; the companies spent %4, %5 more.").arg(m_date, year, planned, actual, by)
            : tr("On %1 the plan for %2 was %3 of AI capex; the companies spent %4, %5 less.").arg(m_date, year, planned, actual, by);
    }
    if (m_result.companies.empty())
        return tr("On %1 the data held no capex actual for the selected companies: there was no plan to check.").arg(m_date);
    return tr("No year after %1 has been reported by every company yet.").arg(m_date);
}

void TrackRecordChart::retranslate()
{
    const bool chinese = Translation::instance().language() == Language::Chinese;
    setTitle(tr("Track record: the plan and the model on %1 against what followed").arg(m_date));
    m_planned->setName(tr("Planned AI capex, as known on %1").arg(m_date));
    m_required->setName(tr("Required by the model on %1").arg(m_date));
    m_actual->setName(tr("Reported since (AI share of actual capex)"));
    m_x->setTitleText(tr("Year"));
    setAxisTitle(m_y, chinese ? tr("AI capex, 100 million USD", "axis unit: 亿美元") : tr("AI capex, billion USD"),
                 chinese ? tr("100 million USD", "brief axis unit: 亿美元") : tr("USD bn", "brief axis title"));
}

} // namespace capex::ui

#include "capexchart.h"

#include "chartstyle.h"
#include "logaxislabels.h"
#include "translation.h"

#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <map>

namespace capex::ui {

CapexChart::CapexChart(QGraphicsItem *parent) : ObservationChart(parent) {}

void CapexChart::configure(const Options &options)
{
    m_companies = options.companies;
    m_currency = options.currency;
    m_metric = options.metric;
    m_log = options.logScale;
    setShowEventsQuietly(options.showEvents);
    rebuild();
}

void CapexChart::setCompanies(const QStringList &entityIds)
{
    m_companies = entityIds;
    rebuild();
}

void CapexChart::setCurrency(const QString &currency)
{
    m_currency = currency;
    rebuild();
}

void CapexChart::setLogScale(bool log)
{
    m_log = log;
    rebuild();
}

void CapexChart::setCompact(bool compact)
{
    m_compact = compact;
    rebuild();
}

void CapexChart::setMetric(const QString &metricId)
{
    m_metric = metricId;
    rebuild();
}

double CapexChart::axisScale() const
{
    return Translation::instance().language() == Language::Chinese ? 1e8 : 1e9;
}

void CapexChart::build()
{
    const Dataset &d = *snapshot();
    const std::string metric = m_metric.toStdString();
    const std::string currency = m_currency.toStdString();
    const double scale = axisScale();
    const bool chinese = Translation::instance().language() == Language::Chinese;

    auto display = [&](const Observation &o, double v) -> std::optional<double> {
        auto converted = d.convert(v, o.currency.empty() ? "USD" : o.currency, currency, o.period.dominantYear());
        if (!converted)
            return std::nullopt;
        return *converted / scale;
    };

    int firstYear = 9999, lastYear = 0;
    double yMin = 1e300, yMax = 0;
    auto extend = [&](double x, double y) {
        firstYear = std::min(firstYear, static_cast<int>(std::floor(x)));
        lastYear = std::max(lastYear, static_cast<int>(std::ceil(x - 0.5)));
        if (y > 0)
            yMin = std::min(yMin, y);
        yMax = std::max(yMax, y);
    };

    struct Built
    {
        QList<QXYSeries *> series;
        QXYSeries *legendSeries = nullptr;
    };
    std::vector<QXYSeries *> all;
    bool anyGuidance = false, anyEstimate = false;

    for (const QString &companyId : m_companies) {
        const std::string id = companyId.toStdString();
        const Entity *entity = d.entity(id);
        if (!entity)
            continue;
        const QColor color = ChartStyle::entityColor(id);
        const QString name = localized(entity->nameEn, entity->nameZh);
        std::vector<const Observation *> actuals, guidance, estimates;
        for (const Observation &o : d.observations) {
            // Annual figures only: quarters, months and dates would read as years on this axis.
            if (o.entity != id || o.metric != metric || !o.period.isAnnual())
                continue;
            if (o.kind == Kind::Actual)
                actuals.push_back(&o);
            else if (o.kind == Kind::Guidance)
                guidance.push_back(&o);
            else if (o.kind == Kind::Estimate || o.kind == Kind::Forecast)
                estimates.push_back(&o);
        }
        auto byX = [](const Observation *a, const Observation *b) { return xOf(a->period) < xOf(b->period); };
        std::sort(actuals.begin(), actuals.end(), byX);
        std::sort(estimates.begin(), estimates.end(), byX);
        QXYSeries *first = nullptr;

        if (!actuals.empty()) {
            auto *line = new QLineSeries;
            line->setName(name);
            line->setPen(ChartStyle::actualPen(color));
            line->setPointsVisible(true);
            line->setMarkerSize(ChartStyle::actualMarkerSize);
            QVector<const Observation *> points;
            for (const Observation *o : actuals)
                if (auto y = display(*o, *o->centralValue())) {
                    line->append(xOf(o->period), *y);
                    extend(xOf(o->period), *y);
                    points.append(o);
                }
            registerPoints(line, points);
            all.push_back(line);
            first = line;
        }
        if (!estimates.empty()) {
            auto *dashed = new QLineSeries;
            dashed->setPen(ChartStyle::estimatePen(color));
            auto *hollow = new QScatterSeries;
            hollow->setMarkerSize(ChartStyle::estimateMarkerSize);
            hollow->setColor(Qt::white);
            hollow->setBorderColor(color);
            hollow->setPen(QPen(color, 2));
            QVector<const Observation *> points;
            for (const Observation *o : estimates)
                if (auto y = display(*o, *o->centralValue())) {
                    dashed->append(xOf(o->period), *y);
                    hollow->append(xOf(o->period), *y);
                    extend(xOf(o->period), *y);
                    points.append(o);
                }
            registerPoints(dashed, points);
            registerPoints(hollow, points);
            all.push_back(dashed);
            all.push_back(hollow);
            if (!first) {
                hollow->setName(name);
                first = hollow;
            }
            anyEstimate = true;
        }
        // Guidance: one bar per figure; the latest revision for a period strongest.
        std::map<std::string, std::string> latestAsOf;
        for (const Observation *o : guidance)
            latestAsOf[o->period.toString()] = std::max(latestAsOf[o->period.toString()], o->asOf);
        int offset = 0;
        for (const Observation *o : guidance) {
            const bool latest = o->asOf == latestAsOf[o->period.toString()];
            // Revisions of one period sit side by side, oldest left, so none hides another.
            const double x = xOf(o->period) + (latest ? 0.12 : -0.12 + 0.06 * offset++);
            auto *bar = new QLineSeries;
            bar->setPen(ChartStyle::guidancePen(color, latest));
            const double low = o->low.value_or(*o->centralValue()), high = o->high.value_or(*o->centralValue());
            auto lo = display(*o, low), hi = display(*o, high);
            if (!lo || !hi)
                continue;
            // A single-figure guidance still shows as a short bar, so it reads as guidance.
            const double pad = *hi - *lo < 1e-9 ? std::max(*hi * 0.015, 1e-6) : 0.0;
            bar->append(x, *lo - pad);
            bar->append(x, *hi + pad);
            extend(x, *lo);
            extend(x, *hi);
            registerPoints(bar, {o, o});
            all.push_back(bar);
            if (!first) {
                bar->setName(name);
                first = bar;
            }
            anyGuidance = true;
        }
    }

    if (all.empty()) {
        setTitle(tr("No capex figures for the selected companies"));
        return;
    }
    if (lastYear < firstYear)
        lastYear = firstYear;

    for (QXYSeries *s : all)
        addSeries(s);
    QValueAxis *x = addYearAxis(firstYear, lastYear);
    QAbstractAxis *y = nullptr;
    double yLow = 0, yHigh = yMax * 1.08;
    if (m_log) {
        auto *log = new QLogValueAxis;
        log->setBase(10);
        yLow = std::pow(10, std::floor(std::log10(yMin)));
        yHigh = std::pow(10, std::ceil(std::log10(yMax * 1.05)));
        log->setRange(yLow, yHigh);
        log->setMinorTickCount(8);
        log->setMinorGridLinePen(ChartStyle::minorGridPen());
        y = log;
    } else {
        auto *linear = new QValueAxis;
        linear->setRange(0, yHigh);
        linear->applyNiceNumbers();
        linear->setLabelFormat(QStringLiteral("%.0f"));
        yHigh = linear->max();
        y = linear;
    }
    const bool usd = m_currency == QLatin1String("USD");
    // Chinese readers count money in 亿 (10^8), English readers in billions.
    y->setTitleText(chinese ? (usd ? tr("USD, hundreds of millions", "axis unit: 亿美元")
                                   : tr("RMB, hundreds of millions", "axis unit: 亿元人民币"))
                            : (usd ? tr("USD billions") : tr("RMB billions")));
    y->setTitleFont(ChartStyle::axisTitleFont());
    addAxis(y, Qt::AlignLeft);
    if (auto *log = qobject_cast<QLogValueAxis *>(y))
        LogAxisLabels::attach(*this, log);
    for (QXYSeries *s : all) {
        s->attachAxis(x);
        s->attachAxis(y);
        if (s->name().isEmpty())
            hideFromLegend(s);
    }
    const bool ai = m_metric == QLatin1String("ai_capex");
    setTitle(m_compact ? (ai ? tr("AI capex") : tr("Capex of the US hyperscalers"))
                       : (ai ? tr("AI capex by company") : tr("Capex by company")));
    addKindKey(anyGuidance, anyEstimate);
    if (!m_compact)
        addEventMarkers(x, y, yLow, yHigh);
}

} // namespace capex::ui

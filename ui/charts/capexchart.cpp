#include "capexchart.h"

#include "chartstyle.h"
#include "figuresummary.h"
#include "logaxislabels.h"
#include "quarters.h"
#include "translation.h"
#include "valuetext.h"

#include <QCategoryAxis>
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
    // A page sets its figures and then its options: the one rebuild is setSnapshot's (on a
    // large store a rebuild of a chart is tens of milliseconds).
    if (m_configured && options == currentOptions())
        return;
    m_configured = true;
    m_companies = options.companies;
    m_currency = options.currency;
    m_metric = options.metric;
    m_log = options.logScale;
    m_view = options.view;
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
    if (compact == m_compact)
        return;
    m_compact = compact;
    rebuild();
}

void CapexChart::setMetric(const QString &metricId)
{
    m_metric = metricId;
    rebuild();
}

void CapexChart::setView(Options::View view)
{
    m_view = view;
    rebuild();
}

std::optional<CapexChart::Options::View> CapexChart::parseView(const QString &name)
{
    if (name == QLatin1String("annual"))
        return Options::View::Annual;
    if (name == QLatin1String("quarterly"))
        return Options::View::Quarterly;
    if (name == QLatin1String("trailing"))
        return Options::View::Trailing;
    return std::nullopt;
}

bool CapexChart::isMetric(const QString &metricId)
{
    return metricId == QLatin1String("capex") || metricId == QLatin1String("capex_cash")
        || metricId == QLatin1String("ai_capex");
}

QString CapexChart::definitionText(const QString &entity, const QString &metric)
{
    if (metric == QLatin1String("capex")) {
        if (entity == QLatin1String("microsoft"))
            return tr("Microsoft: capital expenditures including finance leases; fiscal years end in June");
        if (entity == QLatin1String("alphabet"))
            return tr("Alphabet: purchases of property and equipment");
        if (entity == QLatin1String("amazon"))
            return tr("Amazon: purchases of property and equipment, gross");
        if (entity == QLatin1String("meta"))
            return tr("Meta: capital expenditures including principal payments on finance leases");
        if (entity == QLatin1String("oracle"))
            return tr("Oracle: capital expenditures; fiscal years end in May");
        if (entity == QLatin1String("alibaba"))
            return tr("Alibaba: capital expenditure; fiscal years end in March");
    } else if (metric == QLatin1String("capex_cash")) {
        if (entity == QLatin1String("microsoft"))
            return tr("Microsoft: cash paid for property and equipment (no finance leases)");
        if (entity == QLatin1String("amazon"))
            return tr("Amazon: purchases net of proceeds from sales and incentives");
        if (entity == QLatin1String("meta"))
            return tr("Meta: purchases of property and equipment (no finance-lease principal)");
    }
    return {};
}

QString CapexChart::sourcesFooter() const
{
    QString footer = ObservationChart::sourcesFooter();
    QStringList definitions;
    for (const QString &id : m_companies)
        if (const QString text = definitionText(id, m_metric); !text.isEmpty())
            definitions << text;
    if (!definitions.isEmpty())
        footer += (footer.isEmpty() ? QString() : QStringLiteral(" ")) + tr("Definitions: %1.").arg(definitions.join(QStringLiteral("; ")));
    if (m_view == Options::View::Trailing)
        footer += QStringLiteral(" ") + tr("Trailing 12 months: the sum of four consecutive reported quarters, computed by Capex Lens; a fiscal quarter counts for the calendar quarter of its last month.");
    return footer;
}

void CapexChart::build()
{
    const Dataset &d = *snapshot();
    if (m_view != Options::View::Annual) {
        buildQuarterly(d);
        return;
    }
    const std::string metric = m_metric.toStdString();
    const std::string currency = m_currency.toStdString();
    const double scale = moneyAxisScale();

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

    // The annual figures of the metric by company, in one pass (a large store holds a million
    // figures: a pass per company cost a pass per check box).
    std::map<std::string, std::vector<const Observation *>, std::less<>> annual;
    for (const QString &companyId : m_companies)
        annual.try_emplace(companyId.toStdString());
    for (auto &[id, figures] : annual)
        d.forEach(id, metric, [&figures](const Observation &o) {
            // Annual figures only: quarters, months and dates would read as years on this axis.
            if (o.period.isAnnual())
                figures.push_back(&o);
        });

    for (const QString &companyId : m_companies) {
        const std::string id = companyId.toStdString();
        const Entity *entity = d.entity(id);
        if (!entity)
            continue;
        const QColor color = ChartStyle::entityColor(id);
        const QString name = localized(entity->nameEn, entity->nameZh);
        std::vector<const Observation *> actuals, guidance, estimates;
        for (const Observation *o : annual[id]) {
            if (o->kind == Kind::Actual)
                actuals.push_back(o);
            else if (o->kind == Kind::Guidance)
                guidance.push_back(o);
            else if (o->kind == Kind::Estimate || o->kind == Kind::Forecast)
                estimates.push_back(o);
        }
        auto byX = [](const Observation *a, const Observation *b) {
            return xOf(a->period) < xOf(b->period) || (xOf(a->period) == xOf(b->period) && a->period < b->period);
        };
        std::stable_sort(actuals.begin(), actuals.end(), byX);
        std::stable_sort(estimates.begin(), estimates.end(), byX);
        QXYSeries *first = nullptr;

        // A period's few figures are drawn each; many of one kind (FigureSummary::manyFigures
        // or more) as one mark at their median, with a whisker over their range.
        struct Mark
        {
            double x = 0, y = 0;
            const Observation *single = nullptr;
            std::optional<SummaryMark> summary;
            std::vector<const Observation *> members;
        };
        auto marksOf = [&](const std::vector<const Observation *> &sorted) {
            std::vector<Mark> marks;
            for (std::size_t i = 0; i < sorted.size();) {
                std::size_t end = i;
                while (end < sorted.size() && sorted[end]->period == sorted[i]->period)
                    ++end;
                std::map<Kind, std::vector<const Observation *>> byKind;
                for (std::size_t k = i; k < end; ++k)
                    byKind[sorted[k]->kind].push_back(sorted[k]);
                const double x = xOf(sorted[i]->period);
                for (auto &[kind, group] : byKind) {
                    if (group.size() >= FigureSummary::manyFigures) {
                        std::vector<double> values;
                        for (const Observation *o : group)
                            if (auto y = display(*o, *o->centralValue()))
                                values.push_back(*y);
                        if (auto summary = FigureSummary::of(values)) {
                            SummaryMark mark {id, metric, kind, sorted[i]->period, summary->median, summary->low,
                                              summary->high, summary->count, scale, currency, {}};
                            marks.push_back({x, summary->median, nullptr, mark, std::move(group)});
                            continue;
                        }
                    }
                    for (const Observation *o : group)
                        if (auto y = display(*o, *o->centralValue()))
                            marks.push_back({x, *y, o, std::nullopt, {}});
                }
                i = end;
            }
            return marks;
        };
        // Registers the marks on `series`; a whisker for each summary.
        auto registerMarks = [&](const std::vector<Mark> &marks, QXYSeries *series) {
            QVector<const Observation *> points;
            QHash<int, SummaryMark> summaries;
            std::vector<const Observation *> members;
            for (const Mark &m : marks) {
                if (m.summary) {
                    summaries.insert(static_cast<int>(points.size()), *m.summary);
                    members.insert(members.end(), m.members.begin(), m.members.end());
                    addSummaryWhisker(m.x, *m.summary, color, series);
                    extend(m.x, m.summary->low);
                    extend(m.x, m.summary->high);
                }
                points.append(m.single);
            }
            registerPoints(series, points);
            if (!summaries.isEmpty())
                registerSummaries(series, summaries, members);
        };

        if (!actuals.empty()) {
            auto *line = new QLineSeries;
            line->setName(name);
            line->setPen(ChartStyle::actualPen(color));
            line->setPointsVisible(true);
            line->setMarkerSize(ChartStyle::actualMarkerSize);
            const std::vector<Mark> marks = marksOf(actuals);
            for (const Mark &m : marks) {
                line->append(m.x, m.y);
                extend(m.x, m.y);
            }
            registerMarks(marks, line);
            all.push_back(line);
            first = line;
        }
        if (!estimates.empty()) {
            // A dashed line with a hollow circle at each point, drawn by the line itself.
            auto *dashed = new QLineSeries;
            dashed->setPen(ChartStyle::estimatePen(color));
            ChartStyle::setHollowMarkers(dashed, color, ChartStyle::estimateMarkerSize);
            const std::vector<Mark> marks = marksOf(estimates);
            for (const Mark &m : marks) {
                dashed->append(m.x, m.y);
                extend(m.x, m.y);
            }
            registerMarks(marks, dashed);
            all.push_back(dashed);
            if (!first) {
                dashed->setName(name);
                first = dashed;
            }
            anyEstimate = true;
        }
        // Guidance: one bar per figure; the latest revision for a period strongest.
        std::map<std::string, std::string> latestAsOf;
        for (const Observation *o : guidance)
            if (!o->isStatement())
                latestAsOf[o->period.toString()] = std::max(latestAsOf[o->period.toString()], o->asOf);
        int offset = 0;
        // Guidance in words: a marker at the level of the company's last figure stated
        // before it for that period (or its last actual), the words on hover.
        auto *statements = new QScatterSeries;
        statements->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
        statements->setMarkerSize(ChartStyle::estimateMarkerSize + 2);
        statements->setColor(Qt::white);
        statements->setBorderColor(color);
        statements->setPen(QPen(color, 2));
        QVector<const Observation *> statementPoints;
        for (const Observation *o : guidance) {
            if (!o->isStatement())
                continue;
            std::optional<double> anchor;
            for (const Observation *g : guidance)
                if (!g->isStatement() && g->period == o->period && g->asOf <= o->asOf)
                    anchor = display(*g, *g->centralValue());
            for (auto it = actuals.rbegin(); !anchor && it != actuals.rend(); ++it)
                if (xOf((*it)->period) < xOf(o->period))
                    anchor = display(**it, *(*it)->centralValue());
            if (!anchor)
                continue;
            // Statements about one period sit side by side, oldest left.
            statements->append(xOf(o->period) - 0.34 + 0.08 * statementPoints.size(), *anchor);
            extend(xOf(o->period), *anchor);
            statementPoints.append(o);
        }
        if (statementPoints.isEmpty()) {
            delete statements;
        } else {
            registerPoints(statements, statementPoints);
            all.push_back(statements);
            anyGuidance = true;
        }
        for (const Observation *o : guidance) {
            if (o->isStatement())
                continue;
            const bool latest = o->asOf == latestAsOf[o->period.toString()];
            // Revisions of one period sit side by side, oldest left, so none hides another.
            const double x = xOf(o->period) + (latest ? 0.12 : -0.12 + 0.06 * offset++);
            const double low = o->low.value_or(*o->centralValue()), high = o->high.value_or(*o->centralValue());
            auto lo = display(*o, low), hi = display(*o, high);
            if (!lo || !hi)
                continue;
            // A single-figure guidance still shows as a short bar, so it reads as guidance.
            const double pad = *hi - *lo < 1e-9 ? std::max(*hi * 0.015, 1e-6) : 0.0;
            extend(x, *lo);
            extend(x, *hi);
            anyGuidance = true;
            if (!first) {
                // The company's first bar is a series: it carries its name into the legend.
                auto *bar = new QLineSeries;
                bar->setPen(ChartStyle::guidancePen(color, latest));
                bar->append(x, *lo - pad);
                bar->append(x, *hi + pad);
                registerPoints(bar, {o, o});
                all.push_back(bar);
                bar->setName(name);
                first = bar;
                continue;
            }
            // The others are drawn together (RangeBar): a large store's company has a hundred.
            RangeBar bar;
            bar.x = x;
            bar.low = *lo - pad;
            bar.high = *hi + pad;
            bar.pen = ChartStyle::guidancePen(color, latest);
            bar.along = first;
            bar.observation = o;
            addRangeBar(std::move(bar));
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
        auto *log = axisAt<QLogValueAxis>(Qt::AlignLeft);
        log->setBase(10);
        yLow = std::pow(10, std::floor(std::log10(yMin)));
        yHigh = std::pow(10, std::ceil(std::log10(yMax * 1.05)));
        log->setRange(yLow, yHigh);
        log->setMinorTickCount(8);
        log->setMinorGridLinePen(ChartStyle::minorGridPen());
        y = log;
    } else {
        auto *linear = axisAt<QValueAxis>(Qt::AlignLeft);
        linear->setRange(0, yHigh);
        linear->applyNiceNumbers();
        linear->setLabelFormat(QStringLiteral("%.0f"));
        yHigh = linear->max();
        y = linear;
    }
    y->setTitleText(moneyAxisTitle(m_currency));
    y->setTitleFont(ChartStyle::axisTitleFont());
    if (auto *log = qobject_cast<QLogValueAxis *>(y))
        LogAxisLabels::attach(*this, log);
    for (QXYSeries *s : all) {
        s->attachAxis(x);
        s->attachAxis(y);
        if (s->name().isEmpty())
            hideFromLegend(s);
    }
    const bool ai = m_metric == QLatin1String("ai_capex");
    const bool cash = m_metric == QLatin1String("capex_cash");
    setTitle(m_compact ? (ai ? tr("AI capex") : tr("Capex of the US hyperscalers"))
                       : (ai ? tr("AI capex by company") : cash ? tr("Cash capex by company") : tr("Capex by company")));
    addKindKey(anyGuidance, anyEstimate);
    if (!m_compact)
        addEventMarkers(x, y, yLow, yHigh);
}

void CapexChart::buildQuarterly(const Dataset &d)
{
    const bool trailing = m_view == Options::View::Trailing;
    const double scale = moneyAxisScale();
    const std::string currency = m_currency.toStdString();
    const NumberFormat percent = Translation::instance().format(2);
    double xMin = 1e9, xMax = -1e9, yMax = 0;
    std::vector<QXYSeries *> all;
    auto quarterX = [](Quarters::YearQuarter q) { return xOf(q.period()); };
    auto growthText = [&](std::optional<double> g) {
        return g ? tr("%1 on the year before").arg(QString::fromStdString(percent.percent(*g)))
                 : tr("no figure a year before");
    };
    for (const QString &companyId : m_companies) {
        const Entity *entity = d.entity(companyId.toStdString());
        if (!entity)
            continue;
        const Quarters::Series series = Quarters::series(d, companyId.toStdString(), m_metric.toStdString(), currency);
        const QColor color = ChartStyle::entityColor(companyId.toStdString());
        const QString name = localized(entity->nameEn, entity->nameZh);
        QLineSeries *line = nullptr;
        bool named = false;
        auto point = [&](double x, double y, const QString &tip, bool filled) {
            auto *marker = new QScatterSeries;
            marker->setMarkerSize(filled ? ChartStyle::actualMarkerSize + 2 : ChartStyle::estimateMarkerSize);
            marker->setColor(filled ? color : QColor(Qt::white));
            marker->setBorderColor(color);
            marker->append(x, y);
            registerLabel(marker, tip);
            hideFromLegend(marker);
            all.push_back(marker);
            xMin = std::min(xMin, x);
            xMax = std::max(xMax, x);
            yMax = std::max(yMax, y);
        };
        auto startLine = [&] {
            line = new QLineSeries;
            line->setPen(ChartStyle::actualPen(color));
            if (!named) {
                line->setName(name);
                named = true;
            }
            all.push_back(line);
        };
        Quarters::YearQuarter previous{};
        if (!trailing) {
            for (const Quarters::QuarterFigure &f : series.quarters) {
                // A quarter that is not reported breaks the line.
                if (!line || f.quarter.previous() != previous)
                    startLine();
                previous = f.quarter;
                const double x = quarterX(f.quarter), y = f.converted / scale;
                line->append(x, y);
                point(x, y,
                      tooltipText(*f.observation) + QStringLiteral("<br/>") + growthText(f.yearOnYear).toHtmlEscaped(),
                      true);
            }
        } else {
            double lastY = 0;
            for (const Quarters::TrailingFigure &t : series.trailing) {
                const double x = quarterX(t.quarter);
                const QString when = periodText(t.quarter.period());
                if (!t.value) {
                    line = nullptr;
                    point(x, lastY,
                          QStringLiteral("<b>%1</b> · %2<br/>%3")
                              .arg(name.toHtmlEscaped(), when,
                                   tr("No trailing sum: %1 is not reported.")
                                       .arg(periodText(t.missing->period()))
                                       .toHtmlEscaped()),
                          false);
                    continue;
                }
                if (!line)
                    startLine();
                const double y = *t.value / scale;
                lastY = y;
                line->append(x, y);
                point(x, y,
                      QStringLiteral("<b>%1</b> · %2<br/><b>%3</b><br/>%4")
                          .arg(name.toHtmlEscaped(), tr("12 months to %1").arg(when).toHtmlEscaped(),
                               QString::fromStdString(Translation::instance().format(3).money(*t.value, currency)).toHtmlEscaped(), growthText(t.yearOnYear).toHtmlEscaped()),
                      true);
            }
        }
    }
    if (all.empty()) {
        setTitle(tr("No quarterly figures for the selected companies"));
        return;
    }
    for (QXYSeries *s : all)
        addSeries(s);
    // Quarters sit inside their year: the year's name marks where it begins.
    auto *x = axisAt<QCategoryAxis>(Qt::AlignBottom);
    x->setRange(xMin - 0.15, xMax + 0.15);
    for (int year = static_cast<int>(std::ceil(xMin - 0.15 + 0.5)); year - 0.5 <= xMax + 0.15; ++year)
        x->append(QString::number(year), year - 0.5);
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setGridLineVisible(true);
    x->setTitleText(tr("Year"));
    x->setTitleFont(ChartStyle::axisTitleFont());
    auto *y = axisAt<QValueAxis>(Qt::AlignLeft);
    y->setRange(0, yMax * 1.08);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(moneyAxisTitle(m_currency));
    y->setTitleFont(ChartStyle::axisTitleFont());
    for (QXYSeries *s : all) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    setTitle(trailing ? tr("Capex, trailing 12 months") : tr("Capex by quarter"));
    addEventMarkers(x, y, 0, y->max());
}

} // namespace capex::ui

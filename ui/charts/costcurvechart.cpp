#include "costcurvechart.h"

#include "chartstyle.h"
#include "costcurvepresets.h"
#include "figuresummary.h"
#include "logaxislabels.h"
#include "observationchart.h"
#include "scenariodocument.h"
#include "translation.h"
#include "valuetext.h"

#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QValueAxis>

#include <cmath>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <vector>

namespace capex::ui {

CostCurveChart::CostCurveChart(ScenarioDocument &document, QGraphicsItem *parent)
    : ModelChart(document, parent), m_current(new QLineSeries), m_y(new QLogValueAxis)
{
    // The store replaces its snapshot in place: the same address holds new records.
    connect(&document, &ScenarioDocument::datasetChanged, this, [this] { m_builtFor = nullptr; });
    int index = 0;
    for (const CostCurvePreset &preset : CostCurvePresets::presets()) {
        auto *line = new QLineSeries;
        line->setProperty("preset", QString::fromStdString(preset.id));
        line->setProperty("color", ChartStyle::paletteColor(index++));
        addSeries(line);
        m_presets.append(line);
        hoverText(line, [this, line](int i) {
            const CostCurvePreset *p = CostCurvePresets::preset(line->property("preset").toString().toStdString());
            if (!p || i < 0 || i >= line->count())
                return QString();
            const ParameterValues v = m_document.parameters().values();
            const double decline = CostCurvePresets::decline(*p, v.hwGain, v.algoGain);
            return tr("<b>%1</b>: −%2 a year<br/>%3: index %4<br/><i>%5</i>")
                .arg(localized(p->nameEn, p->nameZh).toHtmlEscaped(),
                     QString::fromStdString(Translation::instance().format(4).percent(decline)))
                .arg(static_cast<int>(line->at(i).x()))
                .arg(QString::fromStdString(Translation::instance().format(3).number(line->at(i).y())),
                     localized(p->sourceEn, p->sourceZh).toHtmlEscaped());
        });
    }
    m_current->setPen(QPen(Qt::black, 2.5, Qt::DashDotLine));
    addSeries(m_current);
    hoverText(m_current, [this](int i) {
        if (i < 0 || i >= m_current->count())
            return QString();
        return tr("<b>Set by hand</b>: −%1 a year<br/>%2: index %3")
            .arg(QString::fromStdString(Translation::instance().format(4).percent(m_document.parameters().values().costDecline)))
            .arg(static_cast<int>(m_current->at(i).x()))
            .arg(QString::fromStdString(Translation::instance().format(3).number(m_current->at(i).y())));
    });
    // Nine long names (presets and published series): in one row under the plot each is cut
    // to a few words; a column beside it names them whole.
    legend()->setAlignment(Qt::AlignRight);
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
    retranslate();
    updatePoints();
}

namespace {

/// One mark of a published series, as an index (1 at the series' first mark).
struct IndexMark
{
    const Observation *first = nullptr; ///< a figure of the mark: its period, unit, entity and metric
    double value = 0;                   ///< the figure, or the median of the period's figures
    double index = 0;                   ///< value over the series' first mark
    std::optional<FigureSummary> summary; ///< of the period's figures, when it has many
    int kind = -1;                        ///< of every figure summarised; -1 when they differ
    Period basePeriod;                    ///< of the series' first mark (the tooltip's "1 = …")
    /// Of the indices of several series' marks in one period (a chart with many series).
    std::optional<FigureSummary> across;
    int seriesCount = 1; ///< the series behind `across`

    static IndexMark of(const Observation *first, double value, std::optional<FigureSummary> summary, int kind)
    {
        IndexMark mark;
        mark.first = first;
        mark.value = value;
        mark.summary = std::move(summary);
        mark.kind = kind;
        return mark;
    }
};

/// The marks of one (entity, metric) series ordered by period: a figure per mark, and a
/// period with many (FigureSummary::manyFigures or more) as one mark at their median.
std::vector<IndexMark> seriesMarks(const QVector<const Observation *> &ordered)
{
    std::vector<IndexMark> marks;
    for (qsizetype i = 0; i < ordered.size();) {
        qsizetype end = i;
        while (end < ordered.size() && ordered.at(end)->period == ordered.at(i)->period)
            ++end;
        if (end - i >= static_cast<qsizetype>(FigureSummary::manyFigures)) {
            const auto summary = FigureSummary::of(std::vector<const Observation *>(ordered.begin() + i, ordered.begin() + end));
            int kind = static_cast<int>(ordered.at(i)->kind);
            for (qsizetype k = i; k < end; ++k)
                if (static_cast<int>(ordered.at(k)->kind) != kind)
                    kind = -1;
            marks.push_back(IndexMark::of(ordered.at(i), summary->median, summary, kind));
        } else {
            for (qsizetype k = i; k < end; ++k)
                marks.push_back(IndexMark::of(ordered.at(k), *ordered.at(k)->value, std::nullopt, static_cast<int>(ordered.at(k)->kind)));
        }
        i = end;
    }
    return marks;
}

} // namespace

QString CostCurveChart::metricText(const std::string &metric)
{
    return metric == "training_cost"                     ? tr("training cost")
           : metric == "price_per_million_tokens_input"  ? tr("input tokens, price per million")
           : metric == "price_per_million_tokens_output" ? tr("output tokens, price per million")
           : metric == "gpu_hour_price"                  ? tr("price per GPU-hour")
                                                         : tr("price per million tokens");
}

void CostCurveChart::buildDataSeries()
{
    const Dataset *d = m_document.dataset();
    if (!d || d == m_builtFor)
        return;
    m_builtFor = d;
    for (const DataSeries &s : m_data) {
        removeSeries(s.series);
        delete s.series;
    }
    m_data.clear();
    // Published prices of one thing over time (a model's training run, its tokens, an H100's
    // hour), two or more points each, from one source or several side by side.
    static const std::set<std::string> prices = {"training_cost", "price_per_million_tokens",
                                                 "price_per_million_tokens_input", "price_per_million_tokens_output",
                                                 "gpu_hour_price"};
    std::map<std::pair<std::string, std::string>, QVector<const Observation *>> groups;
    for (const std::string &metric : prices)
        d->forEachOfMetric(metric, [&](const Observation &o) {
            if (o.value && *o.value > 0 && o.kind != Kind::Guidance)
                groups[{o.entity, o.metric}].append(&o);
        });
    std::erase_if(groups, [](const auto &group) { return group.second.size() < 2; });

    // Each published series as marks, indexed to 1 at its first mark.
    struct Published
    {
        QVector<const Observation *> ordered;
        std::vector<IndexMark> marks;
    };
    std::vector<Published> published;
    for (auto &[key, points] : groups) {
        std::stable_sort(points.begin(), points.end(),
                         [](const Observation *a, const Observation *b) { return a->period.midpoint() < b->period.midpoint(); });
        std::vector<IndexMark> marks = seriesMarks(points);
        const double base = marks.front().value;
        const Period basePeriod = marks.front().first->period;
        for (IndexMark &m : marks) {
            m.index = m.value / base;
            m.basePeriod = basePeriod;
        }
        published.push_back({points, std::move(marks)});
    }

    // Drawn one by one while their names fit beside the plot. More (a large store: tens of
    // companies' price series) are drawn one series per metric: in a period where several
    // series have a mark, one mark at the median of their indices with the range and count,
    // the figures a click away. Each series keeps its own first mark as its 1.
    if (published.size() > maxSeparateSeries) {
        std::map<std::string, std::vector<Published>> byMetric;
        for (Published &p : published)
            byMetric[p.ordered.front()->metric].push_back(std::move(p));
        published.clear();
        for (auto &[metric, members] : byMetric) {
            if (members.size() == 1) {
                published.push_back(std::move(members.front()));
                continue;
            }
            Published merged;
            std::vector<const IndexMark *> all;
            for (const Published &p : members) {
                merged.ordered += p.ordered;
                for (const IndexMark &m : p.marks)
                    all.push_back(&m);
            }
            std::stable_sort(all.begin(), all.end(), [](const IndexMark *a, const IndexMark *b) {
                return a->first->period.midpoint() < b->first->period.midpoint();
            });
            for (std::size_t i = 0; i < all.size();) {
                std::size_t end = i;
                std::set<std::string> entities;
                while (end < all.size() && all[end]->first->period == all[i]->first->period)
                    entities.insert(all[end++]->first->entity);
                if (entities.size() < 2) {
                    for (std::size_t k = i; k < end; ++k)
                        merged.marks.push_back(*all[k]);
                } else {
                    std::vector<double> indices;
                    int kind = all[i]->kind;
                    for (std::size_t k = i; k < end; ++k) {
                        indices.push_back(all[k]->index);
                        if (all[k]->kind != kind)
                            kind = -1;
                    }
                    IndexMark mark = IndexMark::of(all[i]->first, 0, std::nullopt, kind);
                    mark.across = FigureSummary::of(indices);
                    mark.index = mark.across->median;
                    mark.seriesCount = static_cast<int>(entities.size());
                    merged.marks.push_back(mark);
                }
                i = end;
            }
            published.push_back(std::move(merged));
        }
    }

    int index = 0;
    const QScatterSeries::MarkerShape shapes[] = {QScatterSeries::MarkerShapeRectangle,
                                                  QScatterSeries::MarkerShapeTriangle,
                                                  QScatterSeries::MarkerShapeRotatedRectangle};
    for (const Published &p : published) {
        auto *series = new QScatterSeries;
        series->setMarkerShape(shapes[index % 3]);
        series->setMarkerSize(12);
        series->setColor(ChartStyle::paletteColor(index + 5));
        series->setBorderColor(Qt::black);
        addSeries(series);
        series->attachAxis(m_x);
        series->attachAxis(m_y);
        // Shared by the tooltip and the click (copies of the lambdas hold it).
        const auto marks = std::make_shared<const std::vector<IndexMark>>(p.marks);
        // A year sits on its tick, a date or a month where it falls in the year.
        for (const IndexMark &m : *marks)
            series->append(m.first->period.midpoint() - 0.5, m.index);
        hoverText(series, [this, marks](int i) {
            if (i < 0 || i >= static_cast<int>(marks->size()))
                return QString();
            const IndexMark &m = (*marks)[static_cast<std::size_t>(i)];
            const Observation &o = *m.first;
            if (m.across) {
                const int count = m.seriesCount;
                return tr("<b>%1</b>, %2: median index %3 (each series 1 at its first figure)<br/>%n series, from "
                          "%4 to %5<br/><i>Click to see each figure on the Data page</i>",
                          nullptr, count)
                    .arg(metricText(o.metric), periodText(o.period))
                    .arg(m.index, 0, 'g', 3)
                    .arg(m.across->low, 0, 'g', 3)
                    .arg(m.across->high, 0, 'g', 3);
            }
            const Dataset *d = m_document.dataset();
            const Entity *e = d ? d->entity(o.entity) : nullptr;
            const QString who = e ? localized(e->nameEn, e->nameZh) : QString::fromStdString(o.entity);
            const QString base = periodText(m.basePeriod);
            if (m.summary) {
                const auto count = static_cast<int>(m.summary->count);
                return tr("<b>%1</b>, %2: median %3 (index %4, 1 = %5)<br/>%n figure(s), from %6 to %7<br/><i>Click "
                          "to see each figure on the Data page</i>",
                          nullptr, count)
                    .arg(who, periodText(o.period), valueText(m.value, o))
                    .arg(m.index, 0, 'g', 3)
                    .arg(base, valueText(m.summary->low, o), valueText(m.summary->high, o));
            }
            const Source *s = d ? d->source(o.source) : nullptr;
            return tr("<b>%1</b>, %2: %3 (index %4, 1 = %5)<br/>Source: %6")
                .arg(who, periodText(o.period), valueText(*o.value, o))
                .arg(m.index, 0, 'g', 3)
                .arg(base, s ? QString::fromStdString(s->publisher + ", " + s->title) : QString());
        });
        connect(series, &QXYSeries::clicked, this, [series, marks](const QPointF &point) {
            const QList<QPointF> shown = series->points();
            for (int i = 0; i < shown.size() && i < static_cast<int>(marks->size()); ++i) {
                const IndexMark &m = (*marks)[static_cast<std::size_t>(i)];
                if ((m.summary || m.across) && std::abs(shown.at(i).x() - point.x()) < 1.0 / 24) {
                    // Several series' marks: every company's figures of the metric and period.
                    const QString entity = m.across ? QString() : QString::fromStdString(m.first->entity);
                    emit ObservationChart::links().figuresRequested(entity, QString::fromStdString(m.first->metric),
                                                                     m.kind, m.first->period);
                    return;
                }
            }
        });
        std::set<std::string> publishers, entities;
        for (const Observation *o : p.ordered) {
            entities.insert(o->entity);
            if (const Source *src = d->source(o->source))
                publishers.insert(src->publisher);
        }
        // Counted here, not in retranslate(): that runs on every slider step.
        series->setProperty("publisherCount", static_cast<int>(publishers.size()));
        series->setProperty("publisher", publishers.empty() ? QString() : QString::fromStdString(*publishers.begin()));
        series->setProperty("seriesCount", static_cast<int>(entities.size()));
        QStringList names;
        for (const std::string &publisher : publishers)
            names << QString::fromStdString(publisher);
        m_data.append({series, p.ordered, names});
        ++index;
    }
    retranslate();
}

void CostCurveChart::updatePoints()
{
    buildDataSeries();
    const ModelParameters &p = m_document.parameters();
    const ParameterValues v = p.values();
    const QString selected = QString::fromStdString(p.costCurve());
    double lowest = 1;
    for (QLineSeries *line : m_presets) {
        const CostCurvePreset *preset = CostCurvePresets::preset(line->property("preset").toString().toStdString());
        const double decline = CostCurvePresets::decline(*preset, v.hwGain, v.algoGain);
        QList<QPointF> points;
        for (int year = startYear; year <= v.horizon; ++year)
            points.append({static_cast<double>(year), std::pow(1.0 - decline, year - startYear)});
        replacePoints(line, points);
        lowest = std::min(lowest, points.back().y());
        QColor color = line->property("color").value<QColor>();
        const bool chosen = line->property("preset").toString() == selected && !p.isExplicit("cost_decline");
        if (!chosen)
            color.setAlpha(110);
        line->setPen(QPen(color, chosen ? 4.0 : 1.5));
    }
    // A decline set by hand is its own line.
    if (p.isExplicit("cost_decline")) {
        QList<QPointF> points;
        for (int year = startYear; year <= v.horizon; ++year)
            points.append({static_cast<double>(year), std::pow(1.0 - v.costDecline, year - startYear)});
        replacePoints(m_current, points);
    } else {
        replacePoints(m_current, {});
    }
    m_current->setVisible(p.isExplicit("cost_decline"));
    for (QLegendMarker *m : legend()->markers(m_current))
        m->setVisible(p.isExplicit("cost_decline"));
    for (const DataSeries &s : m_data)
        for (const QPointF &pt : s.series->points())
            lowest = std::min(lowest, pt.y());
    // The steepest presets run off the bottom rather than squash the rest: at most 10 decades.
    fitLogAxis(m_y, std::max(lowest, 1e-10), 1.5, 10, fit());
    if (m_x->tickAnchor() != startYear)
        m_x->setTickAnchor(startYear);
    if (const double interval = v.horizon - startYear > 12 ? 2 : 1; m_x->tickInterval() != interval)
        m_x->setTickInterval(interval);
    if (m_x->min() != startYear - 0.3 || m_x->max() != v.horizon + 0.3)
        m_x->setRange(startYear - 0.3, v.horizon + 0.3);
    retranslate();
}

void CostCurveChart::retranslate()
{
    // Called on every update: unchanged texts are not set again, so that a step lays
    // nothing out. The legend names carry no rate that a slider moves (the derived preset's
    // and the hand-set one's are in their tooltips): a new name relays out the legend and
    // the whole chart, which doubled a slider step.
    if (const QString text = tr("Cost curves: price of AI work at fixed capability (index, %1 = 1)").arg(startYear); plainTitle() != text)
        setTitle(text);
    auto rename = [](QAbstractSeries *series, const QString &name) {
        if (series->name() != name)
            series->setName(name);
    };
    for (QLineSeries *line : m_presets)
        if (const CostCurvePreset *p = CostCurvePresets::preset(line->property("preset").toString().toStdString()))
            rename(line, localized(p->nameEn, p->nameZh));
    rename(m_current, tr("Set by hand"));
    const Dataset *d = m_document.dataset();
    for (const DataSeries &s : m_data) {
        const Observation &o = *s.points.front();
        const Entity *e = d ? d->entity(o.entity) : nullptr;
        // Counted when the series was built (buildDataSeries): this runs on every slider step.
        const int sources = s.series->property("publisherCount").toInt();
        const int series = s.series->property("seriesCount").toInt();
        const QString publisher = s.series->property("publisher").toString();
        if (series > 1) {
            QString what = metricText(o.metric);
            what[0] = what[0].toUpper(); // it starts the name
            rename(s.series, tr("%1: %n series, each 1 at its first figure", nullptr, series).arg(what));
        }
        else
            rename(s.series, tr("%1, %2 (%3)")
                                  .arg(e ? localized(e->nameEn, e->nameZh) : QString(), metricText(o.metric),
                                       sources == 1 ? publisher : tr("%n sources", nullptr, sources)));
    }
    if (m_x->titleText() != tr("Year"))
        m_x->setTitleText(tr("Year"));
    if (m_y->titleText() != tr("Index (log scale)"))
        m_y->setTitleText(tr("Index (log scale)"));
}

QString CostCurveChart::sourcesFooter() const
{
    QStringList parts;
    for (const CostCurvePreset &p : CostCurvePresets::presets())
        parts << localized(p.sourceEn, p.sourceZh);
    const Dataset *d = m_document.dataset();
    for (const DataSeries &s : m_data) {
        if (s.publishers.size() > 1) {
            parts << s.publishers;
            continue;
        }
        if (const Source *src = d ? d->source(s.points.front()->source) : nullptr)
            parts << QString::fromStdString(src->publisher + " (" + src->date + ")");
    }
    parts.removeDuplicates();
    return sourcesSentence(parts);
}

} // namespace capex::ui

#include "fleetchart.h"

#include "chartstyle.h"
#include "figuresummary.h"
#include "translation.h"

#include <QCategoryAxis>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <map>
#include <string_view>

namespace capex::ui {

FleetChart::FleetChart(QGraphicsItem *parent) : ObservationChart(parent) {}

void FleetChart::setCompact(bool compact)
{
    m_compact = compact;
    rebuild();
}

void FleetChart::setCompanies(const QStringList &entityIds)
{
    m_companies = entityIds;
    rebuild();
}

void FleetChart::build()
{
    const Dataset &d = *snapshot();
    const bool chinese = Translation::instance().language() == Language::Chinese;
    // Millions of H100e in English; 万 (10^4) in Chinese.
    const double scale = chinese ? 1e4 : 1e6;

    std::vector<const Observation *> estimates;
    for (const Observation &o : d.observations)
        if (o.metric == "gpu_fleet_h100e" && o.period.isYearEnd() && o.kind != Kind::Guidance)
            estimates.push_back(&o);

    QStringList companies = m_companies;
    if (companies.isEmpty()) {
        for (const Observation *o : estimates)
            if (!companies.contains(QString::fromStdString(o->entity)))
                companies << QString::fromStdString(o->entity);
    }
    // Largest fleets first reads best.
    std::map<QString, double> size;
    for (const Observation *o : estimates)
        size[QString::fromStdString(o->entity)] = std::max(size[QString::fromStdString(o->entity)], *o->centralValue());
    std::stable_sort(companies.begin(), companies.end(), [&](const QString &a, const QString &b) { return size[a] > size[b]; });

    // One slot per (source, year): the sources that give fleets, in a stable order.
    // One slot per publisher and year: Epoch's estimates come from several of its files (its
    // Nvidia, TPU and CoreWeave models), which read as one source.
    std::map<std::string_view, std::string> publishers; // by source id, each looked up once
    auto publisherOf = [&](const Observation *o) -> const std::string & {
        auto it = publishers.find(o->source);
        if (it == publishers.end()) {
            const Source *s = d.source(o->source);
            it = publishers.emplace(o->source, s ? s->publisher : o->source).first;
        }
        return it->second;
    };
    std::vector<std::string> sources;
    std::vector<int> years;
    for (const Observation *o : estimates) {
        if (!companies.contains(QString::fromStdString(o->entity)))
            continue;
        if (std::find(sources.begin(), sources.end(), publisherOf(o)) == sources.end())
            sources.push_back(publisherOf(o));
        if (std::find(years.begin(), years.end(), o->period.year) == years.end())
            years.push_back(o->period.year);
    }
    std::sort(sources.begin(), sources.end());
    std::sort(years.begin(), years.end());
    if (companies.isEmpty() || sources.empty()) {
        setTitle(tr("No fleet estimates"));
        return;
    }
    const int slotCount = static_cast<int>(sources.size() * years.size());
    auto slotX = [&](int company, std::size_t source, std::size_t year) {
        const int slot = static_cast<int>(year * sources.size() + source);
        return company + (slot + 1.0) / (slotCount + 1.0);
    };

    std::vector<QXYSeries *> all;
    double yMax = 0;
    // A company's period with many estimates of one kind (FigureSummary::manyFigures or more,
    // from any sources) is one mark at their median with a whisker over their range, drawn
    // in the middle of its year's slots; the figures are a click away (the Data page).
    struct GroupKey
    {
        int company;
        Period period;
        Kind kind;
        auto operator<=>(const GroupKey &) const = default;
    };
    std::map<GroupKey, std::vector<const Observation *>> groups;
    for (const Observation *o : estimates)
        if (const auto company = static_cast<int>(companies.indexOf(QString::fromStdString(o->entity))); company >= 0)
            groups[{company, o->period, o->kind}].push_back(o);
    // Each estimate's company (its place on the axis, -1: not shown), found once.
    std::vector<int> companyOf(estimates.size());
    for (std::size_t i = 0; i < estimates.size(); ++i)
        companyOf[i] = static_cast<int>(companies.indexOf(QString::fromStdString(estimates[i]->entity)));
    auto summarized = [&](std::size_t i) {
        auto it = groups.find({companyOf[i], estimates[i]->period, estimates[i]->kind});
        return it != groups.end() && it->second.size() >= FigureSummary::manyFigures;
    };
    for (std::size_t yi = 0; yi < years.size(); ++yi) {
        auto *medians = new QScatterSeries;
        const QColor color(0x40, 0x40, 0x40);
        medians->setMarkerShape(QScatterSeries::MarkerShapeRotatedRectangle);
        medians->setMarkerSize(ChartStyle::estimateMarkerSize + 2);
        medians->setColor(yi == 0 ? color : QColor(Qt::white));
        medians->setBorderColor(color);
        medians->setPen(QPen(color, 2));
        medians->setName(tr("Median of many estimates, end of %1").arg(years[yi]));
        QVector<const Observation *> points;
        QHash<int, SummaryMark> marks;
        std::vector<const Observation *> members;
        for (const auto &[key, group] : groups) {
            if (key.period.year != years[yi] || group.size() < FigureSummary::manyFigures)
                continue;
            const auto summary = FigureSummary::of(group);
            if (!summary)
                continue;
            SummaryMark mark {group.front()->entity, group.front()->metric, key.kind, key.period,
                              summary->median / scale, summary->low / scale, summary->high / scale, summary->count,
                              scale, {}, group.front()->unit};
            // The middle of the company's slots for this year.
            const double x = key.company + (static_cast<double>(yi * sources.size()) + (static_cast<double>(sources.size()) + 1) / 2.0)
                    / (slotCount + 1.0);
            marks.insert(static_cast<int>(points.size()), mark);
            medians->append(x, mark.median);
            points.append(nullptr);
            members.insert(members.end(), group.begin(), group.end());
            all.push_back(summaryWhisker(x, mark, color));
            yMax = std::max(yMax, mark.high);
        }
        if (points.isEmpty()) {
            delete medians;
            continue;
        }
        registerPoints(medians, points);
        registerSummaries(medians, marks, members);
        all.push_back(medians);
    }
    for (std::size_t si = 0; si < sources.size(); ++si) {
        const QString publisher = QString::fromStdString(sources[si]);
        const QColor color = ChartStyle::paletteColor(static_cast<int>(si));
        for (std::size_t yi = 0; yi < years.size(); ++yi) {
            auto *markers = new QScatterSeries;
            const bool filled = yi == 0;
            markers->setMarkerShape(si % 2 ? QScatterSeries::MarkerShapeRectangle : QScatterSeries::MarkerShapeCircle);
            markers->setMarkerSize(ChartStyle::estimateMarkerSize);
            markers->setColor(filled ? color : QColor(Qt::white));
            markers->setBorderColor(color);
            markers->setPen(QPen(color, 2));
            markers->setName(tr("%1, end of %2").arg(publisher).arg(years[yi]));
            QVector<const Observation *> points;
            for (std::size_t i = 0; i < estimates.size(); ++i) {
                const Observation *o = estimates[i];
                const int company = companyOf[i];
                if (company < 0 || o->period.year != years[yi] || publisherOf(o) != sources[si] || summarized(i))
                    continue;
                const double x = slotX(company, si, yi);
                auto *bar = new QLineSeries;
                bar->setPen(ChartStyle::guidancePen(color, true));
                const double low = o->low.value_or(*o->centralValue()), high = o->high.value_or(*o->centralValue());
                bar->append(x, low / scale);
                bar->append(x, high / scale);
                registerPoints(bar, {o, o});
                all.push_back(bar);
                markers->append(x, *o->centralValue() / scale);
                points.append(o);
                yMax = std::max(yMax, high / scale);
            }
            if (points.isEmpty()) { // this publisher has no estimate for this year
                delete markers;
                continue;
            }
            registerPoints(markers, points);
            all.push_back(markers);
        }
    }
    for (QXYSeries *s : all)
        addSeries(s);

    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    for (int i = 0; i < companies.size(); ++i) {
        const Entity *e = d.entity(companies.at(i).toStdString());
        x->append(e ? localized(e->nameEn, e->nameZh) : companies.at(i), i + 1);
    }
    x->setRange(0, static_cast<double>(companies.size()));
    x->setGridLineVisible(true);
    addAxis(x, Qt::AlignBottom);
    auto *y = new QValueAxis;
    y->setRange(0, yMax * 1.08);
    y->applyNiceNumbers();
    y->setLabelFormat(chinese ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
    y->setTitleText(chinese ? tr("H100 equivalents, tens of thousands", "axis unit: 万张H100等效")
                            : tr("H100 equivalents, millions"));
    y->setTitleFont(ChartStyle::axisTitleFont());
    addAxis(y, Qt::AlignLeft);
    for (QXYSeries *s : all) {
        s->attachAxis(x);
        s->attachAxis(y);
        if (s->name().isEmpty())
            hideFromLegend(s);
    }
    setTitle(m_compact ? tr("GPU fleets (H100e)") : tr("GPU fleets by company, H100-equivalents: estimates with ranges"));
}

} // namespace capex::ui

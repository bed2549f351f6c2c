#include "fleetchart.h"

#include "chartstyle.h"
#include "figuresummary.h"
#include "translation.h"

#include <QCategoryAxis>
#include <QFontMetricsF>
#include <QGraphicsRectItem>
#include <QHash>
#include <QLineSeries>
#include <QRegularExpression>
#include <QScatterSeries>
#include <QSet>
#include <QTextLayout>
#include <QValueAxis>

#include <algorithm>
#include <functional>
#include <map>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace capex::ui {

namespace {

/// `text` broken at its line-break opportunities (spaces, between Chinese characters) into
/// lines of at most `width`, as HTML; empty if a line is wider or it takes more than `lines`.
QString wrappedInto(const QString &text, const QFont &font, double width, int lines)
{
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    QStringList parts;
    bool fits = true;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        fits = fits && line.naturalTextWidth() <= width;
        parts << text.mid(line.textStart(), line.textLength()).trimmed().toHtmlEscaped();
    }
    layout.endLayout();
    return fits && parts.size() <= lines ? parts.join(QStringLiteral("<br>")) : QString();
}

/// A company's name in short: without words in brackets, its first word ("Alphabet (Google)"
/// → "Alphabet", "Meta Platforms" → "Meta"); of a Chinese name with the company's own Latin
/// name in it, that name ("谷歌母公司Alphabet" → "Alphabet").
QString shortName(const QString &name)
{
    QString text = name;
    for (const auto &[open, close] : {std::pair{u'(', u')'}, std::pair{u'（', u'）'}}) {
        const qsizetype at = text.indexOf(QChar(open));
        if (at > 0 && text.indexOf(QChar(close), at) > at)
            text = text.left(at).trimmed();
    }
    const bool han = std::any_of(text.begin(), text.end(), [](QChar c) { return c.script() == QChar::Script_Han; });
    if (han) {
        static const QRegularExpression latin(QStringLiteral("[A-Za-z][A-Za-z0-9.-]+"));
        QString longest;
        for (const QRegularExpressionMatch &m : latin.globalMatch(text))
            if (m.captured().size() > longest.size())
                longest = m.captured();
        return longest.isEmpty() ? text : longest;
    }
    return text.section(QLatin1Char(' '), 0, 0);
}

/// The companies' short names, told apart where two share one: "Benchmark company 1" and
/// "Benchmark company 2" are both "Benchmark" in short, so they take their first and last
/// words ("Benchmark 1", "Benchmark 2").
QStringList uniqueShortNames(const QStringList &names)
{
    QStringList shorts;
    QHash<QString, int> uses;
    for (const QString &name : names)
        ++uses[shorts.emplace_back(shortName(name))];
    QStringList unique = shorts;
    for (int i = 0; i < names.size(); ++i) {
        if (uses.value(shorts.at(i)) < 2)
            continue;
        const QStringList words = names.at(i).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.size() >= 2)
            unique[i] = words.first() + QLatin1Char(' ') + words.last();
    }
    return unique;
}

} // namespace

FleetChart::FleetChart(QGraphicsItem *parent) : ObservationChart(parent)
{
    connect(this, &QChart::plotAreaChanged, this, &FleetChart::labelCompanies);
}

QString FleetChart::companyLabel(const QString &name, const QFont &font, double width)
{
    // A few pixels to spare: Qt Charts measures the label with a margin round it.
    const double room = width - 6;
    for (const QString &text : {name, shortName(name)})
        for (int lines : {1, 2, 3})
            if (const QString label = wrappedInto(text, font, room, lines); !label.isEmpty())
                return label;
    return {};
}

void FleetChart::labelCompanies()
{
    if (!m_companyAxis || m_names.isEmpty() || series().isEmpty())
        return;
    // Qt Charts gives each label of a category axis the axis' width over one more than the
    // categories, less 4 px either side.
    const double content = size().width() - margins().left() - margins().right();
    const double width = content / (m_names.size() + 1) - 8;
    const QFont font = m_companyAxis->labelsFont();
    QStringList labels;
    bool upright = false;
    for (const QString &name : std::as_const(m_names)) {
        const QString label = companyLabel(name, font, width);
        upright = upright || label.isEmpty();
        labels << label;
    }
    // Where one does not fit across, every name stands upright, in short (as Excel does with
    // a crowded axis): an upright line needs only its height across.
    if (upright) {
        // Upright, a label may be as long as Qt Charts lets the axis be high: 40 % of the
        // plot and the axis together, less its padding. A short name longer than that is
        // cut to an abbreviation ("CoreW."), the whole name in the tooltip.
        const QRectF plot = plotArea();
        const double length = 0.4 * (size().height() - margins().bottom() - plot.top()) - 14;
        const QFontMetricsF metrics(font);
        const QStringList shorts = uniqueShortNames(m_names);
        for (int i = 0; i < m_names.size(); ++i) {
            const QString &whole = shorts.at(i);
            QString text = whole;
            for (qsizetype keep = whole.size() - 1; keep >= 2 && metrics.horizontalAdvance(text) > length; --keep)
                text = whole.left(keep).trimmed() + QLatin1Char('.');
            labels[i] = text.toHtmlEscaped();
        }
    }
    // A category axis shows one category per label: a label already taken would keep its
    // company's whole name, upright across its neighbours. Cut to the same abbreviation, two
    // labels differ by zero-width spaces (the tooltip names each company in full).
    QSet<QString> taken;
    for (QString &label : labels) {
        while (taken.contains(label))
            label += QChar(0x200B);
        taken.insert(label);
    }
    const QStringList current = m_companyAxis->categoriesLabels();
    for (int i = 0; i < current.size() && i < labels.size(); ++i)
        if (current.at(i) != labels.at(i) && !current.contains(labels.at(i)))
            m_companyAxis->replaceLabel(current.at(i), labels.at(i));
    if (const int angle = upright ? -90 : 0; m_companyAxis->labelsAngle() != angle)
        m_companyAxis->setLabelsAngle(angle);
    // The whole name as the tooltip over each company's column and label.
    const QRectF plot = plotArea();
    for (int i = 0; i < m_nameTips.size(); ++i) {
        const double left = mapToPosition(QPointF(i, 0)).x(), right = mapToPosition(QPointF(i + 1, 0)).x();
        m_nameTips.at(i)->setRect(QRectF(left, plot.top(), right - left, size().height() - plot.top()));
    }
}

void FleetChart::setCompact(bool compact)
{
    if (compact == m_compact)
        return;
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
    m_names.clear();
    qDeleteAll(m_nameTips);
    m_nameTips.clear();
    const Dataset &d = *snapshot();
    const bool chinese = Translation::instance().language() == Language::Chinese;
    // Millions of H100e in English; 万 (10^4) in Chinese.
    const double scale = chinese ? 1e4 : 1e6;

    std::vector<const Observation *> estimates;
    d.forEachOfMetric("gpu_fleet_h100e", [&](const Observation &o) {
        if (o.period.isYearEnd() && o.kind != Kind::Guidance)
            estimates.push_back(&o);
    });

    // Largest fleets first reads best: each company by its largest estimate.
    std::unordered_map<std::string, double> largest;
    std::vector<std::string> firstSeen;
    for (const Observation *o : estimates) {
        const auto [it, added] = largest.try_emplace(o->entity, 0.0);
        if (added)
            firstSeen.push_back(o->entity);
        it->second = std::max(it->second, *o->centralValue());
    }
    QStringList companies = m_companies;
    if (companies.isEmpty())
        for (const std::string &id : firstSeen)
            companies << QString::fromStdString(id);
    auto sizeOf = [&largest](const QString &id) {
        const auto it = largest.find(id.toStdString());
        return it == largest.end() ? 0.0 : it->second;
    };
    std::stable_sort(companies.begin(), companies.end(), [&](const QString &a, const QString &b) { return sizeOf(a) > sizeOf(b); });
    // The overview's panel has room for a few columns: the largest fleets, the title says of how many.
    const auto everyCompany = static_cast<int>(companies.size());
    if (m_compact && m_companies.isEmpty() && everyCompany > compactCompanies)
        companies.resize(compactCompanies);
    // Each company's column, looked up by id for every estimate.
    std::unordered_map<std::string, int> columnOf;
    for (int i = 0; i < companies.size(); ++i)
        columnOf.emplace(companies.at(i).toStdString(), i);
    auto column = [&columnOf](const Observation *o) {
        const auto it = columnOf.find(o->entity);
        return it == columnOf.end() ? -1 : it->second;
    };

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
        if (column(o) < 0)
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
        if (const int company = column(o); company >= 0)
            groups[{company, o->period, o->kind}].push_back(o);
    // Each estimate's company (its place on the axis, -1: not shown), found once.
    std::vector<int> companyOf(estimates.size());
    for (std::size_t i = 0; i < estimates.size(); ++i)
        companyOf[i] = column(estimates[i]);
    auto summarized = [&](std::size_t i) {
        auto it = groups.find({companyOf[i], estimates[i]->period, estimates[i]->kind});
        return it != groups.end() && it->second.size() >= FigureSummary::manyFigures;
    };
    // One legend entry per look, not per year: filled (the first year) and hollow (the later
    // ones, named together). A large store has estimates for seven years, and a line each
    // took the chart's room.
    using Made = std::vector<std::pair<QScatterSeries *, std::size_t>>;
    auto nameByLook = [&years](const Made &made, const std::function<QString(const QString &)> &name) {
        std::vector<int> later;
        QScatterSeries *hollow = nullptr;
        for (const auto &[series, yi] : made) {
            if (yi == 0) {
                series->setName(name(QString::number(years[0])));
                continue;
            }
            later.push_back(years[yi]);
            series->setName(QString());
            if (!hollow)
                hollow = series;
        }
        if (!hollow)
            return;
        QStringList text;
        for (std::size_t i = 0; i < later.size(); ++i) {
            std::size_t end = i;
            while (end + 1 < later.size() && later[end + 1] == later[end] + 1)
                ++end;
            text << (end > i + 1 ? QStringLiteral("%1–%2").arg(later[i]).arg(later[end]) : QString::number(later[i]));
            if (end == i + 1)
                text << QString::number(later[end]);
            i = end;
        }
        const bool chinese = Translation::instance().language() == Language::Chinese;
        hollow->setName(name(text.join(chinese ? QStringLiteral("、") : QStringLiteral(", "))));
    };
    Made madeMedians;
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
            addSummaryWhisker(x, mark, color, medians);
            yMax = std::max(yMax, mark.high);
        }
        if (points.isEmpty()) {
            delete medians;
            continue;
        }
        registerPoints(medians, points);
        registerSummaries(medians, marks, members);
        all.push_back(medians);
        madeMedians.push_back({medians, yi});
    }
    for (std::size_t si = 0; si < sources.size(); ++si) {
        const QString publisher = QString::fromStdString(sources[si]);
        const QColor color = ChartStyle::paletteColor(static_cast<int>(si));
        Made madeMarkers;
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
                const double low = o->low.value_or(*o->centralValue()), high = o->high.value_or(*o->centralValue());
                RangeBar bar;
                bar.x = x;
                bar.low = low / scale;
                bar.high = high / scale;
                bar.pen = ChartStyle::guidancePen(color, true);
                bar.along = markers;
                bar.observation = o;
                addRangeBar(std::move(bar));
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
            madeMarkers.push_back({markers, yi});
        }
        nameByLook(madeMarkers, [&publisher](const QString &when) { return tr("%1, end of %2").arg(publisher, when); });
    }
    nameByLook(madeMedians, [](const QString &when) { return tr("Median of many estimates, end of %1").arg(when); });
    for (QXYSeries *s : all)
        addSeries(s);

    auto *x = axisAt<QCategoryAxis>(Qt::AlignBottom);
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    for (int i = 0; i < companies.size(); ++i) {
        const Entity *e = d.entity(companies.at(i).toStdString());
        m_names << (e ? localized(e->nameEn, e->nameZh) : companies.at(i));
        x->append(m_names.last().toHtmlEscaped(), i + 1);
        auto *tip = new QGraphicsRectItem(this);
        tip->setPen(Qt::NoPen);
        tip->setToolTip(m_names.last());
        tip->setZValue(-1); // under the markers, whose own tips say more
        m_nameTips << tip;
    }
    m_companyAxis = x;
    x->setRange(0, static_cast<double>(companies.size()));
    x->setGridLineVisible(true);
    auto *y = axisAt<QValueAxis>(Qt::AlignLeft);
    y->setRange(0, yMax * 1.08);
    y->applyNiceNumbers();
    y->setLabelFormat(chinese ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
    y->setTitleFont(ChartStyle::axisTitleFont());
    setAxisTitle(y,
                 chinese ? tr("H100 equivalents, tens of thousands", "axis unit: 万张H100等效")
                         : tr("H100 equivalents, millions"),
                 chinese ? tr("H100e, tens of thousands", "brief axis unit: 万张H100e") : tr("Million H100e"));
    for (QXYSeries *s : all) {
        s->attachAxis(x);
        s->attachAxis(y);
        if (s->name().isEmpty())
            hideFromLegend(s);
    }
    if (!m_compact)
        setTitle(tr("GPU fleets by company, H100-equivalents: estimates with ranges"));
    else if (companies.size() < everyCompany)
        setTitle(tr("GPU fleets (H100e), the %1 largest of %2").arg(companies.size()).arg(everyCompany));
    else
        setTitle(tr("GPU fleets (H100e)"));
    labelCompanies();
}

} // namespace capex::ui

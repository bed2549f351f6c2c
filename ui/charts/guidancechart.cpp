#include "guidancechart.h"

#include "capexchart.h"
#include "chartstyle.h"
#include "translation.h"
#include "valuetext.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace capex::ui {
namespace {

const char *const metricId = "capex";

/// x of a day or month on the chart's time axis.
double xOfDate(const Period &stated) { return ObservationChart::xOf(stated); }

QString seriesName(const QString &role, const QString &company)
{
    return QStringLiteral("guidance-%1:%2").arg(role, company);
}

QString moneyText(double amount, const QString &currency, int digits = 3)
{
    return QString::fromStdString(Translation::instance().format(digits).money(amount, currency.toStdString()));
}

/// "$91–93B" / "910–930亿美元": a range with its currency and unit written once where the two
/// ends share them, else both ends whole ("$950M–$1.2B").
QString rangeText(double low, double high, const QString &currency)
{
    const QString a = moneyText(low, currency), b = moneyText(high, currency);
    if (a == b)
        return a;
    auto isNumeric = [](QChar c) { return c.isDigit() || c == QLatin1Char('.') || c == QLatin1Char(','); };
    int prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.at(prefix) == b.at(prefix) && !isNumeric(a.at(prefix)))
        ++prefix;
    int suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
           && a.at(a.size() - 1 - suffix) == b.at(b.size() - 1 - suffix) && !isNumeric(a.at(a.size() - 1 - suffix)))
        ++suffix;
    const QString lowDigits = a.mid(prefix, a.size() - prefix - suffix), highDigits = b.mid(prefix, b.size() - prefix - suffix);
    const bool bothNumbers = !lowDigits.isEmpty() && !highDigits.isEmpty()
        && std::all_of(lowDigits.begin(), lowDigits.end(), isNumeric) && std::all_of(highDigits.begin(), highDigits.end(), isNumeric);
    if (!bothNumbers)
        return a + QStringLiteral("–") + b;
    return a.left(prefix) + lowDigits + QStringLiteral("–") + highDigits + a.right(suffix);
}

} // namespace

GuidanceChart::GuidanceChart(QGraphicsItem *parent) : ObservationChart(parent)
{
    setShowEventsQuietly(false);
}

void GuidanceChart::configure(const Options &options)
{
    // A page sets its figures and then its options: the one rebuild is setSnapshot's (on a
    // large store a rebuild of a chart is tens of milliseconds).
    if (options == m_options && m_built)
        return;
    m_built = true;
    m_options = options;
    rebuild();
}

QAbstractSeries *GuidanceChart::companySeries(const QString &role, const QString &company) const
{
    const QString name = seriesName(role, company);
    for (QAbstractSeries *s : series())
        if (s->objectName() == name)
            return s;
    return nullptr;
}

QString GuidanceChart::sourcesFooter() const
{
    QString footer = ObservationChart::sourcesFooter();
    if (footer.isEmpty())
        return footer;
    QStringList definitions;
    for (const Guidance::Track &t : m_tracks)
        if (!t.empty())
            if (const QString text = CapexChart::definitionText(QString::fromStdString(t.entity), QLatin1String(metricId));
                !text.isEmpty())
                definitions << text;
    if (!definitions.isEmpty())
        footer += QLatin1Char(' ') + tr("Definitions: %1.").arg(definitions.join(QStringLiteral("; ")));
    footer += QLatin1Char(' ')
        + tr("Calendar-year figures only. Raises and cuts compare the midpoints of consecutive figures; a statement in "
             "words sits at the level of the figure before it, else of the year before's actual.");
    if (m_undatedActual)
        footer += QLatin1Char(' ') + tr("An actual without a report date is drawn at the end of its year.");
    return footer;
}

void GuidanceChart::build()
{
    const Dataset &d = *snapshot();
    const std::string currency = m_options.currency.toStdString();
    const double scale = moneyAxisScale();
    const int year = m_options.year;
    m_tracks.clear();
    m_undatedActual = false;
    for (const QString &company : m_options.companies)
        if (d.entity(company.toStdString()))
            m_tracks.push_back(Guidance::track(d, company.toStdString(), metricId, year, currency));

    // Where each actual sits: at its report date, or at the end of its year when it has none.
    auto actualX = [&](const Guidance::Track &t) {
        return xOfDate(t.actual->reported ? *t.actual->reported : Period::date(year, 12, 31));
    };
    double xMin = 1e9, xMax = -1e9;
    for (const Guidance::Track &t : m_tracks) {
        for (const Guidance::Revision &r : t.revisions) {
            xMin = std::min(xMin, xOfDate(r.stated));
            xMax = std::max(xMax, xOfDate(r.stated));
        }
        if (t.actual) {
            xMin = std::min(xMin, actualX(t));
            xMax = std::max(xMax, actualX(t));
            m_undatedActual = m_undatedActual || !t.actual->reported;
        }
    }
    if (xMin > xMax) {
        setTitle(tr("No capex guidance for %1 in the data for the selected companies").arg(year));
        return;
    }

    std::vector<QAbstractSeries *> all;
    double yMax = 0;
    bool anyWords = false, anyActual = false, anyNumeric = false;
    for (const Guidance::Track &t : m_tracks) {
        if (t.empty())
            continue;
        const QString id = QString::fromStdString(t.entity);
        const Entity *entity = d.entity(t.entity);
        const QString name = localized(entity->nameEn, entity->nameZh);
        const QColor color = ChartStyle::entityColor(t.entity);
        std::vector<const Guidance::Revision *> numeric;
        for (const Guidance::Revision &r : t.revisions)
            if (!r.inWords)
                numeric.push_back(&r);
        // The last guidance stands until the actual is reported, else to the chart's last date.
        const double stop = t.actual ? actualX(t) : xMax;

        if (!numeric.empty()) {
            anyNumeric = true;
            auto *step = new QLineSeries;
            step->setObjectName(seriesName(QStringLiteral("step"), id));
            step->setName(name);
            step->setPen(ChartStyle::actualPen(color));
            auto *upper = new QLineSeries, *lower = new QLineSeries;
            auto *points = new QScatterSeries;
            points->setObjectName(seriesName(QStringLiteral("points"), id));
            points->setMarkerSize(ChartStyle::actualMarkerSize + 1);
            points->setColor(color.lighter(160));
            points->setBorderColor(color);
            points->setPen(QPen(color, 1.5));
            QVector<const Observation *> stepPoints, markerPoints;
            bool ranged = false;
            for (std::size_t k = 0; k < numeric.size(); ++k) {
                const Guidance::Revision &r = *numeric[k];
                const double x = xOfDate(r.stated);
                const double next = k + 1 < numeric.size() ? xOfDate(numeric[k + 1]->stated) : std::max(stop, x);
                const double mid = *r.mid / scale, low = r.low.value_or(*r.mid) / scale,
                             high = r.high.value_or(*r.mid) / scale;
                step->append(x, mid);
                step->append(next, mid);
                stepPoints << r.observation << r.observation;
                upper->append(x, high);
                upper->append(next, high);
                lower->append(x, low);
                lower->append(next, low);
                ranged = ranged || high > low;
                points->append(x, mid);
                markerPoints << r.observation;
                yMax = std::max(yMax, high);
            }
            if (ranged) {
                auto *band = new QAreaSeries(upper, lower);
                upper->setParent(band); // the chart owns the band, not its edges
                lower->setParent(band);
                band->setObjectName(seriesName(QStringLiteral("band"), id));
                QColor fill = color;
                fill.setAlpha(45);
                band->setBrush(fill);
                band->setPen(Qt::NoPen);
                all.push_back(band);
            } else {
                delete upper;
                delete lower;
            }
            registerPoints(step, stepPoints);
            registerPoints(points, markerPoints);
            all.push_back(step);
            all.push_back(points);
        }

        // Statements in words: at the level of the figure before them, else of the year
        // before's actual, else of the first figure after them.
        std::optional<double> yearBefore;
        Period previousPeriod = t.period;
        --previousPeriod.year;
        if (const Guidance::Track before = Guidance::track(d, t.entity, metricId, previousPeriod, currency); before.actual)
            yearBefore = before.actual->value;
        auto *words = new QScatterSeries;
        words->setObjectName(seriesName(QStringLiteral("words"), id));
        words->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
        words->setMarkerSize(ChartStyle::estimateMarkerSize + 3);
        words->setColor(Qt::white);
        words->setBorderColor(color);
        words->setPen(QPen(color, 2));
        QVector<const Observation *> wordPoints;
        for (std::size_t i = 0; i < t.revisions.size(); ++i) {
            const Guidance::Revision &r = t.revisions[i];
            if (!r.inWords)
                continue;
            std::optional<double> level;
            for (std::size_t j = 0; j < i; ++j)
                if (!t.revisions[j].inWords)
                    level = t.revisions[j].mid;
            if (!level)
                level = yearBefore;
            for (std::size_t j = i + 1; !level && j < t.revisions.size(); ++j)
                if (!t.revisions[j].inWords)
                    level = t.revisions[j].mid;
            words->append(xOfDate(r.stated), level.value_or(0) / scale);
            yMax = std::max(yMax, level.value_or(0) / scale);
            wordPoints << r.observation;
        }
        if (wordPoints.isEmpty()) {
            delete words;
        } else {
            registerPoints(words, wordPoints);
            all.push_back(words);
            anyWords = true;
        }

        if (t.actual) {
            anyActual = true;
            const double x = actualX(t), y = t.actual->value / scale;
            yMax = std::max(yMax, y);
            if (const Guidance::Revision *last = t.latestNumeric()) {
                auto *link = new QLineSeries;
                link->setObjectName(seriesName(QStringLiteral("link"), id));
                link->setPen(ChartStyle::estimatePen(color));
                link->append(x, *last->mid / scale);
                link->append(x, y);
                registerPoints(link, {last->observation, t.actual->observation});
                all.push_back(link);
            }
            auto *actual = new QScatterSeries;
            actual->setObjectName(seriesName(QStringLiteral("actual"), id));
            actual->setMarkerSize(ChartStyle::actualMarkerSize + 5);
            actual->setColor(color);
            actual->setBorderColor(color.darker(150));
            actual->setPen(QPen(color.darker(150), 2));
            actual->append(x, y);
            registerPoints(actual, {t.actual->observation});
            all.push_back(actual);
            if (numeric.empty())
                actual->setName(name); // the company's legend entry when it gave no figure
        } else if (numeric.empty() && !wordPoints.isEmpty()) {
            words->setName(name);
        }
    }

    for (QAbstractSeries *s : all)
        addSeries(s);

    // Time: a label at the start of every quarter (every half-year on a long span).
    // A few weeks either side; half a year at least, so that a lone statement has dates around it.
    double left = xMin - 0.04, right = xMax + 0.04;
    if (right - left < 0.5) {
        const double middle = (left + right) / 2;
        left = middle - 0.25;
        right = middle + 0.25;
    }
    auto *x = axisAt<QCategoryAxis>(Qt::AlignBottom);
    x->setRange(left, right);
    const int months = right - left > 2.5 ? 6 : right - left > 0.4 ? 3 : 1;
    for (int y = static_cast<int>(std::floor(left)) - 1; y <= static_cast<int>(std::ceil(right)) + 1; ++y)
        for (int m = 1; m <= 12; m += months) {
            const double at = xOfDate(Period::date(y, m, 1));
            if (at >= left && at <= right)
                x->append(QStringLiteral("%1-%2").arg(y).arg(m, 2, 10, QLatin1Char('0')), at);
        }
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setGridLineVisible(true);
    x->setTitleText(tr("Date of the statement or report"));
    x->setTitleFont(ChartStyle::axisTitleFont());
    auto *y = axisAt<QValueAxis>(Qt::AlignLeft);
    y->setRange(0, std::max(yMax, 1.0) * 1.08);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(moneyAxisTitle(m_options.currency));
    y->setTitleFont(ChartStyle::axisTitleFont());
    for (QAbstractSeries *s : all) {
        s->attachAxis(x);
        s->attachAxis(y);
        if (s->name().isEmpty())
            hideFromLegend(s);
    }
    setTitle(tr("Capex guidance for %1, statement by statement").arg(year));

    // What the shapes mean, in grey.
    const QColor grey(0x60, 0x60, 0x60);
    if (anyNumeric) {
        auto *key = new QLineSeries;
        key->setName(tr("Guidance: midpoint, range shaded"));
        key->setPen(ChartStyle::actualPen(grey));
        addSeries(key);
    }
    if (anyWords) {
        auto *key = new QScatterSeries;
        key->setName(tr("Guidance in words (hover for the words)"));
        key->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
        key->setColor(Qt::white);
        key->setBorderColor(grey);
        addSeries(key);
    }
    if (anyActual) {
        auto *key = new QScatterSeries;
        key->setName(tr("Actual, at its report date"));
        key->setColor(grey);
        key->setBorderColor(grey.darker(150));
        addSeries(key);
    }
}

QStringList GuidanceChart::readings() const
{
    QStringList list;
    if (!snapshot())
        return list;
    for (const Guidance::Track &t : m_tracks)
        list << reading(*snapshot(), t, m_options.currency);
    return list;
}

QString GuidanceChart::reading(const Dataset &d, const Guidance::Track &t, const QString &currency)
{
    const Entity *entity = d.entity(t.entity);
    const QString name = entity ? localized(entity->nameEn, entity->nameZh) : QString::fromStdString(t.entity);
    const QString period = periodText(t.period);
    const NumberFormat percentFormat = Translation::instance().format(2);
    auto percent = [&](double fraction) { return QString::fromStdString(percentFormat.percent(std::fabs(fraction))); };
    auto date = [](const Guidance::Revision &r) { return QString::fromStdString(r.observation->asOf); };
    auto figure = [&](const Guidance::Revision &r) {
        if (r.low && r.high && *r.high > *r.low)
            return rangeText(*r.low, *r.high, currency);
        if (r.observation->value || (r.low && r.high))
            return moneyText(*r.mid, currency);
        if (r.low)
            return tr("more than %1").arg(moneyText(*r.low, currency));
        return tr("up to %1").arg(moneyText(*r.high, currency));
    };
    auto times = [](int n) {
        if (n == 1)
            return tr("once");
        if (n == 2)
            return tr("twice");
        return tr("%1 times").arg(n);
    };
    QStringList wordDates;
    for (const Guidance::Revision &r : t.revisions)
        if (r.inWords)
            wordDates << date(r);
    const QString dates = wordDates.join(Translation::instance().language() == Language::Chinese ? QStringLiteral("、")
                                                                                                 : QStringLiteral(", "));

    if (t.empty())
        return tr("%1: no capex guidance for %2 in the data.").arg(name, period);

    const Guidance::Revision *first = t.firstNumeric(), *latest = t.latestNumeric();
    QString text;
    if (!first) {
        text = tr("%1 spoke of its %2 capex only in words (%3)").arg(name, period, dates);
    } else if (first == latest) {
        text = tr("%1 guided %2 for %3 (%4)").arg(name, figure(*first), period, date(*first));
    } else if (t.raises > 0 && t.cuts == 0) {
        text = tr("%1 raised its %2 guidance %3, from %4 (%5) to %6 (%7)")
                   .arg(name, period, times(t.raises), figure(*first), date(*first), figure(*latest), date(*latest));
    } else if (t.cuts > 0 && t.raises == 0) {
        text = tr("%1 cut its %2 guidance %3, from %4 (%5) to %6 (%7)")
                   .arg(name, period, times(t.cuts), figure(*first), date(*first), figure(*latest), date(*latest));
    } else if (t.raises == 0 && t.cuts == 0) {
        text = tr("%1 kept its %2 guidance at %3 from %4 to %5").arg(name, period, figure(*latest), date(*first), date(*latest));
    } else {
        text = tr("%1 raised its %2 guidance %3 and cut it %4, from %5 (%6) to %7 (%8)")
                   .arg(name, period, times(t.raises), times(t.cuts), figure(*first), date(*first), figure(*latest),
                        date(*latest));
    }

    QString outcome;
    if (t.actual) {
        const QString actual = moneyText(t.actual->value, currency);
        if (!t.actualVsFirst) {
            outcome = tr("the actual was %1").arg(actual);
        } else {
            const double vsFirst = *t.actualVsFirst;
            const bool single = first == latest;
            if (std::fabs(vsFirst) < 0.005)
                outcome = single ? tr("the actual, %1, matched the guidance").arg(actual)
                                 : tr("the actual, %1, matched the first guidance").arg(actual);
            else if (vsFirst > 0)
                outcome = (single ? tr("the actual, %1, came in %2 above the guidance")
                                  : tr("the actual, %1, came in %2 above the first guidance"))
                              .arg(actual, percent(vsFirst));
            else
                outcome = (single ? tr("the actual, %1, came in %2 below the guidance")
                                  : tr("the actual, %1, came in %2 below the first guidance"))
                              .arg(actual, percent(vsFirst));
            if (!single && t.actualVsLatest) {
                if (t.actualWithinLatestRange)
                    outcome += tr(", within the latest range");
                else if (std::fabs(*t.actualVsLatest) >= 0.005)
                    outcome += (*t.actualVsLatest > 0 ? tr(", %1 above the latest") : tr(", %1 below the latest"))
                                   .arg(percent(*t.actualVsLatest));
            }
        }
    } else if (t.reportsFiscalYears) {
        outcome = tr("no calendar-year actual to compare: %1 reports fiscal years").arg(name);
    } else {
        outcome = tr("no actual in the data yet");
    }
    text = tr("%1; %2.", "a company's guidance; then how the actual compared").arg(text, outcome);
    if (first && !wordDates.isEmpty()) {
        const int statements = static_cast<int>(wordDates.size());
        // Sentences follow each other with a space in English, without one in Chinese.
        if (Translation::instance().language() != Language::Chinese)
            text += QLatin1Char(' ');
        text += tr("It also spoke of it in words %1 (%2).").arg(times(statements), dates);
    }
    return text;
}

} // namespace capex::ui

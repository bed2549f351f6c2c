#include "observationhistorychart.h"

#include "chartstyle.h"
#include "translation.h"
#include "valuetext.h"

#include <algorithm>
#include <cmath>
#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

namespace capex::ui {
namespace {

qint64 msSinceEpoch(const std::string &iso)
{
    const QString text = QString::fromStdString(iso);
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        t = QDate::fromString(text, Qt::ISODate).startOfDay(Qt::UTC);
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

/// A divisor that keeps the axis' numbers short, with its word in the current language.
std::pair<double, QString> axisScale(double magnitude)
{
    const bool chinese = Translation::instance().language() == Language::Chinese;
    const std::pair<double, const char *> english[] = {{1e12, "T"}, {1e9, "B"}, {1e6, "M"}, {1e3, "K"}};
    const std::pair<double, const char *> chineseUnits[] = {{1e12, "万亿"}, {1e8, "亿"}, {1e4, "万"}};
    if (chinese) {
        for (auto [divisor, word] : chineseUnits)
            if (magnitude >= divisor)
                return {divisor, QString::fromUtf8(word)};
    } else {
        for (auto [divisor, word] : english)
            if (magnitude >= divisor)
                return {divisor, QString::fromLatin1(word)};
    }
    return {1.0, QString()};
}

} // namespace

ObservationHistoryChart::ObservationHistoryChart(QWidget *parent)
    : QChartView(parent)
    , m_central(new QLineSeries)
    , m_low(new QLineSeries)
    , m_high(new QLineSeries)
    , m_markers(new QScatterSeries)
    , m_x(new QDateTimeAxis)
    , m_y(new QValueAxis)
{
    setObjectName(QStringLiteral("historyChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(180);
    QChart *c = chart();
    c->legend()->hide();
    c->setMargins(QMargins(2, 2, 2, 2));
    c->setBackgroundRoundness(0);
    for (QXYSeries *s : std::initializer_list<QXYSeries *> {m_low, m_high, m_central, m_markers})
        c->addSeries(s);
    c->addAxis(m_x, Qt::AlignBottom);
    c->addAxis(m_y, Qt::AlignLeft);
    for (QXYSeries *s : std::initializer_list<QXYSeries *> {m_low, m_high, m_central, m_markers}) {
        s->attachAxis(m_x);
        s->attachAxis(m_y);
    }
    const QColor color = ChartStyle::paletteColor(0);
    m_central->setPen(ChartStyle::actualPen(color));
    QPen range = ChartStyle::guidancePen(color, false);
    range.setStyle(Qt::DashLine);
    range.setWidthF(1.0);
    m_low->setPen(range);
    m_high->setPen(range);
    m_markers->setColor(color);
    m_markers->setBorderColor(color);
    m_markers->setMarkerSize(ChartStyle::actualMarkerSize);
    m_x->setTickCount(3);
    m_x->setTitleFont(ChartStyle::axisTitleFont());
    m_y->setTitleFont(ChartStyle::axisTitleFont());
    connect(m_markers, &QScatterSeries::hovered, this, [this](const QPointF &point, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        for (qsizetype i = 0; i < m_points.size(); ++i)
            if (m_points.at(i).x() == point.x()) {
                const Version &v = m_versions.at(i);
                QToolTip::showText(QCursor::pos(),
                    tr("%1: %2").arg(
                        QDateTime::fromMSecsSinceEpoch(v.when, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd")),
                        valueWithRangeText(v.values)),
                    this);
                return;
            }
    });
}

void ObservationHistoryChart::setHistory(const Observation &current, const std::vector<ObservationChange> &changes)
{
    m_versions.clear();
    for (const ObservationChange &c : changes) {
        Version v;
        v.values = current;
        v.values.value = c.oldValue;
        v.values.low = c.oldLow;
        v.values.high = c.oldHigh;
        v.values.asOf = c.oldAsOf;
        v.when = msSinceEpoch(c.oldAsOf.empty() ? c.changedAt : c.oldAsOf);
        m_versions.append(v);
    }
    Version now;
    now.values = current;
    now.when = current.asOf.empty() ? QDateTime::currentMSecsSinceEpoch() : msSinceEpoch(current.asOf);
    m_versions.append(now);
    std::stable_sort(
        m_versions.begin(), m_versions.end(), [](const Version &a, const Version &b) { return a.when < b.when; });
    rebuild();
}

void ObservationHistoryChart::rebuild()
{
    m_points.clear();
    double magnitude = 0;
    for (const Version &v : m_versions)
        for (const std::optional<double> &n : {v.values.value, v.values.low, v.values.high})
            if (n)
                magnitude = std::max(magnitude, std::abs(*n));
    const auto [divisor, word] = axisScale(magnitude);
    QList<QPointF> central, low, high;
    double minY = 0, maxY = 0;
    bool first = true;
    for (const Version &v : m_versions) {
        const auto value = v.values.centralValue();
        if (!value)
            continue;
        const auto x = static_cast<qreal>(v.when);
        m_points.append({x, *value});
        central.append({x, *value / divisor});
        low.append({x, v.values.low.value_or(*value) / divisor});
        high.append({x, v.values.high.value_or(*value) / divisor});
        for (double y : {low.last().y(), high.last().y()}) {
            minY = first ? y : std::min(minY, y);
            maxY = first ? y : std::max(maxY, y);
            first = false;
        }
    }
    m_central->replace(central);
    m_markers->replace(central);
    m_low->replace(low);
    m_high->replace(high);
    if (!m_points.isEmpty()) {
        const qint64 from = static_cast<qint64>(m_points.first().x()), to = static_cast<qint64>(m_points.last().x());
        const qint64 pad = std::max<qint64>((to - from) / 10, 12 * 3600 * 1000);
        m_x->setRange(
            QDateTime::fromMSecsSinceEpoch(from - pad, Qt::UTC), QDateTime::fromMSecsSinceEpoch(to + pad, Qt::UTC));
        // Short labels: the axis is narrow beside the record.
        constexpr qint64 day = 24LL * 3600 * 1000;
        m_x->setFormat(to - from < 3 * day ? QStringLiteral("MM-dd hh:mm")
                : to - from < 1000 * day   ? QStringLiteral("yyyy-MM")
                                           : QStringLiteral("yyyy"));
        const double span = maxY - minY;
        const double margin = span > 0 ? span * 0.15 : std::max(std::abs(maxY) * 0.1, 1.0);
        m_y->setRange(minY - margin, maxY + margin);
        m_y->applyNiceNumbers();
    }
    const QString unit = m_versions.isEmpty() ? QString() : unitText(m_versions.last().values.unit);
    m_y->setTitleText(word.isEmpty() ? unit : tr("%1 (%2)").arg(unit, word));
    chart()->setTitle(tr("Values over time"));
    chart()->setTitleFont(ChartStyle::axisTitleFont());
}

void ObservationHistoryChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QChartView::changeEvent(event);
}

} // namespace capex::ui

#include "logaxislabels.h"

#include "translation.h"
#include "valuetext.h"

#include <QCategoryAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QLogValueAxis>

#include <cmath>

namespace capex::ui {

LogAxisLabels::LogAxisLabels(QChart &chart, QLogValueAxis *axis, Qt::Alignment alignment)
    : QObject(axis), m_chart(chart), m_axis(axis), m_labels(new QCategoryAxis)
{
    setObjectName(QStringLiteral("logAxisLabels"));
    m_labels->setObjectName(QStringLiteral("logAxisLabels"));
    m_labels->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_labels->setGridLineVisible(false);
    m_labels->setMinorGridLineVisible(false);
    follow();
    chart.addAxis(m_labels, alignment);
    connect(axis, &QLogValueAxis::rangeChanged, this, &LogAxisLabels::update);
    connect(axis, &QLogValueAxis::baseChanged, this, &LogAxisLabels::update);
    connect(axis, &QAbstractAxis::titleTextChanged, this, [this](const QString &text) {
        if (!m_labels)
            return;
        // With the title's whole and brief forms (DashboardChart::setAxisTitle), if it has them.
        for (const char *name : {"fullTitle", "briefTitle"})
            m_labels->setProperty(name, m_axis->property(name));
        m_labels->setTitleText(text);
    });
    connect(axis, &QAbstractAxis::titleFontChanged, this, [this](const QFont &font) {
        if (m_labels)
            m_labels->setTitleFont(font);
    });
    connect(axis, &QAbstractAxis::visibleChanged, this, [this](bool visible) {
        if (m_labels)
            m_labels->setVisible(visible);
    });
    connect(&Translation::instance(), &Translation::languageChanged, this, &LogAxisLabels::update);
    // A short plot has room for fewer labels: Qt Charts cuts labels closer than their height to "…".
    connect(&chart, &QChart::plotAreaChanged, this, &LogAxisLabels::update);
    update();
}

void LogAxisLabels::follow()
{
    m_labels->setTitleFont(m_axis->titleFont());
    for (const char *name : {"fullTitle", "briefTitle"})
        m_labels->setProperty(name, m_axis->property(name));
    m_labels->setTitleText(m_axis->titleText());
    m_labels->setLabelsFont(m_axis->labelsFont());
    m_labels->setVisible(m_axis->isVisible());
    m_axis->setLabelsVisible(false);
    m_axis->setTitleVisible(false);
    m_axis->setLineVisible(false);
}

bool LogAxisLabels::isLabels(const QAbstractAxis *axis)
{
    return axis && axis->objectName() == QLatin1String("logAxisLabels") && qobject_cast<const QCategoryAxis *>(axis);
}

LogAxisLabels *LogAxisLabels::of(const QLogValueAxis *axis)
{
    return axis ? axis->findChild<LogAxisLabels *>(QStringLiteral("logAxisLabels"), Qt::FindDirectChildrenOnly) : nullptr;
}

QCategoryAxis *LogAxisLabels::labelsOf(const QLogValueAxis *axis)
{
    const LogAxisLabels *labels = of(axis);
    return labels ? labels->labels() : nullptr;
}

void LogAxisLabels::attach(QChart &chart, QLogValueAxis *axis, Qt::Alignment alignment)
{
    LogAxisLabels *labels = of(axis);
    if (!labels) {
        new LogAxisLabels(chart, axis, alignment);
        return;
    }
    // Attached before, and the axis reset since (ObservationChart::axisAt): as when new.
    if (labels->m_labels) {
        labels->follow();
        labels->update();
    }
}

void LogAxisLabels::update()
{
    if (!m_labels)
        return;
    const double min = m_axis->min(), max = m_axis->max();
    if (!(min > 0) || !(max > min))
        return;
    const double low = std::log10(min), high = std::log10(max);
    // A label at each power of the base, as QLogValueAxis puts its own: 10, 100 or 1000 a step.
    const double step = std::log10(m_axis->base() > 1 ? m_axis->base() : 10.0);
    QList<std::pair<QString, double>> wanted;
    const double first = std::ceil(low / step - 1e-9), last = std::floor(high / step + 1e-9);
    // Every power of the base where the plot is tall enough, else every 2nd, 3rd, … from the top.
    const double room = m_axis->orientation() == Qt::Vertical ? m_chart.plotArea().height() : m_chart.plotArea().width();
    const double needed = QFontMetricsF(m_labels->labelsFont()).height() * 1.5;
    int every = 1;
    if (room > 0 && last > first)
        while ((last - first) / every * needed > room && every < last - first)
            ++every;
    const Language language = Translation::instance().language();
    for (double k = last; k >= first; k -= every)
        wanted.prepend({logAxisLabelText(std::pow(10.0, k * step), language), k * step});
    // Written out, the widest label may not fit the room Qt Charts gives a vertical axis (on
    // each side, 40 % of the chart's width shared by its vertical axes): then every label is
    // a power of ten, "10⁸" for "100,000,000", rather than cut to "100,000,…".
    if (m_axis->orientation() == Qt::Vertical && m_labels->isVisible()) {
        const QFontMetricsF labelMetrics(m_labels->labelsFont());
        double widest = 0;
        for (const auto &[label, value] : wanted)
            widest = std::max(widest, labelMetrics.horizontalAdvance(label));
        int axes = 0, beside = 0;
        for (const QAbstractAxis *axis : m_chart.axes(Qt::Vertical))
            if (axis->isVisible()) {
                ++axes;
                beside += axis->alignment() == m_labels->alignment() ? 1 : 0;
            }
        const double title = m_labels->isTitleVisible() && !m_labels->titleText().isEmpty()
            ? QFontMetricsF(m_labels->titleFont()).height() + 4 : 0;
        const double content = m_chart.size().width() - m_chart.margins().left() - m_chart.margins().right();
        // The other axes on its side (the log axis itself: no labels, no title) take a few pixels each.
        const double room = 0.4 * content * beside / std::max(axes, 1) - 8.0 * (beside - 1) - title - 12;
        // Labels with Chinese units (万, 亿) are drawn in a fallback font Qt Charts does not
        // measure when it lays out the axis: it cuts "1万亿" to "1…" where the digits alone would
        // fit. Measured on the Jevons chart (a ~700 px wide chart cut them at about an eighth of
        // the room above), so they get an eighth of it.
        bool unitsInChinese = false;
        for (const auto &[label, value] : wanted)
            unitsInChinese = unitsInChinese || label.contains(QChar(0x4E07)) || label.contains(QChar(0x4EBF));
        const double allowed = unitsInChinese ? room / 8 : room;
        if (content > 0 && widest > allowed)
            for (auto &[label, value] : wanted)
                label = compactLogAxisLabelText(std::pow(10.0, value), language);
    }
    // A hair wider than the log axis so that labels on its ends are kept, not dropped by rounding.
    const double spare = 1e-9 * (high - low);
    QList<std::pair<QString, double>> current;
    for (const QString &label : m_labels->categoriesLabels())
        current.append({label, m_labels->endValue(label)});
    if (current != wanted) {
        for (const QString &label : m_labels->categoriesLabels())
            m_labels->remove(label);
        m_labels->setStartValue(low - spare - 1);
        for (const auto &[label, value] : wanted)
            m_labels->append(label, value);
        // Qt Charts keeps the axis as wide as its first labels were ("1", "10" before the
        // chart's range was set) and cuts wider new ones to "…": make it measure them again.
        m_labels->setLabelsVisible(false);
        m_labels->setLabelsVisible(true);
    }
    if (m_labels->min() != low - spare || m_labels->max() != high + spare)
        m_labels->setRange(low - spare, high + spare);
}

} // namespace capex::ui

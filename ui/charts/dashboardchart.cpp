#include "dashboardchart.h"

#include <QAbstractAxis>
#include <QValueAxis>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QTextLayout>

namespace capex::ui {
namespace {

constexpr char fullTitleProperty[] = "fullTitle";   ///< a vertical axis' whole title (setAxisTitle)
constexpr char briefTitleProperty[] = "briefTitle"; ///< and its brief form
constexpr char movedTitleProperty[] = "titleInChartTitle"; ///< true while its brief form is under the chart's title

/// `text` broken into lines of at most `width` in `font`, as HTML ("a<br>b"); `text` itself
/// when it fits on one line.
QString wrapped(const QString &text, const QFont &font, qreal width)
{
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    QStringList lines;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        lines << text.mid(line.textStart(), line.textLength()).trimmed().toHtmlEscaped();
    }
    layout.endLayout();
    return lines.size() > 1 ? lines.join(QStringLiteral("<br>")) : text;
}

/// Whether `text` fits along a vertical axis `length` long: as Qt Charts measures it, with a
/// few pixels of margin, so that it does not cut it short.
bool fitsAlong(const QString &text, const QFont &font, qreal length)
{
    return QFontMetricsF(font).horizontalAdvance(text) + 12 <= length;
}

/// Horizontal axis titles longer than the plot is wide go onto more lines, as the chart's
/// title does (Qt Charts would cut them short). Each axis keeps its title as set in a
/// property. Not vertical ones: Qt Charts sizes a vertical axis for a one-line title and
/// takes a wrapped title's extra lines from its labels, which it then cuts to "…". Those
/// show their brief form instead where it has one (DashboardChart::setAxisTitle), and where
/// even that is too long, the axis shows none and the brief form goes under the chart's
/// title: returned, in the axes' order.
QStringList fitAxisTitles(QChart &chart)
{
    const QRectF plot = chart.plotArea();
    QStringList underTitle;
    for (QAbstractAxis *axis : chart.axes()) {
        const bool moved = axis->property(movedTitleProperty).toBool();
        if (!axis->isVisible() || (!axis->isTitleVisible() && !moved))
            continue;
        const QString shown = axis->titleText();
        if (axis->orientation() == Qt::Vertical) {
            const QString full = axis->property(fullTitleProperty).toString();
            const QString brief = axis->property(briefTitleProperty).toString();
            if (full.isEmpty() || (shown != full && shown != brief) || plot.height() <= 0)
                continue; // none set, or a title set since by other means
            const bool move = !fitsAlong(brief, axis->titleFont(), plot.height());
            const QString wanted = fitsAlong(full, axis->titleFont(), plot.height()) ? full : brief;
            if (shown != wanted)
                axis->setTitleText(wanted);
            if (move != moved) {
                axis->setProperty(movedTitleProperty, move);
                axis->setTitleVisible(!move);
            }
            if (move)
                underTitle << brief;
            continue;
        }
        const QString plain = shown == axis->property("wrappedTitle").toString() && !shown.isEmpty()
            ? axis->property("plainTitle").toString()
            : shown;
        const qreal length = plot.width() - 8;
        if (plain.isEmpty() || length <= 0 || Qt::mightBeRichText(plain))
            continue;
        const QString wanted = wrapped(plain, axis->titleFont(), length);
        axis->setProperty("plainTitle", plain);
        axis->setProperty("wrappedTitle", wanted == plain ? QString() : wanted);
        if (shown != wanted)
            axis->setTitleText(wanted);
    }
    return underTitle;
}

} // namespace

DashboardChart::DashboardChart(QGraphicsItem *parent) : QChart(parent)
{
    legend()->setShowToolTips(true);
    // Qt's default leaves a band of some 30 px around the plot on every side, inside and
    // outside the background: on a laptop beside the Assumptions dock that band was what
    // cut the fans' and the tornado's titles and labels short. Exports set their own margins.
    layout()->setContentsMargins(0, 0, 0, 0);
    setMargins(QMargins(6, 6, 10, 4));
    setBackgroundRoundness(0);
    connect(this, &DashboardChart::rebuilt, this, [this] {
        wrapTitle();
        fitTitles();
    });
    connect(this, &QChart::plotAreaChanged, this, &DashboardChart::fitTitles);
}

void DashboardChart::setAxisTitle(QAbstractAxis *axis, const QString &title, const QString &brief)
{
    // The properties first: a title copied onto another axis as it changes (LogAxisLabels)
    // takes them along.
    axis->setProperty(fullTitleProperty, title);
    axis->setProperty(briefTitleProperty, brief);
    const qreal length = plotArea().height();
    axis->setTitleText(length <= 0 || fitsAlong(title, axis->titleFont(), length) ? title : brief);
}

QString DashboardChart::axisTitle(const QAbstractAxis *axis)
{
    const QString full = axis->property(fullTitleProperty).toString();
    return full.isEmpty() ? axis->titleText() : full;
}

QString DashboardChart::plainTitle() const
{
    const QString shown = title();
    return !m_wrappedTitle.isEmpty() && shown == m_wrappedTitle ? m_plainTitle : shown;
}

void DashboardChart::fitTitles()
{
    const QStringList units = fitAxisTitles(*this);
    if (units != m_unitsUnderTitle) {
        m_unitsUnderTitle = units;
        wrapTitle();
    }
}

void DashboardChart::wrapTitle()
{
    const QString plain = plainTitle();
    const qreal width = size().width() - margins().left() - margins().right() - 24;
    if (plain.isEmpty() || width <= 0 || Qt::mightBeRichText(plain))
        return;
    QString wanted = wrapped(plain, titleFont(), width);
    // The units of the axes too low for their titles on a line of their own, smaller.
    if (!m_unitsUnderTitle.isEmpty())
        wanted = (wanted == plain ? plain.toHtmlEscaped() : wanted)
            + QStringLiteral("<br><span style=\"font-size:%1pt; font-weight:normal\">%2</span>")
                  .arg(titleFont().pointSizeF() * 0.8)
                  .arg(m_unitsUnderTitle.join(QStringLiteral(" · ")).toHtmlEscaped());
    m_plainTitle = plain;
    m_wrappedTitle = wanted != plain ? wanted : QString();
    if (title() != wanted)
        setTitle(wanted);
}

void DashboardChart::resizeEvent(QGraphicsSceneResizeEvent *event)
{
    QChart::resizeEvent(event);
    wrapTitle();
}

int DashboardChart::yearTickInterval(const QValueAxis &axis, double width, double span)
{
    if (width <= 0 || span <= 0)
        return 1;
    const double perYear = width / span;
    const double needed = QFontMetricsF(axis.labelsFont()).horizontalAdvance(QStringLiteral("2030")) * 1.6;
    for (int step : {1, 2, 5})
        if (perYear * step >= needed)
            return step;
    return 10;
}

QString DashboardChart::sourcesSentence(const QStringList &parts)
{
    QString list = parts.join(QStringLiteral("; "));
    if (list.endsWith(QLatin1Char('.')))
        list.chop(1);
    return tr("Sources: %1.").arg(list);
}

} // namespace capex::ui

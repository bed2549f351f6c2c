#include "dashboardchart.h"

#include <QAbstractAxis>
#include <QGraphicsLayout>
#include <QTextLayout>

namespace capex::ui {
namespace {

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

/// Horizontal axis titles longer than the plot is wide go onto more lines, as the chart's
/// title does (Qt Charts would cut them short). Each axis keeps its title as set in a
/// property. Not vertical ones: Qt Charts sizes a vertical axis for a one-line title and
/// takes a wrapped title's extra lines from its labels, which it then cuts to "…".
void wrapAxisTitles(QChart &chart)
{
    const QRectF plot = chart.plotArea();
    for (QAbstractAxis *axis : chart.axes()) {
        if (!axis->isVisible() || !axis->isTitleVisible() || axis->orientation() == Qt::Vertical)
            continue;
        const QString shown = axis->titleText();
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
        wrapAxisTitles(*this);
    });
    connect(this, &QChart::plotAreaChanged, this, [this] { wrapAxisTitles(*this); });
}

QString DashboardChart::plainTitle() const
{
    const QString shown = title();
    return !m_wrappedTitle.isEmpty() && shown == m_wrappedTitle ? m_plainTitle : shown;
}

void DashboardChart::wrapTitle()
{
    const QString plain = plainTitle();
    const qreal width = size().width() - margins().left() - margins().right() - 24;
    if (plain.isEmpty() || width <= 0 || Qt::mightBeRichText(plain))
        return;
    const QString wanted = wrapped(plain, titleFont(), width);
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

} // namespace capex::ui

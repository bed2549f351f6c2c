#include "wrappedlegend.h"

#include "dashboardchart.h"

#include <QChart>
#include <QCoreApplication>
#include <QEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QPainter>
#include <QScatterSeries>

#include <algorithm>
#include <cmath>
#include <utility>

namespace capex::ui {

WrappedLegend::WrappedLegend(const QChart &chart, const QFont &font, QPaintDevice *device, qreal width)
    : m_font(font), m_metrics(font, device)
{
    const qreal swatch = swatchSide();
    std::vector<Entry> line;
    qreal lineWidth = 0;
    const auto *dashboard = qobject_cast<const DashboardChart *>(&chart);
    for (QLegendMarker *marker : chart.legend()->markers()) {
        const bool listed = dashboard ? dashboard->listsInLegend(marker->series()) : marker->isVisible();
        if (!listed || marker->label().isEmpty())
            continue;
        QString label = marker->label();
        qreal entryWidth = swatch + swatchGap + m_metrics.horizontalAdvance(label);
        if (entryWidth > width) { // only a label wider than the whole width is cut
            label = m_metrics.elidedText(label, Qt::ElideRight, width - swatch - swatchGap);
            entryWidth = width;
            ++m_elided;
        }
        if (!line.empty() && lineWidth + entryGap + entryWidth > width) {
            m_lines.push_back({std::move(line), lineWidth});
            line.clear();
            lineWidth = 0;
        }
        lineWidth += (line.empty() ? 0 : entryGap) + entryWidth;
        QPen pen = marker->pen();
        // A hollow scatter marker is outlined in its series' colour, as on the chart.
        if (auto *scatter = qobject_cast<QScatterSeries *>(marker->series()); scatter && scatter->borderColor().alpha())
            pen.setColor(scatter->borderColor());
        line.push_back({label, marker->brush(), pen, entryWidth});
    }
    if (!line.empty())
        m_lines.push_back({std::move(line), lineWidth});
}

qreal WrappedLegend::swatchSide() const { return std::round(m_metrics.height() * 0.6); }

void WrappedLegend::paint(QPainter &painter, const QRectF &rect, const QColor &textColor) const
{
    painter.save();
    painter.setFont(m_font);
    const qreal swatch = swatchSide();
    qreal y = rect.top() + 3;
    for (const Line &line : m_lines) {
        qreal x = rect.left() + (rect.width() - line.width) / 2;
        for (const Entry &e : line.entries) {
            const QRectF box(x, y + (lineHeight() - swatch) / 2, swatch, swatch);
            QPen pen = e.pen;
            pen.setWidthF(std::min(pen.widthF(), 1.5));
            pen.setStyle(Qt::SolidLine);
            painter.setPen(pen);
            painter.setBrush(e.brush);
            painter.drawRect(box);
            painter.setPen(textColor);
            painter.drawText(QRectF(box.right() + swatchGap, y, e.width - swatch - swatchGap, lineHeight()),
                             Qt::AlignLeft | Qt::AlignVCenter, e.label);
            x += e.width + entryGap;
        }
        y += lineHeight();
    }
    painter.restore();
}

LegendView::LegendView(DashboardChart *chart, QWidget *parent) : QWidget(parent), m_chart(chart)
{
    setObjectName(QStringLiteral("chartLegend"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    chart->drawLegendBelow();
    // Series come and go with a rebuild; names and markers change with the axes and plot
    // area too (a comparison added, a preset chosen).
    connect(chart, &DashboardChart::rebuilt, this, &LegendView::refresh);
    connect(chart, &QChart::plotAreaChanged, this, &LegendView::refresh);
}

QString LegendView::signature() const
{
    QString labels;
    for (QLegendMarker *marker : m_chart->legend()->markers())
        if (m_chart->listsInLegend(marker->series()))
            labels += marker->label() + QLatin1Char('\n');
    return labels;
}

WrappedLegend LegendView::legendAt(int width) const
{
    return WrappedLegend(*m_chart, m_chart->legend()->font(), nullptr, width);
}

WrappedLegend LegendView::legend() const { return legendAt(width()); }

int LegendView::neededHeight(int width) const { return static_cast<int>(std::ceil(legendAt(width).height())); }

void LegendView::refresh()
{
    // Called on every change of the plot area (a slider step may move an axis): the labels
    // decide; a new width is resizeEvent's.
    QString labels = signature();
    if (labels == m_shownSignature)
        return;
    m_shownSignature = std::move(labels);
    setHeight(neededHeight(width() > 0 ? width() : 400));
    update();
}

void LegendView::setHeight(int height)
{
    setFixedHeight(height);
    // A layout not activated since it was last invalidated posts no request when it is
    // invalidated again (the panel on the page in front at start-up): ask for one outright.
    if (QWidget *panel = parentWidget())
        QCoreApplication::postEvent(panel, new QEvent(QEvent::LayoutRequest));
}

void LegendView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (const int needed = neededHeight(width()); needed != minimumHeight())
        setHeight(needed); // a new width: the lines wrap differently
}

void LegendView::paintEvent(QPaintEvent *)
{
    if (signature() != m_shownSignature) // changed without a rebuild: take the room it needs
        QMetaObject::invokeMethod(this, &LegendView::refresh, Qt::QueuedConnection);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    legend().paint(painter, rect(), palette().color(QPalette::WindowText));
}

} // namespace capex::ui

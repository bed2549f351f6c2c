#pragma once

#include <QBrush>
#include <QFont>
#include <QFontMetricsF>
#include <QPen>
#include <QWidget>

#include <vector>

class QChart;
class QPaintDevice;
class QPainter;

namespace capex::ui {

class DashboardChart;

/// A chart's legend as lines of entries that wrap within a width, each entry a swatch (the
/// marker's brush and pen, as Qt's legend draws it) and its whole label. Qt's own legend
/// keeps to one row and cuts names short ("Micros…"); this one takes another line instead.
/// The exports print it under a chart; on screen LegendView shows it under the chart view.
class WrappedLegend
{
public:
    /// No legend.
    WrappedLegend() : m_metrics(m_font) {}
    /// The chart's visible markers with a label, laid out in `width` with `font` as measured
    /// on `device` (null: the screen).
    WrappedLegend(const QChart &chart, const QFont &font, QPaintDevice *device, qreal width);

    bool isEmpty() const { return m_lines.empty(); }
    int lineCount() const { return static_cast<int>(m_lines.size()); }
    /// Labels cut short because a single label is wider than the whole width.
    int elidedCount() const { return m_elided; }
    qreal height() const { return m_lines.empty() ? 0 : m_lines.size() * lineHeight() + 6; }

    /// Draws the lines centred in `rect`'s width from its top, the labels in `textColor`.
    void paint(QPainter &painter, const QRectF &rect, const QColor &textColor) const;

private:
    struct Entry
    {
        QString label;
        QBrush brush;
        QPen pen;
        qreal width;
    };
    struct Line
    {
        std::vector<Entry> entries;
        qreal width;
    };
    static constexpr qreal swatchGap = 5;
    static constexpr qreal entryGap = 16;
    qreal swatchSide() const;
    qreal lineHeight() const { return m_metrics.height() * 1.35; }

    QFont m_font;
    QFontMetricsF m_metrics;
    std::vector<Line> m_lines;
    int m_elided = 0;
};

/// The chart's legend under its view in a ChartPanel, wrapped onto as many lines as its
/// width needs; the chart's own legend takes no room (DashboardChart::drawLegendBelow).
/// Its height is fixed to what its width needs, set again whenever the width or the
/// chart's markers change (a height-for-width item is not laid out again by a layout that
/// cached its old height).
class LegendView : public QWidget
{
    Q_OBJECT

public:
    explicit LegendView(DashboardChart *chart, QWidget *parent = nullptr);

    /// Takes the height the chart's current markers need at the current width.
    void refresh();
    /// What is shown at the current width (for tests).
    WrappedLegend legend() const;
    /// The height the legend needs at `width`.
    int neededHeight(int width) const;

    QSize sizeHint() const override { return {200, minimumHeight()}; }
    QSize minimumSizeHint() const override { return {60, minimumHeight()}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    /// The visible markers' labels: what the height depends on besides the width.
    QString signature() const;
    WrappedLegend legendAt(int width) const;
    void setHeight(int height);

    DashboardChart *m_chart;
    QString m_shownSignature; ///< the labels the height was last set for
};

} // namespace capex::ui

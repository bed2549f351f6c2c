#include "chartexporter.h"

#include "chartstyle.h"
#include "dashboardchart.h"
#include "pngwriter.h"
#include "printfont.h"
#include "savefile.h"
#include "wrappedlegend.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLegend>
#include <QLegendMarker>
#include <QPainter>
#include <QPdfWriter>
#include <QScatterSeries>
#include <QSvgGenerator>
#include <QTextLayout>
#include <QTextOption>

#include <algorithm>
#include <cmath>
#include <future>
#include <memory>
#include <numeric>
#include <optional>
#include <vector>

namespace capex::ui {
namespace {

QString tr(const char *text, const char *disambiguation = nullptr)
{
    return QCoreApplication::translate("capex::ui::ChartExporter", text, disambiguation);
}

constexpr qreal textMargin = 10;
constexpr qreal footerPointSize = 8;
constexpr qreal captionPointSize = 7.5;

/// Lays the chart out at `size` for print while it is painted, then puts it back as it
/// was: an on-screen chart is borrowed from its view, a fresh one gets a scene of its own.
/// The margins are narrow and the background square; the legend can be hidden, since the
/// exporter draws it wrapped instead of elided.
class ChartLayoutAtSize
{
public:
    ChartLayoutAtSize(QChart &chart, const QSizeF &size)
        : m_chart(chart), m_size(chart.size()), m_margins(chart.margins()), m_roundness(chart.backgroundRoundness()),
          m_qtLegendVisible(chart.legend()->isVisible()), m_hasLegend(hasLegend(chart)), m_dark(ChartStyle::isDark(chart))
    {
        // White paper whatever the theme on screen.
        if (m_dark)
            ChartStyle::applyTheme(m_chart, false);
        // Qt Charts deletes replaced axes and series lazily; they must be gone before painting.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        if (!m_chart.scene()) {
            m_ownScene = std::make_unique<QGraphicsScene>();
            m_ownScene->addItem(&m_chart);
        }
        m_chart.setMargins(QMargins(8, 4, 12, 0));
        m_chart.setBackgroundRoundness(0);
        m_vectorMarkers.emplace(m_chart); // circles in an SVG or PDF, not pictures of circles
        resize(size);
    }

    ~ChartLayoutAtSize()
    {
        m_vectorMarkers.reset();
        m_chart.legend()->setVisible(m_qtLegendVisible);
        m_chart.setMargins(m_margins);
        m_chart.setBackgroundRoundness(m_roundness);
        if (m_dark)
            ChartStyle::applyTheme(m_chart, true);
        if (m_ownScene)
            m_ownScene->removeItem(&m_chart);
        else
            resize(m_size);
    }
    ChartLayoutAtSize(const ChartLayoutAtSize &) = delete;
    ChartLayoutAtSize &operator=(const ChartLayoutAtSize &) = delete;

    /// Hides the chart's own legend (after the layout at the full size has decided which
    /// markers show) and lays the chart out again at `size`.
    void withoutLegend(const QSizeF &size)
    {
        m_chart.legend()->setVisible(false);
        resize(size);
    }

    const QChart &chart() const { return m_chart; }
    /// Whether the chart shows a legend (its own, or drawn wrapped under it by its panel).
    bool hasLegend() const { return m_hasLegend; }
    QGraphicsScene *scene() const { return m_chart.scene(); }
    QRectF sceneRect() const { return QRectF(m_chart.scenePos(), m_chart.size()); }

private:
    void resize(const QSizeF &size)
    {
        m_chart.resize(size);
        // Twice: laid out at the new size, a chart may set its titles again (an axis' unit
        // back beside its axis, see DashboardChart::setAxisTitle), which asks for another.
        if (QGraphicsLayout *layout = m_chart.layout())
            for (int pass = 0; pass < 2; ++pass)
                layout->activate();
    }

    QChart &m_chart;
    QSizeF m_size;
    QMargins m_margins;
    qreal m_roundness;
    static bool hasLegend(const QChart &chart)
    {
        const auto *dashboard = qobject_cast<const DashboardChart *>(&chart);
        return dashboard ? dashboard->hasLegend() : chart.legend()->isVisible();
    }

    bool m_qtLegendVisible; ///< Qt's own legend, as it was
    bool m_hasLegend;       ///< a legend to draw wrapped under the chart
    bool m_dark;
    std::unique_ptr<QGraphicsScene> m_ownScene;
    std::optional<ChartStyle::VectorMarkers> m_vectorMarkers;
};

QRectF wrappedTextBox(const QFont &font, QPaintDevice *device, qreal width, const QString &text)
{
    if (text.isEmpty())
        return {};
    const QFontMetricsF metrics(font, device);
    return metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text);
}

/// Paints the chart laid out by `layout` at `rect`'s size, with its legend wrapped below it,
/// then the footer and the caption, into `rect` on a painter whose device has the screen's DPI.
void paintLaidOut(QPainter &painter, const QRectF &rect, ChartLayoutAtSize &layout, const QString &footer,
                  const QString &caption)
{
    const QFont captionFont = printFont(captionPointSize);
    const qreal textWidth = rect.width() - 2 * textMargin;
    const WrappedLegend legend = layout.hasLegend()
        ? WrappedLegend(layout.chart(), layout.chart().legend()->font(), painter.device(), textWidth)
        : WrappedLegend();
    const QRectF captionBox = wrappedTextBox(captionFont, painter.device(), textWidth, caption);
    // The footer gets what half the picture leaves after the legend and the caption.
    const qreal room = rect.height() / 2 - legend.height() - captionBox.height() - textMargin - 6;
    const ChartExporter::FittedFooter fitted = ChartExporter::fitFooter(footer, textWidth, room, painter.device());
    const QFont footerFont = printFont(fitted.pointSize);
    const qreal below = legend.height() + fitted.height + captionBox.height() + textMargin + 4;
    // Legend and text never take more than half the picture; below that they are clipped, not the chart.
    const QRectF chartRect(rect.topLeft(), QSizeF(rect.width(), std::max(rect.height() - below, rect.height() / 2)));
    layout.withoutLegend(chartRect.size());

    painter.save();
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    painter.fillRect(rect, Qt::white);
    layout.scene()->render(&painter, chartRect, layout.sceneRect(), Qt::IgnoreAspectRatio);
    painter.setClipRect(rect);
    legend.paint(painter, QRectF(rect.left() + textMargin, chartRect.bottom(), textWidth, legend.height()),
                 QColor(0x33, 0x33, 0x33));
    qreal y = chartRect.bottom() + legend.height() + 2;
    painter.setPen(QColor(0x44, 0x44, 0x44));
    if (!fitted.lines.isEmpty()) {
        painter.setFont(footerFont);
        for (qsizetype i = 0; i < fitted.lines.size(); ++i) {
            const qreal lineHeight = fitted.lineHeights.at(i);
            painter.drawText(QRectF(rect.left() + textMargin, y, textWidth, lineHeight), Qt::AlignLeft | Qt::AlignTop,
                             fitted.lines.at(i));
            y += lineHeight;
        }
        y += 2;
    }
    painter.setFont(captionFont);
    painter.setPen(QColor(0x77, 0x77, 0x77));
    painter.drawText(QRectF(rect.left() + textMargin, y, textWidth, captionBox.height()), Qt::TextWordWrap, caption);
    painter.restore();
}

} // namespace

ChartExporter::ChartExporter(DashboardChart &chart) : m_chart(chart) {}

QString ChartExporter::footerText() const { return m_chart.sourcesFooter(); }

ChartExporter::FittedFooter ChartExporter::fitFooter(const QString &text, qreal width, qreal height, QPaintDevice *device)
{
    FittedFooter fitted;
    fitted.pointSize = footerPointSize;
    if (text.isEmpty() || width <= 0)
        return fitted;
    // The lines `text` wraps into at `pointSize`, as Qt::TextWordWrap would break them, and
    // their heights.
    auto wrap = [&](qreal pointSize) {
        QTextLayout layout(text, printFont(pointSize), device);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        fitted.lines.clear();
        fitted.lineHeights.clear();
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            fitted.lines << text.mid(line.textStart(), line.textLength()).trimmed();
            fitted.lineHeights << std::ceil(line.height());
        }
        layout.endLayout();
    };
    for (;;) {
        wrap(fitted.pointSize);
        qsizetype fit = 0;
        qreal used = 0;
        while (fit < fitted.lines.size() && used + fitted.lineHeights.at(fit) <= height)
            used += fitted.lineHeights.at(fit++);
        if (fit == fitted.lines.size() || fitted.pointSize <= minimumFooterPointSize) {
            if (fit < fitted.lines.size()) {
                // The last line that fits ends with "…" in place of the rest.
                fitted.cut = true;
                fit = std::max<qsizetype>(fit, 1);
                fitted.lines = fitted.lines.mid(0, fit);
                fitted.lineHeights = fitted.lineHeights.mid(0, fit);
                const QFontMetricsF metrics(printFont(fitted.pointSize), device);
                QString &last = fitted.lines.last();
                last = metrics.elidedText(last + QStringLiteral(" …"), Qt::ElideRight, width);
            }
            fitted.height = std::accumulate(fitted.lineHeights.begin(), fitted.lineHeights.end(), 0.0);
            return fitted;
        }
        fitted.pointSize -= 0.5;
    }
}

QString ChartExporter::captionText() const
{
    QStringList parts;
    if (!m_scenario.isEmpty())
        parts << tr("Scenario “%1”").arg(m_scenario);
    parts << (m_datasetVersion > 0 ? tr("Capex Lens %1, dataset version %2")
                                         .arg(QStringLiteral(CAPEXLENS_VERSION))
                                         .arg(m_datasetVersion)
                                   : tr("Capex Lens %1").arg(QStringLiteral(CAPEXLENS_VERSION)));
    parts << tr("exported %1", "date of the export").arg(m_date.toString(Qt::ISODate));
    return parts.join(QStringLiteral(" · "));
}

QSizeF ChartExporter::logicalSize(const ChartExportOptions &options)
{
    const qreal scale = qreal(layoutDpi()) / qBound(minimumDpi, options.dpi, maximumDpi);
    return QSizeF(options.pixelSize.width() * scale, options.pixelSize.height() * scale);
}

void ChartExporter::paint(QPainter &painter, const QRectF &rect) const
{
    const QString footer = footerText();
    const QString caption = captionText();
    // Laid out once at the full size, so that the legend's markers know whether they show.
    ChartLayoutAtSize layout(m_chart, rect.size());
    paintLaidOut(painter, rect, layout, footer, caption);
}

QImage ChartExporter::image(const ChartExportOptions &options) const
{
    // The first write to each page of a fresh image is a page fault: 1,600 of them, about
    // 3 ms, for the 6.4 MB of a 1600 × 1000 chart. They are taken on a second thread while
    // this one lays the chart out.
    std::future<QImage> canvas = std::async(std::launch::async, [size = options.pixelSize] {
        QImage image(size, QImage::Format_RGB32);
        image.fill(Qt::white);
        return image;
    });
    const QSizeF logical = logicalSize(options);
    const QString footer = footerText();
    const QString caption = captionText();
    ChartLayoutAtSize layout(m_chart, logical);
    QImage image = canvas.get();
    // Painted at the layout resolution so that text measured for the screen fits where it
    // was measured; the DPI the file declares is set afterwards.
    const int dotsPerMeter = qRound(layoutDpi() / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    {
        QPainter painter(&image);
        painter.scale(options.pixelSize.width() / logical.width(), options.pixelSize.height() / logical.height());
        paintLaidOut(painter, QRectF(QPointF(0, 0), logical), layout, footer, caption);
    }
    image.setDotsPerMeterX(qRound(options.dpi / 0.0254));
    image.setDotsPerMeterY(qRound(options.dpi / 0.0254));
    return image;
}

QByteArray ChartExporter::encode(const ChartExportOptions &options, QString *error) const
{
    if (const QString problem = validate(options); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return {};
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const QSizeF logical = logicalSize(options);
    bool painted = false;
    switch (options.format) {
    case ChartFormat::Png:
        // Our own encoder rather than QImage::save: no row filters, zlib level 1, deflated
        // on every core (pngwriter.h); encoding had been most of a whole `capexlens chart`
        // process.
        painted = writePng(image(options), bytes);
        break;
    case ChartFormat::Svg: {
        // Vector output: laid out at the print size (width and height in millimetres follow
        // from the layout resolution), so text keeps its point size in print.
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setResolution(layoutDpi());
        svg.setSize(logical.toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), logical));
        svg.setTitle(m_chart.plainTitle());
        svg.setDescription(footerText());
        QPainter painter;
        if ((painted = painter.begin(&svg))) {
            paint(painter, QRectF(QPointF(0, 0), logical));
            painted = painter.end();
        }
        break;
    }
    case ChartFormat::Pdf: {
        QPdfWriter pdf(&buffer);
        pdf.setResolution(layoutDpi());
        pdf.setCreator(QStringLiteral("Capex Lens %1").arg(QStringLiteral(CAPEXLENS_VERSION)));
        pdf.setTitle(m_chart.plainTitle());
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setPageSize(QPageSize(QSizeF(qreal(options.pixelSize.width()) / options.dpi,
                                         qreal(options.pixelSize.height()) / options.dpi),
                                  QPageSize::Inch, QString(), QPageSize::ExactMatch));
        QPainter painter;
        if ((painted = painter.begin(&pdf))) {
            paint(painter, QRectF(QPointF(0, 0), logical));
            painted = painter.end();
        }
        break;
    }
    }
    if (!painted || bytes.isEmpty()) {
        if (error)
            *error = tr("The chart could not be drawn as %1.").arg(formatName(options.format).toUpper());
        return {};
    }
    return bytes;
}

QString ChartExporter::save(const QString &path, const ChartExportOptions &options) const
{
    QString error;
    const QByteArray bytes = encode(options, &error);
    if (bytes.isEmpty())
        return error;
    return saveFile(path, bytes);
}

QString ChartExporter::validate(const ChartExportOptions &options)
{
    if (options.dpi < minimumDpi || options.dpi > maximumDpi)
        return tr("The resolution must lie between %1 and %2 DPI, not %3.").arg(minimumDpi).arg(maximumDpi).arg(options.dpi);
    for (const int side : {options.pixelSize.width(), options.pixelSize.height()})
        if (side < minimumPixels || side > maximumPixels)
            return tr("Width and height must lie between %1 and %2 pixels, not %3.")
                .arg(minimumPixels)
                .arg(maximumPixels)
                .arg(side);
    return {};
}

QString ChartExporter::formatName(ChartFormat format)
{
    switch (format) {
    case ChartFormat::Png: return QStringLiteral("png");
    case ChartFormat::Svg: return QStringLiteral("svg");
    case ChartFormat::Pdf: return QStringLiteral("pdf");
    }
    return {};
}

std::optional<ChartFormat> ChartExporter::parseFormat(const QString &name)
{
    for (ChartFormat format : {ChartFormat::Png, ChartFormat::Svg, ChartFormat::Pdf})
        if (name.compare(formatName(format), Qt::CaseInsensitive) == 0)
            return format;
    return std::nullopt;
}

std::optional<ChartFormat> ChartExporter::formatOfPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix();
    return suffix.isEmpty() ? std::nullopt : parseFormat(suffix);
}

} // namespace capex::ui

#pragma once

#include <QByteArray>
#include <QDate>
#include <QImage>
#include <QRectF>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

class QPaintDevice;
class QPainter;

namespace capex::ui {

class DashboardChart;

enum class ChartFormat { Png, Svg, Pdf };

/// What a chart export produces: the format, the size in pixels and the resolution.
struct ChartExportOptions
{
    ChartFormat format = ChartFormat::Png;
    QSize pixelSize{1600, 1000};
    /// Dots per inch. The print size is pixelSize / dpi, and text keeps its on-screen point
    /// size at that print size: 1600 px at 200 DPI is 8 inches wide with 9–12.5 pt text.
    int dpi = 200;

    bool operator==(const ChartExportOptions &) const = default;
};

/// Renders a dashboard chart as a picture for reports: the chart with its title, axis titles
/// and legend, then the sources of the plotted figures with their dates, then a caption
/// naming the scenario (where a scenario is plotted) and the export date — all in the current
/// language. PNG, SVG and PDF; files are written whole or not at all (QSaveFile).
///
/// The chart may be on screen: it is laid out at the export's size for the moment of
/// painting and put back, so what is exported is what is shown, sized for print.
class ChartExporter
{
public:
    static constexpr int minimumDpi = 96;
    static constexpr int maximumDpi = 600;
    static constexpr int minimumPixels = 64;
    static constexpr int maximumPixels = 16000;

    explicit ChartExporter(DashboardChart &chart);

    /// The scenario a model chart plots; named in the caption when not empty.
    void setScenarioName(const QString &name) { m_scenario = name; }
    /// The date in the caption (today unless set).
    void setExportDate(const QDate &date) { m_date = date; }
    /// The dataset version named in the caption; 0 leaves it out.
    void setDatasetVersion(int version) { m_datasetVersion = version; }

    /// "Sources: …" as the chart gives it.
    QString footerText() const;

    /// The footer as it is printed under a chart: wrapped in `width`, at 8 pt or smaller
    /// (down to minimumFooterPointSize) so that all of it fits `height`; what still does not
    /// fit is left out after the last whole line that does, which ends with "…". A chart
    /// with fifty sources and its definitions ran past the bottom of a picture, its last
    /// line cut through.
    struct FittedFooter
    {
        qreal pointSize = 0;
        QStringList lines;
        QList<qreal> lineHeights; ///< a line with Chinese in a fallback font is taller
        bool cut = false; ///< some of the text did not fit
        qreal height = 0;
    };
    static constexpr qreal minimumFooterPointSize = 6;
    static FittedFooter fitFooter(const QString &text, qreal width, qreal height, QPaintDevice *device);
    /// "Scenario “Base” · Capex Lens 0.1.0, dataset version 1 · exported 2026-01-05".
    QString captionText() const;

    /// The layout size in device-independent pixels: pixelSize × (screen DPI / dpi).
    static QSizeF logicalSize(const ChartExportOptions &options);

    /// Paints chart, footer and caption into `rect` (device-independent pixels at the
    /// screen's DPI) on a painter whose device has the screen's DPI.
    void paint(QPainter &painter, const QRectF &rect) const;

    /// The picture as an image of `options.pixelSize` whose DPI metadata is `options.dpi`.
    QImage image(const ChartExportOptions &options) const;
    /// The encoded file; empty with `error` set when it cannot be made.
    QByteArray encode(const ChartExportOptions &options, QString *error = nullptr) const;
    /// Encodes and writes `path` through QSaveFile. Returns the reason of a failure,
    /// translated, or an empty string; a failure leaves no file behind.
    QString save(const QString &path, const ChartExportOptions &options) const;

    /// The options' values checked: an empty string, or what is wrong, translated.
    static QString validate(const ChartExportOptions &options);
    /// "png", "svg", "pdf" (also the file suffix).
    static QString formatName(ChartFormat format);
    static std::optional<ChartFormat> parseFormat(const QString &name);
    /// The format a file name's suffix implies, if any ("chart.SVG" → Svg).
    static std::optional<ChartFormat> formatOfPath(const QString &path);

private:
    DashboardChart &m_chart;
    QString m_scenario;
    QDate m_date = QDate::currentDate();
    int m_datasetVersion = 0;
};

} // namespace capex::ui

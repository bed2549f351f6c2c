#pragma once

#include "dataset.h"

#include <QColor>
#include <QFont>
#include <QImage>
#include <QPen>
#include <QString>

#include <vector>

class QChart;
class QWidget;
class QXYSeries;

namespace capex::ui {

/// How figures look on every chart: one colour per company, and one look per kind —
/// actuals solid with filled markers, guidance as a range bar, estimates and forecasts
/// hollow and dashed, model projections as thin lines with a band.
namespace ChartStyle {

/// A stable colour for an entity id (the same on every chart and export).
QColor entityColor(const std::string &entityId);
/// Gives a company's check box (and the like) the company's colour, a shade darker, in
/// semibold. By palette and font, not a style sheet: a style sheet each for a large store's
/// 200 companies took 30 ms to make the boxes.
void markWithEntityColor(QWidget *widget, const std::string &entityId);
/// A colour for the n-th series of a chart where entities do not apply.
QColor paletteColor(int index);

QPen actualPen(const QColor &color);
QPen guidancePen(const QColor &color, bool latestRevision = true);
QPen estimatePen(const QColor &color);
QPen projectionPen(const QColor &color);
QPen eventPen();
/// Minor grid lines of log axes: solid and faint. Qt's theme draws them dashed, which its
/// raster engine strokes pixel by pixel: on a log axis with eight minor lines a decade, the
/// dashes were a fifth of a chart's repaint.
QPen minorGridPen();

constexpr double actualMarkerSize = 7.0;
constexpr double estimateMarkerSize = 9.0;

/// Draws `series`' points as hollow circles, white inside and `border` around (2 px), of
/// `size` pixels inside the border: the look of an estimate. Drawn as images
/// (QXYSeries::setLightMarker) on the series itself, so that a dashed estimate line needs no
/// scatter series beside it: on a large store's Capex page that was six series, a legend
/// marker and a graphics item per point fewer to make when the figures arrive, and 108 ellipse
/// items fewer to paint. The look is kept on the series: applyTheme() draws it again for the
/// dark theme, and an export draws vector circles instead (VectorMarkers).
void setHollowMarkers(QXYSeries *series, const QColor &border, qreal size);

/// While it lives, the hollow markers of `chart`'s series (setHollowMarkers) are drawn as
/// vector shapes, each series' points by a scatter series of the same look kept out of the
/// legend, so that SVG and PDF exports hold circles, not pictures of them.
class VectorMarkers
{
public:
    explicit VectorMarkers(QChart &chart);
    ~VectorMarkers();
    VectorMarkers(const VectorMarkers &) = delete;
    VectorMarkers &operator=(const VectorMarkers &) = delete;

private:
    QChart &m_chart;
    struct Swapped
    {
        QXYSeries *series;
        QImage image;
        QXYSeries *stand;
    };
    std::vector<Swapped> m_swapped;
};

/// The chart's background in the dark theme.
QColor darkBackground();
/// Colours `chart` for a dark window (`dark`) or for white paper: background, titles, axis
/// labels, lines and grids, and the series drawn in grey, black or white (black on white
/// turns light grey on dark, a hollow marker's white fill the background). Coloured series
/// keep their colours. Cheap when nothing changes; a chart rebuilt with new axes or series
/// is coloured again by calling it again.
void applyTheme(QChart &chart, bool dark);
/// Whether `chart` was last coloured dark by applyTheme().
bool isDark(const QChart &chart);
/// `color` as applyTheme() shows it in the dark theme (`dark`) or on white paper: greys
/// mirrored, a white fill the background, colours kept. For what a chart paints itself.
QColor themedColor(const QColor &color, bool dark);

/// Fonts sized for the screen; exports scale them.
QFont titleFont();
QFont axisTitleFont();

} // namespace ChartStyle
} // namespace capex::ui

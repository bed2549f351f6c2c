#pragma once

#include "dataset.h"

#include <QColor>
#include <QFont>
#include <QPen>
#include <QString>

class QGraphicsScene;

namespace capex::ui {

/// How figures look on every chart: one colour per company, and one look per kind —
/// actuals solid with filled markers, guidance as a range bar, estimates and forecasts
/// hollow and dashed, model projections as thin lines with a band.
namespace ChartStyle {

/// A stable colour for an entity id (the same on every chart and export).
QColor entityColor(const std::string &entityId);
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

/// Fonts sized for the screen; exports scale them.
/// Makes the text items of a chart on screen (titles, axis labels, legend) paint from a
/// cached pixmap at device resolution, or, with `cached` false, from their text again.
/// Qt Charts draws every label as a rich-text document laid out anew on each paint: half
/// the time of repainting a chart whose series moved. Exports to SVG and PDF turn caching
/// off while they paint, or the texts would be pixmaps in the file.
void setTextCaching(QGraphicsScene *scene, bool cached);

QFont titleFont();
QFont axisTitleFont();

} // namespace ChartStyle
} // namespace capex::ui

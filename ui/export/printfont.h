#pragma once

#include <QFont>

namespace capex::ui {

/// The font of the text that exports and reports write themselves (footers, captions, the
/// report's pages): the interface font with Noto Sans CJK SC behind it, so that Chinese
/// renders with Simplified Chinese glyphs and is embedded in PDFs whatever the primary family
/// covers.
QFont printFont(qreal pointSize, QFont::Weight weight = QFont::Normal);

/// The resolution the interface lays text out at (the primary screen's logical DPI, 96 when
/// there is none): devices that exports paint on are given this resolution, so that text laid
/// out for the screen keeps its size and place.
int layoutDpi();

} // namespace capex::ui

#pragma once

class QByteArray;
class QImage;

namespace capex::ui {

/// Encodes a chart image as PNG, tuned for charts: no row filter and zlib level 1. Qt's
/// writer lets libpng try all five filters on every row, which was a third of a whole
/// `capexlens chart … --format png` process (perf); a chart's flat colours compress better
/// without them (the capex chart at 1600×1000: 174 KB against Qt's 191 KB at level 1;
/// run-length matching was faster still but 288 KB). The rows are deflated in `bands`
/// horizontal bands at once, one thread each (0: one per core, for images of a few hundred
/// KB and more), joined into one standard zlib stream as pigz does; deflating was still the
/// largest part of the process after the filters went. libpng writes the header chunks.
/// Keeps the resolution (pHYs) the image carries, so a chart saved at 300 dpi prints at its
/// size. Opaque images are written as RGB, others as RGBA. False if zlib or libpng fails.
bool writePng(const QImage &image, QByteArray &out, int bands = 0);

} // namespace capex::ui

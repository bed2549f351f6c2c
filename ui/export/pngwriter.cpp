#include "pngwriter.h"

#include <QByteArray>
#include <QImage>
#include <QThread>

#include <png.h>
#include <zlib.h>

#include <algorithm>
#include <csetjmp>
#include <thread>
#include <vector>

namespace capex::ui {
namespace {

void append(png_structp png, png_bytep data, png_size_t length)
{
    static_cast<QByteArray *>(png_get_io_ptr(png))->append(reinterpret_cast<const char *>(data), static_cast<qsizetype>(length));
}

void flush(png_structp) {}

/// Fewer raw bytes than this per band are not worth a thread of their own.
constexpr qsizetype minimumBandBytes = 256 * 1024;

/// One band of rows deflated on its own: raw deflate data ending on a byte boundary, and
/// the Adler-32 of the bytes it holds, for the zlib stream's checksum.
struct DeflatedRows
{
    QByteArray data;
    uLong adler = 0;
    z_off_t length = 0;
    bool ok = false;
};

/// Deflates rows [first, last) of `image` (Format_RGB32 or Format_ARGB32) as PNG scanlines:
/// a filter byte (none) and the pixels as R, G, B(, A). A fresh compressor with no history,
/// so that the band can be deflated while others are; all but the last band end with a sync
/// flush (an empty stored block, no final bit), which lets the bands be joined as one stream:
/// pigz's way of compressing on several cores.
DeflatedRows deflateRows(const QImage &image, int first, int last, bool alpha, bool finalBand)
{
    DeflatedRows band;
    z_stream stream{};
    // Raw deflate (negative window bits): the zlib header and the checksum go around all
    // the bands, not each one. Level 1 and no row filter: see pngwriter.h. Memory level 6
    // instead of zlib's 8: a quarter of the hash table, which stays in cache, took about a
    // tenth off deflating the catalogue's charts, and every file came out a little smaller.
    if (deflateInit2(&stream, 1, Z_DEFLATED, -MAX_WBITS, 6, Z_DEFAULT_STRATEGY) != Z_OK)
        return band;
    const int width = image.width();
    const qsizetype rowBytes = 1 + qsizetype(width) * (alpha ? 4 : 3);
    std::vector<Bytef> row(static_cast<std::size_t>(rowBytes));
    // Room for the worst case, plus a few bytes for the sync flush: pages never written
    // are never touched.
    band.data.resize(static_cast<qsizetype>(deflateBound(&stream, static_cast<uLong>(rowBytes * (last - first)))) + 16);
    stream.next_out = reinterpret_cast<Bytef *>(band.data.data());
    stream.avail_out = static_cast<uInt>(band.data.size());
    band.adler = adler32(0, nullptr, 0);
    bool ok = true;
    for (int y = first; y < last && ok; ++y) {
        const auto *pixels = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        Bytef *out = row.data();
        *out++ = PNG_FILTER_VALUE_NONE;
        for (int x = 0; x < width; ++x) {
            const QRgb p = pixels[x];
            *out++ = static_cast<Bytef>(qRed(p));
            *out++ = static_cast<Bytef>(qGreen(p));
            *out++ = static_cast<Bytef>(qBlue(p));
            if (alpha)
                *out++ = static_cast<Bytef>(qAlpha(p));
        }
        band.adler = adler32(band.adler, row.data(), static_cast<uInt>(rowBytes));
        stream.next_in = row.data();
        stream.avail_in = static_cast<uInt>(rowBytes);
        const bool lastRow = y + 1 == last;
        const int flushMode = !lastRow ? Z_NO_FLUSH : finalBand ? Z_FINISH : Z_SYNC_FLUSH;
        const int status = deflate(&stream, flushMode);
        // A flush is complete only if it had room to spare.
        ok = stream.avail_in == 0 && stream.avail_out > 0
            && (lastRow && finalBand ? status == Z_STREAM_END : status == Z_OK);
    }
    band.data.truncate(static_cast<qsizetype>(stream.total_out));
    band.length = static_cast<z_off_t>(rowBytes * (last - first));
    band.ok = ok;
    deflateEnd(&stream);
    return band;
}

} // namespace

bool writePng(const QImage &image, QByteArray &out, int bands)
{
    if (image.isNull())
        return false;
    const bool alpha = image.hasAlphaChannel();
    // Both formats are 32-bit QRgb whatever the byte order; the chart exporter paints in
    // RGB32, so this is no copy for charts.
    const QImage pixels = image.convertToFormat(alpha ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    if (pixels.isNull())
        return false;

    const int height = pixels.height();
    const qsizetype rawBytes = qsizetype(height) * (1 + qsizetype(pixels.width()) * (alpha ? 4 : 3));
    if (bands <= 0)
        bands = int(std::clamp<qsizetype>(rawBytes / minimumBandBytes, 1, std::max(1, QThread::idealThreadCount())));
    bands = std::clamp(bands, 1, height);
    std::vector<DeflatedRows> deflated(static_cast<std::size_t>(bands));
    {
        // Band i holds rows [i·h/n, (i+1)·h/n); this thread deflates the first.
        auto bandRows = [&](int i) { return int(qsizetype(height) * i / bands); };
        std::vector<std::jthread> workers;
        for (int i = 1; i < bands; ++i)
            workers.emplace_back(
                [&, i] { deflated[i] = deflateRows(pixels, bandRows(i), bandRows(i + 1), alpha, i == bands - 1); });
        deflated[0] = deflateRows(pixels, 0, bandRows(1), alpha, bands == 1);
    }
    uLong adler = deflated[0].adler;
    for (std::size_t i = 1; i < deflated.size(); ++i)
        adler = adler32_combine(adler, deflated[i].adler, deflated[i].length);
    if (!std::all_of(deflated.begin(), deflated.end(), [](const DeflatedRows &d) { return d.ok; }))
        return false;
    // The zlib stream around the bands: its header (deflate, 32 KB window, fastest
    // compression, check bits) and, after the last band, the Adler-32 of all the data.
    const unsigned char zlibHeader[2] = {0x78, 0x01};
    const unsigned char checksum[4] = {static_cast<unsigned char>(adler >> 24), static_cast<unsigned char>(adler >> 16),
                                       static_cast<unsigned char>(adler >> 8), static_cast<unsigned char>(adler)};
    deflated.front().data.prepend(reinterpret_cast<const char *>(zlibHeader), 2);
    deflated.back().data.append(reinterpret_cast<const char *>(checksum), 4);

    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    png_infop info = png ? png_create_info_struct(png) : nullptr;
    if (!info) {
        png_destroy_write_struct(&png, nullptr);
        return false;
    }
    const qsizetype start = out.size();
    // libpng reports errors by longjmp: nothing with a destructor lives between here and
    // the end of the writing.
    if (setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        out.truncate(start);
        return false;
    }
    png_set_write_fn(png, &out, append, flush);
    png_set_IHDR(png, info, static_cast<png_uint_32>(pixels.width()), static_cast<png_uint_32>(height), 8,
                 alpha ? PNG_COLOR_TYPE_RGB_ALPHA : PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT,
                 PNG_FILTER_TYPE_DEFAULT);
    if (image.dotsPerMeterX() > 0 && image.dotsPerMeterY() > 0)
        png_set_pHYs(png, info, static_cast<png_uint_32>(image.dotsPerMeterX()),
                     static_cast<png_uint_32>(image.dotsPerMeterY()), PNG_RESOLUTION_METER);
    // libpng writes the signature and the header chunks; the image data is the stream
    // deflated above, one IDAT chunk per band (a zlib stream may be split anywhere between
    // IDATs), and then the end chunk. png_write_end would refuse: libpng saw no rows.
    png_write_info(png, info);
    static constexpr png_byte idat[5] = "IDAT";
    static constexpr png_byte iend[5] = "IEND";
    for (const DeflatedRows &band : deflated)
        png_write_chunk(png, idat, reinterpret_cast<png_const_bytep>(band.data.constData()),
                        static_cast<png_size_t>(band.data.size()));
    png_write_chunk(png, iend, nullptr, 0);
    png_destroy_write_struct(&png, &info);
    return true;
}

} // namespace capex::ui

#include "textdecoder.h"

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <iconv.h>

namespace capex {
namespace {

bool startsWith(std::string_view bytes, std::string_view prefix) { return bytes.substr(0, prefix.size()) == prefix; }

/// The 1-based line of byte `offset` in `bytes`, counting newlines in the encoding's code units.
int lineAt(std::string_view bytes, std::size_t offset, TextEncoding encoding)
{
    int line = 1;
    if (encoding == TextEncoding::Utf16Le || encoding == TextEncoding::Utf16Be) {
        const std::size_t low = encoding == TextEncoding::Utf16Le ? 0 : 1;
        for (std::size_t i = 0; i + 1 < offset && i + 1 < bytes.size(); i += 2)
            if (bytes[i + low] == '\n' && bytes[i + 1 - low] == '\0')
                ++line;
        return line;
    }
    // In UTF-8 and GB18030 a byte 0x0A is always a newline, never part of a wider character.
    for (std::size_t i = 0; i < offset && i < bytes.size(); ++i)
        if (bytes[i] == '\n')
            ++line;
    return line;
}

Result<std::string> convert(std::string_view bytes, TextEncoding encoding, const std::string &fileName)
{
    const char *from = encoding == TextEncoding::Utf16Le ? "UTF-16LE"
        : encoding == TextEncoding::Utf16Be              ? "UTF-16BE"
                                                         : "GB18030";
    iconv_t cd = iconv_open("UTF-8", from);
    if (cd == reinterpret_cast<iconv_t>(-1))
        return Error{ErrorCode::InvalidEncoding, fileName, 0, 0, {}, from};
    struct Closer
    {
        iconv_t cd;
        ~Closer() { iconv_close(cd); }
    } closer{cd};

    std::string out;
    out.resize(bytes.size() * 2 + 16);
    char *in = const_cast<char *>(bytes.data()); // iconv's signature; it never writes through `in`
    std::size_t inLeft = bytes.size();
    std::size_t written = 0;
    while (inLeft > 0) {
        char *outPtr = out.data() + written;
        std::size_t outLeft = out.size() - written;
        std::size_t rc = iconv(cd, &in, &inLeft, &outPtr, &outLeft);
        written = out.size() - outLeft;
        if (rc != static_cast<std::size_t>(-1))
            break;
        if (errno == E2BIG) {
            out.resize(out.size() * 2);
            continue;
        }
        // EILSEQ (an invalid sequence) or EINVAL (the text ends inside a character).
        const std::size_t offset = static_cast<std::size_t>(in - bytes.data());
        return Error{ErrorCode::InvalidEncoding, fileName, lineAt(bytes, offset, encoding), 0, {}, from};
    }
    out.resize(written);
    return out;
}

} // namespace

const char *encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8: return "UTF-8";
    case TextEncoding::Utf8WithBom: return "UTF-8 (BOM)";
    case TextEncoding::Utf16Le: return "UTF-16LE";
    case TextEncoding::Utf16Be: return "UTF-16BE";
    case TextEncoding::Gb18030: return "GB18030";
    }
    return "?";
}

bool TextDecoder::isValidUtf8(std::string_view bytes)
{
    std::size_t i = 0;
    const std::size_t n = bytes.size();
    while (i < n) {
        // Plain ASCII, most of a sheet, eight bytes at a time.
        std::uint64_t word = 0;
        while (i + sizeof word <= n) {
            std::memcpy(&word, bytes.data() + i, sizeof word);
            if ((word & 0x8080808080808080u) != 0)
                break;
            i += sizeof word;
        }
        if (i >= n)
            break;
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        std::uint32_t cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (i + static_cast<std::size_t>(extra) >= n) // truncated at the end
            return false;
        for (int k = 1; k <= extra; ++k) {
            const auto t = static_cast<unsigned char>(bytes[i + static_cast<std::size_t>(k)]);
            if ((t & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (t & 0x3F);
        }
        // Overlong forms, surrogates and code points past U+10FFFF are not UTF-8.
        if ((extra == 2 && cp < 0x800) || (extra == 3 && (cp < 0x10000 || cp > 0x10FFFF))
            || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += static_cast<std::size_t>(extra) + 1;
    }
    return true;
}

Result<DecodedText> TextDecoder::decode(std::string_view bytes, const std::string &fileName)
{
    if (startsWith(bytes, "\xEF\xBB\xBF")) {
        std::string_view rest = bytes.substr(3);
        if (!isValidUtf8(rest))
            return Error{ErrorCode::InvalidEncoding, fileName, 0, 0, {}, "UTF-8"};
        return DecodedText{std::string(rest), TextEncoding::Utf8WithBom};
    }
    for (TextEncoding encoding : {TextEncoding::Utf16Le, TextEncoding::Utf16Be}) {
        const std::string_view bom = encoding == TextEncoding::Utf16Le ? std::string_view("\xFF\xFE", 2)
                                                                       : std::string_view("\xFE\xFF", 2);
        if (startsWith(bytes, bom)) {
            auto text = convert(bytes.substr(2), encoding, fileName);
            if (!text.ok())
                return text.error();
            return DecodedText{std::move(text).value(), encoding};
        }
    }
    if (isValidUtf8(bytes))
        return DecodedText{std::string(bytes), TextEncoding::Utf8};
    auto text = convert(bytes, TextEncoding::Gb18030, fileName);
    if (!text.ok())
        return text.error();
    return DecodedText{std::move(text).value(), TextEncoding::Gb18030};
}

} // namespace capex

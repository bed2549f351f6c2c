#pragma once

#include "result.h"

#include <string>
#include <string_view>

namespace capex {

/// The encodings an analyst's files really come in: Excel writes UTF-8 with a BOM,
/// UTF-16 LE with a BOM ("Unicode text"), and GB18030/GBK on Chinese Windows.
enum class TextEncoding { Utf8, Utf8WithBom, Utf16Le, Utf16Be, Gb18030 };

/// Stable name of an encoding ("UTF-8", "UTF-16LE", "GB18030", …).
const char *encodingName(TextEncoding encoding);

struct DecodedText
{
    std::string utf8; ///< the text as UTF-8, without a byte-order mark
    TextEncoding encoding = TextEncoding::Utf8;
};

/// Turns the bytes of a file into UTF-8 text.
///
/// Detection: a byte-order mark decides (UTF-8, UTF-16 LE or BE); without one, text
/// that is valid UTF-8 is UTF-8, anything else is decoded as GB18030 (a superset of
/// GBK and GB2312, so every file Excel writes on Chinese Windows). Decoding uses glibc's
/// iconv. Errors: InvalidEncoding with the encoding in `detail` and the line (counted in
/// the source text) of the first byte that does not decode.
class TextDecoder
{
public:
    static Result<DecodedText> decode(std::string_view bytes, const std::string &fileName);

    static bool isValidUtf8(std::string_view bytes);
};

} // namespace capex

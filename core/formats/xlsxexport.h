#pragma once

#include "result.h"

#include <string>
#include <variant>
#include <vector>

namespace capex {

/// One cell of a worksheet: empty, a number, or UTF-8 text.
using XlsxCell = std::variant<std::monostate, double, std::string>;

/// One worksheet: a bold header row that stays in view and filters, then the rows.
struct XlsxSheet
{
    std::string name; ///< Excel allows 31 characters and none of []:*?/\ ; longer names are cut, those replaced
    std::vector<std::string> header;
    std::vector<std::vector<XlsxCell>> rows;
};

/// Writes Excel workbooks (.xlsx) with Debian's libxlsxwriter. Whole numbers of five or more
/// digits get a thousands separator ("96,400,000,000" rather than Excel's "9.64E+10"); other
/// numbers keep Excel's general format, so nothing is rounded away. Column widths follow the
/// longest text of each column (CJK characters count double), between 8 and 60 characters.
class XlsxExport
{
public:
    /// Writes `sheets` in order to `path`, replacing it. FileUnwritable (file = path, detail =
    /// libxlsxwriter's reason) when the file cannot be created or written; the file may then be
    /// partly written, so callers that need all-or-nothing write to a temporary path first.
    static Status write(const std::string &path, const std::vector<XlsxSheet> &sheets);

    /// `name` made valid as a sheet name: forbidden characters replaced by '_', cut to 31
    /// characters (code points), "Sheet" when empty.
    static std::string sheetName(const std::string &name);
    /// The width in Excel's character units that shows `text` whole: ASCII counts 1, wider
    /// scripts (CJK) 2, per code point.
    static double displayWidth(const std::string &text);
};

} // namespace capex

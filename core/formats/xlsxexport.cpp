#include "xlsxexport.h"

#include <xlsxwriter.h>

#include <dlfcn.h>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace capex {
namespace {

constexpr std::size_t maxSheetNameLength = 31;
constexpr double minColumnWidth = 8;
constexpr double maxColumnWidth = 60;

/// The byte length of the UTF-8 sequence that starts with `lead` (1 for a stray byte).
std::size_t sequenceLength(unsigned char lead)
{
    if (lead >= 0xF0)
        return 4;
    if (lead >= 0xE0)
        return 3;
    if (lead >= 0xC0)
        return 2;
    return 1;
}

/// libxlsxwriter, loaded on first use rather than linked: linked, it and the libcrypto it
/// needs (about 4,000 symbols bound at load time) were loaded into every start of the
/// program, about 6 ms of a whole `capexlens chart` process, for the one thing that writes a
/// workbook. The pointers have the types of the header's declarations.
struct XlsxWriterLibrary
{
    decltype(&::workbook_new) workbook_new = nullptr;
    decltype(&::workbook_add_format) workbook_add_format = nullptr;
    decltype(&::workbook_add_worksheet) workbook_add_worksheet = nullptr;
    decltype(&::workbook_set_properties) workbook_set_properties = nullptr;
    decltype(&::workbook_close) workbook_close = nullptr;
    decltype(&::format_set_bold) format_set_bold = nullptr;
    decltype(&::format_set_bottom) format_set_bottom = nullptr;
    decltype(&::format_set_num_format) format_set_num_format = nullptr;
    decltype(&::format_set_text_wrap) format_set_text_wrap = nullptr;
    decltype(&::format_set_align) format_set_align = nullptr;
    decltype(&::worksheet_write_string) worksheet_write_string = nullptr;
    decltype(&::worksheet_write_number) worksheet_write_number = nullptr;
    decltype(&::worksheet_set_column) worksheet_set_column = nullptr;
    decltype(&::worksheet_freeze_panes) worksheet_freeze_panes = nullptr;
    decltype(&::worksheet_autofilter) worksheet_autofilter = nullptr;
    decltype(&::lxw_strerror) lxw_strerror = nullptr;
    std::string problem; ///< why it could not be loaded; empty when every function was found

    static const XlsxWriterLibrary &instance()
    {
        static const XlsxWriterLibrary library;
        return library;
    }

private:
    XlsxWriterLibrary()
    {
        // Never closed: it stays loaded for the rest of the process once needed.
        void *handle = dlopen(CAPEXLENS_XLSXWRITER_LIBRARY, RTLD_NOW | RTLD_LOCAL);
        if (!handle) {
            problem = dlerror();
            return;
        }
        auto resolve = [&](auto &function, const char *name) {
            function = reinterpret_cast<std::remove_reference_t<decltype(function)>>(dlsym(handle, name));
            if (!function && problem.empty())
                problem = std::string(CAPEXLENS_XLSXWRITER_LIBRARY) + " has no " + name;
        };
        resolve(workbook_new, "workbook_new");
        resolve(workbook_add_format, "workbook_add_format");
        resolve(workbook_add_worksheet, "workbook_add_worksheet");
        resolve(workbook_set_properties, "workbook_set_properties");
        resolve(workbook_close, "workbook_close");
        resolve(format_set_bold, "format_set_bold");
        resolve(format_set_bottom, "format_set_bottom");
        resolve(format_set_num_format, "format_set_num_format");
        resolve(format_set_text_wrap, "format_set_text_wrap");
        resolve(format_set_align, "format_set_align");
        resolve(worksheet_write_string, "worksheet_write_string");
        resolve(worksheet_write_number, "worksheet_write_number");
        resolve(worksheet_set_column, "worksheet_set_column");
        resolve(worksheet_freeze_panes, "worksheet_freeze_panes");
        resolve(worksheet_autofilter, "worksheet_autofilter");
        resolve(lxw_strerror, "lxw_strerror");
    }
};

Error unwritable(const std::string &path, lxw_error error)
{
    return Error{ErrorCode::FileUnwritable, path, 0, 0, {}, XlsxWriterLibrary::instance().lxw_strerror(error)};
}

} // namespace

std::string XlsxExport::sheetName(const std::string &name)
{
    std::string result;
    std::size_t points = 0;
    for (std::size_t i = 0; i < name.size() && points < maxSheetNameLength; ++points) {
        const std::size_t length = std::min(sequenceLength(static_cast<unsigned char>(name[i])), name.size() - i);
        const std::string point = name.substr(i, length);
        result += point.size() == 1 && std::strchr("[]:*?/\\", point[0]) ? std::string("_") : point;
        i += length;
    }
    // Excel refuses a name that starts or ends with an apostrophe.
    if (!result.empty() && result.front() == '\'')
        result.front() = '_';
    if (!result.empty() && result.back() == '\'')
        result.back() = '_';
    return result.empty() ? std::string("Sheet") : result;
}

double XlsxExport::displayWidth(const std::string &text)
{
    double width = 0;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t length = sequenceLength(static_cast<unsigned char>(text[i]));
        width += length >= 3 ? 2 : 1; // three-byte sequences are mostly CJK, shown double width
        i += length;
    }
    return width;
}

Status XlsxExport::write(const std::string &path, const std::vector<XlsxSheet> &sheets)
{
    const XlsxWriterLibrary &lxw = XlsxWriterLibrary::instance();
    if (!lxw.problem.empty())
        return Error{ErrorCode::FileUnwritable, path, 0, 0, {}, lxw.problem};
    lxw_workbook *workbook = lxw.workbook_new(path.c_str());
    if (!workbook)
        return unwritable(path, LXW_ERROR_CREATING_XLSX_FILE);
    lxw_format *bold = lxw.workbook_add_format(workbook);
    lxw.format_set_bold(bold);
    lxw.format_set_bottom(bold, LXW_BORDER_THIN);
    lxw_format *thousands = lxw.workbook_add_format(workbook);
    lxw.format_set_num_format(thousands, "#,##0");
    lxw_format *wrap = lxw.workbook_add_format(workbook);
    lxw.format_set_text_wrap(wrap);
    lxw.format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);

    lxw_doc_properties properties;
    std::memset(&properties, 0, sizeof properties);
    char author[] = "Capex Lens";
    properties.author = author;
    properties.company = author;
    lxw.workbook_set_properties(workbook, &properties);

    for (const XlsxSheet &sheet : sheets) {
        lxw_worksheet *worksheet = lxw.workbook_add_worksheet(workbook, sheetName(sheet.name).c_str());
        if (!worksheet) {
            lxw.workbook_close(workbook);
            return unwritable(path, LXW_ERROR_SHEETNAME_ALREADY_USED);
        }
        std::vector<double> widths(sheet.header.size(), minColumnWidth);
        auto widen = [&widths](std::size_t column, double width) {
            if (column >= widths.size())
                widths.resize(column + 1, minColumnWidth);
            widths[column] = std::clamp(width + 1, widths[column], maxColumnWidth);
        };
        for (std::size_t c = 0; c < sheet.header.size(); ++c) {
            lxw.worksheet_write_string(worksheet, 0, static_cast<lxw_col_t>(c), sheet.header[c].c_str(), bold);
            widen(c, displayWidth(sheet.header[c]) * 1.1);
        }
        for (std::size_t r = 0; r < sheet.rows.size(); ++r) {
            const auto row = static_cast<lxw_row_t>(r + 1);
            for (std::size_t c = 0; c < sheet.rows[r].size(); ++c) {
                const auto column = static_cast<lxw_col_t>(c);
                const XlsxCell &cell = sheet.rows[r][c];
                if (const double *number = std::get_if<double>(&cell)) {
                    const bool whole = std::isfinite(*number) && std::fabs(*number) >= 1e4 && std::fabs(*number) < 1e15
                        && std::floor(*number) == *number;
                    lxw.worksheet_write_number(worksheet, row, column, *number, whole ? thousands : nullptr);
                    widen(c, whole ? std::log10(std::fabs(*number)) * 4.0 / 3.0 + 2 : 12);
                } else if (const std::string *text = std::get_if<std::string>(&cell)) {
                    lxw.worksheet_write_string(worksheet, row, column, text->c_str(), nullptr);
                    widen(c, displayWidth(*text));
                }
            }
        }
        for (std::size_t c = 0; c < widths.size(); ++c) {
            const auto column = static_cast<lxw_col_t>(c);
            // Long texts (notes, titles) wrap at the widest column instead of running on.
            lxw.worksheet_set_column(worksheet, column, column, widths[c],
                                     widths[c] >= maxColumnWidth ? wrap : nullptr);
        }
        lxw.worksheet_freeze_panes(worksheet, 1, 0);
        if (!sheet.header.empty())
            lxw.worksheet_autofilter(worksheet, 0, 0, static_cast<lxw_row_t>(sheet.rows.size()),
                                     static_cast<lxw_col_t>(sheet.header.size() - 1));
    }
    if (const lxw_error error = lxw.workbook_close(workbook); error != LXW_NO_ERROR)
        return unwritable(path, error);
    return {};
}

} // namespace capex

#pragma once

#include "result.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace capex {

/// One row of a worksheet as text, cells placed by their reference (C7 goes to column C
/// whatever cells the row leaves out).
struct XlsxRow
{
    int number = 0;                 ///< the spreadsheet's row number, from 1
    std::vector<std::string> cells; ///< by column, A = 0; an empty string is an empty cell
    std::vector<int> errorColumns;  ///< columns (A = 0) holding an error value such as #DIV/0!, whose text is in cells
};

/// How much of a workbook is unpacked at most: a zip bomb (a few kilobytes that unpack to
/// gigabytes) is refused before it fills the memory.
struct XlsxLimits
{
    std::uint64_t worksheetBytes = 512ull << 20;     ///< a sheet's XML (streamed: held one row at a time)
    std::uint64_t sharedStringsBytes = 256ull << 20; ///< xl/sharedStrings.xml (held whole)
    std::uint64_t otherPartBytes = 16ull << 20;      ///< the workbook, its relationships, its styles
    std::size_t cellCharacters = 32767;              ///< Excel's own limit for one cell's text
};

/// Reads the cells of an Excel workbook (.xlsx, Office Open XML), on libzip and expat:
/// Debian ships no C or C++ xlsx reader, and the import needs only text and numbers.
///
/// What a cell becomes: shared strings (rich text: its runs joined) and inline strings as
/// their text; numbers as written in the file ("96400000000", "0.86", "1.5E-3"); a number
/// whose style is a date format (built-in 14–22, 27–36, 50–58, or a custom format with d, m
/// or y) as its date, YYYY-MM-DD (YYYY-MM when the format shows only a month and a year, as
/// "mmm-yy" does), in the workbook's 1900 or 1904 date system; booleans as TRUE and FALSE;
/// a formula's last computed value (a formula never computed is empty); an error value as
/// its text (#DIV/0!) with its column in XlsxRow::errorColumns. Phonetic runs are left out.
///
/// Errors name the file (and the sheet: sheetLocation()); never an exception or a crash:
/// NotAWorkbook, OldExcelFormat, WorkbookPartMissing, WorkbookPartDamaged,
/// WorkbookPartTooLarge, UnknownSheet, XmlMalformed, XmlDoctype, InvalidCellReference,
/// SharedStringMissing (line, column: the cell), CellTooLong (the cell).
class XlsxReader
{
public:
    /// Opens the workbook in `bytes`, which must outlive the reader, and reads its list of
    /// worksheets.
    static Result<XlsxReader> open(std::string_view bytes, std::string fileName, XlsxLimits limits = {});
    /// Refused at compile time: the reader would read the temporary after its end.
    static Result<XlsxReader> open(std::string &&bytes, std::string fileName, XlsxLimits limits = {}) = delete;
    /// Whether `bytes` start like a zip archive (an .xlsx), or like an Excel 97–2003 file.
    static bool looksLikeZip(std::string_view bytes);
    static bool looksLikeOldExcel(std::string_view bytes);

    XlsxReader(XlsxReader &&) noexcept;
    XlsxReader &operator=(XlsxReader &&) noexcept;
    ~XlsxReader();

    /// The worksheets in the workbook's order (chart sheets left out).
    const std::vector<std::string> &sheetNames() const;
    /// The worksheet called `name` (exactly, else ignoring ASCII case), as sheetNames() spells it;
    /// UnknownSheet when there is none.
    Result<std::string> findSheet(std::string_view name) const;

    /// Called with each row that holds an element in the sheet, in the file's order; false
    /// stops the reading (readSheet() then succeeds).
    using RowHandler = std::function<bool(const XlsxRow &row)>;
    /// Reads the worksheet `name` (as sheetNames() spells it), row by row.
    Status readSheet(const std::string &name, const RowHandler &row);
    /// The last row the sheet being read declares in its dimension (A1:U100001 → 100001); 0
    /// when it declares none. A hint only: known once the first row is handed over.
    int declaredRows() const;

    const std::string &fileName() const;

    struct Impl; ///< defined in xlsxreader.cpp only

private:
    explicit XlsxReader(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

/// The spreadsheet name of a column, A = 0: "A", "Z", "AA", "XFD".
std::string xlsxColumnName(int column);

/// The date of a serial number in a workbook's date system: "2025-01-28"; with `monthOnly`,
/// "2025-01". Empty when the serial is outside 1900–9999 (or 1904–9999).
std::string xlsxSerialDate(double serial, bool date1904, bool monthOnly = false);

} // namespace capex

// The Excel reader: what each kind of cell becomes, which sheet is read, and that every
// damaged, truncated or hostile workbook ends in a clean error naming the file.
#include "xlsxreader.h"

#include "xlsxtesting.h"

#include <gtest/gtest.h>

#include <map>

using namespace capex;
using namespace capex::testing;

namespace {

/// Every row of a sheet: row number → cells.
std::map<int, std::vector<std::string>> rowsOf(XlsxReader &reader, const std::string &sheet, Status *status = nullptr)
{
    std::map<int, std::vector<std::string>> rows;
    Status read = reader.readSheet(sheet, [&](const XlsxRow &row) {
        rows[row.number] = row.cells;
        return true;
    });
    if (status)
        *status = read;
    else
        EXPECT_TRUE(read.ok()) << describe(read.error());
    return rows;
}

std::map<int, std::vector<std::string>> rowsOf(const std::string &bytes, const std::string &sheet = "Data")
{
    auto reader = XlsxReader::open(bytes, "book.xlsx");
    EXPECT_TRUE(reader.ok()) << describe(reader.error());
    if (!reader.ok())
        return {};
    return rowsOf(reader.value(), sheet);
}

const std::string dateStyles = "<numFmts count=\"3\"><numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\"/>"
                               "<numFmt numFmtId=\"165\" formatCode=\"mmm\\-yy\"/>"
                               "<numFmt numFmtId=\"166\" formatCode=\"#,##0.00&quot; days&quot;\"/></numFmts>"
                               "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
                               "<cellXfs count=\"6\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/>"
                               "<xf numFmtId=\"165\"/><xf numFmtId=\"166\"/><xf numFmtId=\"3\"/></cellXfs>";

/// Reads a workbook, asserting that it fails, and returns the error.
Error failureOf(const std::string &bytes, const std::string &sheet = {}, XlsxLimits limits = {})
{
    auto reader = XlsxReader::open(bytes, "book.xlsx", limits);
    if (!reader.ok())
        return reader.error();
    const std::string name = sheet.empty() && !reader->sheetNames().empty() ? reader->sheetNames().front() : sheet;
    Status status = reader->readSheet(name, [](const XlsxRow &) { return true; });
    EXPECT_FALSE(status.ok()) << "the workbook was read";
    return status.ok() ? Error{ErrorCode::InvalidValue, {}, 0, 0, {}, "read"} : status.error();
}

} // namespace

TEST(XlsxReader, SharedRichAndInlineStringsNumbersBooleansAndFormulaText)
{
    Workbook w;
    w.sharedStrings = "<si><t>entity</t></si>"
                      "<si><r><t>Micro</t></r><r><rPr><b/></rPr><t xml:space=\"preserve\">soft </t></r>"
                      "<rPh sb=\"0\" eb=\"1\"><t>ignored</t></rPh></si>"
                      "<si><t>微软</t></si>";
    w.sheets = {{"Data",
                 "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
                 "<c r=\"C1\" t=\"s\"><v>2</v></c></row>"
                 "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>in &amp; line</t></is></c>"
                 "<c r=\"B2\"><v>96400000000</v></c><c r=\"C2\"><v>1.5E-3</v></c>"
                 "<c r=\"D2\" t=\"b\"><v>1</v></c><c r=\"E2\" t=\"b\"><v>0</v></c>"
                 "<c r=\"F2\" t=\"str\"><f>A2&amp;\"x\"</f><v>in &amp; linex</v></c>"
                 "<c r=\"G2\"><f>1/0</f><v>0.86</v></c>"
                 "<c r=\"H2\" t=\"inlineStr\"><is><r><t>ri</t></r><r><t>ch</t></r></is></c></row>"}};
    const auto rows = rowsOf(workbookBytes(w));
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows.at(1), (std::vector<std::string>{"entity", "Microsoft ", "微软"}));
    EXPECT_EQ(rows.at(2), (std::vector<std::string>{"in & line", "96400000000", "1.5E-3", "TRUE", "FALSE",
                                                    "in & linex", "0.86", "rich"}));
}

TEST(XlsxReader, SparseRowsAndCellsKeepTheirPlaces)
{
    Workbook w;
    // Row 3 is absent; row 7 starts at column C; cells without r follow the one before.
    w.sheets = {{"Data", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a</t></is></c></row>"
                         "<row r=\"7\"><c r=\"C7\"><v>3</v></c><c><v>4</v></c><c r=\"F7\"><v>6</v></c></row>"
                         "<row><c t=\"inlineStr\"><is><t>next</t></is></c></row>"
                         "<row r=\"9\" spans=\"1:3\"/>"
                         "<row r=\"10\"><c r=\"AA10\"><v>27</v></c><c r=\"B10\"/></row>"}};
    const auto rows = rowsOf(workbookBytes(w));
    EXPECT_EQ(rows.at(1), (std::vector<std::string>{"a"}));
    EXPECT_EQ(rows.at(7), (std::vector<std::string>{"", "", "3", "4", "", "6"}));
    EXPECT_EQ(rows.at(8), (std::vector<std::string>{"next"}));
    EXPECT_TRUE(rows.at(9).empty());
    ASSERT_EQ(rows.at(10).size(), 27u);
    EXPECT_EQ(rows.at(10)[26], "27");
    EXPECT_FALSE(rows.count(3));
}

TEST(XlsxReader, NumbersStyledAsDatesBecomeDates)
{
    Workbook w;
    w.styles = dateStyles;
    // 45685 is 28 January 2025; style 1 is built-in 14 (m/d/yyyy), 2 a custom yyyy-mm-dd,
    // 3 mmm-yy (a month), 4 a number with "days" in quotes, 5 #,##0 (no date).
    w.sheets = {{"Data", "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>45685</v></c><c r=\"B1\" s=\"2\"><v>45685.75</v></c>"
                         "<c r=\"C1\" s=\"3\"><v>46143</v></c><c r=\"D1\" s=\"4\"><v>45685</v></c>"
                         "<c r=\"E1\" s=\"5\"><v>45685</v></c><c r=\"F1\"><v>45685</v></c>"
                         "<c r=\"G1\" s=\"1\" t=\"d\"><v>2024-12-26T00:00:00</v></c>"
                         "<c r=\"H1\" s=\"1\"><v>61</v></c><c r=\"I1\" s=\"1\"><v>59</v></c></row>"}};
    const auto rows = rowsOf(workbookBytes(w));
    EXPECT_EQ(rows.at(1), (std::vector<std::string>{"2025-01-28", "2025-01-28", "2026-05", "45685", "45685",
                                                    "45685", "2024-12-26", "1900-03-01", "1900-02-28"}));
    w.date1904 = true; // the Mac's old date system: the same serial is four years later
    EXPECT_EQ(rowsOf(workbookBytes(w)).at(1)[0], "2029-01-29");
}

TEST(XlsxReader, SerialDates)
{
    EXPECT_EQ(xlsxSerialDate(1, false), "1900-01-01");
    EXPECT_EQ(xlsxSerialDate(60, false), "1900-02-29"); // Lotus's leap day, which the import then refuses
    EXPECT_EQ(xlsxSerialDate(61, false), "1900-03-01");
    EXPECT_EQ(xlsxSerialDate(45658, false), "2025-01-01");
    EXPECT_EQ(xlsxSerialDate(45658.99, false), "2025-01-01");
    EXPECT_EQ(xlsxSerialDate(45658, false, true), "2025-01");
    EXPECT_EQ(xlsxSerialDate(2958465, false), "9999-12-31");
    EXPECT_EQ(xlsxSerialDate(0, true), "1904-01-01");
    EXPECT_EQ(xlsxSerialDate(0, false), "");
    EXPECT_EQ(xlsxSerialDate(2958466, false), "");
    EXPECT_EQ(xlsxSerialDate(-1, true), "");
    EXPECT_EQ(xlsxSerialDate(std::numeric_limits<double>::quiet_NaN(), false), "");
    EXPECT_EQ(xlsxColumnName(0), "A");
    EXPECT_EQ(xlsxColumnName(26), "AA");
    EXPECT_EQ(xlsxColumnName(16383), "XFD");
}

TEST(XlsxReader, ErrorValuesAreMarked)
{
    Workbook w;
    w.sheets = {{"Data", "<row r=\"4\"><c r=\"A4\"><v>1</v></c><c r=\"C4\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c></row>"}};
    const std::string bytes = workbookBytes(w); // the reader reads it in place
    auto reader = XlsxReader::open(bytes, "book.xlsx");
    ASSERT_TRUE(reader.ok());
    std::vector<int> errors;
    ASSERT_TRUE(reader->readSheet("Data", [&](const XlsxRow &row) {
        errors = row.errorColumns;
        EXPECT_EQ(row.cells[2], "#DIV/0!");
        return true;
    }).ok());
    EXPECT_EQ(errors, std::vector<int>{2});
}

TEST(XlsxReader, SheetsByNameInTheWorkbooksOrder)
{
    Workbook w;
    w.sheets = {{"Summary", inlineRow(1, {"x"})}, {"数据 2025", inlineRow(1, {"y"})}};
    const std::string bytes = workbookBytes(w); // the reader reads it in place
    auto reader = XlsxReader::open(bytes, "book.xlsx");
    ASSERT_TRUE(reader.ok()) << describe(reader.error());
    EXPECT_EQ(reader->sheetNames(), (std::vector<std::string>{"Summary", "数据 2025"}));
    EXPECT_EQ(rowsOf(reader.value(), "数据 2025").at(1), std::vector<std::string>{"y"});
    EXPECT_EQ(reader->findSheet("summary").value(), "Summary"); // Excel's names ignore case
    auto missing = reader->findSheet("Figures");
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error(), (Error{ErrorCode::UnknownSheet, "book.xlsx", 0, 0, "Summary, 数据 2025", "Figures"}));
}

TEST(XlsxReader, WhatIsNoWorkbookIsToldApart)
{
    EXPECT_EQ(failureOf("entity,metric\r\n").code, ErrorCode::NotAWorkbook);
    EXPECT_EQ(failureOf("").code, ErrorCode::NotAWorkbook);
    EXPECT_EQ(failureOf(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(600, '\0')).code,
              ErrorCode::OldExcelFormat);
    const Error noWorkbook = failureOf(zipOf({{"readme.txt", "hello"}}));
    EXPECT_EQ(noWorkbook, (Error{ErrorCode::WorkbookPartMissing, "book.xlsx", 0, 0, {}, "xl/workbook.xml"}));
    Workbook empty;
    const std::string emptyBytes = workbookBytes(empty);
    auto reader = XlsxReader::open(emptyBytes, "book.xlsx");
    ASSERT_TRUE(reader.ok());
    EXPECT_TRUE(reader->sheetNames().empty());
}

TEST(XlsxReader, MalformedXmlNamesThePartAndWhere)
{
    Workbook w;
    w.sheets = {{"Data", "<row r=\"1\"><c r=\"A1\"><v>1</v></row>"}}; // </c> missing
    const Error error = failureOf(workbookBytes(w));
    EXPECT_EQ(error.code, ErrorCode::XmlMalformed);
    EXPECT_EQ(error.file, sheetLocation("book.xlsx", "Data"));
    EXPECT_TRUE(error.detail.starts_with("xl/worksheets/sheet1.xml:1:")) << error.detail;
}

TEST(XlsxReader, XmlBombsAreRefusedBeforeTheyExpand)
{
    // The billion laughs: ten entities, each ten of the one before.
    std::string dtd = "<!DOCTYPE worksheet [<!ENTITY l0 \"ha\">";
    for (int i = 1; i < 10; ++i) {
        dtd += "<!ENTITY l" + std::to_string(i) + " \"";
        for (int j = 0; j < 10; ++j)
            dtd += "&l" + std::to_string(i - 1) + ";";
        dtd += "\">";
    }
    dtd += "]>";
    Parts parts = workbookParts({{{"Data", ""}}, {}, {}, false, {}});
    for (auto &[name, content] : parts)
        if (name == "xl/worksheets/sheet1.xml")
            content = "<?xml version=\"1.0\"?>" + dtd
                + "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&l9;</t></is></c></row>"
                  "</sheetData></worksheet>";
    const Error error = failureOf(zipOf(parts));
    EXPECT_EQ(error, (Error{ErrorCode::XmlDoctype, sheetLocation("book.xlsx", "Data"), 0, 0, {},
                            "xl/worksheets/sheet1.xml"}));
}

TEST(XlsxReader, ZipBombsAreRefusedByTheirUnpackedSize)
{
    Workbook w;
    std::string rows;
    for (int r = 1; r <= 2000; ++r)
        rows += "<row r=\"" + std::to_string(r) + "\"><c r=\"A" + std::to_string(r) + "\"><v>0</v></c></row>";
    w.sheets = {{"Data", rows}};
    const std::string bytes = workbookBytes(w);
    XlsxLimits limits;
    limits.worksheetBytes = 16 * 1024; // the sheet unpacks to some 60 KB
    EXPECT_EQ(failureOf(bytes, {}, limits),
              (Error{ErrorCode::WorkbookPartTooLarge, sheetLocation("book.xlsx", "Data"), 0, 0, "1",
                     "xl/worksheets/sheet1.xml"}));
    EXPECT_EQ(rowsOf(bytes).size(), 2000u); // within the default limit
    // A cell longer than Excel allows, and a shared string that is not there.
    Workbook longCell;
    longCell.sheets = {{"Data", inlineRow(1, {std::string(40000, 'x')})}};
    EXPECT_EQ(failureOf(workbookBytes(longCell), {}, {}).code, ErrorCode::CellTooLong);
    Workbook missing;
    missing.sheets = {{"Data", "<row r=\"2\"><c r=\"B2\" t=\"s\"><v>7</v></c></row>"}};
    EXPECT_EQ(failureOf(workbookBytes(missing)),
              (Error{ErrorCode::SharedStringMissing, sheetLocation("book.xlsx", "Data"), 2, 2, {}, "7"}));
    Workbook badReference;
    badReference.sheets = {{"Data", "<row r=\"2\"><c r=\"XFE2\"><v>1</v></c></row>"}};
    EXPECT_EQ(failureOf(workbookBytes(badReference)).code, ErrorCode::InvalidCellReference);
}

// Every truncation of a valid workbook, and garbled copies of it, end in a result: rows or a
// clean error naming the file. Never a crash, a hang or an exception (CI runs this; the fuzz
// target fuzz_xlsx_import goes further where clang is installed).
TEST(XlsxReader, TruncatedAndGarbledWorkbooksFailCleanly)
{
    Workbook w;
    w.styles = dateStyles;
    w.sharedStrings = "<si><t>entity</t></si><si><t>metric</t></si>";
    w.sheets = {{"Data", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"
                         "<row r=\"2\"><c r=\"A2\" s=\"1\"><v>45685</v></c>"
                         "<c r=\"B2\" t=\"inlineStr\"><is><t>x</t></is></c></row>"},
                {"Other", inlineRow(1, {"a", "b"})}};
    const std::string valid = workbookBytes(w);
    ASSERT_EQ(rowsOf(valid).size(), 2u);

    auto attempt = [](const std::string &bytes) {
        auto reader = XlsxReader::open(bytes, "book.xlsx");
        if (!reader.ok()) {
            EXPECT_EQ(splitSheetLocation(reader.error().file).file, "book.xlsx");
            return false;
        }
        bool ok = true;
        for (const std::string &sheet : std::vector<std::string>(reader->sheetNames())) {
            Status status = reader->readSheet(sheet, [](const XlsxRow &row) { return row.number > 0; });
            if (!status) {
                EXPECT_EQ(splitSheetLocation(status.error().file).file, "book.xlsx");
                ok = false;
            }
        }
        return ok;
    };
    int refused = 0;
    for (std::size_t length = 0; length < valid.size(); ++length)
        refused += attempt(valid.substr(0, length)) ? 0 : 1;
    // A zip's directory is at its end: every truncation is refused.
    EXPECT_EQ(refused, static_cast<int>(valid.size()));

    // Flipped bytes all over the archive: whatever is read, nothing crashes.
    std::uint32_t seed = 12345;
    for (int round = 0; round < 3000; ++round) {
        std::string garbled = valid;
        for (int flips = 0; flips < 1 + round % 4; ++flips) {
            seed = seed * 1664525u + 1013904223u;
            garbled[seed % garbled.size()] = static_cast<char>(seed >> 24);
        }
        attempt(garbled);
    }
}

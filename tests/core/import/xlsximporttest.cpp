// Excel workbooks through the import: the same columns, checks and plan as a CSV, rows
// named by their row number, the sheet chosen or asked for, and nothing written unless
// every row passes.
#include "checkedimport.h"
#include "importtesting.h"
#include "xlsxexport.h"
#include "xlsxtesting.h"

using namespace capex;
using namespace capex::testing;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> split(std::string line, char delimiter = ',')
{
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r'))
        line.pop_back();
    std::vector<std::string> fields;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = line.find(delimiter, start);
        fields.push_back(line.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (end == std::string::npos)
            return fields;
        start = end + 1;
    }
}

/// A sheet of the CSV's header and rows (as csvRow() writes them; no quoting), every cell an
/// inline string but value, low and high, which are numbers.
std::string sheetOfCsv(const std::string &csv)
{
    std::string xml;
    std::vector<std::string> header;
    int row = 0;
    std::size_t start = 0;
    while (start < csv.size()) {
        const std::size_t end = csv.find('\n', start);
        const std::vector<std::string> fields = split(csv.substr(start, end - start));
        start = end == std::string::npos ? csv.size() : end + 1;
        ++row;
        if (row == 1) {
            header = fields;
            xml += inlineRow(row, fields);
            continue;
        }
        xml += "<row r=\"" + std::to_string(row) + "\">";
        for (std::size_t c = 0; c < fields.size(); ++c) {
            if (fields[c].empty())
                continue;
            const bool number = header[c] == "value" || header[c] == "low" || header[c] == "high";
            xml += "<c r=\"" + cellRef(static_cast<int>(c), row) + "\""
                + (number ? "><v>" + fields[c] + "</v>" : " t=\"inlineStr\"><is><t>" + xmlEscaped(fields[c]) + "</t></is>")
                + "</c>";
        }
        xml += "</row>";
    }
    return xml;
}

/// Column numbers (from 1) of the export's columns, as csvHeader() lays them out.
int columnOf(const std::string &name)
{
    const auto &columns = ObservationExport::csvColumns();
    return static_cast<int>(std::find(columns.begin(), columns.end(), name) - columns.begin()) + 1;
}

class XlsxImport : public StoreFixture
{
};

} // namespace

TEST_F(XlsxImport, AWorkbookPlansAsTheSameCsv)
{
    // Rows that add, update, repeat, create sources and cite them later (see checkedimporttest).
    const std::string csv = csvOf(400, {{10, {{"source_id", "my_sheet"}, {"source_publisher", "Me"},
                                              {"source_title", "My sheet"}}},
                                        {50, {{"period", "2025"}, {"note_en", "Full-year capex"}}},
                                        {90, {{"source_id", "my_sheet"}}},
                                        {120, {{"value", ""}, {"low", "1e9"}, {"high", "2e9"}}}});
    Workbook w;
    w.sheets = {{"Data", sheetOfCsv(csv)}};
    auto fromCsv = ObservationImport::plan(csv, "mine.csv", snapshot(), 1);
    auto fromXlsx = ObservationImport::plan(workbookBytes(w), "mine.xlsx", snapshot());
    ASSERT_TRUE(fromCsv.ok()) << describe(fromCsv.error());
    ASSERT_TRUE(fromXlsx.ok()) << describe(fromXlsx.error());
    EXPECT_EQ(fromXlsx->format, "xlsx");
    EXPECT_EQ(fromXlsx->sheet, "Data");
    EXPECT_EQ(fromXlsx->rows.size(), 400u);
    EXPECT_EQ(fromXlsx->count(ImportAction::Update), 1);
    expectSamePlan(fromCsv.value(), fromXlsx.value());
}

TEST_F(XlsxImport, SharedAndInlineStringsAndADateCellForAsOf)
{
    // The header in shared strings, the row's text inline, period a number, as_of a date cell
    // (45686: 29 January 2025, shown m/d/yyyy), value a number shown with separators.
    Workbook w;
    const std::vector<std::string> header = {"entity", "metric", "period", "value", "unit", "currency",
                                             "kind",   "grade",  "as_of",  "note_en", "source_id"};
    for (const std::string &name : header)
        w.sharedStrings += "<si><t>" + name + "</t></si>";
    w.sharedStrings += "<si><r><t>Full-year </t></r><r><rPr><i/></rPr><t>capex</t></r></si>";
    w.styles = "<cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"3\"/></cellXfs>";
    std::string rows = "<row r=\"1\">";
    for (std::size_t c = 0; c < header.size(); ++c)
        rows += "<c r=\"" + cellRef(static_cast<int>(c), 1) + "\" t=\"s\"><v>" + std::to_string(c) + "</v></c>";
    rows += "</row><row r=\"2\"/>" // a blank row, skipped
            "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>meta</t></is></c>"
            "<c r=\"B3\" t=\"inlineStr\"><is><t>capex</t></is></c><c r=\"C3\"><v>2024</v></c>"
            "<c r=\"D3\" s=\"2\"><v>39230000000</v></c><c r=\"E3\" t=\"inlineStr\"><is><t>USD</t></is></c>"
            "<c r=\"F3\" t=\"inlineStr\"><is><t>USD</t></is></c><c r=\"G3\" t=\"inlineStr\"><is><t>actual</t></is></c>"
            "<c r=\"H3\" t=\"inlineStr\"><is><t>reported</t></is></c><c r=\"I3\" s=\"1\"><v>45686</v></c>"
            "<c r=\"J3\" t=\"s\"><v>11</v></c><c r=\"K3\" t=\"inlineStr\"><is><t>meta_q4</t></is></c></row>";
    w.sheets = {{"Sheet1", rows}};
    auto plan = importBytes(workbookBytes(w), "mine.xlsx");
    ASSERT_TRUE(plan.ok()) << describe(plan.error());
    ASSERT_TRUE(plan->rejected.empty()) << describe(plan->rejected.front().error);
    ASSERT_EQ(plan->rows.size(), 1u);
    const Observation o = plan->observation(plan->rows.front());
    EXPECT_EQ(plan->rows.front().line, 3);
    EXPECT_EQ(o.entity, "meta");
    EXPECT_EQ(o.period.toString(), "2024");
    EXPECT_EQ(o.value, 39230000000.0);
    EXPECT_EQ(o.asOf, "2025-01-29");
    EXPECT_EQ(o.noteEn, "Full-year capex");
    // Written: the store now holds it.
    const Dataset after = snapshot();
    EXPECT_TRUE(std::any_of(after.observations.begin(), after.observations.end(), [](const Observation &s) {
        return s.userEntered && s.asOf == "2025-01-29" && s.noteEn == "Full-year capex";
    }));
}

TEST_F(XlsxImport, ABadCellNamesItsRowAndFieldAndNothingIsWritten)
{
    const std::string csv = csvHeader() + csvRow({{"note_en", "fine"}}) + csvRow({{"value", "lots"}})
        + csvRow({{"note_en", "late"}, {"period", "2025Q5"}});
    Workbook w;
    // Row 4 also holds a formula's error value where the import reads the value.
    std::string sheet = sheetOfCsv(csv);
    sheet += "<row r=\"5\"><c r=\"A5\" t=\"inlineStr\"><is><t>meta</t></is></c>"
             "<c r=\"" + cellRef(columnOf("value") - 1, 5) + "\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c></row>";
    w.sheets = {{"Figures 2025", sheet}};
    const std::string before = dump();
    auto plan = importBytes(workbookBytes(w), "bad.xlsx");
    ASSERT_TRUE(plan.ok()) << describe(plan.error());
    const std::string at = sheetLocation("bad.xlsx", "Figures 2025");
    ASSERT_EQ(plan->rejected.size(), 3u);
    EXPECT_EQ(plan->rejected[0].error, (Error{ErrorCode::NotANumber, at, 3, columnOf("value"), "value", "lots"}));
    EXPECT_EQ(plan->rejected[1].error, (Error{ErrorCode::InvalidPeriod, at, 4, columnOf("period"), "period", "2025Q5"}));
    EXPECT_EQ(plan->rejected[2].error, (Error{ErrorCode::FormulaError, at, 5, columnOf("value"), "value", "#DIV/0!"}));
    EXPECT_EQ(plan->rows.size(), 1u);
    EXPECT_EQ(dump(), before);

    // Written at once, as `data import` does: rolled back all the same.
    auto checked = CheckedImport::importBytes(*m_db, workbookBytes(w), "bad.xlsx", snapshot(), {}, 1024);
    ASSERT_TRUE(checked.ok()) << describe(checked.error());
    EXPECT_FALSE(checked->outcome);
    EXPECT_EQ(checked->plan.rejected.size(), 3u);
    EXPECT_EQ(dump(), before);
}

TEST_F(XlsxImport, TheSheetWithTheColumnsIsChosenUnlessOneIsAsked)
{
    const std::string csv = csvHeader() + csvRow();
    Workbook w;
    // The export's sheet for people names some of the columns too, not all.
    w.sheets = {{"Figures", inlineRow(1, {"Entity", "Metric", "Period", "Value", "Unit", "Kind", "Grade", "Source"})
                                + inlineRow(2, {"Meta", "Capex", "2024", "1", "USD", "Actual", "Reported", "10-K"})},
                {"Records", sheetOfCsv(csv)}};
    const std::string bytes = workbookBytes(w);
    auto chosen = ObservationImport::plan(bytes, "export.xlsx", snapshot());
    ASSERT_TRUE(chosen.ok()) << describe(chosen.error());
    EXPECT_EQ(chosen->sheet, "Records");
    EXPECT_EQ(chosen->rows.size(), 1u);

    auto asked = ObservationImport::plan(bytes, "export.xlsx", snapshot(), 0, ImportOptions{"figures"});
    ASSERT_FALSE(asked.ok());
    EXPECT_EQ(asked.error(),
              (Error{ErrorCode::MissingColumn, sheetLocation("export.xlsx", "Figures"), 1, 0, "source_id", {}}));

    auto unknown = ObservationImport::plan(bytes, "export.xlsx", snapshot(), 0, ImportOptions{"Sheet9"});
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error(), (Error{ErrorCode::UnknownSheet, "export.xlsx", 0, 0, "Figures, Records", "Sheet9"}));
}

TEST_F(XlsxImport, WorkbooksThatCannotBeReadChangeNothing)
{
    const std::string before = dump();
    // Named .xlsx but text; an old .xls; a zip without a workbook; a truncated workbook.
    Workbook w;
    w.sheets = {{"Data", sheetOfCsv(csvHeader() + csvRow())}};
    const std::string valid = workbookBytes(w);
    const std::pair<std::string, ErrorCode> cases[] = {
        {"entity,metric\r\n", ErrorCode::NotAWorkbook},
        {std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(512, '\0'), ErrorCode::OldExcelFormat},
        {zipOf({{"hello.txt", "hi"}}), ErrorCode::WorkbookPartMissing},
        {valid.substr(0, valid.size() / 2), ErrorCode::NotAWorkbook},
    };
    for (const auto &[bytes, code] : cases) {
        auto plan = importBytes(bytes, "book.xlsx");
        ASSERT_FALSE(plan.ok());
        EXPECT_EQ(plan.error().code, code) << describe(plan.error());
        EXPECT_EQ(splitSheetLocation(plan.error().file).file, "book.xlsx");
        auto checked = CheckedImport::importBytes(*m_db, bytes, "book.xlsx", snapshot());
        EXPECT_FALSE(checked.ok());
    }
    EXPECT_EQ(dump(), before);
}

TEST_F(XlsxImport, WrittenInPartsAsPlanned)
{
    const std::string csv = csvOf(3000, {{7, {{"source_id", "my_sheet"}, {"source_publisher", "Me"},
                                               {"source_title", "My sheet"}}},
                                         {2500, {{"source_id", "my_sheet"}}}});
    Workbook w;
    w.sheets = {{"Data", sheetOfCsv(csv)}};
    const std::string bytes = workbookBytes(w);
    auto planned = ObservationImport::plan(bytes, "mine.xlsx", snapshot());
    ASSERT_TRUE(planned.ok()) << describe(planned.error());
    std::size_t parts = 0;
    auto checked = CheckedImport::importBytes(
        *m_db, bytes, "mine.xlsx", snapshot(), [&](std::size_t, std::size_t) { return ++parts > 0; }, 8 * 1024);
    ASSERT_TRUE(checked.ok()) << describe(checked.error());
    ASSERT_TRUE(checked->outcome);
    EXPECT_GE(parts, 10u);
    EXPECT_EQ(checked->outcome->added, planned->count(ImportAction::Add));
    expectSamePlan(planned.value(), checked->plan);
}

// The export's columns written by XlsxExport (as the program's Records sheet is) import again
// into the store they came from without a change.
TEST_F(XlsxImport, AnExportedWorkbookImportsUnchanged)
{
    const Dataset current = snapshot();
    const ObservationExport exporter(current);
    XlsxSheet records{"Records", ObservationExport::csvColumns(), {}};
    for (const Observation &o : current.observations) {
        std::vector<XlsxCell> row;
        const std::vector<std::string> fields = exporter.csvFields(o);
        for (std::size_t c = 0; c < fields.size(); ++c) {
            const std::string &column = ObservationExport::csvColumns()[c];
            const std::optional<double> number
                = column == "value" ? o.value : column == "low" ? o.low : column == "high" ? o.high : std::nullopt;
            if (number)
                row.emplace_back(*number);
            else if (fields[c].empty())
                row.emplace_back();
            else
                row.emplace_back(fields[c]);
        }
        records.rows.push_back(std::move(row));
    }
    const fs::path path = m_dir / "export.xlsx";
    ASSERT_TRUE(XlsxExport::write(path.string(), {XlsxSheet{"Figures", {"Entity"}, {}}, records}).ok());
    auto plan = ObservationImport::planFile(path, current);
    ASSERT_TRUE(plan.ok()) << describe(plan.error());
    EXPECT_EQ(plan->sheet, "Records");
    EXPECT_TRUE(plan->rejected.empty()) << describe(plan->rejected.front().error);
    EXPECT_EQ(plan->count(ImportAction::Unchanged), static_cast<int>(current.observations.size()));
    EXPECT_EQ(plan->count(ImportAction::Add), 0);
    EXPECT_EQ(plan->count(ImportAction::Update), 0);
}

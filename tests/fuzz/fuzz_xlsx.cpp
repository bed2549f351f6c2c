// libFuzzer: Excel workbooks through the reader and the import. Input that starts like a zip
// is a whole workbook; anything else becomes the worksheet of a fixed, valid workbook (stored,
// not deflated), so that the fuzzer reaches the sheet's XML instead of stopping at the zip.
#include "fuzzdataset.h"
#include "observationimport.h"
#include "xlsxreader.h"

#include <zip.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {

const char *const rels = "<?xml version=\"1.0\"?><Relationships "
                         "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                         "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                         "relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                         "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                         "relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                         "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                         "relationships/styles\" Target=\"styles.xml\"/></Relationships>";
const char *const workbook = "<?xml version=\"1.0\"?><workbook xmlns:r=\"http://schemas.openxmlformats.org/"
                             "officeDocument/2006/relationships\"><sheets><sheet name=\"Data\" sheetId=\"1\" "
                             "r:id=\"rId1\"/></sheets></workbook>";
const char *const strings = "<?xml version=\"1.0\"?><sst><si><t>entity</t></si><si><t>metric</t></si>"
                            "<si><t>period</t></si><si><t>value</t></si><si><t>unit</t></si><si><t>kind</t></si>"
                            "<si><t>grade</t></si><si><t>source_id</t></si><si><t>as_of</t></si>"
                            "<si><t>microsoft</t></si><si><t>capex</t></si></sst>";
const char *const styles = "<?xml version=\"1.0\"?><styleSheet><numFmts><numFmt numFmtId=\"164\" "
                           "formatCode=\"yyyy-mm\"/></numFmts><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/>"
                           "<xf numFmtId=\"164\"/></cellXfs></styleSheet>";

/// A workbook whose only sheet's XML is `sheet`.
std::string workbookAround(std::string_view sheet)
{
    zip_source_t *buffer = zip_source_buffer_create(nullptr, 0, 0, nullptr);
    zip_t *zip = buffer ? zip_open_from_source(buffer, ZIP_TRUNCATE, nullptr) : nullptr;
    if (!zip) {
        zip_source_free(buffer);
        return {};
    }
    zip_source_keep(buffer);
    const std::pair<const char *, std::string_view> parts[] = {
        {"xl/workbook.xml", workbook}, {"xl/_rels/workbook.xml.rels", rels}, {"xl/sharedStrings.xml", strings},
        {"xl/styles.xml", styles},     {"xl/worksheets/sheet1.xml", sheet}};
    for (const auto &[name, content] : parts) {
        zip_source_t *source = zip_source_buffer(zip, content.data(), content.size(), 0);
        const zip_int64_t index = zip_file_add(zip, name, source, 0);
        if (index >= 0)
            zip_set_file_compression(zip, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0);
    }
    std::string bytes;
    if (zip_close(zip) == 0 && zip_source_open(buffer) == 0) {
        char chunk[4096];
        zip_int64_t read;
        while ((read = zip_source_read(buffer, chunk, sizeof chunk)) > 0)
            bytes.append(chunk, static_cast<std::size_t>(read));
        zip_source_close(buffer);
    } else {
        zip_discard(zip);
    }
    zip_source_free(buffer);
    return bytes;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view input(reinterpret_cast<const char *>(data), size);
    const std::string bytes = capex::XlsxReader::looksLikeZip(input) ? std::string(input) : workbookAround(input);

    auto plan = capex::ObservationImport::plan(bytes, "fuzz.xlsx", capex::fuzz::bundledDataset());
    if (plan.ok()) {
        // Every rejection names the workbook and a row of the sheet.
        for (const capex::RejectedRow &row : plan->rejected)
            if (row.line < 1 || row.line > 1048576 || capex::splitSheetLocation(row.error.file).file != "fuzz.xlsx")
                std::abort();
    } else if (capex::splitSheetLocation(plan.error().file).file != "fuzz.xlsx") {
        std::abort();
    }
    // The reader alone: every sheet, every row numbered within the sheet's bounds.
    auto reader = capex::XlsxReader::open(bytes, "fuzz.xlsx");
    if (!reader.ok())
        return 0;
    for (const std::string &sheet : std::vector<std::string>(reader->sheetNames()))
        (void)reader->readSheet(sheet, [](const capex::XlsxRow &row) {
            if (row.number < 1 || row.number > 1048576 || row.cells.size() > 16384)
                std::abort();
            return true;
        });
    return 0;
}

#pragma once

// Small Excel workbooks written part by part with libzip, so that each test shows the XML
// it feeds the reader (shared strings, inline strings, styles, sparse rows, broken parts).
#include <gtest/gtest.h>

#include <zip.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <unistd.h>
#include <utility>
#include <vector>

namespace capex::testing {

using Parts = std::vector<std::pair<std::string, std::string>>;

/// A zip archive of `parts` (name, content), deflated as Excel writes them.
inline std::string zipOf(const Parts &parts)
{
    const std::string path = (std::filesystem::temp_directory_path()
                              / ("capexlens-xlsx-" + std::to_string(::getpid()) + '-'
                                 + std::to_string(reinterpret_cast<std::uintptr_t>(&parts)) + ".zip"))
                                 .string();
    int error = 0;
    zip_t *zip = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    EXPECT_TRUE(zip) << "zip_open: " << error;
    if (!zip)
        return {};
    for (const auto &[name, content] : parts) {
        zip_source_t *source = zip_source_buffer(zip, content.data(), content.size(), 0);
        EXPECT_GE(zip_file_add(zip, name.c_str(), source, ZIP_FL_ENC_UTF_8), 0) << name;
    }
    EXPECT_EQ(zip_close(zip), 0);
    std::ifstream in(path, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::filesystem::remove(path);
    return bytes;
}

inline std::string xmlEscaped(const std::string &text)
{
    std::string out;
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        default: out += c;
        }
    }
    return out;
}

/// "A1", "C7", "AA10" (column A = 0).
inline std::string cellRef(int column, int row)
{
    std::string letters;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
    return letters + std::to_string(row);
}

/// A row of inline strings (empty texts leave their cell out).
inline std::string inlineRow(int row, const std::vector<std::string> &texts)
{
    std::string xml = "<row r=\"" + std::to_string(row) + "\">";
    for (std::size_t c = 0; c < texts.size(); ++c)
        if (!texts[c].empty())
            xml += "<c r=\"" + cellRef(static_cast<int>(c), row) + "\" t=\"inlineStr\"><is><t>" + xmlEscaped(texts[c])
                + "</t></is></c>";
    return xml + "</row>";
}

struct Workbook
{
    std::vector<std::pair<std::string, std::string>> sheets; ///< name, the <sheetData> content
    std::string sharedStrings;                               ///< the <sst> content; empty: no part
    std::string styles;                                      ///< the <styleSheet> content; empty: no part
    bool date1904 = false;
    Parts extraParts;
};

/// The parts of a workbook as Excel lays them out.
inline Parts workbookParts(const Workbook &w)
{
    const std::string main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const std::string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    Parts parts;
    parts.emplace_back("[Content_Types].xml",
                       "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
                       "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
    parts.emplace_back("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
                                      "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                                      "<Relationship Id=\"rId1\" Type=\""
                                          + rel + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
    std::string workbook = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + main + "\" xmlns:r=\"" + rel
        + "\">" + (w.date1904 ? "<workbookPr date1904=\"1\"/>" : "<workbookPr/>") + "<sheets>";
    std::string rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
                       "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    for (std::size_t i = 0; i < w.sheets.size(); ++i) {
        const std::string n = std::to_string(i + 1);
        workbook += "<sheet name=\"" + xmlEscaped(w.sheets[i].first) + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
        rels += "<Relationship Id=\"rId" + n + "\" Type=\"" + rel + "/worksheet\" Target=\"worksheets/sheet" + n
            + ".xml\"/>";
        parts.emplace_back("xl/worksheets/sheet" + n + ".xml",
                           "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + main + "\"><sheetData>"
                               + w.sheets[i].second + "</sheetData></worksheet>");
    }
    workbook += "</sheets></workbook>";
    if (!w.sharedStrings.empty()) {
        rels += "<Relationship Id=\"rIdS\" Type=\"" + rel + "/sharedStrings\" Target=\"sharedStrings.xml\"/>";
        parts.emplace_back("xl/sharedStrings.xml",
                           "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + main + "\">" + w.sharedStrings
                               + "</sst>");
    }
    if (!w.styles.empty()) {
        rels += "<Relationship Id=\"rIdT\" Type=\"" + rel + "/styles\" Target=\"styles.xml\"/>";
        parts.emplace_back("xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"" + main
                                                + "\">" + w.styles + "</styleSheet>");
    }
    rels += "</Relationships>";
    parts.emplace_back("xl/workbook.xml", workbook);
    parts.emplace_back("xl/_rels/workbook.xml.rels", rels);
    for (const auto &part : w.extraParts)
        parts.push_back(part);
    return parts;
}

inline std::string workbookBytes(const Workbook &w) { return zipOf(workbookParts(w)); }

} // namespace capex::testing

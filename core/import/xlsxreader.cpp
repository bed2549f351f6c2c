#include "xlsxreader.h"

#include <expat.h>
#include <zip.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <limits>
#include <optional>

namespace capex {
namespace {

/// Between a namespace and an element's or attribute's local name in expat's names: a
/// byte no XML name or namespace holds. Elements are matched by local name, so a part
/// that writes <x:row> reads as one that writes <row>.
constexpr XML_Char namespaceSeparator = '\x01';

constexpr int maxRows = 1048576;
constexpr int maxColumns = 16384;

std::string_view localName(const XML_Char *name)
{
    const std::string_view text(name);
    const auto separator = text.rfind(namespaceSeparator);
    return separator == std::string_view::npos ? text : text.substr(separator + 1);
}

const char *attribute(const XML_Char **attributes, std::string_view name)
{
    for (int i = 0; attributes[i]; i += 2)
        if (localName(attributes[i]) == name)
            return attributes[i + 1];
    return nullptr;
}

bool equalsIgnoringAsciiCase(std::string_view a, std::string_view b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
        auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
        return lower(x) == lower(y);
    });
}

bool endsWith(std::string_view text, std::string_view end)
{
    return text.size() >= end.size() && text.substr(text.size() - end.size()) == end;
}

std::optional<long long> parseInteger(std::string_view text)
{
    long long value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

/// A part named by a relationship's target, relative to the folder of the part that holds
/// the relationship ("worksheets/sheet1.xml" from xl/ is xl/worksheets/sheet1.xml; a target
/// that starts with '/' is from the package's root).
std::string resolvePart(std::string_view folder, std::string_view target)
{
    std::vector<std::string> segments;
    std::string path = target.starts_with('/') ? std::string(target.substr(1)) : std::string(folder) + std::string(target);
    std::size_t start = 0;
    while (start <= path.size()) {
        const std::size_t slash = std::min(path.find('/', start), path.size());
        const std::string segment = path.substr(start, slash - start);
        if (segment == "..") {
            if (!segments.empty())
                segments.pop_back();
        } else if (!segment.empty() && segment != ".") {
            segments.push_back(segment);
        }
        start = slash + 1;
    }
    std::string resolved;
    for (const std::string &segment : segments)
        resolved += (resolved.empty() ? "" : "/") + segment;
    return resolved;
}

std::string folderOf(std::string_view part)
{
    const auto slash = part.rfind('/');
    return slash == std::string_view::npos ? std::string() : std::string(part.substr(0, slash + 1));
}

/// What a number styled as a date shows.
enum class DateShow : std::uint8_t { None, Day, Month, Year };

/// What a number format shows: a built-in date format, or a custom one with d, m or y outside
/// quotes, escapes and brackets. Times alone (h:mm) stay numbers.
DateShow dateShowOfCode(std::string_view code)
{
    bool day = false, month = false, year = false, hour = false, second = false;
    for (std::size_t i = 0; i < code.size(); ++i) {
        const char c = code[i];
        if (c == ';')
            break; // the first section is the positive numbers'
        if (c == '"') {
            const auto close = code.find('"', i + 1);
            if (close == std::string_view::npos)
                break;
            i = close;
        } else if (c == '\\' || c == '_' || c == '*') {
            ++i; // an escaped, a padding or a repeated character
        } else if (c == '[') {
            const auto close = code.find(']', i + 1);
            if (close == std::string_view::npos)
                break;
            const std::string_view inside = code.substr(i + 1, close - i - 1);
            if (!inside.empty() && inside.find_first_not_of("hHmMsS") == std::string_view::npos)
                hour = true; // [h]:mm, elapsed time
            i = close;
        } else {
            switch (c) {
            case 'd': case 'D': day = true; break;
            case 'm': case 'M': month = true; break;
            case 'y': case 'Y': year = true; break;
            case 'h': case 'H': hour = true; break;
            case 's': case 'S': second = true; break;
            default: break;
            }
        }
    }
    if (day)
        return DateShow::Day;
    if (year && month)
        return DateShow::Month;
    if (year)
        return DateShow::Year;
    if (month && !hour && !second)
        return DateShow::Day; // "mmm": a month's name, of a date
    return DateShow::None;
}

DateShow dateShowOfBuiltIn(long long id)
{
    switch (id) {
    case 14: case 15: case 16: case 22: // m/d/yyyy, d-mmm-yy, d-mmm, m/d/yyyy h:mm
    case 28: case 29: case 30: case 31: case 51: case 53: case 54: case 58: // East Asian dates with a day
        return DateShow::Day;
    case 17: // mmm-yy
    case 27: case 36: case 50: case 52: case 57: // yyyy"年"m"月" and its kin
        return DateShow::Month;
    case 18: case 19: case 20: case 21: // h:mm AM/PM, h:mm:ss AM/PM, h:mm, h:mm:ss: a day's date is named for them
        return DateShow::Day;
    default: return DateShow::None;
    }
}

/// y-m-d of days since 1970-01-01 (Howard Hinnant's civil_from_days).
std::array<int, 3> civilFromDays(long long days)
{
    days += 719468;
    const long long era = (days >= 0 ? days : days - 146096) / 146097;
    const long long dayOfEra = days - era * 146097;
    const long long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const long long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const long long mp = (5 * dayOfYear + 2) / 153;
    const int day = static_cast<int>(dayOfYear - (153 * mp + 2) / 5 + 1);
    const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    const int year = static_cast<int>(yearOfEra + era * 400 + (month <= 2 ? 1 : 0));
    return {year, month, day};
}

// ---------------------------------------------------------------------------------------
// Streaming one part through expat.

/// Receives a part's elements and text; fail() or stop() end the parse.
class XmlHandler
{
public:
    virtual ~XmlHandler() = default;
    virtual void start(std::string_view name, const XML_Char **attributes) = 0;
    virtual void end(std::string_view name) = 0;
    virtual void text(const XML_Char *, int) {}

    void fail(Error error)
    {
        if (!failure)
            failure = std::move(error);
        XML_StopParser(parser, XML_FALSE);
    }
    void stop()
    {
        stopped = true;
        XML_StopParser(parser, XML_FALSE);
    }

    XML_Parser parser = nullptr;
    std::optional<Error> failure;
    bool stopped = false;
    bool doctype = false;
};

void XMLCALL onStart(void *data, const XML_Char *name, const XML_Char **attributes)
{
    static_cast<XmlHandler *>(data)->start(localName(name), attributes);
}

void XMLCALL onEnd(void *data, const XML_Char *name) { static_cast<XmlHandler *>(data)->end(localName(name)); }

void XMLCALL onText(void *data, const XML_Char *text, int length)
{
    static_cast<XmlHandler *>(data)->text(text, length);
}

void XMLCALL onDoctype(void *data, const XML_Char *, const XML_Char *, const XML_Char *, int)
{
    auto *handler = static_cast<XmlHandler *>(data);
    handler->doctype = true;
    XML_StopParser(handler->parser, XML_FALSE);
}

struct ZipDiscard
{
    void operator()(zip_t *zip) const { zip_discard(zip); }
};
struct ZipFileClose
{
    void operator()(zip_file_t *file) const { zip_fclose(file); }
};
struct ParserFree
{
    void operator()(XML_ParserStruct *parser) const { XML_ParserFree(parser); }
};

std::string mebibytes(std::uint64_t bytes) { return std::to_string((bytes + (1u << 20) - 1) >> 20); }

} // namespace

struct XlsxReader::Impl
{
    std::string file;
    std::string_view bytes;
    XlsxLimits limits;
    std::unique_ptr<zip_t, ZipDiscard> zip;
    std::vector<std::string> names; ///< worksheets, in order
    std::vector<std::string> parts; ///< their parts
    bool date1904 = false;
    std::string stylesPart, sharedStringsPart;

    bool stylesRead = false;
    std::vector<DateShow> styleDates; ///< by cell format (the cells' s attribute)
    bool stringsRead = false;
    std::string stringBytes;
    std::vector<std::uint32_t> stringEnds{0}; ///< shared string i is stringBytes[ends[i], ends[i + 1])
    int declaredRows = 0;

    bool hasPart(const std::string &part) const
    {
        return zip_name_locate(zip.get(), part.c_str(), ZIP_FL_NOCASE) >= 0;
    }

    /// Streams `part` through `handler`; errors name `location` (the file, or the file and sheet).
    Status parse(const std::string &part, std::uint64_t limit, XmlHandler &handler, const std::string &location)
    {
        const zip_int64_t index = zip_name_locate(zip.get(), part.c_str(), ZIP_FL_NOCASE);
        if (index < 0)
            return Error{ErrorCode::WorkbookPartMissing, location, 0, 0, {}, part};
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(zip.get(), static_cast<zip_uint64_t>(index), 0, &stat) != 0)
            return Error{ErrorCode::WorkbookPartDamaged, location, 0, 0, {}, part};
        if ((stat.valid & ZIP_STAT_SIZE) && stat.size > limit)
            return Error{ErrorCode::WorkbookPartTooLarge, location, 0, 0, mebibytes(limit), part};
        std::unique_ptr<zip_file_t, ZipFileClose> entry(zip_fopen_index(zip.get(), static_cast<zip_uint64_t>(index), 0));
        if (!entry)
            return Error{ErrorCode::WorkbookPartDamaged, location, 0, 0, {}, part};
        std::unique_ptr<XML_ParserStruct, ParserFree> parser(XML_ParserCreateNS(nullptr, namespaceSeparator));
        if (!parser)
            return Error{ErrorCode::WorkbookPartDamaged, location, 0, 0, {}, part};
        handler.parser = parser.get();
        XML_SetUserData(parser.get(), &handler);
        XML_SetElementHandler(parser.get(), onStart, onEnd);
        XML_SetCharacterDataHandler(parser.get(), onText);
        XML_SetStartDoctypeDeclHandler(parser.get(), onDoctype);
        XML_SetParamEntityParsing(parser.get(), XML_PARAM_ENTITY_PARSING_NEVER);

        std::uint64_t total = 0;
        while (true) {
            void *buffer = XML_GetBuffer(parser.get(), 1 << 16);
            if (!buffer)
                return Error{ErrorCode::WorkbookPartTooLarge, location, 0, 0, mebibytes(limit), part};
            const zip_int64_t read = zip_fread(entry.get(), buffer, 1 << 16);
            if (read < 0)
                return Error{ErrorCode::WorkbookPartDamaged, location, 0, 0, {}, part};
            total += static_cast<std::uint64_t>(read);
            if (total > limit) // the size the archive declared was not the truth
                return Error{ErrorCode::WorkbookPartTooLarge, location, 0, 0, mebibytes(limit), part};
            const bool last = read == 0;
            if (XML_ParseBuffer(parser.get(), static_cast<int>(read), last ? XML_TRUE : XML_FALSE) != XML_STATUS_OK) {
                if (handler.failure)
                    return *handler.failure;
                if (handler.stopped)
                    return {};
                if (handler.doctype)
                    return Error{ErrorCode::XmlDoctype, location, 0, 0, {}, part};
                return Error{ErrorCode::XmlMalformed, location, 0, 0, {},
                             part + ':' + std::to_string(XML_GetCurrentLineNumber(parser.get())) + ':'
                                 + std::to_string(XML_GetCurrentColumnNumber(parser.get()) + 1)};
            }
            if (handler.failure)
                return *handler.failure;
            if (last)
                return {};
        }
    }

    Status readStyles();
    Status readSharedStrings();
};

namespace {

/// A .rels part: relationship id → (type, target).
class RelationshipsHandler : public XmlHandler
{
public:
    struct Relationship
    {
        std::string id, type, target;
    };
    std::vector<Relationship> relationships;

    void start(std::string_view name, const XML_Char **attributes) override
    {
        if (name != "Relationship")
            return;
        const char *id = attribute(attributes, "Id");
        const char *type = attribute(attributes, "Type");
        const char *target = attribute(attributes, "Target");
        const char *mode = attribute(attributes, "TargetMode");
        if (id && type && target && !(mode && std::string_view(mode) == "External"))
            relationships.push_back({id, type, target});
    }
    void end(std::string_view) override {}

    const Relationship *ofType(std::string_view suffix) const
    {
        for (const Relationship &r : relationships)
            if (endsWith(r.type, suffix))
                return &r;
        return nullptr;
    }
    const Relationship *withId(std::string_view id) const
    {
        for (const Relationship &r : relationships)
            if (r.id == id)
                return &r;
        return nullptr;
    }
};

class WorkbookHandler : public XmlHandler
{
public:
    struct Sheet
    {
        std::string name, relationship;
    };
    std::vector<Sheet> sheets;
    bool date1904 = false;

    void start(std::string_view name, const XML_Char **attributes) override
    {
        if (name == "sheet") {
            const char *sheetName = attribute(attributes, "name");
            const char *id = attribute(attributes, "id"); // r:id
            if (sheetName && id)
                sheets.push_back({sheetName, id});
        } else if (name == "workbookPr") {
            const char *value = attribute(attributes, "date1904");
            date1904 = value && (std::string_view(value) == "1" || std::string_view(value) == "true");
        }
    }
    void end(std::string_view) override {}
};

class StylesHandler : public XmlHandler
{
public:
    std::vector<std::pair<long long, std::string>> customFormats; ///< numFmtId → formatCode
    std::vector<long long> cellFormats;                           ///< cellXfs: each xf's numFmtId

    void start(std::string_view name, const XML_Char **attributes) override
    {
        if (name == "numFmt") {
            const char *id = attribute(attributes, "numFmtId");
            const char *code = attribute(attributes, "formatCode");
            if (id && code)
                if (auto n = parseInteger(id))
                    customFormats.emplace_back(*n, code);
        } else if (name == "cellXfs") {
            m_inCellFormats = true;
        } else if (name == "xf" && m_inCellFormats) {
            const char *id = attribute(attributes, "numFmtId");
            cellFormats.push_back(id ? parseInteger(id).value_or(0) : 0);
        }
    }
    void end(std::string_view name) override
    {
        if (name == "cellXfs")
            m_inCellFormats = false;
    }

private:
    bool m_inCellFormats = false;
};

/// Appends text to a cell's text, refusing more characters than a cell can hold.
class CellText
{
public:
    void clear()
    {
        m_text.clear();
        m_characters = 0;
    }
    std::string &text() { return m_text; }
    /// False when the text grows beyond `limit` characters (code points).
    bool append(const XML_Char *text, int length, std::size_t limit)
    {
        for (int i = 0; i < length; ++i)
            m_characters += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 ? 1 : 0;
        if (m_characters > limit)
            return false;
        m_text.append(text, static_cast<std::size_t>(length));
        return true;
    }

private:
    std::string m_text;
    std::size_t m_characters = 0;
};

/// xl/sharedStrings.xml: each <si>'s text, its <t> or the <t> of each run <r>; phonetic
/// runs (<rPh>) left out.
class SharedStringsHandler : public XmlHandler
{
public:
    SharedStringsHandler(std::string &bytes, std::vector<std::uint32_t> &ends, std::size_t cellLimit,
                         std::string location, std::size_t cellCharacters)
        : m_bytes(bytes), m_ends(ends), m_cellLimit(cellLimit), m_location(std::move(location)),
          m_cellCharacters(cellCharacters)
    {
    }

    void start(std::string_view name, const XML_Char **) override
    {
        if (name == "si") {
            m_inItem = true;
            m_text.clear();
        } else if (name == "rPh") {
            ++m_phonetic;
        } else if (name == "t" && m_inItem && m_phonetic == 0) {
            m_inText = true;
        }
    }
    void end(std::string_view name) override
    {
        if (name == "t") {
            m_inText = false;
        } else if (name == "rPh") {
            m_phonetic = std::max(0, m_phonetic - 1);
        } else if (name == "si" && m_inItem) {
            m_inItem = false;
            if (m_bytes.size() + m_text.text().size() > std::numeric_limits<std::uint32_t>::max())
                return fail(Error{ErrorCode::WorkbookPartTooLarge, m_location, 0, 0, "4096", "xl/sharedStrings.xml"});
            m_bytes += m_text.text();
            m_ends.push_back(static_cast<std::uint32_t>(m_bytes.size()));
        }
    }
    void text(const XML_Char *text, int length) override
    {
        if (m_inText && !m_text.append(text, length, m_cellLimit))
            fail(Error{ErrorCode::CellTooLong, m_location, 0, 0, {}, std::to_string(m_cellCharacters)});
    }

private:
    std::string &m_bytes;
    std::vector<std::uint32_t> &m_ends;
    std::size_t m_cellLimit;
    std::string m_location;
    std::size_t m_cellCharacters;
    CellText m_text;
    bool m_inItem = false, m_inText = false;
    int m_phonetic = 0;
};

/// A worksheet's <sheetData>, row by row.
class SheetHandler : public XmlHandler
{
public:
    SheetHandler(XlsxReader::Impl &workbook, std::string location, const XlsxReader::RowHandler &rows)
        : m_workbook(workbook), m_location(std::move(location)), m_rows(rows),
          m_cellLimit(workbook.limits.cellCharacters)
    {
    }

    void start(std::string_view name, const XML_Char **attributes) override
    {
        if (!m_inData) {
            if (name == "sheetData")
                m_inData = true;
            else if (name == "dimension")
                readDimension(attribute(attributes, "ref"));
            return;
        }
        if (name == "row")
            return startRow(attribute(attributes, "r"));
        if (!m_inRow)
            return;
        if (name == "c")
            return startCell(attributes);
        if (!m_inCell)
            return;
        if (name == "v") {
            m_collect = &m_value;
            m_value.clear();
        } else if (name == "is") {
            m_inInline = true;
            m_inline.clear();
        } else if (name == "rPh") {
            ++m_phonetic;
        } else if (name == "t" && m_inInline && m_phonetic == 0) {
            m_collect = &m_inline;
        }
    }

    void end(std::string_view name) override
    {
        if (!m_inData)
            return;
        if (name == "v" || name == "t") {
            m_collect = nullptr;
        } else if (name == "rPh") {
            m_phonetic = std::max(0, m_phonetic - 1);
        } else if (name == "is") {
            m_inInline = false;
        } else if (name == "c" && m_inCell) {
            endCell();
        } else if (name == "row" && m_inRow) {
            m_inRow = false;
            if (!m_rows(m_row))
                stop();
        } else if (name == "sheetData") {
            m_inData = false;
        }
    }

    void text(const XML_Char *text, int length) override
    {
        if (m_collect && !m_collect->append(text, length, m_cellLimit))
            fail(Error{ErrorCode::CellTooLong, m_location, m_row.number, m_column + 1, {},
                       std::to_string(m_workbook.limits.cellCharacters)});
    }

private:
    enum class Type { Number, SharedString, InlineString, FormulaString, Boolean, ErrorValue, IsoDate };

    void readDimension(const char *ref)
    {
        if (!ref)
            return;
        std::string_view last(ref);
        if (const auto colon = last.find(':'); colon != std::string_view::npos)
            last = last.substr(colon + 1);
        const auto digits = last.find_first_of("0123456789");
        if (digits != std::string_view::npos)
            if (auto n = parseInteger(last.substr(digits)); n && *n > 0 && *n <= maxRows)
                m_workbook.declaredRows = static_cast<int>(*n);
    }

    void startRow(const char *r)
    {
        int number = m_row.number + 1;
        if (r) {
            const auto parsed = parseInteger(r);
            if (!parsed || *parsed < 1 || *parsed > maxRows)
                return fail(Error{ErrorCode::InvalidCellReference, m_location, 0, 0, {}, r});
            number = static_cast<int>(*parsed);
        } else if (number > maxRows) {
            return fail(Error{ErrorCode::InvalidCellReference, m_location, 0, 0, {}, std::to_string(number)});
        }
        m_inRow = true;
        m_row.number = number;
        m_row.cells.clear();
        m_row.errorColumns.clear();
        m_column = -1;
    }

    void startCell(const XML_Char **attributes)
    {
        int column = m_column + 1;
        if (const char *ref = attribute(attributes, "r")) {
            const std::string_view text(ref);
            int parsed = 0;
            std::size_t i = 0;
            for (; i < text.size() && text[i] >= 'A' && text[i] <= 'Z' && parsed <= maxColumns; ++i)
                parsed = parsed * 26 + (text[i] - 'A' + 1);
            const bool digitsOnly = text.find_first_not_of("0123456789", i) == std::string_view::npos;
            if (i == 0 || parsed > maxColumns || !digitsOnly)
                return fail(Error{ErrorCode::InvalidCellReference, m_location, m_row.number, 0, {}, ref});
            column = parsed - 1;
        }
        if (column >= maxColumns)
            return fail(Error{ErrorCode::InvalidCellReference, m_location, m_row.number, 0, {},
                              xlsxColumnName(column) + std::to_string(m_row.number)});
        m_column = column;
        m_inCell = true;
        m_value.clear();
        m_inline.clear();
        m_type = Type::Number;
        if (const char *t = attribute(attributes, "t")) {
            const std::string_view type(t);
            m_type = type == "s"           ? Type::SharedString
                : type == "inlineStr"      ? Type::InlineString
                : type == "str"            ? Type::FormulaString
                : type == "b"              ? Type::Boolean
                : type == "e"              ? Type::ErrorValue
                : type == "d"              ? Type::IsoDate
                                           : Type::Number;
        }
        m_style = 0;
        if (const char *s = attribute(attributes, "s"))
            m_style = parseInteger(s).value_or(0);
    }

    void endCell()
    {
        m_inCell = false;
        m_collect = nullptr;
        m_inInline = false;
        std::string &value = m_value.text();
        std::string text;
        switch (m_type) {
        case Type::SharedString: {
            const auto index = parseInteger(trim(value));
            const auto &ends = m_workbook.stringEnds;
            if (!index || *index < 0 || static_cast<std::size_t>(*index) + 1 >= ends.size())
                return fail(Error{ErrorCode::SharedStringMissing, m_location, m_row.number, m_column + 1, {},
                                  std::string(trim(value))});
            const auto i = static_cast<std::size_t>(*index);
            text.assign(m_workbook.stringBytes, ends[i], ends[i + 1] - ends[i]);
            break;
        }
        case Type::InlineString: text = std::move(m_inline.text()); break;
        case Type::FormulaString: text = std::move(value); break;
        case Type::Boolean: {
            const std::string_view v = trim(value);
            text = v == "1" ? "TRUE" : v == "0" ? "FALSE" : std::string(v);
            break;
        }
        case Type::ErrorValue:
            text = std::string(trim(value));
            m_row.errorColumns.push_back(m_column);
            break;
        case Type::IsoDate: {
            const std::string_view v = trim(value);
            // 2025-01-28T00:00:00: the date; a time alone (T12:00) stays as written.
            text = v.size() >= 10 && v[4] == '-' && v[7] == '-' ? std::string(v.substr(0, 10)) : std::string(v);
            break;
        }
        case Type::Number: text = number(trim(value)); break;
        }
        if (text.empty() && m_type != Type::ErrorValue)
            return;
        if (m_row.cells.size() <= static_cast<std::size_t>(m_column))
            m_row.cells.resize(static_cast<std::size_t>(m_column) + 1);
        m_row.cells[static_cast<std::size_t>(m_column)] = std::move(text);
    }

    /// A number as written, or its date when its style shows a date.
    std::string number(std::string_view value) const
    {
        const auto &styles = m_workbook.styleDates;
        if (value.empty() || m_style < 0 || static_cast<std::size_t>(m_style) >= styles.size())
            return std::string(value);
        const DateShow show = styles[static_cast<std::size_t>(m_style)];
        if (show == DateShow::None)
            return std::string(value);
        double serial = 0;
        const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), serial);
        if (error != std::errc() || end != value.data() + value.size())
            return std::string(value);
        std::string date = xlsxSerialDate(serial, m_workbook.date1904, show != DateShow::Day);
        if (date.empty())
            return std::string(value);
        if (show == DateShow::Year)
            date.resize(4);
        return date;
    }

    static std::string_view trim(std::string_view text)
    {
        const auto first = text.find_first_not_of(" \t\r\n");
        if (first == std::string_view::npos)
            return {};
        return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
    }

    XlsxReader::Impl &m_workbook;
    std::string m_location;
    const XlsxReader::RowHandler &m_rows;
    std::size_t m_cellLimit;
    XlsxRow m_row;
    bool m_inData = false, m_inRow = false, m_inCell = false, m_inInline = false;
    int m_column = -1;
    int m_phonetic = 0;
    Type m_type = Type::Number;
    long long m_style = 0;
    CellText m_value, m_inline;
    CellText *m_collect = nullptr;
};

} // namespace

Status XlsxReader::Impl::readStyles()
{
    if (stylesRead)
        return {};
    stylesRead = true;
    if (stylesPart.empty() || !hasPart(stylesPart))
        return {}; // no styles: no dates, every number as written
    StylesHandler handler;
    if (Status status = parse(stylesPart, limits.otherPartBytes, handler, file); !status)
        return status;
    styleDates.reserve(handler.cellFormats.size());
    for (long long id : handler.cellFormats) {
        DateShow show = dateShowOfBuiltIn(id);
        for (const auto &[customId, code] : handler.customFormats)
            if (customId == id)
                show = dateShowOfCode(code);
        styleDates.push_back(show);
    }
    return {};
}

Status XlsxReader::Impl::readSharedStrings()
{
    if (stringsRead)
        return {};
    stringsRead = true;
    if (sharedStringsPart.empty() || !hasPart(sharedStringsPart))
        return {}; // a cell that cites one is then refused as SharedStringMissing
    SharedStringsHandler handler(stringBytes, stringEnds, limits.cellCharacters, file, limits.cellCharacters);
    return parse(sharedStringsPart, limits.sharedStringsBytes, handler, file);
}

XlsxReader::XlsxReader(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
XlsxReader::XlsxReader(XlsxReader &&) noexcept = default;
XlsxReader &XlsxReader::operator=(XlsxReader &&) noexcept = default;
XlsxReader::~XlsxReader() = default;

bool XlsxReader::looksLikeZip(std::string_view bytes)
{
    return bytes.starts_with(std::string_view("PK\x03\x04", 4)) || bytes.starts_with(std::string_view("PK\x05\x06", 4));
}

bool XlsxReader::looksLikeOldExcel(std::string_view bytes)
{
    return bytes.starts_with(std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
}

Result<XlsxReader> XlsxReader::open(std::string_view bytes, std::string fileName, XlsxLimits limits)
{
    if (looksLikeOldExcel(bytes))
        return Error{ErrorCode::OldExcelFormat, fileName, 0, 0, {}, {}};
    if (bytes.empty())
        return Error{ErrorCode::NotAWorkbook, fileName, 0, 0, {}, {}};
    auto impl = std::make_unique<Impl>();
    impl->file = std::move(fileName);
    impl->bytes = bytes;
    impl->limits = limits;
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (!source) {
        zip_error_fini(&error);
        return Error{ErrorCode::NotAWorkbook, impl->file, 0, 0, {}, {}};
    }
    impl->zip.reset(zip_open_from_source(source, ZIP_RDONLY, &error));
    zip_error_fini(&error);
    if (!impl->zip) {
        zip_source_free(source);
        return Error{ErrorCode::NotAWorkbook, impl->file, 0, 0, {}, {}};
    }

    // The package's relationships name the workbook's part (xl/workbook.xml, by convention).
    std::string workbookPart = "xl/workbook.xml";
    if (impl->hasPart("_rels/.rels")) {
        RelationshipsHandler package;
        if (Status status = impl->parse("_rels/.rels", limits.otherPartBytes, package, impl->file); !status)
            return status.error();
        if (const auto *office = package.ofType("/officeDocument"))
            workbookPart = resolvePart("", office->target);
    }
    WorkbookHandler workbook;
    if (Status status = impl->parse(workbookPart, limits.otherPartBytes, workbook, impl->file); !status)
        return status.error();
    impl->date1904 = workbook.date1904;

    const std::string folder = folderOf(workbookPart);
    const std::string relationshipsPart = folder + "_rels/" + workbookPart.substr(folder.size()) + ".rels";
    RelationshipsHandler relationships;
    if (Status status = impl->parse(relationshipsPart, limits.otherPartBytes, relationships, impl->file); !status)
        return status.error();
    for (const WorkbookHandler::Sheet &sheet : workbook.sheets) {
        const auto *relationship = relationships.withId(sheet.relationship);
        if (!relationship || !endsWith(relationship->type, "/worksheet"))
            continue; // a chart sheet, or a sheet without its part
        impl->names.push_back(sheet.name);
        impl->parts.push_back(resolvePart(folder, relationship->target));
    }
    if (const auto *styles = relationships.ofType("/styles"))
        impl->stylesPart = resolvePart(folder, styles->target);
    if (const auto *strings = relationships.ofType("/sharedStrings"))
        impl->sharedStringsPart = resolvePart(folder, strings->target);
    return XlsxReader(std::move(impl));
}

const std::vector<std::string> &XlsxReader::sheetNames() const { return m_impl->names; }

const std::string &XlsxReader::fileName() const { return m_impl->file; }

int XlsxReader::declaredRows() const { return m_impl->declaredRows; }

Result<std::string> XlsxReader::findSheet(std::string_view name) const
{
    for (const std::string &sheet : m_impl->names)
        if (sheet == name)
            return sheet;
    for (const std::string &sheet : m_impl->names)
        if (equalsIgnoringAsciiCase(sheet, name))
            return sheet;
    std::string names;
    for (const std::string &sheet : m_impl->names)
        names += (names.empty() ? "" : ", ") + sheet;
    return Error{ErrorCode::UnknownSheet, m_impl->file, 0, 0, names, std::string(name)};
}

Status XlsxReader::readSheet(const std::string &name, const RowHandler &row)
{
    const auto it = std::find(m_impl->names.begin(), m_impl->names.end(), name);
    if (it == m_impl->names.end()) {
        auto found = findSheet(name);
        return found.ok() ? readSheet(found.value(), row) : Status(found.error());
    }
    const std::string &part = m_impl->parts[static_cast<std::size_t>(it - m_impl->names.begin())];
    if (Status status = m_impl->readStyles(); !status)
        return status;
    if (Status status = m_impl->readSharedStrings(); !status)
        return status;
    m_impl->declaredRows = 0;
    SheetHandler handler(*m_impl, sheetLocation(m_impl->file, name), row);
    return m_impl->parse(part, m_impl->limits.worksheetBytes, handler, sheetLocation(m_impl->file, name));
}

std::string xlsxColumnName(int column)
{
    std::string name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.insert(name.begin(), static_cast<char>('A' + (c - 1) % 26));
    return name;
}

std::string xlsxSerialDate(double serial, bool date1904, bool monthOnly)
{
    if (!std::isfinite(serial))
        return {};
    const double whole = std::floor(serial);
    if (whole < (date1904 ? 0 : 1) || whole > 2958465)
        return {};
    const auto days = static_cast<long long>(whole);
    int year = 1900, month = 2, day = 29; // serial 60: Lotus 1-2-3's 29 February 1900, which never was
    if (!date1904 && days != 60) {
        const auto civil = civilFromDays(-25567 + days - (days < 60 ? 1 : 2));
        year = civil[0];
        month = civil[1];
        day = civil[2];
    }
    if (date1904) {
        const auto civil = civilFromDays(days - 24107);
        year = civil[0];
        month = civil[1];
        day = civil[2];
    }
    if (year > 9999)
        return {};
    char buffer[40];
    if (monthOnly)
        std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, month);
    else
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
    return buffer;
}

} // namespace capex

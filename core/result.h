#pragma once

#include <cassert>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace capex {

/// What went wrong, as a code the UI and the CLI turn into translated text.
/// Core never produces user-facing sentences: `detail` is context (a value, a name),
/// never a message.
enum class ErrorCode
{
    FileUnreadable, ///< a file could not be opened or read
    FileUnwritable, ///< a file could not be written or renamed into place
    JsonSyntax, ///< the text is not JSON; `line`/`column` locate it
    MissingField, ///< a required key is absent; `field` names it
    WrongType, ///< a key holds the wrong JSON type; `field` names it
    InvalidValue, ///< a value is outside its domain; `field` names it, `detail` holds the value
    DuplicateId, ///< an id is defined twice; `detail` holds it
    UnknownReference, ///< an id refers to nothing; `field` names the key, `detail` the id
    RangeInverted, ///< low > high, or the value outside [low, high]
    InvalidPeriod, ///< a period that is not YYYY, FYYYYY-MM, YYYYQn, FYYYYYQn-MM, YYYY-MM or YYYY-MM-DD
    DatabaseOpen, ///< SQLite could not open the file
    DatabaseQuery, ///< a statement failed; `detail` holds SQLite's message
    SchemaTooNew, ///< the database was written by a newer program; `detail` holds its version
    UnknownParameter, ///< a model parameter name that does not exist
    ParameterOutOfDomain, ///< a model parameter outside its domain
    DatabaseCorrupt, ///< the integrity check failed; `detail` holds SQLite's first complaint
    BackupFailed, ///< a backup could not be written; `file` is the backup, `detail` SQLite's message
    InvalidEncoding, ///< bytes that are not text in the detected encoding (`detail`); `line` locates them
    UnterminatedQuote, ///< a quoted CSV field never closes; `line` is where it opened
    MalformedQuote, ///< a quote inside an unquoted CSV field, or text after a closing quote
    TooManyFields, ///< a CSV row has more fields than the header; `detail` holds the count
    MissingColumn, ///< a required CSV column is absent; `field` names it
    NotANumber, ///< a number column holds text that is no number; `detail` holds it
    NonFiniteNumber, ///< a number that is infinite, NaN or too large for a double; `detail` holds it
    NoFxRate, ///< a money figure in a currency with no exchange rate; `detail` holds the currency
    DuplicateRow, ///< the same record twice in one file; `detail` holds the line of the first
    ImportRejected, ///< an import with rejected rows was asked to be written; `detail` holds their count
    RecordNotFound, ///< an edit names a record the store no longer holds; `field` says which kind, `detail` its id
    StillReferenced, ///< a record others cite cannot be deleted; `field` names it, `detail` holds how many cite it
    // Excel workbooks (core/import/xlsxreader.h). `file` is sheetLocation(file, sheet) where a sheet is concerned.
    NotAWorkbook, ///< the bytes are no zip archive, or a damaged or truncated one
    OldExcelFormat, ///< an Excel 97–2003 workbook (.xls), or a password-protected one
    WorkbookPartMissing, ///< a part the workbook needs is absent; `detail` names it (e.g. xl/workbook.xml)
    WorkbookPartDamaged, ///< a part cannot be unpacked (truncated, bad checksum, encrypted); `detail` names it
    WorkbookPartTooLarge, ///< a part unpacks to more than the limit; `detail` names it, `field` holds the limit in MiB
    UnknownSheet, ///< no worksheet is named `detail` (empty: the workbook has none); `field` lists the sheets, ", "-separated
    XmlMalformed, ///< a part is not well-formed XML; `detail` is "part:line:column"
    XmlDoctype, ///< a part declares a DTD, which no workbook does (the way to an XML bomb); `detail` names it
    InvalidCellReference, ///< a row or cell reference (`detail`) outside A1:XFD1048576
    SharedStringMissing, ///< a cell cites a shared string the workbook lacks; `detail` holds its index
    CellTooLong, ///< a cell holds more text than a workbook can (`detail`: the limit in characters)
    FormulaError, ///< a cell the import reads holds an error value; `field` names it, `detail` holds it ("#DIV/0!")
    // SEC EDGAR company facts (core/import/secfacts.h, ui/import/secfetcher.h). `file` names the company
    // (or the file read), translated by the caller.
    JsonTruncated, ///< the JSON text ends before it is complete (a file or download cut short)
    SecWrongCompany, ///< company facts of another company: `detail` holds the CIK found, `field` the CIK expected
    SecNoCapexFacts, ///< the company facts hold none of the capital-expenditure concepts read (`detail` lists them)
    SecNoUserAgent, ///< no User-Agent with a contact e-mail address was given for going online (`detail`: the one given)
    SecHttpStatus, ///< the server answered with an HTTP error: `detail` holds the status, `field` the address
    SecTimeout, ///< the server did not answer in time: `detail` holds the seconds waited, `field` the address
    SecNetwork, ///< the request failed before an answer (no network, name not resolved, refused): `detail` says why
};

/// A typed error with the context needed to point a user at the problem.
struct Error
{
    ErrorCode code;
    std::string file;  ///< file name (or a logical name such as "observations.json")
    int line = 0;      ///< 1-based, 0 when unknown
    int column = 0;    ///< 1-based, 0 when unknown
    std::string field; ///< the field (JSON key, column or parameter name) concerned
    std::string detail;

    bool operator==(const Error &) const = default;
};

/// Error::file for a place in one sheet of a workbook: the file's name and the sheet's joined by
/// U+001F, which neither a sheet name nor a file name a user gives holds. errorText() and
/// describe() take it apart again ("book.xlsx, sheet “Data”, cell C7").
std::string sheetLocation(std::string_view file, std::string_view sheet);
struct SheetLocation
{
    std::string_view file;
    std::string_view sheet; ///< empty: not in a sheet
};
SheetLocation splitSheetLocation(std::string_view location);

/// Stable English identifier of an error code, for logs and tests (not for users).
const char *errorCodeName(ErrorCode code);

/// One line of plain, untranslated diagnostics: "observations.json:12: UnknownReference [entity] nvidia".
std::string describe(const Error &error);

/// A value or an Error. Small on purpose: std::expected is C++23 and no Debian 12
/// package ships a C++20 equivalent.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const &
    {
        assert(ok());
        return std::get<T>(m_state);
    }
    T &value() &
    {
        assert(ok());
        return std::get<T>(m_state);
    }
    T &&value() &&
    {
        assert(ok());
        return std::get<T>(std::move(m_state));
    }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    const Error &error() const
    {
        assert(!ok());
        return std::get<Error>(m_state);
    }

private:
    std::variant<T, Error> m_state;
};

/// Success or an Error.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)), m_failed(true) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const
    {
        assert(m_failed);
        return m_error;
    }

private:
    Error m_error{ErrorCode::InvalidValue, {}, 0, 0, {}, {}};
    bool m_failed = false;
};

} // namespace capex

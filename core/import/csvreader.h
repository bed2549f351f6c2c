#pragma once

#include "result.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace capex {

/// One CSV record: its fields and the physical line it starts on (a quoted field may
/// span several lines).
struct CsvRecord
{
    int line = 0;
    std::vector<std::string> fields;
};

/// Reads RFC 4180 CSV from UTF-8 text, one record at a time, so that a million-row file
/// is never held as a million vectors of strings.
///
/// A small state machine of our own rather than Debian's libcsv: libcsv reports neither
/// the line a record starts on nor where a malformed quote sits, and every error here
/// must name the line and column; the parser is also a fuzz target (tests/fuzz).
///
/// Fields are separated by the delimiter and records by CRLF, LF or CR. A field that
/// starts with `"` is quoted: it may hold delimiters and newlines, and `""` stands for
/// one quote. Errors (column = the 1-based field number): UnterminatedQuote (line where
/// the field opened), MalformedQuote (a quote inside an unquoted field, or text after a
/// closing quote).
class CsvReader
{
public:
    CsvReader(std::string_view text, char delimiter, std::string fileName);
    /// Reads from byte `start`, a record's first byte, which lies on line `line`.
    CsvReader(std::string_view text, char delimiter, std::string fileName, std::size_t start, int line);

    /// `,`, `;` or tab: whichever occurs most often outside quotes in the first line
    /// (the header); `,` when none does.
    static char sniffDelimiter(std::string_view text);

    /// Reads the next record into `record`, reusing its storage. False at the end of
    /// the text and on a syntax error; error() tells them apart.
    bool next(CsvRecord &record);
    const std::optional<Error> &error() const { return m_error; }
    /// Where the next record starts: its byte, and its line.
    std::size_t position() const { return m_pos; }
    int line() const { return m_line; }
    const std::string &fileName() const { return m_file; }

private:
    bool fail(ErrorCode code, int line, int column);

    std::string_view m_text;
    char m_delimiter;
    std::string m_file;
    std::size_t m_pos = 0;
    int m_line = 1;
    std::optional<Error> m_error;
};

} // namespace capex

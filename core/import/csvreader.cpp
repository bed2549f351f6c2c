#include "csvreader.h"

namespace capex {

CsvReader::CsvReader(std::string_view text, char delimiter, std::string fileName)
    : m_text(text), m_delimiter(delimiter), m_file(std::move(fileName))
{
}

CsvReader::CsvReader(std::string_view text, char delimiter, std::string fileName, std::size_t start, int line)
    : m_text(text), m_delimiter(delimiter), m_file(std::move(fileName)), m_pos(start), m_line(line)
{
}

char CsvReader::sniffDelimiter(std::string_view text)
{
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (char c : text) {
        if (c == '"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == '\n' || c == '\r')
            break;
        else if (c == ',')
            ++comma;
        else if (c == ';')
            ++semicolon;
        else if (c == '\t')
            ++tab;
    }
    if (tab > comma && tab >= semicolon)
        return '\t';
    if (semicolon > comma)
        return ';';
    return ',';
}

bool CsvReader::fail(ErrorCode code, int line, int column)
{
    m_error = Error{code, m_file, line, column, {}, {}};
    return false;
}

bool CsvReader::next(CsvRecord &record)
{
    if (m_error || m_pos >= m_text.size())
        return false;
    record.line = m_line;
    std::size_t count = 0;
    auto field = [&]() -> std::string & {
        if (count == record.fields.size())
            record.fields.emplace_back();
        std::string &f = record.fields[count++];
        f.clear();
        return f;
    };
    const std::size_t n = m_text.size();
    // Consumes a record separator at m_pos (CRLF, LF or CR); false if there is none.
    auto endOfRecord = [&]() {
        if (m_pos >= n)
            return true;
        if (m_text[m_pos] == '\r') {
            ++m_pos;
            if (m_pos < n && m_text[m_pos] == '\n')
                ++m_pos;
            ++m_line;
            return true;
        }
        if (m_text[m_pos] == '\n') {
            ++m_pos;
            ++m_line;
            return true;
        }
        return false;
    };

    while (true) {
        std::string &out = field();
        const int column = static_cast<int>(count);
        if (m_pos < n && m_text[m_pos] == '"') {
            const int openedOn = m_line;
            ++m_pos;
            while (true) {
                const std::size_t quote = m_text.find('"', m_pos);
                if (quote == std::string_view::npos)
                    return fail(ErrorCode::UnterminatedQuote, openedOn, column);
                for (std::size_t i = m_pos; i < quote; ++i)
                    if (m_text[i] == '\n' || (m_text[i] == '\r' && (i + 1 >= n || m_text[i + 1] != '\n')))
                        ++m_line;
                out.append(m_text.substr(m_pos, quote - m_pos));
                m_pos = quote + 1;
                if (m_pos < n && m_text[m_pos] == '"') {
                    out += '"';
                    ++m_pos;
                    continue;
                }
                break;
            }
            if (m_pos < n && m_text[m_pos] != m_delimiter && m_text[m_pos] != '\r' && m_text[m_pos] != '\n')
                return fail(ErrorCode::MalformedQuote, m_line, column);
        } else {
            const std::size_t start = m_pos;
            while (m_pos < n) {
                const char c = m_text[m_pos];
                if (c == m_delimiter || c == '\r' || c == '\n')
                    break;
                if (c == '"')
                    return fail(ErrorCode::MalformedQuote, m_line, column);
                ++m_pos;
            }
            out.assign(m_text.substr(start, m_pos - start));
        }
        if (m_pos < n && m_text[m_pos] == m_delimiter) {
            ++m_pos;
            continue;
        }
        endOfRecord();
        break;
    }
    record.fields.resize(count);
    return true;
}

} // namespace capex

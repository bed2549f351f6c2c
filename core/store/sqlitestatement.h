#pragma once

#include "result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;
struct sqlite3_mutex;

namespace capex {

/// A prepared SQLite statement: values are always bound, never spliced into SQL text.
/// Owns the sqlite3_stmt; reset() makes it reusable for the next row of a bulk write.
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, std::string_view sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    /// Whether preparation succeeded; error() says why when it did not.
    bool valid() const { return m_statement != nullptr; }
    Error error() const;

    SqliteStatement &bind(int index, std::string_view text);
    /// Without this, a string literal would bind as `bool`.
    SqliteStatement &bind(int index, const char *text) { return bind(index, std::string_view(text)); }
    SqliteStatement &bind(int index, const std::string &text) { return bind(index, std::string_view(text)); }
    SqliteStatement &bind(int index, double value);
    SqliteStatement &bind(int index, std::int64_t value);
    SqliteStatement &bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    SqliteStatement &bind(int index, bool value) { return bind(index, static_cast<std::int64_t>(value ? 1 : 0)); }
    SqliteStatement &bind(int index, const std::optional<double> &value);
    /// Binds NULL for an empty string (optional text columns).
    SqliteStatement &bindOptional(int index, std::string_view text);
    SqliteStatement &bindNull(int index);
    /// As bind() and bindOptional(), without SQLite's copy of the text, which is most of
    /// the cost of a bulk write's binding: `text` must stay valid and unchanged until the
    /// statement runs (run() resets it).
    SqliteStatement &bindStatic(int index, std::string_view text);
    SqliteStatement &bindStaticOptional(int index, std::string_view text);

    /// Advances to the next row: true while a row is available.
    bool step();
    /// Runs a statement that returns no rows, then resets it for reuse.
    Status run();
    /// As run(), leaving the bound values in place: for a bulk write that binds most
    /// values again before each run and some (such as a time) only once.
    Status runKeepingBindings();
    void reset();

    std::string text(int column) const;
    /// The text without a copy: valid until the next step() or reset().
    std::string_view textView(int column) const;
    double real(int column) const;
    std::int64_t integer(int column) const;
    std::optional<double> optionalReal(int column) const;
    bool isNull(int column) const;
    /// Whether the last step() ended in an error rather than at the last row.
    bool failed() const { return m_failed; }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
    bool m_failed = false;
};

/// Holds a connection's mutex for a scope. SQLite takes it in every call; while it is held
/// (it is recursive), each of a batch's hundreds of bind calls takes it again without an
/// atomic operation. A no-op for a connection opened without a mutex.
class SqliteConnectionLock
{
public:
    explicit SqliteConnectionLock(sqlite3 *db);
    ~SqliteConnectionLock();
    SqliteConnectionLock(const SqliteConnectionLock &) = delete;
    SqliteConnectionLock &operator=(const SqliteConnectionLock &) = delete;

private:
    sqlite3_mutex *m_mutex;
};

} // namespace capex

#include "sqlitestatement.h"

#include <sqlite3.h>

namespace capex {

SqliteStatement::SqliteStatement(sqlite3 *db, std::string_view sql) : m_db(db)
{
    if (sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &m_statement, nullptr) != SQLITE_OK)
        m_statement = nullptr;
}

SqliteStatement::~SqliteStatement() { sqlite3_finalize(m_statement); }

Error SqliteStatement::error() const { return Error{ErrorCode::DatabaseQuery, {}, 0, 0, {}, sqlite3_errmsg(m_db)}; }

SqliteStatement &SqliteStatement::bind(int index, std::string_view text)
{
    sqlite3_bind_text(m_statement, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, double value)
{
    sqlite3_bind_double(m_statement, index, value);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, std::int64_t value)
{
    sqlite3_bind_int64(m_statement, index, value);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, const std::optional<double> &value)
{
    return value ? bind(index, *value) : bindNull(index);
}

SqliteStatement &SqliteStatement::bindOptional(int index, std::string_view text)
{
    return text.empty() ? bindNull(index) : bind(index, text);
}

SqliteStatement &SqliteStatement::bindStatic(int index, std::string_view text)
{
    sqlite3_bind_text(m_statement, index, text.data(), static_cast<int>(text.size()), SQLITE_STATIC);
    return *this;
}

SqliteStatement &SqliteStatement::bindStaticOptional(int index, std::string_view text)
{
    return text.empty() ? bindNull(index) : bindStatic(index, text);
}

SqliteStatement &SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
    return *this;
}

bool SqliteStatement::step()
{
    if (!m_statement)
        return false;
    int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    m_failed = rc != SQLITE_DONE;
    return false;
}

Status SqliteStatement::run()
{
    Status status = runKeepingBindings();
    if (m_statement)
        sqlite3_clear_bindings(m_statement);
    return status;
}

Status SqliteStatement::runKeepingBindings()
{
    if (!m_statement)
        return error();
    int rc = sqlite3_step(m_statement);
    Status status;
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        status = error();
    sqlite3_reset(m_statement);
    return status;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

std::string SqliteStatement::text(int column) const
{
    auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return data ? std::string(data, static_cast<std::size_t>(sqlite3_column_bytes(m_statement, column))) : std::string();
}

std::string_view SqliteStatement::textView(int column) const
{
    auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return data ? std::string_view(data, static_cast<std::size_t>(sqlite3_column_bytes(m_statement, column)))
                : std::string_view();
}

double SqliteStatement::real(int column) const { return sqlite3_column_double(m_statement, column); }
std::int64_t SqliteStatement::integer(int column) const { return sqlite3_column_int64(m_statement, column); }

std::optional<double> SqliteStatement::optionalReal(int column) const
{
    return isNull(column) ? std::nullopt : std::optional<double>(real(column));
}

bool SqliteStatement::isNull(int column) const { return sqlite3_column_type(m_statement, column) == SQLITE_NULL; }

SqliteConnectionLock::SqliteConnectionLock(sqlite3 *db) : m_mutex(sqlite3_db_mutex(db)) { sqlite3_mutex_enter(m_mutex); }

SqliteConnectionLock::~SqliteConnectionLock() { sqlite3_mutex_leave(m_mutex); }

} // namespace capex

#include "database.h"

#include "databasebackup.h"
#include "sqlitestatement.h"
#include "walcheckpointer.h"

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <ctime>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string_view>
#include <tuple>
#include <unordered_map>

namespace capex {
namespace {

// Each entry takes the schema from version (index) to version (index + 1).
constexpr const char *migrations[] = {
    // 0 → 1: the store.
    R"sql(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE entities (
    id TEXT PRIMARY KEY, type TEXT NOT NULL, name_en TEXT NOT NULL, name_zh TEXT NOT NULL,
    user_entered INTEGER NOT NULL DEFAULT 0);
CREATE TABLE metrics (
    id TEXT PRIMARY KEY, name_en TEXT NOT NULL, name_zh TEXT NOT NULL, unit TEXT NOT NULL,
    user_entered INTEGER NOT NULL DEFAULT 0);
CREATE TABLE sources (
    id TEXT PRIMARY KEY, publisher TEXT NOT NULL, title TEXT NOT NULL, url TEXT, published TEXT,
    language TEXT NOT NULL, is_seed INTEGER NOT NULL DEFAULT 0, user_entered INTEGER NOT NULL DEFAULT 0);
CREATE TABLE source_via (
    source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    seed_id TEXT NOT NULL REFERENCES sources(id),
    position INTEGER NOT NULL,
    PRIMARY KEY (source_id, seed_id));
CREATE TABLE observations (
    id INTEGER PRIMARY KEY,
    uid TEXT UNIQUE,
    entity_id TEXT NOT NULL REFERENCES entities(id),
    metric_id TEXT NOT NULL REFERENCES metrics(id),
    period TEXT NOT NULL,
    period_type INTEGER NOT NULL,
    period_year INTEGER NOT NULL,
    period_month INTEGER NOT NULL,
    period_day INTEGER NOT NULL,
    value REAL, low REAL, high REAL,
    unit TEXT NOT NULL,
    currency TEXT,
    kind TEXT NOT NULL CHECK (kind IN ('actual','guidance','estimate','forecast','curve','fact')),
    grade TEXT NOT NULL CHECK (grade IN ('reported','estimate','media')),
    source_id TEXT NOT NULL REFERENCES sources(id),
    as_of TEXT,
    note_en TEXT NOT NULL DEFAULT '',
    note_zh TEXT NOT NULL DEFAULT '',
    user_entered INTEGER NOT NULL DEFAULT 0,
    CHECK (value IS NOT NULL OR low IS NOT NULL OR high IS NOT NULL),
    CHECK (low IS NULL OR high IS NULL OR low <= high));
CREATE INDEX observations_by_series ON observations (entity_id, metric_id, period_year);
CREATE TABLE fx_rates (
    year INTEGER NOT NULL, currency TEXT NOT NULL, per_usd REAL NOT NULL CHECK (per_usd > 0),
    source_id TEXT NOT NULL REFERENCES sources(id), PRIMARY KEY (year, currency));
CREATE TABLE events (
    id TEXT PRIMARY KEY, date TEXT NOT NULL, label_en TEXT NOT NULL, label_zh TEXT NOT NULL,
    source_id TEXT NOT NULL REFERENCES sources(id));
CREATE TABLE cost_curves (
    id TEXT PRIMARY KEY, name_en TEXT NOT NULL, name_zh TEXT NOT NULL, annual_decline REAL,
    source_id TEXT NOT NULL REFERENCES sources(id), note_en TEXT NOT NULL DEFAULT '', note_zh TEXT NOT NULL DEFAULT '');
)sql",
    // 1 → 2: a record's history, so that guidance revisions can be charted over time.
    R"sql(
ALTER TABLE observations ADD COLUMN updated_at TEXT;
CREATE TABLE observation_history (
    id INTEGER PRIMARY KEY,
    observation_uid TEXT,
    observation_id INTEGER NOT NULL,
    changed_at TEXT NOT NULL,
    changed_by TEXT NOT NULL CHECK (changed_by IN ('bundled','user')),
    change TEXT NOT NULL CHECK (change IN ('update','delete')),
    old_value REAL, old_low REAL, old_high REAL, old_as_of TEXT, old_source_id TEXT);
CREATE INDEX history_by_observation ON observation_history (observation_id);
)sql",
    // 2 → 3: observations rebuilt with the same rules, cheaper to write. SQLite (3.40) codes
    // a CHECK's `IN (list)` as an ephemeral table built again for every row written, and
    // `uid TEXT UNIQUE` puts every row, NULL uids too, in an index. Written as comparisons
    // and a unique index of the non-NULL uids, a million-row INSERT ... SELECT took
    // 0.9–1.1 s of CPU instead of 3.3–3.6 s (sqlite3 shell, runs alternating). NULL uids
    // were never unique-checked, so the same rows pass and fail. Ids are kept (the history
    // cites them); no table references observations, so dropping it with foreign keys on
    // deletes nothing elsewhere, and copying the rows checks their foreign keys again.
    R"sql(
CREATE TABLE observations_v3 (
    id INTEGER PRIMARY KEY,
    uid TEXT,
    entity_id TEXT NOT NULL REFERENCES entities(id),
    metric_id TEXT NOT NULL REFERENCES metrics(id),
    period TEXT NOT NULL,
    period_type INTEGER NOT NULL,
    period_year INTEGER NOT NULL,
    period_month INTEGER NOT NULL,
    period_day INTEGER NOT NULL,
    value REAL, low REAL, high REAL,
    unit TEXT NOT NULL,
    currency TEXT,
    kind TEXT NOT NULL CHECK (kind = 'actual' OR kind = 'guidance' OR kind = 'estimate' OR kind = 'forecast'
                              OR kind = 'curve' OR kind = 'fact'),
    grade TEXT NOT NULL CHECK (grade = 'reported' OR grade = 'estimate' OR grade = 'media'),
    source_id TEXT NOT NULL REFERENCES sources(id),
    as_of TEXT,
    note_en TEXT NOT NULL DEFAULT '',
    note_zh TEXT NOT NULL DEFAULT '',
    user_entered INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT,
    CHECK (value IS NOT NULL OR low IS NOT NULL OR high IS NOT NULL),
    CHECK (low IS NULL OR high IS NULL OR low <= high));
INSERT INTO observations_v3 (id, uid, entity_id, metric_id, period, period_type, period_year, period_month,
    period_day, value, low, high, unit, currency, kind, grade, source_id, as_of, note_en, note_zh, user_entered,
    updated_at)
SELECT id, uid, entity_id, metric_id, period, period_type, period_year, period_month, period_day, value, low, high,
    unit, currency, kind, grade, source_id, as_of, note_en, note_zh, user_entered, updated_at
FROM observations;
DROP TABLE observations;
ALTER TABLE observations_v3 RENAME TO observations;
CREATE UNIQUE INDEX observations_by_uid ON observations (uid) WHERE uid IS NOT NULL;
CREATE INDEX observations_by_series ON observations (entity_id, metric_id, period_year);
)sql",
    // 3 → 4: guidance given in words alone ("notably larger in 2026") is a record too: a
    // record may hold no number when it is guidance and its note says what was said. The
    // table is rebuilt as in 2 → 3 with that one rule changed.
    R"sql(
CREATE TABLE observations_v4 (
    id INTEGER PRIMARY KEY,
    uid TEXT,
    entity_id TEXT NOT NULL REFERENCES entities(id),
    metric_id TEXT NOT NULL REFERENCES metrics(id),
    period TEXT NOT NULL,
    period_type INTEGER NOT NULL,
    period_year INTEGER NOT NULL,
    period_month INTEGER NOT NULL,
    period_day INTEGER NOT NULL,
    value REAL, low REAL, high REAL,
    unit TEXT NOT NULL,
    currency TEXT,
    kind TEXT NOT NULL CHECK (kind = 'actual' OR kind = 'guidance' OR kind = 'estimate' OR kind = 'forecast'
                              OR kind = 'curve' OR kind = 'fact'),
    grade TEXT NOT NULL CHECK (grade = 'reported' OR grade = 'estimate' OR grade = 'media'),
    source_id TEXT NOT NULL REFERENCES sources(id),
    as_of TEXT,
    note_en TEXT NOT NULL DEFAULT '',
    note_zh TEXT NOT NULL DEFAULT '',
    user_entered INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT,
    CHECK (value IS NOT NULL OR low IS NOT NULL OR high IS NOT NULL
           OR (kind = 'guidance' AND (note_en <> '' OR note_zh <> ''))),
    CHECK (low IS NULL OR high IS NULL OR low <= high));
INSERT INTO observations_v4 (id, uid, entity_id, metric_id, period, period_type, period_year, period_month,
    period_day, value, low, high, unit, currency, kind, grade, source_id, as_of, note_en, note_zh, user_entered,
    updated_at)
SELECT id, uid, entity_id, metric_id, period, period_type, period_year, period_month, period_day, value, low, high,
    unit, currency, kind, grade, source_id, as_of, note_en, note_zh, user_entered, updated_at
FROM observations;
DROP TABLE observations;
ALTER TABLE observations_v4 RENAME TO observations;
CREATE UNIQUE INDEX observations_by_uid ON observations (uid) WHERE uid IS NOT NULL;
CREATE INDEX observations_by_series ON observations (entity_id, metric_id, period_year);
)sql",
};
static_assert(std::size(migrations) == Database::schemaVersion);

std::string nowIso()
{
    std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm utc{};
    gmtime_r(&now, &utc);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return buffer;
}

/// Commits on commit(), rolls back otherwise.
class Transaction
{
public:
    explicit Transaction(Database &db) : m_db(db) { m_status = db.execute("BEGIN IMMEDIATE"); }
    ~Transaction()
    {
        if (m_status.ok() && !m_committed)
            (void)m_db.execute("ROLLBACK");
    }
    const Status &begun() const { return m_status; }
    Status commit()
    {
        m_committed = true;
        return m_db.execute("COMMIT");
    }

private:
    Database &m_db;
    Status m_status;
    bool m_committed = false;
};

#define CAPEX_TRY(expr)                                                                                                \
    do {                                                                                                               \
        if (Status status_ = (expr); !status_)                                                                         \
            return status_.error();                                                                                    \
    } while (false)

/// The page cache, in KiB (see Database::configure).
constexpr int pageCacheKiB = 65536;

/// From this many added rows on, an import rebuilds the series index instead of updating it.
constexpr int bulkImportRows = 20000;

bool sameOptional(const std::optional<double> &a, const std::optional<double> &b) { return a == b; }

const char *observationColumns =
    "id, uid, entity_id, metric_id, period, value, low, high, unit, currency, kind, grade, source_id, as_of, "
    "note_en, note_zh, user_entered";

Observation readObservation(const SqliteStatement &q)
{
    Observation o;
    o.rowId = q.integer(0);
    o.uid = q.text(1);
    o.entity = q.text(2);
    o.metric = q.text(3);
    o.period = Period::parse(q.text(4)).value_or(Period{});
    o.value = q.optionalReal(5);
    o.low = q.optionalReal(6);
    o.high = q.optionalReal(7);
    o.unit = q.text(8);
    o.currency = q.text(9);
    o.kind = parseKind(q.text(10)).value_or(Kind::Fact);
    o.grade = parseGrade(q.text(11)).value_or(Grade::Media);
    o.source = q.text(12);
    o.asOf = q.text(13);
    o.noteEn = q.text(14);
    o.noteZh = q.text(15);
    o.userEntered = q.integer(16) != 0;
    return o;
}

/// The period's columns period_year, period_month and period_day, in whose order the snapshot
/// is read (the period itself is read back from its text): a year, fiscal year or date its own
/// fields; a quarter or a month the calendar month it ends in, so that it sits by time.
struct PeriodColumns
{
    int year, month, day;
};

/// Puts `observations` in the order of `ORDER BY entity_id, metric_id, period_year,
/// period_month, period_day, id` (text compared byte by byte, as SQLite's BINARY collation
/// does), `periods` holding each one's period columns. The ids are ranked once (a few hundred
/// distinct), and the sort compares compact integer keys; each record is then moved once, in
/// place. Comparing the records' strings had taken 1.7 s for a million.
void sortIntoSeriesOrder(std::vector<Observation> &observations, const std::vector<PeriodColumns> &periods)
{
    // Each distinct id's rank among the ids of its column.
    auto ranks = [&observations](std::string Observation::*column) {
        std::unordered_map<std::string_view, std::uint32_t> rank;
        for (const Observation &o : observations)
            rank.emplace(o.*column, 0);
        std::vector<std::string_view> names;
        names.reserve(rank.size());
        for (const auto &[name, unused] : rank)
            names.push_back(name);
        std::sort(names.begin(), names.end());
        for (std::uint32_t i = 0; i < names.size(); ++i)
            rank[names[i]] = i;
        return rank;
    };
    const auto entityRank = ranks(&Observation::entity), metricRank = ranks(&Observation::metric);
    struct Key
    {
        std::uint32_t entity, metric;
        int year, month, day;
        std::int64_t id;
        std::uint32_t at; ///< the record's place as read
        auto tied() const { return std::tie(entity, metric, year, month, day, id); }
    };
    std::vector<Key> keys(observations.size());
    for (std::uint32_t i = 0; i < keys.size(); ++i) {
        const Observation &o = observations[i];
        const PeriodColumns &p = periods[i];
        keys[i] = {entityRank.at(o.entity), metricRank.at(o.metric), p.year, p.month, p.day, o.rowId, i};
    }
    std::sort(keys.begin(), keys.end(), [](const Key &a, const Key &b) { return a.tied() < b.tied(); });
    std::vector<std::uint32_t> order(keys.size());
    for (std::size_t i = 0; i < keys.size(); ++i)
        order[i] = keys[i].at;
    keys = {};
    // Position i takes the record at order[i]: each cycle of the permutation is followed once.
    for (std::uint32_t i = 0; i < order.size(); ++i) {
        if (order[i] == i)
            continue;
        Observation held = std::move(observations[i]);
        std::uint32_t j = i;
        while (order[j] != i) {
            const std::uint32_t next = order[j];
            observations[j] = std::move(observations[next]);
            order[j] = j;
            j = next;
        }
        observations[j] = std::move(held);
        order[j] = j;
    }
}
PeriodColumns periodColumns(const Period &p)
{
    switch (p.type) {
    case Period::Type::Year:
    case Period::Type::FiscalYear:
    case Period::Type::Date: return {p.year, p.month, p.day};
    case Period::Type::Quarter:
    case Period::Type::FiscalQuarter:
    case Period::Type::Month: {
        const Period::YearMonth last = p.lastMonth();
        return {last.year, last.month, 0};
    }
    }
    return {p.year, p.month, p.day};
}

/// Binds every observation field from index `first` on, in the order of the insert below.
/// The text is not copied: `o` must outlive the statement's next run().
void bindObservation(SqliteStatement &q, int first, const Observation &o)
{
    const PeriodColumns columns = periodColumns(o.period);
    q.bindStatic(first, o.entity)
        .bindStatic(first + 1, o.metric)
        .bind(first + 2, o.period.toString())
        .bind(first + 3, static_cast<int>(o.period.type))
        .bind(first + 4, columns.year)
        .bind(first + 5, columns.month)
        .bind(first + 6, columns.day)
        .bind(first + 7, o.value)
        .bind(first + 8, o.low)
        .bind(first + 9, o.high)
        .bindStatic(first + 10, o.unit)
        .bindStaticOptional(first + 11, o.currency)
        .bindStatic(first + 12, kindName(o.kind))
        .bindStatic(first + 13, gradeName(o.grade))
        .bindStatic(first + 14, o.source)
        .bindStaticOptional(first + 15, o.asOf)
        .bindStatic(first + 16, o.noteEn)
        .bindStatic(first + 17, o.noteZh);
}

constexpr const char *insertObservationSql =
    "INSERT INTO observations (uid, entity_id, metric_id, period, period_type, period_year, period_month, "
    "period_day, value, low, high, unit, currency, kind, grade, source_id, as_of, note_en, note_zh, user_entered, "
    "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21)";

bool sameContent(const Observation &a, const Observation &b)
{
    return a.entity == b.entity && a.metric == b.metric && a.period == b.period && sameOptional(a.value, b.value)
        && sameOptional(a.low, b.low) && sameOptional(a.high, b.high) && a.unit == b.unit && a.currency == b.currency
        && a.kind == b.kind && a.grade == b.grade && a.source == b.source && a.asOf == b.asOf && a.noteEn == b.noteEn
        && a.noteZh == b.noteZh;
}

/// Rows an import inserts with one statement, and the values bound for each.
constexpr std::size_t batchRows = 64;
constexpr int importedValues = 18;

/// insertObservationSql for `rows` imported rows: uid NULL and user_entered 1 written as
/// they are, updated_at in ?1 for every row, and row r's other 18 values at
/// ?(2 + 18r) … ?(19 + 18r). Binding is most of the app's own work per row: three values
/// fewer a row, and the time bound once per import instead of once per row.
std::string importInsertSql(std::size_t rows)
{
    const std::string_view single = insertObservationSql;
    std::string sql(single.substr(0, single.find("VALUES") + 6));
    for (std::size_t r = 0; r < rows; ++r) {
        sql += r == 0 ? " (NULL" : ", (NULL";
        for (int c = 0; c < importedValues; ++c)
            sql += ", ?" + std::to_string(2 + static_cast<int>(r) * importedValues + c);
        sql += ", 1, ?1)";
    }
    return sql;
}

/// As insertObservationSql, with the row id in ?22.
constexpr const char *insertObservationWithIdSql
    = "INSERT INTO observations (uid, entity_id, metric_id, period, period_type, period_year, period_month, "
      "period_day, value, low, high, unit, currency, kind, grade, source_id, as_of, note_en, note_zh, user_entered, "
      "updated_at, id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, "
      "?20, "
      "?21, ?22)";

constexpr const char *updateObservationSql =
    "UPDATE observations SET entity_id = ?2, metric_id = ?3, period = ?4, period_type = ?5, period_year = ?6, "
    "period_month = ?7, period_day = ?8, value = ?9, low = ?10, high = ?11, unit = ?12, currency = ?13, kind = ?14, "
    "grade = ?15, source_id = ?16, as_of = ?17, note_en = ?18, note_zh = ?19, updated_at = ?20";

constexpr const char *insertHistorySql =
    "INSERT INTO observation_history (observation_uid, observation_id, changed_at, changed_by, change, old_value, "
    "old_low, old_high, old_as_of, old_source_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)";

Status recordHistory(SqliteStatement &history, const Observation &old, const std::string &now, const char *by,
                     const char *change)
{
    return history.bindOptional(1, old.uid)
        .bind(2, old.rowId)
        .bind(3, now)
        .bind(4, by)
        .bind(5, change)
        .bind(6, old.value)
        .bind(7, old.low)
        .bind(8, old.high)
        .bindOptional(9, old.asOf)
        .bind(10, old.source)
        .run();
}

/// SQLite result codes that mean the file itself is bad, as opposed to busy or locked.
bool meansDamaged(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_PERM: return true;
    default: return false;
    }
}

std::string localStamp()
{
    std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm local{};
    localtime_r(&now, &local);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y%m%d-%H%M%S", &local);
    return buffer;
}

} // namespace

Database::Database(sqlite3 *db, std::filesystem::path path, bool readOnly)
    : m_db(db), m_path(std::move(path)), m_readOnly(readOnly)
{
}

Database::~Database()
{
    m_checkpointer.reset(); // its thread's connection closes first: ours then removes the log
    sqlite3_close_v2(m_db);
}

void Database::waitForCheckpoint()
{
    if (m_checkpointer)
        m_checkpointer->waitUntilIdle();
}

Status Database::execute(const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        Error error{ErrorCode::DatabaseQuery, m_path.string(), 0, 0, {}, message ? message : sqlite3_errmsg(m_db)};
        sqlite3_free(message);
        return error;
    }
    return {};
}

Status Database::configure()
{
    sqlite3_busy_timeout(m_db, 5000);
    CAPEX_TRY(execute("PRAGMA foreign_keys = ON"));
    if (!m_readOnly)
        // 16 KiB pages for a new store (SQLite's default is 4 KiB): a million-row import then
        // splits, writes and checksums a quarter as many pages (its write took 4.6–5.2 s
        // instead of 5.3–6.1 s, runs alternating). It must precede WAL, which fixes the page
        // size; an existing store keeps its own (SQLite ignores this once a database has pages).
        CAPEX_TRY(execute("PRAGMA page_size = 16384"));
    // 64 MB of page cache instead of 2: a large import then writes each page to the WAL
    // once instead of spilling and rewriting it (a million rows: several times faster).
    // After the page size: SQLite turns the size into a number of pages with the page size
    // of the moment and keeps that number when the page size changes (set before, 64 MB of
    // 4 KiB pages became 250 MB of 16 KiB pages). On an existing store the pragma reads the
    // header first, so its own page size counts.
    CAPEX_TRY(execute(("PRAGMA cache_size = -" + std::to_string(pageCacheKiB)).c_str()));
    if (!m_readOnly) {
        CAPEX_TRY(execute("PRAGMA journal_mode = WAL"));
        m_checkpointer = std::make_unique<WalCheckpointer>(m_db, m_path);
    }
    return {};
}

Result<std::unique_ptr<Database>> Database::openConnection(const std::filesystem::path &path, bool &damaged)
{
    damaged = false;
    if (path.has_parent_path()) {
        std::error_code ignored;
        std::filesystem::create_directories(path.parent_path(), ignored);
    }
    std::error_code ec;
    const bool existed = std::filesystem::is_regular_file(path, ec);
    sqlite3 *handle = nullptr;
    int rc = sqlite3_open_v2(path.c_str(), &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc != SQLITE_OK) {
        damaged = existed && meansDamaged(rc);
        Error error{ErrorCode::DatabaseOpen, path.string(), 0, 0, {}, handle ? sqlite3_errmsg(handle) : "out of memory"};
        sqlite3_close_v2(handle);
        return error;
    }
    std::unique_ptr<Database> db(new Database(handle, path, false));
    if (Status status = db->configure(); !status) { // e.g. "file is not a database"
        damaged = existed && meansDamaged(sqlite3_errcode(handle));
        return Error{ErrorCode::DatabaseOpen, path.string(), 0, 0, {}, status.error().detail};
    }
    return db;
}

Result<std::unique_ptr<Database>> Database::openUnmigrated(const std::filesystem::path &path)
{
    bool damaged = false;
    return openConnection(path, damaged);
}

Result<std::unique_ptr<Database>> Database::open(const std::filesystem::path &path, Access access)
{
    bool damaged = false;
    return openChecked(path, access, damaged);
}

Result<std::unique_ptr<Database>> Database::openOrRecover(const std::filesystem::path &path)
{
    bool damaged = false;
    auto opened = openChecked(path, Access::ReadWrite, damaged);
    if (opened.ok() || !damaged)
        return opened;
    // Never overwrite what may be the user's only copy: move it, with its journal files
    // (a WAL can hold committed transactions), out of the way under one timestamp.
    const std::string suffix = ".damaged-" + localStamp();
    std::filesystem::path aside = path.string() + suffix;
    for (int n = 2; std::filesystem::exists(aside); ++n)
        aside = path.string() + suffix + '-' + std::to_string(n);
    std::error_code ec;
    std::filesystem::rename(path, aside, ec);
    if (ec)
        return Error{ErrorCode::DatabaseOpen, path.string(), 0, 0, {}, opened.error().detail + "; " + ec.message()};
    for (const char *journal : {"-wal", "-shm"})
        if (std::filesystem::exists(path.string() + journal, ec))
            std::filesystem::rename(path.string() + journal, aside.string() + journal, ec);
    auto fresh = openChecked(path, Access::ReadWrite, damaged);
    if (fresh.ok())
        fresh.value()->m_setAside = aside;
    return fresh;
}

Result<std::unique_ptr<Database>> Database::openChecked(const std::filesystem::path &path, Access access,
                                                        bool &damaged)
{
    auto opened = openConnection(path, damaged);
    if (!opened)
        return opened;
    std::unique_ptr<Database> db = std::move(opened).value();
    // Reading the version also proves the file is a database at all.
    SqliteStatement probe(db->m_db, "SELECT count(*) FROM sqlite_master");
    if (!probe.valid() || !probe.step()) {
        damaged = meansDamaged(sqlite3_errcode(db->m_db));
        return Error{ErrorCode::DatabaseOpen, path.string(), 0, 0, {}, sqlite3_errmsg(db->m_db)};
    }
    probe.reset();
    if (Status integrity = db->checkIntegrity(); !integrity) {
        damaged = integrity.error().code == ErrorCode::DatabaseCorrupt;
        return integrity.error();
    }
    int version = db->userVersion();
    if (version > schemaVersion) {
        db->m_newerSchema = true;
        access = Access::ReadOnly;
    } else if (access == Access::ReadWrite) {
        if (Status status = db->migrateTo(schemaVersion); !status)
            return status.error();
    }
    if (access == Access::ReadOnly) {
        db->m_readOnly = true;
        CAPEX_TRY(db->execute("PRAGMA query_only = ON"));
    }
    return db;
}

Status Database::checkIntegrity() const
{
    SqliteStatement check(m_db, "PRAGMA quick_check");
    if (!check.valid())
        return Error{meansDamaged(sqlite3_errcode(m_db)) ? ErrorCode::DatabaseCorrupt : ErrorCode::DatabaseOpen,
                     m_path.string(), 0, 0, {}, sqlite3_errmsg(m_db)};
    if (!check.step())
        return Error{meansDamaged(sqlite3_errcode(m_db)) ? ErrorCode::DatabaseCorrupt : ErrorCode::DatabaseOpen,
                     m_path.string(), 0, 0, {}, sqlite3_errmsg(m_db)};
    const std::string verdict = check.text(0);
    if (verdict != "ok")
        return Error{ErrorCode::DatabaseCorrupt, m_path.string(), 0, 0, {}, verdict};
    return {};
}

Result<std::filesystem::path> Database::backup() { return DatabaseBackup::create(m_db, m_path); }

int Database::userVersion() const
{
    SqliteStatement q(m_db, "PRAGMA user_version");
    return q.step() ? static_cast<int>(q.integer(0)) : 0;
}

int Database::datasetVersion() const
{
    SqliteStatement q(m_db, "SELECT value FROM meta WHERE key = 'dataset_version'");
    return q.valid() && q.step() ? std::stoi(q.text(0)) : 0;
}

Status Database::migrateTo(int target)
{
    for (int version = userVersion(); version < target; ++version) {
        Transaction transaction(*this);
        CAPEX_TRY(transaction.begun());
        CAPEX_TRY(execute(migrations[version]));
        // PRAGMA takes no bound parameters; the value is an integer we produced.
        CAPEX_TRY(execute(("PRAGMA user_version = " + std::to_string(version + 1)).c_str()));
        CAPEX_TRY(transaction.commit());
    }
    return {};
}

Result<SyncReport> Database::syncBundled(const Dataset &bundled)
{
    SyncReport report;
    report.fromVersion = datasetVersion();
    report.toVersion = report.fromVersion;
    if (bundled.version <= report.fromVersion || m_readOnly)
        return report;
    report.toVersion = bundled.version;
    if (report.fromVersion > 0) { // an upgrade of data the user has lived with: keep a copy first
        auto copy = backup();
        if (!copy.ok())
            return copy.error();
        report.backup = copy.value();
    }

    Transaction transaction(*this);
    CAPEX_TRY(transaction.begun());
    const std::string now = nowIso();

    SqliteStatement entity(m_db, "INSERT INTO entities (id, type, name_en, name_zh) VALUES (?1, ?2, ?3, ?4) "
                                 "ON CONFLICT(id) DO UPDATE SET type = ?2, name_en = ?3, name_zh = ?4 "
                                 "WHERE user_entered = 0");
    for (const Entity &e : bundled.entities)
        CAPEX_TRY(entity.bind(1, e.id).bind(2, e.type).bind(3, e.nameEn).bind(4, e.nameZh).run());

    SqliteStatement metric(m_db, "INSERT INTO metrics (id, name_en, name_zh, unit) VALUES (?1, ?2, ?3, ?4) "
                                 "ON CONFLICT(id) DO UPDATE SET name_en = ?2, name_zh = ?3, unit = ?4 "
                                 "WHERE user_entered = 0");
    for (const Metric &m : bundled.metrics)
        CAPEX_TRY(metric.bind(1, m.id).bind(2, m.nameEn).bind(3, m.nameZh).bind(4, m.unit).run());

    SqliteStatement source(m_db,
                           "INSERT INTO sources (id, publisher, title, url, published, language, is_seed) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT(id) DO UPDATE SET publisher = ?2, "
                           "title = ?3, url = ?4, published = ?5, language = ?6, is_seed = ?7 WHERE user_entered = 0");
    // A source the user has edited keeps the seeds they gave it.
    SqliteStatement clearVia(m_db, "DELETE FROM source_via WHERE source_id = ?1 AND source_id IN "
                                   "(SELECT id FROM sources WHERE user_entered = 0)");
    SqliteStatement via(m_db, "INSERT INTO source_via (source_id, seed_id, position) SELECT ?1, ?2, ?3 "
                              "WHERE EXISTS (SELECT 1 FROM sources WHERE id = ?1 AND user_entered = 0)");
    // Seeds first, so that `via` references resolve.
    for (int pass = 0; pass < 2; ++pass)
        for (const Source &s : bundled.sources)
            if (s.seed == (pass == 0))
                CAPEX_TRY(source.bind(1, s.id)
                              .bind(2, s.publisher)
                              .bind(3, s.title)
                              .bindOptional(4, s.url)
                              .bindOptional(5, s.date)
                              .bind(6, s.language)
                              .bind(7, s.seed)
                              .run());
    for (const Source &s : bundled.sources) {
        CAPEX_TRY(clearVia.bind(1, s.id).run());
        for (std::size_t i = 0; i < s.via.size(); ++i)
            CAPEX_TRY(via.bind(1, s.id).bind(2, s.via[i]).bind(3, static_cast<int>(i)).run());
    }

    // Observations: match bundled records by uid; user records have no uid of ours.
    std::map<std::string, Observation> stored;
    {
        SqliteStatement q(m_db, std::string("SELECT ") + observationColumns
                                    + " FROM observations WHERE user_entered = 0 AND uid IS NOT NULL");
        while (q.step()) {
            Observation o = readObservation(q);
            stored.emplace(o.uid, std::move(o));
        }
        if (q.failed())
            return q.error();
    }
    // Bundled records the user has edited since (an import updated them) are theirs now.
    std::set<std::string> userHeld;
    {
        SqliteStatement q(m_db, "SELECT uid FROM observations WHERE user_entered = 1 AND uid IS NOT NULL");
        while (q.step())
            userHeld.insert(q.text(0));
        if (q.failed())
            return q.error();
    }
    // So are bundled records the user deleted: a dataset update does not bring them back.
    {
        SqliteStatement q(m_db,
            "SELECT observation_uid FROM observation_history WHERE changed_by = 'user' AND "
            "change = 'delete' AND observation_uid IS NOT NULL AND observation_uid NOT IN "
            "(SELECT uid FROM observations WHERE uid IS NOT NULL)");
        while (q.step())
            userHeld.insert(q.text(0));
        if (q.failed())
            return q.error();
    }
    SqliteStatement insert(m_db, insertObservationSql);
    SqliteStatement update(m_db, "UPDATE observations SET entity_id = ?2, metric_id = ?3, period = ?4, "
                                 "period_type = ?5, period_year = ?6, period_month = ?7, period_day = ?8, value = ?9, "
                                 "low = ?10, high = ?11, unit = ?12, currency = ?13, kind = ?14, grade = ?15, "
                                 "source_id = ?16, as_of = ?17, note_en = ?18, note_zh = ?19, updated_at = ?20 "
                                 "WHERE id = ?1 AND user_entered = 0");
    SqliteStatement history(m_db, "INSERT INTO observation_history (observation_uid, observation_id, changed_at, "
                                  "changed_by, change, old_value, old_low, old_high, old_as_of, old_source_id) "
                                  "VALUES (?1, ?2, ?3, 'bundled', ?4, ?5, ?6, ?7, ?8, ?9)");
    auto recordHistory = [&](const Observation &old, const char *change) {
        return history.bind(1, old.uid)
            .bind(2, old.rowId)
            .bind(3, now)
            .bind(4, change)
            .bind(5, old.value)
            .bind(6, old.low)
            .bind(7, old.high)
            .bindOptional(8, old.asOf)
            .bind(9, old.source)
            .run();
    };
    std::set<std::string> bundledUids;
    for (const Observation &o : bundled.observations) {
        bundledUids.insert(o.uid);
        if (userHeld.count(o.uid))
            continue;
        auto it = stored.find(o.uid);
        if (it == stored.end()) {
            insert.bind(1, o.uid);
            bindObservation(insert, 2, o);
            insert.bind(20, false).bind(21, now);
            CAPEX_TRY(insert.run());
            ++report.added;
        } else if (!sameContent(it->second, o)) {
            CAPEX_TRY(recordHistory(it->second, "update"));
            update.bind(1, it->second.rowId);
            bindObservation(update, 2, o);
            update.bind(20, now);
            CAPEX_TRY(update.run());
            ++report.updated;
        }
    }
    SqliteStatement remove(m_db, "DELETE FROM observations WHERE id = ?1 AND user_entered = 0");
    for (const auto &[uid, old] : stored) {
        if (bundledUids.count(uid))
            continue;
        CAPEX_TRY(recordHistory(old, "delete"));
        CAPEX_TRY(remove.bind(1, old.rowId).run());
        ++report.removed;
    }

    // Reference tables the user does not edit: replaced whole.
    CAPEX_TRY(execute("DELETE FROM fx_rates; DELETE FROM events; DELETE FROM cost_curves"));
    SqliteStatement fx(m_db, "INSERT INTO fx_rates (year, currency, per_usd, source_id) VALUES (?1, ?2, ?3, ?4)");
    for (const FxRate &r : bundled.fxRates)
        CAPEX_TRY(fx.bind(1, r.year).bind(2, r.currency).bind(3, r.perUsd).bind(4, r.source).run());
    SqliteStatement event(m_db,
                          "INSERT INTO events (id, date, label_en, label_zh, source_id) VALUES (?1, ?2, ?3, ?4, ?5)");
    for (const Event &e : bundled.events)
        CAPEX_TRY(event.bind(1, e.id).bind(2, e.date).bind(3, e.labelEn).bind(4, e.labelZh).bind(5, e.source).run());
    SqliteStatement curve(m_db, "INSERT INTO cost_curves (id, name_en, name_zh, annual_decline, source_id, note_en, "
                                "note_zh) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    for (const CostCurve &c : bundled.costCurves)
        CAPEX_TRY(curve.bind(1, c.id)
                      .bind(2, c.nameEn)
                      .bind(3, c.nameZh)
                      .bind(4, c.annualDecline)
                      .bind(5, c.source)
                      .bind(6, c.noteEn)
                      .bind(7, c.noteZh)
                      .run());

    SqliteStatement meta(m_db, "INSERT INTO meta (key, value) VALUES (?1, ?2) "
                               "ON CONFLICT(key) DO UPDATE SET value = ?2");
    CAPEX_TRY(meta.bind(1, "dataset_version").bind(2, std::to_string(bundled.version)).run());
    CAPEX_TRY(meta.bind(1, "dataset_released").bind(2, bundled.released).run());
    CAPEX_TRY(transaction.commit());
    return report;
}

namespace {

/// The stored observations' identities by hash, for an import to match its rows with:
/// 16 bytes a stored row, where loading the records took a few hundred (a store of a
/// million rows held them all in memory during the write). A record is read only when a
/// row's hash matches it.
class StoredIdentities
{
public:
    static Result<StoredIdentities> read(sqlite3 *db)
    {
        StoredIdentities identities(db);
        SqliteStatement q(db, "SELECT id, entity_id, metric_id, period, kind, source_id, note_en FROM observations");
        while (q.step()) {
            const Period period = Period::parse(q.textView(3)).value_or(Period{});
            const Kind kind = parseKind(q.textView(4)).value_or(Kind::Fact);
            identities.m_byHash.push_back({observationIdentityHash(q.textView(1), q.textView(2), period, kind,
                                                                   q.textView(5), q.textView(6)),
                                           q.integer(0)});
        }
        if (q.failed())
            return q.error();
        std::sort(identities.m_byHash.begin(), identities.m_byHash.end());
        return identities;
    }

    std::size_t size() const { return m_byHash.size(); }

    /// The stored record with the row's identity, the oldest of several; none if no record has it.
    /// A keyed row's is the record with its uid.
    Result<std::optional<Observation>> find(const ImportPlan &plan, const PlannedObservation &row)
    {
        if (row.uid != 0) {
            m_byUid->bindStatic(1, plan.text[row.uid]);
            std::optional<Observation> o;
            if (m_byUid->step())
                o = readObservation(*m_byUid);
            if (m_byUid->failed())
                return m_byUid->error();
            m_byUid->reset();
            return o;
        }
        const std::uint64_t hash = plan.identityHash(row);
        auto it = std::lower_bound(m_byHash.begin(), m_byHash.end(), Entry{hash, 0});
        for (; it != m_byHash.end() && it->hash == hash; ++it) { // by id: oldest first
            m_record->bind(1, it->id);
            std::optional<Observation> o;
            if (m_record->step())
                o = readObservation(*m_record);
            if (m_record->failed())
                return m_record->error();
            m_record->reset(); // a statement left open would lock the schema for the index rebuild
            if (o && plan.sameIdentity(row, *o))
                return o;
        }
        return std::optional<Observation>();
    }

private:
    struct Entry
    {
        std::uint64_t hash = 0;
        std::int64_t id = 0;
        auto operator<=>(const Entry &) const = default;
    };

    explicit StoredIdentities(sqlite3 *db)
        : m_record(std::make_unique<SqliteStatement>(db, std::string("SELECT ") + observationColumns
                                                              + " FROM observations WHERE id = ?1"))
        , m_byUid(std::make_unique<SqliteStatement>(db, std::string("SELECT ") + observationColumns
                                                             + " FROM observations WHERE uid = ?1"))
    {
    }

    std::vector<Entry> m_byHash; ///< sorted: by hash, then id
    std::unique_ptr<SqliteStatement> m_record;
    std::unique_ptr<SqliteStatement> m_byUid;
};

/// Whether every entity, metric and source the plan's rows cite is stored: the first row
/// (in file order) that cites a missing one is refused with its line and field, as the plan
/// refuses an unknown id. Each distinct id of a plan is looked up once.
class ImportReferences
{
public:
    explicit ImportReferences(sqlite3 *db)
        : m_references {{
            {&PlannedObservation::entity, "entity",
                std::make_unique<SqliteStatement>(db, "SELECT 1 FROM entities WHERE id = ?1")},
            {&PlannedObservation::metric, "metric",
                std::make_unique<SqliteStatement>(db, "SELECT 1 FROM metrics WHERE id = ?1")},
            {&PlannedObservation::source, "source_id",
                std::make_unique<SqliteStatement>(db, "SELECT 1 FROM sources WHERE id = ?1")},
        }}
    { }

    /// Checks the plan's rows (its new sources must be written already).
    Status check(const ImportPlan &plan)
    {
        m_known.assign(m_known.size(), 0); // ids are the plan's own
        for (const PlannedObservation &row : plan.rows) {
            for (Reference &reference : m_references) {
                const PlanText::Id id = row.*reference.member;
                if (id >= m_known.size())
                    m_known.resize(std::max<std::size_t>(id + 1, m_known.size() * 2), 0);
                if (m_known[id] == 0) {
                    auto stored = isStored(*reference.query, plan.text[id]);
                    if (!stored.ok())
                        return stored.error();
                    m_known[id] = stored.value() ? 1 : 2;
                }
                if (m_known[id] == 2)
                    return Error{ErrorCode::UnknownReference, plan.file, row.line, 0, reference.field,
                                 std::string(plan.text[id])};
            }
        }
        return {};
    }

private:
    static Result<bool> isStored(SqliteStatement &query, std::string_view id)
    {
        query.reset();
        query.bindStatic(1, id);
        const bool stored = query.step();
        if (query.failed())
            return query.error();
        query.reset();
        return stored;
    }

    struct Reference
    {
        PlanText::Id PlannedObservation::*member;
        const char *field;
        std::unique_ptr<SqliteStatement> query;
    };
    std::array<Reference, 3> m_references;
    std::vector<std::uint8_t> m_known; ///< per text id: 0 not yet looked up, 1 stored, 2 missing
};

} // namespace

/// Everything an ImportWriter holds between calls. Members are destroyed in reverse order:
/// the statements first, then the transaction (rolled back unless committed), then the
/// foreign-key guard, which must outlive the transaction.
struct ImportWriter::State
{
    explicit State(Database &db) : db(db), handle(db.handle()) {}

    /// SQLite's own foreign-key checks cost three index lookups per written row. The ids a
    /// plan cites are few: ImportReferences checks each once, under the write lock, and the
    /// rows are written with the checks off. The setting cannot change inside a transaction,
    /// so it is turned off before BEGIN and back on after COMMIT or ROLLBACK. Observations'
    /// foreign keys are entity_id, metric_id and source_id (a test holds the schema to
    /// that); sources and the history cite nothing.
    struct ForeignKeysBack
    {
        Database *db = nullptr;
        ~ForeignKeysBack()
        {
            if (db)
                (void)db->execute("PRAGMA foreign_keys = ON");
        }
    };

    Database &db;
    sqlite3 *handle;
    ForeignKeysBack foreignKeysBack;
    std::optional<Transaction> transaction;
    bool committed = false;
    std::filesystem::path backup;
    std::string now;
    ImportProgress progress;
    std::size_t expectedRows = 0;
    std::size_t rowsDone = 0;
    ImportOutcome outcome;
    std::string seriesIndex; ///< the definition of the dropped series index; empty: not dropped
    std::optional<StoredIdentities> stored;
    std::optional<ImportReferences> references;
    std::unique_ptr<SqliteStatement> entity, source, insertOne, insertBatch, insertKeyed, update, history;
    std::array<std::string, batchRows> periods; ///< a batch's period texts, bound without a copy
    std::vector<std::size_t> pending;           ///< rows of the plan being written to add in the next batch

    Status writeSources(const ImportPlan &plan);
    Status writeRow(const ImportPlan &plan, std::size_t index);
    void bindAdded(SqliteStatement &q, int first, const ImportPlan &plan, const PlannedObservation &row,
                   std::string &period);
    Status insertPending(const ImportPlan &plan);
};

ImportWriter::ImportWriter(std::unique_ptr<State> state) : m_state(std::move(state)) {}

ImportWriter::~ImportWriter()
{
    if (!m_state || m_state->committed)
        return;
    const std::filesystem::path backup = m_state->backup;
    m_state.reset(); // rolls back
    // The store is as it was: so are its backups (they were not pruned for this one).
    std::error_code ignored;
    std::filesystem::remove(backup, ignored);
}

Result<std::unique_ptr<ImportWriter>> Database::beginImport(std::size_t expectedRows, std::size_t expectedAdds,
                                                           const ImportProgress &progress)
{
    CAPEX_TRY(writable());
    auto state = std::make_unique<ImportWriter::State>(*this);
    // Every backup is kept until the import commits: a rolled-back one removes its own and
    // leaves the folder as it was.
    auto copy = DatabaseBackup::create(m_db, m_path, std::numeric_limits<int>::max());
    if (!copy.ok())
        return copy.error();
    state->backup = copy.value();
    state->outcome.backup = copy.value();
    auto writer = std::unique_ptr<ImportWriter>(new ImportWriter(std::move(state)));
    ImportWriter::State &s = *writer->m_state;

    CAPEX_TRY(execute("PRAGMA foreign_keys = OFF"));
    s.foreignKeysBack.db = this;
    s.transaction.emplace(*this);
    CAPEX_TRY(s.transaction->begun());
    s.now = nowIso();
    s.progress = progress;
    s.expectedRows = expectedRows;

    // Matched again under the write lock: the plan saw a snapshot, another instance may
    // have written since.
    auto stored = StoredIdentities::read(m_db);
    if (!stored.ok())
        return stored.error();
    s.stored.emplace(std::move(stored).value());
    s.references.emplace(m_db);

    // A large import drops the series index and builds it again afterwards, in the same
    // transaction: one sort instead of a B-tree insert at a random place per row, several
    // times faster from tens of thousands of rows on. The definition is the schema's own.
    if (expectedAdds >= static_cast<std::size_t>(bulkImportRows) && expectedAdds * 4 >= s.stored->size()) {
        SqliteStatement q(m_db, "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = 'observations_by_series'");
        if (q.step())
            s.seriesIndex = q.text(0);
        if (q.failed())
            return q.error();
        q.reset(); // a running statement would lock the schema
        if (!s.seriesIndex.empty())
            CAPEX_TRY(execute("DROP INDEX observations_by_series"));
    }

    // New rows go in `batchRows` to a statement: per statement, SQLite opens its cursors,
    // checks the foreign keys' tables and resets, which cost as much as the insert itself.
    s.source = std::make_unique<SqliteStatement>(
        m_db, "INSERT INTO sources (id, publisher, title, url, published, language, is_seed, "
              "user_entered) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0, 1) ON CONFLICT(id) DO NOTHING");
    s.entity = std::make_unique<SqliteStatement>(
        m_db, "INSERT INTO entities (id, type, name_en, name_zh, user_entered) VALUES (?1, ?2, ?3, ?4, 1) "
              "ON CONFLICT(id) DO NOTHING");
    s.insertKeyed = std::make_unique<SqliteStatement>(m_db, insertObservationSql);
    s.insertOne = std::make_unique<SqliteStatement>(m_db, importInsertSql(1));
    s.insertBatch = std::make_unique<SqliteStatement>(m_db, importInsertSql(batchRows));
    s.insertOne->bindStatic(1, s.now);
    s.insertBatch->bindStatic(1, s.now);
    s.update = std::make_unique<SqliteStatement>(m_db, std::string(updateObservationSql)
                                                           + ", user_entered = 1 WHERE id = ?1");
    s.history = std::make_unique<SqliteStatement>(m_db, insertHistorySql);
    s.pending.reserve(batchRows);
    return writer;
}

Status ImportWriter::State::writeSources(const ImportPlan &plan)
{
    for (const Entity &e : plan.newEntities) {
        CAPEX_TRY(entity->bind(1, e.id).bind(2, e.type).bind(3, e.nameEn).bind(4, e.nameZh).run());
        outcome.entitiesAdded += sqlite3_changes(handle) > 0 ? 1 : 0;
    }
    for (const Source &s : plan.newSources) {
        CAPEX_TRY(source->bind(1, s.id)
                      .bind(2, s.publisher)
                      .bind(3, s.title)
                      .bindOptional(4, s.url)
                      .bindOptional(5, s.date)
                      .bind(6, s.language)
                      .run());
        outcome.sourcesAdded += sqlite3_changes(handle) > 0 ? 1 : 0;
    }
    return {};
}

/// Binds an added row's 18 values from `first` on (see importInsertSql()). The text is
/// bound without a copy: the plan outlives the statement's run (see write()).
void ImportWriter::State::bindAdded(SqliteStatement &q, int first, const ImportPlan &plan,
                                    const PlannedObservation &row, std::string &period)
{
    const PlanText &text = plan.text;
    period = row.period.toString();
    const PeriodColumns columns = periodColumns(row.period);
    q.bindStatic(first, text[row.entity])
        .bindStatic(first + 1, text[row.metric])
        .bindStatic(first + 2, period)
        .bind(first + 3, static_cast<int>(row.period.type))
        .bind(first + 4, columns.year)
        .bind(first + 5, columns.month)
        .bind(first + 6, columns.day)
        .bind(first + 7, row.value)
        .bind(first + 8, row.low)
        .bind(first + 9, row.high)
        .bindStatic(first + 10, text[row.unit])
        .bindStaticOptional(first + 11, text[row.currency])
        .bindStatic(first + 12, kindName(row.kind))
        .bindStatic(first + 13, gradeName(row.grade))
        .bindStatic(first + 14, text[row.source])
        .bindStaticOptional(first + 15, text[row.asOf])
        .bindStatic(first + 16, text[row.noteEn])
        .bindStatic(first + 17, text[row.noteZh]);
}

/// Inserts the pending rows: a full batch with one statement, fewer one by one. Every
/// value but ?1 (the time) is bound again before each run, so the bindings are kept.
Status ImportWriter::State::insertPending(const ImportPlan &plan)
{
    if (pending.size() == batchRows) {
        {
            const SqliteConnectionLock lock(handle);
            for (std::size_t b = 0; b < batchRows; ++b)
                bindAdded(*insertBatch, 2 + static_cast<int>(b) * importedValues, plan, plan.rows[pending[b]],
                          periods[b]);
        }
        CAPEX_TRY(insertBatch->runKeepingBindings());
    } else {
        for (std::size_t index : pending) {
            bindAdded(*insertOne, 2, plan, plan.rows[index], periods[0]);
            CAPEX_TRY(insertOne->runKeepingBindings());
        }
    }
    pending.clear();
    return {};
}

Status ImportWriter::State::writeRow(const ImportPlan &plan, std::size_t index)
{
    const PlannedObservation &row = plan.rows[index];
    auto found = stored->find(plan, row);
    if (!found.ok())
        return found.error();
    const std::optional<Observation> &match = found.value();
    if (!match && row.uid != 0) { // keyed rows one by one, with their uid
        const Observation o = plan.observation(row);
        insertKeyed->bind(1, o.uid);
        bindObservation(*insertKeyed, 2, o);
        insertKeyed->bind(20, true).bind(21, now);
        CAPEX_TRY(insertKeyed->run());
        ++outcome.added;
    } else if (!match) {
        pending.push_back(index);
        if (pending.size() == batchRows)
            CAPEX_TRY(insertPending(plan));
        ++outcome.added;
    } else if (plan.sameContent(row, *match)) {
        ++outcome.unchanged;
    } else {
        CAPEX_TRY(recordHistory(*history, *match, now, "user", "update"));
        const Observation o = plan.observation(row);
        update->bind(1, match->rowId);
        bindObservation(*update, 2, o);
        update->bind(20, now);
        CAPEX_TRY(update->run());
        ++outcome.updated;
    }
    ++rowsDone;
    if (progress && (rowsDone % 1000 == 0 || rowsDone == expectedRows))
        progress(rowsDone, expectedRows);
    return {};
}

Status ImportWriter::write(const ImportPlan &plan)
{
    State &s = *m_state;
    CAPEX_TRY(s.writeSources(plan));
    CAPEX_TRY(s.references->check(plan));
    for (std::size_t i = 0; i < plan.rows.size(); ++i)
        CAPEX_TRY(s.writeRow(plan, i));
    // The rows short of a batch go in now, one by one: nothing of the plan is held after.
    return s.insertPending(plan);
}

Result<ImportOutcome> ImportWriter::commit()
{
    State &s = *m_state;
    if (!s.seriesIndex.empty())
        CAPEX_TRY(s.db.buildIndex(s.seriesIndex));
    CAPEX_TRY(s.transaction->commit());
    s.committed = true;
    s.stored.reset();
    (void)DatabaseBackup::prune(s.db.path(), DatabaseBackup::defaultKeep);
    return s.outcome;
}

Result<ImportOutcome> Database::applyImport(const ImportPlan &plan, const ImportProgress &progress)
{
    CAPEX_TRY(writable());
    if (!plan.acceptable())
        return Error{ErrorCode::ImportRejected, plan.file, 0, 0, {}, std::to_string(plan.rejected.size())};
    auto writer = beginImport(plan.rows.size(), static_cast<std::size_t>(plan.count(ImportAction::Add)), progress);
    if (!writer.ok())
        return writer.error();
    CAPEX_TRY(writer.value()->write(plan));
    return writer.value()->commit();
}

Status Database::buildIndex(const std::string &definition)
{
    // SQLite sorts the keys in runs of the cache's size, each on a helper thread while the
    // table is read on, then merges them: runs of 8 MB instead of one of 64 MB let the
    // second core sort (a million rows: 0.67-0.77 s instead of 0.99-1.11 s; two helpers
    // were no faster on two cores). The connection's settings come back whatever happens.
    CAPEX_TRY(execute("PRAGMA threads = 1; PRAGMA cache_size = -8192"));
    const Status built = execute(definition.c_str());
    CAPEX_TRY(execute(("PRAGMA threads = 0; PRAGMA cache_size = -" + std::to_string(pageCacheKiB)).c_str()));
    return built;
}

Result<std::int64_t> Database::addUserObservation(const Observation &o)
{
    SqliteStatement insert(m_db, insertObservationSql);
    insert.bindNull(1);
    bindObservation(insert, 2, o);
    insert.bind(20, true).bind(21, nowIso());
    if (Status status = insert.run(); !status)
        return status.error();
    return static_cast<std::int64_t>(sqlite3_last_insert_rowid(m_db));
}

Status Database::writable() const
{
    if (!m_readOnly)
        return {};
    return Error {m_newerSchema ? ErrorCode::SchemaTooNew : ErrorCode::DatabaseQuery, m_path.string(), 0, 0, {},
        m_newerSchema ? std::to_string(userVersion()) : std::string("read-only")};
}

namespace {

Error notFound(const char *what, const std::string &id)
{
    return Error {ErrorCode::RecordNotFound, {}, 0, 0, what, id};
}

/// The stored record `rowId`, or RecordNotFound.
Result<Observation> storedObservation(sqlite3 *db, std::int64_t rowId)
{
    SqliteStatement q(db, std::string("SELECT ") + observationColumns + " FROM observations WHERE id = ?1");
    q.bind(1, rowId);
    if (q.step())
        return readObservation(q);
    if (q.failed())
        return q.error();
    return notFound("observation", std::to_string(rowId));
}

Status writeVia(sqlite3 *db, const Source &s)
{
    SqliteStatement clear(db, "DELETE FROM source_via WHERE source_id = ?1");
    CAPEX_TRY(clear.bind(1, s.id).run());
    SqliteStatement via(db, "INSERT INTO source_via (source_id, seed_id, position) VALUES (?1, ?2, ?3)");
    for (std::size_t i = 0; i < s.via.size(); ++i)
        CAPEX_TRY(via.bind(1, s.id).bind(2, s.via[i]).bind(3, static_cast<int>(i)).run());
    return {};
}

bool exists(sqlite3 *db, const char *sql, const std::string &id)
{
    SqliteStatement q(db, sql);
    q.bind(1, id);
    return q.step();
}

} // namespace

Result<std::int64_t> Database::addObservation(const Observation &o)
{
    CAPEX_TRY(writable());
    Transaction transaction(*this);
    CAPEX_TRY(transaction.begun());
    std::int64_t id = o.rowId;
    if (id == 0) {
        // Past every id a history entry names, so that no old history attaches to this record.
        SqliteStatement next(m_db,
            "SELECT max(ifnull((SELECT max(id) FROM observations), 0), "
            "ifnull((SELECT max(observation_id) FROM observation_history), 0)) + 1");
        if (!next.step())
            return next.error();
        id = next.integer(0);
    }
    SqliteStatement insert(m_db, insertObservationWithIdSql);
    insert.bindNull(1);
    bindObservation(insert, 2, o);
    insert.bind(20, true).bind(21, nowIso()).bind(22, id);
    CAPEX_TRY(insert.run());
    CAPEX_TRY(transaction.commit());
    return id;
}

Status Database::discardObservation(std::int64_t rowId)
{
    CAPEX_TRY(writable());
    Transaction transaction(*this);
    CAPEX_TRY(transaction.begun());
    SqliteStatement remove(m_db, "DELETE FROM observations WHERE id = ?1");
    CAPEX_TRY(remove.bind(1, rowId).run());
    if (sqlite3_changes(m_db) == 0)
        return notFound("observation", std::to_string(rowId));
    SqliteStatement history(m_db, "DELETE FROM observation_history WHERE observation_id = ?1");
    CAPEX_TRY(history.bind(1, rowId).run());
    return transaction.commit();
}

Result<std::int64_t> Database::updateObservation(const Observation &changed)
{
    CAPEX_TRY(writable());
    Transaction transaction(*this);
    CAPEX_TRY(transaction.begun());
    auto old = storedObservation(m_db, changed.rowId);
    if (!old.ok())
        return old.error();
    if (sameContent(old.value(), changed) && old->userEntered)
        return std::int64_t {0};
    const std::string now = nowIso();
    SqliteStatement history(m_db, insertHistorySql);
    CAPEX_TRY(recordHistory(history, old.value(), now, "user", "update"));
    const auto historyId = static_cast<std::int64_t>(sqlite3_last_insert_rowid(m_db));
    SqliteStatement update(m_db, std::string(updateObservationSql) + ", user_entered = 1 WHERE id = ?1");
    update.bind(1, changed.rowId);
    bindObservation(update, 2, changed);
    update.bind(20, now);
    CAPEX_TRY(update.run());
    CAPEX_TRY(transaction.commit());
    return historyId;
}

Result<std::int64_t> Database::deleteObservation(std::int64_t rowId)
{
    CAPEX_TRY(writable());
    Transaction transaction(*this);
    CAPEX_TRY(transaction.begun());
    auto old = storedObservation(m_db, rowId);
    if (!old.ok())
        return old.error();
    SqliteStatement history(m_db, insertHistorySql);
    CAPEX_TRY(recordHistory(history, old.value(), nowIso(), "user", "delete"));
    const auto historyId = static_cast<std::int64_t>(sqlite3_last_insert_rowid(m_db));
    SqliteStatement remove(m_db, "DELETE FROM observations WHERE id = ?1");
    CAPEX_TRY(remove.bind(1, rowId).run());
    CAPEX_TRY(transaction.commit());
    return historyId;
}

Status Database::restoreObservation(const Observation &old, std::int64_t historyId)
{
    CAPEX_TRY(writable());
    Transaction transaction(*this);
    CAPEX_TRY(transaction.begun());
    const std::string now = nowIso();
    SqliteStatement present(m_db, "SELECT 1 FROM observations WHERE id = ?1");
    present.bind(1, old.rowId);
    if (present.step()) {
        SqliteStatement update(
            m_db, std::string(updateObservationSql) + ", user_entered = ?21, uid = ?22 WHERE id = ?1");
        update.bind(1, old.rowId);
        bindObservation(update, 2, old);
        update.bind(20, now).bind(21, old.userEntered).bindOptional(22, old.uid);
        CAPEX_TRY(update.run());
    } else {
        if (present.failed())
            return present.error();
        SqliteStatement insert(m_db, insertObservationWithIdSql);
        insert.bindOptional(1, old.uid);
        bindObservation(insert, 2, old);
        insert.bind(20, old.userEntered).bind(21, now).bind(22, old.rowId);
        CAPEX_TRY(insert.run());
    }
    if (historyId != 0) {
        SqliteStatement forget(m_db, "DELETE FROM observation_history WHERE id = ?1");
        CAPEX_TRY(forget.bind(1, historyId).run());
    }
    return transaction.commit();
}

Result<std::vector<ObservationChange>> Database::observationHistory(std::int64_t rowId, const std::string &uid) const
{
    SqliteStatement q(m_db,
        "SELECT id, observation_id, observation_uid, changed_at, changed_by, change, old_value, "
        "old_low, old_high, old_as_of, old_source_id FROM observation_history "
        "WHERE observation_id = ?1 OR (?2 IS NOT NULL AND observation_uid = ?2) "
        "ORDER BY changed_at, id");
    q.bind(1, rowId).bindOptional(2, uid);
    std::vector<ObservationChange> changes;
    while (q.step()) {
        ObservationChange c;
        c.id = q.integer(0);
        c.observationId = q.integer(1);
        c.observationUid = q.text(2);
        c.changedAt = q.text(3);
        c.changedBy = q.text(4) == "bundled" ? ObservationChange::By::Bundled : ObservationChange::By::User;
        c.change = q.text(5) == "delete" ? ObservationChange::What::Delete : ObservationChange::What::Update;
        c.oldValue = q.optionalReal(6);
        c.oldLow = q.optionalReal(7);
        c.oldHigh = q.optionalReal(8);
        c.oldAsOf = q.text(9);
        c.oldSource = q.text(10);
        changes.push_back(std::move(c));
    }
    if (q.failed())
        return q.error();
    return changes;
}

Result<std::string> Database::addSource(const Source &given)
{
    CAPEX_TRY(writable());
    Transaction transaction(*this);
    CAPEX_TRY(transaction.begun());
    Source s = given;
    const char *taken = "SELECT 1 FROM sources WHERE id = ?1";
    if (s.id.empty()) {
        for (int n = 1; s.id.empty() || exists(m_db, taken, s.id); ++n)
            s.id = "user_source_" + std::to_string(n);
    } else if (exists(m_db, taken, s.id)) {
        return Error {ErrorCode::DuplicateId, {}, 0, 0, "source", s.id};
    }
    SqliteStatement insert(m_db,
        "INSERT INTO sources (id, publisher, title, url, published, language, is_seed, "
        "user_entered) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0, 1)");
    CAPEX_TRY(insert.bind(1, s.id)
                  .bind(2, s.publisher)
                  .bind(3, s.title)
                  .bindOptional(4, s.url)
                  .bindOptional(5, s.date)
                  .bind(6, s.language)
                  .run());
    CAPEX_TRY(writeVia(m_db, s));
    CAPEX_TRY(transaction.commit());
    return s.id;
}

Status Database::updateSource(const Source &s)
{
    CAPEX_TRY(writable());
    Transaction transaction(*this);
    CAPEX_TRY(transaction.begun());
    SqliteStatement update(m_db,
        "UPDATE sources SET publisher = ?2, title = ?3, url = ?4, published = ?5, "
        "language = ?6, user_entered = 1 WHERE id = ?1");
    CAPEX_TRY(update.bind(1, s.id)
                  .bind(2, s.publisher)
                  .bind(3, s.title)
                  .bindOptional(4, s.url)
                  .bindOptional(5, s.date)
                  .bind(6, s.language)
                  .run());
    if (sqlite3_changes(m_db) == 0)
        return notFound("source", s.id);
    CAPEX_TRY(writeVia(m_db, s));
    return transaction.commit();
}

Status Database::deleteSource(const std::string &id)
{
    CAPEX_TRY(writable());
    Transaction transaction(*this);
    CAPEX_TRY(transaction.begun());
    SqliteStatement citations(m_db,
        "SELECT (SELECT count(*) FROM observations WHERE source_id = ?1) "
        "+ (SELECT count(*) FROM fx_rates WHERE source_id = ?1) "
        "+ (SELECT count(*) FROM events WHERE source_id = ?1) "
        "+ (SELECT count(*) FROM cost_curves WHERE source_id = ?1) "
        "+ (SELECT count(*) FROM source_via WHERE seed_id = ?1)");
    citations.bind(1, id);
    if (!citations.step())
        return citations.error();
    if (const std::int64_t n = citations.integer(0); n > 0)
        return Error {ErrorCode::StillReferenced, {}, 0, 0, "source", std::to_string(n)};
    SqliteStatement remove(m_db, "DELETE FROM sources WHERE id = ?1");
    CAPEX_TRY(remove.bind(1, id).run());
    if (sqlite3_changes(m_db) == 0)
        return notFound("source", id);
    return transaction.commit();
}

Status Database::restoreSource(const Source &s)
{
    CAPEX_TRY(writable());
    Transaction transaction(*this);
    CAPEX_TRY(transaction.begun());
    SqliteStatement upsert(m_db,
        "INSERT INTO sources (id, publisher, title, url, published, language, is_seed, "
        "user_entered) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT(id) DO UPDATE SET "
        "publisher = ?2, title = ?3, url = ?4, published = ?5, language = ?6, is_seed = ?7, "
        "user_entered = ?8");
    CAPEX_TRY(upsert.bind(1, s.id)
                  .bind(2, s.publisher)
                  .bind(3, s.title)
                  .bindOptional(4, s.url)
                  .bindOptional(5, s.date)
                  .bind(6, s.language)
                  .bind(7, s.seed)
                  .bind(8, s.userEntered)
                  .run());
    CAPEX_TRY(writeVia(m_db, s));
    return transaction.commit();
}

Status Database::addEntity(const Entity &e)
{
    CAPEX_TRY(writable());
    Transaction transaction(*this);
    CAPEX_TRY(transaction.begun());
    if (exists(m_db, "SELECT 1 FROM entities WHERE id = ?1", e.id))
        return Error {ErrorCode::DuplicateId, {}, 0, 0, "entity", e.id};
    SqliteStatement insert(m_db,
        "INSERT INTO entities (id, type, name_en, name_zh, user_entered) "
        "VALUES (?1, ?2, ?3, ?4, 1)");
    CAPEX_TRY(insert.bind(1, e.id).bind(2, e.type).bind(3, e.nameEn).bind(4, e.nameZh).run());
    return transaction.commit();
}

Status Database::addMetric(const Metric &m)
{
    CAPEX_TRY(writable());
    Transaction transaction(*this);
    CAPEX_TRY(transaction.begun());
    if (exists(m_db, "SELECT 1 FROM metrics WHERE id = ?1", m.id))
        return Error {ErrorCode::DuplicateId, {}, 0, 0, "metric", m.id};
    SqliteStatement insert(m_db,
        "INSERT INTO metrics (id, name_en, name_zh, unit, user_entered) "
        "VALUES (?1, ?2, ?3, ?4, 1)");
    CAPEX_TRY(insert.bind(1, m.id).bind(2, m.nameEn).bind(3, m.nameZh).bind(4, m.unit).run());
    return transaction.commit();
}

Result<Dataset> Database::snapshot() const
{
    Dataset d;
    // One read transaction, so that the snapshot is consistent even with a writer.
    SqliteStatement begin(m_db, "BEGIN");
    (void)begin.run();
    struct EndRead
    {
        sqlite3 *db;
        ~EndRead() { sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr); }
    } endRead{m_db};

    SqliteStatement meta(m_db, "SELECT key, value FROM meta");
    while (meta.step()) {
        if (meta.text(0) == "dataset_version")
            d.version = std::stoi(meta.text(1));
        else if (meta.text(0) == "dataset_released")
            d.released = meta.text(1);
    }
    SqliteStatement entities(m_db, "SELECT id, type, name_en, name_zh, user_entered FROM entities ORDER BY id");
    while (entities.step())
        d.entities.push_back({entities.text(0), entities.text(1), entities.text(2), entities.text(3),
                              entities.integer(4) != 0});
    SqliteStatement metrics(m_db, "SELECT id, name_en, name_zh, unit, user_entered FROM metrics ORDER BY id");
    while (metrics.step())
        d.metrics.push_back(
            {metrics.text(0), metrics.text(1), metrics.text(2), metrics.text(3), metrics.integer(4) != 0});
    SqliteStatement sources(m_db, "SELECT id, publisher, title, url, published, language, is_seed, user_entered "
                                  "FROM sources ORDER BY id");
    while (sources.step())
        d.sources.push_back({sources.text(0), sources.text(1), sources.text(2), sources.text(3), sources.text(4),
                             sources.text(5), sources.integer(6) != 0, {}, sources.integer(7) != 0});
    SqliteStatement via(m_db, "SELECT source_id, seed_id FROM source_via ORDER BY source_id, position");
    while (via.step())
        for (Source &s : d.sources)
            if (s.id == via.text(0))
                s.via.push_back(via.text(1));
    // Reserved first: a vector grown by doubling holds its old and new arrays at once, a
    // third more memory at its peak for a store of a million figures.
    SqliteStatement count(m_db, "SELECT count(*) FROM observations");
    if (count.step())
        d.observations.reserve(static_cast<std::size_t>(count.integer(0)));
    // Read in the table's order and put in the series' order here (entity, metric, the period's
    // columns, id). Asked for in that order, SQLite walked the series index and fetched a
    // table page for every row: on a million figures 11 s, mostly copying pages its cache
    // had let go, against 2 s for the table in its own order and the sort below.
    SqliteStatement observations(m_db, std::string("SELECT ") + observationColumns
                                           + ", period_year, period_month, period_day FROM observations");
    std::vector<PeriodColumns> periods;
    periods.reserve(d.observations.capacity());
    while (observations.step()) {
        d.observations.push_back(readObservation(observations));
        periods.push_back({static_cast<int>(observations.integer(17)), static_cast<int>(observations.integer(18)),
                           static_cast<int>(observations.integer(19))});
    }
    if (observations.failed())
        return observations.error();
    sortIntoSeriesOrder(d.observations, periods);
    SqliteStatement fx(m_db, "SELECT year, currency, per_usd, source_id FROM fx_rates ORDER BY currency, year");
    while (fx.step())
        d.fxRates.push_back({static_cast<int>(fx.integer(0)), fx.text(1), fx.real(2), fx.text(3)});
    SqliteStatement events(m_db, "SELECT id, date, label_en, label_zh, source_id FROM events ORDER BY date");
    while (events.step())
        d.events.push_back({events.text(0), events.text(1), events.text(2), events.text(3), events.text(4)});
    SqliteStatement curves(m_db, "SELECT id, name_en, name_zh, annual_decline, source_id, note_en, note_zh "
                                 "FROM cost_curves ORDER BY annual_decline IS NULL, annual_decline");
    while (curves.step())
        d.costCurves.push_back({curves.text(0), curves.text(1), curves.text(2), curves.optionalReal(3),
                                curves.text(4), curves.text(5), curves.text(6)});
    if (curves.failed())
        return curves.error();
    d.buildIndex();
    return d;
}

std::filesystem::path resolveDatabasePath(const char *commandLinePath, const char *envDatabase,
                                          const char *xdgDataHome, const char *home)
{
    auto set = [](const char *value) { return value && *value; };
    if (set(commandLinePath))
        return commandLinePath;
    if (set(envDatabase))
        return envDatabase;
    std::filesystem::path base;
    if (set(xdgDataHome))
        base = xdgDataHome;
    else if (set(home))
        base = std::filesystem::path(home) / ".local" / "share";
    else
        base = std::filesystem::current_path();
    return base / "CapexLens" / "capexlens.db";
}

} // namespace capex

#include "database.h"
#include "sqlitestatement.h"
#include "testdataset.h"

#include <sqlite3.h>

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

using namespace capex;
namespace fs = std::filesystem;

namespace {

class DatabaseTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_dir = fs::temp_directory_path()
            / ("capexlens-dbtest-" + std::to_string(::getpid()) + '-'
               + ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(m_dir);
        fs::create_directories(m_dir);
    }
    void TearDown() override { fs::remove_all(m_dir); }

    fs::path dbPath() const { return m_dir / "capexlens.db"; }

    std::unique_ptr<Database> openDb()
    {
        auto db = Database::open(dbPath());
        EXPECT_TRUE(db.ok()) << (db.ok() ? "" : describe(db.error()));
        return db.ok() ? std::move(db).value() : nullptr;
    }

    static std::int64_t count(Database &db, const char *sqlCount)
    {
        SqliteStatement q(db.handle(), sqlCount);
        return q.step() ? q.integer(0) : -1;
    }

    /// SQL that adds `rows` random 12,000-byte blobs to the table `scratch`.
    static std::string scratchRows(int rows)
    {
        return "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " + std::to_string(rows)
            + ") INSERT INTO scratch SELECT randomblob(12000) FROM n";
    }

    /// Every row of `sql`'s result, one line each, columns as text ("NULL" for NULL).
    static std::string rows(Database &db, const char *sql)
    {
        sqlite3_stmt *q = nullptr;
        if (sqlite3_prepare_v2(db.handle(), sql, -1, &q, nullptr) != SQLITE_OK)
            return std::string("cannot run ") + sql;
        std::string all;
        while (sqlite3_step(q) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(q); ++c) {
                const unsigned char *text = sqlite3_column_text(q, c);
                all += text ? reinterpret_cast<const char *>(text) : "NULL";
                all += '|';
            }
            all += '\n';
        }
        sqlite3_finalize(q);
        return all;
    }

    /// Inserts an observation that is valid in a store holding the tiny dataset but for
    /// the given uid (NULL for nullptr), kind and grade.
    static Status insertWith(Database &db, const char *uid, const char *kind, const char *grade)
    {
        SqliteStatement insert(db.handle(),
            "INSERT INTO observations (uid, entity_id, metric_id, period, period_type, period_year, "
            "period_month, period_day, value, unit, kind, grade, source_id) VALUES (?1, 'meta', "
            "'capex', '2027', 0, 2027, 0, 0, 1.0, 'USD', ?2, ?3, 'meta_q4')");
        insert.bindOptional(1, uid ? uid : "").bind(2, kind).bind(3, grade);
        return insert.run();
    }

    fs::path m_dir;
};

Dataset version2()
{
    Dataset d = capex::testing::tinyDataset();
    d.version = 2;
    d.observations[0].value = 72.5e9;                                   // restated
    d.observations.erase(d.observations.begin() + 2);                   // withdrawn
    Observation added = d.observations[0];
    added.uid = "meta.capex.2024";
    added.period = Period::calendarYear(2024);
    added.value = 39.23e9;
    d.observations.push_back(added);
    return d;
}

} // namespace

TEST_F(DatabaseTest, NewDatabaseHasCurrentSchemaWalAndForeignKeys)
{
    auto db = openDb();
    ASSERT_TRUE(db);
    EXPECT_EQ(db->userVersion(), Database::schemaVersion);
    SqliteStatement journal(db->handle(), "PRAGMA journal_mode");
    ASSERT_TRUE(journal.step());
    EXPECT_EQ(journal.text(0), "wal");
    SqliteStatement fk(db->handle(), "PRAGMA foreign_keys");
    ASSERT_TRUE(fk.step());
    EXPECT_EQ(fk.integer(0), 1);
}

TEST_F(DatabaseTest, NewDatabaseHas16KiBPages)
{
    auto db = openDb();
    ASSERT_TRUE(db);
    SqliteStatement pageSize(db->handle(), "PRAGMA page_size");
    ASSERT_TRUE(pageSize.step());
    EXPECT_EQ(pageSize.integer(0), 16384);
}

// SQLite fixes the cache's page count when cache_size is set; set before the page size,
// 64 MB of 4 KiB pages held 250 MB of 16 KiB pages.
TEST_F(DatabaseTest, PageCacheStaysWithin64MB)
{
    auto db = openDb();
    ASSERT_TRUE(db);
    ASSERT_TRUE(db->execute(("CREATE TABLE scratch (x); BEGIN; " + scratchRows(8000)).c_str()));
    int used = 0, highest = 0;
    ASSERT_EQ(sqlite3_db_status(db->handle(), SQLITE_DBSTATUS_CACHE_USED, &used, &highest, 0), SQLITE_OK);
    EXPECT_GT(used, 32 << 20); // the 96 MB written went through the cache
    EXPECT_LE(used, 68 << 20);
    ASSERT_TRUE(db->execute("ROLLBACK"));
}

// A commit that leaves more than WalCheckpointer::threshold pages in the log (24 MB here)
// has the log copied into the database file by the store's helper thread, and the copy ends
// with every page in the file: the file grows while the store is still open.
TEST_F(DatabaseTest, ALargeCommitsLogIsCopiedIntoTheFileBesideTheStore)
{
    auto db = openDb();
    ASSERT_TRUE(db);
    const auto before = fs::file_size(dbPath());
    ASSERT_TRUE(db->execute(("CREATE TABLE scratch (x); " + scratchRows(2000)).c_str()));
    db->waitForCheckpoint();
    EXPECT_GT(fs::file_size(dbPath()), before + (24u << 20));
    // Nothing is left for another connection to copy.
    sqlite3 *other = nullptr;
    ASSERT_EQ(sqlite3_open(dbPath().c_str(), &other), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(other, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr), SQLITE_OK);
    int logFrames = -1, copied = -1;
    EXPECT_EQ(sqlite3_wal_checkpoint_v2(other, nullptr, SQLITE_CHECKPOINT_PASSIVE, &logFrames, &copied), SQLITE_OK);
    sqlite3_close(other);
    EXPECT_GT(logFrames, 1500);
    EXPECT_EQ(copied, logFrames);
    EXPECT_EQ(count(*db, "SELECT count(*) FROM scratch"), 2000);
}

// Closing the store at once after such a commit waits for the copy: no log is left
// beside the file, and the file alone holds every row.
TEST_F(DatabaseTest, ClosingDuringTheLogsCopyLeavesOneWholeFile)
{
    {
        auto db = openDb();
        ASSERT_TRUE(db);
        ASSERT_TRUE(db->execute(("CREATE TABLE scratch (x); " + scratchRows(2000)).c_str()));
    }
    EXPECT_FALSE(fs::exists(dbPath().string() + "-wal"));
    EXPECT_FALSE(fs::exists(dbPath().string() + "-shm"));
    EXPECT_GT(fs::file_size(dbPath()), 24u << 20);
    auto db = openDb();
    ASSERT_TRUE(db);
    EXPECT_EQ(count(*db, "SELECT count(*) FROM scratch"), 2000);
}

TEST_F(DatabaseTest, ExistingDatabaseKeepsItsPageSize)
{
    {
        sqlite3 *handle = nullptr;
        ASSERT_EQ(sqlite3_open(dbPath().c_str(), &handle), SQLITE_OK);
        ASSERT_EQ(sqlite3_exec(handle, "PRAGMA page_size = 4096; CREATE TABLE t (x)", nullptr, nullptr, nullptr),
                  SQLITE_OK);
        sqlite3_close(handle);
    }
    auto db = openDb();
    ASSERT_TRUE(db);
    SqliteStatement pageSize(db->handle(), "PRAGMA page_size");
    ASSERT_TRUE(pageSize.step());
    EXPECT_EQ(pageSize.integer(0), 4096);
    SqliteStatement check(db->handle(), "PRAGMA integrity_check");
    ASSERT_TRUE(check.step());
    EXPECT_EQ(check.text(0), "ok");
}

TEST_F(DatabaseTest, MigratesAVersion1DatabaseAndKeepsItsRows)
{
    {
        auto old = Database::openUnmigrated(dbPath());
        ASSERT_TRUE(old.ok());
        ASSERT_TRUE(old.value()->migrateTo(1));
        ASSERT_EQ(old.value()->userVersion(), 1);
        ASSERT_TRUE(old.value()->execute(
            "INSERT INTO entities (id, type, name_en, name_zh, user_entered) VALUES ('acme', 'company', 'Acme', "
            "'阿克米', 1)"));
        SqliteStatement history(old.value()->handle(), "SELECT count(*) FROM observation_history");
        EXPECT_FALSE(history.valid()); // the table arrives with version 2
    }
    auto db = openDb();
    ASSERT_TRUE(db);
    EXPECT_EQ(db->userVersion(), Database::schemaVersion);
    EXPECT_EQ(count(*db, "SELECT count(*) FROM entities WHERE id = 'acme' AND user_entered = 1"), 1);
    EXPECT_EQ(count(*db, "SELECT count(*) FROM observation_history"), 0);
}

TEST_F(DatabaseTest, MigratesAVersion2StoreKeepingItsRowsIdsAndHistory)
{
    const char *observations = "SELECT * FROM observations ORDER BY id";
    const char *history = "SELECT * FROM observation_history ORDER BY id";
    std::string observationsBefore, historyBefore;
    {
        auto old = Database::openUnmigrated(dbPath());
        ASSERT_TRUE(old.ok());
        Database &db = *old.value();
        ASSERT_TRUE(db.migrateTo(2));
        ASSERT_TRUE(db.syncBundled(capex::testing::tinyDataset()).ok());
        ASSERT_TRUE(db.syncBundled(version2()).ok()); // one restated, one withdrawn: history, a gap in the ids
        Observation own = capex::testing::tinyDataset().observations[0];
        own.uid.clear();
        for (const char *note : {"mine", "mine too"}) {
            own.noteEn = note;
            ASSERT_TRUE(db.addUserObservation(own).ok());
        }
        EXPECT_EQ(count(db, "SELECT count(*) FROM observations"), 5);
        EXPECT_EQ(count(db, "SELECT count(*) FROM observation_history"), 2);
        EXPECT_EQ(count(db, "SELECT max(id) FROM observations"), 6);
        observationsBefore = rows(db, observations);
        historyBefore = rows(db, history);
    }
    auto db = openDb();
    ASSERT_TRUE(db);
    EXPECT_EQ(db->userVersion(), Database::schemaVersion);
    EXPECT_EQ(rows(*db, observations), observationsBefore);
    EXPECT_EQ(rows(*db, history), historyBefore);
    EXPECT_EQ(count(*db, "SELECT count(*) FROM pragma_foreign_key_check"), 0);
    EXPECT_EQ(count(*db,
                  "SELECT count(*) FROM sqlite_master WHERE tbl_name = 'observations' AND type = 'index' AND "
                  "name IN ('observations_by_uid', 'observations_by_series')"),
        2);
    EXPECT_EQ(count(*db,
                  "SELECT count(*) FROM sqlite_master WHERE name LIKE '%observations_v3%' OR "
                  "sql LIKE '%observations_v3%'"),
        0);
    // The next id continues after the old table's highest.
    Observation own = capex::testing::tinyDataset().observations[0];
    own.uid.clear();
    auto id = db->addUserObservation(own);
    ASSERT_TRUE(id.ok());
    EXPECT_EQ(id.value(), 7);
}

TEST_F(DatabaseTest, ObservationsAcceptEveryKindAndGradeAndRejectAnyOther)
{
    auto db = openDb();
    ASSERT_TRUE(db->syncBundled(capex::testing::tinyDataset()).ok());
    const std::int64_t before = count(*db, "SELECT count(*) FROM observations");
    for (const char *kind : {"actual", "guidance", "estimate", "forecast", "curve", "fact"})
        EXPECT_TRUE(insertWith(*db, nullptr, kind, "reported")) << kind;
    for (const char *grade : {"reported", "estimate", "media"})
        EXPECT_TRUE(insertWith(*db, nullptr, "actual", grade)) << grade;
    for (const char *kind : {"rumour", "Actual", "actual ", ""}) {
        Status status = insertWith(*db, nullptr, kind, "reported");
        ASSERT_FALSE(status) << kind;
        EXPECT_NE(status.error().detail.find("CHECK constraint failed"), std::string::npos) << status.error().detail;
    }
    for (const char *grade : {"blog", "Media", "guidance"}) {
        Status status = insertWith(*db, nullptr, "actual", grade);
        ASSERT_FALSE(status) << grade;
        EXPECT_NE(status.error().detail.find("CHECK constraint failed"), std::string::npos) << status.error().detail;
    }
    EXPECT_EQ(count(*db, "SELECT count(*) FROM observations"), before + 9);
}

TEST_F(DatabaseTest, AUidIsUniqueAndAnyNumberOfRecordsHaveNone)
{
    auto db = openDb();
    ASSERT_TRUE(db->syncBundled(capex::testing::tinyDataset()).ok());
    const std::int64_t before = count(*db, "SELECT count(*) FROM observations");
    Status duplicate = insertWith(*db, "meta.capex.2025", "actual", "reported"); // the tiny dataset's
    ASSERT_FALSE(duplicate);
    EXPECT_NE(duplicate.error().detail.find("UNIQUE constraint failed: observations.uid"), std::string::npos)
        << duplicate.error().detail;
    ASSERT_TRUE(insertWith(*db, "mine.1", "actual", "reported"));
    EXPECT_FALSE(insertWith(*db, "mine.1", "fact", "media"));
    for (int i = 0; i < 50; ++i)
        ASSERT_TRUE(insertWith(*db, nullptr, "actual", "reported")) << i;
    EXPECT_EQ(count(*db, "SELECT count(*) FROM observations"), before + 51);
    EXPECT_EQ(count(*db, "SELECT count(*) FROM observations WHERE uid IS NULL"), 50);
    // A lookup by uid still finds its record through the index.
    EXPECT_NE(rows(*db, "EXPLAIN QUERY PLAN SELECT id FROM observations WHERE uid = ?1")
                  .find("INDEX observations_by_uid (uid=?)"),
        std::string::npos);
}

TEST_F(DatabaseTest, FirstSyncLoadsEveryBundledRecord)
{
    auto db = openDb();
    auto report = db->syncBundled(capex::testing::tinyDataset());
    ASSERT_TRUE(report.ok()) << describe(report.error());
    EXPECT_EQ(report->fromVersion, 0);
    EXPECT_EQ(report->toVersion, 1);
    EXPECT_EQ(report->added, 3);
    auto snapshot = db->snapshot();
    ASSERT_TRUE(snapshot.ok());
    EXPECT_EQ(snapshot->version, 1);
    EXPECT_EQ(snapshot->observations.size(), 3u);
    EXPECT_EQ(snapshot->sources.size(), 3u);
    EXPECT_EQ(snapshot->source("zheshang")->via, std::vector<std::string>{"seed_001"});
    EXPECT_DOUBLE_EQ(snapshot->fxRates.at(0).perUsd, 7.18);
    EXPECT_EQ(snapshot->events.at(0).labelZh, "DeepSeek-V3发布");
}

TEST_F(DatabaseTest, SameDatasetVersionIsNotLoadedAgain)
{
    auto db = openDb();
    ASSERT_TRUE(db->syncBundled(capex::testing::tinyDataset()).ok());
    auto again = db->syncBundled(capex::testing::tinyDataset());
    ASSERT_TRUE(again.ok());
    EXPECT_FALSE(again->changed());
    EXPECT_EQ(again->added, 0);
    EXPECT_EQ(count(*db, "SELECT count(*) FROM observations"), 3);
}

TEST_F(DatabaseTest, NewerDatasetUpdatesBundledRecordsAndNeverTouchesUserRecords)
{
    auto db = openDb();
    ASSERT_TRUE(db->syncBundled(capex::testing::tinyDataset()).ok());
    Observation mine = capex::testing::tinyDataset().observations[0];
    mine.uid.clear();
    mine.value = 80e9;
    mine.kind = Kind::Estimate;
    mine.noteEn = "my own estimate";
    auto rowId = db->addUserObservation(mine);
    ASSERT_TRUE(rowId.ok()) << describe(rowId.error());

    auto report = db->syncBundled(version2());
    ASSERT_TRUE(report.ok()) << describe(report.error());
    EXPECT_EQ(report->fromVersion, 1);
    EXPECT_EQ(report->toVersion, 2);
    EXPECT_EQ(report->added, 1);
    EXPECT_EQ(report->updated, 1);
    EXPECT_EQ(report->removed, 1);

    auto snapshot = db->snapshot();
    ASSERT_TRUE(snapshot.ok());
    int userRecords = 0;
    for (const Observation &o : snapshot->observations) {
        if (o.userEntered) {
            ++userRecords;
            EXPECT_DOUBLE_EQ(*o.value, 80e9);
            EXPECT_EQ(o.noteEn, "my own estimate");
        }
        if (o.uid == "meta.capex.2025") {
            EXPECT_DOUBLE_EQ(*o.value, 72.5e9);
        }
        EXPECT_NE(o.uid, "bytedance.capex.2025");
    }
    EXPECT_EQ(userRecords, 1);
    // The restated value and the withdrawn record are in the history with their old values.
    SqliteStatement history(db->handle(), "SELECT observation_uid, change, old_value FROM observation_history "
                                          "ORDER BY observation_uid");
    ASSERT_TRUE(history.step());
    EXPECT_EQ(history.text(0), "bytedance.capex.2025");
    EXPECT_EQ(history.text(1), "delete");
    EXPECT_DOUBLE_EQ(history.real(2), 160e9);
    ASSERT_TRUE(history.step());
    EXPECT_EQ(history.text(0), "meta.capex.2025");
    EXPECT_EQ(history.text(1), "update");
    EXPECT_DOUBLE_EQ(history.real(2), 72.22e9);
}

TEST_F(DatabaseTest, FailedSyncLeavesTheDatabaseAsItWas)
{
    auto db = openDb();
    ASSERT_TRUE(db->syncBundled(capex::testing::tinyDataset()).ok());
    Dataset broken = version2();
    broken.observations.back().source = "no_such_source"; // fails the foreign key mid-way
    auto report = db->syncBundled(broken);
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.error().code, ErrorCode::DatabaseQuery);
    EXPECT_EQ(db->datasetVersion(), 1);
    EXPECT_EQ(count(*db, "SELECT count(*) FROM observations"), 3);
    EXPECT_EQ(count(*db, "SELECT count(*) FROM observations WHERE uid = 'meta.capex.2025' AND value = 72.22e9"), 1);
    EXPECT_EQ(count(*db, "SELECT count(*) FROM observation_history"), 0);
}

TEST_F(DatabaseTest, KeepsSeveralSourcesForTheSamePeriodSideBySide)
{
    auto db = openDb();
    ASSERT_TRUE(db->syncBundled(capex::testing::tinyDataset()).ok());
    Observation second = capex::testing::tinyDataset().observations[0];
    second.uid.clear();
    second.source = "zheshang";
    second.value = 70e9;
    ASSERT_TRUE(db->addUserObservation(second).ok());
    EXPECT_EQ(count(*db, "SELECT count(*) FROM observations WHERE entity_id = 'meta' AND period = '2025'"), 2);
}

TEST_F(DatabaseTest, TheSnapshotHoldsTheFiguresInTheSeriesOrder)
{
    // The snapshot reads the table in its own order and sorts it itself: the same order as
    // SQLite's ORDER BY entity_id, metric_id, period_year, period_month, period_day, id.
    auto db = openDb();
    ASSERT_TRUE(db->syncBundled(capex::testing::tinyDataset()).ok());
    const Observation model = capex::testing::tinyDataset().observations[0];
    int n = 0;
    for (const char *entity : {"meta", "bytedance"})
        for (const char *period : {"2026", "2025-03-31", "2025Q4", "2025", "FY2025", "2025-02", "2024Q1", "2025Q1",
                                   "2025", "2025-12-31", "FY2026Q1-06"}) {
            Observation o = model;
            o.uid.clear();
            o.entity = entity;
            o.period = *Period::parse(period);
            o.value = 1e9 * ++n;
            ASSERT_TRUE(db->addUserObservation(o).ok()) << period;
        }
    auto snapshot = db->snapshot();
    ASSERT_TRUE(snapshot.ok());
    std::string read;
    for (const Observation &o : snapshot->observations)
        read += std::to_string(o.rowId) + "|\n";
    const std::string ordered =
        rows(*db, "SELECT id FROM observations ORDER BY entity_id, metric_id, period_year, period_month, period_day, id");
    EXPECT_EQ(std::count(ordered.begin(), ordered.end(), '\n'), 22 + capex::testing::tinyDataset().observations.size());
    EXPECT_EQ(read, ordered);
}

TEST_F(DatabaseTest, ForeignKeysRejectAnObservationOfAnUnknownEntity)
{
    auto db = openDb();
    ASSERT_TRUE(db->syncBundled(capex::testing::tinyDataset()).ok());
    Observation o = capex::testing::tinyDataset().observations[0];
    o.uid.clear();
    o.entity = "nvidia";
    auto result = db->addUserObservation(o);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::DatabaseQuery);
}

TEST_F(DatabaseTest, NewerSchemaOpensReadOnlyAndIsNeverDowngraded)
{
    {
        auto db = openDb();
        ASSERT_TRUE(db->execute("PRAGMA user_version = 99"));
    }
    auto db = openDb();
    ASSERT_TRUE(db);
    EXPECT_TRUE(db->hasNewerSchema());
    EXPECT_TRUE(db->isReadOnly());
    EXPECT_EQ(db->userVersion(), 99);
    EXPECT_FALSE(db->execute("INSERT INTO meta (key, value) VALUES ('x', 'y')"));
}

TEST_F(DatabaseTest, AFileThatIsNoDatabaseIsReportedNotOverwritten)
{
    {
        std::FILE *f = std::fopen(dbPath().c_str(), "wb");
        std::fputs("this is not a database, but somebody's notes\n", f);
        std::fclose(f);
    }
    auto size = fs::file_size(dbPath());
    auto db = Database::open(dbPath());
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::DatabaseOpen);
    EXPECT_EQ(fs::file_size(dbPath()), size);
}

TEST(DatabasePath, CommandLineBeatsEnvironmentBeatsXdg)
{
    EXPECT_EQ(resolveDatabasePath("/tmp/a.db", "/tmp/b.db", "/x", "/home/u"), fs::path("/tmp/a.db"));
    EXPECT_EQ(resolveDatabasePath(nullptr, "/tmp/b.db", "/x", "/home/u"), fs::path("/tmp/b.db"));
    EXPECT_EQ(resolveDatabasePath(nullptr, "", "/x", "/home/u"), fs::path("/x/CapexLens/capexlens.db"));
    EXPECT_EQ(resolveDatabasePath(nullptr, nullptr, nullptr, "/home/u"),
              fs::path("/home/u/.local/share/CapexLens/capexlens.db"));
}

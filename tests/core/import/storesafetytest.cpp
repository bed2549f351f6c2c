#include "importtesting.h"

#include "databasebackup.h"

#include <sys/stat.h>
#include <sys/wait.h>

#include <csignal>
#include <cstdio>
#include <thread>

using namespace capex;
using namespace capex::testing;
namespace fs = std::filesystem;

namespace {

std::string readBytes(const fs::path &path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

void writeBytes(const fs::path &path, const std::string &bytes)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
}

std::int64_t count(Database &db, const char *sql)
{
    SqliteStatement q(db.handle(), sql);
    return q.step() ? q.integer(0) : -1;
}

/// `rows` distinct new observations (their English notes tell them apart).
std::string largeCsv(int rows)
{
    std::string csv = csvHeader();
    csv.reserve(static_cast<std::size_t>(rows) * 150);
    for (int i = 0; i < rows; ++i)
        csv += "meta,,,capex,2024," + std::to_string(1000 + i) + ",,,USD,USD,estimate,estimate,,row " + std::to_string(i)
            + ",,meta_q4,,,,,\r\n";
    return csv;
}

using StoreSafetyTest = StoreFixture;

} // namespace

TEST_F(StoreSafetyTest, OpeningRunsTheIntegrityCheck)
{
    EXPECT_TRUE(m_db->checkIntegrity());
}

TEST_F(StoreSafetyTest, DamagedFileIsMovedAsideAndAFreshStoreBuilt)
{
    m_db.reset(); // the last connection checkpoints the WAL into the file
    std::string bytes = readBytes(dbPath());
    ASSERT_GT(bytes.size(), 100u);
    // The page size: big-endian at offset 16 of the file's header.
    const std::size_t page = static_cast<unsigned char>(bytes[16]) * 256u + static_cast<unsigned char>(bytes[17]);
    ASSERT_GT(bytes.size(), page * 4);
    for (std::size_t i = page * 2; i < page * 2 + 600; ++i) // scribble over the third page's header and cells
        bytes[i] = static_cast<char>(0xA5);
    writeBytes(dbPath(), bytes);

    auto plain = Database::open(dbPath());
    ASSERT_FALSE(plain.ok());
    EXPECT_TRUE(plain.error().code == ErrorCode::DatabaseCorrupt || plain.error().code == ErrorCode::DatabaseOpen)
        << describe(plain.error());
    EXPECT_EQ(readBytes(dbPath()), bytes); // open() alone never touches it

    auto recovered = Database::openOrRecover(dbPath());
    ASSERT_TRUE(recovered.ok()) << describe(recovered.error());
    const fs::path aside = recovered.value()->setAside();
    ASSERT_FALSE(aside.empty());
    EXPECT_NE(aside.filename().string().find("capexlens.db.damaged-"), std::string::npos);
    EXPECT_EQ(readBytes(aside), bytes); // every byte of the damaged file kept
    EXPECT_EQ(recovered.value()->userVersion(), Database::schemaVersion);
    EXPECT_EQ(recovered.value()->datasetVersion(), 0); // fresh: the caller loads the bundled data
    EXPECT_TRUE(recovered.value()->checkIntegrity());
}

TEST_F(StoreSafetyTest, FileThatIsNoDatabaseIsMovedAsideNotOverwritten)
{
    m_db.reset();
    fs::remove(dbPath());
    const std::string notes = "this is not a database, but somebody's notes\n";
    writeBytes(dbPath(), notes);
    auto recovered = Database::openOrRecover(dbPath());
    ASSERT_TRUE(recovered.ok()) << describe(recovered.error());
    ASSERT_FALSE(recovered.value()->setAside().empty());
    EXPECT_EQ(readBytes(recovered.value()->setAside()), notes);
}

TEST_F(StoreSafetyTest, UnreadableFileIsMovedAside)
{
    if (::geteuid() == 0)
        GTEST_SKIP() << "root reads any file";
    m_db.reset();
    ASSERT_EQ(::chmod(dbPath().c_str(), 0), 0);
    auto recovered = Database::openOrRecover(dbPath());
    ASSERT_TRUE(recovered.ok()) << describe(recovered.error());
    EXPECT_FALSE(recovered.value()->setAside().empty());
}

TEST_F(StoreSafetyTest, HealthyAndNewerStoresAreNeverMoved)
{
    ASSERT_TRUE(m_db->execute("PRAGMA user_version = 99"));
    m_db.reset();
    auto db = Database::openOrRecover(dbPath());
    ASSERT_TRUE(db.ok());
    EXPECT_TRUE(db.value()->setAside().empty());
    EXPECT_TRUE(db.value()->isReadOnly());
    EXPECT_EQ(db.value()->userVersion(), 99);
}

TEST_F(StoreSafetyTest, BackupsRollKeepingTheNewestFive)
{
    for (int i = 0; i < 7; ++i) {
        auto plan = ObservationImport::plan(csvHeader() + csvRow({{"period", std::to_string(2010 + i)}}), "mine.csv",
                                            snapshot());
        ASSERT_TRUE(plan.ok());
        auto outcome = m_db->applyImport(plan.value());
        ASSERT_TRUE(outcome.ok()) << describe(outcome.error());
    }
    const auto backups = DatabaseBackup::list(dbPath());
    ASSERT_EQ(backups.size(), 5u);
    EXPECT_EQ(backups.front().parent_path(), m_dir / "backups");
    // The newest holds the store before the seventh import: three bundled and six imported rows.
    auto newest = Database::open(backups.back(), Database::Access::ReadOnly);
    ASSERT_TRUE(newest.ok()) << describe(newest.error());
    EXPECT_TRUE(newest.value()->checkIntegrity());
    EXPECT_EQ(count(*newest.value(), "SELECT count(*) FROM observations"), 9);
}

TEST_F(StoreSafetyTest, DatasetUpgradeIsPrecededByABackupButTheFirstLoadIsNot)
{
    EXPECT_TRUE(DatabaseBackup::list(dbPath()).empty());
    Dataset next = tinyDataset();
    next.version = 2;
    auto sync = m_db->syncBundled(next);
    ASSERT_TRUE(sync.ok());
    ASSERT_FALSE(sync->backup.empty());
    EXPECT_EQ(DatabaseBackup::list(dbPath()), std::vector<fs::path>{sync->backup});
}

TEST_F(StoreSafetyTest, TwoConnectionsWriteConcurrentlyWithoutLosingAWrite)
{
    auto second = Database::open(dbPath());
    ASSERT_TRUE(second.ok());
    auto plan = ObservationImport::plan(largeCsv(5000), "big.csv", snapshot());
    ASSERT_TRUE(plan.ok());
    ASSERT_TRUE(plan->acceptable());

    std::vector<Status> singles;
    std::thread other([&] {
        Observation o = tinyDataset().observations[0];
        o.uid.clear();
        for (int i = 0; i < 100; ++i) {
            o.noteEn = "single " + std::to_string(i);
            auto id = second.value()->addUserObservation(o);
            singles.push_back(id.ok() ? Status() : Status(id.error()));
        }
    });
    auto outcome = m_db->applyImport(plan.value());
    other.join();
    ASSERT_TRUE(outcome.ok()) << describe(outcome.error());
    EXPECT_EQ(outcome->added, 5000);
    for (const Status &s : singles)
        EXPECT_TRUE(s.ok()) << describe(s.error());
    EXPECT_EQ(count(*m_db, "SELECT count(*) FROM observations WHERE user_entered = 1"), 5100);
}

TEST_F(StoreSafetyTest, ProcessKilledMidImportLeavesAllOrNothing)
{
    constexpr int rows = 200000;
    auto plan = ObservationImport::plan(largeCsv(rows), "big.csv", snapshot());
    ASSERT_TRUE(plan.ok());
    ASSERT_TRUE(plan->acceptable());
    m_db.reset(); // no connection crosses the fork

    // Each child imports the whole file; the first is killed half-way through the write.
    for (bool kill : {true, false}) {
        int ready[2];
        ASSERT_EQ(::pipe(ready), 0);
        const pid_t child = ::fork();
        ASSERT_GE(child, 0);
        if (child == 0) {
            ::close(ready[0]);
            auto db = Database::open(dbPath());
            if (!db.ok())
                ::_exit(3);
            bool told = false;
            auto outcome = db.value()->applyImport(plan.value(), [&](std::size_t done, std::size_t total) {
                if (!told && done >= total / 2) {
                    told = true;
                    const char byte = 'h';
                    (void)!::write(ready[1], &byte, 1);
                }
            });
            ::_exit(outcome.ok() ? 0 : 4);
        }
        ::close(ready[1]);
        char byte = 0;
        ASSERT_EQ(::read(ready[0], &byte, 1), 1); // half the rows are written, not committed
        ::close(ready[0]);
        if (kill)
            ::kill(child, SIGKILL);
        int status = 0;
        ASSERT_EQ(::waitpid(child, &status, 0), child);
        if (kill) {
            ASSERT_TRUE(WIFSIGNALED(status));
        } else {
            ASSERT_TRUE(WIFEXITED(status));
            ASSERT_EQ(WEXITSTATUS(status), 0);
        }

        auto db = Database::open(dbPath());
        ASSERT_TRUE(db.ok()) << describe(db.error());
        EXPECT_TRUE(db.value()->checkIntegrity());
        const auto imported = count(*db.value(), "SELECT count(*) FROM observations WHERE user_entered = 1");
        if (kill)
            EXPECT_TRUE(imported == 0 || imported == rows) << imported;
        else
            EXPECT_EQ(imported, rows);
    }
}

TEST_F(StoreSafetyTest, LargeImportAddsRowsInFileOrderAndRebuildsTheSeriesIndex)
{
    // 30,000 rows: past the size from which the series index is dropped and rebuilt, and
    // not a multiple of the insert batch, so that the last rows go in one by one.
    constexpr int rows = 30001;
    auto plan = ObservationImport::plan(largeCsv(rows), "big.csv", snapshot());
    ASSERT_TRUE(plan.ok());
    ASSERT_TRUE(plan->acceptable());
    auto outcome = m_db->applyImport(plan.value());
    ASSERT_TRUE(outcome.ok()) << describe(outcome.error());
    EXPECT_EQ(outcome->added, rows);
    EXPECT_EQ(count(*m_db, "SELECT count(*) FROM observations WHERE user_entered = 1"), rows);
    // Row ids follow the file: "row 0" first, "row 30000" last, values in step.
    EXPECT_EQ(count(*m_db, "SELECT count(*) FROM (SELECT value - lag(value) OVER (ORDER BY id) AS step "
                           "FROM observations WHERE user_entered = 1) WHERE step <> 1"),
              0);
    EXPECT_EQ(count(*m_db, "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND "
                           "name = 'observations_by_series' AND sql LIKE '%(entity_id, metric_id, period_year)%'"),
              1);
    EXPECT_TRUE(m_db->checkIntegrity());
    EXPECT_EQ(count(*m_db, "SELECT count(*) FROM observations INDEXED BY observations_by_series "
                           "WHERE entity_id = 'meta' AND metric_id = 'capex' AND period_year = 2024 "
                           "AND user_entered = 1"),
              rows);
    // The index was sorted with a helper thread and a small cache; both are back.
    EXPECT_EQ(count(*m_db, "PRAGMA threads"), 0);
    EXPECT_EQ(count(*m_db, "PRAGMA cache_size"), -65536);
}

TEST_F(StoreSafetyTest, FailedLargeImportKeepsTheSeriesIndex)
{
    constexpr int rows = 25000;
    auto plan = ObservationImport::plan(largeCsv(rows), "big.csv", snapshot());
    ASSERT_TRUE(plan.ok());
    const std::string before = dumpDatabase(m_db->handle());
    // Another instance deletes the cited source after the plan was made: the write refuses
    // the first row that cites it, by file, line and field, and the whole import rolls back.
    ASSERT_TRUE(m_db->execute("PRAGMA foreign_keys = OFF; UPDATE sources SET id = 'gone' WHERE id = 'meta_q4'; "
                              "PRAGMA foreign_keys = ON"));
    const std::string changed = dumpDatabase(m_db->handle());
    auto outcome = m_db->applyImport(plan.value());
    ASSERT_FALSE(outcome.ok());
    EXPECT_EQ(outcome.error(), (Error{ErrorCode::UnknownReference, "big.csv", 2, 0, "source_id", "meta_q4"}));
    EXPECT_EQ(dumpDatabase(m_db->handle()), changed);
    EXPECT_NE(changed, before);
    EXPECT_EQ(count(*m_db, "SELECT count(*) FROM sqlite_master WHERE name = 'observations_by_series'"), 1);
    EXPECT_EQ(count(*m_db, "PRAGMA foreign_keys"), 1); // back on after the rollback
}

TEST_F(StoreSafetyTest, ImportRefusesAnEntityOrMetricRemovedAfterThePlan)
{
    // The import checks the ids its rows cite itself and writes with SQLite's foreign-key
    // checks off: an id missing at write time is refused all the same, at the first row
    // that cites it (here the third), and nothing is written.
    std::string csv = csvHeader();
    for (int i = 0; i < 3; ++i)
        csv += std::string(i == 2 ? "meta,,,capex_share" : "meta,,,capex") + ",2024," + std::to_string(1000 + i)
            + ",,,USD,USD,estimate,estimate,,row " + std::to_string(i) + ",,meta_q4,,,,,\r\n";
    ASSERT_TRUE(m_db->execute("INSERT INTO metrics (id, name_en, name_zh, unit) "
                              "SELECT 'capex_share', name_en, name_zh, unit FROM metrics WHERE id = 'capex'"));
    auto plan = ObservationImport::plan(csv, "three.csv", snapshot());
    ASSERT_TRUE(plan.ok());
    ASSERT_TRUE(plan->acceptable()) << describe(plan->rejected.front().error);
    ASSERT_TRUE(m_db->execute("DELETE FROM metrics WHERE id = 'capex_share'"));
    const std::string before = dumpDatabase(m_db->handle());
    auto outcome = m_db->applyImport(plan.value());
    ASSERT_FALSE(outcome.ok());
    EXPECT_EQ(outcome.error(), (Error{ErrorCode::UnknownReference, "three.csv", 4, 0, "metric", "capex_share"}));
    EXPECT_EQ(dumpDatabase(m_db->handle()), before);
    EXPECT_EQ(count(*m_db, "PRAGMA foreign_keys"), 1);

    ASSERT_TRUE(m_db->execute("PRAGMA foreign_keys = OFF; UPDATE entities SET id = 'gone' WHERE id = 'meta'; "
                              "PRAGMA foreign_keys = ON"));
    const std::string changed = dumpDatabase(m_db->handle());
    outcome = m_db->applyImport(plan.value());
    ASSERT_FALSE(outcome.ok());
    EXPECT_EQ(outcome.error(), (Error{ErrorCode::UnknownReference, "three.csv", 2, 0, "entity", "meta"}));
    EXPECT_EQ(dumpDatabase(m_db->handle()), changed);
    EXPECT_EQ(count(*m_db, "PRAGMA foreign_keys"), 1);
}

TEST_F(StoreSafetyTest, ImportChecksEveryForeignKeyOfObservations)
{
    // applyImport checks entity_id, metric_id and source_id itself (foreign keys off while it
    // writes): a new foreign key on observations must be added to that check.
    EXPECT_EQ(count(*m_db, "SELECT group_concat(\"from\" || '>' || \"table\" || '.' || \"to\", ' ') = "
                           "'source_id>sources.id metric_id>metrics.id entity_id>entities.id' "
                           "FROM (SELECT * FROM pragma_foreign_key_list('observations') ORDER BY id)"),
              1);
    auto plan = ObservationImport::plan(largeCsv(10), "small.csv", snapshot());
    ASSERT_TRUE(plan.ok());
    ASSERT_TRUE(m_db->applyImport(plan.value()).ok());
    EXPECT_EQ(count(*m_db, "PRAGMA foreign_keys"), 1); // back on after the commit
    EXPECT_EQ(count(*m_db, "SELECT count(*) FROM pragma_foreign_key_check"), 0);
}

// The write matches rows by identity again, reading a stored record only when its identity
// hash matches: a record added after the plan turns the plan's addition into an update,
// and of two records with one identity the older is the one updated.
TEST_F(StoreSafetyTest, WriteMatchesTheOldestStoredRecordOfARowsIdentity)
{
    auto plan = ObservationImport::plan(csvHeader() + csvRow({{"value", "40000000000"}}), "mine.csv", snapshot());
    ASSERT_TRUE(plan.ok());
    ASSERT_EQ(plan->count(ImportAction::Add), 1);
    Observation same = plan->observation(plan->rows[0]);
    same.value = 1e9;
    auto older = m_db->addUserObservation(same);
    same.value = 2e9;
    auto newer = m_db->addUserObservation(same);
    ASSERT_TRUE(older.ok());
    ASSERT_TRUE(newer.ok());
    ASSERT_LT(older.value(), newer.value());

    auto outcome = m_db->applyImport(plan.value());
    ASSERT_TRUE(outcome.ok()) << describe(outcome.error());
    EXPECT_EQ(outcome->added, 0);
    EXPECT_EQ(outcome->updated, 1);
    const std::string olderValue = "SELECT value FROM observations WHERE id = " + std::to_string(older.value());
    const std::string newerValue = "SELECT value FROM observations WHERE id = " + std::to_string(newer.value());
    EXPECT_EQ(count(*m_db, olderValue.c_str()), 40000000000);
    EXPECT_EQ(count(*m_db, newerValue.c_str()), 2000000000);
    EXPECT_EQ(count(*m_db, "SELECT count(*) FROM observation_history WHERE old_value = 1e9"), 1);
}

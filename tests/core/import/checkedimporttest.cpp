// An import written while its later parts are still being checked: the plan must be the
// one a single thread makes, the store the one plan() + applyImport() leave, and a
// rejection found late or a cancel must leave the store and its backups as they were.
#include "checkedimport.h"

#include "databasebackup.h"
#include "importtesting.h"


using namespace capex;
using namespace capex::testing;
namespace fs = std::filesystem;

namespace {

/// Parts of 8 KiB: the files below are handed over in ten or more parts.
constexpr std::size_t smallParts = 8 * 1024;

/// Rows of every kind a file can hold without a rejection: new sources by id and by
/// citation and rows citing them later, an update of a stored record, an unchanged
/// repeat of one, and a quoted note of two lines.
const std::map<int, std::map<std::string, std::string>> &cleanSpecialRows()
{
    static const std::map<int, std::map<std::string, std::string>> rows = {
        {100, {{"source_id", "my_sheet"}, {"source_publisher", "Me"}, {"source_title", "My sheet"}}},
        {590, {{"note_zh", "\"第一行\n第二行\""}}},
        {750, {{"period", "2025"}, {"note_en", "Full-year capex"}}}, // updates the stored record
        {760,
            {{"period", "2026"}, {"kind", "guidance"}, {"value", ""}, {"low", "115000000000"}, {"high", "135000000000"},
                {"as_of", "2026-01-28"}, {"note_en", "Guidance range"},
                {"note_zh", "指引区间"}}}, // repeats the stored record unchanged
        {900, {{"source_id", "my_sheet"}}}, // the source row 100 adds
        {1000, {{"source_id", ""}, {"source_publisher", "Them"}, {"source_title", "Their sheet"}}},
        {1050, {{"source_id", ""}, {"source_publisher", "Them"}, {"source_title", "Their sheet"}}},
    };
    return rows;
}

/// The dump with every time a write stamps (updated_at, changed_at: YYYY-MM-DDTHH:MM:SSZ)
/// made equal. (No std::regex: GCC 12 warns inside it under the sanitizers.)
std::string dumpWithoutTimes(sqlite3 *db)
{
    const std::string dump = dumpDatabase(db);
    constexpr std::string_view shape = "dddd-dd-ddTdd:dd:ddZ";
    auto isTimeAt = [&](std::size_t at) {
        for (std::size_t i = 0; i < shape.size(); ++i) {
            const char c = dump[at + i];
            if (shape[i] == 'd' ? !(c >= '0' && c <= '9') : c != shape[i])
                return false;
        }
        return true;
    };
    std::string out;
    for (std::size_t at = 0; at < dump.size();) {
        if (at + shape.size() <= dump.size() && isTimeAt(at)) {
            out += 'T';
            at += shape.size();
        } else {
            out += dump[at++];
        }
    }
    return out;
}

std::string fileBytes(const fs::path &path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

bool hasSeriesIndex(Database &db)
{
    SqliteStatement q(
        db.handle(), "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'observations_by_series'");
    return q.step();
}

class CheckedImportTest : public StoreFixture
{
protected:
    /// A second store like the fixture's, in a folder of its own.
    std::unique_ptr<Database> twinStore()
    {
        const fs::path folder = m_dir / "twin";
        fs::create_directories(folder);
        auto db = Database::open(folder / "capexlens.db");
        EXPECT_TRUE(db.ok());
        EXPECT_TRUE(db.value()->syncBundled(tinyDataset()).ok());
        return std::move(db).value();
    }

    /// Imports `csv` with CheckedImport in small parts, checked against `store`, into a
    /// store whose file and backups are then compared byte for byte with what they were.
    Result<CheckedImportResult> importExpectingNoChange(
        const std::string &csv, const Dataset &store, const CheckedImport::Progress &progress)
    {
        m_db.reset(); // the last connection checkpoints the WAL into the file
        const std::string before = fileBytes(dbPath());
        const std::vector<fs::path> backupsBefore = DatabaseBackup::list(dbPath());
        {
            auto db = Database::open(dbPath());
            EXPECT_TRUE(db.ok());
            m_db = std::move(db).value();
        }
        const std::string dumpBefore = dump();
        auto result = CheckedImport::importBytes(*m_db, csv, "mine.csv", store, progress, smallParts);
        EXPECT_EQ(dump(), dumpBefore);
        EXPECT_TRUE(hasSeriesIndex(*m_db));
        SqliteStatement foreignKeys(m_db->handle(), "PRAGMA foreign_keys");
        EXPECT_TRUE(foreignKeys.step() && foreignKeys.integer(0) == 1);
        foreignKeys.reset();
        m_db.reset();
        EXPECT_EQ(fileBytes(dbPath()), before);
        EXPECT_EQ(DatabaseBackup::list(dbPath()), backupsBefore);
        return result;
    }

    CheckedImportResult importExpectingNoChange(const std::string &csv, const CheckedImport::Progress &progress)
    {
        auto result = importExpectingNoChange(csv, snapshot(), progress);
        EXPECT_TRUE(result.ok()) << describe(result.error());
        return result.ok() ? std::move(result).value() : CheckedImportResult {};
    }
};

} // namespace

// The parts come in file order and, put together, are the plan a single thread makes —
// rows with their text and stored records, the sources the file adds; a part is no longer
// acceptable from the first rejection on.
TEST_F(CheckedImportTest, PartsMakeTheSamePlanAsOneThreadInFileOrder)
{
    std::map<int, std::map<std::string, std::string>> special = cleanSpecialRows();
    special[300] = {{"period", "20x5"}};
    special[200] = {{"note_en", "Repeated"}};
    special[800] = {{"note_en", "Repeated"}}; // repeats row 200, in a later part
    special[1150] = {{"source_id", "nowhere"}};
    const std::string csv = csvOf(1200, special);
    const Dataset store = snapshot();
    std::vector<ObservationImport::Part> parts;
    auto inParts = ObservationImport::planInParts(
        csv, "mine.csv", store,
        [&](ObservationImport::Part &&part) {
            parts.push_back(std::move(part));
            return Status {};
        },
        smallParts);
    ASSERT_TRUE(inParts.ok()) << describe(inParts.error());
    auto one = ObservationImport::plan(csv, "mine.csv", store, 1);
    ASSERT_TRUE(one.ok());
    expectSamePlan(one.value(), inParts.value());
    ASSERT_EQ(inParts->rejected.size(), 3u);
    EXPECT_EQ(inParts->rejected[1].error, (Error {ErrorCode::DuplicateRow, "mine.csv", 803, 0, {}, "202"}));

    ASSERT_GE(parts.size(), 10u);
    std::size_t next = 0; // the plan's next row
    std::vector<std::string> sources;
    bool acceptable = true;
    for (const ObservationImport::Part &part : parts) {
        EXPECT_GE(part.expectedRows, inParts->rows.size());
        EXPECT_TRUE(acceptable || !part.acceptable) << "acceptable again after a rejection";
        acceptable = part.acceptable;
        for (const PlannedObservation &row : part.rows.rows) {
            ASSERT_LT(next, inParts->rows.size());
            const PlannedObservation &whole = inParts->rows[next++];
            EXPECT_EQ(row.line, whole.line);
            EXPECT_EQ(row.action, whole.action);
            EXPECT_TRUE(sameObservationContent(part.rows.observation(row), inParts->observation(whole)));
            ASSERT_EQ(part.rows.stored(row) != nullptr, inParts->stored(whole) != nullptr);
            if (part.rows.stored(row)) {
                EXPECT_EQ(part.rows.stored(row)->rowId, inParts->stored(whole)->rowId);
            }
        }
        for (const Source &source : part.rows.newSources)
            sources.push_back(source.id);
    }
    EXPECT_EQ(next, 1200u - 3); // all but the three rejected
    EXPECT_TRUE(parts.front().acceptable);
    EXPECT_FALSE(parts.back().acceptable);
    ASSERT_EQ(sources.size(), 2u);
    EXPECT_EQ(sources[0], "my_sheet");
    EXPECT_EQ(sources[1], inParts->newSources[1].id);
}

// A syntax error ends the read wherever it is, with the error one thread reports.
TEST_F(CheckedImportTest, FileErrorInALaterPartIsTheSameAsOnOneThread)
{
    const std::string csv = csvOf(1200, {{1000, {{"note_en", "bad\"quote"}}}});
    const Dataset store = snapshot();
    auto inParts = ObservationImport::planInParts(
        csv, "mine.csv", store, [](ObservationImport::Part &&) { return Status {}; }, smallParts);
    auto one = ObservationImport::plan(csv, "mine.csv", store, 1);
    ASSERT_FALSE(inParts.ok());
    ASSERT_FALSE(one.ok());
    EXPECT_EQ(inParts.error(), one.error());
    EXPECT_EQ(inParts.error().line, 1002);
}

// Written part by part, the store ends up holding exactly what plan() + applyImport()
// write: the same rows with the same ids, the same update in the history, the same new
// sources; the outcome counts the same.
TEST_F(CheckedImportTest, WritesWhatPlanAndApplyImportWrite)
{
    const std::string csv = csvOf(1200, cleanSpecialRows());
    ASSERT_GT(csv.size(), 10 * smallParts);
    auto twin = twinStore();
    auto plan = ObservationImport::plan(csv, "mine.csv", snapshot(), 1);
    ASSERT_TRUE(plan.ok());
    ASSERT_TRUE(plan->acceptable());
    auto applied = twin->applyImport(plan.value());
    ASSERT_TRUE(applied.ok()) << describe(applied.error());

    std::vector<std::size_t> written;
    auto checked = CheckedImport::importBytes(
        *m_db, csv, "mine.csv", snapshot(),
        [&](std::size_t rows, std::size_t) {
            written.push_back(rows);
            return true;
        },
        smallParts);
    ASSERT_TRUE(checked.ok()) << describe(checked.error());
    ASSERT_TRUE(checked->outcome.has_value());
    EXPECT_FALSE(checked->cancelled);
    expectSamePlan(plan.value(), checked->plan);
    EXPECT_EQ(checked->outcome->added, 1198);
    EXPECT_EQ(checked->outcome->added, applied->added);
    EXPECT_EQ(checked->outcome->updated, 1);
    EXPECT_EQ(checked->outcome->unchanged, 1);
    EXPECT_EQ(checked->outcome->sourcesAdded, 2);
    EXPECT_TRUE(fs::exists(checked->outcome->backup));
    EXPECT_GE(written.size(), 10u);
    EXPECT_EQ(written.back(), 1200u);
    EXPECT_EQ(dumpWithoutTimes(m_db->handle()), dumpWithoutTimes(twin->handle()));
}

// 30,000 rows (past the size from which the series index is dropped and rebuilt), the
// last one rejected: every earlier part was written into the transaction by the time the
// last was checked, and all of it is rolled back — the store's file byte for byte, its
// backups, its series index and its foreign-key setting are as they were.
TEST_F(CheckedImportTest, RejectionInTheLastPartRollsBackEverythingWritten)
{
    constexpr int rows = 30000;
    const std::string csv = csvOf(rows, {{rows - 1, {{"value", "twelve"}}}});
    std::size_t writtenBeforeTheEnd = 0;
    const CheckedImportResult result = importExpectingNoChange(csv, [&](std::size_t written, std::size_t) {
        writtenBeforeTheEnd = written;
        return true;
    });
    EXPECT_GT(writtenBeforeTheEnd, static_cast<std::size_t>(rows) * 9 / 10);
    EXPECT_FALSE(result.outcome.has_value());
    EXPECT_FALSE(result.cancelled);
    ASSERT_EQ(result.plan.rejected.size(), 1u);
    EXPECT_EQ(
        result.plan.rejected[0].error, (Error {ErrorCode::NotANumber, "mine.csv", rows + 1, 6, "value", "twelve"}));
    EXPECT_EQ(result.plan.rows.size(), static_cast<std::size_t>(rows - 1));
}

// Cancelled after its first part was written, the import leaves the store as it was.
TEST_F(CheckedImportTest, CancelMidImportRollsBackEverythingWritten)
{
    constexpr int rows = 30000;
    const std::string csv = csvOf(rows, {});
    std::size_t written = 0;
    const CheckedImportResult result = importExpectingNoChange(csv, [&](std::size_t rowsWritten, std::size_t expected) {
        written = rowsWritten;
        EXPECT_GE(expected, static_cast<std::size_t>(rows));
        return false;
    });
    EXPECT_GT(written, 0u);
    EXPECT_LT(written, static_cast<std::size_t>(rows));
    EXPECT_TRUE(result.cancelled);
    EXPECT_FALSE(result.outcome.has_value());
}

// A rejection in the first part: nothing is begun, so no backup is even taken.
TEST_F(CheckedImportTest, RejectionInTheFirstPartWritesNothing)
{
    const std::string csv = csvOf(1200, {{3, {{"kind", "rumour"}}}});
    bool told = false;
    const CheckedImportResult result = importExpectingNoChange(csv, [&](std::size_t, std::size_t) {
        told = true;
        return true;
    });
    EXPECT_FALSE(told);
    ASSERT_EQ(result.plan.rejected.size(), 1u);
    EXPECT_EQ(result.plan.rejected[0].line, 5);
}

// A write error found in the last part — a metric the snapshot knew, deleted from the store
// since, cited only by the last row — is returned as applyImport() returns it, after the
// earlier parts were written, and rolls all of them back.
TEST_F(CheckedImportTest, WriteErrorInTheLastPartRollsBackEverythingWritten)
{
    constexpr int rows = 30000;
    const std::string csv = csvOf(rows, {{rows - 1, {{"metric", "capex_share"}}}});
    ASSERT_TRUE(m_db->execute("INSERT INTO metrics (id, name_en, name_zh, unit) "
                              "SELECT 'capex_share', name_en, name_zh, unit FROM metrics WHERE id = 'capex'"));
    const Dataset store = snapshot();
    ASSERT_TRUE(m_db->execute("DELETE FROM metrics WHERE id = 'capex_share'"));
    std::size_t written = 0;
    auto result = importExpectingNoChange(csv, store, [&](std::size_t rowsWritten, std::size_t) {
        written = rowsWritten;
        return true;
    });
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error(), (Error {ErrorCode::UnknownReference, "mine.csv", rows + 1, 0, "metric", "capex_share"}));
    EXPECT_GT(written, static_cast<std::size_t>(rows) * 9 / 10);
}

// JSON is checked whole and written as one part, with the outcome applyImport() reports.
TEST_F(CheckedImportTest, JsonIsWrittenAsOnePart)
{
    const Dataset store = snapshot();
    const std::string exported = ObservationExport(store).toJson();
    std::size_t parts = 0;
    auto result = CheckedImport::importBytes(*m_db, exported, "mine.json", store, [&](std::size_t, std::size_t) {
        ++parts;
        return true;
    });
    ASSERT_TRUE(result.ok()) << describe(result.error());
    ASSERT_TRUE(result->outcome.has_value());
    EXPECT_EQ(parts, 1u);
    EXPECT_EQ(result->plan.format, "json");
    EXPECT_EQ(result->outcome->added, 0);
    EXPECT_EQ(result->outcome->unchanged, static_cast<int>(store.observations.size()));
    EXPECT_GT(result->outcome->unchanged, 0);
}

// A store that has lived with dataset version 1 — the user added figures, edited a bundled
// one, deleted another and edited a bundled source — is upgraded to the dataset that ships.
// dataset-v1/ holds version 1 exactly as it was released (2026-11-23).
#include "database.h"
#include "datasetreader.h"
#include "sqlitestatement.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

using namespace capex;
namespace fs = std::filesystem;

namespace {

class DatasetUpgradeTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_dir = fs::temp_directory_path() / ("capexlens-upgrade-" + std::to_string(::getpid()));
        fs::remove_all(m_dir);
        fs::create_directories(m_dir);
        auto v1 = DatasetReader::readDirectory(fs::path(CAPEX_DATASET_V1_DIR));
        ASSERT_TRUE(v1.ok()) << describe(v1.error());
        m_v1 = std::move(v1).value();
        auto current = DatasetReader::read(bundledDatasetFiles());
        ASSERT_TRUE(current.ok()) << describe(current.error());
        m_current = std::move(current).value();
        auto db = Database::open(m_dir / "capexlens.db");
        ASSERT_TRUE(db.ok()) << describe(db.error());
        m_db = std::move(db).value();
        ASSERT_TRUE(m_db->syncBundled(m_v1).ok());
    }
    void TearDown() override
    {
        m_db.reset();
        fs::remove_all(m_dir);
    }

    std::int64_t count(const std::string &sql)
    {
        SqliteStatement q(m_db->handle(), sql);
        return q.step() ? q.integer(0) : -1;
    }
    std::int64_t rowIdOf(const std::string &uid)
    {
        return count("SELECT id FROM observations WHERE uid = '" + uid + "'");
    }
    Observation stored(std::int64_t rowId)
    {
        auto snapshot = m_db->snapshot();
        for (const Observation &o : snapshot->observations)
            if (o.rowId == rowId)
                return o;
        ADD_FAILURE() << "no record " << rowId;
        return {};
    }

    fs::path m_dir;
    Dataset m_v1;
    Dataset m_current;
    std::unique_ptr<Database> m_db;
};

} // namespace

TEST_F(DatasetUpgradeTest, TheShippedDatasetIsNewerThanVersionOne)
{
    EXPECT_EQ(m_v1.version, 1);
    EXPECT_GT(m_current.version, 1);
    EXPECT_GT(m_current.observations.size(), m_v1.observations.size() + 200);
}

TEST_F(DatasetUpgradeTest, KeepsEveryRecordTheUserEnteredOrEdited)
{
    // The user's own figure.
    Observation mine;
    mine.entity = "meta";
    mine.metric = "capex";
    mine.period = *Period::parse("2027");
    mine.value = 160e9;
    mine.unit = "USD";
    mine.currency = "USD";
    mine.kind = Kind::Forecast;
    mine.grade = Grade::Estimate;
    mine.source = "meta_q4_2025_results";
    mine.noteEn = "my 2027 forecast";
    auto mineId = m_db->addUserObservation(mine);
    ASSERT_TRUE(mineId.ok()) << describe(mineId.error());

    // A bundled figure the user corrected: version 2 rewrites this record (its period moves to
    // the date 2024-12-31), but the user's correction stands.
    const std::int64_t fleetId = rowIdOf("microsoft.gpu_fleet_h100e.2024.epoch");
    ASSERT_GT(fleetId, 0);
    Observation corrected = stored(fleetId);
    corrected.value = 1.2e6;
    corrected.noteEn = "my correction";
    ASSERT_TRUE(m_db->updateObservation(corrected).ok());

    // A bundled figure the user deleted, which version 2 still ships.
    const std::int64_t deletedId = rowIdOf("alphabet.capex.2024.q4_2024");
    ASSERT_GT(deletedId, 0);
    ASSERT_TRUE(m_db->deleteObservation(deletedId).ok());

    // A bundled source the user edited, including the seeds it came through.
    Source source = *m_db->snapshot()->source("morgan_stanley_2025_02");
    source.title = "my title";
    source.via = {"seed_000"};
    ASSERT_TRUE(m_db->updateSource(source).ok());

    auto report = m_db->syncBundled(m_current);
    ASSERT_TRUE(report.ok()) << describe(report.error());
    EXPECT_EQ(report->fromVersion, 1);
    EXPECT_EQ(report->toVersion, m_current.version);
    EXPECT_FALSE(report->backup.empty());
    EXPECT_GE(report->added, 200);

    const Observation keptMine = stored(mineId.value());
    EXPECT_DOUBLE_EQ(*keptMine.value, 160e9);
    EXPECT_EQ(keptMine.noteEn, "my 2027 forecast");
    const Observation keptCorrection = stored(fleetId);
    EXPECT_DOUBLE_EQ(*keptCorrection.value, 1.2e6);
    EXPECT_EQ(keptCorrection.period.toString(), "2024");
    EXPECT_EQ(keptCorrection.noteEn, "my correction");
    EXPECT_EQ(count("SELECT count(*) FROM observations WHERE uid = 'alphabet.capex.2024.q4_2024'"), 0);
    const Source keptSource = *m_db->snapshot()->source("morgan_stanley_2025_02");
    EXPECT_EQ(keptSource.title, "my title");
    EXPECT_EQ(keptSource.via, std::vector<std::string>{"seed_000"});
}

TEST_F(DatasetUpgradeTest, BundledRecordsTakeTheNewDefinitionsAndKeepTheOldValuesInTheirHistory)
{
    ASSERT_TRUE(m_db->syncBundled(m_current).ok());
    // Epoch's 2024 fleet moved from the year to the date it is measured at, with exact figures.
    const std::int64_t fleetId = rowIdOf("microsoft.gpu_fleet_h100e.2024.epoch");
    ASSERT_GT(fleetId, 0);
    const Observation fleet = stored(fleetId);
    EXPECT_EQ(fleet.period.toString(), "2024-12-31");
    EXPECT_DOUBLE_EQ(*fleet.value, 1130364);
    EXPECT_EQ(count("SELECT count(*) FROM observation_history WHERE observation_uid = "
                    "'microsoft.gpu_fleet_h100e.2024.epoch' AND change = 'update' AND old_value = 1130000"),
              1);
    // Microsoft's cash figures left the headline series for the cash one.
    EXPECT_EQ(count("SELECT count(*) FROM observations WHERE uid = 'microsoft.capex.FY2025-06.10k'"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM observations WHERE uid = 'microsoft.capex_cash.FY2025-06.10k' "
                    "AND metric_id = 'capex_cash' AND value = 64.55e9"),
              1);
    EXPECT_EQ(count("SELECT count(*) FROM observations WHERE entity_id = 'microsoft' AND metric_id = 'capex' "
                    "AND period = 'FY2025-06' AND kind = 'actual' AND value = 88.2e9"),
              1);
    EXPECT_EQ(count("SELECT count(*) FROM observation_history WHERE observation_uid = "
                    "'microsoft.capex.FY2025-06.10k' AND change = 'delete' AND old_value = 64.55e9"),
              1);
    // The store now holds exactly what ships.
    EXPECT_EQ(count("SELECT count(*) FROM observations"), static_cast<std::int64_t>(m_current.observations.size()));
}

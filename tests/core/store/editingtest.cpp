// Editing one record at a time: observations and sources added, changed and deleted by
// the user, each change kept in the history and each undoable exactly.
#include "database.h"
#include "recordcheck.h"
#include "sqlitestatement.h"
#include "testdataset.h"

#include <filesystem>
#include <gtest/gtest.h>

using namespace capex;
namespace fs = std::filesystem;

namespace {

class EditingTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_dir = fs::temp_directory_path()
            / ("capexlens-editingtest-" + std::to_string(::getpid()) + '-'
                + ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(m_dir);
        fs::create_directories(m_dir);
        auto db = Database::open(m_dir / "capexlens.db");
        ASSERT_TRUE(db.ok()) << describe(db.error());
        m_db = std::move(db).value();
        auto sync = m_db->syncBundled(capex::testing::tinyDataset());
        ASSERT_TRUE(sync.ok()) << describe(sync.error());
    }
    void TearDown() override
    {
        m_db.reset();
        fs::remove_all(m_dir);
    }

    std::int64_t count(const char *sqlCount) const
    {
        SqliteStatement q(m_db->handle(), sqlCount);
        return q.step() ? q.integer(0) : -1;
    }

    Observation stored(const std::string &uid) const
    {
        const Dataset snapshot = m_db->snapshot().value();
        for (const Observation &o : snapshot.observations)
            if (o.uid == uid)
                return o;
        ADD_FAILURE() << "no record " << uid;
        return {};
    }

    std::optional<Observation> byId(std::int64_t rowId) const
    {
        const Dataset snapshot = m_db->snapshot().value();
        for (const Observation &o : snapshot.observations)
            if (o.rowId == rowId)
                return o;
        return std::nullopt;
    }

    /// A user's figure: Meta's 2026 capex, estimated at 120 B within 110–130 B.
    static Observation mine()
    {
        Observation o;
        o.entity = "meta";
        o.metric = "capex";
        o.period = Period::calendarYear(2026);
        o.value = 120e9;
        o.low = 110e9;
        o.high = 130e9;
        o.unit = "USD";
        o.currency = "USD";
        o.kind = Kind::Estimate;
        o.grade = Grade::Estimate;
        o.source = "meta_q4";
        o.noteEn = "my estimate";
        o.noteZh = "我的估计";
        return o;
    }

    static Dataset version2()
    {
        Dataset d = capex::testing::tinyDataset();
        d.version = 2;
        d.observations[0].value = 72.5e9; // meta.capex.2025 restated
        d.observations[1].low = 118e9; // the guidance narrowed
        d.observations[2].value = 150e9; // bytedance.capex.2025 revised
        return d;
    }

    fs::path m_dir;
    std::unique_ptr<Database> m_db;
};

} // namespace

TEST_F(EditingTest, AddedObservationIsTheUsersWithEveryField)
{
    auto id = m_db->addObservation(mine());
    ASSERT_TRUE(id.ok()) << describe(id.error());
    auto o = byId(id.value());
    ASSERT_TRUE(o);
    EXPECT_TRUE(o->userEntered);
    EXPECT_TRUE(o->uid.empty());
    EXPECT_EQ(o->period, Period::calendarYear(2026));
    EXPECT_DOUBLE_EQ(*o->value, 120e9);
    EXPECT_DOUBLE_EQ(*o->low, 110e9);
    EXPECT_DOUBLE_EQ(*o->high, 130e9);
    EXPECT_EQ(o->kind, Kind::Estimate);
    EXPECT_EQ(o->noteZh, "我的估计");
    EXPECT_EQ(count("SELECT count(*) FROM observations"), 4);
    EXPECT_EQ(count("SELECT count(*) FROM observation_history"), 0);
}

TEST_F(EditingTest, NewRecordNeverInheritsTheHistoryOfADeletedOne)
{
    // The bundled records have ids 1–3; deleting the newest leaves history naming id 3.
    const Observation last = stored("bytedance.capex.2025");
    ASSERT_EQ(last.rowId, 3);
    ASSERT_TRUE(m_db->deleteObservation(last.rowId).ok());
    auto id = m_db->addObservation(mine());
    ASSERT_TRUE(id.ok());
    EXPECT_EQ(id.value(), 4);
    EXPECT_TRUE(m_db->observationHistory(id.value()).value().empty());
}

TEST_F(EditingTest, UpdateKeepsTheOldValuesInTheHistoryAsTheUsers)
{
    Observation o = stored("meta.capex.2025");
    EXPECT_FALSE(o.userEntered);
    o.value = 72.5e9;
    o.asOf = "2026-02-15";
    auto history = m_db->updateObservation(o);
    ASSERT_TRUE(history.ok()) << describe(history.error());
    EXPECT_GT(history.value(), 0);

    const Observation now = stored("meta.capex.2025");
    EXPECT_DOUBLE_EQ(*now.value, 72.5e9);
    EXPECT_EQ(now.asOf, "2026-02-15");
    EXPECT_TRUE(now.userEntered); // an edited bundled record is the user's now

    auto changes = m_db->observationHistory(o.rowId, o.uid);
    ASSERT_TRUE(changes.ok());
    ASSERT_EQ(changes->size(), 1u);
    const ObservationChange &c = changes->front();
    EXPECT_EQ(c.id, history.value());
    EXPECT_EQ(c.changedBy, ObservationChange::By::User);
    EXPECT_EQ(c.change, ObservationChange::What::Update);
    EXPECT_DOUBLE_EQ(*c.oldValue, 72.22e9);
    EXPECT_EQ(c.oldAsOf, "2026-01-28");
    EXPECT_EQ(c.oldSource, "meta_q4");
    EXPECT_EQ(c.changedAt.size(), 20u); // 2026-02-01T09:30:00Z
    EXPECT_EQ(count("SELECT count(*) FROM observation_history WHERE changed_by = 'user'"), 1);
}

TEST_F(EditingTest, UpdateWithNothingChangedWritesNoHistory)
{
    auto id = m_db->addObservation(mine());
    ASSERT_TRUE(id.ok());
    Observation same = *byId(id.value());
    auto history = m_db->updateObservation(same);
    ASSERT_TRUE(history.ok());
    EXPECT_EQ(history.value(), 0);
    EXPECT_EQ(count("SELECT count(*) FROM observation_history"), 0);
}

TEST_F(EditingTest, DeleteKeepsTheRecordInTheHistory)
{
    const Observation o = stored("meta.capex.2026.guidance");
    auto history = m_db->deleteObservation(o.rowId);
    ASSERT_TRUE(history.ok()) << describe(history.error());
    EXPECT_FALSE(byId(o.rowId));
    EXPECT_EQ(count("SELECT count(*) FROM observations"), 2);
    auto changes = m_db->observationHistory(o.rowId, o.uid).value();
    ASSERT_EQ(changes.size(), 1u);
    EXPECT_EQ(changes[0].change, ObservationChange::What::Delete);
    EXPECT_FALSE(changes[0].oldValue);
    EXPECT_DOUBLE_EQ(*changes[0].oldLow, 115e9);
    EXPECT_DOUBLE_EQ(*changes[0].oldHigh, 135e9);
}

TEST_F(EditingTest, UndoingAnEditRestoresTheOldRecordAndForgetsTheChange)
{
    const Observation before = stored("meta.capex.2025");
    Observation after = before;
    after.value = 80e9;
    after.noteEn = "typo";
    auto history = m_db->updateObservation(after);
    ASSERT_TRUE(history.ok());
    ASSERT_TRUE(m_db->restoreObservation(before, history.value()).ok());

    const Observation back = stored("meta.capex.2025");
    EXPECT_EQ(back.rowId, before.rowId);
    EXPECT_DOUBLE_EQ(*back.value, 72.22e9);
    EXPECT_EQ(back.noteEn, "Full-year capex");
    EXPECT_FALSE(back.userEntered); // bundled again: dataset updates apply to it
    EXPECT_EQ(count("SELECT count(*) FROM observation_history"), 0);
}

TEST_F(EditingTest, UndoingADeleteBringsBackTheSameRecord)
{
    const Observation before = stored("bytedance.capex.2025");
    auto history = m_db->deleteObservation(before.rowId);
    ASSERT_TRUE(history.ok());
    ASSERT_TRUE(m_db->restoreObservation(before, history.value()).ok());
    auto back = byId(before.rowId);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->uid, "bytedance.capex.2025");
    EXPECT_DOUBLE_EQ(*back->value, 160e9);
    EXPECT_EQ(back->currency, "CNY");
    EXPECT_EQ(back->noteZh, "2025年计划，为2024年的两倍");
    EXPECT_EQ(count("SELECT count(*) FROM observation_history"), 0);
}

TEST_F(EditingTest, UndoingAnAddRemovesItAndRedoReusesItsId)
{
    auto id = m_db->addObservation(mine());
    ASSERT_TRUE(id.ok());
    ASSERT_TRUE(m_db->discardObservation(id.value()).ok());
    EXPECT_EQ(count("SELECT count(*) FROM observations"), 3);
    EXPECT_EQ(count("SELECT count(*) FROM observation_history"), 0);

    Observation again = mine();
    again.rowId = id.value();
    auto redone = m_db->addObservation(again);
    ASSERT_TRUE(redone.ok());
    EXPECT_EQ(redone.value(), id.value());
}

TEST_F(EditingTest, EditingAVanishedRecordSaysSoAndWritesNothing)
{
    Observation ghost = mine();
    ghost.rowId = 99;
    auto result = m_db->updateObservation(ghost);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::RecordNotFound);
    EXPECT_EQ(result.error().detail, "99");
    EXPECT_EQ(m_db->deleteObservation(99).error().code, ErrorCode::RecordNotFound);
    EXPECT_EQ(m_db->discardObservation(99).error().code, ErrorCode::RecordNotFound);
    EXPECT_EQ(count("SELECT count(*) FROM observation_history"), 0);
}

TEST_F(EditingTest, FailingUpdateLeavesRecordAndHistoryUnchanged)
{
    Observation o = stored("meta.capex.2025");
    o.value = 99e9;
    o.source = "no_such_source"; // refused by the foreign key after the history row was written
    auto result = m_db->updateObservation(o);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::DatabaseQuery);
    const Observation unchanged = stored("meta.capex.2025");
    EXPECT_DOUBLE_EQ(*unchanged.value, 72.22e9);
    EXPECT_EQ(unchanged.source, "meta_q4");
    EXPECT_FALSE(unchanged.userEntered);
    EXPECT_EQ(count("SELECT count(*) FROM observation_history"), 0);
}

TEST_F(EditingTest, InvertedRangeIsRefusedByTheStoreToo)
{
    Observation o = mine();
    o.low = 140e9; // above high
    auto result = m_db->addObservation(o);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::DatabaseQuery);
    EXPECT_EQ(count("SELECT count(*) FROM observations"), 3);
}

TEST_F(EditingTest, UserRecordsAndEditsSurviveADatasetUpdate)
{
    auto added = m_db->addObservation(mine());
    ASSERT_TRUE(added.ok());
    Observation edited = stored("meta.capex.2025");
    edited.value = 73e9;
    ASSERT_TRUE(m_db->updateObservation(edited).ok());
    const Observation deleted = stored("bytedance.capex.2025");
    ASSERT_TRUE(m_db->deleteObservation(deleted.rowId).ok());

    auto report = m_db->syncBundled(version2());
    ASSERT_TRUE(report.ok()) << describe(report.error());
    EXPECT_EQ(report->updated, 1); // only the guidance nobody touched
    EXPECT_EQ(report->added, 0); // the deleted record stays deleted

    EXPECT_DOUBLE_EQ(*byId(added.value())->value, 120e9);
    EXPECT_DOUBLE_EQ(*stored("meta.capex.2025").value, 73e9);
    EXPECT_DOUBLE_EQ(*stored("meta.capex.2026.guidance").low, 118e9);
    EXPECT_FALSE(byId(deleted.rowId));
    EXPECT_EQ(count("SELECT count(*) FROM observations WHERE uid = 'bytedance.capex.2025'"), 0);
}

TEST_F(EditingTest, HistoryShowsBundledUpdatesBeforeTheUsers)
{
    const Observation guidance = stored("meta.capex.2026.guidance");
    ASSERT_TRUE(m_db->syncBundled(version2()).ok());
    Observation revised = stored("meta.capex.2026.guidance");
    revised.low = 125e9;
    revised.high = 140e9;
    ASSERT_TRUE(m_db->updateObservation(revised).ok());

    auto changes = m_db->observationHistory(guidance.rowId, guidance.uid).value();
    ASSERT_EQ(changes.size(), 2u);
    EXPECT_EQ(changes[0].changedBy, ObservationChange::By::Bundled);
    EXPECT_DOUBLE_EQ(*changes[0].oldLow, 115e9);
    EXPECT_EQ(changes[1].changedBy, ObservationChange::By::User);
    EXPECT_DOUBLE_EQ(*changes[1].oldLow, 118e9);
    EXPECT_DOUBLE_EQ(*changes[1].oldHigh, 135e9);
}

TEST_F(EditingTest, SourcesAreAddedEditedAndRestored)
{
    Source s;
    s.publisher = "The Information";
    s.title = "Meta raises its capex plan";
    s.url = "https://www.theinformation.com/meta";
    s.date = "2026-03";
    s.language = "en";
    auto id = m_db->addSource(s);
    ASSERT_TRUE(id.ok()) << describe(id.error());
    EXPECT_EQ(id.value(), "user_source_1");
    EXPECT_EQ(count("SELECT count(*) FROM sources WHERE id = 'user_source_1' AND user_entered = 1"), 1);

    const Source bundled = *m_db->snapshot().value().source("meta_q4");
    Source edited = bundled;
    edited.title = "Fourth quarter 2025 results";
    ASSERT_TRUE(m_db->updateSource(edited).ok());
    EXPECT_EQ(count("SELECT count(*) FROM sources WHERE id = 'meta_q4' AND user_entered = 1 AND "
                    "title = 'Fourth quarter 2025 results'"),
        1);
    ASSERT_TRUE(m_db->restoreSource(bundled).ok());
    EXPECT_EQ(count("SELECT count(*) FROM sources WHERE id = 'meta_q4' AND user_entered = 0 AND "
                    "title = 'Q4 2025 results'"),
        1);
}

TEST_F(EditingTest, EditedSourceSurvivesADatasetUpdate)
{
    Source edited = *m_db->snapshot().value().source("meta_q4");
    edited.title = "My title";
    ASSERT_TRUE(m_db->updateSource(edited).ok());
    ASSERT_TRUE(m_db->syncBundled(version2()).ok());
    EXPECT_EQ(m_db->snapshot().value().source("meta_q4")->title, "My title");
}

TEST_F(EditingTest, CitedSourceCannotBeDeleted)
{
    auto result = m_db->deleteSource("meta_q4"); // two figures cite it
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::StillReferenced);
    EXPECT_EQ(result.error().detail, "2");
    auto seed = m_db->deleteSource("seed_001"); // the FX rate, the event, the curve and a source's via
    ASSERT_FALSE(seed.ok());
    EXPECT_EQ(seed.error().detail, "4");
    EXPECT_EQ(count("SELECT count(*) FROM sources"), 3);
}

TEST_F(EditingTest, DeletedSourceComesBackWithItsVia)
{
    Source s;
    s.publisher = "中金公司";
    s.title = "AI算力";
    s.language = "zh";
    s.via = {"seed_001"};
    auto id = m_db->addSource(s);
    ASSERT_TRUE(id.ok());
    const Source before = *m_db->snapshot().value().source(id.value());
    ASSERT_TRUE(m_db->deleteSource(id.value()).ok());
    EXPECT_EQ(count("SELECT count(*) FROM source_via"), 1); // zheshang's only
    ASSERT_TRUE(m_db->restoreSource(before).ok());
    const Source back = *m_db->snapshot().value().source(id.value());
    EXPECT_EQ(back.publisher, "中金公司");
    EXPECT_EQ(back.via, std::vector<std::string> {"seed_001"});
    EXPECT_TRUE(back.userEntered);
}

TEST_F(EditingTest, EntitiesAndMetricsOfTheUsersAreAddedOnce)
{
    ASSERT_TRUE(m_db->addEntity({"xai", "lab", "xAI", "xAI", false}).ok());
    EXPECT_EQ(count("SELECT count(*) FROM entities WHERE id = 'xai' AND user_entered = 1 AND type = 'lab'"), 1);
    auto again = m_db->addEntity({"xai", "company", "x", "x", false});
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::DuplicateId);
    ASSERT_TRUE(m_db->addMetric({"gpu_orders", "GPU orders", "GPU订单", "GPU", false}).ok());
    EXPECT_EQ(count("SELECT count(*) FROM metrics WHERE id = 'gpu_orders' AND user_entered = 1"), 1);
    // A dataset update leaves both alone.
    ASSERT_TRUE(m_db->syncBundled(version2()).ok());
    EXPECT_EQ(count("SELECT count(*) FROM entities WHERE id = 'xai'"), 1);
}

TEST_F(EditingTest, ReadOnlyStoreRefusesEveryEdit)
{
    m_db.reset();
    auto db = Database::open(m_dir / "capexlens.db", Database::Access::ReadOnly);
    ASSERT_TRUE(db.ok());
    EXPECT_EQ(db.value()->addObservation(mine()).error().code, ErrorCode::DatabaseQuery);
    EXPECT_EQ(db.value()->deleteObservation(1).error().code, ErrorCode::DatabaseQuery);
    EXPECT_EQ(db.value()->deleteSource("zheshang").error().code, ErrorCode::DatabaseQuery);
}

// The editor's checks, each naming the field.

TEST_F(EditingTest, CheckNamesTheFieldOfEachProblem)
{
    const Dataset store = m_db->snapshot().value();
    EXPECT_TRUE(checkObservation(mine(), store).ok());
    auto fieldOf = [&](auto change) {
        Observation o = mine();
        change(o);
        Status s = checkObservation(o, store);
        return s.ok() ? std::string("ok") : std::string(errorCodeName(s.error().code)) + ' ' + s.error().field;
    };
    EXPECT_EQ(fieldOf([](Observation &o) { o.entity = "nvidia"; }), "UnknownReference entity");
    EXPECT_EQ(fieldOf([](Observation &o) { o.metric.clear(); }), "MissingField metric");
    EXPECT_EQ(fieldOf([](Observation &o) { o.period = Period::fiscalYear(2025, 13); }), "InvalidPeriod period");
    EXPECT_EQ(fieldOf([](Observation &o) { o.low = 131e9; }), "RangeInverted low");
    EXPECT_EQ(fieldOf([](Observation &o) { o.value = 105e9; }), "RangeInverted value");
    EXPECT_EQ(fieldOf([](Observation &o) { o.value = o.low = o.high = std::nullopt; }), "MissingField value");
    EXPECT_EQ(fieldOf([](Observation &o) { o.currency = "EUR"; }), "NoFxRate currency");
    EXPECT_EQ(fieldOf([](Observation &o) { o.currency.clear(); }), "MissingField currency");
    EXPECT_EQ(fieldOf([](Observation &o) { o.unit.clear(); }), "MissingField unit");
    EXPECT_EQ(fieldOf([](Observation &o) { o.source = "nowhere"; }), "UnknownReference source");
    EXPECT_EQ(fieldOf([](Observation &o) { o.asOf = "2026-02-30"; }), "InvalidValue as_of");
    // A range alone, and a value alone, are both fine.
    EXPECT_EQ(fieldOf([](Observation &o) { o.value.reset(); }), "ok");
    EXPECT_EQ(fieldOf([](Observation &o) { o.low = o.high = std::nullopt; }), "ok");
}

TEST_F(EditingTest, SourceAndEntityChecksNameTheField)
{
    Source s {"", "Meta", "Results", "", "2026-01", "en", false, {}, true};
    EXPECT_TRUE(checkSource(s).ok());
    s.url = "investor.atmeta.com";
    EXPECT_EQ(checkSource(s).error().field, "url");
    s.url.clear();
    s.date = "2026-13";
    EXPECT_EQ(checkSource(s).error().field, "date");
    s.date = "2026";
    s.publisher.clear();
    EXPECT_EQ(checkSource(s).error().field, "publisher");

    const Dataset store = m_db->snapshot().value();
    EXPECT_TRUE(checkEntity({"xai", "lab", "xAI", "", false}, store).ok());
    EXPECT_EQ(checkEntity({"meta", "company", "Meta", "", false}, store).error().code, ErrorCode::DuplicateId);
    EXPECT_EQ(checkEntity({"X AI", "lab", "xAI", "", false}, store).error().field, "id");
    EXPECT_EQ(checkEntity({"xai", "startup", "xAI", "", false}, store).error().field, "type");
    EXPECT_EQ(checkMetric({"orders", "Orders", "", "", false}, store).error().field, "unit");
}

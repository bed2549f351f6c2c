#pragma once

#include "database.h"
#include "observationexport.h"
#include "observationimport.h"
#include "sqlitestatement.h"
#include "../testdataset.h"

#include <gtest/gtest.h>

#include <sqlite3.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <unistd.h>
#include <vector>

namespace capex::testing {

/// Every row of every table, ordered, as text: two dumps are equal exactly when the
/// store holds the same records.
inline std::string dumpDatabase(sqlite3 *db)
{
    std::string dump;
    std::vector<std::string> tables;
    {
        SqliteStatement q(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
        while (q.step())
            tables.push_back(q.text(0));
    }
    for (const std::string &table : tables) {
        dump += "== " + table + '\n';
        sqlite3_stmt *statement = nullptr;
        const std::string sql = "SELECT * FROM \"" + table + "\"";
        if (sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr) != SQLITE_OK)
            return "cannot read " + table;
        std::vector<std::string> rows;
        while (sqlite3_step(statement) == SQLITE_ROW) {
            std::string row;
            for (int c = 0; c < sqlite3_column_count(statement); ++c) {
                const unsigned char *text = sqlite3_column_text(statement, c);
                row += text ? reinterpret_cast<const char *>(text) : "NULL";
                row += '|';
            }
            rows.push_back(row);
        }
        sqlite3_finalize(statement);
        std::sort(rows.begin(), rows.end());
        for (const std::string &row : rows)
            dump += row + '\n';
    }
    return dump;
}

/// The export's CSV columns, in order: entity=1 … value=6, low=7, high=8, unit=9,
/// currency=10, kind=11, grade=12, as_of=13, note_en=14, note_zh=15, source_id=16,
/// source_publisher=17, source_title=18, source_url=19, source_date=20, source_via=21.
inline std::string csvHeader(char delimiter = ',')
{
    std::string header;
    for (const std::string &column : ObservationExport::csvColumns())
        header += (header.empty() ? "" : std::string(1, delimiter)) + column;
    return header + "\r\n";
}

/// A valid row (Meta's 2024 capex, not in the tiny dataset) with `changes` applied by
/// column name.
inline std::string csvRow(const std::map<std::string, std::string> &changes = {}, char delimiter = ',')
{
    std::map<std::string, std::string> row = {
        {"entity", "meta"},         {"entity_en", "Meta"},        {"entity_zh", "Meta"},
        {"metric", "capex"},        {"period", "2024"},           {"value", "39230000000"},
        {"unit", "USD"},            {"currency", "USD"},          {"kind", "actual"},
        {"grade", "reported"},      {"as_of", "2025-01-29"},      {"note_en", "Full-year capex"},
        {"note_zh", "全年资本开支"}, {"source_id", "meta_q4"}};
    for (const auto &[column, value] : changes)
        row[column] = value;
    std::string line;
    bool first = true;
    for (const std::string &column : ObservationExport::csvColumns()) {
        line += (first ? "" : std::string(1, delimiter)) + row[column];
        first = false;
    }
    return line + "\r\n";
}

/// Whether two plans hold the same rows, actions, stored matches, rejections and new sources.
inline void expectSamePlan(const ImportPlan &one, const ImportPlan &two)
{
    ASSERT_EQ(one.rows.size(), two.rows.size());
    for (std::size_t i = 0; i < one.rows.size(); ++i) {
        const PlannedObservation &a = one.rows[i];
        const PlannedObservation &b = two.rows[i];
        EXPECT_EQ(a.line, b.line);
        EXPECT_EQ(a.action, b.action) << "line " << a.line;
        EXPECT_TRUE(sameObservationContent(one.observation(a), two.observation(b))) << "line " << a.line;
        ASSERT_EQ(one.stored(a) != nullptr, two.stored(b) != nullptr) << "line " << a.line;
        if (one.stored(a)) {
            EXPECT_EQ(one.stored(a)->rowId, two.stored(b)->rowId);
        }
    }
    ASSERT_EQ(one.rejected.size(), two.rejected.size());
    for (std::size_t i = 0; i < one.rejected.size(); ++i) {
        EXPECT_EQ(one.rejected[i].line, two.rejected[i].line);
        EXPECT_EQ(one.rejected[i].error, two.rejected[i].error) << describe(two.rejected[i].error);
    }
    ASSERT_EQ(one.newSources.size(), two.newSources.size());
    for (std::size_t i = 0; i < one.newSources.size(); ++i) {
        EXPECT_EQ(one.newSources[i].id, two.newSources[i].id);
        EXPECT_EQ(one.newSources[i].title, two.newSources[i].title);
    }
}

/// `count` valid rows of about 150 bytes, each its own record by its note; `special` puts
/// changes on the rows it names.
inline std::string csvOf(int count, const std::map<int, std::map<std::string, std::string>> &special)
{
    std::string csv = csvHeader();
    for (int i = 0; i < count; ++i) {
        std::map<std::string, std::string> changes = {{"note_en", "Row " + std::to_string(i)},
                                                      {"period", std::to_string(2000 + i % 25)}};
        if (auto it = special.find(i); it != special.end())
            for (const auto &[column, value] : it->second)
                changes[column] = value;
        csv += csvRow(changes);
    }
    return csv;
}

/// A fresh store in a folder of its own, holding the tiny dataset.
class StoreFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_dir = std::filesystem::temp_directory_path()
            / ("capexlens-import-" + std::to_string(::getpid()) + '-'
               + ::testing::UnitTest::GetInstance()->current_test_info()->test_suite_name() + '-'
               + ::testing::UnitTest::GetInstance()->current_test_info()->name());
        std::filesystem::remove_all(m_dir);
        std::filesystem::create_directories(m_dir);
        auto db = Database::open(dbPath());
        ASSERT_TRUE(db.ok()) << describe(db.error());
        m_db = std::move(db).value();
        auto sync = m_db->syncBundled(tinyDataset());
        ASSERT_TRUE(sync.ok()) << describe(sync.error());
    }
    void TearDown() override
    {
        m_db.reset();
        std::filesystem::remove_all(m_dir);
    }

    std::filesystem::path dbPath() const { return m_dir / "capexlens.db"; }
    Dataset snapshot() const
    {
        auto s = m_db->snapshot();
        EXPECT_TRUE(s.ok());
        return s.ok() ? s.value() : Dataset{};
    }
    std::string dump() const { return dumpDatabase(m_db->handle()); }

    /// What the CLI and the UI do: plan against the snapshot, write only a clean plan.
    Result<ImportPlan> importBytes(const std::string &bytes, const std::string &name = "mine.csv")
    {
        auto plan = ObservationImport::plan(bytes, name, snapshot());
        if (!plan.ok())
            return plan;
        if (plan->acceptable()) {
            auto outcome = m_db->applyImport(plan.value());
            if (!outcome.ok())
                return outcome.error();
        }
        return plan;
    }

    std::filesystem::path m_dir;
    std::unique_ptr<Database> m_db;
};

} // namespace capex::testing

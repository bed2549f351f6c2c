// A large CSV is checked in two halves on two threads: the plan must be the one a single
// thread makes, row for row, rejection for rejection.
#include "importtesting.h"

using namespace capex;
using namespace capex::testing;

namespace {

/// The plan of `csv` checked on `threads` threads.
ImportPlan planOn(const std::string &csv, const Dataset &snapshot, int threads)
{
    auto plan = ObservationImport::plan(csv, "mine.csv", snapshot, threads);
    EXPECT_TRUE(plan.ok()) << describe(plan.error());
    return plan.ok() ? std::move(plan).value() : ImportPlan{};
}

class PlanThreadsTest : public StoreFixture
{
};

} // namespace

// 1,200 rows, about 180 KB: the second thread starts near row 600. What it cannot decide
// alone — repeats of earlier rows, sources the file adds, stored records — must come out
// as on one thread.
TEST_F(PlanThreadsTest, TwoThreadsMakeTheSamePlanAsOne)
{
    const std::string csv = csvOf(
        1200, {
                  {100, {{"source_id", "my_sheet"}, {"source_publisher", "Me"}, {"source_title", "My sheet"}}},
                  {200, {{"note_en", "Repeated"}}},
                  {300, {{"period", "20x5"}}},
                  {590, {{"note_zh", "\"第一行\n第二行\""}}}, // a quoted line break before the middle
                  {700, {{"period", "20x6"}}},
                  {750, {{"period", "2025"}, {"note_en", "Full-year capex"}}}, // updates the stored record
                  {760,
                   {{"period", "2026"},
                    {"kind", "guidance"},
                    {"value", ""},
                    {"low", "115000000000"},
                    {"high", "135000000000"},
                    {"as_of", "2026-01-28"},
                    {"note_en", "Guidance range"},
                    {"note_zh", "指引区间"}}}, // repeats the stored record unchanged
                  {800, {{"note_en", "Repeated"}}},                                 // repeats row 200
                  {850, {{"note_en", "Twice late"}}},
                  {900, {{"source_id", "my_sheet"}}}, // the source row 100 adds
                  {950, {{"note_en", "Twice late"}}}, // repeats row 850
                  {1000, {{"source_id", ""}, {"source_publisher", "Them"}, {"source_title", "Their sheet"}}},
                  {1050, {{"source_id", ""}, {"source_publisher", "Them"}, {"source_title", "Their sheet"}}},
                  {1150, {{"source_id", "nowhere"}}},
              });
    ASSERT_GT(csv.size(), 128u * 1024);
    const Dataset store = snapshot();
    const ImportPlan one = planOn(csv, store, 1);
    const ImportPlan two = planOn(csv, store, 2);
    expectSamePlan(one, two);

    // Row i is on line i + 2 up to row 590, on line i + 3 after its line break.
    ASSERT_EQ(two.rejected.size(), 5u);
    EXPECT_EQ(two.rejected[0].error, (Error{ErrorCode::InvalidPeriod, "mine.csv", 302, 5, "period", "20x5"}));
    EXPECT_EQ(two.rejected[1].error, (Error{ErrorCode::InvalidPeriod, "mine.csv", 703, 5, "period", "20x6"}));
    EXPECT_EQ(two.rejected[2].error, (Error{ErrorCode::DuplicateRow, "mine.csv", 803, 0, {}, "202"}));
    EXPECT_EQ(two.rejected[3].error, (Error{ErrorCode::DuplicateRow, "mine.csv", 953, 0, {}, "853"}));
    EXPECT_EQ(two.rejected[4].error, (Error{ErrorCode::UnknownReference, "mine.csv", 1153, 16, "source_id", "nowhere"}));
    EXPECT_EQ(two.count(ImportAction::Update), 1);
    EXPECT_EQ(two.count(ImportAction::Unchanged), 1);
    ASSERT_EQ(two.newSources.size(), 2u);
    EXPECT_EQ(two.newSources[0].id, "my_sheet");
    EXPECT_EQ(two.newSources[1].title, "Their sheet");
    EXPECT_EQ(two.rows[2].line, 4);
    EXPECT_EQ(two.rows.back().line, 1201 + 1);
    EXPECT_EQ(two.text[two.rows.back().noteEn], "Row 1199");
}

// The middle of the file falls inside a quoted note of many lines: the second thread must
// start after it, and every line number after it must count the note's lines.
TEST_F(PlanThreadsTest, QuotedLinesAcrossTheMiddleAreOneRecord)
{
    std::string content; // as read: the quotes of the file undoubled
    for (int i = 0; i < 400; ++i)
        content += "a line of the note, \"quoted\", that is long enough to matter " + std::to_string(i) + "\n";
    std::string note = "\"";
    for (char c : content)
        note += c == '"' ? std::string("\"\"") : std::string(1, c);
    note += "\"";
    const std::string csv = csvOf(600, {{300, {{"note_zh", note}}}, {500, {{"period", "20x5"}}}});
    ASSERT_GT(csv.size(), 64u * 1024);
    ASSERT_LT(csv.find(note), csv.size() / 2); // the note spans the middle
    ASSERT_GT(csv.find(note) + note.size(), csv.size() / 2);
    const Dataset store = snapshot();
    const ImportPlan one = planOn(csv, store, 1);
    const ImportPlan two = planOn(csv, store, 2);
    expectSamePlan(one, two);
    ASSERT_EQ(two.rows.size(), 599u);
    EXPECT_EQ(two.text[two.rows[300].noteZh], content);
    ASSERT_EQ(two.rejected.size(), 1u);
    EXPECT_EQ(two.rejected[0].line, 500 + 2 + 400);
}

// A syntax error ends the read wherever it is: the same error, by line and column, on
// either thread.
TEST_F(PlanThreadsTest, FileErrorsInEitherHalfAreTheSameAsOnOneThread)
{
    const Dataset store = snapshot();
    const std::pair<int, std::string> broken[] = {
        {100, "bad\"quote"},    // first half
        {1000, "bad\"quote"},   // second half
        {1000, "\"unfinished"}, // second half, open to the end of the file
    };
    for (const auto &[row, note] : broken) {
        const std::string csv = csvOf(1200, {{row, {{"note_en", note}}}});
        auto one = ObservationImport::plan(csv, "mine.csv", store, 1);
        auto two = ObservationImport::plan(csv, "mine.csv", store, 2);
        ASSERT_FALSE(one.ok());
        ASSERT_FALSE(two.ok());
        EXPECT_EQ(one.error(), two.error()) << describe(two.error());
        EXPECT_EQ(two.error().line, row + 2);
    }
    const std::string tooMany = csvOf(1200, {{1000, {{"source_via", "x,y"}}}});
    auto two = ObservationImport::plan(tooMany, "mine.csv", store, 2);
    ASSERT_FALSE(two.ok());
    EXPECT_EQ(two.error(), (Error{ErrorCode::TooManyFields, "mine.csv", 1002, 22, {}, "22"}));
}

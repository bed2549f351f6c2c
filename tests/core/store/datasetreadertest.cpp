#include "datasetreader.h"
#include "testdataset.h"

#include <gtest/gtest.h>

using namespace capex;
using capex::testing::tinyDatasetFiles;
using capex::testing::withEdit;

namespace {

Error readError(const std::vector<DatasetFile> &files)
{
    auto result = DatasetReader::read(files);
    EXPECT_FALSE(result.ok());
    return result.ok() ? Error{ErrorCode::InvalidValue, {}, 0, 0, {}, "no error"} : result.error();
}

} // namespace

TEST(DatasetReader, ReadsEveryTable)
{
    auto result = DatasetReader::read(tinyDatasetFiles());
    ASSERT_TRUE(result.ok()) << describe(result.error());
    const Dataset &d = result.value();
    EXPECT_EQ(d.version, 1);
    EXPECT_EQ(d.entities.size(), 2u);
    EXPECT_EQ(d.metrics.size(), 1u);
    EXPECT_EQ(d.sources.size(), 3u);
    EXPECT_EQ(d.observations.size(), 3u);
    EXPECT_EQ(d.fxRates.size(), 1u);
    EXPECT_EQ(d.events.size(), 1u);
    EXPECT_EQ(d.costCurves.size(), 1u);
}

TEST(DatasetReader, KeepsGuidanceRangeWithoutPointValue)
{
    Dataset d = capex::testing::tinyDataset();
    const Observation &guidance = d.observations[1];
    EXPECT_EQ(guidance.kind, Kind::Guidance);
    EXPECT_FALSE(guidance.value);
    EXPECT_DOUBLE_EQ(*guidance.low, 115e9);
    EXPECT_DOUBLE_EQ(*guidance.high, 135e9);
    EXPECT_DOUBLE_EQ(*guidance.centralValue(), 125e9);
}

TEST(DatasetReader, KeepsRmbAsRmb)
{
    Dataset d = capex::testing::tinyDataset();
    EXPECT_EQ(d.observations[2].currency, "CNY");
    EXPECT_DOUBLE_EQ(*d.observations[2].value, 160e9);
    EXPECT_NEAR(*d.convert(160e9, "CNY", "USD", 2025), 160e9 / 7.18, 1.0);
}

TEST(DatasetReader, NamesFileLineAndFieldOfUnknownEntity)
{
    Error e = readError(withEdit(tinyDatasetFiles(), "observations.json", R"("entity": "bytedance")",
                                 R"("entity": "nvidia")"));
    EXPECT_EQ(e.code, ErrorCode::UnknownReference);
    EXPECT_EQ(e.file, "observations.json");
    EXPECT_EQ(e.line, 4);
    EXPECT_EQ(e.field, "entity");
    EXPECT_EQ(e.detail, "nvidia");
}

TEST(DatasetReader, RejectsInvertedRange)
{
    Error e = readError(withEdit(tinyDatasetFiles(), "observations.json", R"("low": 115e9)", R"("low": 145e9)"));
    EXPECT_EQ(e.code, ErrorCode::RangeInverted);
    EXPECT_EQ(e.line, 3);
    EXPECT_EQ(e.field, "low");
}

TEST(DatasetReader, RejectsUnknownKindAndGrade)
{
    Error kind = readError(withEdit(tinyDatasetFiles(), "observations.json", R"("kind": "actual")",
                                    R"("kind": "rumour")"));
    EXPECT_EQ(kind.code, ErrorCode::InvalidValue);
    EXPECT_EQ(kind.field, "kind");
    EXPECT_EQ(kind.detail, "rumour");
    Error grade = readError(withEdit(tinyDatasetFiles(), "observations.json", R"("grade": "estimate")",
                                     R"("grade": "guess")"));
    EXPECT_EQ(grade.field, "grade");
    EXPECT_EQ(grade.line, 4);
}

TEST(DatasetReader, RejectsPeriodThatIsNoYearFiscalYearOrDate)
{
    Error e = readError(withEdit(tinyDatasetFiles(), "observations.json", R"("period": "2025")",
                                 R"("period": "Q3 2025")"));
    EXPECT_EQ(e.code, ErrorCode::InvalidPeriod);
    EXPECT_EQ(e.field, "period");
    EXPECT_EQ(e.detail, "Q3 2025");
}

TEST(DatasetReader, RejectsMissingFieldAndWrongType)
{
    Error missing = readError(withEdit(tinyDatasetFiles(), "metrics.json", R"(, "unit": "money")", ""));
    EXPECT_EQ(missing.code, ErrorCode::MissingField);
    EXPECT_EQ(missing.file, "metrics.json");
    EXPECT_EQ(missing.line, 2);
    EXPECT_EQ(missing.field, "unit");
    Error type = readError(withEdit(tinyDatasetFiles(), "observations.json", R"("value": 72.22e9)",
                                    R"("value": "72.22")"));
    EXPECT_EQ(type.code, ErrorCode::WrongType);
    EXPECT_EQ(type.field, "value");
}

TEST(DatasetReader, RejectsDuplicateIds)
{
    Error e = readError(withEdit(tinyDatasetFiles(), "entities.json", R"("id": "bytedance")", R"("id": "meta")"));
    EXPECT_EQ(e.code, ErrorCode::DuplicateId);
    EXPECT_EQ(e.line, 3);
    EXPECT_EQ(e.detail, "meta");
}

TEST(DatasetReader, RejectsViaThatIsNotASeed)
{
    Error e = readError(withEdit(tinyDatasetFiles(), "sources.json", R"("via": ["seed_001"])",
                                 R"("via": ["meta_q4"])"));
    EXPECT_EQ(e.code, ErrorCode::UnknownReference);
    EXPECT_EQ(e.field, "via");
    EXPECT_EQ(e.line, 4);
}

TEST(DatasetReader, LocatesJsonSyntaxErrors)
{
    Error e = readError(withEdit(tinyDatasetFiles(), "events.json", R"("label_en": "DeepSeek-V3",)",
                                 R"("label_en": "DeepSeek-V3" )"));
    EXPECT_EQ(e.code, ErrorCode::JsonSyntax);
    EXPECT_EQ(e.file, "events.json");
    EXPECT_EQ(e.line, 2);
    EXPECT_GT(e.column, 40);
}

TEST(DatasetReader, RequiresEveryFile)
{
    auto files = tinyDatasetFiles();
    files.pop_back();
    Error e = readError(files);
    EXPECT_EQ(e.code, ErrorCode::FileUnreadable);
    EXPECT_EQ(e.file, "cost_curves.json");
}

TEST(DatasetReader, VersionReadsDatasetJsonAloneAndChecksIt)
{
    // Another file broken does not matter: only dataset.json is read.
    auto files = withEdit(tinyDatasetFiles(), "dataset.json", R"("version": 1)", R"("version": 3)");
    files = withEdit(files, "events.json", R"("label_en": "DeepSeek-V3",)", R"("label_en": "DeepSeek-V3" )");
    auto version = DatasetReader::version(files);
    ASSERT_TRUE(version.ok()) << describe(version.error());
    EXPECT_EQ(version.value(), 3);

    auto fractional =
        DatasetReader::version(withEdit(tinyDatasetFiles(), "dataset.json", R"("version": 1)", R"("version": 1.5)"));
    ASSERT_FALSE(fractional.ok());
    EXPECT_EQ(fractional.error().code, ErrorCode::InvalidValue);
    EXPECT_EQ(fractional.error().field, "version");
    auto withoutMeta = tinyDatasetFiles();
    withoutMeta.erase(withoutMeta.begin()); // dataset.json
    auto missing = DatasetReader::version(withoutMeta);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::FileUnreadable);
    EXPECT_EQ(missing.error().file, "dataset.json");
}

TEST(ArrayElementLines, FindsEachRecordStartIgnoringBracketsInStrings)
{
    const char *text = "[\n{\"a\": \"[x, {y}]\"},\n\n  {\"b\": [1,\n 2]},\n{\"c\": \"\\\"]\"}\n]";
    EXPECT_EQ(arrayElementLines(text), (std::vector<int>{2, 4, 6}));
}

TEST(DatasetReader, ANumberThatOverflowsIsASyntaxErrorNotACrash)
{
    Error e = readError(withEdit(tinyDatasetFiles(), "observations.json", R"("value": 72.22e9)", R"("value": 1e999)"));
    EXPECT_EQ(e.code, ErrorCode::JsonSyntax);
    EXPECT_EQ(e.file, "observations.json");
}

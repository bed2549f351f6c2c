#include "importtesting.h"

#include "databasebackup.h"

using namespace capex;
using namespace capex::testing;

namespace {

class ObservationImportTest : public StoreFixture
{
protected:
    /// Plans `csv`, expects exactly one rejection with `expected`, then tries to write the
    /// plan and checks that not one row of the store changed.
    void expectRejected(const std::string &csv, const Error &expected)
    {
        const std::string before = dump();
        auto plan = ObservationImport::plan(csv, "mine.csv", snapshot());
        ASSERT_TRUE(plan.ok()) << describe(plan.error());
        ASSERT_EQ(plan->rejected.size(), 1u);
        EXPECT_EQ(plan->rejected[0].error, expected) << describe(plan->rejected[0].error);
        auto applied = m_db->applyImport(plan.value());
        ASSERT_FALSE(applied.ok());
        EXPECT_EQ(applied.error().code, ErrorCode::ImportRejected);
        EXPECT_EQ(dump(), before);
        EXPECT_TRUE(DatabaseBackup::list(dbPath()).empty()); // refused before even the backup
    }

    /// Expects the whole file to be refused with `expected`, and the store unchanged.
    void expectFileRefused(const std::string &bytes, const Error &expected, const std::string &name = "mine.csv")
    {
        const std::string before = dump();
        auto plan = importBytes(bytes, name);
        ASSERT_FALSE(plan.ok());
        EXPECT_EQ(plan.error(), expected) << describe(plan.error());
        EXPECT_EQ(dump(), before);
    }
};

const Observation *find(const Dataset &d, const std::string &entity, const std::string &period,
                        const std::string &noteEn)
{
    for (const Observation &o : d.observations)
        if (o.entity == entity && o.period.toString() == period && o.noteEn == noteEn)
            return &o;
    return nullptr;
}

} // namespace

// --- Rejections: each with its exact error, and the store unchanged -------------------

TEST_F(ObservationImportTest, MissingRequiredColumnRefusesTheFile)
{
    std::string header = csvHeader();
    header.replace(header.find(",kind,"), 6, ",");
    expectFileRefused(header + "meta,capex\r\n", Error{ErrorCode::MissingColumn, "mine.csv", 1, 0, "kind", {}});
}

TEST_F(ObservationImportTest, UnknownEntity)
{
    expectRejected(csvHeader() + csvRow({{"entity", "nvidia"}}),
                   Error{ErrorCode::UnknownReference, "mine.csv", 2, 1, "entity", "nvidia"});
}

TEST_F(ObservationImportTest, UnknownMetric)
{
    expectRejected(csvHeader() + csvRow({{"metric", "revenue"}}),
                   Error{ErrorCode::UnknownReference, "mine.csv", 2, 4, "metric", "revenue"});
}

TEST_F(ObservationImportTest, NonNumericValue)
{
    expectRejected(csvHeader() + csvRow({{"value", "about 40"}}),
                   Error{ErrorCode::NotANumber, "mine.csv", 2, 6, "value", "about 40"});
}

TEST_F(ObservationImportTest, NonFiniteValue)
{
    expectRejected(csvHeader() + csvRow({{"high", "1e999"}}),
                   Error{ErrorCode::NonFiniteNumber, "mine.csv", 2, 8, "high", "1e999"});
}

TEST_F(ObservationImportTest, LowAboveHigh)
{
    expectRejected(csvHeader() + csvRow({{"value", ""}, {"low", "135e9"}, {"high", "115e9"}}),
                   Error{ErrorCode::RangeInverted, "mine.csv", 2, 7, "low", "135000000000 > 115000000000"});
}

TEST_F(ObservationImportTest, ValueOutsideItsRange)
{
    expectRejected(csvHeader() + csvRow({{"value", "140e9"}, {"low", "115e9"}, {"high", "135e9"}}),
                   Error{ErrorCode::RangeInverted, "mine.csv", 2, 6, "value", "140000000000"});
}

TEST_F(ObservationImportTest, NoValueNorRange)
{
    expectRejected(csvHeader() + csvRow({{"value", ""}}), Error{ErrorCode::MissingField, "mine.csv", 2, 6, "value", {}});
}

TEST_F(ObservationImportTest, UnknownKind)
{
    expectRejected(csvHeader() + csvRow({{"kind", "rumour"}}),
                   Error{ErrorCode::InvalidValue, "mine.csv", 2, 11, "kind", "rumour"});
}

TEST_F(ObservationImportTest, UnknownGrade)
{
    expectRejected(csvHeader() + csvRow({{"grade", "blog"}}),
                   Error{ErrorCode::InvalidValue, "mine.csv", 2, 12, "grade", "blog"});
}

TEST_F(ObservationImportTest, PeriodThatIsNoYearFiscalYearQuarterMonthOrDate)
{
    expectRejected(csvHeader() + csvRow({{"period", "2024H2"}}),
                   Error{ErrorCode::InvalidPeriod, "mine.csv", 2, 5, "period", "2024H2"});
}

TEST_F(ObservationImportTest, ImpossibleQuarterNamesTheFieldAndItsLine)
{
    // Two good quarters, then a fifth quarter on line 4.
    expectRejected(csvHeader() + csvRow({{"period", "2025Q3"}}) + csvRow({{"period", "FY2026Q1-06"}})
                       + csvRow({{"period", "2025Q5"}}),
                   Error{ErrorCode::InvalidPeriod, "mine.csv", 4, 5, "period", "2025Q5"});
}

TEST_F(ObservationImportTest, ImpossibleFiscalQuarterAndMonth)
{
    expectRejected(csvHeader() + csvRow({{"period", "FY2026Q1-13"}}),
                   Error{ErrorCode::InvalidPeriod, "mine.csv", 2, 5, "period", "FY2026Q1-13"});
    expectRejected(csvHeader() + csvRow({{"period", "2026-13"}}),
                   Error{ErrorCode::InvalidPeriod, "mine.csv", 2, 5, "period", "2026-13"});
}

TEST_F(ObservationImportTest, ImpossibleDate)
{
    expectRejected(csvHeader() + csvRow({{"period", "2025-02-30"}}),
                   Error{ErrorCode::InvalidPeriod, "mine.csv", 2, 5, "period", "2025-02-30"});
}

TEST_F(ObservationImportTest, CurrencyWithoutAnFxRate)
{
    expectRejected(csvHeader() + csvRow({{"currency", "EUR"}, {"unit", "EUR"}}),
                   Error{ErrorCode::NoFxRate, "mine.csv", 2, 10, "currency", "EUR"});
}

TEST_F(ObservationImportTest, MoneyWithoutACurrency)
{
    expectRejected(csvHeader() + csvRow({{"currency", ""}}),
                   Error{ErrorCode::MissingField, "mine.csv", 2, 10, "currency", {}});
}

TEST_F(ObservationImportTest, AsOfThatIsNoDate)
{
    expectRejected(csvHeader() + csvRow({{"as_of", "Jan 2025"}}),
                   Error{ErrorCode::InvalidValue, "mine.csv", 2, 13, "as_of", "Jan 2025"});
}

TEST_F(ObservationImportTest, UnknownSourceIdWithoutPublisherAndTitle)
{
    expectRejected(csvHeader() + csvRow({{"source_id", "mystery"}}),
                   Error{ErrorCode::UnknownReference, "mine.csv", 2, 16, "source_id", "mystery"});
}

TEST_F(ObservationImportTest, DuplicateRowsInsideTheFile)
{
    expectRejected(csvHeader() + csvRow() + csvRow({{"value", "40e9"}}),
                   Error{ErrorCode::DuplicateRow, "mine.csv", 3, 0, {}, "2"});
}

TEST_F(ObservationImportTest, OneBadRowMeansNothingIsWritten)
{
    expectRejected(csvHeader() + csvRow() + csvRow({{"period", "2023"}, {"value", "n/a"}}),
                   Error{ErrorCode::NotANumber, "mine.csv", 3, 6, "value", "n/a"});
}

TEST_F(ObservationImportTest, ThousandsSeparatorThatIsNot)
{
    expectRejected(csvHeader() + csvRow({{"value", "\"39,23\""}}),
                   Error{ErrorCode::NotANumber, "mine.csv", 2, 6, "value", "39,23"});
}

TEST_F(ObservationImportTest, PercentOnAMoneyValue)
{
    expectRejected(csvHeader() + csvRow({{"value", "12%"}}),
                   Error{ErrorCode::NotANumber, "mine.csv", 2, 6, "value", "12%"});
}

TEST_F(ObservationImportTest, UnterminatedQuoteRefusesTheFile)
{
    expectFileRefused(csvHeader() + csvRow({{"note_en", "\"never closed"}}),
                      Error{ErrorCode::UnterminatedQuote, "mine.csv", 2, 14, {}, {}});
}

TEST_F(ObservationImportTest, MalformedQuoteRefusesTheFile)
{
    expectFileRefused(csvHeader() + csvRow({{"note_en", "a 12\" rack"}}),
                      Error{ErrorCode::MalformedQuote, "mine.csv", 2, 14, {}, {}});
}

TEST_F(ObservationImportTest, TooManyFieldsRefusesTheFile)
{
    std::string row = csvRow();
    row.insert(row.size() - 2, ",extra");
    expectFileRefused(csvHeader() + row, Error{ErrorCode::TooManyFields, "mine.csv", 2, 22, {}, "22"});
}

TEST_F(ObservationImportTest, UndecodableBytesRefuseTheFile)
{
    expectFileRefused(csvHeader() + csvRow({{"note_zh", "\x81 "}}),
                      Error{ErrorCode::InvalidEncoding, "mine.csv", 2, 0, {}, "GB18030"});
}

TEST_F(ObservationImportTest, JsonSyntaxErrorNamesLineAndColumn)
{
    expectFileRefused("[\n{\"entity\": \"meta\",,}\n]\n", Error{ErrorCode::JsonSyntax, "mine.json", 2, 19, {}, {}},
                      "mine.json");
}

TEST_F(ObservationImportTest, JsonWrongTypeRejectsTheRecord)
{
    const std::string json = "[\n"
                             R"({"entity": "meta", "metric": "capex", "period": "2024", "value": true, "unit": "USD", "currency": "USD", "kind": "actual", "grade": "reported", "source": {"id": "meta_q4"}})"
                             "\n]\n";
    const std::string before = dump();
    auto plan = ObservationImport::plan(json, "mine.json", snapshot());
    ASSERT_TRUE(plan.ok());
    ASSERT_EQ(plan->rejected.size(), 1u);
    EXPECT_EQ(plan->rejected[0].error, (Error{ErrorCode::WrongType, "mine.json", 2, 0, "value", "number"}));
    EXPECT_FALSE(m_db->applyImport(plan.value()).ok());
    EXPECT_EQ(dump(), before);
}

TEST_F(ObservationImportTest, JsonMissingKeyRejectsTheRecord)
{
    const std::string json = "[\n"
                             R"({"entity": "meta", "metric": "capex", "period": "2024", "value": 1, "unit": "USD", "currency": "USD", "grade": "reported", "source": "meta_q4"})"
                             "\n]\n";
    auto plan = ObservationImport::plan(json, "mine.json", snapshot());
    ASSERT_TRUE(plan.ok());
    ASSERT_EQ(plan->rejected.size(), 1u);
    EXPECT_EQ(plan->rejected[0].error, (Error{ErrorCode::MissingField, "mine.json", 2, 0, "kind", {}}));
}

TEST_F(ObservationImportTest, ReadOnlyStoreRefusesTheImport)
{
    ASSERT_TRUE(m_db->execute("PRAGMA user_version = 99"));
    m_db.reset();
    auto db = Database::open(dbPath());
    ASSERT_TRUE(db.ok());
    m_db = std::move(db).value();
    const std::string before = dump();
    auto plan = ObservationImport::plan(csvHeader() + csvRow(), "mine.csv", snapshot());
    ASSERT_TRUE(plan.ok());
    auto applied = m_db->applyImport(plan.value());
    ASSERT_FALSE(applied.ok());
    EXPECT_EQ(applied.error().code, ErrorCode::SchemaTooNew);
    EXPECT_EQ(dump(), before);
}

// --- What a clean import does ----------------------------------------------------------

TEST_F(ObservationImportTest, NewRowIsAddedAsAUserRecord)
{
    auto plan = importBytes(csvHeader() + csvRow());
    ASSERT_TRUE(plan.ok()) << describe(plan.error());
    EXPECT_EQ(plan->count(ImportAction::Add), 1);
    EXPECT_EQ(plan->delimiter, ',');
    const Dataset current = snapshot();
    const Observation *added = find(current, "meta", "2024", "Full-year capex");
    ASSERT_TRUE(added);
    EXPECT_TRUE(added->userEntered);
    EXPECT_TRUE(added->uid.empty());
    EXPECT_EQ(added->value, 39.23e9);
    EXPECT_EQ(added->noteZh, "全年资本开支");
    EXPECT_EQ(added->asOf, "2025-01-29");
}

TEST_F(ObservationImportTest, QuarterAndFiscalQuarterRowsAreAdded)
{
    auto plan = importBytes(csvHeader()
                            + csvRow({{"period", "2025Q3"}, {"value", "19.37e9"}, {"note_en", "Q3 capex"}})
                            + csvRow({{"period", "FY2026Q1-06"}, {"value", "19.4e9"}, {"note_en", "Q3 capex"}})
                            + csvRow({{"period", "2025Q4"}, {"value", "22.14e9"}, {"note_en", "Q3 capex"}})
                            + csvRow({{"period", "2026-05"}, {"value", "7e9"}, {"note_en", "Q3 capex"}}));
    ASSERT_TRUE(plan.ok()) << describe(plan.error());
    EXPECT_TRUE(plan->rejected.empty()) << describe(plan->rejected.at(0).error);
    // Same entity, metric, kind, source and note: only the periods tell the four apart.
    EXPECT_EQ(plan->count(ImportAction::Add), 4);
    const Dataset current = snapshot();
    const Observation *quarter = find(current, "meta", "2025Q3", "Q3 capex");
    ASSERT_TRUE(quarter);
    EXPECT_EQ(quarter->period, Period::calendarQuarter(2025, 3));
    EXPECT_EQ(quarter->value, 19.37e9);
    EXPECT_TRUE(quarter->userEntered);
    const Observation *fiscal = find(current, "meta", "FY2026Q1-06", "Q3 capex");
    ASSERT_TRUE(fiscal);
    EXPECT_EQ(fiscal->period, Period::fiscalQuarter(2026, 1, 6));
    EXPECT_EQ(fiscal->value, 19.4e9);
    ASSERT_TRUE(find(current, "meta", "2025Q4", "Q3 capex"));
    ASSERT_TRUE(find(current, "meta", "2026-05", "Q3 capex"));

    // Exported and read back, they are the same records.
    const std::string before = dump();
    for (const auto &[bytes, name] : {std::pair {ObservationExport(current).toCsv(true), "export.csv"},
                                      std::pair {ObservationExport(current).toJson(), "export.json"}}) {
        EXPECT_NE(bytes.find("FY2026Q1-06"), std::string::npos) << name;
        EXPECT_NE(bytes.find("2025Q3"), std::string::npos) << name;
        auto again = importBytes(bytes, name);
        ASSERT_TRUE(again.ok()) << describe(again.error());
        EXPECT_TRUE(again->rejected.empty()) << name;
        EXPECT_EQ(again->count(ImportAction::Unchanged), 7) << name; // the tiny dataset's 3 and these 4
        EXPECT_EQ(dump(), before) << name;
    }
}

TEST_F(ObservationImportTest, IdentityHashTellsQuartersApart)
{
    auto hash = [](const char *period) {
        return observationIdentityHash("meta", "capex", *Period::parse(period), Kind::Actual, "meta_q4", "note");
    };
    EXPECT_NE(hash("2025Q3"), hash("2025Q4"));
    EXPECT_NE(hash("2025Q3"), hash("FY2026Q1-06"));
    EXPECT_NE(hash("FY2026Q1-06"), hash("FY2026Q2-06"));
    EXPECT_NE(hash("2025Q3"), hash("2025"));
    EXPECT_NE(hash("2026-05"), hash("2026-06"));
}

TEST_F(ObservationImportTest, PlannedRowsShareTheirRepeatedTextAndReadBackWhole)
{
    auto plan = ObservationImport::plan(csvHeader() + csvRow({{"period", "2021"}}) + csvRow({{"period", "2022"}}),
                                        "mine.csv", snapshot());
    ASSERT_TRUE(plan.ok()) << describe(plan.error());
    ASSERT_EQ(plan->rows.size(), 2u);
    const PlannedObservation &first = plan->rows[0], &second = plan->rows[1];
    // Ids, units and dates are held once; each row's notes are its own.
    EXPECT_EQ(first.entity, second.entity);
    EXPECT_EQ(first.source, second.source);
    EXPECT_EQ(first.asOf, second.asOf);
    EXPECT_NE(first.noteEn, second.noteEn);
    const Observation o = plan->observation(second);
    EXPECT_EQ(o.entity, "meta");
    EXPECT_EQ(o.metric, "capex");
    EXPECT_EQ(o.period, Period::calendarYear(2022));
    EXPECT_EQ(o.value, 39.23e9);
    EXPECT_FALSE(o.low);
    EXPECT_EQ(o.unit, "USD");
    EXPECT_EQ(o.currency, "USD");
    EXPECT_EQ(o.kind, Kind::Actual);
    EXPECT_EQ(o.grade, Grade::Reported);
    EXPECT_EQ(o.source, "meta_q4");
    EXPECT_EQ(o.asOf, "2025-01-29");
    EXPECT_EQ(o.noteEn, "Full-year capex");
    EXPECT_EQ(o.noteZh, "全年资本开支");
    EXPECT_TRUE(o.userEntered);
    EXPECT_EQ(plan->stored(second), nullptr);
}

TEST_F(ObservationImportTest, ChangedRowUpdatesTheRecordAndKeepsItsHistory)
{
    // The bundled Meta 2025 capex, restated by the user.
    auto plan = importBytes(csvHeader()
                            + csvRow({{"period", "2025"}, {"value", "72.5e9"}, {"as_of", "2026-01-28"},
                                      {"note_zh", "全年资本开支"}}));
    ASSERT_TRUE(plan.ok()) << describe(plan.error());
    ASSERT_EQ(plan->count(ImportAction::Update), 1);
    EXPECT_EQ(plan->stored(plan->rows[0])->value, 72.22e9);
    const Dataset current = snapshot();
    const Observation *updated = find(current, "meta", "2025", "Full-year capex");
    ASSERT_TRUE(updated);
    EXPECT_EQ(updated->value, 72.5e9);
    EXPECT_TRUE(updated->userEntered);
    EXPECT_EQ(updated->uid, "meta.capex.2025");
    SqliteStatement history(m_db->handle(), "SELECT observation_uid, changed_by, change, old_value FROM "
                                            "observation_history");
    ASSERT_TRUE(history.step());
    EXPECT_EQ(history.text(0), "meta.capex.2025");
    EXPECT_EQ(history.text(1), "user");
    EXPECT_EQ(history.text(2), "update");
    EXPECT_EQ(history.real(3), 72.22e9);
    EXPECT_FALSE(history.step());
}

TEST_F(ObservationImportTest, UserEditsSurviveTheNextDatasetUpdate)
{
    ASSERT_TRUE(importBytes(csvHeader()
                            + csvRow({{"period", "2025"}, {"value", "72.5e9"}, {"as_of", "2026-01-28"}}))
                    .ok());
    Dataset next = tinyDataset();
    next.version = 2;
    next.observations[0].value = 71e9; // the bundled data restates it too
    auto sync = m_db->syncBundled(next);
    ASSERT_TRUE(sync.ok()) << describe(sync.error());
    EXPECT_FALSE(sync->backup.empty());
    const Dataset current = snapshot();
    const Observation *mine = find(current, "meta", "2025", "Full-year capex");
    ASSERT_TRUE(mine);
    EXPECT_EQ(mine->value, 72.5e9);
}

TEST_F(ObservationImportTest, ExportedCsvReadsBackUnchanged)
{
    const std::string csv = ObservationExport(snapshot()).toCsv(true);
    const std::string before = dump();
    auto plan = importBytes(csv, "export.csv");
    ASSERT_TRUE(plan.ok()) << describe(plan.error());
    EXPECT_TRUE(plan->rejected.empty()) << describe(plan->rejected.at(0).error);
    EXPECT_EQ(plan->count(ImportAction::Unchanged), 3);
    EXPECT_EQ(plan->encoding, TextEncoding::Utf8WithBom);
    EXPECT_TRUE(plan->ignoredColumns.empty());
    EXPECT_EQ(dump(), before);
}

TEST_F(ObservationImportTest, ExportedJsonReadsBackUnchanged)
{
    const std::string json = ObservationExport(snapshot()).toJson();
    const std::string before = dump();
    auto plan = importBytes(json, "export.json");
    ASSERT_TRUE(plan.ok()) << describe(plan.error());
    EXPECT_TRUE(plan->rejected.empty()) << describe(plan->rejected.at(0).error);
    EXPECT_EQ(plan->format, "json");
    EXPECT_EQ(plan->count(ImportAction::Unchanged), 3);
    EXPECT_EQ(dump(), before);
}

TEST_F(ObservationImportTest, PublisherAndTitleCreateAUserSourceOnce)
{
    auto plan = importBytes(csvHeader()
                            + csvRow({{"source_id", ""},
                                      {"source_publisher", "Meta"},
                                      {"source_title", "Q4 2024 earnings call"},
                                      {"source_date", "2025-01-29"}})
                            + csvRow({{"source_id", ""},
                                      {"period", "2023"},
                                      {"source_publisher", "Meta"},
                                      {"source_title", "Q4 2024 earnings call"},
                                      {"source_date", "2025-01-29"}}));
    ASSERT_TRUE(plan.ok()) << describe(plan.error());
    ASSERT_EQ(plan->newSources.size(), 1u);
    const Dataset d = snapshot();
    const Source *created = d.source(plan->newSources[0].id);
    ASSERT_TRUE(created);
    EXPECT_TRUE(created->userEntered);
    EXPECT_EQ(created->title, "Q4 2024 earnings call");
    EXPECT_EQ(find(d, "meta", "2023", "Full-year capex")->source, created->id);
}

TEST_F(ObservationImportTest, SemicolonsThousandsSeparatorsAndChineseUnits)
{
    auto plan = importBytes(csvHeader(';') + csvRow({{"value", "39,230,000,000"}}, ';')
                            + csvRow({{"entity", "bytedance"}, {"value", "1600亿"}, {"unit", "CNY"}, {"currency", "cny"},
                                      {"source_id", "zheshang"}},
                                     ';'));
    ASSERT_TRUE(plan.ok()) << describe(plan.error());
    ASSERT_TRUE(plan->rejected.empty()) << describe(plan->rejected[0].error);
    EXPECT_EQ(plan->delimiter, ';');
    const Dataset d = snapshot();
    EXPECT_EQ(find(d, "meta", "2024", "Full-year capex")->value, 39.23e9);
    const Observation *bytedance = find(d, "bytedance", "2024", "Full-year capex");
    ASSERT_TRUE(bytedance);
    EXPECT_EQ(bytedance->value, 160e9);
    EXPECT_EQ(bytedance->currency, "CNY");
}

TEST_F(ObservationImportTest, Gb18030FileFromChineseExcel)
{
    // Header and row typed in Excel on Chinese Windows; 资本开支 and 亿 in GB18030.
    const std::string bytes = "entity,metric,period,value,unit,currency,kind,grade,source_id,note_zh\r\n"
                              "meta,capex,2024,392.3\xD2\xDA,USD,USD,actual,reported,meta_q4,"
                              "\xD7\xCA\xB1\xBE\xBF\xAA\xD6\xA7\r\n";
    auto plan = importBytes(bytes);
    ASSERT_TRUE(plan.ok()) << describe(plan.error());
    ASSERT_TRUE(plan->rejected.empty()) << describe(plan->rejected[0].error);
    EXPECT_EQ(plan->encoding, TextEncoding::Gb18030);
    const Dataset current = snapshot();
    const Observation *added = find(current, "meta", "2024", "");
    ASSERT_TRUE(added);
    EXPECT_EQ(added->value, 39.23e9);
    EXPECT_EQ(added->noteZh, "资本开支");
}

TEST_F(ObservationImportTest, Utf16TabSeparatedUnicodeTextFromExcel)
{
    // Excel's "Unicode text": UTF-16LE with a BOM, tab-separated. Note 资本 = U+8D44 U+672C.
    auto widen = [](std::string_view ascii) {
        std::string out;
        for (char c : ascii) {
            out += c;
            out += '\0';
        }
        return out;
    };
    const std::string bytes = std::string("\xFF\xFE")
        + widen("entity\tmetric\tperiod\tvalue\tunit\tcurrency\tkind\tgrade\tsource_id\tnote_zh\r\n"
                "meta\tcapex\tFY2024-12\t\"39,230,000,000\"\tUSD\tUSD\tactual\treported\tmeta_q4\t")
        + std::string("\x44\x8D\x2C\x67", 4) + widen("\r\n");
    auto plan = importBytes(bytes, "mine.txt");
    ASSERT_TRUE(plan.ok()) << describe(plan.error());
    ASSERT_TRUE(plan->rejected.empty()) << describe(plan->rejected[0].error);
    EXPECT_EQ(plan->encoding, TextEncoding::Utf16Le);
    EXPECT_EQ(plan->delimiter, '\t');
    const Dataset current = snapshot();
    const Observation *added = find(current, "meta", "FY2024-12", "");
    ASSERT_TRUE(added);
    EXPECT_EQ(added->noteZh, "资本");
    EXPECT_EQ(added->value, 39.23e9);
}

TEST_F(ObservationImportTest, BlankTrailingRowsAndUnknownColumnsAreIgnored)
{
    std::string header = csvHeader();
    header.insert(header.size() - 2, ",my_comment");
    std::string row = csvRow();
    row.insert(row.size() - 2, ",check later");
    auto plan = importBytes(header + row + ",,,,,,,,,,,,,,,,,,,,,\r\n\r\n");
    ASSERT_TRUE(plan.ok()) << describe(plan.error());
    EXPECT_EQ(plan->count(ImportAction::Add), 1);
    EXPECT_EQ(plan->ignoredColumns, std::vector<std::string>{"my_comment"});
}

TEST_F(ObservationImportTest, EveryImportIsPrecededByABackupOfTheStoreAsItWas)
{
    const std::string before = dump();
    auto plan = ObservationImport::plan(csvHeader() + csvRow(), "mine.csv", snapshot());
    ASSERT_TRUE(plan.ok());
    auto outcome = m_db->applyImport(plan.value());
    ASSERT_TRUE(outcome.ok()) << describe(outcome.error());
    EXPECT_EQ(outcome->added, 1);
    ASSERT_TRUE(std::filesystem::exists(outcome->backup));
    auto copy = Database::open(outcome->backup, Database::Access::ReadOnly);
    ASSERT_TRUE(copy.ok()) << describe(copy.error());
    EXPECT_EQ(dumpDatabase(copy.value()->handle()), before);
}

TEST_F(ObservationImportTest, JsonNumberBeyondADoubleRefusesTheFile)
{
    // Found by fuzz_json_import's sibling on the scenario loader: nlohmann throws
    // out_of_range, not parse_error, for a number that overflows.
    expectFileRefused("[\n{\"entity\": \"meta\",\n \"value\": 1e999}\n]\n",
                      Error{ErrorCode::NonFiniteNumber, "mine.json", 3, 0, {}, "1e999"}, "mine.json");
}

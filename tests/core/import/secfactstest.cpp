// The SEC update's core: company facts read, quarters derived from year-to-date figures, the
// plan keyed by uid so that a second run changes nothing and a restatement updates its record.
#include "secfacts.h"

#include "database.h"
#include "importtesting.h"
#include "../bundledtesting.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace capex {
namespace {

std::string fixture(const std::string &name)
{
    std::ifstream in(std::string(CAPEX_SEC_FIXTURES_DIR) + "/" + name, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    EXPECT_FALSE(text.str().empty()) << name;
    return text.str();
}

SecCompanyFacts read(const std::string &file, std::int64_t cik)
{
    auto facts = readSecCompanyFacts(fixture(file), file, cik);
    EXPECT_TRUE(facts.ok()) << (facts.ok() ? "" : describe(facts.error()));
    return facts.ok() ? facts.value() : SecCompanyFacts{};
}

const Observation *record(const SecCompanyFacts &facts, const std::string &period)
{
    for (const Observation &o : facts.records)
        if (o.period.toString() == period)
            return &o;
    return nullptr;
}

double valueOf(const SecCompanyFacts &facts, const std::string &period)
{
    const Observation *o = record(facts, period);
    EXPECT_NE(o, nullptr) << period;
    return o && o->value ? *o->value : -1;
}

TEST(SecCompanies, TableMapsTickersAndCiksToTheDatasetsEntities)
{
    ASSERT_NE(secCompanyByTicker("msft"), nullptr);
    EXPECT_EQ(secCompanyByTicker("msft")->cik, 789019);
    EXPECT_EQ(secCompanyByTicker("GOOG")->entity, "alphabet");
    EXPECT_EQ(secCompanyByTicker("BABA")->cik, 1577552);
    EXPECT_EQ(secCompanyByCik(1329099)->entity, "baidu");
    EXPECT_EQ(secCompanyByTicker("XXXX"), nullptr);
    for (const SecCompany &c : secCompanies())
        EXPECT_NE(testing::bundled().entity(c.entity), nullptr) << c.entity;
    EXPECT_EQ(secCompanyFactsPath(789019), "/api/xbrl/companyfacts/CIK0000789019.json");
    EXPECT_EQ(secCikFromFileName("/tmp/x/CIK0000789019.json"), 789019);
    EXPECT_EQ(secCikFromFileName("microsoft.json"), 0);
    EXPECT_EQ(secFilingUrl(789019, "0000950170-25-100235"),
              "https://www.sec.gov/Archives/edgar/data/789019/000095017025100235/");
    EXPECT_EQ(secEntityId("AMAZON.COM, INC."), "amazon_com_inc");
}

TEST(SecCompanyFacts, MicrosoftQuartersAreDerivedFromYearToDateFigures)
{
    const SecCompanyFacts facts = read("CIK0000789019.json", 789019);
    EXPECT_EQ(facts.entity, "microsoft");
    EXPECT_EQ(facts.entityName, "MICROSOFT CORPORATION");
    // FY2023 (year only), FY2024 and FY2025 (four quarters and the year), FY2026 Q1.
    EXPECT_EQ(facts.records.size(), 12u);

    // Q1 as filed, restated in the first 10-Q of FY2026 (14,923 → 14,950 million).
    const Observation *q1 = record(facts, "FY2025Q1-06");
    ASSERT_NE(q1, nullptr);
    EXPECT_EQ(*q1->value, 14950e6);
    EXPECT_EQ(q1->source, "sec-789019-0000950170-25-137542");
    EXPECT_EQ(q1->asOf, "2025-10-29");
    // Q2 = six months − Q1: cites the later of its two filings, the restatement.
    const Observation *q2 = record(facts, "FY2025Q2-06");
    ASSERT_NE(q2, nullptr);
    EXPECT_EQ(*q2->value, 30727e6 - 14950e6);
    EXPECT_EQ(q2->asOf, "2025-10-29");
    EXPECT_NE(q2->noteEn.find("derived: Q2 = six months to 2024-12-31 (10-Q filed 2025-01-29"), std::string::npos)
        << q2->noteEn;
    EXPECT_NE(q2->noteEn.find("minus Q1, three months to 2024-09-30 (10-Q filed 2025-10-29"), std::string::npos);
    EXPECT_NE(q2->noteZh.find("推算：第2季度 = 截至2024-12-31的六个月"), std::string::npos) << q2->noteZh;
    EXPECT_EQ(valueOf(facts, "FY2025Q3-06"), 47472e6 - 30727e6);
    // Q4 = the 10-K's year − nine months, as of the 10-K.
    const Observation *q4 = record(facts, "FY2025Q4-06");
    ASSERT_NE(q4, nullptr);
    EXPECT_EQ(*q4->value, 64551e6 - 47472e6);
    EXPECT_EQ(q4->source, "sec-789019-0000950170-25-100235");
    EXPECT_EQ(q4->asOf, "2025-07-30");
    EXPECT_NE(q4->noteEn.find("Q4 = fiscal year to 2025-06-30 (10-K filed 2025-07-30"), std::string::npos);
    EXPECT_NE(q4->noteEn.find("minus nine months to 2025-03-31"), std::string::npos);

    const Observation *year = record(facts, "FY2025-06");
    ASSERT_NE(year, nullptr);
    EXPECT_EQ(*year->value, 64551e6);
    EXPECT_EQ(year->uid, "microsoft.capex_cash.FY2025-06.sec");
    EXPECT_EQ(year->metric, "capex_cash");
    EXPECT_EQ(year->kind, Kind::Actual);
    EXPECT_EQ(year->grade, Grade::Reported);
    EXPECT_EQ(year->unit, "USD");
    EXPECT_EQ(year->currency, "USD");
    EXPECT_NE(year->noteEn.find("us-gaap:PaymentsToAcquirePropertyPlantAndEquipment"), std::string::npos);
    // FY2024 as the later 10-K repeats it: the figure filed last, with its filing.
    EXPECT_EQ(record(facts, "FY2024-06")->source, "sec-789019-0000950170-25-100235");
    EXPECT_EQ(valueOf(facts, "FY2024Q4-06"), 44477e6 - 30604e6); // 13,873 million
    EXPECT_EQ(valueOf(facts, "FY2026Q1-06"), 19394e6);
    EXPECT_EQ(record(facts, "FY2026Q2-06"), nullptr);

    // The quarters reconcile to their fiscal year exactly.
    for (const std::string fy : {"2024", "2025"}) {
        double sum = 0;
        for (int q = 1; q <= 4; ++q)
            sum += valueOf(facts, "FY" + fy + "Q" + std::to_string(q) + "-06");
        EXPECT_EQ(sum, valueOf(facts, "FY" + fy + "-06")) << fy;
    }

    // Every record's source is its filing on sec.gov.
    bool found = false;
    for (const Source &s : facts.sources) {
        if (s.id != "sec-789019-0000950170-25-100235")
            continue;
        found = true;
        EXPECT_EQ(s.publisher, "MICROSOFT CORPORATION");
        EXPECT_EQ(s.title, "Form 10-K for fiscal 2025, filed 2025-07-30 with the SEC (accession 0000950170-25-100235)");
        EXPECT_EQ(s.url, "https://www.sec.gov/Archives/edgar/data/789019/000095017025100235/");
        EXPECT_EQ(s.date, "2025-07-30");
    }
    EXPECT_TRUE(found);
    for (const Observation &o : facts.records)
        EXPECT_TRUE(std::any_of(facts.sources.begin(), facts.sources.end(),
                                [&](const Source &s) { return s.id == o.source; }))
            << o.uid;
}

TEST(SecCompanyFacts, ReportedQuartersWinAndTrailingTwelveMonthsAreNoYear)
{
    const SecCompanyFacts facts = read("CIK0001018724.json", 1018724);
    EXPECT_EQ(facts.entity, "amazon");
    // 2023 and 2024 with four quarters: no trailing-twelve-month span became a year, the 8-K is not read.
    EXPECT_EQ(facts.records.size(), 6u);
    const Observation *q2 = record(facts, "2024Q2");
    ASSERT_NE(q2, nullptr);
    EXPECT_EQ(*q2->value, 17620e6);
    EXPECT_EQ(q2->noteEn.find("derived"), std::string::npos) << q2->noteEn;
    EXPECT_NE(q2->noteEn.find("us-gaap:PaymentsToAcquireProductiveAssets"), std::string::npos);
    EXPECT_EQ(valueOf(facts, "2024Q4"), 82999e6 - 55165e6);
    EXPECT_EQ(valueOf(facts, "2024Q1") + valueOf(facts, "2024Q2") + valueOf(facts, "2024Q3")
                  + valueOf(facts, "2024Q4"),
              valueOf(facts, "2024"));
    for (const Source &s : facts.sources)
        EXPECT_EQ(s.title.find("8-K"), std::string::npos);
}

TEST(SecCompanyFacts, IfrsFilerGivesYearsInItsReportingCurrency)
{
    const SecCompanyFacts facts = read("CIK0001999999.json", 0);
    EXPECT_FALSE(facts.knownEntity);
    EXPECT_EQ(facts.entity, "ifrs_test_filer_plc");
    ASSERT_EQ(facts.records.size(), 3u);
    const Observation *y2023 = record(facts, "2023");
    ASSERT_NE(y2023, nullptr);
    EXPECT_EQ(*y2023->value, 9350e6);
    EXPECT_EQ(y2023->currency, "CNY"); // not the convenience translation into dollars
    EXPECT_EQ(y2023->asOf, "2025-04-25"); // repeated in the later 20-F
    EXPECT_NE(y2023->noteEn.find("ifrs-full:PurchaseOfPropertyPlantAndEquipmentClassifiedAsInvestingActivities"),
              std::string::npos);
    EXPECT_EQ(valueOf(facts, "2024"), 11200e6);

    // Another filer that happens to bear a table company's name does not become that company.
    std::string impostor = fixture("CIK0001999999.json");
    impostor.replace(impostor.find("IFRS TEST FILER PLC"), 19, "ORACLE");
    auto other = readSecCompanyFacts(impostor, "impostor.json", 0);
    ASSERT_TRUE(other.ok()) << describe(other.error());
    EXPECT_EQ(other->entity, "cik_1999999_oracle");
}

TEST(SecCompanyFacts, FiscalYearEndingLateInJanuaryIsJanuarys)
{
    const std::string text = R"({"cik": 1045810, "entityName": "NVIDIA CORP", "facts": {"us-gaap": {
        "PaymentsToAcquirePropertyPlantAndEquipment": {"units": {"USD": [
          {"start": "2024-01-29", "end": "2024-04-28", "val": 369000000, "accn": "0001045810-24-000124", "fy": 2025, "fp": "Q1", "form": "10-Q", "filed": "2024-05-29"},
          {"start": "2024-01-29", "end": "2024-07-28", "val": 346000000, "accn": "0001045810-24-000264", "fy": 2025, "fp": "Q2", "form": "10-Q", "filed": "2024-08-28"},
          {"start": "2024-01-29", "end": "2025-01-26", "val": 3236000000, "accn": "0001045810-25-000023", "fy": 2025, "fp": "FY", "form": "10-K", "filed": "2025-02-26"}
        ]}}}}})";
    auto facts = readSecCompanyFacts(text, "nvidia.json", 1045810);
    ASSERT_TRUE(facts.ok()) << describe(facts.error());
    const SecCompanyFacts &f = facts.value();
    EXPECT_EQ(f.entity, "nvidia");
    EXPECT_EQ(valueOf(f, "FY2025-01"), 3236e6);
    EXPECT_EQ(valueOf(f, "FY2025Q1-01"), 369e6);
    // A restated first quarter can make a derived quarter negative: kept as the filings give it.
    EXPECT_EQ(valueOf(f, "FY2025Q2-01"), 346e6 - 369e6);
    EXPECT_EQ(record(f, "FY2025Q3-01"), nullptr); // no nine months: no Q3, and no Q4
    EXPECT_EQ(record(f, "FY2025Q4-01"), nullptr);
}

TEST(SecCompanyFacts, AYearComesWholeFromTheConceptThatGivesMostOfIt)
{
    // FY2024 has only its total under the preferred concept, but its quarters and total under the
    // other: all five from the other, so that the quarters add up to the year they are shown with.
    const std::string text = R"({"cik": 1018724, "entityName": "AMAZON.COM, INC.", "facts": {"us-gaap": {
        "PaymentsToAcquirePropertyPlantAndEquipment": {"units": {"USD": [
          {"start": "2024-01-01", "end": "2024-12-31", "val": 80000000000, "accn": "0001018724-25-000004", "fy": 2024, "fp": "FY", "form": "10-K", "filed": "2025-02-07"},
          {"start": "2023-01-01", "end": "2023-12-31", "val": 50000000000, "accn": "0001018724-24-000008", "fy": 2023, "fp": "FY", "form": "10-K", "filed": "2024-02-02"}
        ]}},
        "PaymentsToAcquireProductiveAssets": {"units": {"USD": [
          {"start": "2024-01-01", "end": "2024-03-31", "val": 14925000000, "accn": "0001018724-24-000083", "fy": 2024, "fp": "Q1", "form": "10-Q", "filed": "2024-05-01"},
          {"start": "2024-01-01", "end": "2024-06-30", "val": 32545000000, "accn": "0001018724-24-000130", "fy": 2024, "fp": "Q2", "form": "10-Q", "filed": "2024-08-02"},
          {"start": "2024-01-01", "end": "2024-09-30", "val": 55165000000, "accn": "0001018724-24-000161", "fy": 2024, "fp": "Q3", "form": "10-Q", "filed": "2024-11-01"},
          {"start": "2024-01-01", "end": "2024-12-31", "val": 82999000000, "accn": "0001018724-25-000004", "fy": 2024, "fp": "FY", "form": "10-K", "filed": "2025-02-07"},
          {"start": "2023-01-01", "end": "2023-12-31", "val": 52729000000, "accn": "0001018724-24-000008", "fy": 2023, "fp": "FY", "form": "10-K", "filed": "2024-02-02"}
        ]}}}}})";
    auto facts = readSecCompanyFacts(text, "amazon.json", 1018724);
    ASSERT_TRUE(facts.ok()) << describe(facts.error());
    EXPECT_EQ(valueOf(facts.value(), "2024"), 82999e6);
    EXPECT_EQ(valueOf(facts.value(), "2024Q4"), 82999e6 - 55165e6);
    EXPECT_NE(record(facts.value(), "2024")->noteEn.find("PaymentsToAcquireProductiveAssets"), std::string::npos);
    EXPECT_EQ(valueOf(facts.value(), "2023"), 50000e6); // one figure under each concept: the preferred one's
    EXPECT_EQ(facts->records.size(), 6u);
}

TEST(SecCompanyFacts, BadDocumentsAreRefusedNamingTheCompanyAndTheCause)
{
    const std::string name = "Microsoft (CIK 789019)";
    const std::string good = fixture("CIK0000789019.json");

    auto cut = readSecCompanyFacts(std::string_view(good).substr(0, good.size() / 2), name, 789019);
    ASSERT_FALSE(cut.ok());
    EXPECT_EQ(cut.error().code, ErrorCode::JsonTruncated);
    EXPECT_EQ(cut.error().file, name);
    EXPECT_GT(cut.error().line, 1);

    std::string broken = good;
    broken.replace(broken.find("\"entityName\""), 12, "entityName");
    auto malformed = readSecCompanyFacts(broken, name, 789019);
    ASSERT_FALSE(malformed.ok());
    EXPECT_EQ(malformed.error().code, ErrorCode::JsonSyntax);
    EXPECT_EQ(malformed.error().line, 3);

    auto other = readSecCompanyFacts(fixture("CIK0001326801.json"), "Meta (CIK 1326801)", 1326801);
    ASSERT_FALSE(other.ok());
    EXPECT_EQ(other.error().code, ErrorCode::SecWrongCompany);
    EXPECT_EQ(other.error().detail, "1018724");
    EXPECT_EQ(other.error().field, "1326801");

    auto none = readSecCompanyFacts(fixture("CIK0001045810.json"), "Nvidia (CIK 1045810)", 1045810);
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(none.error().code, ErrorCode::SecNoCapexFacts);
    EXPECT_NE(none.error().detail.find("us-gaap:PaymentsToAcquirePropertyPlantAndEquipment"), std::string::npos);

    auto notFacts = readSecCompanyFacts("[1, 2]", name, 0);
    ASSERT_FALSE(notFacts.ok());
    EXPECT_EQ(notFacts.error().code, ErrorCode::WrongType);
    auto noFacts = readSecCompanyFacts(R"({"cik": 789019, "entityName": "MICROSOFT CORPORATION"})", name, 0);
    ASSERT_FALSE(noFacts.ok());
    EXPECT_EQ(noFacts.error().code, ErrorCode::MissingField);
    EXPECT_EQ(noFacts.error().field, "facts");

    std::string textValue = good;
    const std::string number = "\"val\": 28107000000";
    textValue.replace(textValue.find(number), number.size(), "\"val\": \"28107000000\"");
    auto wrong = readSecCompanyFacts(textValue, name, 789019);
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, ErrorCode::WrongType);
    EXPECT_EQ(wrong.error().field, "facts.us-gaap.PaymentsToAcquirePropertyPlantAndEquipment.units.USD[0].val");
}

class SecUpdateStore : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_dir = std::filesystem::temp_directory_path()
            / ("capexlens-sec-" + std::to_string(::getpid()) + '-'
               + ::testing::UnitTest::GetInstance()->current_test_info()->name());
        std::filesystem::remove_all(m_dir);
        std::filesystem::create_directories(m_dir);
        auto db = Database::open(m_dir / "capexlens.db");
        ASSERT_TRUE(db.ok()) << describe(db.error());
        m_db = std::move(db).value();
        auto sync = m_db->syncBundled(testing::bundled());
        ASSERT_TRUE(sync.ok()) << describe(sync.error());
    }
    void TearDown() override
    {
        m_db.reset();
        std::filesystem::remove_all(m_dir);
    }

    Dataset snapshot() const { return m_db->snapshot().value(); }

    ImportPlan plan(const std::vector<std::pair<std::string, std::int64_t>> &files)
    {
        std::vector<SecCompanyResult> results;
        for (const auto &[file, cik] : files)
            results.push_back({file, readSecCompanyFacts(fixture(file), file, cik)});
        return planSecUpdate(results, snapshot());
    }

    std::filesystem::path m_dir;
    std::unique_ptr<Database> m_db;
};

const Observation *stored(const Dataset &d, const std::string &uid)
{
    for (const Observation &o : d.observations)
        if (o.uid == uid)
            return &o;
    return nullptr;
}

TEST_F(SecUpdateStore, SecondRunChangesNothingAndRestatementsUpdateWithHistory)
{
    const Dataset before = snapshot();
    const ImportPlan first = plan({{"microsoft-2025-07.json", 789019}});
    ASSERT_TRUE(first.acceptable());
    EXPECT_EQ(first.format, "sec");
    EXPECT_EQ(first.count(ImportAction::Add), 11);
    // The filings cited: FY2025's 10-Qs and 10-K, which repeat FY2024's figures and so replace its own filings.
    EXPECT_EQ(first.newSources.size(), 4u);
    auto written = m_db->applyImport(first);
    ASSERT_TRUE(written.ok()) << describe(written.error());
    EXPECT_EQ(written->added, 11);
    EXPECT_TRUE(std::filesystem::exists(written->backup));

    const Dataset after = snapshot();
    EXPECT_EQ(after.observations.size(), before.observations.size() + 11);
    const Observation *q2 = stored(after, "microsoft.capex_cash.FY2025Q2-06.sec");
    ASSERT_NE(q2, nullptr);
    EXPECT_EQ(*q2->value, 15804e6);
    EXPECT_TRUE(q2->userEntered);
    ASSERT_NE(after.source(q2->source), nullptr);
    EXPECT_EQ(after.source(q2->source)->url, "https://www.sec.gov/Archives/edgar/data/789019/000095017025010491/");
    // The bundled headline and cash records stand as they were, beside the filings' records.
    for (const Observation &o : before.observations) {
        const Observation *same = stored(after, o.uid);
        ASSERT_NE(same, nullptr) << o.uid;
        EXPECT_EQ(same->value, o.value) << o.uid;
    }

    // The same facts again: nothing to do.
    const ImportPlan again = plan({{"microsoft-2025-07.json", 789019}});
    EXPECT_EQ(again.count(ImportAction::Unchanged), 11);
    EXPECT_EQ(again.count(ImportAction::Add) + again.count(ImportAction::Update), 0);
    EXPECT_TRUE(again.newSources.empty());
    EXPECT_EQ(plan({{"CIK0000789019.json", 789019}}).newSources.size(), 1u); // the first 10-Q of FY2026

    // A later filing restates FY2025 Q1: Q1 and the Q2 derived from it are updated, FY2026 Q1 added.
    const ImportPlan later = plan({{"CIK0000789019.json", 789019}});
    ASSERT_TRUE(later.acceptable());
    EXPECT_EQ(later.count(ImportAction::Update), 2);
    EXPECT_EQ(later.count(ImportAction::Add), 1);
    EXPECT_EQ(later.count(ImportAction::Unchanged), 9);
    auto updated = m_db->applyImport(later);
    ASSERT_TRUE(updated.ok()) << describe(updated.error());
    EXPECT_EQ(updated->updated, 2);
    EXPECT_EQ(updated->added, 1);
    const Dataset restated = snapshot();
    EXPECT_EQ(restated.observations.size(), before.observations.size() + 12);
    const Observation *q1 = stored(restated, "microsoft.capex_cash.FY2025Q1-06.sec");
    ASSERT_NE(q1, nullptr);
    EXPECT_EQ(*q1->value, 14950e6);
    auto history = m_db->observationHistory(q1->rowId, q1->uid);
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->size(), 1u);
    EXPECT_EQ(*history->front().oldValue, 14923e6);
    EXPECT_EQ(history->front().oldSource, "sec-789019-0000950170-24-118967");
    EXPECT_EQ(history->front().oldAsOf, "2024-10-30");
    EXPECT_EQ(*stored(restated, "microsoft.capex_cash.FY2025Q2-06.sec")->value, 30727e6 - 14950e6);

    const ImportPlan third = plan({{"CIK0000789019.json", 789019}});
    EXPECT_EQ(third.count(ImportAction::Unchanged), 12);
    EXPECT_EQ(third.count(ImportAction::Add) + third.count(ImportAction::Update), 0);
}

TEST_F(SecUpdateStore, AnUnknownFilerBecomesAnEntityOfItsOwn)
{
    const ImportPlan p = plan({{"CIK0001999999.json", 1999999}});
    ASSERT_TRUE(p.acceptable());
    ASSERT_EQ(p.newEntities.size(), 1u);
    EXPECT_EQ(p.newEntities[0].id, "ifrs_test_filer_plc");
    EXPECT_EQ(p.newEntities[0].nameEn, "IFRS TEST FILER PLC");
    auto written = m_db->applyImport(p);
    ASSERT_TRUE(written.ok()) << describe(written.error());
    EXPECT_EQ(written->added, 3);
    EXPECT_EQ(written->entitiesAdded, 1);
    const Dataset after = snapshot();
    ASSERT_NE(after.entity("ifrs_test_filer_plc"), nullptr);
    EXPECT_EQ(*stored(after, "ifrs_test_filer_plc.capex_cash.2024.sec")->value, 11200e6);
    EXPECT_EQ(plan({{"CIK0001999999.json", 1999999}}).newEntities.size(), 0u);
}

TEST_F(SecUpdateStore, OneFailedCompanyRefusesTheWholeUpdate)
{
    const std::string dump = testing::dumpDatabase(m_db->handle());
    const ImportPlan p = plan({{"CIK0000789019.json", 789019}, {"CIK0001045810.json", 1045810},
                               {"CIK0001326801.json", 1326801}, {"CIK0000789019.json", 789019}});
    EXPECT_FALSE(p.acceptable());
    ASSERT_EQ(p.rejected.size(), 3u);
    EXPECT_EQ(p.rejected[0].error.code, ErrorCode::SecNoCapexFacts);
    EXPECT_EQ(p.rejected[0].error.file, "CIK0001045810.json");
    EXPECT_EQ(p.rejected[1].error.code, ErrorCode::SecWrongCompany);
    EXPECT_EQ(p.rejected[2].error.code, ErrorCode::DuplicateId);
    EXPECT_EQ(p.rows.size(), 12u); // Microsoft's, once
    auto written = m_db->applyImport(p);
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().code, ErrorCode::ImportRejected);
    EXPECT_EQ(testing::dumpDatabase(m_db->handle()), dump);
}

TEST_F(SecUpdateStore, ACurrencyWithoutExchangeRateRefusesTheCompany)
{
    std::string euro = fixture("CIK0001999999.json");
    for (std::size_t at = euro.find("\"CNY\""); at != std::string::npos; at = euro.find("\"CNY\""))
        euro.replace(at, 5, "\"EUR\"");
    std::vector<SecCompanyResult> results;
    results.push_back({"IFRS Test Filer (CIK 1999999)", readSecCompanyFacts(euro, "IFRS Test Filer (CIK 1999999)", 0)});
    const ImportPlan p = planSecUpdate(results, snapshot());
    ASSERT_EQ(p.rejected.size(), 1u);
    EXPECT_EQ(p.rejected[0].error.code, ErrorCode::NoFxRate);
    EXPECT_EQ(p.rejected[0].error.detail, "EUR");
    EXPECT_EQ(p.rejected[0].error.file, "IFRS Test Filer (CIK 1999999)");
    EXPECT_TRUE(p.rows.empty());
    EXPECT_TRUE(p.newEntities.empty());
}

} // namespace
} // namespace capex

#pragma once

#include "dataset.h"
#include "importplan.h"
#include "result.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace capex {

/// A company whose capex the SEC update reads from its filings: SEC's Central Index Key, its
/// ticker and the dataset's entity id.
struct SecCompany
{
    std::int64_t cik = 0;
    std::string ticker; ///< "MSFT"; empty for a company named only by --cik
    std::string entity; ///< the dataset's entity id; empty: made from the filer's name (secEntityId)
};

/// The companies of the dataset that file with the SEC, in the order an update takes them.
const std::vector<SecCompany> &secCompanies();
/// The company of `ticker` (any case; GOOG and GOOGL are both Alphabet), or null.
const SecCompany *secCompanyByTicker(std::string_view ticker);
/// The table's company with `cik`, or null.
const SecCompany *secCompanyByCik(std::int64_t cik);

/// "/api/xbrl/companyfacts/CIK0000789019.json": where data.sec.gov serves a company's facts.
std::string secCompanyFactsPath(std::int64_t cik);
/// The CIK of a file named as SEC names company facts ("CIK0000789019.json", any folder), or 0.
std::int64_t secCikFromFileName(std::string_view fileName);
/// The folder of a filing on sec.gov: https://www.sec.gov/Archives/edgar/data/789019/000095017025010491/
std::string secFilingUrl(std::int64_t cik, std::string_view accession);
/// An entity id for a filer the dataset does not know: its name in lower case, words joined by
/// `_` ("APPLE INC." → "apple_inc"); "cik_N" when the name has no letters or digits.
std::string secEntityId(std::string_view entityName);

/// The concepts read, in order of preference: a fiscal year's figures all come from one concept,
/// the one that gives most of them (the earlier in this order when two give as many).
struct SecConcept
{
    const char *taxonomy; ///< "us-gaap" or "ifrs-full"
    const char *name;     ///< "PaymentsToAcquirePropertyPlantAndEquipment"
    const char *labelEn;  ///< what it is, in the notes
    const char *labelZh;
};
const std::vector<SecConcept> &secCapexConcepts();

/// What one company's facts give: capex_cash records (kind actual, grade reported) for every
/// fiscal year and every fiscal quarter the filings allow, keyed by uid
/// (`entity.capex_cash.PERIOD.sec`), and the filings they cite as sources.
struct SecCompanyFacts
{
    std::int64_t cik = 0;
    std::string entityName;           ///< as SEC gives it ("MICROSOFT CORPORATION")
    std::string entity;               ///< the dataset's entity id
    bool knownEntity = false;         ///< from the table (else made by secEntityId)
    std::vector<Observation> records; ///< by period
    std::vector<Source> sources;      ///< one per filing cited, by id
};

/// Reads a company-facts document (data.sec.gov's /api/xbrl/companyfacts/ format) and derives
/// its capex_cash figures. `name` names the company, or the file, in every Error (Error::file).
/// `expectedCik` (0: any) is the company asked for: facts of another CIK are SecWrongCompany.
///
/// Facts are taken from annual (10-K, 20-F, 40-F) and quarterly (10-Q) reports and their
/// amendments. Of the facts for one span of dates, the one filed last is taken (a restatement in
/// a later filing replaces the first figure; on the same day, an amendment, then the fact SEC
/// gave a calendar frame). A fiscal year is a span of about a year reported as `fp` FY in an
/// annual report; a fiscal year starts on the first day of one, or the day after one ends. Cash-flow
/// facts in 10-Qs run from the fiscal year's start: Q1 is the three months, Q2 = six months − Q1,
/// Q3 = nine months − six months, Q4 = the year − nine months; a three-month fact of the
/// quarter itself, where a filing gives one, is taken as reported. A fiscal year ending in December
/// gives calendar periods (2025, 2025Q3), any other fiscal periods (FY2025-06, FY2026Q1-06).
/// Errors: JsonSyntax or JsonTruncated (with line and column), MissingField or WrongType for a
/// document that is not company facts, SecWrongCompany, SecNoCapexFacts.
Result<SecCompanyFacts> readSecCompanyFacts(std::string_view json, const std::string &name, std::int64_t expectedCik);

/// One company's part of an update: its facts, or why they could not be had (a download that
/// failed, a file that did not read). `name` names it in the plan's rejections.
struct SecCompanyResult
{
    std::string name;
    Result<SecCompanyFacts> facts = Error{ErrorCode::SecNoCapexFacts, {}, 0, 0, {}, {}};
};

/// What an update would write, as an import's plan (format "sec", `file` naming the companies):
/// every company's records as keyed rows, matched to stored records by uid, so that a record
/// whose figure, filing or note changed is an update (its old value goes to the history) and one
/// that did not is unchanged; the filings it cites that the store lacks as new sources; the
/// entities of companies the store lacks (a --cik filer) as new entities. A company that failed,
/// or whose records the store refuses (a currency without an exchange rate), is one rejection
/// naming it, and nothing of it is planned; so is a company given twice (DuplicateId). Rows are
/// numbered from 1 in `line`.
ImportPlan planSecUpdate(const std::vector<SecCompanyResult> &companies, const Dataset &store);

} // namespace capex

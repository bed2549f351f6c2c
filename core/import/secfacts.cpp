#include "secfacts.h"

#include "recordcheck.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>

namespace capex {
namespace {

using json = nlohmann::json;
using Days = std::chrono::sys_days;

// The companies of the dataset that file with the SEC. CIKs as EDGAR gives them
// (https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=…).
const std::vector<SecCompany> companies = {
    {789019, "MSFT", "microsoft"}, {1652044, "GOOGL", "alphabet"}, {1018724, "AMZN", "amazon"},
    {1326801, "META", "meta"},     {1341439, "ORCL", "oracle"},    {1045810, "NVDA", "nvidia"},
    {1577552, "BABA", "alibaba"},  {1329099, "BIDU", "baidu"},
};

const std::vector<SecConcept> concepts = {
    {"us-gaap", "PaymentsToAcquirePropertyPlantAndEquipment", "Payments to acquire property, plant and equipment",
     "购置物业、厂房及设备支付的现金"},
    {"us-gaap", "PaymentsToAcquireProductiveAssets", "Payments to acquire productive assets",
     "购置生产性资产支付的现金"},
    {"ifrs-full", "PurchaseOfPropertyPlantAndEquipmentClassifiedAsInvestingActivities",
     "Purchase of property, plant and equipment (investing activities)", "购置物业、厂房及设备（投资活动）"},
};

std::string lower(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
    return out;
}

std::optional<Days> parseDate(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    int y = 0, m = 0, d = 0;
    for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
        if (text[i] < '0' || text[i] > '9')
            return std::nullopt;
    y = std::stoi(std::string(text.substr(0, 4)));
    m = std::stoi(std::string(text.substr(5, 2)));
    d = std::stoi(std::string(text.substr(8, 2)));
    const std::chrono::year_month_day ymd{std::chrono::year(y), std::chrono::month(static_cast<unsigned>(m)),
                                          std::chrono::day(static_cast<unsigned>(d))};
    if (!ymd.ok())
        return std::nullopt;
    return Days(ymd);
}

std::string dateText(Days day)
{
    const std::chrono::year_month_day ymd(day);
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    return buffer;
}

/// How many quarters a span of `days` days covers (1–4), or 0 when it is no whole number of them.
/// Quarters of 13 or 14 weeks and years of 52 or 53 weeks count.
int quarterCount(int days)
{
    for (int n = 1; n <= 4; ++n)
        if (std::abs(days - n * 91.31) <= 16)
            return n;
    return 0;
}

bool isAmendment(std::string_view form) { return form.size() > 2 && form.substr(form.size() - 2) == "/A"; }

std::string_view baseForm(std::string_view form) { return isAmendment(form) ? form.substr(0, form.size() - 2) : form; }

bool isAnnualForm(std::string_view form)
{
    const std::string_view base = baseForm(form);
    return base == "10-K" || base == "10-KT" || base == "20-F" || base == "40-F";
}

bool isQuarterlyForm(std::string_view form) { return baseForm(form) == "10-Q"; }

/// One fact of a tag in one unit, as company facts give it.
struct Fact
{
    const SecConcept *tag = nullptr;
    Days start{}, end{};
    double value = 0;
    std::string accession, form, fp, filed, frame;
    std::optional<int> fy;

    int days() const { return static_cast<int>((end - start).count()) + 1; }
};

/// Whether `a` replaces `b` as the figure for their span: filed later; on the same day an
/// amendment, then the fact SEC put in a calendar frame (it frames the one filed last).
bool replaces(const Fact &a, const Fact &b)
{
    if (a.filed != b.filed)
        return a.filed > b.filed;
    if (isAmendment(a.form) != isAmendment(b.form))
        return isAmendment(a.form);
    if (a.frame.empty() != b.frame.empty())
        return !a.frame.empty();
    return a.accession > b.accession;
}

/// The line and column of byte `offset` in `text`, columns counted in characters.
std::pair<int, int> lineAndColumn(std::string_view text, std::size_t offset)
{
    int line = 1, column = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return {line, column};
}

/// A span of a fiscal year in words: "three months to 2024-09-30", "the fiscal year to 2025-06-30".
struct SpanWords
{
    std::string en, zh;
};

SpanWords spanWords(int quarters, Days end)
{
    const std::string date = dateText(end);
    switch (quarters) {
    case 1: return {"three months to " + date, "截至" + date + "的三个月"};
    case 2: return {"six months to " + date, "截至" + date + "的六个月"};
    case 3: return {"nine months to " + date, "截至" + date + "的九个月"};
    default: return {"fiscal year to " + date, "截至" + date + "的财年"};
    }
}

/// "(10-Q filed 2025-01-29, accession 0000950170-25-010491)" and its Chinese.
SpanWords filingWords(const Fact &f)
{
    return {"(" + f.form + " filed " + f.filed + ", accession " + f.accession + ")",
            "（" + f.form + "，" + f.filed + "提交，编号" + f.accession + "）"};
}

std::string conceptName(const SecConcept &c) { return std::string(c.taxonomy) + ":" + c.name; }

/// Records and sources of one company, made as the facts are read.
class Derivation
{
public:
    Derivation(std::int64_t cik, std::string entityName, std::string entity)
        : m_cik(cik), m_entityName(std::move(entityName)), m_entity(std::move(entity))
    {
    }

    /// The records of one tag in one unit, by the fiscal year they belong to.
    std::map<Period, std::vector<Observation>> derive(const std::vector<Fact> &facts, const std::string &unit)
    {
        // The figure filed last for each span of dates.
        struct Span
        {
            Fact fact;
            bool fiscalYear = false; ///< reported as a whole fiscal year in an annual report
            bool firstQuarter = false; ///< reported as a fiscal year's first quarter in a 10-Q
        };
        std::map<std::pair<Days, Days>, Span> spans;
        for (const Fact &f : facts) {
            if (!isAnnualForm(f.form) && !isQuarterlyForm(f.form))
                continue;
            const int quarters = quarterCount(f.days());
            auto [it, added] = spans.try_emplace({f.start, f.end}, Span{f});
            if (!added && replaces(f, it->second.fact))
                it->second.fact = f;
            if (quarters == 4 && isAnnualForm(f.form) && f.fp == "FY")
                it->second.fiscalYear = true;
            if (quarters == 1 && isQuarterlyForm(f.form) && f.fp == "Q1")
                it->second.firstQuarter = true;
        }
        // Where fiscal years start: a fiscal year's first day, the day after one ends (the year
        // in progress), a first quarter's first day.
        std::set<Days> starts;
        for (const auto &[key, span] : spans) {
            if (span.fiscalYear) {
                starts.insert(key.first);
                starts.insert(key.second + std::chrono::days(1));
            }
            if (span.firstQuarter)
                starts.insert(key.first);
        }
        auto find = [&spans](auto predicate) -> const Fact * {
            for (const auto &[key, span] : spans)
                if (predicate(key.first, key.second, span))
                    return &span.fact;
            return nullptr;
        };

        std::map<Period, std::vector<Observation>> byYear;
        for (auto s = starts.begin(); s != starts.end(); ++s) {
            const Days start = *s;
            const Fact *year = find([&](Days a, Days, const Span &span) { return a == start && span.fiscalYear; });
            Days end;
            if (year)
                end = year->end;
            else if (auto next = std::next(s); next != starts.end())
                end = *next - std::chrono::days(1);
            else
                end = Days(std::chrono::year_month_day(start) + std::chrono::years(1)) - std::chrono::days(1);
            if (!year && std::next(s) != starts.end() && quarterCount(static_cast<int>((end - start).count()) + 1) != 4)
                continue; // not a fiscal year: a gap between the years reported
            // The month the fiscal year ends in: a 52/53-week year ending in the first days of a
            // month ends, by name, in the month before (Nvidia's FY2025 to 2025-01-26 is January).
            std::chrono::year_month_day last(end);
            if (static_cast<unsigned>(last.day()) <= 10)
                last = std::chrono::year_month_day(end - std::chrono::days(static_cast<unsigned>(last.day())));
            const int endYear = static_cast<int>(last.year());
            const int endMonth = static_cast<int>(static_cast<unsigned>(last.month()));
            const bool calendar = endMonth == 12;
            const Period fiscalYear = calendar ? Period::calendarYear(endYear) : Period::fiscalYear(endYear, endMonth);
            auto quarterPeriod = [&](int q) {
                return calendar ? Period::calendarQuarter(endYear, q) : Period::fiscalQuarter(endYear, q, endMonth);
            };

            std::array<const Fact *, 5> toDate{}; // [n]: the n quarters from the start; [4] the year
            for (int n = 1; n <= 3; ++n)
                toDate[static_cast<std::size_t>(n)] = find([&](Days a, Days b, const Span &span) {
                    return a == start && b < end && quarterCount(span.fact.days()) == n;
                });
            toDate[4] = year;

            std::vector<Observation> records;
            if (const Fact *q1 = toDate[1])
                records.push_back(reported(*q1, quarterPeriod(1), unit, 1));
            for (int n = 2; n <= 4; ++n) {
                const Fact *minuend = toDate[static_cast<std::size_t>(n)];
                const Fact *subtrahend = toDate[static_cast<std::size_t>(n - 1)];
                if (!minuend)
                    continue;
                // A three-month figure of the quarter itself, where a filing gives one.
                const Fact *own = find([&](Days a, Days b, const Span &span) {
                    return a > start && b == minuend->end && quarterCount(span.fact.days()) == 1
                        && (!subtrahend || a == subtrahend->end + std::chrono::days(1));
                });
                if (own)
                    records.push_back(reported(*own, quarterPeriod(n), unit, 1));
                else if (subtrahend)
                    records.push_back(derived(*minuend, *subtrahend, n, quarterPeriod(n), unit));
            }
            if (year)
                records.push_back(reported(*year, fiscalYear, unit, 4));
            if (!records.empty())
                byYear[fiscalYear] = std::move(records);
        }
        return byYear;
    }

    const std::map<std::string, Source> &sources() const { return m_sources; }

    /// The sources the chosen records cite, by id.
    std::vector<Source> sourcesOf(const std::vector<Observation> &records) const
    {
        std::set<std::string> ids;
        for (const Observation &o : records)
            ids.insert(o.source);
        std::vector<Source> out;
        for (const std::string &id : ids)
            out.push_back(m_sources.at(id));
        return out;
    }

private:
    std::string sourceFor(const Fact &f)
    {
        std::string id = "sec-" + std::to_string(m_cik) + "-" + f.accession;
        if (!m_sources.count(id)) {
            Source s;
            s.id = id;
            s.publisher = m_entityName;
            std::string period;
            if (f.fy && !f.fp.empty())
                period = " for fiscal " + std::to_string(*f.fy) + (f.fp == "FY" ? std::string() : " " + f.fp);
            s.title = "Form " + f.form + period + ", filed " + f.filed + " with the SEC (accession " + f.accession
                + ")";
            s.url = secFilingUrl(m_cik, f.accession);
            s.date = f.filed;
            s.language = "en";
            m_sources.emplace(id, std::move(s));
        }
        return id;
    }

    Observation base(const Period &period, double value, const std::string &unit, const Fact &cited)
    {
        Observation o;
        o.uid = m_entity + ".capex_cash." + period.toString() + ".sec";
        o.entity = m_entity;
        o.metric = "capex_cash";
        o.period = period;
        o.value = value;
        o.unit = unit;
        o.currency = unit;
        o.kind = Kind::Actual;
        o.grade = Grade::Reported;
        o.source = sourceFor(cited);
        o.asOf = cited.filed;
        return o;
    }

    Observation reported(const Fact &f, const Period &period, const std::string &unit, int quarters)
    {
        Observation o = base(period, f.value, unit, f);
        const std::string from = dateText(f.start), to = dateText(f.end);
        const SpanWords filing = filingWords(f);
        const std::string what = quarters == 4 ? "the fiscal year " : "the three months ";
        o.noteEn = std::string(f.tag->labelEn) + " (" + conceptName(*f.tag) + ") for " + what + from + " to "
            + to + ", as filed " + filing.en + ". From SEC EDGAR company facts.";
        o.noteZh = std::string(f.tag->labelZh) + "（" + conceptName(*f.tag) + "），" + from + "至" + to
            + (quarters == 4 ? "财年" : "三个月") + "，按申报文件" + filing.zh + "。数据取自SEC EDGAR公司财务数据（company facts）。";
        return o;
    }

    /// Quarter `n` (2–4) as `minuend` (n quarters to date, or the year) minus `subtrahend` (n − 1).
    Observation derived(const Fact &minuend, const Fact &subtrahend, int n, const Period &period,
                        const std::string &unit)
    {
        // The figure is known from the later of the two filings: that one is its source.
        const Fact &cited = replaces(subtrahend, minuend) ? subtrahend : minuend;
        Observation o = base(period, minuend.value - subtrahend.value, unit, cited);
        const SpanWords big = spanWords(n, minuend.end), small = spanWords(n - 1, subtrahend.end);
        const SpanWords bigFiling = filingWords(minuend), smallFiling = filingWords(subtrahend);
        const std::string q = std::to_string(n);
        const std::string firstEn = n == 2 ? "Q1, " : "", firstZh = n == 2 ? "第1季度，即" : "";
        o.noteEn = std::string(minuend.tag->labelEn) + " (" + conceptName(*minuend.tag) + "), derived: Q" + q
            + " = " + big.en + " " + bigFiling.en + " minus " + firstEn + small.en + " " + smallFiling.en
            + ". From SEC EDGAR company facts.";
        o.noteZh = std::string(minuend.tag->labelZh) + "（" + conceptName(*minuend.tag) + "），推算：第" + q
            + "季度 = " + big.zh + bigFiling.zh + "减去" + firstZh + small.zh + smallFiling.zh
            + "。数据取自SEC EDGAR公司财务数据（company facts）。";
        return o;
    }

    std::int64_t m_cik;
    std::string m_entityName;
    std::string m_entity;
    std::map<std::string, Source> m_sources;
};

/// Reads the facts of `tag` in `unit` from the array `list`; `where` names it in errors.
Result<std::vector<Fact>> readFacts(const json &list, const SecConcept &tag, const std::string &name,
                                    const std::string &where)
{
    std::vector<Fact> facts;
    if (!list.is_array())
        return Error{ErrorCode::WrongType, name, 0, 0, where, "array expected"};
    for (std::size_t i = 0; i < list.size(); ++i) {
        const json &item = list[i];
        const std::string at = where + "[" + std::to_string(i) + "]";
        if (!item.is_object())
            return Error{ErrorCode::WrongType, name, 0, 0, at, "object expected"};
        auto text = [&](const char *key, bool required) -> Result<std::string> {
            const auto it = item.find(key);
            if (it == item.end() || it->is_null()) {
                if (required)
                    return Error{ErrorCode::MissingField, name, 0, 0, at + "." + key, {}};
                return std::string();
            }
            if (!it->is_string())
                return Error{ErrorCode::WrongType, name, 0, 0, at + "." + key, "text expected"};
            return it->get<std::string>();
        };
        auto start = text("start", false);
        if (!start.ok())
            return start.error();
        if (start->empty())
            continue; // a fact at an instant, not over a period: no cash flow
        Fact f;
        f.tag = &tag;
        auto end = text("end", true), accn = text("accn", true), form = text("form", true),
             filed = text("filed", true), fp = text("fp", false), frame = text("frame", false);
        for (auto *r : {&end, &accn, &form, &filed, &fp, &frame})
            if (!r->ok())
                return r->error();
        const auto startDay = parseDate(start.value()), endDay = parseDate(end.value());
        if (!startDay)
            return Error{ErrorCode::InvalidValue, name, 0, 0, at + ".start", start.value()};
        if (!endDay || *endDay < *startDay)
            return Error{ErrorCode::InvalidValue, name, 0, 0, at + ".end", end.value()};
        if (!parseDate(filed.value()))
            return Error{ErrorCode::InvalidValue, name, 0, 0, at + ".filed", filed.value()};
        const auto val = item.find("val");
        if (val == item.end() || val->is_null())
            return Error{ErrorCode::MissingField, name, 0, 0, at + ".val", {}};
        if (!val->is_number())
            return Error{ErrorCode::WrongType, name, 0, 0, at + ".val", "number expected"};
        f.value = val->get<double>();
        if (!std::isfinite(f.value))
            return Error{ErrorCode::NonFiniteNumber, name, 0, 0, at + ".val", val->dump()};
        if (const auto fy = item.find("fy"); fy != item.end() && fy->is_number_integer())
            f.fy = fy->get<int>();
        f.start = *startDay;
        f.end = *endDay;
        f.accession = std::move(accn).value();
        f.form = std::move(form).value();
        f.filed = std::move(filed).value();
        f.fp = std::move(fp).value();
        f.frame = std::move(frame).value();
        facts.push_back(std::move(f));
    }
    return facts;
}

bool isCurrencyCode(std::string_view unit)
{
    return unit.size() == 3 && std::all_of(unit.begin(), unit.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

} // namespace

const std::vector<SecCompany> &secCompanies() { return companies; }

const SecCompany *secCompanyByTicker(std::string_view ticker)
{
    std::string upper(ticker);
    std::transform(upper.begin(), upper.end(), upper.begin(),
                   [](unsigned char c) { return static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c); });
    if (upper == "GOOG")
        upper = "GOOGL";
    for (const SecCompany &c : companies)
        if (c.ticker == upper)
            return &c;
    return nullptr;
}

const SecCompany *secCompanyByCik(std::int64_t cik)
{
    for (const SecCompany &c : companies)
        if (c.cik == cik)
            return &c;
    return nullptr;
}

std::string secCompanyFactsPath(std::int64_t cik)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "/api/xbrl/companyfacts/CIK%010lld.json", static_cast<long long>(cik));
    return buffer;
}

std::int64_t secCikFromFileName(std::string_view fileName)
{
    if (const auto slash = fileName.find_last_of("/\\"); slash != std::string_view::npos)
        fileName.remove_prefix(slash + 1);
    if (fileName.size() != 18 || lower(fileName.substr(0, 3)) != "cik" || lower(fileName.substr(13)) != ".json")
        return 0;
    std::int64_t cik = 0;
    for (char c : fileName.substr(3, 10)) {
        if (c < '0' || c > '9')
            return 0;
        cik = cik * 10 + (c - '0');
    }
    return cik;
}

std::string secFilingUrl(std::int64_t cik, std::string_view accession)
{
    std::string digits;
    for (char c : accession)
        if (c >= '0' && c <= '9')
            digits += c;
    return "https://www.sec.gov/Archives/edgar/data/" + std::to_string(cik) + "/" + digits + "/";
}

std::string secEntityId(std::string_view entityName)
{
    std::string id;
    for (char c : lower(entityName)) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            id += c;
        else if (!id.empty() && id.back() != '_')
            id += '_';
    }
    while (!id.empty() && id.back() == '_')
        id.pop_back();
    return id;
}

const std::vector<SecConcept> &secCapexConcepts() { return concepts; }

Result<SecCompanyFacts> readSecCompanyFacts(std::string_view text, const std::string &name, std::int64_t expectedCik)
{
    json document;
    try {
        document = json::parse(text.begin(), text.end());
    } catch (const json::parse_error &e) {
        const std::size_t offset = e.byte > 0 ? e.byte - 1 : 0;
        const auto [line, column] = lineAndColumn(text, offset);
        const bool cutShort = offset >= text.size() || text.find_first_not_of(" \t\r\n", offset) == std::string_view::npos;
        return Error{cutShort ? ErrorCode::JsonTruncated : ErrorCode::JsonSyntax, name, line, column, {}, {}};
    } catch (const json::exception &e) { // a number beyond a double
        return Error{ErrorCode::JsonSyntax, name, 0, 0, {}, e.what()};
    }
    if (!document.is_object())
        return Error{ErrorCode::WrongType, name, 0, 0, "cik", "object expected"};

    SecCompanyFacts out;
    const auto cik = document.find("cik");
    if (cik == document.end() || cik->is_null())
        return Error{ErrorCode::MissingField, name, 0, 0, "cik", {}};
    if (cik->is_number_integer() && cik->get<std::int64_t>() > 0) {
        out.cik = cik->get<std::int64_t>();
    } else if (cik->is_string() && !cik->get<std::string>().empty()
               && cik->get<std::string>().find_first_not_of("0123456789") == std::string::npos
               && cik->get<std::string>().size() <= 10) {
        out.cik = std::stoll(cik->get<std::string>());
    } else {
        return Error{ErrorCode::WrongType, name, 0, 0, "cik", "number expected"};
    }
    if (expectedCik != 0 && out.cik != expectedCik)
        return Error{ErrorCode::SecWrongCompany, name, 0, 0, std::to_string(expectedCik), std::to_string(out.cik)};
    if (const auto entityName = document.find("entityName"); entityName != document.end() && entityName->is_string())
        out.entityName = entityName->get<std::string>();
    if (out.entityName.empty())
        out.entityName = "CIK " + std::to_string(out.cik);
    if (const SecCompany *known = secCompanyByCik(out.cik)) {
        out.entity = known->entity;
        out.knownEntity = true;
    } else {
        out.entity = secEntityId(out.entityName);
        // Never one of the table's companies under another CIK (a filer named "Oracle" that is not Oracle).
        const bool taken = std::any_of(companies.begin(), companies.end(),
                                       [&](const SecCompany &c) { return c.entity == out.entity; });
        if (out.entity.empty() || !(out.entity[0] >= 'a' && out.entity[0] <= 'z') || taken)
            out.entity = "cik_" + std::to_string(out.cik) + (out.entity.empty() ? "" : "_" + out.entity);
    }
    const auto facts = document.find("facts");
    if (facts == document.end() || facts->is_null())
        return Error{ErrorCode::MissingField, name, 0, 0, "facts", {}};
    if (!facts->is_object())
        return Error{ErrorCode::WrongType, name, 0, 0, "facts", "object expected"};

    Derivation derivation(out.cik, out.entityName, out.entity);
    std::map<Period, std::vector<Observation>> chosen; // by fiscal year: the first tag's records
    bool anyConcept = false;
    for (const SecConcept &tag : concepts) {
        const auto taxonomy = facts->find(tag.taxonomy);
        if (taxonomy == facts->end() || !taxonomy->is_object())
            continue;
        const auto entry = taxonomy->find(tag.name);
        if (entry == taxonomy->end())
            continue;
        const std::string where = std::string("facts.") + tag.taxonomy + "." + tag.name;
        if (!entry->is_object())
            return Error{ErrorCode::WrongType, name, 0, 0, where, "object expected"};
        const auto units = entry->find("units");
        if (units == entry->end() || !units->is_object())
            return Error{ErrorCode::MissingField, name, 0, 0, where + ".units", {}};
        // The reporting currency: the currency unit with the most facts (a 20-F may add a few in
        // US dollars, its convenience translation).
        std::string unit;
        std::size_t most = 0;
        for (const auto &[key, list] : units->items())
            if (isCurrencyCode(key) && list.is_array() && list.size() > most) {
                unit = key;
                most = list.size();
            }
        if (unit.empty())
            continue;
        auto read = readFacts((*units)[unit], tag, name, where + ".units." + unit);
        if (!read.ok())
            return read.error();
        anyConcept = true;
        // A fiscal year's figures all from one concept: the one that gives most of them, the
        // earlier in the list when two give as many.
        for (auto &[year, records] : derivation.derive(read.value(), unit)) {
            auto [it, added] = chosen.try_emplace(year, records);
            if (!added && records.size() > it->second.size())
                it->second = std::move(records);
        }
    }
    if (!anyConcept || chosen.empty()) {
        std::string names;
        for (const SecConcept &c : concepts)
            names += (names.empty() ? "" : ", ") + conceptName(c);
        return Error{ErrorCode::SecNoCapexFacts, name, 0, 0, {}, names};
    }
    for (auto &[year, records] : chosen)
        for (Observation &o : records)
            out.records.push_back(std::move(o));
    std::sort(out.records.begin(), out.records.end(),
              [](const Observation &a, const Observation &b) { return a.period < b.period; });
    out.sources = derivation.sourcesOf(out.records);
    return out;
}

ImportPlan planSecUpdate(const std::vector<SecCompanyResult> &results, const Dataset &store)
{
    ImportPlan plan;
    plan.format = "sec";
    std::unordered_map<std::string, std::size_t> storedByUid;
    for (std::size_t i = 0; i < store.observations.size(); ++i)
        if (!store.observations[i].uid.empty())
            storedByUid.emplace(store.observations[i].uid, i);
    Dataset extended; // the store's references with what the plan adds, for the checks
    extended.entities = store.entities;
    extended.metrics = store.metrics;
    extended.sources = store.sources;
    extended.fxRates = store.fxRates;
    std::set<std::string> entitiesSeen;
    int line = 0;
    for (const SecCompanyResult &result : results) {
        plan.file += (plan.file.empty() ? "" : ", ") + result.name;
        if (!result.facts.ok()) {
            plan.rejected.push_back({0, result.facts.error()});
            continue;
        }
        const SecCompanyFacts &facts = result.facts.value();
        if (!entitiesSeen.insert(facts.entity).second) {
            plan.rejected.push_back({0, Error{ErrorCode::DuplicateId, result.name, 0, 0, "entity", facts.entity}});
            continue;
        }
        std::vector<Entity> newEntities;
        if (!extended.entity(facts.entity))
            newEntities.push_back({facts.entity, "company", facts.entityName, facts.entityName, true});
        std::vector<Source> newSources;
        for (const Source &s : facts.sources)
            if (!extended.source(s.id))
                newSources.push_back(s);
        // Checked as the editor checks a record, against the store with this company's additions.
        Dataset checked;
        checked.entities = extended.entities;
        checked.entities.insert(checked.entities.end(), newEntities.begin(), newEntities.end());
        checked.metrics = extended.metrics;
        checked.sources = extended.sources;
        checked.sources.insert(checked.sources.end(), newSources.begin(), newSources.end());
        checked.fxRates = extended.fxRates;
        std::optional<Error> refused;
        for (const Source &s : newSources)
            if (Status status = checkSource(s); !status.ok() && !refused)
                refused = status.error();
        for (const Observation &o : facts.records)
            if (Status status = checkObservation(o, checked); !status.ok() && !refused)
                refused = status.error();
        if (refused) {
            refused->file = result.name;
            plan.rejected.push_back({0, *refused});
            continue;
        }
        extended.entities = std::move(checked.entities);
        extended.sources = std::move(checked.sources);
        plan.newEntities.insert(plan.newEntities.end(), newEntities.begin(), newEntities.end());
        plan.newSources.insert(plan.newSources.end(), newSources.begin(), newSources.end());
        for (const Observation &o : facts.records) {
            PlannedObservation row;
            row.line = ++line;
            row.kind = o.kind;
            row.grade = o.grade;
            row.period = o.period;
            row.value = o.value;
            row.entity = plan.text.intern(o.entity);
            row.metric = plan.text.intern(o.metric);
            row.unit = plan.text.intern(o.unit);
            row.currency = plan.text.intern(o.currency);
            row.source = plan.text.intern(o.source);
            row.asOf = plan.text.intern(o.asOf);
            row.noteEn = plan.text.append(o.noteEn);
            row.noteZh = plan.text.append(o.noteZh);
            row.uid = plan.text.append(o.uid);
            if (const auto it = storedByUid.find(o.uid); it != storedByUid.end()) {
                const Observation &stored = store.observations[it->second];
                row.stored = static_cast<std::int32_t>(plan.storedRecords.size());
                plan.storedRecords.push_back(stored);
                row.action = plan.sameContent(row, stored) ? ImportAction::Unchanged : ImportAction::Update;
            }
            plan.rows.push_back(row);
        }
    }
    return plan;
}

} // namespace capex

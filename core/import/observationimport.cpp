#include "observationimport.h"

#include "csvreader.h"
#include "datasetreader.h"
#include "importednumber.h"
#include "observationexport.h"
#include "textdecoder.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <set>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

namespace capex {
namespace {

using nlohmann::json;

enum Field {
    FEntity,
    FMetric,
    FPeriod,
    FValue,
    FLow,
    FHigh,
    FUnit,
    FCurrency,
    FKind,
    FGrade,
    FAsOf,
    FNoteEn,
    FNoteZh,
    FSourceId,
    FSourcePublisher,
    FSourceTitle,
    FSourceUrl,
    FSourceDate,
    FieldCount
};

constexpr std::array<const char *, FieldCount> fieldNames = {
    "entity", "metric",   "period",  "value",   "low",       "high",      "unit",
    "currency", "kind",   "grade",   "as_of",   "note_en",   "note_zh",   "source_id",
    "source_publisher", "source_title", "source_url", "source_date"};

/// Export columns the import knows and deliberately does not read: names come from the
/// store, `via` from the seed sources.
const std::set<std::string> &exportOnlyColumns()
{
    static const std::set<std::string> columns = {"entity_en", "entity_zh", "source_via", "user_entered"};
    return columns;
}

/// One row of either format, as text cells with the column each came from.
struct RowView
{
    int line = 0;
    std::array<const std::string *, FieldCount> cells{}; ///< null: the column or key is absent
    std::array<int, FieldCount> columns{};                ///< CSV: 1-based column; JSON: 0
};

std::string lowerAscii(std::string_view text)
{
    std::string out(text);
    for (char &c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::string upperAscii(std::string_view text)
{
    std::string out(text);
    for (char &c : out)
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
    return out;
}

bool isAscii(std::string_view text)
{
    for (char c : text)
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    return true;
}

bool isValidSourceId(std::string_view id)
{
    if (id.empty() || id.size() > 100)
        return false;
    for (char c : id)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-'
              || c == '.'))
            return false;
    return true;
}

/// YYYY, YYYY-MM or YYYY-MM-DD, the forms data/README.md allows for a source's date.
bool isSourceDate(std::string_view text)
{
    if (auto period = Period::parse(text); period && period->type != Period::Type::FiscalYear)
        return true;
    if (text.size() == 7 && text[4] == '-')
        if (auto day = Period::parse(std::string(text) + "-01"))
            return day->type == Period::Type::Date;
    return false;
}

std::string fnvHex(std::string_view text)
{
    std::uint32_t hash = 2166136261u;
    for (char c : text) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 16777619u;
    }
    char buffer[9];
    std::snprintf(buffer, sizeof buffer, "%08x", hash);
    return buffer;
}

struct TextHash
{
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
};
using TextSet = std::unordered_set<std::string, TextHash, std::equal_to<>>;
template <typename T> using TextMap = std::unordered_map<std::string, T, TextHash, std::equal_to<>>;

/// Planned rows by identity hash, to find a file's repeated rows: open addressing over row
/// indices, so that a million rows make one allocation rather than a million.
class RowsByIdentity
{
public:
    void reserve(std::size_t rows)
    {
        std::size_t size = 64;
        while (size < rows * 2)
            size *= 2;
        if (size > m_slots.size())
            rehash(size);
    }

    /// The index of an earlier row with the same identity (`same(index)` confirms a hash
    /// match); otherwise `row` is recorded under `hash` and -1 returned.
    template <typename Same> std::int64_t findOrInsert(std::uint64_t hash, std::uint32_t row, const Same &same)
    {
        if ((m_used + 1) * 2 > m_slots.size())
            rehash(std::max<std::size_t>(64, m_slots.size() * 2));
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
            Slot &slot = m_slots[i];
            if (slot.row == 0) {
                slot = {hash, row + 1};
                ++m_used;
                return -1;
            }
            if (slot.hash == hash && same(slot.row - 1))
                return slot.row - 1;
        }
    }

private:
    struct Slot
    {
        std::uint64_t hash = 0;
        std::uint32_t row = 0; ///< index + 1; 0: empty
    };

    void rehash(std::size_t size)
    {
        std::vector<Slot> old(size);
        old.swap(m_slots);
        const std::size_t mask = size - 1;
        for (const Slot &slot : old)
            if (slot.row != 0) {
                std::size_t i = slot.hash & mask;
                while (m_slots[i].row != 0)
                    i = (i + 1) & mask;
                m_slots[i] = slot;
            }
    }

    std::vector<Slot> m_slots;
    std::size_t m_used = 0;
};

/// Checks rows against the snapshot and collects the plan.
class PlanBuilder
{
public:
    PlanBuilder(const Dataset &current, ImportPlan &plan) : m_current(current), m_plan(plan)
    {
        for (const Entity &e : current.entities)
            m_entities.insert(e.id);
        for (const Metric &m : current.metrics)
            m_metricMoney.emplace(m.id, m.unit == "money");
        for (const Source &s : current.sources) {
            m_sourceIds.insert(s.id);
            m_sourcesByCitation.emplace(citation(s.publisher, s.title, s.date), s.id);
        }
        for (const Observation &o : current.observations) {
            const std::uint64_t hash = observationIdentityHash(o);
            bool known = false;
            for (auto [it, end] = m_stored.equal_range(hash); it != end && !known; ++it)
                known = sameObservationIdentity(*it->second, o);
            if (!known) // the oldest of equal identities wins
                m_stored.emplace(hash, &o);
        }
    }

    /// Room for `rows` rows.
    void reserve(std::size_t rows)
    {
        m_plan.rows.reserve(rows);
        m_seen.reserve(rows);
        m_plan.text.reserve(rows * 2, rows * 48);
    }

    void add(const RowView &row)
    {
        PlannedObservation planned;
        planned.line = row.line;
        if (auto problem = check(row, planned)) {
            m_plan.rejected.push_back({row.line, std::move(*problem)});
            return;
        }
        const PlanText &text = m_plan.text;
        const std::uint64_t hash = m_plan.identityHash(planned);
        const auto index = static_cast<std::uint32_t>(m_plan.rows.size());
        const std::int64_t first = m_seen.findOrInsert(hash, index, [&](std::uint32_t earlier) {
            const PlannedObservation &e = m_plan.rows[earlier];
            return e.entity == planned.entity && e.metric == planned.metric && e.period == planned.period
                && e.kind == planned.kind && e.source == planned.source
                && text[e.noteEn] == text[planned.noteEn];
        });
        if (first >= 0) {
            m_plan.rejected.push_back({row.line, Error{ErrorCode::DuplicateRow, m_plan.file, row.line, 0, {},
                                                       std::to_string(m_plan.rows[static_cast<std::size_t>(first)].line)}});
            return;
        }
        for (auto [it, end] = m_stored.equal_range(hash); it != end; ++it) {
            const Observation &stored = *it->second;
            if (!m_plan.sameIdentity(planned, stored))
                continue;
            planned.action = m_plan.sameContent(planned, stored) ? ImportAction::Unchanged : ImportAction::Update;
            planned.stored = static_cast<std::int32_t>(m_plan.storedRecords.size());
            m_plan.storedRecords.push_back(stored);
            break;
        }
        m_plan.rows.push_back(planned);
    }

private:
    static std::string citation(std::string_view publisher, std::string_view title, std::string_view date)
    {
        std::string key(publisher);
        key += '\x1f';
        key += title;
        key += '\x1f';
        key += date;
        return key;
    }

    Error error(const RowView &row, Field field, ErrorCode code, std::string detail = {}) const
    {
        return Error{code, m_plan.file, row.line, row.columns[field], fieldNames[field], std::move(detail)};
    }

    std::string_view cell(const RowView &row, Field field) const
    {
        return row.cells[field] ? trimmed(*row.cells[field]) : std::string_view();
    }

    /// Reads the number of `field` into `target` (nothing when the cell is empty).
    std::optional<Error> number(const RowView &row, Field field, NumberForms forms, std::optional<double> &target) const
    {
        std::string_view text = cell(row, field);
        if (text.empty())
            return std::nullopt;
        auto parsed = parseImportedNumber(text, forms);
        if (!parsed.ok())
            return error(row, field, parsed.error().code, parsed.error().detail);
        target = parsed.value();
        return std::nullopt;
    }

    /// The source id the row cites, registering a new user source when it names one.
    Result<std::string_view> source(const RowView &row)
    {
        const std::string_view cited = cell(row, FSourceId);
        if (!cited.empty())
            if (auto it = m_sourceIds.find(cited); it != m_sourceIds.end())
                return std::string_view(*it);
        const std::string id(cited);
        const std::string publisher(cell(row, FSourcePublisher));
        const std::string title(cell(row, FSourceTitle));
        if (publisher.empty() || title.empty()) {
            if (!id.empty())
                return error(row, FSourceId, ErrorCode::UnknownReference, id);
            return error(row, FSourceId, ErrorCode::MissingField);
        }
        if (!id.empty() && !isValidSourceId(id))
            return error(row, FSourceId, ErrorCode::InvalidValue, id);
        const std::string date(cell(row, FSourceDate));
        if (!date.empty() && !isSourceDate(date))
            return error(row, FSourceDate, ErrorCode::InvalidValue, date);
        const std::string key = citation(publisher, title, date);
        if (id.empty())
            if (auto it = m_sourcesByCitation.find(key); it != m_sourcesByCitation.end())
                return std::string_view(it->second);
        Source s;
        s.id = id;
        if (s.id.empty()) {
            s.id = "user_" + fnvHex(key);
            for (int n = 2; m_sourceIds.count(s.id); ++n)
                s.id = "user_" + fnvHex(key) + '_' + std::to_string(n);
        }
        s.publisher = publisher;
        s.title = title;
        s.url = std::string(cell(row, FSourceUrl));
        s.date = date;
        s.language = isAscii(publisher) && isAscii(title) ? "en" : "zh";
        s.userEntered = true;
        const std::string &stored = *m_sourceIds.insert(s.id).first;
        m_sourcesByCitation.emplace(key, s.id);
        m_plan.newSources.push_back(std::move(s));
        return std::string_view(stored);
    }

    /// Whether a rate converts `currency` (interned) for `year`; asked once per pair.
    bool hasFxRate(PlanText::Id currency, int year)
    {
        const std::uint64_t key = (std::uint64_t{currency} << 32) | static_cast<std::uint32_t>(year);
        auto it = m_fxKnown.find(key);
        if (it == m_fxKnown.end())
            it = m_fxKnown.emplace(key, m_current.fxRate(m_plan.text[currency], year).has_value()).first;
        return it->second;
    }

    /// Fills `o` from the row; the row's first problem, if any.
    std::optional<Error> check(const RowView &row, PlannedObservation &o)
    {
        PlanText &text = m_plan.text;
        const std::string_view entity = cell(row, FEntity);
        if (entity.empty())
            return error(row, FEntity, ErrorCode::MissingField);
        if (!m_entities.count(entity))
            return error(row, FEntity, ErrorCode::UnknownReference, std::string(entity));
        const std::string_view metricId = cell(row, FMetric);
        if (metricId.empty())
            return error(row, FMetric, ErrorCode::MissingField);
        auto metric = m_metricMoney.find(metricId);
        if (metric == m_metricMoney.end())
            return error(row, FMetric, ErrorCode::UnknownReference, std::string(metricId));
        const bool money = metric->second;
        const std::string_view periodText = cell(row, FPeriod);
        if (periodText.empty())
            return error(row, FPeriod, ErrorCode::MissingField);
        auto period = Period::parse(periodText);
        if (!period)
            return error(row, FPeriod, ErrorCode::InvalidPeriod, std::string(periodText));
        o.period = *period;
        const std::string_view unit = cell(row, FUnit);
        if (unit.empty())
            return error(row, FUnit, ErrorCode::MissingField);

        const NumberForms forms = money ? NumberForms{false, true} : numberFormsForUnit(unit);
        for (auto [field, target] : {std::pair{FValue, &o.value}, std::pair{FLow, &o.low}, std::pair{FHigh, &o.high}})
            if (auto problem = number(row, field, forms, *target))
                return problem;
        if (!o.value && !o.low && !o.high)
            return error(row, FValue, ErrorCode::MissingField);
        if (o.low && o.high && *o.low > *o.high)
            return error(row, FLow, ErrorCode::RangeInverted,
                         formatExactNumber(*o.low) + " > " + formatExactNumber(*o.high));
        if (o.value && ((o.low && *o.value < *o.low) || (o.high && *o.value > *o.high)))
            return error(row, FValue, ErrorCode::RangeInverted, formatExactNumber(*o.value));

        const std::string kind = lowerAscii(cell(row, FKind));
        if (kind.empty())
            return error(row, FKind, ErrorCode::MissingField);
        auto parsedKind = parseKind(kind);
        if (!parsedKind)
            return error(row, FKind, ErrorCode::InvalidValue, std::string(cell(row, FKind)));
        o.kind = *parsedKind;
        const std::string grade = lowerAscii(cell(row, FGrade));
        if (grade.empty())
            return error(row, FGrade, ErrorCode::MissingField);
        auto parsedGrade = parseGrade(grade);
        if (!parsedGrade)
            return error(row, FGrade, ErrorCode::InvalidValue, std::string(cell(row, FGrade)));
        o.grade = *parsedGrade;

        const std::string currency = upperAscii(cell(row, FCurrency));
        o.currency = text.intern(currency);
        if (money) {
            if (currency.empty())
                return error(row, FCurrency, ErrorCode::MissingField);
            if (!hasFxRate(o.currency, o.period.dominantYear()))
                return error(row, FCurrency, ErrorCode::NoFxRate, currency);
        } else if (!currency.empty()) {
            return error(row, FCurrency, ErrorCode::InvalidValue, currency);
        }

        const std::string_view asOf = cell(row, FAsOf);
        if (!asOf.empty()) {
            auto parsed = Period::parse(asOf);
            if (!parsed || parsed->type != Period::Type::Date)
                return error(row, FAsOf, ErrorCode::InvalidValue, std::string(asOf));
        }

        auto source = this->source(row);
        if (!source.ok())
            return source.error();

        o.entity = text.intern(entity);
        o.metric = text.intern(metricId);
        o.unit = text.intern(unit);
        o.asOf = text.intern(asOf);
        o.source = text.intern(source.value());
        o.noteEn = row.cells[FNoteEn] ? text.append(*row.cells[FNoteEn]) : 0;
        o.noteZh = row.cells[FNoteZh] ? text.append(*row.cells[FNoteZh]) : 0;
        return std::nullopt;
    }

    const Dataset &m_current;
    ImportPlan &m_plan;
    TextSet m_entities;
    TextMap<bool> m_metricMoney; ///< metric id → whether its unit is money
    TextSet m_sourceIds;
    std::unordered_map<std::string, std::string> m_sourcesByCitation;
    std::unordered_multimap<std::uint64_t, const Observation *> m_stored; ///< by identity hash
    std::unordered_map<std::uint64_t, bool> m_fxKnown;                    ///< (currency, year) → has a rate
    RowsByIdentity m_seen;
};

Status readCsv(std::string_view text, ImportPlan &plan, PlanBuilder &builder)
{
    plan.format = "csv";
    plan.delimiter = CsvReader::sniffDelimiter(text);
    CsvReader reader(text, plan.delimiter, plan.file);
    CsvRecord header;
    if (!reader.next(header)) {
        if (reader.error())
            return *reader.error();
        return Error{ErrorCode::MissingColumn, plan.file, 1, 0, fieldNames[FEntity], {}};
    }
    std::array<int, FieldCount> columnOf{}; // 1-based; 0 = absent
    for (std::size_t i = 0; i < header.fields.size(); ++i) {
        const std::string name = lowerAscii(trimmed(header.fields[i]));
        bool known = false;
        for (int f = 0; f < FieldCount; ++f)
            if (name == fieldNames[static_cast<std::size_t>(f)] && columnOf[static_cast<std::size_t>(f)] == 0) {
                columnOf[static_cast<std::size_t>(f)] = static_cast<int>(i) + 1;
                known = true;
            }
        if (!known && !name.empty() && !exportOnlyColumns().count(name))
            plan.ignoredColumns.push_back(header.fields[i]);
    }
    for (Field required : {FEntity, FMetric, FPeriod, FValue, FUnit, FKind, FGrade})
        if (columnOf[required] == 0)
            return Error{ErrorCode::MissingColumn, plan.file, header.line, 0, fieldNames[required], {}};
    if (columnOf[FSourceId] == 0 && (columnOf[FSourcePublisher] == 0 || columnOf[FSourceTitle] == 0))
        return Error{ErrorCode::MissingColumn, plan.file, header.line, 0, fieldNames[FSourceId], {}};

    // Room for every row up front: growing the plan row by row would copy a million rows
    // several times over.
    // Lines counted with memchr (vectorised by glibc): std::count went byte by byte.
    std::size_t lines = 0;
    for (const char *at = text.data(), *end = at + text.size();
         (at = static_cast<const char *>(std::memchr(at, '\n', static_cast<std::size_t>(end - at)))) != nullptr; ++at)
        ++lines;
    builder.reserve(lines);

    CsvRecord record;
    RowView row;
    row.columns = columnOf;
    while (reader.next(record)) {
        bool blank = true;
        for (const std::string &f : record.fields)
            blank = blank && trimmed(f).empty();
        if (blank) // Excel leaves rows of bare delimiters after the data
            continue;
        if (record.fields.size() > header.fields.size())
            return Error{ErrorCode::TooManyFields, plan.file, record.line, static_cast<int>(header.fields.size()) + 1,
                         {}, std::to_string(record.fields.size())};
        row.line = record.line;
        for (std::size_t f = 0; f < FieldCount; ++f) {
            const int column = columnOf[f];
            row.cells[f] = column > 0 && static_cast<std::size_t>(column) <= record.fields.size()
                ? &record.fields[static_cast<std::size_t>(column - 1)]
                : nullptr;
        }
        builder.add(row);
    }
    if (reader.error())
        return *reader.error();
    return {};
}

/// The text of a JSON value for a cell: strings as they are, numbers exactly, null as
/// absent. WrongType (detail: the expected type) for anything else.
Result<std::optional<std::string>> jsonCell(const json &value, bool numberAllowed)
{
    if (value.is_null())
        return std::optional<std::string>();
    if (value.is_string())
        return std::optional<std::string>(value.get<std::string>());
    if (numberAllowed && value.is_number_integer())
        return std::optional<std::string>(value.is_number_unsigned() ? std::to_string(value.get<std::uint64_t>())
                                                                     : std::to_string(value.get<std::int64_t>()));
    if (numberAllowed && value.is_number_float()) {
        const double d = value.get<double>();
        return std::optional<std::string>(std::isfinite(d) ? formatExactNumber(d) : std::string("inf"));
    }
    return Error{ErrorCode::WrongType, {}, 0, 0, {}, numberAllowed ? "number" : "string"};
}

Status readJson(std::string_view text, ImportPlan &plan, PlanBuilder &builder)
{
    plan.format = "json";
    json document;
    try {
        document = json::parse(text.begin(), text.end());
    } catch (const json::parse_error &e) {
        const std::size_t offset = e.byte > 0 ? e.byte - 1 : 0;
        int line = 1, column = 1;
        for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
            if (text[i] == '\n') {
                ++line;
                column = 1;
            } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
                ++column;
            }
        }
        return Error{ErrorCode::JsonSyntax, plan.file, line, column, {}, {}};
    } catch (const json::out_of_range &e) {
        // A number beyond a double ("1e999"): nlohmann names the token but not where it is.
        const std::string what = e.what();
        const auto open = what.find('\'');
        const auto close = what.rfind('\'');
        const std::string token = open != std::string::npos && close > open ? what.substr(open + 1, close - open - 1)
                                                                            : std::string();
        const auto at = token.empty() ? std::string_view::npos : text.find(token);
        int line = 1;
        for (std::size_t i = 0; at != std::string_view::npos && i < at; ++i)
            line += text[i] == '\n' ? 1 : 0;
        return Error{ErrorCode::NonFiniteNumber, plan.file, at == std::string_view::npos ? 0 : line, 0, {}, token};
    } catch (const json::exception &) {
        return Error{ErrorCode::JsonSyntax, plan.file, 0, 0, {}, {}};
    }
    if (!document.is_array())
        return Error{ErrorCode::WrongType, plan.file, 1, 0, {}, "array"};
    const std::vector<int> lines = arrayElementLines(text);
    std::set<std::string> ignored;
    std::array<std::string, FieldCount> storage;
    for (std::size_t index = 0; index < document.size(); ++index) {
        const json &record = document[index];
        RowView row;
        row.line = index < lines.size() ? lines[index] : 0;
        if (!record.is_object()) {
            plan.rejected.push_back({row.line, Error{ErrorCode::WrongType, plan.file, row.line, 0, {}, "object"}});
            continue;
        }
        std::optional<Error> problem;
        auto put = [&](Field field, const json &value, bool numberAllowed) {
            auto cell = jsonCell(value, numberAllowed);
            if (!cell.ok()) {
                problem = Error{ErrorCode::WrongType, plan.file, row.line, 0, fieldNames[field], cell.error().detail};
                return;
            }
            if (cell.value()) {
                storage[field] = std::move(*cell.value());
                row.cells[field] = &storage[field];
            }
        };
        for (const auto &[key, value] : record.items()) {
            if (problem)
                break;
            if (key == "source") {
                if (value.is_object()) {
                    constexpr std::pair<const char *, Field> keys[] = {{"id", FSourceId},
                                                                       {"publisher", FSourcePublisher},
                                                                       {"title", FSourceTitle},
                                                                       {"url", FSourceUrl},
                                                                       {"date", FSourceDate}};
                    for (const auto &[name, field] : keys)
                        if (auto it = value.find(name); it != value.end() && !problem)
                            put(field, *it, false);
                } else {
                    put(FSourceId, value, false);
                }
                continue;
            }
            bool known = false;
            for (std::size_t f = 0; f < FieldCount && !known; ++f) {
                if (key == fieldNames[f] && f < FSourceId) {
                    const auto field = static_cast<Field>(f);
                    put(field, value, field == FValue || field == FLow || field == FHigh);
                    known = true;
                }
            }
            if (!known && !exportOnlyColumns().count(key))
                ignored.insert(key);
        }
        if (!problem)
            for (Field required : {FEntity, FMetric, FPeriod, FUnit, FKind, FGrade})
                if (record.find(fieldNames[required]) == record.end()) {
                    problem = Error{ErrorCode::MissingField, plan.file, row.line, 0, fieldNames[required], {}};
                    break;
                }
        if (problem)
            plan.rejected.push_back({row.line, *problem});
        else
            builder.add(row);
    }
    plan.ignoredColumns.assign(ignored.begin(), ignored.end());
    return {};
}

} // namespace

const char *importActionName(ImportAction action)
{
    switch (action) {
    case ImportAction::Add: return "add";
    case ImportAction::Update: return "update";
    case ImportAction::Unchanged: return "unchanged";
    }
    return "?";
}

int ImportPlan::count(ImportAction action) const
{
    int n = 0;
    for (const PlannedObservation &row : rows)
        n += row.action == action ? 1 : 0;
    return n;
}

PlanText::Id PlanText::intern(std::string_view text)
{
    if (text.empty())
        return 0;
    if (auto it = m_interned.find(text); it != m_interned.end())
        return it->second;
    const Id id = append(text);
    m_interned.emplace(std::string(text), id);
    return id;
}

PlanText::Id PlanText::append(std::string_view text)
{
    if (text.empty())
        return 0;
    m_bytes.append(text);
    m_ends.push_back(m_bytes.size());
    return static_cast<Id>(m_ends.size() - 2);
}

void PlanText::reserve(std::size_t texts, std::size_t bytes)
{
    m_ends.reserve(texts + 2);
    m_bytes.reserve(bytes);
}

Observation ImportPlan::observation(const PlannedObservation &row) const
{
    Observation o;
    o.userEntered = true;
    o.entity = text[row.entity];
    o.metric = text[row.metric];
    o.period = row.period;
    o.value = row.value;
    o.low = row.low;
    o.high = row.high;
    o.unit = text[row.unit];
    o.currency = text[row.currency];
    o.kind = row.kind;
    o.grade = row.grade;
    o.source = text[row.source];
    o.asOf = text[row.asOf];
    o.noteEn = text[row.noteEn];
    o.noteZh = text[row.noteZh];
    return o;
}

std::uint64_t ImportPlan::identityHash(const PlannedObservation &row) const
{
    return observationIdentityHash(text[row.entity], text[row.metric], row.period, row.kind, text[row.source],
                                   text[row.noteEn]);
}

bool ImportPlan::sameIdentity(const PlannedObservation &row, const Observation &o) const
{
    return text[row.entity] == o.entity && text[row.metric] == o.metric && row.period == o.period
        && row.kind == o.kind && text[row.source] == o.source && text[row.noteEn] == o.noteEn;
}

bool ImportPlan::sameContent(const PlannedObservation &row, const Observation &o) const
{
    return sameIdentity(row, o) && row.value == o.value && row.low == o.low && row.high == o.high
        && text[row.unit] == o.unit && text[row.currency] == o.currency && row.grade == o.grade
        && text[row.asOf] == o.asOf && text[row.noteZh] == o.noteZh;
}

std::uint64_t observationIdentityHash(std::string_view entity, std::string_view metric, const Period &period,
                                      Kind kind, std::string_view source, std::string_view noteEn)
{
    std::uint64_t hash = 0;
    auto mix = [&hash](std::uint64_t value) { hash = (hash ^ value) * 0x9E3779B97F4A7C15ull + (hash >> 29); };
    const std::hash<std::string_view> text;
    mix(text(entity));
    mix(text(metric));
    mix((static_cast<std::uint64_t>(period.type) << 48) ^ (static_cast<std::uint64_t>(period.year) << 16)
        ^ (static_cast<std::uint64_t>(period.month) << 8) ^ static_cast<std::uint64_t>(period.day));
    mix(static_cast<std::uint64_t>(kind));
    mix(text(source));
    mix(text(noteEn));
    return hash;
}

std::uint64_t observationIdentityHash(const Observation &o)
{
    return observationIdentityHash(o.entity, o.metric, o.period, o.kind, o.source, o.noteEn);
}

std::string observationIdentity(const Observation &o)
{
    std::string key;
    key.reserve(o.entity.size() + o.metric.size() + o.source.size() + o.noteEn.size() + 32);
    for (const std::string &part : {o.entity, o.metric, o.period.toString(), std::string(kindName(o.kind)), o.source,
                                    o.noteEn}) {
        key += part;
        key += '\x1f';
    }
    return key;
}

bool sameObservationIdentity(const Observation &a, const Observation &b)
{
    return a.entity == b.entity && a.metric == b.metric && a.period == b.period && a.kind == b.kind
        && a.source == b.source && a.noteEn == b.noteEn;
}

bool sameObservationContent(const Observation &a, const Observation &b)
{
    return a.entity == b.entity && a.metric == b.metric && a.period == b.period && a.value == b.value
        && a.low == b.low && a.high == b.high && a.unit == b.unit && a.currency == b.currency && a.kind == b.kind
        && a.grade == b.grade && a.source == b.source && a.asOf == b.asOf && a.noteEn == b.noteEn
        && a.noteZh == b.noteZh;
}

Result<ImportPlan> ObservationImport::plan(std::string_view bytes, const std::string &fileName, const Dataset &current)
{
    ImportPlan plan;
    plan.file = fileName;
    // UTF-8 (the common case, and the only one for a large export) is read in place; a copy
    // of a 300 MB file would cost as much as reading it.
    std::string converted;
    std::string_view text;
    const bool utf16
        = bytes.starts_with(std::string_view("\xFF\xFE", 2)) || bytes.starts_with(std::string_view("\xFE\xFF", 2));
    const bool utf8Bom = bytes.starts_with("\xEF\xBB\xBF");
    if (const std::string_view body = utf8Bom ? bytes.substr(3) : bytes; !utf16 && TextDecoder::isValidUtf8(body)) {
        text = body;
        plan.encoding = utf8Bom ? TextEncoding::Utf8WithBom : TextEncoding::Utf8;
    } else {
        auto decoded = TextDecoder::decode(bytes, fileName);
        if (!decoded.ok())
            return decoded.error();
        converted = std::move(decoded->utf8);
        text = converted;
        plan.encoding = decoded->encoding;
    }
    PlanBuilder builder(current, plan);
    const auto first = text.find_first_not_of(" \t\r\n");
    Status status = first != std::string::npos && text[first] == '[' ? readJson(text, plan, builder)
                                                                      : readCsv(text, plan, builder);
    if (!status)
        return status.error();
    return plan;
}

Result<ImportPlan> ObservationImport::planFile(const std::filesystem::path &path, const Dataset &current)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return Error{ErrorCode::FileUnreadable, path.string(), 0, 0, {}, {}};
    // One read of the whole file (a stream iterator goes character by character).
    std::error_code sizeError;
    const auto size = std::filesystem::file_size(path, sizeError);
    std::string bytes;
    if (!sizeError) {
        bytes.resize(size);
        in.read(bytes.data(), static_cast<std::streamsize>(size));
        bytes.resize(static_cast<std::size_t>(in.gcount()));
    }
    if (sizeError || in.bad())
        return Error{ErrorCode::FileUnreadable, path.string(), 0, 0, {}, {}};
    return plan(bytes, path.filename().string(), current);
}

} // namespace capex

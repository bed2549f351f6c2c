#include "observationimport.h"

#include "csvreader.h"
#include "datasetreader.h"
#include "importednumber.h"
#include "observationexport.h"
#include "recordcheck.h"
#include "textdecoder.h"
#include "xlsxreader.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <limits>
#include <set>
#include <sstream>
#include <thread>
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
    std::size_t offset = 0; ///< CSV: the record's first byte
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
    auto period = Period::parse(text);
    return period
        && (period->type == Period::Type::Year || period->type == Period::Type::Month
            || period->type == Period::Type::Date);
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
///
/// A large CSV is checked in two halves at once (see readCsv): the builder of the whole
/// plan takes the first half, and a builder in the role `LaterRecords` the second. That
/// one only checks each row on its own; whatever depends on the rows before — repeated
/// identities, the stored record a row matches, sources the file itself adds — is left to
/// absorb(), which takes its results in file order as add() would have.
class PlanBuilder
{
public:
    enum class Role {
        WholePlan,
        LaterRecords, ///< checks rows for a WholePlan builder to absorb
    };

    PlanBuilder(const Dataset &current, ImportPlan &plan, Role role = Role::WholePlan)
        : m_current(current), m_plan(plan), m_role(role)
    {
        for (const Entity &e : current.entities)
            m_entities.insert(e.id);
        for (const Metric &m : current.metrics)
            m_metricMoney.emplace(m.id, m.unit == "money");
        for (const Source &s : current.sources) {
            m_sourceIds.insert(s.id);
            m_sourcesByCitation.emplace(citation(s.publisher, s.title, s.date), s.id);
        }
        if (role == Role::LaterRecords)
            return;
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
        if (m_role == Role::LaterRecords)
            m_hashes.reserve(rows);
        else
            m_seen.reserve(rows);
        m_plan.text.reserve(rows * 2, rows * 48);
    }

    void add(const RowView &row)
    {
        PlannedObservation planned;
        planned.line = row.line;
        m_sourceDeferred = false;
        if (auto problem = check(row, planned)) {
            m_plan.rejected.push_back({row.line, std::move(*problem)});
            return;
        }
        if (m_sourceDeferred) {
            m_deferred.push_back({row.line, row.offset});
            return;
        }
        const std::uint64_t hash = m_plan.identityHash(planned);
        if (m_role == Role::LaterRecords) {
            m_plan.rows.push_back(planned);
            m_hashes.push_back(hash);
            return;
        }
        addChecked(planned, hash);
    }

    /// The rows added since the last part, as a plan of their own (see
    /// ObservationImport::Part): their text copied into its PlanText, their stored records
    /// and the sources added since with them.
    ImportPlan takePart()
    {
        ImportPlan part;
        part.file = m_plan.file;
        part.format = m_plan.format;
        part.sheet = m_plan.sheet;
        part.encoding = m_plan.encoding;
        part.delimiter = m_plan.delimiter;
        const PlanText &text = m_plan.text;
        const std::size_t rows = m_plan.rows.size() - m_rowsHandedOver;
        part.rows.reserve(rows);
        part.text.reserve(rows * 2, rows * 48);
        for (std::size_t i = m_rowsHandedOver; i < m_plan.rows.size(); ++i) {
            PlannedObservation row = m_plan.rows[i];
            for (PlanText::Id PlannedObservation::*member : internedMembers)
                row.*member = part.text.intern(text[row.*member]);
            row.noteEn = part.text.append(text[row.noteEn]);
            row.noteZh = part.text.append(text[row.noteZh]);
            if (row.stored >= 0) {
                part.storedRecords.push_back(m_plan.storedRecords[static_cast<std::size_t>(row.stored)]);
                row.stored = static_cast<std::int32_t>(part.storedRecords.size() - 1);
            }
            part.rows.push_back(row);
        }
        part.newSources.assign(m_plan.newSources.begin() + static_cast<std::ptrdiff_t>(m_sourcesHandedOver),
                               m_plan.newSources.end());
        m_rowsHandedOver = m_plan.rows.size();
        m_sourcesHandedOver = m_plan.newSources.size();
        return part;
    }

    /// A builder for the rows after those this one adds, to absorb() later.
    PlanBuilder laterRecordsBuilder(ImportPlan &part) const { return PlanBuilder(m_current, part, Role::LaterRecords); }

    /// A row the LaterRecords builder could not check on its own: it cites a source the
    /// store lacks, which an earlier row of the file may add.
    struct DeferredRow
    {
        int line = 0;
        std::size_t offset = 0; ///< the record's first byte
    };

    /// Appends the rows `later` checked, which follow every row added so far in the file:
    /// each valid row as add() would have added it, each rejection as it stands, and each
    /// deferred row through `addDeferred(row)`, which reads it again and calls add().
    template <typename AddDeferred> void absorb(PlanBuilder &later, const AddDeferred &addDeferred)
    {
        ImportPlan &part = later.m_plan;
        const std::vector<PlanText::Id> ids = m_plan.text.absorb(part.text);
        std::size_t row = 0, rejected = 0, deferred = 0;
        constexpr int end = std::numeric_limits<int>::max();
        while (true) {
            const int rowLine = row < part.rows.size() ? part.rows[row].line : end;
            const int rejectedLine = rejected < part.rejected.size() ? part.rejected[rejected].line : end;
            const int deferredLine = deferred < later.m_deferred.size() ? later.m_deferred[deferred].line : end;
            const int line = std::min({rowLine, rejectedLine, deferredLine});
            if (line == end)
                return;
            if (line == rowLine) {
                PlannedObservation planned = part.rows[row];
                for (PlanText::Id PlannedObservation::*text : textMembers)
                    planned.*text = ids[planned.*text];
                addChecked(planned, later.m_hashes[row++]);
            } else if (line == rejectedLine) {
                m_plan.rejected.push_back(std::move(part.rejected[rejected++]));
            } else {
                addDeferred(later.m_deferred[deferred++]);
            }
        }
    }

private:
    /// The text members of a row that are interned (see PlanText); the notes are appended.
    static constexpr PlanText::Id PlannedObservation::*internedMembers[]
        = {&PlannedObservation::entity, &PlannedObservation::metric, &PlannedObservation::unit,
           &PlannedObservation::currency, &PlannedObservation::source, &PlannedObservation::asOf};
    static constexpr PlanText::Id PlannedObservation::*textMembers[]
        = {&PlannedObservation::entity, &PlannedObservation::metric, &PlannedObservation::unit,
           &PlannedObservation::currency, &PlannedObservation::source, &PlannedObservation::asOf,
           &PlannedObservation::noteEn, &PlannedObservation::noteZh};

    /// Adds a checked row: a repeat of an earlier row is rejected, a row with a stored
    /// record's identity updates or repeats it.
    void addChecked(PlannedObservation planned, std::uint64_t hash)
    {
        const PlanText &text = m_plan.text;
        const auto index = static_cast<std::uint32_t>(m_plan.rows.size());
        const std::int64_t first = m_seen.findOrInsert(hash, index, [&](std::uint32_t earlier) {
            const PlannedObservation &e = m_plan.rows[earlier];
            return e.entity == planned.entity && e.metric == planned.metric && e.period == planned.period
                && e.kind == planned.kind && e.source == planned.source
                && text[e.noteEn] == text[planned.noteEn];
        });
        if (first >= 0) {
            m_plan.rejected.push_back(
                {planned.line, Error{ErrorCode::DuplicateRow, m_plan.location(), planned.line, 0, {},
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
        return Error{code, m_plan.location(), row.line, row.columns[field], fieldNames[field], std::move(detail)};
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
    /// A LaterRecords builder leaves any source the store lacks to absorb() (it sets
    /// m_sourceDeferred): an earlier row of the file may add it.
    Result<std::string_view> source(const RowView &row)
    {
        const std::string_view cited = cell(row, FSourceId);
        if (!cited.empty())
            if (auto it = m_sourceIds.find(cited); it != m_sourceIds.end())
                return std::string_view(*it);
        if (!cited.empty() && m_role == Role::LaterRecords)
            return defer();
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
        if (m_role == Role::LaterRecords)
            return defer();
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

    std::string_view defer()
    {
        m_sourceDeferred = true;
        return {};
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
        if (!o.value && !o.low && !o.high && !mayBeStatement(o.kind, !cell(row, FNoteEn).empty() || !cell(row, FNoteZh).empty()))
            return error(row, FValue, ErrorCode::MissingField);
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
        if (!asOf.empty() && !isAsOfDate(asOf))
            return error(row, FAsOf, ErrorCode::InvalidValue, std::string(asOf));

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
    Role m_role;
    bool m_sourceDeferred = false; ///< set by source() for the row being checked
    std::vector<DeferredRow> m_deferred;  ///< LaterRecords: rows left to absorb()
    std::vector<std::uint64_t> m_hashes; ///< LaterRecords: the identity hash of each planned row
    TextSet m_entities;
    TextMap<bool> m_metricMoney; ///< metric id → whether its unit is money
    TextSet m_sourceIds;
    std::unordered_map<std::string, std::string> m_sourcesByCitation;
    std::unordered_multimap<std::uint64_t, const Observation *> m_stored; ///< by identity hash
    std::unordered_map<std::uint64_t, bool> m_fxKnown;                    ///< (currency, year) → has a rate
    RowsByIdentity m_seen;
    std::size_t m_rowsHandedOver = 0;    ///< rows already in a part (takePart())
    std::size_t m_sourcesHandedOver = 0; ///< new sources already in a part
};

/// Where a CSV's cells are: the column of each field (1-based; 0 = absent), and how many
/// fields the header has.
struct CsvColumns
{
    std::array<int, FieldCount> of{};
    std::size_t count = 0;
};

/// Adds the records from the reader's position on, until it reaches byte `stop` or the
/// end of the text.
Status addRecords(CsvReader &reader, const CsvColumns &columns, PlanBuilder &builder,
                  std::size_t stop = std::string_view::npos)
{
    CsvRecord record;
    RowView row;
    row.columns = columns.of;
    while (reader.position() < stop) {
        row.offset = reader.position();
        if (!reader.next(record))
            break;
        bool blank = true;
        for (const std::string &f : record.fields)
            blank = blank && trimmed(f).empty();
        if (blank) // Excel leaves rows of bare delimiters after the data
            continue;
        if (record.fields.size() > columns.count)
            return Error{ErrorCode::TooManyFields, reader.fileName(), record.line, static_cast<int>(columns.count) + 1,
                         {}, std::to_string(record.fields.size())};
        row.line = record.line;
        for (std::size_t f = 0; f < FieldCount; ++f) {
            const int column = columns.of[f];
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

/// From this size on, a CSV's rows are checked on two threads.
constexpr std::size_t parallelCsvBytes = 64 * 1024;

/// Where a second thread can start reading records: the start of a line past the middle
/// with an even number of quotes before it (from `from` on), which in well-formed CSV lies
/// outside any quoted field. npos if there is none.
std::size_t middleRecordStart(std::string_view text, std::size_t from)
{
    std::size_t at = from + (text.size() - from) / 2;
    std::size_t quotes = 0;
    auto countQuotes = [&](std::size_t begin, std::size_t end) {
        for (; (begin = text.find('"', begin)) < end; ++begin)
            ++quotes;
    };
    countQuotes(from, at);
    while (true) {
        const std::size_t newline = text.find('\n', at);
        if (newline == std::string_view::npos || newline + 1 >= text.size())
            return std::string_view::npos;
        countQuotes(at, newline + 1);
        if (quotes % 2 == 0)
            return newline + 1;
        at = newline + 1;
    }
}

/// The line of byte `offset`, counted as CsvReader counts: CRLF, LF and a lone CR each end
/// a line.
int lineAt(std::string_view text, std::size_t offset)
{
    const std::string_view before = text.substr(0, offset);
    int line = 1;
    for (std::size_t at = 0; (at = before.find('\n', at)) != std::string_view::npos; ++at)
        ++line;
    for (std::size_t at = 0; (at = before.find('\r', at)) != std::string_view::npos; ++at)
        if (at + 1 >= text.size() || text[at + 1] != '\n')
            ++line;
    return line;
}

/// Where a plan made in parts goes (see ObservationImport::planInParts), and how large
/// the parts are; no `ready`: the plan is made whole.
struct PartSink
{
    const ObservationImport::PartReady *ready = nullptr;
    std::size_t partBytes = 0;
};

/// Hands the rows checked since the last part to the sink.
Status handOver(PlanBuilder &builder, const ImportPlan &plan, const PartSink &sink, std::size_t expectedRows)
{
    return (*sink.ready)({builder.takePart(), std::max(expectedRows, plan.rows.size()), plan.acceptable()});
}

/// The column of each field in a header (1-based; 0 = absent); names the import does not
/// know go to the plan's ignored columns. MissingColumn (on `line`) when a required one is
/// absent.
Result<std::array<int, FieldCount>> headerColumns(const std::vector<std::string> &header, int line, ImportPlan &plan)
{
    std::array<int, FieldCount> columnOf{};
    for (std::size_t i = 0; i < header.size(); ++i) {
        const std::string name = lowerAscii(trimmed(header[i]));
        bool known = false;
        for (int f = 0; f < FieldCount; ++f)
            if (name == fieldNames[static_cast<std::size_t>(f)] && columnOf[static_cast<std::size_t>(f)] == 0) {
                columnOf[static_cast<std::size_t>(f)] = static_cast<int>(i) + 1;
                known = true;
            }
        if (!known && !name.empty() && !exportOnlyColumns().count(name))
            plan.ignoredColumns.push_back(header[i]);
    }
    for (Field required : {FEntity, FMetric, FPeriod, FValue, FUnit, FKind, FGrade})
        if (columnOf[required] == 0)
            return Error{ErrorCode::MissingColumn, plan.location(), line, 0, fieldNames[required], {}};
    if (columnOf[FSourceId] == 0 && (columnOf[FSourcePublisher] == 0 || columnOf[FSourceTitle] == 0))
        return Error{ErrorCode::MissingColumn, plan.location(), line, 0, fieldNames[FSourceId], {}};
    return columnOf;
}

bool blankCells(const std::vector<std::string> &cells)
{
    return std::all_of(cells.begin(), cells.end(), [](const std::string &cell) { return trimmed(cell).empty(); });
}

/// The sheet to read when none is asked for: the first worksheet whose header holds every
/// column the import requires (an export's workbook leads with sheets for people, whose
/// headers may say Entity, Metric and Period too), or else the first.
Result<std::string> chooseSheet(XlsxReader &reader)
{
    const std::vector<std::string> &names = reader.sheetNames();
    if (names.empty())
        return Error{ErrorCode::UnknownSheet, reader.fileName(), 0, 0, {}, {}};
    if (names.size() == 1)
        return names.front();
    for (const std::string &name : names) {
        bool fits = false;
        Status status = reader.readSheet(name, [&](const XlsxRow &row) {
            if (blankCells(row.cells))
                return true;
            ImportPlan scratch;
            fits = headerColumns(row.cells, row.number, scratch).ok();
            return false; // the header is all it takes
        });
        if (!status)
            return status.error();
        if (fits)
            return name;
    }
    return names.front();
}

/// An Excel workbook, read as a CSV is: the sheet's first row with a cell is the header, each
/// later row that is not blank a record on the line of its row number.
Status readXlsx(std::string_view bytes, ImportPlan &plan, PlanBuilder &builder, const ImportOptions &options,
                const PartSink &sink)
{
    plan.format = "xlsx";
    auto reader = XlsxReader::open(bytes, plan.file);
    if (!reader.ok())
        return reader.error();
    auto sheet = options.sheet.empty() ? chooseSheet(reader.value()) : reader->findSheet(options.sheet);
    if (!sheet.ok())
        return sheet.error();
    plan.sheet = sheet.value();
    const std::string location = plan.location();

    std::optional<std::array<int, FieldCount>> columns;
    int headerLine = 0;
    Status failure;
    // Parts of about the CSV's size in rows: a row of the export's columns takes some 250 bytes.
    const std::size_t partRows = sink.ready ? std::max<std::size_t>(1, sink.partBytes / 256) : 0;
    std::size_t sincePart = 0;
    RowView view;
    Status read = reader->readSheet(plan.sheet, [&](const XlsxRow &row) {
        if (blankCells(row.cells))
            return true; // spreadsheets keep formatted rows that hold nothing
        if (!columns) {
            auto mapped = headerColumns(row.cells, row.number, plan);
            if (!mapped.ok()) {
                failure = mapped.error();
                return false;
            }
            columns = mapped.value();
            headerLine = row.number;
            view.columns = *columns;
            // Room for the rows the sheet declares, within what its compressed size can hold.
            const auto declared = static_cast<std::size_t>(std::max(0, reader->declaredRows() - headerLine));
            builder.reserve(std::min(declared, bytes.size() / 8 + 1024));
            return true;
        }
        view.line = row.number;
        for (std::size_t f = 0; f < FieldCount; ++f) {
            const int column = (*columns)[f];
            view.cells[f] = column > 0 && static_cast<std::size_t>(column) <= row.cells.size()
                ? &row.cells[static_cast<std::size_t>(column - 1)]
                : nullptr;
        }
        // An error value (#DIV/0!, #N/A) in a column the import reads rejects the row.
        std::optional<std::size_t> errorField;
        int errorColumn = 0;
        for (int c : row.errorColumns)
            for (std::size_t f = 0; f < FieldCount; ++f)
                if ((*columns)[f] == c + 1 && (!errorField || f < *errorField)) {
                    errorField = f;
                    errorColumn = c;
                }
        if (errorField)
            plan.rejected.push_back({row.number, Error{ErrorCode::FormulaError, location, row.number, errorColumn + 1,
                                                       fieldNames[*errorField],
                                                       row.cells[static_cast<std::size_t>(errorColumn)]}});
        else
            builder.add(view);
        if (sink.ready && ++sincePart >= partRows) {
            sincePart = 0;
            const auto expected = static_cast<std::size_t>(std::max(0, reader->declaredRows() - headerLine));
            if (Status handed = handOver(builder, plan, sink, expected); !handed) {
                failure = handed;
                return false;
            }
        }
        return true;
    });
    if (!read)
        return read;
    if (!failure)
        return failure;
    if (!columns)
        return Error{ErrorCode::MissingColumn, location, 1, 0, fieldNames[FEntity], {}};
    return {};
}

Status readCsv(std::string_view text, ImportPlan &plan, PlanBuilder &builder, int threads, const PartSink &sink = {})
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
    auto mapped = headerColumns(header.fields, header.line, plan);
    if (!mapped.ok())
        return mapped.error();
    const std::array<int, FieldCount> columnOf = mapped.value();

    // Room for every row up front: growing the plan row by row would copy a million rows
    // several times over.
    // Lines counted with memchr (vectorised by glibc): std::count went byte by byte.
    std::size_t lines = 0;
    for (const char *at = text.data(), *end = at + text.size();
         (at = static_cast<const char *>(std::memchr(at, '\n', static_cast<std::size_t>(end - at)))) != nullptr; ++at)
        ++lines;
    builder.reserve(lines);

    const CsvColumns columns{columnOf, header.fields.size()};
    if (sink.ready) {
        // One reader, one builder, as on one thread; every `partBytes` the rows checked
        // since are handed over. The last part is handed over by planText().
        while (true) {
            const std::size_t stop = std::min(text.size(), reader.position() + sink.partBytes);
            if (Status status = addRecords(reader, columns, builder, stop); !status)
                return status;
            if (reader.position() < stop || reader.position() >= text.size()) // the end of the text
                return {};
            if (Status handed = handOver(builder, plan, sink, lines); !handed)
                return handed;
        }
    }
    const std::size_t split = threads > 1 && text.size() - reader.position() >= parallelCsvBytes
        ? middleRecordStart(text, reader.position())
        : std::string_view::npos;
    if (split == std::string_view::npos)
        return addRecords(reader, columns, builder);

    // The second half is checked on a helper thread while this one checks the first; the
    // first half's reader then confirms that `split` starts a record, on the line counted.
    ImportPlan laterPart;
    laterPart.file = plan.file;
    PlanBuilder later = builder.laterRecordsBuilder(laterPart);
    Status laterStatus;
    int laterLine = 0;
    std::thread helper([&] {
        laterLine = lineAt(text, split);
        later.reserve(lines / 2);
        CsvReader laterReader(text, plan.delimiter, plan.file, split, laterLine);
        laterStatus = addRecords(laterReader, columns, later);
    });
    const Status status = addRecords(reader, columns, builder, split);
    helper.join();
    if (!status)
        return status;
    // Well-formed quotes never get here (see middleRecordStart); should the count have
    // misled, this thread reads on alone rather than trust the other's rows.
    if (reader.position() != split || reader.line() != laterLine)
        return addRecords(reader, columns, builder);
    if (!laterStatus)
        return laterStatus;
    builder.absorb(later, [&](const PlanBuilder::DeferredRow &row) {
        // The row was read once already: reading it again cannot fail.
        CsvReader again(text, plan.delimiter, plan.file, row.offset, row.line);
        (void)addRecords(again, columns, builder, row.offset + 1);
    });
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

std::vector<PlanText::Id> PlanText::absorb(const PlanText &other)
{
    const std::size_t offset = m_bytes.size();
    const auto first = static_cast<Id>(m_ends.size() - 1); // the id other's text 1 gets
    std::vector<Id> ids(other.m_ends.size() - 1);
    m_bytes.append(other.m_bytes);
    for (std::size_t i = 1; i < ids.size(); ++i) {
        ids[i] = static_cast<Id>(first + i - 1);
        m_ends.push_back(offset + other.m_ends[i + 1]);
    }
    for (const auto &[text, id] : other.m_interned)
        ids[id] = m_interned.emplace(text, ids[id]).first->second;
    return ids;
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
    o.uid = text[row.uid];
    return o;
}

std::uint64_t ImportPlan::identityHash(const PlannedObservation &row) const
{
    return observationIdentityHash(text[row.entity], text[row.metric], row.period, row.kind, text[row.source],
                                   text[row.noteEn]);
}

bool ImportPlan::sameIdentity(const PlannedObservation &row, const Observation &o) const
{
    if (row.uid != 0)
        return text[row.uid] == o.uid;
    return text[row.entity] == o.entity && text[row.metric] == o.metric && row.period == o.period
        && row.kind == o.kind && text[row.source] == o.source && text[row.noteEn] == o.noteEn;
}

bool ImportPlan::sameContent(const PlannedObservation &row, const Observation &o) const
{
    return sameIdentity(row, o) && text[row.entity] == o.entity && text[row.metric] == o.metric
        && row.period == o.period && row.kind == o.kind && text[row.source] == o.source
        && text[row.noteEn] == o.noteEn && row.value == o.value && row.low == o.low && row.high == o.high
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
    // The quarter (0 for every type without one) keeps the hash of the older types unchanged.
    mix((static_cast<std::uint64_t>(period.type) << 48) ^ (static_cast<std::uint64_t>(period.quarter) << 40)
        ^ (static_cast<std::uint64_t>(period.year) << 16) ^ (static_cast<std::uint64_t>(period.month) << 8)
        ^ static_cast<std::uint64_t>(period.day));
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

namespace {

/// plan() and planInParts(): the text decoded, then read as JSON or CSV. With a sink, a CSV's
/// rows are handed over every `partBytes`, and whatever was not handed over at the end.
bool hasWorkbookName(std::string_view fileName)
{
    std::string suffix(fileName.substr(fileName.size() >= 5 ? fileName.size() - 5 : 0));
    for (char &c : suffix)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return suffix == ".xlsx" || suffix == ".xlsm";
}

Result<ImportPlan> planText(std::string_view bytes, const std::string &fileName, const Dataset &current, int threads,
                            const PartSink &sink, const ImportOptions &options)
{
    ImportPlan plan;
    plan.file = fileName;
    if (XlsxReader::looksLikeZip(bytes) || XlsxReader::looksLikeOldExcel(bytes) || hasWorkbookName(fileName)) {
        PlanBuilder builder(current, plan);
        Status status = readXlsx(bytes, plan, builder, options, sink);
        if (status && sink.ready)
            status = handOver(builder, plan, sink, plan.rows.size());
        if (!status)
            return status.error();
        return plan;
    }
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
    Status status = first != std::string::npos && text[first] == '['
        ? readJson(text, plan, builder)
        : readCsv(text, plan, builder, threads > 0 ? threads : static_cast<int>(std::thread::hardware_concurrency()),
                  sink);
    if (status && sink.ready) // the rows since the last part, if any
        status = handOver(builder, plan, sink, plan.rows.size());
    if (!status)
        return status.error();
    return plan;
}

} // namespace

Result<std::string> ObservationImport::readFile(const std::filesystem::path &path)
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
    return bytes;
}

Result<ImportPlan> ObservationImport::plan(std::string_view bytes, const std::string &fileName, const Dataset &current,
                                           int threads, const ImportOptions &options)
{
    return planText(bytes, fileName, current, threads, {}, options);
}

Result<ImportPlan> ObservationImport::planFile(const std::filesystem::path &path, const Dataset &current, int threads,
                                               const ImportOptions &options)
{
    auto bytes = readFile(path);
    if (!bytes.ok())
        return bytes.error();
    return plan(bytes.value(), path.filename().string(), current, threads, options);
}

Result<ImportPlan> ObservationImport::planInParts(std::string_view bytes, const std::string &fileName,
                                                  const Dataset &current, const PartReady &ready,
                                                  std::size_t partBytes, const ImportOptions &options)
{
    return planText(bytes, fileName, current, 1, {&ready, std::max<std::size_t>(partBytes, 1)}, options);
}

} // namespace capex

#pragma once

#include "dataset.h"
#include "result.h"
#include "textdecoder.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace capex {

/// What an import would do to one valid row.
enum class ImportAction {
    Add,       ///< no stored record has this identity
    Update,    ///< a stored record has it, with other values (the old ones go to the history)
    Unchanged, ///< a stored record has it with the same values
};

const char *importActionName(ImportAction action);

/// The text of a plan's rows, each string stored once: ids, units, currencies and dates
/// are interned (a million rows name a few hundred), notes appended to one buffer. A
/// planned row holds ids into it instead of strings of its own, so that planning a
/// million rows makes no allocation per row.
class PlanText
{
public:
    using Id = std::uint32_t;

    PlanText() : m_ends{0, 0} {} // id 0: the empty text

    /// The id of `text`, the same for equal texts.
    Id intern(std::string_view text);
    /// A new id for `text` (free text such as notes, seldom repeated).
    Id append(std::string_view text);
    std::string_view operator[](Id id) const
    {
        return std::string_view(m_bytes).substr(m_ends[id], m_ends[id + 1] - m_ends[id]);
    }
    void reserve(std::size_t texts, std::size_t bytes);
    /// Appends every text of `other`; returns, for each id of `other`, the text's id here.
    /// A text interned in both keeps this one's id, so that equal interned texts still
    /// have equal ids.
    std::vector<Id> absorb(const PlanText &other);

private:
    struct Hash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
    };
    std::string m_bytes;
    std::vector<std::uint64_t> m_ends; ///< text i is m_bytes[m_ends[i], m_ends[i + 1])
    std::unordered_map<std::string, Id, Hash, std::equal_to<>> m_interned;
};

/// What an import would do to one valid row: the observation as it will be stored
/// (user_entered), its text in the plan's PlanText (see ImportPlan::observation()).
struct PlannedObservation
{
    int line = 0; ///< where the row starts in the file
    ImportAction action = ImportAction::Add;
    Kind kind = Kind::Fact;
    Grade grade = Grade::Reported;
    Period period;
    std::optional<double> value;
    std::optional<double> low;
    std::optional<double> high;
    PlanText::Id entity = 0, metric = 0, unit = 0, currency = 0, source = 0, asOf = 0, noteEn = 0, noteZh = 0;
    /// A keyed row (the SEC update's): its stable id, by which it is matched instead of by identity,
    /// so that a restated figure from a later filing updates its record. 0 for a file's rows.
    PlanText::Id uid = 0;
    std::int32_t stored = -1; ///< the record it updates or repeats: index into ImportPlan::storedRecords
};

struct RejectedRow
{
    int line = 0;
    Error error; ///< the first problem of the row, with file, line, column and field
};

/// Everything an import would change, computed against a snapshot and shown before
/// anything is written. Only a plan without rejections can be applied
/// (`Database::applyImport`), and then all of it in one transaction.
///
/// A row is the same record as a stored observation when its identity — entity, metric,
/// period, kind, source and English note — is equal (notes tell apart the several
/// figures one source gives for one period). A keyed row (one with a uid) is the stored
/// record with that uid instead.
struct ImportPlan
{
    std::string file;
    std::string format; ///< "csv", "json", "xlsx", or "sec" (the SEC update: `file` lists the companies)
    std::string sheet;  ///< xlsx: the worksheet read
    TextEncoding encoding = TextEncoding::Utf8;
    char delimiter = 0;                      ///< CSV only
    std::vector<std::string> ignoredColumns; ///< CSV columns (or JSON keys) the import does not read
    std::vector<Entity> newEntities;         ///< entities the rows cite that the store lacks (the SEC update's)
    std::vector<Source> newSources;          ///< sources the rows cite that the store lacks
    std::vector<PlannedObservation> rows;
    PlanText text;                          ///< of the rows
    std::vector<Observation> storedRecords; ///< the stored records that rows update or repeat
    std::vector<RejectedRow> rejected;

    int count(ImportAction action) const;
    /// Error::file of the plan's rows: the file, or for a workbook the file and the sheet
    /// (sheetLocation()).
    std::string location() const { return sheetLocation(file, sheet); }
    bool acceptable() const { return rejected.empty(); }
    /// A planned row as the observation it will store.
    Observation observation(const PlannedObservation &row) const;
    /// The stored record the row updates or repeats; null for an addition.
    const Observation *stored(const PlannedObservation &row) const
    {
        return row.stored >= 0 ? &storedRecords[static_cast<std::size_t>(row.stored)] : nullptr;
    }
    /// The row's identity hash (see observationIdentityHash).
    std::uint64_t identityHash(const PlannedObservation &row) const;
    /// Whether the row and a stored observation have the same identity.
    bool sameIdentity(const PlannedObservation &row, const Observation &o) const;
    /// Whether the row would store exactly what `o` holds (figures, notes, references).
    bool sameContent(const PlannedObservation &row, const Observation &o) const;
};

/// The identity of an observation within one store (see ImportPlan).
std::string observationIdentity(const Observation &observation);

/// A hash of the identity, equal for equal identities: matching by it (then comparing the
/// fields) needs no key string per row.
std::uint64_t observationIdentityHash(std::string_view entity, std::string_view metric, const Period &period,
                                      Kind kind, std::string_view source, std::string_view noteEn);
std::uint64_t observationIdentityHash(const Observation &observation);

/// Whether two observations have the same identity.
bool sameObservationIdentity(const Observation &a, const Observation &b);

/// Whether two observations hold the same figures, notes and references.
bool sameObservationContent(const Observation &a, const Observation &b);

} // namespace capex

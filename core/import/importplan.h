#pragma once

#include "dataset.h"
#include "result.h"
#include "textdecoder.h"

#include <optional>
#include <string>
#include <vector>

namespace capex {

/// What an import would do to one valid row.
enum class ImportAction {
    Add,       ///< no stored record has this identity
    Update,    ///< a stored record has it, with other values (the old ones go to the history)
    Unchanged, ///< a stored record has it with the same values
};

const char *importActionName(ImportAction action);

struct PlannedObservation
{
    int line = 0; ///< where the row starts in the file
    ImportAction action = ImportAction::Add;
    Observation observation;           ///< as it will be stored (user_entered)
    std::optional<Observation> stored; ///< the record it updates or repeats
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
/// figures one source gives for one period).
struct ImportPlan
{
    std::string file;
    std::string format; ///< "csv" or "json"
    TextEncoding encoding = TextEncoding::Utf8;
    char delimiter = 0;                      ///< CSV only
    std::vector<std::string> ignoredColumns; ///< CSV columns (or JSON keys) the import does not read
    std::vector<Source> newSources;          ///< sources the rows cite that the store lacks
    std::vector<PlannedObservation> rows;
    std::vector<RejectedRow> rejected;

    int count(ImportAction action) const;
    bool acceptable() const { return rejected.empty(); }
};

/// The identity of an observation within one store (see ImportPlan).
std::string observationIdentity(const Observation &observation);

/// Whether two observations hold the same figures, notes and references.
bool sameObservationContent(const Observation &a, const Observation &b);

} // namespace capex

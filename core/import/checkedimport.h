#pragma once

#include "database.h"
#include "importplan.h"
#include "observationimport.h"
#include "result.h"

#include <cstddef>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace capex {

/// What CheckedImport did: the file's plan, and what was written.
struct CheckedImportResult
{
    ImportPlan plan; ///< as ObservationImport::plan() makes it (empty when cancelled)
    std::optional<ImportOutcome> outcome; ///< none: nothing was written (rejected rows, or cancelled)
    bool cancelled = false;
};

/// An import checked and written at once, for `capexlens data import` without a preview:
/// the file's rows go into the import's transaction (Database::beginImport) part by part
/// while the later parts are still being checked on another thread
/// (ObservationImport::planInParts), which takes the check off the critical path of a
/// large file. The contract is applyImport()'s: only a file without a rejected row is
/// committed, and then with the same rows, values and ids as plan() + applyImport(); a
/// rejected row anywhere in the file, a write error or a cancel rolls everything back, and
/// the store and its backups are as they were. Where the plan must be shown before
/// anything is written (the import preview), use ObservationImport::plan() and
/// Database::applyImport() instead.
class CheckedImport
{
public:
    /// Told the rows written so far and the expected total after each part; returning
    /// false cancels the import.
    using Progress = std::function<bool(std::size_t written, std::size_t expected)>;

    /// File-level errors are returned as ObservationImport returns them; write errors as
    /// applyImport() returns them.
    static Result<CheckedImportResult> importFile(
        Database &db, const std::filesystem::path &path, const Dataset &current, const Progress &progress = {},
        const ImportOptions &options = {});
    static Result<CheckedImportResult> importBytes(Database &db, std::string_view bytes, const std::string &fileName,
        const Dataset &current, const Progress &progress = {},
        std::size_t partBytes = ObservationImport::defaultPartBytes, const ImportOptions &options = {});
};

} // namespace capex

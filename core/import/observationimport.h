#pragma once

#include "dataset.h"
#include "importplan.h"
#include "result.h"

#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

namespace capex {

/// Reads observations from a user's file and checks every row against the store's
/// snapshot, producing the ImportPlan that the preview shows and Database::applyImport
/// writes.
///
/// Formats: the CSV and the JSON that `capexlens data export` writes (see
/// ObservationExport). JSON when the text starts with `[`, CSV otherwise. CSV: any
/// encoding TextDecoder reads, `,` `;` or tab delimited (sniffed from the header),
/// header names matched case-insensitively, unknown columns ignored (listed in the
/// plan). Required columns: entity, metric, period, value, unit, kind, grade, and
/// either source_id or source_publisher + source_title.
///
/// The source of a row: `source_id` naming a stored source (its other `source_*` cells
/// are then ignored: an import never edits a source); or an unknown `source_id`, or none,
/// with `source_publisher` and `source_title`, which creates a user source (an existing
/// one with the same publisher, title and date is reused).
///
/// File-level problems end the read with an Error (InvalidEncoding, UnterminatedQuote,
/// MalformedQuote, TooManyFields, MissingColumn, JsonSyntax, WrongType). Row problems
/// reject the row and the read goes on, so that the preview lists every one; each names
/// file, line, column (CSV: the 1-based column number; JSON: 0) and field:
/// MissingField (an empty required cell, or none of value/low/high), UnknownReference
/// (entity, metric, source_id), InvalidPeriod, NotANumber, NonFiniteNumber,
/// RangeInverted (low > high, or value outside them), InvalidValue (kind, grade, as_of,
/// source_date, a currency on a non-money metric), NoFxRate, DuplicateRow.
///
/// A CSV of 64 KiB or more is checked on two threads, each taking a half (split at a
/// record boundary that the first half's reading confirms); the plan is the same as on one.
/// `threads`: 0 = std::thread::hardware_concurrency().
class ObservationImport
{
public:
    static Result<ImportPlan> plan(std::string_view bytes, const std::string &fileName, const Dataset &current,
                                   int threads = 0);
    static Result<ImportPlan> planFile(const std::filesystem::path &path, const Dataset &current, int threads = 0);

    /// Rows of a plan still being made that are final: `plan.rows` from `first` on were
    /// added since the last call. `expectedRows` is at least the number of rows the whole
    /// plan will have (the file's line count).
    struct Part
    {
        const ImportPlan &plan;
        std::size_t first = 0;
        std::size_t expectedRows = 0;
    };
    using PartReady = std::function<Status(const Part &part)>;
    /// The size of planInParts()' parts: the first rows are written soon after the read
    /// begins, and a part's set-up (a builder, a handover) is negligible next to its rows.
    static constexpr std::size_t defaultPartBytes = 4 * 1024 * 1024;

    /// As plan(), handing the rows over in file order while later ones are still being
    /// checked, so that a caller can write them meanwhile (see CheckedImport): a CSV of
    /// 64 KiB or more is read and checked on a helper thread in parts of about 4 MiB, and
    /// each part merged here in file order and passed to `ready`; anything else is planned
    /// whole and passed once. Rows already passed are never taken back, but a later part may
    /// bring rejections. An error from `ready` stops the read and is returned. The plan
    /// returned is the same as plan()'s.
    static Result<ImportPlan> planInParts(std::string_view bytes, const std::string &fileName, const Dataset &current,
                                          const PartReady &ready, std::size_t partBytes = defaultPartBytes);
    static Result<ImportPlan> planFileInParts(const std::filesystem::path &path, const Dataset &current,
                                              const PartReady &ready);
};

} // namespace capex

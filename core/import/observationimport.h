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

/// How to read a file.
struct ImportOptions
{
    std::string sheet; ///< an Excel workbook's sheet to read; empty: see ObservationImport
};

/// Reads observations from a user's file and checks every row against the store's
/// snapshot, producing the ImportPlan that the preview shows and Database::applyImport
/// writes.
///
/// Formats: the CSV and the JSON that `capexlens data export` writes (see
/// ObservationExport), and Excel workbooks (.xlsx) laid out as the CSV. A workbook when the
/// bytes are a zip archive or the name ends in .xlsx or .xlsm (an Excel 97–2003 file is
/// refused as OldExcelFormat); JSON when the text starts with `[`; CSV otherwise.
/// A workbook's rows are the CSV's records (line = the spreadsheet's row number, column =
/// the cell's column, errors in sheetLocation(file, sheet)): the sheet `options.sheet`, or
/// else the first worksheet whose header (its first row with a cell) names every required
/// column, or else the first worksheet. Cells right of the header are
/// ignored; a cell the import reads that holds an error value (#DIV/0!) rejects its row as
/// FormulaError; workbook errors are XlsxReader's. CSV: any
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
                                   int threads = 0, const ImportOptions &options = {});
    static Result<ImportPlan> planFile(const std::filesystem::path &path, const Dataset &current, int threads = 0,
                                       const ImportOptions &options = {});

    /// The rows of a plan still being made that are final (see planInParts()).
    struct Part
    {
        ImportPlan rows;              ///< the rows checked since the last part, with their text, the
                                      ///< stored records they match and the sources they add
        std::size_t expectedRows = 0; ///< at least the number of rows of the whole plan (the file's lines)
        bool acceptable = true;       ///< whether no row up to here was rejected
    };
    using PartReady = std::function<Status(Part &&part)>;
    /// The size of planInParts()' parts: the first rows can be written soon after the read
    /// begins, and a part's handover is negligible next to its rows.
    static constexpr std::size_t defaultPartBytes = 4 * 1024 * 1024;

    /// As plan() on one thread, handing the rows over in file order as they are checked,
    /// so that another thread can write them meanwhile (see CheckedImport): after every
    /// `partBytes` of CSV, and once at the end with the rest (a JSON file: all of it).
    /// Rows handed over are never taken back, but a later row may still be rejected (then
    /// `acceptable` is false from that part on). An error from `ready` stops the read and is
    /// returned. The plan returned is the same as plan()'s.
    static Result<ImportPlan> planInParts(std::string_view bytes, const std::string &fileName, const Dataset &current,
                                          const PartReady &ready, std::size_t partBytes = defaultPartBytes,
                                          const ImportOptions &options = {});
    /// The whole file, as planFile() reads it; FileUnreadable when it cannot be read.
    static Result<std::string> readFile(const std::filesystem::path &path);
};

} // namespace capex

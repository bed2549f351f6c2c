#pragma once

#include "dataset.h"
#include "xlsxexport.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace capex {
class ModelParameters;
struct ModelResult;
} // namespace capex

namespace capex::ui {

/// Figures and scenario outputs as files that spreadsheets open: CSV in UTF-8 with a
/// byte-order mark (so that Excel reads Chinese text correctly) and Excel workbooks. The
/// workbooks speak the current language: column titles, entity and metric names, units,
/// kinds, grades and notes; CSV keeps the machine-readable columns of `data export`.
class SpreadsheetExport
{
public:
    enum class Format { Csv, Xlsx };
    /// ".csv" or ".xlsx" (any case); none for anything else.
    static std::optional<Format> formatOfPath(const QString &path);

    /// `dataset` with only `observations` (copied, in that order); every other table kept.
    static Dataset withObservations(const Dataset &dataset, const std::vector<const Observation *> &observations);

    /// The observations of `dataset` as CSV with a byte-order mark.
    static QByteArray observationsCsv(const Dataset &dataset);
    /// Two sheets: every observation with its entity, metric, period, value, range, unit,
    /// currency, kind, grade, note and source; then the sources those figures cite.
    static std::vector<XlsxSheet> observationSheets(const Dataset &dataset);

    /// The projection, year by year (the columns of `scenario run --format csv`), as CSV
    /// with a byte-order mark.
    static QByteArray scenarioCsv(const ModelResult &result);
    /// Two sheets: the projection, then the assumptions with values, defaults and sources.
    static std::vector<XlsxSheet> scenarioSheets(const Dataset &dataset, const ModelParameters &parameters,
                                                 const ModelResult &result);

    /// The workbook's bytes (libxlsxwriter writes to a path: a temporary file is read back);
    /// empty with `error` set, translated, on failure.
    static QByteArray workbook(const std::vector<XlsxSheet> &sheets, QString *error = nullptr);
    /// Writes the sheets to `path` through QSaveFile. The reason of a failure, translated,
    /// or empty; a failure leaves no file behind.
    static QString saveWorkbook(const QString &path, const std::vector<XlsxSheet> &sheets);
    /// The observations of `dataset` to `path` in `format`.
    static QString saveObservations(const QString &path, Format format, const Dataset &dataset);
    /// The projection (and, in a workbook, the assumptions) to `path` in `format`.
    static QString saveScenario(const QString &path, Format format, const Dataset &dataset,
                                const ModelParameters &parameters, const ModelResult &result);
};

} // namespace capex::ui

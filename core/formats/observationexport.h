#pragma once

#include "dataset.h"

#include <string>
#include <vector>

namespace capex {

/// Writes observations with their entity names and full source, for `capexlens data
/// export` and for other tools. JSON: an array of objects with the keys `entity`,
/// `entity_en`, `entity_zh`, `metric`, `period`, `value`, `low`, `high` (null where
/// absent), `unit`, `currency`, `kind`, `grade`, `as_of`, `note_en`, `note_zh`, and
/// `source` {`id`, `publisher`, `title`, `url`, `date`, `via`}. CSV (RFC 4180, UTF-8):
/// the same fields, the source's flattened to `source_*` columns.
class ObservationExport
{
public:
    explicit ObservationExport(const Dataset &dataset) : m_dataset(dataset) {}

    std::string toJson() const;
    /// `withBom` prefixes a UTF-8 byte-order mark so that Excel opens Chinese text correctly.
    std::string toCsv(bool withBom = false) const;

    /// How a source reached us, e.g. "财联社 2024-12-30; 新智元 2025-02".
    std::string viaText(const Source &source) const;

    static const std::vector<std::string> &csvColumns();
    /// One observation's CSV fields, in the order of csvColumns() (numbers as
    /// formatExactNumber() writes them, absent ones empty).
    std::vector<std::string> csvFields(const Observation &observation) const;

private:
    const Dataset &m_dataset;
};

/// Shortest decimal text that reads back as the same double ("96400000000", "0.86").
std::string formatExactNumber(double value);

} // namespace capex

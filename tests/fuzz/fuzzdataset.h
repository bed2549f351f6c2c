#pragma once

#include "datasetreader.h"

namespace capex::fuzz {

/// The bundled dataset, read once: inputs refer to its real entities, metrics and sources.
inline const Dataset &bundledDataset()
{
    static const Dataset dataset = [] {
        auto read = DatasetReader::read(bundledDatasetFiles());
        return read.ok() ? read.value() : Dataset{};
    }();
    return dataset;
}

} // namespace capex::fuzz

#pragma once

#include "datasetreader.h"

#include <gtest/gtest.h>

namespace capex::testing {

/// The dataset that ships, read once per test program; a reading error fails the test.
inline const Dataset &bundled()
{
    static const Dataset dataset = [] {
        auto result = DatasetReader::read(bundledDatasetFiles());
        if (!result.ok())
            ADD_FAILURE() << describe(result.error());
        return result.ok() ? result.value() : Dataset{};
    }();
    return dataset;
}

} // namespace capex::testing

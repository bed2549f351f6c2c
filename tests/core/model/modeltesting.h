#pragma once

#include "datasetreader.h"
#include "modelinputs.h"
#include "parameters.h"
#include "parametervalues.h"

#include <algorithm>
#include <cmath>
#include <gtest/gtest.h>
#include <limits>
#include <vector>

namespace capex::testing {

/// The dataset that ships, read once.
inline const Dataset &bundledDataset()
{
    static const Dataset dataset = [] {
        auto result = DatasetReader::read(bundledDatasetFiles());
        if (!result.ok())
            ADD_FAILURE() << describe(result.error());
        return result.ok() ? result.value() : Dataset {};
    }();
    return dataset;
}

/// The model's parameters with the shipped data and every default.
inline ModelParameters bundledParameters()
{
    return ModelParameters(ModelInputs::fromDataset(bundledDataset()));
}

/// Round numbers for hand-worked checks: a fleet of 1,000 H100e that retires over 4 years,
/// 1,000 USD per H100e that never gets cheaper (hw_gain 1), half of AI capex on accelerators,
/// no ceiling and no companies.
inline ParameterValues roundValues()
{
    ParameterValues v;
    v.costDecline = 0.86;
    v.hwGain = 1.0;
    v.elasticity = 1.0;
    v.demandGrowth = 1.1; // with elasticity 1 the spend index is exactly 1.1^n
    v.shockFactor = 1.0;
    v.baseFleet = 1000;
    v.h100ePrice = 1000;
    v.usefulLife = 4;
    v.accelShare = 0.5;
    v.capexCapShare = 0;
    v.worldGdpUsd = 1e8;
    v.gdpGrowth = 1.0;
    v.aiShare = 0.7;
    return v;
}

/// numpy.percentile's default from sorted values: linear interpolation between the order
/// statistics around (n − 1)·p. The reference the exact percentiles are checked against.
inline double percentileOfSorted(const std::vector<double> &values, double p)
{
    const double h = static_cast<double>(values.size() - 1) * p;
    const auto below = static_cast<std::size_t>(std::floor(h));
    const std::size_t above = std::min(below + 1, values.size() - 1);
    const double fraction = h - std::floor(h);
    if (fraction == 0.0 || values[below] == values[above])
        return values[below];
    if (std::isinf(values[above]))
        return std::numeric_limits<double>::infinity();
    return values[below] + fraction * (values[above] - values[below]);
}

/// The same from an unsorted copy.
inline double percentileOf(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return percentileOfSorted(values, p);
}

inline void expectError(const Error &error, ErrorCode code, const std::string &field, const std::string &detail)
{
    EXPECT_EQ(errorCodeName(error.code), std::string(errorCodeName(code)));
    EXPECT_EQ(error.field, field);
    EXPECT_EQ(error.detail, detail);
}

} // namespace capex::testing

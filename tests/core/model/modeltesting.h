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

/// The bundled parameters in the base year 2024 (LessWrong's fleets: 3.1 M H100e, $35,000 each):
/// the tests whose hand-worked numbers start there.
inline ModelParameters bundledParameters2024()
{
    ModelParameters p = bundledParameters();
    EXPECT_TRUE(p.set("t0", 2024));
    return p;
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

/// A company whose data is one actual year: the plan grows from it at `growth` and fades to
/// the long-run growth (equal to `growth` in the tests that want a constant rate).
inline CompanyPlan flatPlan(const std::string &id, double actualUsd, int year, double growth)
{
    CompanyPlan plan;
    plan.company = id;
    plan.firstYear = year;
    plan.path = {actualUsd};
    plan.pathLow = plan.pathHigh = {std::numeric_limits<double>::quiet_NaN()};
    plan.lastActualYear = year;
    plan.capexGrowth = growth;
    return plan;
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

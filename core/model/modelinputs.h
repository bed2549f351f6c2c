#pragma once

#include "dataset.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace capex {

/// An installed-fleet estimate in H100-equivalents at the end of a year.
struct FleetEstimate
{
    double low = 0;
    double mid = 0; ///< the midpoint of the range (or the value when the source gives one number)
    double high = 0;
};

/// What the data says about one company, as the model needs it.
struct CompanyBaseline
{
    std::string id;
    std::string nameEn; ///< the entity's names in the dataset (the id when it has none)
    std::string nameZh;
    std::optional<double> lastCapexUsd; ///< total capex of the latest actual year (calendar or fiscal), in USD
    int lastCapexYear = 0; ///< that period's calendar year (Period::dominantYear)
    std::optional<double> guidanceCapexUsd; ///< midpoint of the guidance used for the growth default
    int guidanceYear = 0;
    /// Default `capex_growth.<id>`: (guidance ÷ last actual)^(1/years between them) − 1, clamped
    /// to [−0.2, 0.6]; 0.15 without guidance (docs/model.md, parameter table).
    double capexGrowthDefault = 0.15;
    std::map<int, FleetEstimate> fleetByYear; ///< LessWrong end-of-year estimates (CharlesD, 2024-11-28)
};

/// The data-derived inputs of the model: one baseline per company the model offers.
struct ModelInputs
{
    std::vector<CompanyBaseline> companies;

    const CompanyBaseline *company(std::string_view id) const;

    /// Companies the model offers: the four US hyperscalers, Oracle and xAI.
    static const std::vector<std::string> &availableCompanyIds();
    /// The default selection: the five companies the LessWrong fleet estimates cover
    /// (their end-2024 midpoints sum to ≈ 3.1 M H100e, the spec's base_fleet).
    static const std::vector<std::string> &defaultCompanyIds();

    /// Extracts, per company: the capex actual with the latest period (converted to USD with the
    /// dataset's FX table for its calendar year), the guidance for a later calendar year with
    /// the latest `as_of`, the growth default from the two, and the LessWrong fleet estimates
    /// (metric gpu_fleet_h100e, source publisher containing "LessWrong") by calendar year.
    static ModelInputs fromDataset(
        const Dataset &dataset, const std::vector<std::string> &companyIds = availableCompanyIds());
};

} // namespace capex

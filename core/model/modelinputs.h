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
    bool forecast = false; ///< the source's forecast for that year, not an estimate of what was there
};

/// One calendar year of a company's capex path, USD: a value, and a band where a guided range
/// gives one.
struct CapexYear
{
    double mid = 0;
    std::optional<double> low;
    std::optional<double> high;
};

/// What the data says about one company, as the model needs it.
struct CompanyBaseline
{
    std::string id;
    std::string nameEn; ///< the entity's names in the dataset (the id when it has none)
    std::string nameZh;
    /// Calendar-year actual capex in USD (docs/model.md, "The plan"): the sum of four reported
    /// calendar quarters, else the annual record (a fiscal year counts for the calendar year that
    /// holds most of its months).
    std::map<int, double> actualByYear;
    /// The latest guidance with a number for each calendar year after the last actual, USD (a
    /// range at its middle with its band; a bound alone at the bound). Only years that follow the
    /// last actual without a gap.
    std::map<int, CapexYear> guidanceByYear;
    std::optional<double> lastCapexUsd; ///< the last actual year's capex (A_i), USD
    int lastCapexYear = 0; ///< A_i
    std::optional<double> guidanceCapexUsd; ///< the last guided year's midpoint (G_i)
    int guidanceYear = 0; ///< G_i; 0 without guidance
    /// Default `capex_growth.<id>` (g0_i): the last guided year over the year before it, minus 1;
    /// 0.15 without guidance.
    double capexGrowthDefault = 0.15;
    std::map<int, FleetEstimate> fleetByYear; ///< LessWrong end-of-year estimates (CharlesD, 2024-11-28)
    std::map<int, FleetEstimate> epochFleetByYear; ///< Epoch AI's end-of-year estimates
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

    /// Extracts, per company: calendar-year actual capex, the latest numeric guidance for the
    /// years after it, the growth default, and the end-of-year fleet estimates of LessWrong and
    /// Epoch AI (metric gpu_fleet_h100e, kind estimate, by publisher). Money in USD with the
    /// dataset's FX table for the year. Pass a dataset filtered with Dataset::knownOn() for the
    /// data as known on a date.
    /// Reads the dataset once, keeping what it needs (modelData()); then several passes per
    /// company over that part alone, so a store of a million figures costs one pass.
    static ModelInputs fromDataset(
        const Dataset &dataset, const std::vector<std::string> &companyIds = availableCompanyIds());

    /// The part of `dataset` that fromDataset() reads: the observations of the metrics `capex`
    /// and `gpu_fleet_h100e` of those companies, with every entity, metric, source, FX rate,
    /// event and cost curve. fromDataset(modelData(d, ids), ids) equals fromDataset(d, ids), and
    /// so does the hindcast on it; both are a few thousand figures even when `dataset` holds a
    /// million, so callers that run the model many times keep this instead of the whole dataset.
    static Dataset modelData(
        const Dataset &dataset, const std::vector<std::string> &companyIds = availableCompanyIds());
};

} // namespace capex

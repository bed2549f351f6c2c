#pragma once

#include "dataset.h"
#include "modelinputs.h"
#include "parameters.h"
#include "result.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace capex {

/// One year of the hindcast (docs/model.md, "Hindcast").
struct HindcastYear
{
    int year = 0;
    double plannedAiCapexUsd = 0; ///< what the plan said on the date
    std::optional<double> actualAiCapexUsd; ///< ai_share × what the companies reported; none when one has no actual
    std::optional<double> planError; ///< actual / planned − 1
    double requiredAiCapexUsd = 0; ///< what the model said demand required
    double installedH100e = 0; ///< the model's fleet
    std::optional<double> fleetEstimateH100e; ///< the later end-of-year estimates, same source; none where one is missing
    std::optional<double> fleetError; ///< estimate / installed − 1
};

struct HindcastResult
{
    std::string asOf;
    int t0 = 0;
    std::vector<std::string> companies; ///< the selected companies that had a plan on the date
    std::vector<HindcastYear> years; ///< t0 + 1 … the last year with an actual
};

/// What the hindcast reads from the data for one date: the model's inputs as known then, the
/// base year they allow, and what the companies reported since. It depends on the data and the
/// date alone, so that a chart rerunning the hindcast at every slider step prepares it once.
struct HindcastData
{
    std::string asOf;
    int t0 = 2024;
    ModelInputs then; ///< ModelInputs::fromDataset of the data as known on asOf
    ModelInputs since; ///< ModelInputs::fromDataset of all the data
};

class Hindcast
{
public:
    /// The date of the seed articles' DeepSeek-R1 moment, a week after R1 (2025-01-20).
    static constexpr const char *defaultDate = "2025-02-01";

    /// The t0 the data as known on `asOf` allows: 2025 from 2026 on when a company had reported
    /// 2025, else 2024.
    static int baseYearFor(const Dataset &known, const std::string &asOf, const std::vector<std::string> &companies);

    /// Runs the model on `dataset.knownOn(asOf)` with that t0, `configure` applied to the parameters
    /// (a scenario, --set; it may return an error), and the selection narrowed to companies with a
    /// plan then; compares it with what `dataset` reports. InvalidValue (field "as_of") for a date
    /// that is not YYYY-MM-DD.
    static Result<HindcastResult> run(const Dataset &dataset, const std::string &asOf,
        const std::function<Status(ModelParameters &)> &configure = {});

    /// The data-dependent half of run(): the same errors.
    static Result<HindcastData> prepare(const Dataset &dataset, const std::string &asOf);
    /// The model-dependent half: run(dataset, asOf, configure) is run(prepare(dataset, asOf), configure).
    static Result<HindcastResult> run(
        const HindcastData &data, const std::function<Status(ModelParameters &)> &configure = {});
};

} // namespace capex

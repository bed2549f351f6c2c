#pragma once

#include "parameters.h"
#include "result.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace capex {

/// Five percentiles of one output in one year. +inf stands for "no value": a ratio whose
/// required capex is 0 (such runs rank above every finite ratio); the JSON writes it as null.
struct Percentiles
{
    double p5 = 0;
    double p25 = 0;
    double p50 = 0;
    double p75 = 0;
    double p95 = 0;
};

/// The distribution of the four Monte Carlo outputs in one year.
struct MonteCarloYear
{
    int year = 0;
    Percentiles spendIndex; ///< E(n)
    Percentiles requiredH100e; ///< H_req(n)
    Percentiles requiredAiCapexUsd; ///< K_req(n)
    Percentiles planToRequiredRatio; ///< K_plan(n) / K_req(n)
    /// PW_req(n) (equation 13). Tallied in kW and divided by 1e6 after: equal to the single
    /// projection's GW to within rounding (the other outputs are bit-identical).
    Percentiles requiredPowerGw;
};

struct MonteCarloResult
{
    int runs = 0;
    std::uint64_t seed = 0;
    std::vector<std::string> uncertain; ///< the drawn parameters, in registry order
    std::vector<MonteCarloYear> years;
    bool cancelled = false; ///< stopped by the cancel flag; `years` is then empty
};

struct MonteCarloOptions
{
    int runs = 10000; ///< 1,000 … 1,000,000
    std::uint64_t seed = 1; ///< the same seed and input give the same percentiles on any thread count
    int threads = 0; ///< 0 = std::thread::hardware_concurrency()
    /// Parameters drawn from triangular(low, current value, high); names from ModelParameters::specs()
    /// with `sensitivity` set.
    std::vector<std::string> uncertain;
    /// Called on the calling thread with the fraction done, 0…1.
    std::function<void(double)> progress;
    /// Checked between blocks of runs; when it turns true the run stops and returns `cancelled`.
    const std::atomic<bool> *cancel = nullptr;

    MonteCarloOptions();
};

/// Uncertainty of the projection (docs/model.md, "Uncertainty and sensitivity"): each run draws
/// the uncertain parameters from triangular(low, current, high) (a current value outside the
/// range widens it; integer parameters are rounded), projects with CapexModel's arithmetic, and
/// the runs give per year P5, P25, P50, P75 and P95 (linear interpolation between order
/// statistics, as numpy.percentile) of E, H_req, K_req and K_plan/K_req.
///
/// Determinism: the draw of parameter j in run r is the (r·k + j)-th output of a splitmix64
/// stream keyed by the seed — a pure function of (seed, r, j) — so no run depends on which
/// thread computes it or in which order, and the percentiles are exact order statistics of
/// the same multiset whatever the thread count.
class MonteCarlo
{
public:
    static constexpr int minRuns = 1000;
    static constexpr int maxRuns = 1000000;

    /// cost_decline, hw_gain, elasticity, demand_growth, base_fleet, h100e_price, accel_share.
    static const std::vector<std::string> &defaultUncertain();

    /// Errors: ParameterOutOfDomain (field "runs", detail "[1000, 1000000]"); UnknownParameter
    /// for an unknown uncertain name; InvalidValue (field "uncertain", detail = name) for a
    /// parameter without a range (t0, horizon, world_gdp_usd, gdp_growth).
    static Result<MonteCarloResult> run(const ModelParameters &parameters, const MonteCarloOptions &options);

    /// The parameters run `run` (0-based) of run(parameters, options) draws, resolved as the
    /// projection reads them (cost_decline derived where the preset says so): CapexModel::run on
    /// them reproduces that run's values exactly. Same errors as run(), and ParameterOutOfDomain
    /// (field "run") for a run outside [0, runs).
    static Result<ParameterValues> drawn(const ModelParameters &parameters, const MonteCarloOptions &options, int run);
};

} // namespace capex

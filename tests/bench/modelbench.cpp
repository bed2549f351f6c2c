// The model's in-process figures: one deterministic projection and the Monte Carlo.
#include "capexmodel.h"
#include "datasetreader.h"
#include "modelinputs.h"
#include "montecarlo.h"
#include "parameters.h"

#include <benchmark/benchmark.h>
#include <cstdlib>
#include <iostream>

namespace {

using namespace capex;

/// The shipped data with every default: what the dashboard starts with.
const ModelParameters &bundledParameters()
{
    static const ModelParameters parameters = [] {
        auto dataset = DatasetReader::read(bundledDatasetFiles());
        if (!dataset.ok()) {
            std::cerr << "bundled dataset: " << describe(dataset.error()) << '\n';
            std::exit(1);
        }
        return ModelParameters(ModelInputs::fromDataset(dataset.value()));
    }();
    return parameters;
}

/// One projection 2024–2035 into a result whose storage is reused, as a slider step does.
void BM_DeterministicRun(benchmark::State &state)
{
    const ParameterValues values = bundledParameters().values();
    ModelResult result;
    for (auto _ : state) {
        CapexModel::run(values, result);
        benchmark::DoNotOptimize(result.years.data());
        benchmark::ClobberMemory();
    }
    state.counters["years"] = static_cast<double>(result.years.size());
}
BENCHMARK(BM_DeterministicRun)->Unit(benchmark::kMicrosecond);

/// Runs × 12 years of the default uncertain parameters, seed 1; 1,000,000 runs is the same
/// work as tests/bench/peers/montecarlo_numpy.py 1000000 1 2024 2035, 10,000 what the
/// Uncertainty page reruns at each slider step. Arguments: runs, threads.
void BM_MonteCarlo(benchmark::State &state)
{
    const ModelParameters &parameters = bundledParameters();
    MonteCarloOptions options;
    options.runs = static_cast<int>(state.range(0));
    options.seed = 1;
    options.threads = static_cast<int>(state.range(1));
    for (auto _ : state) {
        auto result = MonteCarlo::run(parameters, options);
        if (!result.ok()) {
            state.SkipWithError(describe(result.error()).c_str());
            return;
        }
        benchmark::DoNotOptimize(result->years.back().requiredAiCapexUsd.p50);
    }
    state.counters["runs"] = options.runs;
    state.counters["years"] = static_cast<double>(parameters.values().yearCount());
}
BENCHMARK(BM_MonteCarlo)
    ->Args({MonteCarlo::maxRuns, 1})
    ->Args({MonteCarlo::maxRuns, 2})
    ->Args({10000, 1})
    ->Args({10000, 2})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->MinTime(2.0);

} // namespace

#include "montecarlo.h"

#include "capexmodel.h"
#include "costcurvepresets.h"
#include "exactpercentiles.h"
#include "projectionkernel.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <thread>

namespace capex {
namespace {

// Runs are simulated eight at a time (see projectionkernel.h) in blocks of 1,024: a block is the
// unit of work handed to a thread and the interval at which cancellation is checked.
constexpr int lanes = 8;
constexpr int blockRuns = 1024;
// From this many blocks on, the first pilotBlocks are a pilot that lets one pass find the exact
// percentiles (see exactpercentiles.h): 3% more work instead of a second pass.
constexpr int pilotBlocks = 32;
constexpr int singlePassMinBlocks = 128;
// Capex growths of at most this many selected companies can be drawn.
constexpr int maxDrawnCompanies = 8;

// The four outputs; array o·years + n holds output o in year n.
constexpr int outputCount = 4;
enum Output
{
    Spend,
    Required,
    Capex,
    Ratio
};

constexpr double infinity = std::numeric_limits<double>::infinity();

// splitmix64 (Steele, Lea and Flood 2014): its i-th output is mix(state + i·golden), so any draw
// is computed directly from its index.
constexpr std::uint64_t golden = 0x9e3779b97f4a7c15ULL;

constexpr std::uint64_t mix(std::uint64_t z)
{
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

/// Uniform on [0, 1) with 53 random bits: draw `index` of the stream `key`.
inline double uniform(std::uint64_t key, std::uint64_t index)
{
    // Through int64 (the value has 53 bits) for a single signed conversion instruction.
    return static_cast<double>(static_cast<std::int64_t>(mix(key + (index + 1) * golden) >> 11)) * 0x1.0p-53;
}

/// One uncertain parameter: triangular(low, mode, high) by inverse transform sampling.
struct Draw
{
    int slot = 0; ///< where the value goes: a Parameter, or scalarParameterCount + selected company
    double low = 0, mode = 0, high = 0;
    double split = 0, lowScale = 0, highScale = 0;
    bool integer = false;

    Draw(int target, double lo, double current, double hi, bool whole)
        : slot(target)
        , low(std::min(lo, current))
        , mode(current)
        , high(std::max(hi, current))
        , integer(whole)
    {
        if (high > low) {
            split = (mode - low) / (high - low);
            lowScale = (high - low) * (mode - low);
            highScale = (high - low) * (high - mode);
        }
    }

    /// Fills out[l] with the draw for uniforms u[l]. A loop of selects rather than branches
    /// (the side is a coin toss, so a branch would be mispredicted half the time), which the
    /// compiler turns into packed compares, blends and square roots.
    template <std::size_t L> void at(const std::array<double, L> &u, std::array<double, L> &out) const
    {
        if (!(high > low)) {
            out.fill(mode);
            return;
        }
        for (std::size_t l = 0; l < L; ++l) {
            const bool below = u[l] < split;
            const double r = std::sqrt((below ? u[l] : 1.0 - u[l]) * (below ? lowScale : highScale));
            out[l] = below ? low + r : high - r;
        }
        if (integer)
            for (double &x : out)
                x = std::round(x);
    }
};

constexpr int slotCount = scalarParameterCount + maxDrawnCompanies;

using Lanes = std::array<double, lanes>;
using Slots = std::array<Lanes, slotCount>; ///< every parameter, per lane
using Outputs = std::array<Lanes, outputCount>; ///< one year's outputs, per lane
using Years = std::array<double, detail::maxProjectionYears>;

/// Every run's description, shared read-only by the threads.
class Simulation
{
public:
    Simulation(
        const ParameterValues &values, std::vector<Draw> draws, bool derivedDecline, std::uint64_t seed, int runs)
        : m_values(values)
        , m_draws(std::move(draws))
        , m_derived(derivedDecline)
        , m_key(mix(seed ^ golden))
        , m_runs(runs)
        , m_years(std::clamp(values.yearCount(), 1, detail::maxProjectionYears))
    {
        m_gdpPow[0] = 1.0;
        for (int n = 1; n < m_years; ++n)
            m_gdpPow[n] = m_gdpPow[n - 1] * values.gdpGrowth;
        const ParameterValues &v = values;
        const std::array<double, scalarParameterCount> base = {double(v.t0), double(v.horizon), v.costDecline, v.hwGain,
            v.algoGain, v.elasticity, v.demandGrowth, v.shockFactor, double(v.shockYear), v.baseFleet, v.h100ePrice,
            double(v.usefulLife), v.accelShare, v.capexCapShare, v.worldGdpUsd, v.gdpGrowth, v.aiShare};
        for (int s = 0; s < slotCount; ++s) {
            const std::size_t c = s - scalarParameterCount;
            const double value = s < scalarParameterCount ? base[s]
                : c < v.companies.size()                  ? v.companies[c].capexGrowth
                                                          : 0.0;
            m_template[s].fill(value);
        }
        for (const Draw &draw : m_draws)
            m_planVaries = m_planVaries || draw.slot >= scalarParameterCount
                || draw.slot == static_cast<int>(Parameter::AiShare);
        plan(m_template, 0, m_plan);
    }

    int years() const { return m_years; }
    bool planVaries() const { return m_planVaries; }
    int blocks() const { return (m_runs + blockRuns - 1) / blockRuns; }

    /// Simulates block `b`, handing each year of each group of runs to
    /// `consume(step, const Outputs &, validLanes, offset)`, offset = the group's first run − the block's.
    template <typename Consumer> void block(int b, Consumer &consume) const
    {
        const int first = b * blockRuns;
        const int last = std::min(m_runs, first + blockRuns);
        Slots slots;
        std::array<Lanes, detail::maxProjectionYears> plans;
        Outputs values;
        detail::LaneParameters<lanes> p;
        for (int group = first; group < last; group += lanes) {
            const int valid = std::min(lanes, last - group);
            drawLanes(group, valid, slots, p);
            if (m_planVaries)
                for (int l = 0; l < lanes; ++l) {
                    Years plan;
                    this->plan(slots, l, plan);
                    for (int n = 0; n < m_years; ++n)
                        plans[n][l] = plan[n];
                }
            detail::projectLanes<false>(p, m_years, m_gdpPow, [&](const detail::LaneYear<lanes> &y) {
                const int n = y.step;
                for (int l = 0; l < lanes; ++l) {
                    const double plan = m_planVaries ? plans[n][l] : m_plan[n];
                    values[Spend][l] = y.spend[l];
                    values[Required][l] = y.required[l];
                    values[Capex][l] = y.capex[l];
                    values[Ratio][l] = m_planVaries ? (y.capex[l] > 0.0 ? plan / y.capex[l] : infinity) : 0.0;
                }
                consume(n, values, valid, group - first);
            });
        }
    }

    /// The resolved parameters of one run.
    ParameterValues values(int run) const
    {
        Slots slots;
        detail::LaneParameters<lanes> p;
        drawLanes(run, 1, slots, p);
        ParameterValues v = m_values;
        v.costDecline = p.costDecline[0];
        v.hwGain = p.hwGain[0];
        v.algoGain = slots[static_cast<int>(Parameter::AlgoGain)][0];
        v.elasticity = p.elasticity[0];
        v.demandGrowth = p.demandGrowth[0];
        v.shockFactor = p.shockFactor[0];
        v.shockYear = p.shockStep[0] + v.t0;
        v.baseFleet = p.baseFleet[0];
        v.h100ePrice = p.h100ePrice[0];
        v.usefulLife = p.usefulLife[0];
        v.accelShare = p.accelShare[0];
        v.capexCapShare = slots[static_cast<int>(Parameter::CapexCapShare)][0];
        v.aiShare = slots[static_cast<int>(Parameter::AiShare)][0];
        for (std::size_t c = 0; c < v.companies.size() && c < maxDrawnCompanies; ++c)
            v.companies[c].capexGrowth = slots[scalarParameterCount + c][0];
        return v;
    }

private:
    /// The parameters of runs group … group + valid − 1 (spare lanes repeat the last run).
    void drawLanes(int group, int valid, Slots &slots, detail::LaneParameters<lanes> &p) const
    {
        slots = m_template;
        const std::uint64_t count = m_draws.size();
        std::array<std::uint64_t, lanes> index {};
        for (int l = 0; l < lanes; ++l)
            index[l] = static_cast<std::uint64_t>(group + std::min(l, valid - 1)) * count;
        Lanes u;
        for (std::size_t j = 0; j < m_draws.size(); ++j) {
            for (int l = 0; l < lanes; ++l)
                u[l] = uniform(m_key, index[l] + j);
            m_draws[j].at(u, slots[m_draws[j].slot]);
        }
        const int t0 = m_values.t0;
        const double worldGdp = m_values.worldGdpUsd;
        for (int l = 0; l < lanes; ++l) {
            p.hwGain[l] = slots[static_cast<int>(Parameter::HwGain)][l];
            p.costDecline[l] = m_derived
                ? CostCurvePresets::derivedDecline(p.hwGain[l], slots[static_cast<int>(Parameter::AlgoGain)][l])
                : slots[static_cast<int>(Parameter::CostDecline)][l];
            p.elasticity[l] = slots[static_cast<int>(Parameter::Elasticity)][l];
            p.demandGrowth[l] = slots[static_cast<int>(Parameter::DemandGrowth)][l];
            p.shockFactor[l] = slots[static_cast<int>(Parameter::ShockFactor)][l];
            p.shockStep[l] = static_cast<int>(slots[static_cast<int>(Parameter::ShockYear)][l]) - t0;
            p.baseFleet[l] = slots[static_cast<int>(Parameter::BaseFleet)][l];
            p.h100ePrice[l] = slots[static_cast<int>(Parameter::H100ePrice)][l];
            p.usefulLife[l] = static_cast<int>(slots[static_cast<int>(Parameter::UsefulLife)][l]);
            p.accelShare[l] = slots[static_cast<int>(Parameter::AccelShare)][l];
            const double capShare = slots[static_cast<int>(Parameter::CapexCapShare)][l];
            p.capexCap0[l] = capShare == 0.0 ? infinity : capShare * worldGdp;
        }
    }

    /// Equation 9 summed over the selected companies, with lane l's ai_share and growths.
    void plan(const Slots &slots, int l, Years &out) const
    {
        out.fill(0.0);
        const double aiShare = slots[static_cast<int>(Parameter::AiShare)][l];
        for (std::size_t c = 0; c < m_values.companies.size(); ++c) {
            CompanyPlan company = m_values.companies[c];
            if (c < maxDrawnCompanies)
                company.capexGrowth = slots[scalarParameterCount + c][l];
            double planned = CapexModel::plannedAiCapex(company, aiShare, m_values.t0);
            for (int n = 0; n < m_years; ++n) {
                out[n] += planned;
                planned *= 1.0 + company.capexGrowth;
            }
        }
    }

    const ParameterValues &m_values;
    std::vector<Draw> m_draws;
    bool m_derived;
    std::uint64_t m_key;
    int m_runs;
    int m_years;
    bool m_planVaries = false;
    Slots m_template {};
    Years m_gdpPow {};
    Years m_plan {};
};

template <typename Work> void onThreads(int threads, const Work &work)
{
    std::vector<std::thread> helpers;
    helpers.reserve(threads - 1);
    for (int t = 1; t < threads; ++t)
        helpers.emplace_back([&work, t] { work(t); });
    work(0);
    for (std::thread &helper : helpers)
        helper.join();
}

/// The draws for `names`, in registry order (the order fixes which random number feeds which
/// parameter, so it must not depend on the order the user ticked them in).
Result<std::vector<Draw>> drawsFor(const ModelParameters &parameters, const ParameterValues &values,
    const std::vector<std::string> &names, std::vector<std::string> &ordered)
{
    for (const std::string &name : names) {
        auto spec = parameters.spec(name);
        if (!spec)
            return Error {ErrorCode::UnknownParameter, {}, 0, 0, name, {}};
        if (!spec->sensitivity)
            return Error {ErrorCode::InvalidValue, {}, 0, 0, "uncertain", name};
    }
    std::vector<Draw> draws;
    const std::vector<ParameterSpec> specs = parameters.specs();
    for (std::size_t index = 0; index < specs.size(); ++index) {
        const ParameterSpec &spec = specs[index];
        if (std::find(names.begin(), names.end(), spec.name) == names.end())
            continue;
        // A ceiling switched off (0) stays off: drawing it would invent one.
        if (spec.zeroAllowed && spec.value == 0)
            continue;
        int slot = static_cast<int>(index);
        if (index >= static_cast<std::size_t>(scalarParameterCount)) {
            const std::string id = spec.name.substr(spec.name.find('.') + 1);
            auto selected = std::find_if(values.companies.begin(), values.companies.end(),
                [&id](const CompanyPlan &c) { return c.company == id; });
            const auto position = selected - values.companies.begin();
            if (selected == values.companies.end() || position >= maxDrawnCompanies)
                continue; // not selected: it plays no part in the projection
            slot = scalarParameterCount + static_cast<int>(position);
        }
        ordered.push_back(spec.name);
        draws.emplace_back(slot, spec.low, spec.value, spec.high, spec.integer);
    }
    return draws;
}

} // namespace

MonteCarloOptions::MonteCarloOptions()
    : uncertain(MonteCarlo::defaultUncertain())
{ }

const std::vector<std::string> &MonteCarlo::defaultUncertain()
{
    static const std::vector<std::string> names
        = {"cost_decline", "hw_gain", "elasticity", "demand_growth", "base_fleet", "h100e_price", "accel_share"};
    return names;
}

namespace {

Result<Simulation> simulationFor(const ModelParameters &parameters, const ParameterValues &values,
    const MonteCarloOptions &options, std::vector<std::string> &uncertain)
{
    if (options.runs < MonteCarlo::minRuns || options.runs > MonteCarlo::maxRuns)
        return Error {ErrorCode::ParameterOutOfDomain, {}, 0, 0, "runs", "[1000, 1000000]"};
    auto draws = drawsFor(parameters, values, options.uncertain, uncertain);
    if (!draws)
        return draws.error();
    // cost_decline follows hw_gain and algo_gain in every run, unless it is drawn or set itself.
    const bool derived = parameters.costCurve() == CostCurvePresets::derivedId && !parameters.isExplicit("cost_decline")
        && std::find(uncertain.begin(), uncertain.end(), "cost_decline") == uncertain.end();
    return Simulation(values, std::move(draws).value(), derived, options.seed, options.runs);
}

} // namespace

Result<ParameterValues> MonteCarlo::drawn(const ModelParameters &parameters, const MonteCarloOptions &options, int run)
{
    const ParameterValues values = parameters.values();
    std::vector<std::string> uncertain;
    auto simulation = simulationFor(parameters, values, options, uncertain);
    if (!simulation)
        return simulation.error();
    if (run < 0 || run >= options.runs)
        return Error {ErrorCode::ParameterOutOfDomain, {}, 0, 0, "run", "[0, " + std::to_string(options.runs) + ")"};
    return simulation->values(run);
}

Result<MonteCarloResult> MonteCarlo::run(const ModelParameters &parameters, const MonteCarloOptions &options)
{
    MonteCarloResult result;
    result.runs = options.runs;
    result.seed = options.seed;
    const ParameterValues values = parameters.values();
    auto prepared = simulationFor(parameters, values, options, result.uncertain);
    if (!prepared)
        return prepared.error();
    const Simulation &simulation = prepared.value();

    const int years = simulation.years();
    const int blocks = simulation.blocks();
    int threads = options.threads > 0 ? options.threads : static_cast<int>(std::thread::hardware_concurrency());
    threads = std::clamp(threads, 1, blocks);

    // When every run has the same plan, K_plan/K_req is a decreasing function of K_req and its
    // percentiles follow from K_req's order statistics: the ratio's values are not tallied.
    const int tallied = simulation.planVaries() ? outputCount : Ratio;

    // Buckets centred on the deterministic projection.
    const ModelResult reference = CapexModel::run(values);
    std::vector<double> references(static_cast<std::size_t>(tallied) * years);
    for (int n = 0; n < years; ++n) {
        const YearRow &row = reference.years[n];
        const double capexScale = row.requiredH100e * row.h100ePriceUsd / values.accelShare;
        references[Spend * years + n] = row.spendIndex;
        references[Required * years + n] = row.requiredH100e;
        references[Capex * years + n] = capexScale;
        if (tallied > Ratio)
            references[Ratio * years + n] = row.plannedAiCapexUsd / capexScale;
    }
    const std::vector<double> levels = {0.05, 0.25, 0.50, 0.75, 0.95};
    detail::ExactPercentiles percentiles(references, options.runs, levels);

    // With enough runs, a pilot of the first blocks predicts where the percentiles lie and one
    // pass suffices (see exactpercentiles.h); fewer runs take two passes.
    const bool singlePass = blocks >= singlePassMinBlocks;
    const int passes = singlePass ? 1 : 2;

    // Thread t simulates blocks t, t + threads, … below `limit`. Progress reports pass `pass` of
    // `passes` (a negative pass reports nothing: the pilot, and a pass the prediction missed).
    std::atomic<int> blocksDone {0};
    std::atomic<bool> stopped {false};
    // A block's values are gathered per output and year, then handed to the sink array by array:
    // one array's counts stay in the cache while its 1,024 values go in.
    const int arrays = tallied * years;
    auto forEachBlock = [&](int t, int limit, int pass, auto &sink) {
        std::vector<double> gathered(static_cast<std::size_t>(arrays) * blockRuns);
        auto consume = [&gathered, years, tallied](int n, const Outputs &v, int valid, int offset) {
            for (int o = 0; o < tallied; ++o)
                std::copy_n(v[o].begin(), valid, gathered.begin() + (o * years + n) * blockRuns + offset);
        };
        for (int b = t; b < limit; b += threads) {
            if (stopped.load(std::memory_order_relaxed)
                || (options.cancel && options.cancel->load(std::memory_order_relaxed))) {
                stopped = true;
                return;
            }
            simulation.block(b, consume);
            const int count = std::min(blockRuns, options.runs - b * blockRuns);
            for (int a = 0; a < arrays; ++a)
                sink.add(a, gathered.data() + static_cast<std::size_t>(a) * blockRuns, count);
            const int done = ++blocksDone;
            if (t == 0 && pass >= 0 && options.progress)
                options.progress((pass * blocks + done) / (static_cast<double>(passes) * blocks));
        }
    };
    auto newTallies = [&] {
        std::vector<detail::ExactPercentiles::Tally> list;
        list.reserve(threads);
        for (int t = 0; t < threads; ++t)
            list.emplace_back(percentiles);
        return list;
    };
    auto cancelled = [&result] {
        result.cancelled = true;
        return result;
    };

    std::vector<detail::ExactPercentiles::Tally> tallies;
    bool resolved = false;
    if (singlePass) {
        std::vector<detail::ExactPercentiles::Tally> pilot = newTallies();
        onThreads(threads, [&](int t) { forEachBlock(t, pilotBlocks, -1, pilot[t]); });
        if (stopped)
            return cancelled();
        percentiles.predict(pilot, std::int64_t {pilotBlocks} * blockRuns);
        pilot.clear();
        blocksDone = 0;
        tallies = newTallies();
        for (detail::ExactPercentiles::Tally &tally : tallies)
            tally.reserveKept(options.runs / threads + blockRuns);
        onThreads(threads, [&](int t) { forEachBlock(t, blocks, 0, tallies[t]); });
        if (stopped)
            return cancelled();
        resolved = percentiles.resolve(tallies);
    } else {
        tallies = newTallies();
        onThreads(threads, [&](int t) { forEachBlock(t, blocks, 0, tallies[t]); });
        if (stopped)
            return cancelled();
    }
    if (!resolved) {
        percentiles.plan(tallies);
        std::vector<detail::ExactPercentiles::Collector> collectors = percentiles.collectors(tallies);
        blocksDone = 0;
        onThreads(threads, [&](int t) { forEachBlock(t, blocks, singlePass ? -1 : 1, collectors[t]); });
        if (stopped)
            return cancelled();
    }
    onThreads(threads, [&](int t) { percentiles.select(t, threads); });

    result.years.resize(years);
    for (int n = 0; n < years; ++n) {
        MonteCarloYear &year = result.years[n];
        year.year = values.t0 + n;
        const std::array<Percentiles *, outputCount> targets
            = {&year.spendIndex, &year.requiredH100e, &year.requiredAiCapexUsd, &year.planToRequiredRatio};
        for (int o = 0; o < outputCount; ++o) {
            std::array<double, 5> p {};
            for (int level = 0; level < 5; ++level)
                p[level] = o < tallied
                    ? percentiles.percentile(o * years + n, level)
                    : percentiles.mirroredPercentile(Capex * years + n, level, reference.years[n].plannedAiCapexUsd);
            *targets[o] = {p[0], p[1], p[2], p[3], p[4]};
        }
    }
    if (options.progress)
        options.progress(1.0);
    return result;
}

} // namespace capex

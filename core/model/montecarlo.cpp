#include "montecarlo.h"

#include "capexmodel.h"
#include "costcurvepresets.h"
#include "exactpercentiles.h"
#include "projectionkernel.h"
#include "simd.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <memory>
#include <thread>

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#endif

namespace capex {
namespace {

// Runs are simulated 256 at a time, year by year across them (see projectionkernel.h), in
// blocks of 1,024: a block is the unit of work handed to a thread and the interval at which
// cancellation is checked. 256 runs keep a year's working set in the L1 cache.
constexpr int lanes = 256;
constexpr int blockRuns = 1024;
// From this many blocks on, the first pilotBlocks are a pilot that lets one pass find the exact
// percentiles (see exactpercentiles.h): 6% more work at 1,000,000 runs instead of a second pass
// (a larger pilot narrows the windows of values kept: 64 blocks measured faster than 32).
constexpr int pilotBlocks = 64;
constexpr int singlePassMinBlocks = 128;
// Capex growths of at most this many selected companies can be drawn.
constexpr int maxDrawnCompanies = 8;

// The five outputs; array o·years + n holds output o in year n. The ratio comes last: it is
// tallied only when the plan varies.
constexpr int outputCount = 5;
enum Output
{
    Spend,
    Required,
    Capex,
    Power, ///< required power, kW
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

#if defined(__x86_64__) || defined(__i386__)
/// a · b mod 2^64 per lane, b a constant (AVX2 has no 64-bit multiply): the three 32-bit
/// products that reach the low 64 bits.
__attribute__((target("avx2"))) inline __m256i multiply(__m256i a, std::uint64_t b)
{
    const __m256i low = _mm256_set1_epi64x(static_cast<std::int64_t>(b & 0xffffffffU));
    const __m256i high = _mm256_set1_epi64x(static_cast<std::int64_t>(b >> 32));
    const __m256i cross = _mm256_add_epi64(_mm256_mul_epu32(_mm256_srli_epi64(a, 32), low), _mm256_mul_epu32(a, high));
    return _mm256_add_epi64(_mm256_mul_epu32(a, low), _mm256_slli_epi64(cross, 32));
}

/// out[l] = uniform(key, first + l · stride) for l < L, 4 lanes at a time: the same integer
/// operations (modulo 2^64) as uniform(), and the 53-bit integer converted exactly in two
/// halves (each exact, and so is their sum below 2^53), so the doubles are bit-identical.
template <std::size_t L>
__attribute__((target("avx2"))) void uniformsAvx2(
    std::uint64_t key, std::uint64_t first, std::uint64_t stride, std::array<double, L> &out)
{
    static_assert(L % 4 == 0);
    // The argument of mix() for lane l, key + (first + l·stride + 1)·golden, grows by stride·golden.
    const std::uint64_t start = key + (first + 1) * golden, step = stride * golden;
    __m256i z = _mm256_set_epi64x(static_cast<std::int64_t>(start + 3 * step),
        static_cast<std::int64_t>(start + 2 * step), static_cast<std::int64_t>(start + step),
        static_cast<std::int64_t>(start));
    const __m256i advance = _mm256_set1_epi64x(static_cast<std::int64_t>(4 * step));
    const __m256i exponent = _mm256_set1_epi64x(0x4330000000000000LL); // 2^52: its mantissa holds an integer
    const __m256d two52 = _mm256_set1_pd(0x1.0p52), two32 = _mm256_set1_pd(0x1.0p32), scale = _mm256_set1_pd(0x1.0p-53);
    const __m256i low32 = _mm256_set1_epi64x(0xffffffffLL);
    for (std::size_t l = 0; l < L; l += 4) {
        __m256i x = z;
        x = multiply(_mm256_xor_si256(x, _mm256_srli_epi64(x, 30)), 0xbf58476d1ce4e5b9ULL);
        x = multiply(_mm256_xor_si256(x, _mm256_srli_epi64(x, 27)), 0x94d049bb133111ebULL);
        x = _mm256_srli_epi64(_mm256_xor_si256(x, _mm256_srli_epi64(x, 31)), 11);
        const __m256d high = _mm256_sub_pd(_mm256_castsi256_pd(_mm256_or_si256(_mm256_srli_epi64(x, 32), exponent)), two52);
        const __m256d low = _mm256_sub_pd(_mm256_castsi256_pd(_mm256_or_si256(_mm256_and_si256(x, low32), exponent)), two52);
        _mm256_storeu_pd(out.data() + l, _mm256_mul_pd(_mm256_add_pd(_mm256_mul_pd(high, two32), low), scale));
        z = _mm256_add_epi64(z, advance);
    }
}
#endif

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
    template <std::size_t L>
    [[gnu::always_inline]] void at(const std::array<double, L> &u, std::array<double, L> &out) const
    {
        if (!(high > low)) {
            out.fill(mode);
            return;
        }
        for (std::size_t l = 0; l < L; ++l) {
            const bool below = u[l] < split;
            const double side = below ? u[l] : 1.0 - u[l];
            const double r = std::sqrt(side * (below ? lowScale : highScale));
            const double up = low + r, down = high - r; // both, for a loop without branches
            out[l] = below ? up : down;
        }
        if (integer)
            for (double &x : out)
                x = std::round(x);
    }
};

constexpr int slotCount = scalarParameterCount + maxDrawnCompanies;

using Lanes = std::array<double, lanes>;
using Slots = std::array<Lanes, slotCount>; ///< every parameter, per lane
using Years = std::array<double, detail::maxProjectionYears>;

/// One thread's scratch, reused from block to block (too large for a stack).
struct Workspace
{
    Slots slots; ///< the drawn parameters; the others hold their value throughout
    detail::LaneParameters<lanes> p; ///< what the projection reads; the undrawn ones fixed
    Lanes u; ///< one parameter's uniforms
    std::array<Lanes, detail::maxProjectionYears> plans; ///< K_plan per year and lane, when it varies
    std::vector<double> gathered; ///< per output array, a block's values (unless they are kept)
};

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
            double(v.usefulLife), v.accelShare, v.capexCapShare, v.worldGdpUsd, v.gdpGrowth, v.aiShare,
            v.planLongRunGrowth, double(v.planFadeYears), v.kwPerH100e, v.ppwGain, v.powerCapGw, v.powerCapGrowth};
        for (int s = 0; s < slotCount; ++s) {
            const std::size_t c = s - scalarParameterCount;
            m_template[s] = s < scalarParameterCount ? base[s]
                : c < v.companies.size()             ? v.companies[c].capexGrowth
                                                     : 0.0;
        }
        for (const Draw &draw : m_draws) {
            m_planVaries = m_planVaries || draw.slot >= scalarParameterCount
                || draw.slot == static_cast<int>(Parameter::AiShare)
                || draw.slot == static_cast<int>(Parameter::PlanLongRunGrowth)
                || draw.slot == static_cast<int>(Parameter::PlanFadeYears);
            m_drawn[draw.slot] = true;
        }
    }

    int years() const { return m_years; }
    bool planVaries() const { return m_planVaries; }
    int blocks() const { return (m_runs + blockRuns - 1) / blockRuns; }
    /// Output arrays per block: outputs (K_plan/K_req only when the plan varies) × years.
    int arrays() const { return (m_planVaries ? outputCount : Ratio) * m_years; }

    /// A workspace whose undrawn parameters hold their values; `gathers`: with room for a block's
    /// values.
    std::unique_ptr<Workspace> workspace(bool gathers) const
    {
        auto w = std::make_unique<Workspace>();
        for (int s = 0; s < slotCount; ++s)
            w->slots[s].fill(m_template[s]);
        for (int l = 0; l < lanes; ++l)
            resolveLane(*w, l);
        if (gathers)
            w->gathered.resize(static_cast<std::size_t>(arrays()) * blockRuns);
        return w;
    }

    /// Runs in block b (the last one may be partial).
    int runsIn(int b) const { return std::min(m_runs, (b + 1) * blockRuns) - b * blockRuns; }

    /// Simulates block `b` into `gathered`, room for arrays() × blockRuns values (array a =
    /// output · years + year holds run i of the block at a · blockRuns + i), then hands each array
    /// to `sink.add(a, values, count)`. Inlined into its caller, which is compiled for one
    /// instruction set (see simd.h). `Avx2`: the caller runs AVX2, so the sink may too.
    template <bool Avx2, typename Sink>
    [[gnu::always_inline]] void block(int b, Workspace &w, double *gathered, Sink &sink) const
    {
        const int first = b * blockRuns;
        const int last = std::min(m_runs, first + blockRuns);
        for (int group = first; group < last; group += lanes) {
            const int valid = std::min(lanes, last - group);
            drawLanes<Avx2>(group, valid, w);
            if (m_planVaries)
                for (int l = 0; l < lanes; ++l) {
                    Years plan {};
                    planOfLane(w.slots, l, plan);
                    for (int n = 0; n < m_years; ++n)
                        w.plans[n][l] = plan[n];
                }
            double *out = gathered + (group - first);
            detail::projectLanes<false>(w.p, m_years, m_gdpPow, [this, out, valid, &w](const detail::LaneYear<lanes> &y) {
                const int n = y.step;
                std::copy_n(y.spend.begin(), valid, out + static_cast<std::size_t>(Spend * m_years + n) * blockRuns);
                std::copy_n(y.required.begin(), valid, out + static_cast<std::size_t>(Required * m_years + n) * blockRuns);
                std::copy_n(y.capex.begin(), valid, out + static_cast<std::size_t>(Capex * m_years + n) * blockRuns);
                std::copy_n(y.requiredPower.begin(), valid, out + static_cast<std::size_t>(Power * m_years + n) * blockRuns);
                if (m_planVaries) {
                    double *ratio = out + static_cast<std::size_t>(Ratio * m_years + n) * blockRuns;
                    for (int l = 0; l < valid; ++l) {
                        const double quotient = w.plans[n][l] / y.capex[l]; // unused where capex is 0
                        ratio[l] = y.capex[l] > 0.0 ? quotient : infinity;
                    }
                }
            });
        }
        const int count = last - first;
        for (int a = 0; a < arrays(); ++a)
            sink.template add<Avx2>(a, gathered + static_cast<std::size_t>(a) * blockRuns, count);
    }

    /// The resolved parameters of one run.
    ParameterValues values(int run) const
    {
        const std::unique_ptr<Workspace> w = workspace(false);
        drawLanes<false>(run, 1, *w);
        const Slots &slots = w->slots;
        const detail::LaneParameters<lanes> &p = w->p;
        ParameterValues v = m_values;
        v.costDecline = p.costDecline[0];
        v.hwGain = p.hwGain[0];
        v.algoGain = slots[static_cast<int>(Parameter::AlgoGain)][0];
        v.elasticity = p.elasticity[0];
        v.demandGrowth = p.demandGrowth[0];
        v.shockFactor = p.shockFactor[0];
        v.shockYear = static_cast<int>(p.shockStep[0]) + v.t0;
        v.baseFleet = p.baseFleet[0];
        v.h100ePrice = p.h100ePrice[0];
        v.usefulLife = static_cast<int>(p.usefulLife[0]);
        v.accelShare = p.accelShare[0];
        v.capexCapShare = slots[static_cast<int>(Parameter::CapexCapShare)][0];
        v.aiShare = slots[static_cast<int>(Parameter::AiShare)][0];
        v.planLongRunGrowth = slots[static_cast<int>(Parameter::PlanLongRunGrowth)][0];
        v.planFadeYears = static_cast<int>(slots[static_cast<int>(Parameter::PlanFadeYears)][0]);
        v.kwPerH100e = p.kwPerH100e[0];
        v.ppwGain = p.ppwGain[0];
        v.powerCapGw = slots[static_cast<int>(Parameter::PowerCapGw)][0];
        v.powerCapGrowth = p.powerCapGrowth[0];
        for (std::size_t c = 0; c < v.companies.size() && c < maxDrawnCompanies; ++c)
            v.companies[c].capexGrowth = slots[scalarParameterCount + c][0];
        return v;
    }

private:
    /// Draws the parameters of runs group … group + valid − 1 (spare lanes repeat the last run)
    /// into w.slots and resolves them into w.p.
    template <bool Avx2> [[gnu::always_inline]] void drawLanes(int group, int valid, Workspace &w) const
    {
        const std::uint64_t count = m_draws.size();
        for (std::size_t j = 0; j < m_draws.size(); ++j) {
#if defined(__x86_64__) || defined(__i386__)
            if (Avx2 && valid == lanes)
                uniformsAvx2(m_key, static_cast<std::uint64_t>(group) * count + j, count, w.u);
            else
#endif
                for (int l = 0; l < lanes; ++l)
                    w.u[l] = uniform(m_key, static_cast<std::uint64_t>(group + std::min(l, valid - 1)) * count + j);
            m_draws[j].at(w.u, w.slots[m_draws[j].slot]);
        }
        auto drawn = [this](Parameter parameter) { return m_drawn[static_cast<int>(parameter)]; };
        const Slots &slots = w.slots;
        detail::LaneParameters<lanes> &p = w.p;
        auto copy = [&slots](Parameter parameter, Lanes &to) { to = slots[static_cast<int>(parameter)]; };
        if (drawn(Parameter::HwGain))
            copy(Parameter::HwGain, p.hwGain);
        if (drawn(Parameter::Elasticity))
            copy(Parameter::Elasticity, p.elasticity);
        if (drawn(Parameter::DemandGrowth))
            copy(Parameter::DemandGrowth, p.demandGrowth);
        if (drawn(Parameter::ShockFactor))
            copy(Parameter::ShockFactor, p.shockFactor);
        if (drawn(Parameter::BaseFleet))
            copy(Parameter::BaseFleet, p.baseFleet);
        if (drawn(Parameter::H100ePrice))
            copy(Parameter::H100ePrice, p.h100ePrice);
        if (drawn(Parameter::AccelShare))
            copy(Parameter::AccelShare, p.accelShare);
        if (drawn(Parameter::UsefulLife))
            copy(Parameter::UsefulLife, p.usefulLife);
        if (m_derived ? drawn(Parameter::HwGain) || drawn(Parameter::AlgoGain) : drawn(Parameter::CostDecline))
            for (int l = 0; l < lanes; ++l)
                p.costDecline[l] = costDeclineOfLane(slots, l);
        if (drawn(Parameter::ShockYear))
            for (int l = 0; l < lanes; ++l)
                p.shockStep[l] = slots[static_cast<int>(Parameter::ShockYear)][l] - m_values.t0;
        if (drawn(Parameter::CapexCapShare))
            for (int l = 0; l < lanes; ++l)
                p.capexCap0[l] = capexCap0(slots[static_cast<int>(Parameter::CapexCapShare)][l]);
        if (drawn(Parameter::KwPerH100e))
            copy(Parameter::KwPerH100e, p.kwPerH100e);
        if (drawn(Parameter::PpwGain))
            copy(Parameter::PpwGain, p.ppwGain);
        if (drawn(Parameter::PowerCapGrowth))
            copy(Parameter::PowerCapGrowth, p.powerCapGrowth);
        if (drawn(Parameter::PowerCapGw))
            for (int l = 0; l < lanes; ++l)
                p.powerCap0[l] = powerCap0(slots[static_cast<int>(Parameter::PowerCapGw)][l]);
    }

    double costDeclineOfLane(const Slots &slots, int l) const
    {
        return m_derived ? CostCurvePresets::derivedDecline(
                               slots[static_cast<int>(Parameter::HwGain)][l], slots[static_cast<int>(Parameter::AlgoGain)][l])
                         : slots[static_cast<int>(Parameter::CostDecline)][l];
    }

    double capexCap0(double capShare) const { return capShare == 0.0 ? infinity : capShare * m_values.worldGdpUsd; }
    static double powerCap0(double gw) { return gw == 0.0 ? infinity : gw * 1e6; }

    /// Every projection parameter of lane l from the slots.
    void resolveLane(Workspace &w, int l) const
    {
        const Slots &slots = w.slots;
        detail::LaneParameters<lanes> &p = w.p;
        auto at = [&slots, l](Parameter parameter) { return slots[static_cast<int>(parameter)][l]; };
        p.hwGain[l] = at(Parameter::HwGain);
        p.costDecline[l] = costDeclineOfLane(slots, l);
        p.elasticity[l] = at(Parameter::Elasticity);
        p.demandGrowth[l] = at(Parameter::DemandGrowth);
        p.shockFactor[l] = at(Parameter::ShockFactor);
        p.shockStep[l] = at(Parameter::ShockYear) - m_values.t0;
        p.baseFleet[l] = at(Parameter::BaseFleet);
        p.h100ePrice[l] = at(Parameter::H100ePrice);
        p.usefulLife[l] = at(Parameter::UsefulLife);
        p.accelShare[l] = at(Parameter::AccelShare);
        p.capexCap0[l] = capexCap0(at(Parameter::CapexCapShare));
        p.kwPerH100e[l] = at(Parameter::KwPerH100e);
        p.ppwGain[l] = at(Parameter::PpwGain);
        p.powerCap0[l] = powerCap0(at(Parameter::PowerCapGw));
        p.powerCapGrowth[l] = at(Parameter::PowerCapGrowth);
    }

    /// Equation 9′ summed over the selected companies into `out`, with parameter values `slot(s)`
    /// (the same arithmetic as CapexModel::run, company by company).
    template <typename SlotValue> void planWith(const SlotValue &slot, Years &out) const
    {
        const double aiShare = slot(static_cast<int>(Parameter::AiShare));
        const double longRun = slot(static_cast<int>(Parameter::PlanLongRunGrowth));
        const int fade = static_cast<int>(slot(static_cast<int>(Parameter::PlanFadeYears)));
        Years mid {}, low {}, high {};
        for (std::size_t c = 0; c < m_values.companies.size(); ++c) {
            CompanyPlan company = m_values.companies[c];
            if (c < maxDrawnCompanies)
                company.capexGrowth = slot(scalarParameterCount + static_cast<int>(c));
            CapexModel::companyCapex(company, longRun, fade, m_values.t0, m_years, mid.data(), low.data(), high.data());
            for (int n = 0; n < m_years; ++n)
                out[n] += mid[n] * aiShare;
        }
    }
    void planOfLane(const Slots &slots, int l, Years &out) const
    {
        planWith([&slots, l](int s) { return slots[s][l]; }, out);
    }

    const ParameterValues &m_values;
    std::vector<Draw> m_draws;
    bool m_derived;
    std::uint64_t m_key;
    int m_runs;
    int m_years;
    bool m_planVaries = false;
    std::array<bool, slotCount> m_drawn {};
    std::array<double, slotCount> m_template {};
    Years m_gdpPow {};
};

/// Block b of the simulation into `sink`, in the baseline build's instruction set.
template <typename Sink>
void simulateBaseline(const Simulation &simulation, int b, Workspace &w, double *gathered, Sink &sink)
{
    simulation.block<false>(b, w, gathered, sink);
}

/// The same, compiled for AVX2 (only called where the CPU has it).
template <typename Sink>
__attribute__((target("avx2"))) void simulateAvx2(
    const Simulation &simulation, int b, Workspace &w, double *gathered, Sink &sink)
{
    simulation.block<true>(b, w, gathered, sink);
}

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
        references[Power * years + n] = row.requiredPowerGw * 1e6;
        if (tallied > Ratio)
            references[Ratio * years + n] = row.plannedAiCapexUsd / capexScale;
    }
    const std::vector<double> levels = {0.05, 0.25, 0.50, 0.75, 0.95};
    // K_req's order statistics from the top give the ratio's when it is not tallied.
    std::vector<bool> mirrored(references.size(), false);
    if (tallied == Ratio)
        for (int n = 0; n < years; ++n)
            mirrored[Capex * years + n] = true;
    detail::ExactPercentiles percentiles(references, options.runs, levels, mirrored);

    // With enough runs, a pilot of the first blocks predicts where the percentiles lie and one
    // pass suffices (see exactpercentiles.h). Fewer runs take two passes, and the first keeps
    // every value so that the second reads them back instead of simulating them again (measured
    // faster at every run count below the pilot's). That is arrays × runs doubles: 3.9 MB for 12
    // years at 10,000 runs, at most 71 MB (17 years, an uncertain plan, 130,048 runs). Block b's
    // values stay at kept + b · blockValues (see Simulation::block).
    const bool singlePass = blocks >= singlePassMinBlocks;
    const std::size_t blockValues = static_cast<std::size_t>(simulation.arrays()) * blockRuns;
    std::unique_ptr<double[]> kept; // NOLINT(modernize-avoid-c-arrays): uninitialised on purpose
    if (!singlePass)
        kept = std::make_unique_for_overwrite<double[]>(blockValues * blocks);

    // Thread t simulates blocks t, t + threads, … below `limit`; `reports`: the pass reports
    // progress (the pilot and the passes after a missed prediction do not).
    std::atomic<int> blocksDone {0};
    std::atomic<bool> stopped {false};
    const bool avx2 = detail::instructionSet() == detail::InstructionSet::Avx2;
    std::vector<std::unique_ptr<Workspace>> workspaces(threads);
    // Blocks [0, limit): with `claim`, each thread takes the next unclaimed block (a thread the
    // machine slows down takes fewer: the order statistics do not depend on which thread tallied
    // what); without, thread t takes t, t + threads, … (pass 2 of two must see what its pass 1 saw).
    auto forEachBlock = [&](int t, int limit, bool reports, auto &sink, std::atomic<int> *claim = nullptr) {
        if (!workspaces[t])
            workspaces[t] = simulation.workspace(!kept);
        Workspace &workspace = *workspaces[t];
        for (int b = claim ? (*claim)++ : t; b < limit; b = claim ? (*claim)++ : b + threads) {
            if (stopped.load(std::memory_order_relaxed)
                || (options.cancel && options.cancel->load(std::memory_order_relaxed))) {
                stopped = true;
                return;
            }
            double *gathered = kept ? kept.get() + blockValues * b : workspace.gathered.data();
            if (avx2)
                simulateAvx2(simulation, b, workspace, gathered, sink);
            else
                simulateBaseline(simulation, b, workspace, gathered, sink);
            const int done = ++blocksDone;
            if (t == 0 && reports && options.progress)
                options.progress(done / static_cast<double>(blocks));
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

    bool resolved = false;
    if (singlePass) {
        std::vector<detail::ExactPercentiles::Tally> pilot = newTallies();
        std::atomic<int> pilotClaim {0};
        onThreads(threads, [&](int t) { forEachBlock(t, pilotBlocks, false, pilot[t], &pilotClaim); });
        if (stopped)
            return cancelled();
        percentiles.predict(pilot, std::int64_t {pilotBlocks} * blockRuns);
        pilot.clear();
        blocksDone = 0;
        std::vector<detail::ExactPercentiles::Tally> tallies = newTallies();
        std::atomic<int> claim {0};
        onThreads(threads, [&](int t) {
            // Each thread allocates its own room: its pages are first touched in parallel.
            tallies[t].reserveKept(options.runs / threads + blockRuns);
            forEachBlock(t, blocks, true, tallies[t], &claim);
        });
        if (stopped)
            return cancelled();
        // Each array's order statistics on whichever thread is free (they differ in size).
        std::atomic<int> next {0};
        std::atomic<bool> missed {false};
        onThreads(threads, [&](int) {
            detail::KeptValues scratch;
            for (int a = next++; a < percentiles.arrays() && !missed.load(std::memory_order_relaxed); a = next++)
                if (!percentiles.resolveArray(tallies, a, scratch))
                    missed = true;
        });
        resolved = percentiles.finishResolve(tallies, !missed);
    }
    if (!resolved) {
        // Two passes: counts by bucket, then the values of the buckets that hold the ranks (after
        // a missed prediction, without progress reports: the bar stays near its end).
        blocksDone = 0;
        std::vector<detail::ExactPercentiles::Tally> tallies = newTallies();
        onThreads(threads, [&](int t) { forEachBlock(t, blocks, !singlePass, tallies[t]); });
        if (stopped)
            return cancelled();
        percentiles.plan(tallies);
        std::vector<detail::ExactPercentiles::Collector> collectors = percentiles.collectors(tallies);
        if (kept) {
            // Each collector reads back the blocks its tally saw.
            onThreads(threads, [&](int t) {
                for (int b = t; b < blocks; b += threads)
                    for (int a = 0; a < simulation.arrays(); ++a) {
                        const double *values = kept.get() + blockValues * b + static_cast<std::size_t>(a) * blockRuns;
                        if (avx2)
                            collectors[t].add<true>(a, values, simulation.runsIn(b));
                        else
                            collectors[t].add(a, values, simulation.runsIn(b));
                    }
            });
        } else {
            blocksDone = 0;
            onThreads(threads, [&](int t) { forEachBlock(t, blocks, false, collectors[t]); });
            if (stopped)
                return cancelled();
        }
        onThreads(threads, [&](int t) { percentiles.select(t, threads); });
    }

    result.years.resize(years);
    for (int n = 0; n < years; ++n) {
        MonteCarloYear &year = result.years[n];
        year.year = values.t0 + n;
        const std::array<Percentiles *, outputCount> targets = {&year.spendIndex, &year.requiredH100e,
            &year.requiredAiCapexUsd, &year.requiredPowerGw, &year.planToRequiredRatio};
        for (int o = 0; o < outputCount; ++o) {
            std::array<double, 5> p {};
            for (int level = 0; level < 5; ++level)
                p[level] = o < tallied
                    ? percentiles.percentile(o * years + n, level)
                    : percentiles.mirroredPercentile(Capex * years + n, level, reference.years[n].plannedAiCapexUsd);
            const double divisor = o == Power ? 1e6 : 1.0; // kW → GW, as CapexModel::run divides
            *targets[o] = {p[0] / divisor, p[1] / divisor, p[2] / divisor, p[3] / divisor, p[4] / divisor};
        }
    }
    if (options.progress)
        options.progress(1.0);
    return result;
}

} // namespace capex

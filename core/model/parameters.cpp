#include "parameters.h"

#include "costcurvepresets.h"
#include "shortestdecimal.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <limits>

namespace capex {
namespace {

struct Descriptor
{
    const char *name;
    const char *unit;
    double defaultValue;
    double low;
    double high;
    bool integer;
    bool sensitivity;
    double domainLow;
    double domainHigh; ///< inf: unbounded
    bool domainLowOpen;
    const char *descriptionEn;
    const char *descriptionZh;
    const char *sourceEn;
    const char *sourceZh;
};

constexpr double fallbackFleetMid = 3.1e6; // LessWrong end-2024 midpoints of the five companies
constexpr double fallbackFleetLow = 2.65e6;
constexpr double fallbackFleetHigh = 3.55e6;
constexpr double growthLow = -0.2; // capex_growth.<company>: plausible range
constexpr double growthHigh = 1.0;
constexpr double growthDomainLow = -0.9; // and valid domain
constexpr double growthDomainHigh = 3.0;
constexpr int horizonMax = 2040;
constexpr double inf = std::numeric_limits<double>::infinity();

// Registry order = enum order. Defaults, ranges and sources from docs/model.md's table;
// shock_year's range and the defaults of cost_decline and base_fleet are filled in at run time.
const std::array<Descriptor, scalarParameterCount> descriptors = {{
    {"t0", "year", 2025, 2024, 2025, true, false, 2024, 2025, false, "Base year: indices are 1 and the fleet is base_fleet at its end",
        "基准年：各指数为1，年末装机量为base_fleet",
        "2025: the latest year with actual capex for the US hyperscalers and end-of-year fleet estimates (2024 "
        "selectable)",
        "2025年：美国超大规模云厂商有实际资本开支且有年末机群估计的最近一年（可选2024年）"},
    {"horizon", "year", 2035, 2026, horizonMax, true, false, 2026, horizonMax, false, "Last year of the projection", "预测的最后一年",
        "Model convention (2026–2040 selectable)", "模型约定（可选2026–2040年）"},
    {"cost_decline", "fraction", 0.86, 0.50, 0.95, false, true, 0, 0.999, false,
        "Annual decline of the price per token at fixed capability", "同等能力下每个token价格的年降幅",
        "The cost-curve preset (ARK, a16z, Epoch, or derived from hw_gain and algo_gain)",
        "成本曲线预设（ARK、a16z、Epoch，或由硬件与算法增益推导）"},
    {"hw_gain", "x/yr", 1.35, 1.25, 1.45, false, true, 1.0, 3.0, false, "GPU price-performance growth per year", "GPU性价比每年提升倍数",
        "Epoch: GPU FLOP/s per dollar doubles every 2.46 years (ML GPUs 2.07 years)",
        "Epoch：每美元GPU算力每2.46年翻一番（机器学习GPU为2.07年）"},
    {"algo_gain", "x/yr", 2.8, 1.8, 5.3, false, true, 1.0, 20, false, "Algorithmic efficiency growth per year", "算法效率每年提升倍数",
        "Epoch (Ho et al. 2024): compute for fixed performance halves every ~8 months (95% CI 5–14)",
        "Epoch（Ho等，2024）：达到同等性能所需算力约每8个月减半（95%置信区间5–14个月）"},
    {"elasticity", "ratio", 1.1, 0.6, 1.6, false, true, 0, 5, false, "Price elasticity of demand for AI work (magnitude)",
        "AI算力需求的价格弹性（绝对值）",
        "NBER working paper on the LLM market (−1.11, second-hand); the range is an assumption",
        "NBER关于大模型市场的工作论文（−1.11，转引）；区间为假设"},
    {"demand_growth", "x/yr", 1.0, 1.0, 1.5, false, true, 0.5, 3, false, "Price-independent adoption growth per year",
        "与价格无关的采用增长（每年倍数）", "Assumption", "假设"},
    {"shock_factor", "ratio", 1.0, 0.05, 1.0, false, true, 0.001, 1, false, "One-off multiplier on the unit price (\"DeepSeek moment\")",
        "单位价格的一次性乘数（“DeepSeek时刻”）", "DeepSeek-V3 trained for about 1/10 of peers' cost (seed articles)",
        "DeepSeek-V3的训练成本约为同行的1/10（种子文章）"},
    {"shock_year", "year", 2025, 2025, 2035, true, true, 2025, 2035, false, "Year the shock applies from", "冲击开始生效的年份",
        "DeepSeek-V3 released 2024-12-26, R1 2025-01-20", "DeepSeek-V3于2024-12-26发布，R1于2025-01-20发布"},
    {"base_fleet", "H100e", fallbackFleetMid, fallbackFleetLow, fallbackFleetHigh, false, true, 0, inf, true,
        "Installed H100-equivalents at the end of the base year", "基准年末已安装的等效H100数量",
        "fleet_source's end-of-year estimates (Epoch AI for 2025, LessWrong for 2024): midpoints summed over the "
        "selected companies; range = sums of lows and highs",
        "fleet_source的年末估计（2025年为Epoch AI，2024年为LessWrong）：所选公司估计区间中点之和；范围为下限之和至上限之和"},
    {"h100e_price", "USD", 35000, 25000, 50000, false, true, 0, inf, true,
        "All-in cost of one H100-equivalent of installed capacity in the base year",
        "基准年每单位等效H100装机容量的全部成本", "Epoch: xAI Colossus, about 200k chips for about $7 B (2024), divided by hw_gain for each year after 2024",
        "Epoch：xAI Colossus约20万块芯片，耗资约70亿美元（2024年），2024年之后每年除以hw_gain"},
    {"useful_life", "years", 5, 4, 6, true, true, 1, 15, false, "Years a GPU stays in the fleet", "GPU在机群中的使用年限",
        "Assumption (server depreciation schedules)", "假设（服务器折旧年限）"},
    {"accel_share", "share", 0.6, 0.4, 0.7, false, true, 0, 1, true, "Share of AI capex spent on accelerators and servers",
        "AI资本开支中用于加速器和服务器的比例", "Assumption", "假设"},
    {"capex_cap_share", "share", 0.02, 0.005, 0.05, false, true, 0, 0.5, false,
        "Ceiling on required AI capex as a share of world GDP (0 = no ceiling)",
        "所需AI资本开支上限占全球GDP的比例（0 = 不设上限）", "Assumption", "假设"},
    {"world_gdp_usd", "USD", 110e12, 0, 0, false, false, 0, inf, true, "World GDP in the base year", "基准年全球GDP",
        "IMF (about $110 T in 2024), grown by gdp_growth to the base year",
        "国际货币基金组织（2024年约110万亿美元），按gdp_growth增长至基准年"},
    {"gdp_growth", "x/yr", 1.03, 0, 0, false, false, 0, inf, true, "World GDP growth per year", "全球GDP每年增长倍数", "Assumption",
        "假设"},
    {"ai_share", "share", 0.7, 0.5, 0.9, false, true, 0, 1, true, "Share of a company's total capex that is AI",
        "公司资本开支中AI所占比例", "Assumption", "假设"},
    {"plan_long_run_growth", "fraction", 0.05, 0.0, 0.15, false, true, -0.5, 1.0, false,
        "Growth of capex per year that each company's plan fades to after its guidance",
        "各公司计划在指引之后逐渐回落到的资本开支年增长率", "Assumption (about nominal world GDP growth)",
        "假设（约为全球名义GDP增速）"},
    {"plan_fade_years", "years", 3, 1, 8, true, true, 1, 30, false,
        "Years over which the plan's growth fades from the first year after guidance to the long-run rate",
        "计划增长率从指引后第一年回落到长期增长率所用的年数", "Assumption (a usual fade period in equity models)",
        "假设（股票估值模型中常用的回落期）"},
    {"kw_per_h100e", "kW", 1.4, 1.0, 2.0, false, true, 0, 10, true,
        "All-in facility power of one H100e installed in the base year",
        "基准年每单位等效H100的设施总功耗（含冷却等）",
        "Epoch: xAI Colossus, about 200k GPUs at about 300 MW, about 1.5 kW each; assumption around it",
        "Epoch：xAI Colossus约20万块GPU、约300兆瓦，每块约1.5千瓦；以此为中心的假设"},
    {"ppw_gain", "x/yr", 1.25, 1.1, 1.4, false, true, 1.0, 3.0, false, "Performance per watt gain per year",
        "每瓦性能每年提升倍数", "Epoch, Trends in AI supercomputers: performance 2.5x a year, power 2x a year",
        "Epoch《AI超级计算机趋势》：性能每年2.5倍，功耗每年2倍"},
    {"power_cap_gw", "GW", 0, 5, 200, false, true, 0, 10000, false,
        "Ceiling on the selected companies' installed AI power in the base year (0 = none)",
        "所选公司基准年已装AI电力容量上限（0 = 不设上限）", "Assumption", "假设"},
    {"power_cap_growth", "x/yr", 1.3, 1.0, 2.0, false, true, 1.0, 5.0, false, "Growth of the power ceiling per year",
        "电力上限每年增长倍数", "Assumption", "假设"},
}};

constexpr std::string_view growthPrefix = "capex_growth.";

bool isWhole(double value)
{
    return std::isfinite(value) && value == std::floor(value);
}

} // namespace

bool ParameterSpec::accepts(double v) const
{
    if (!std::isfinite(v))
        return false;
    if (integer && !isWhole(v))
        return false;
    const bool aboveLow = domainLowOpen ? v > domainLow : v >= domainLow;
    return aboveLow && v <= domainHigh;
}

bool ParameterSpec::inRange(double v) const
{
    if (openDomain)
        return accepts(v);
    return (zeroAllowed && v == 0) || (v >= low && v <= high);
}

namespace {

std::string boundText(double value)
{
    return std::isinf(value) ? std::string("inf") : detail::shortestDecimal(value);
}

} // namespace

std::string ParameterSpec::domainText() const
{
    if (integer && !std::isinf(domainHigh))
        return '{' + boundText(domainLow) + ".." + boundText(domainHigh) + '}';
    return (domainLowOpen ? "(" : "[") + boundText(domainLow) + ", " + boundText(domainHigh)
        + (std::isinf(domainHigh) ? ")" : "]");
}

std::string ParameterSpec::rangeText() const
{
    if (openDomain)
        return domainText();
    if (integer)
        return '{' + boundText(low) + ".." + boundText(high) + '}';
    std::string range = '[' + boundText(low) + ", " + boundText(high) + ']';
    return zeroAllowed ? "0 or " + range : range;
}

const char *fleetSourceId(FleetSource source)
{
    return source == FleetSource::Epoch ? "epoch" : "lesswrong";
}

std::optional<FleetSource> parseFleetSource(std::string_view id)
{
    if (id == "epoch")
        return FleetSource::Epoch;
    if (id == "lesswrong")
        return FleetSource::LessWrong;
    return std::nullopt;
}

ModelParameters::ModelParameters()
    : ModelParameters(ModelInputs {})
{ }

ModelParameters::ModelParameters(ModelInputs inputs)
    : m_inputs(std::move(inputs))
    , m_costCurve(CostCurvePresets::defaultId)
{
    for (int i = 0; i < scalarParameterCount; ++i)
        m_values[i] = descriptors[i].defaultValue;
    m_growth.resize(m_inputs.companies.size());
    m_growthExplicit.assign(m_inputs.companies.size(), false);
    for (std::size_t i = 0; i < m_inputs.companies.size(); ++i)
        m_growth[i] = m_inputs.companies[i].capexGrowthDefault;
    for (const std::string &id : ModelInputs::defaultCompanyIds())
        if (m_inputs.company(id))
            m_selected.push_back(id);
}

const char *ModelParameters::name(Parameter parameter)
{
    return descriptors[static_cast<int>(parameter)].name;
}

std::optional<ModelParameters::Index> ModelParameters::find(std::string_view name) const
{
    for (int i = 0; i < scalarParameterCount; ++i)
        if (name == descriptors[i].name)
            return Index {i, -1};
    if (name.substr(0, growthPrefix.size()) == growthPrefix) {
        std::string_view company = name.substr(growthPrefix.size());
        for (std::size_t i = 0; i < m_inputs.companies.size(); ++i)
            if (m_inputs.companies[i].id == company)
                return Index {-1, static_cast<int>(i)};
    }
    return std::nullopt;
}

FleetSource ModelParameters::fleetSource() const
{
    if (m_fleetSource)
        return *m_fleetSource;
    return t0() >= 2025 ? FleetSource::Epoch : FleetSource::LessWrong;
}

Status ModelParameters::setFleetSource(std::string_view id)
{
    auto source = parseFleetSource(id);
    if (!source)
        return Error {ErrorCode::InvalidValue, {}, 0, 0, "fleet_source", std::string(id)};
    m_fleetSource = *source;
    return {};
}

FleetEstimate ModelParameters::baseFleetEstimate() const
{
    FleetEstimate sum;
    bool any = false;
    const int year = t0();
    const bool epoch = fleetSource() == FleetSource::Epoch;
    auto fleetsOf = [epoch](const CompanyBaseline &c) -> const std::map<int, FleetEstimate> & {
        return epoch ? c.epochFleetByYear : c.fleetByYear;
    };
    for (const std::string &id : m_selected) {
        const CompanyBaseline *company = m_inputs.company(id);
        if (!company)
            continue;
        auto it = fleetsOf(*company).find(year);
        if (it == fleetsOf(*company).end())
            continue;
        sum.low += it->second.low;
        sum.mid += it->second.mid;
        sum.high += it->second.high;
        any = true;
    }
    if (any)
        return sum;
    // Only a model built without fleet data falls back on the LessWrong sums; data whose
    // estimates miss the selected companies means a fleet of 0 for them.
    // A fleet of 0 is outside base_fleet's domain, so data without an estimate for the selection
    // in t0 falls back on the LessWrong sums too (the window says which source is used).
    return FleetEstimate {fallbackFleetLow, fallbackFleetMid, fallbackFleetHigh};
}

double ModelParameters::defaultAt(Index index) const
{
    if (index.company >= 0)
        return m_inputs.companies[index.company].capexGrowthDefault;
    switch (static_cast<Parameter>(index.scalar)) {
    case Parameter::CostDecline: {
        const CostCurvePreset *preset = CostCurvePresets::preset(m_costCurve);
        return CostCurvePresets::decline(*preset, get(Parameter::HwGain), get(Parameter::AlgoGain));
    }
    case Parameter::BaseFleet:
        return baseFleetEstimate().mid;
    case Parameter::ShockYear:
        return std::min(t0() + 1, horizon());
    case Parameter::H100ePrice:
        return descriptors[index.scalar].defaultValue / std::pow(get(Parameter::HwGain), t0() - 2024);
    case Parameter::WorldGdpUsd:
        return descriptors[index.scalar].defaultValue * std::pow(get(Parameter::GdpGrowth), t0() - 2024);
    default:
        return descriptors[index.scalar].defaultValue;
    }
}

double ModelParameters::valueAt(Index index) const
{
    if (index.company >= 0)
        return m_growthExplicit[index.company] ? m_growth[index.company] : defaultAt(index);
    return m_explicit[index.scalar] ? m_values[index.scalar] : defaultAt(index);
}

double ModelParameters::get(Parameter parameter) const
{
    return valueAt(Index {static_cast<int>(parameter), -1});
}

std::optional<double> ModelParameters::get(std::string_view name) const
{
    auto index = find(name);
    return index ? std::optional<double>(valueAt(*index)) : std::nullopt;
}

bool ModelParameters::isExplicit(std::string_view name) const
{
    auto index = find(name);
    if (!index)
        return false;
    return index->company >= 0 ? static_cast<bool>(m_growthExplicit[index->company]) : m_explicit[index->scalar];
}

ParameterSpec ModelParameters::specAt(Index index) const
{
    ParameterSpec spec;
    spec.value = valueAt(index);
    spec.defaultValue = defaultAt(index);
    if (index.company >= 0) {
        const CompanyBaseline &company = m_inputs.companies[index.company];
        spec.name = std::string(growthPrefix) + company.id;
        spec.unit = "fraction";
        spec.low = growthLow;
        spec.high = growthHigh;
        spec.domainLow = growthDomainLow;
        spec.domainHigh = growthDomainHigh;
        spec.sensitivity = true;
        spec.descriptionEn = "Projected growth of total capex per year: " + company.nameEn;
        spec.descriptionZh = company.nameZh + "资本开支总额的预计年增长率";
        if (company.guidanceCapexUsd) {
            const std::string g = std::to_string(company.guidanceYear), b = std::to_string(company.guidanceYear - 1);
            spec.sourceEn = "Guidance for " + g + " over " + b + ", minus 1; then the plan fades to plan_long_run_growth";
            spec.sourceZh = g + "年指引相对" + b + "年之比减1；此后计划增速逐渐回落至plan_long_run_growth";
        } else {
            spec.sourceEn = "No guidance in the data: assumption 0.15";
            spec.sourceZh = "数据中无指引：假设为0.15";
        }
        return spec;
    }
    const Descriptor &d = descriptors[index.scalar];
    spec.name = d.name;
    spec.unit = d.unit;
    spec.low = d.low;
    spec.high = d.high;
    spec.integer = d.integer;
    spec.sensitivity = d.sensitivity;
    spec.domainLow = d.domainLow;
    spec.domainHigh = d.domainHigh;
    spec.domainLowOpen = d.domainLowOpen;
    spec.descriptionEn = d.descriptionEn;
    spec.descriptionZh = d.descriptionZh;
    spec.sourceEn = d.sourceEn;
    spec.sourceZh = d.sourceZh;
    switch (static_cast<Parameter>(index.scalar)) {
    case Parameter::ShockYear:
        spec.low = spec.domainLow = t0() + 1;
        spec.high = spec.domainHigh = horizon();
        break;
    case Parameter::H100ePrice: {
        const double scale = std::pow(get(Parameter::HwGain), t0() - 2024);
        spec.low = d.low / scale;
        spec.high = d.high / scale;
        break;
    }
    case Parameter::BaseFleet: {
        FleetEstimate fleet = baseFleetEstimate();
        spec.low = fleet.low;
        spec.high = fleet.high;
        break;
    }
    case Parameter::CapexCapShare:
    case Parameter::PowerCapGw:
        spec.zeroAllowed = true;
        break;
    case Parameter::WorldGdpUsd:
    case Parameter::GdpGrowth:
        spec.openDomain = true;
        break;
    default:
        break;
    }
    return spec;
}

std::vector<ParameterSpec> ModelParameters::specs() const
{
    std::vector<ParameterSpec> list;
    list.reserve(scalarParameterCount + m_inputs.companies.size());
    for (int i = 0; i < scalarParameterCount; ++i)
        list.push_back(specAt(Index {i, -1}));
    for (std::size_t i = 0; i < m_inputs.companies.size(); ++i)
        list.push_back(specAt(Index {-1, static_cast<int>(i)}));
    return list;
}

std::optional<ParameterSpec> ModelParameters::spec(std::string_view name) const
{
    auto index = find(name);
    return index ? std::optional<ParameterSpec>(specAt(*index)) : std::nullopt;
}

Status ModelParameters::set(std::string_view name, double value)
{
    auto index = find(name);
    if (!index)
        return Error {ErrorCode::UnknownParameter, {}, 0, 0, std::string(name), {}};
    ParameterSpec spec = specAt(*index);
    if (!spec.accepts(value))
        return Error {ErrorCode::ParameterOutOfDomain, {}, 0, 0, spec.name, spec.domainText()};
    if (index->company >= 0) {
        m_growth[index->company] = value;
        m_growthExplicit[index->company] = true;
        return {};
    }
    m_values[index->scalar] = value;
    m_explicit[index->scalar] = true;
    if (index->scalar == static_cast<int>(Parameter::T0) || index->scalar == static_cast<int>(Parameter::Horizon))
        keepShockYearInside();
    return {};
}

bool ModelParameters::setTrusted(std::string_view name, double value)
{
    auto index = find(name);
    if (!index)
        return false;
    if (index->company >= 0) {
        m_growth[index->company] = value;
        m_growthExplicit[index->company] = true;
        return true;
    }
    m_values[index->scalar] = value;
    m_explicit[index->scalar] = true;
    if (index->scalar == static_cast<int>(Parameter::T0) || index->scalar == static_cast<int>(Parameter::Horizon))
        keepShockYearInside();
    return true;
}

void ModelParameters::keepShockYearInside()
{
    auto &shockYear = m_values[static_cast<int>(Parameter::ShockYear)];
    if (m_explicit[static_cast<int>(Parameter::ShockYear)])
        shockYear = std::clamp(shockYear, static_cast<double>(t0() + 1), static_cast<double>(horizon()));
}

Status ModelParameters::setText(std::string_view name, std::string_view text)
{
    if (name == "cost_curve")
        return setCostCurve(text);
    if (name == "fleet_source")
        return setFleetSource(text);
    if (name == "companies") {
        std::vector<std::string> ids;
        while (!text.empty()) {
            auto comma = text.find(',');
            std::string_view id = text.substr(0, comma);
            if (!id.empty())
                ids.emplace_back(id);
            text = comma == std::string_view::npos ? std::string_view() : text.substr(comma + 1);
        }
        return selectCompanies(ids);
    }
    if (!find(name))
        return Error {ErrorCode::UnknownParameter, {}, 0, 0, std::string(name), {}};
    double value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc {} || end != text.data() + text.size() || text.empty())
        return Error {ErrorCode::InvalidValue, {}, 0, 0, std::string(name), std::string(text)};
    return set(name, value);
}

bool ModelParameters::reset(std::string_view name)
{
    auto index = find(name);
    if (!index)
        return false;
    if (index->company >= 0)
        m_growthExplicit[index->company] = false;
    else
        m_explicit[index->scalar] = false;
    if (index->scalar == static_cast<int>(Parameter::T0) || index->scalar == static_cast<int>(Parameter::Horizon))
        keepShockYearInside();
    return true;
}

void ModelParameters::resetAll()
{
    m_explicit.fill(false);
    m_growthExplicit.assign(m_growthExplicit.size(), false);
}

Status ModelParameters::setCostCurve(std::string_view presetId)
{
    if (!CostCurvePresets::preset(presetId))
        return Error {ErrorCode::InvalidValue, {}, 0, 0, "cost_curve", std::string(presetId)};
    m_costCurve = std::string(presetId);
    m_explicit[static_cast<int>(Parameter::CostDecline)] = false;
    return {};
}

Status ModelParameters::selectCompanies(const std::vector<std::string> &companyIds)
{
    for (const std::string &id : companyIds)
        if (!m_inputs.company(id))
            return Error {ErrorCode::UnknownReference, {}, 0, 0, "companies", id};
    m_selected.clear();
    for (const std::string &id : companyIds)
        if (std::find(m_selected.begin(), m_selected.end(), id) == m_selected.end())
            m_selected.push_back(id);
    return {};
}

ParameterValues ModelParameters::values() const
{
    ParameterValues out;
    writeValues(out);
    return out;
}

void ModelParameters::writeValues(ParameterValues &out) const
{
    out.t0 = t0();
    out.horizon = horizon();
    out.costDecline = get(Parameter::CostDecline);
    out.hwGain = get(Parameter::HwGain);
    out.algoGain = get(Parameter::AlgoGain);
    out.elasticity = get(Parameter::Elasticity);
    out.demandGrowth = get(Parameter::DemandGrowth);
    out.shockFactor = get(Parameter::ShockFactor);
    out.shockYear = static_cast<int>(get(Parameter::ShockYear));
    out.baseFleet = get(Parameter::BaseFleet);
    out.h100ePrice = get(Parameter::H100ePrice);
    out.usefulLife = static_cast<int>(get(Parameter::UsefulLife));
    out.accelShare = get(Parameter::AccelShare);
    out.capexCapShare = get(Parameter::CapexCapShare);
    out.worldGdpUsd = get(Parameter::WorldGdpUsd);
    out.gdpGrowth = get(Parameter::GdpGrowth);
    out.aiShare = get(Parameter::AiShare);
    out.planLongRunGrowth = get(Parameter::PlanLongRunGrowth);
    out.planFadeYears = static_cast<int>(get(Parameter::PlanFadeYears));
    out.kwPerH100e = get(Parameter::KwPerH100e);
    out.ppwGain = get(Parameter::PpwGain);
    out.powerCapGw = get(Parameter::PowerCapGw);
    out.powerCapGrowth = get(Parameter::PowerCapGrowth);
    out.companies.resize(m_selected.size());
    const double none = std::numeric_limits<double>::quiet_NaN();
    for (std::size_t i = 0; i < m_selected.size(); ++i) {
        const CompanyBaseline *company = m_inputs.company(m_selected[i]);
        const auto at = static_cast<int>(company - m_inputs.companies.data());
        CompanyPlan &plan = out.companies[i];
        plan.company = company->id;
        plan.path.clear();
        plan.pathLow.clear();
        plan.pathHigh.clear();
        plan.lastActualYear = company->lastCapexYear;
        plan.capexGrowth = valueAt(Index {-1, at});
        if (company->actualByYear.empty())
            continue;
        // The actual years that run into the last one without a gap, then the guided years.
        int first = company->lastCapexYear;
        while (company->actualByYear.count(first - 1))
            --first;
        plan.firstYear = first;
        for (int year = first; year <= company->lastCapexYear; ++year) {
            plan.path.push_back(company->actualByYear.at(year));
            plan.pathLow.push_back(none);
            plan.pathHigh.push_back(none);
        }
        for (const auto &[year, guided] : company->guidanceByYear) {
            plan.path.push_back(guided.mid);
            plan.pathLow.push_back(guided.low.value_or(none));
            plan.pathHigh.push_back(guided.high.value_or(none));
        }
    }
}

} // namespace capex

#pragma once

#include "modelinputs.h"
#include "parametervalues.h"
#include "result.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace capex {

/// The scalar parameters of docs/model.md, in registry order (the order of sliders, of the
/// tornado's ties and of the Monte Carlo's draws). `capex_growth.<company>` follow them.
enum class Parameter
{
    T0,
    Horizon,
    CostDecline,
    HwGain,
    AlgoGain,
    Elasticity,
    DemandGrowth,
    ShockFactor,
    ShockYear,
    BaseFleet,
    H100ePrice,
    UsefulLife,
    AccelShare,
    CapexCapShare,
    WorldGdpUsd,
    GdpGrowth,
    AiShare,
    // Version 2 (docs/model.md, "The plan" and "Power"): appended, so the draws and ties of
    // the version 1 parameters keep their order.
    PlanLongRunGrowth,
    PlanFadeYears,
    KwPerH100e,
    PpwGain,
    PowerCapGw,
    PowerCapGrowth,
};
inline constexpr int scalarParameterCount = static_cast<int>(Parameter::PowerCapGrowth) + 1;

/// Where base_fleet's estimates come from (`fleet_source`).
enum class FleetSource
{
    LessWrong,
    Epoch,
};
const char *fleetSourceId(FleetSource source);
std::optional<FleetSource> parseFleetSource(std::string_view id);

/// Everything a front end needs to offer one parameter generically (a slider, a spin box,
/// `--set name=value`) and to cite where its default comes from.
struct ParameterSpec
{
    std::string name; ///< e.g. "elasticity", "capex_growth.meta"
    std::string unit; ///< "fraction", "x/yr", "H100e", "USD", "year", "years", "share"
    double value = 0; ///< current value (a preset may put cost_decline outside [low, high])
    double defaultValue = 0;
    /// The plausible range: slider ends, tornado ends, triangular ends, the map's axes.
    double low = 0;
    double high = 0;
    /// The valid domain (wider): what set(), the spin box, scenario files accept.
    double domainLow = 0;
    double domainHigh = 0; ///< may be +inf
    bool domainLowOpen = false; ///< the domain excludes domainLow itself: (0, 1]
    bool integer = false;
    bool sensitivity = false; ///< has a plausible range: tornado, Monte Carlo, goal seek, map
    bool zeroAllowed = false; ///< 0 is plausible outside [low, high] (a ceiling of 0: none)
    bool openDomain = false; ///< no plausible range: any positive number is valid
    std::string descriptionEn;
    std::string descriptionZh;
    std::string sourceEn;
    std::string sourceZh;

    /// Whether `set` accepts `value`: inside the valid domain (integers only for integer
    /// parameters).
    bool accepts(double value) const;
    /// Whether `value` lies in the plausible range (0 included where allowed).
    bool inRange(double value) const;
    /// The domain as text for ParameterOutOfDomain: "[0, 5]", "{1..15}", "(0, 1]", "(0, inf)".
    std::string domainText() const;
    /// The plausible range as text: "[0.6, 1.6]", "{4..6}", "0 or [0.005, 0.05]".
    std::string rangeText() const;
};

/// The model's parameters by name, validated, with their defaults: the specification's table,
/// the cost-curve preset (`cost_decline` follows it unless set explicitly), the data
/// (`base_fleet` follows the company selection, `capex_growth.<company>` the guidance) and the
/// company selection. Cheap to copy; a snapshot for one run is `values()`.
class ModelParameters
{
public:
    /// Without data: no companies, base_fleet 3.1 M H100e (2.65–3.55 M), the LessWrong sums.
    /// With data, base_fleet sums the selected companies' estimates (0 when none has one).
    ModelParameters();
    /// With the companies of `inputs`; selects those of ModelInputs::defaultCompanyIds() present.
    explicit ModelParameters(ModelInputs inputs);

    /// Sets a numeric parameter. UnknownParameter (field = name) for a name not in specs();
    /// ParameterOutOfDomain (field = name, detail = domainText()) outside its domain. Changing
    /// t0 or horizon moves shock_year into [t0 + 1, horizon] when it falls outside.
    Status set(std::string_view name, double value);
    /// Sets a numeric parameter the caller knows lies in its domain (a value of its plausible
    /// range), without building its spec: the over-build map's inner loop. False for an unknown
    /// name.
    bool setTrusted(std::string_view name, double value);
    /// `--set name=value`: also takes `cost_curve=<preset id>`, `fleet_source=lesswrong|epoch`
    /// and `companies=a,b,c`; a number
    /// that does not parse is InvalidValue (field = name, detail = the text).
    Status setText(std::string_view name, std::string_view text);
    /// Back to the default (following the preset or the data again). False for an unknown name.
    bool reset(std::string_view name);
    /// Every parameter back to its default; the preset and the selection are kept.
    void resetAll();

    std::optional<double> get(std::string_view name) const;
    double get(Parameter parameter) const;
    /// Whether the value was set rather than following its default.
    bool isExplicit(std::string_view name) const;

    /// Every parameter: the scalars in registry order, then capex_growth.<company>.
    std::vector<ParameterSpec> specs() const;
    std::optional<ParameterSpec> spec(std::string_view name) const;
    static const char *name(Parameter parameter);

    const std::string &costCurve() const { return m_costCurve; }
    /// InvalidValue (field "cost_curve", detail = the id) for an id not in CostCurvePresets::presets().
    /// Makes cost_decline follow the preset again.
    Status setCostCurve(std::string_view presetId);

    /// `fleet_source`: chosen explicitly, or by t0 (Epoch for 2025, LessWrong for 2024).
    FleetSource fleetSource() const;
    bool isFleetSourceExplicit() const { return m_fleetSource.has_value(); }
    /// InvalidValue (field "fleet_source", detail = the id) for an id other than lesswrong, epoch.
    Status setFleetSource(std::string_view id);
    void resetFleetSource() { m_fleetSource.reset(); }

    const std::vector<std::string> &selectedCompanies() const { return m_selected; }
    /// UnknownReference (field "companies", detail = the id) for a company not in inputs().
    Status selectCompanies(const std::vector<std::string> &companyIds);

    const ModelInputs &inputs() const { return m_inputs; }
    int t0() const { return static_cast<int>(get(Parameter::T0)); }
    int horizon() const { return static_cast<int>(get(Parameter::Horizon)); }

    /// The resolved numbers of one run.
    ParameterValues values() const;
    /// The same into an existing object, reusing its company vector.
    void writeValues(ParameterValues &out) const;

private:
    struct Index
    {
        int scalar = -1; ///< a Parameter, or -1
        int company = -1; ///< an index into m_inputs.companies, or -1
    };
    std::optional<Index> find(std::string_view name) const;
    ParameterSpec specAt(Index index) const;
    double valueAt(Index index) const;
    double defaultAt(Index index) const;
    FleetEstimate baseFleetEstimate() const;
    void keepShockYearInside();

    ModelInputs m_inputs;
    std::string m_costCurve;
    std::vector<std::string> m_selected;
    std::array<double, scalarParameterCount> m_values {};
    std::array<bool, scalarParameterCount> m_explicit {};
    std::vector<double> m_growth; ///< per m_inputs.companies
    std::vector<bool> m_growthExplicit;
    std::optional<FleetSource> m_fleetSource;
};

} // namespace capex

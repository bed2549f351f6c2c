#include "modelinputs.h"

#include <algorithm>
#include <cmath>

namespace capex {
namespace {

constexpr double growthFallback = 0.15;
constexpr double growthLow = -0.2;
constexpr double growthHigh = 0.6;

std::optional<double> usd(const Dataset &dataset, const Observation &o)
{
    auto amount = o.centralValue();
    if (!amount)
        return std::nullopt;
    const std::string &currency = o.currency.empty() ? o.unit : o.currency;
    return dataset.convert(*amount, currency, "USD", o.period.dominantYear());
}

bool fromLessWrong(const Dataset &dataset, const Observation &o)
{
    const Source *source = dataset.source(o.source);
    return source && source->publisher.find("LessWrong") != std::string::npos;
}

CompanyBaseline baselineOf(const Dataset &dataset, const std::string &id)
{
    CompanyBaseline baseline;
    baseline.id = id;
    baseline.capexGrowthDefault = growthFallback;
    const Entity *entity = dataset.entity(id);
    baseline.nameEn = entity ? entity->nameEn : id;
    baseline.nameZh = entity ? entity->nameZh : id;

    const Observation *actual = nullptr;
    for (const Observation &o : dataset.observations)
        if (o.entity == id && o.metric == "capex" && o.kind == Kind::Actual && o.period.isAnnual() && usd(dataset, o)
            && (!actual || o.period.endPosition() > actual->period.endPosition()))
            actual = &o;

    if (actual) {
        baseline.lastCapexUsd = usd(dataset, *actual);
        baseline.lastCapexYear = actual->period.dominantYear();
        const Observation *guidance = nullptr;
        for (const Observation &o : dataset.observations) {
            if (o.entity != id || o.metric != "capex" || o.kind != Kind::Guidance || !o.period.isAnnual()
                || !usd(dataset, o) || o.period.dominantYear() <= baseline.lastCapexYear)
                continue;
            // The latest word wins; for equal dates, the guidance for the nearer year.
            if (!guidance || o.asOf > guidance->asOf
                || (o.asOf == guidance->asOf && o.period.endPosition() < guidance->period.endPosition()))
                guidance = &o;
        }
        if (guidance && *baseline.lastCapexUsd > 0) {
            baseline.guidanceCapexUsd = usd(dataset, *guidance);
            baseline.guidanceYear = guidance->period.dominantYear();
            const double years = baseline.guidanceYear - baseline.lastCapexYear;
            const double growth = std::pow(*baseline.guidanceCapexUsd / *baseline.lastCapexUsd, 1.0 / years) - 1.0;
            baseline.capexGrowthDefault = std::clamp(growth, growthLow, growthHigh);
        }
    }

    for (const Observation &o : dataset.observations) {
        if (o.entity != id || o.metric != "gpu_fleet_h100e" || !o.period.isYearEnd()
            || !fromLessWrong(dataset, o))
            continue;
        auto mid = o.centralValue();
        if (!mid)
            continue;
        baseline.fleetByYear[o.period.year] = {o.low.value_or(*mid), *mid, o.high.value_or(*mid)};
    }
    return baseline;
}

} // namespace

const CompanyBaseline *ModelInputs::company(std::string_view id) const
{
    auto it = std::find_if(companies.begin(), companies.end(), [id](const CompanyBaseline &c) { return c.id == id; });
    return it == companies.end() ? nullptr : &*it;
}

const std::vector<std::string> &ModelInputs::availableCompanyIds()
{
    static const std::vector<std::string> ids = {"microsoft", "alphabet", "amazon", "meta", "oracle", "xai"};
    return ids;
}

const std::vector<std::string> &ModelInputs::defaultCompanyIds()
{
    static const std::vector<std::string> ids = {"microsoft", "alphabet", "amazon", "meta", "xai"};
    return ids;
}

ModelInputs ModelInputs::fromDataset(const Dataset &dataset, const std::vector<std::string> &companyIds)
{
    ModelInputs inputs;
    for (const std::string &id : companyIds)
        inputs.companies.push_back(baselineOf(dataset, id));
    return inputs;
}

} // namespace capex

#include "modelinputs.h"

#include "quarters.h"

#include <algorithm>
#include <cmath>

namespace capex {
namespace {

constexpr double growthFallback = 0.15;

std::optional<double> usd(const Dataset &dataset, double amount, const Observation &o, int year)
{
    const std::string &currency = o.currency.empty() ? o.unit : o.currency;
    return dataset.convert(amount, currency, "USD", year);
}

std::optional<double> usd(const Dataset &dataset, const Observation &o)
{
    auto amount = o.centralValue();
    if (!amount)
        return std::nullopt;
    return usd(dataset, *amount, o, o.period.dominantYear());
}

bool fromPublisher(const Dataset &dataset, const Observation &o, std::string_view publisher)
{
    const Source *source = dataset.source(o.source);
    return source && source->publisher.find(publisher) != std::string::npos;
}

/// Calendar-year actuals: four reported calendar quarters summed, else the annual record
/// that ends last among those counting for the year.
std::map<int, double> actualsOf(const Dataset &dataset, const std::string &id)
{
    std::map<int, double> byYear;
    std::map<int, const Observation *> annual;
    dataset.forEach(id, "capex", [&](const Observation &o) {
        if (o.kind != Kind::Actual || !o.period.isAnnual() || !usd(dataset, o))
            return;
        const Observation *&chosen = annual[o.period.dominantYear()];
        if (!chosen || o.period.endPosition() > chosen->period.endPosition()
            || (o.period.endPosition() == chosen->period.endPosition() && o.asOf > chosen->asOf))
            chosen = &o;
    });
    for (const auto &[year, o] : annual)
        byYear[year] = *usd(dataset, *o);

    const Quarters::Series quarters = Quarters::series(dataset, id, "capex", "USD");
    std::map<int, std::pair<int, double>> sums; // year → (quarters reported, sum)
    for (const Quarters::QuarterFigure &q : quarters.quarters) {
        auto &[count, sum] = sums[q.quarter.year];
        ++count;
        sum += q.converted;
    }
    for (const auto &[year, countSum] : sums)
        if (countSum.first == 4)
            byYear[year] = countSum.second;
    return byYear;
}

/// The latest numeric guidance per calendar year (a statement without a number is skipped).
std::map<int, CapexYear> guidanceOf(const Dataset &dataset, const std::string &id)
{
    std::map<int, const Observation *> latest;
    dataset.forEach(id, "capex", [&](const Observation &o) {
        if (o.kind != Kind::Guidance || !o.period.isAnnual() || !o.centralValue())
            return;
        const Observation *&chosen = latest[o.period.dominantYear()];
        // The latest word wins; for the same date, the later record in the data.
        if (!chosen || o.asOf >= chosen->asOf)
            chosen = &o;
    });
    std::map<int, CapexYear> byYear;
    for (const auto &[year, o] : latest) {
        auto mid = usd(dataset, *o);
        if (!mid)
            continue;
        CapexYear y;
        y.mid = *mid;
        if (o->low && o->high && *o->high > *o->low) {
            y.low = usd(dataset, *o->low, *o, year);
            y.high = usd(dataset, *o->high, *o, year);
        }
        byYear[year] = y;
    }
    return byYear;
}

std::map<int, FleetEstimate> fleetsOf(const Dataset &dataset, const std::string &id, std::string_view publisher)
{
    std::map<int, FleetEstimate> byYear;
    dataset.forEach(id, "gpu_fleet_h100e", [&](const Observation &o) {
        if (!o.period.isYearEnd() || o.kind == Kind::Guidance || !fromPublisher(dataset, o, publisher))
            return;
        auto mid = o.centralValue();
        if (!mid)
            return;
        const bool forecast = o.kind == Kind::Forecast;
        auto it = byYear.find(o.period.year);
        if (it != byYear.end() && !it->second.forecast && forecast)
            return; // an estimate of what was there beats a forecast of it
        byYear[o.period.year] = {o.low.value_or(*mid), *mid, o.high.value_or(*mid), forecast};
    });
    return byYear;
}

CompanyBaseline baselineOf(const Dataset &dataset, const std::string &id)
{
    CompanyBaseline baseline;
    baseline.id = id;
    baseline.capexGrowthDefault = growthFallback;
    const Entity *entity = dataset.entity(id);
    baseline.nameEn = entity ? entity->nameEn : id;
    baseline.nameZh = entity ? entity->nameZh : id;

    baseline.actualByYear = actualsOf(dataset, id);
    if (!baseline.actualByYear.empty()) {
        const auto &[lastYear, lastValue] = *baseline.actualByYear.rbegin();
        baseline.lastCapexYear = lastYear;
        baseline.lastCapexUsd = lastValue;
        const std::map<int, CapexYear> guidance = guidanceOf(dataset, id);
        // Guided years after the last actual; a year between two without guidance (Alphabet's
        // 2026 guided before its 2025 was) is the geometric middle, without a band.
        int previousYear = lastYear;
        double previous = lastValue;
        for (auto it = guidance.upper_bound(lastYear); it != guidance.end(); ++it) {
            const auto &[year, guided] = *it;
            for (int gap = previousYear + 1; gap < year; ++gap) {
                CapexYear between;
                between.mid = previous > 0 && guided.mid > 0
                    ? previous * std::pow(guided.mid / previous, double(gap - previousYear) / (year - previousYear))
                    : previous + (guided.mid - previous) * (gap - previousYear) / (year - previousYear);
                baseline.guidanceByYear[gap] = between;
            }
            baseline.guidanceByYear[year] = guided;
            previousYear = year;
            previous = guided.mid;
        }
        if (!baseline.guidanceByYear.empty()) {
            const auto &[guidedYear, guided] = *baseline.guidanceByYear.rbegin();
            baseline.guidanceYear = guidedYear;
            baseline.guidanceCapexUsd = guided.mid;
            const double before = guidedYear - 1 == lastYear ? lastValue : baseline.guidanceByYear.at(guidedYear - 1).mid;
            if (before > 0)
                baseline.capexGrowthDefault = guided.mid / before - 1.0;
        }
    }
    baseline.fleetByYear = fleetsOf(dataset, id, "LessWrong");
    baseline.epochFleetByYear = fleetsOf(dataset, id, "Epoch");
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
    const Dataset data = modelData(dataset, companyIds);
    ModelInputs inputs;
    for (const std::string &id : companyIds)
        inputs.companies.push_back(baselineOf(data, id));
    return inputs;
}

Dataset ModelInputs::modelData(const Dataset &dataset, const std::vector<std::string> &companyIds)
{
    Dataset data = dataset.withoutFigures();
    data.events = dataset.events;
    if (dataset.isIndexed()) {
        // In dataset order, as the pass below keeps them.
        std::vector<std::uint32_t> rows;
        for (const std::string &id : companyIds)
            for (const char *metric : {"capex", "gpu_fleet_h100e"})
                if (auto it = dataset.index.bySeries.find(ObservationIndex::seriesKey(id, metric));
                    it != dataset.index.bySeries.end())
                    rows.insert(rows.end(), it->second.begin(), it->second.end());
        std::sort(rows.begin(), rows.end());
        rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
        data.observations.reserve(rows.size());
        for (std::uint32_t row : rows)
            data.observations.push_back(dataset.observations[row]);
    } else {
        for (const Observation &o : dataset.observations)
            if ((o.metric == "capex" || o.metric == "gpu_fleet_h100e")
                && std::find(companyIds.begin(), companyIds.end(), o.entity) != companyIds.end())
                data.observations.push_back(o);
    }
    data.buildIndex();
    return data;
}

} // namespace capex

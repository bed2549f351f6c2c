#include "headlines.h"

#include <map>

namespace capex::Headlines {

std::vector<LatestFigure> latestActuals(const Dataset &dataset, const std::string &metric,
                                        const std::vector<std::string> &companies, const std::string &currency)
{
    std::vector<LatestFigure> result;
    for (const std::string &company : companies) {
        const Observation *latest = nullptr;
        dataset.forEach(company, metric, [&](const Observation &o) {
            if (o.kind != Kind::Actual || !o.period.isAnnual() || !o.centralValue())
                return;
            if (!latest || o.period.endPosition() > latest->period.endPosition()
                || (o.period.endPosition() == latest->period.endPosition() && o.asOf > latest->asOf))
                latest = &o;
        });
        if (!latest)
            continue;
        auto converted = dataset.convert(*latest->centralValue(), latest->currency.empty() ? "USD" : latest->currency,
                                         currency, latest->period.dominantYear());
        if (converted)
            result.push_back({latest, *converted});
    }
    return result;
}

std::optional<int> latestFleetYear(const Dataset &dataset)
{
    std::optional<int> year;
    dataset.forEachOfMetric("gpu_fleet_h100e", [&](const Observation &o) {
        if (o.period.isYearEnd() && o.kind != Kind::Guidance)
            year = std::max(year.value_or(o.period.year), o.period.year);
    });
    return year;
}

std::optional<FleetTotal> fleetTotal(const Dataset &dataset, int year)
{
    // Per source, each company's latest estimate (by as-of date): a source that revised its
    // estimate of a company counts the company once, at its latest word.
    std::map<std::string, std::map<std::string, const Observation *>> latest; // source → entity → figure
    dataset.forEachOfMetric("gpu_fleet_h100e", [&](const Observation &o) {
        if (!o.period.isYearEnd() || o.period.year != year || o.kind == Kind::Guidance || !o.centralValue())
            return;
        // Companies and labs only: a country's fleet (China's) would count their chips twice.
        if (const Entity *e = dataset.entity(o.entity); !e || (e->type != "company" && e->type != "lab"))
            return;
        const Observation *&kept = latest[o.source][o.entity];
        if (!kept || o.asOf > kept->asOf || (o.asOf == kept->asOf && o.uid > kept->uid))
            kept = &o;
    });
    std::map<std::string, FleetTotal> bySource;
    for (const auto &[source, companies] : latest) {
        FleetTotal &t = bySource[source];
        t.source = source;
        t.year = year;
        for (const auto &[entity, o] : companies) {
            const double value = *o->centralValue();
            ++t.companies;
            t.low += o->low.value_or(value);
            t.mid += value;
            t.high += o->high.value_or(value);
            t.asOf = std::max(t.asOf, o->asOf);
        }
    }
    std::optional<FleetTotal> best;
    for (const auto &[id, total] : bySource)
        if (!best || total.companies > best->companies
            || (total.companies == best->companies
                && (total.asOf > best->asOf || (total.asOf == best->asOf && total.mid > best->mid))))
            best = total;
    return best;
}

const Observation *find(const Dataset &dataset, const std::string &entity, const std::string &metric)
{
    const Observation *first = nullptr;
    dataset.forEach(entity, metric, [&](const Observation &o) {
        if (!first)
            first = &o;
    });
    return first;
}

} // namespace capex::Headlines

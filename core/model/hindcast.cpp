#include "hindcast.h"

#include "capexmodel.h"
#include "modelinputs.h"
#include "scenario.h"

#include <algorithm>

namespace capex {

int Hindcast::baseYearFor(const Dataset &known, const std::string &asOf, const std::vector<std::string> &companies)
{
    if (asOf < "2026-01-01")
        return 2024;
    const ModelInputs inputs = ModelInputs::fromDataset(known, companies);
    for (const CompanyBaseline &c : inputs.companies)
        if (c.actualByYear.count(2025))
            return 2025;
    return 2024;
}

Result<HindcastResult> Hindcast::run(
    const Dataset &dataset, const std::string &asOf, const std::function<Status(ModelParameters &)> &configure)
{
    auto data = prepare(dataset, asOf);
    if (!data.ok())
        return data.error();
    return run(data.value(), configure);
}

Result<HindcastData> Hindcast::prepare(const Dataset &dataset, const std::string &asOf)
{
    if (!ScenarioFile::isDate(asOf))
        return Error {ErrorCode::InvalidValue, {}, 0, 0, "as_of", asOf};
    // The model's part of the data (a few thousand figures), so that a store of a million is
    // neither copied for the date nor read again for what happened.
    const Dataset modelData = ModelInputs::modelData(dataset);
    const Dataset known = modelData.knownOn(asOf);
    HindcastData data;
    data.asOf = asOf;
    data.then = ModelInputs::fromDataset(known);
    data.t0 = baseYearFor(known, asOf, ModelParameters(data.then).selectedCompanies());
    data.since = ModelInputs::fromDataset(modelData);
    return data;
}

Result<HindcastResult> Hindcast::run(const HindcastData &data, const std::function<Status(ModelParameters &)> &configure)
{
    const std::string &asOf = data.asOf;
    ModelParameters parameters(data.then);
    if (Status status = parameters.set("t0", data.t0); !status)
        return status.error();
    if (configure)
        if (Status status = configure(parameters); !status)
            return status.error();
    // Only companies the data then gave a plan for take part, then and afterwards.
    std::vector<std::string> planned;
    for (const std::string &id : parameters.selectedCompanies())
        if (const CompanyBaseline *c = parameters.inputs().company(id); c && !c->actualByYear.empty())
            planned.push_back(id);
    if (Status status = parameters.selectCompanies(planned); !status)
        return status.error();

    const ModelResult projection = CapexModel::run(parameters);
    // What they reported since, in the order of the selection (the sums below add in it).
    ModelInputs later;
    for (const std::string &id : planned) {
        const CompanyBaseline *c = data.since.company(id);
        CompanyBaseline none; // a company the data knows nothing of: no actual, no estimate
        none.id = id;
        later.companies.push_back(c ? *c : none);
    }
    const bool epoch = parameters.fleetSource() == FleetSource::Epoch;
    const double aiShare = parameters.get(Parameter::AiShare);

    HindcastResult result;
    result.asOf = asOf;
    result.t0 = parameters.t0();
    result.companies = planned;
    int lastActual = 0;
    for (const CompanyBaseline &c : later.companies)
        if (!c.actualByYear.empty())
            lastActual = std::max(lastActual, c.actualByYear.rbegin()->first);
    for (int year = result.t0 + 1; year <= lastActual; ++year) {
        const YearRow *row = projection.year(year);
        if (!row)
            break;
        HindcastYear y;
        y.year = year;
        y.plannedAiCapexUsd = row->plannedAiCapexUsd;
        y.requiredAiCapexUsd = row->requiredAiCapexUsd;
        y.installedH100e = row->installedH100e;
        double actual = 0, fleet = 0;
        bool allActual = !later.companies.empty(), allFleet = !later.companies.empty();
        for (const CompanyBaseline &c : later.companies) {
            auto a = c.actualByYear.find(year);
            allActual = allActual && a != c.actualByYear.end();
            if (a != c.actualByYear.end())
                actual += a->second;
            const auto &fleets = epoch ? c.epochFleetByYear : c.fleetByYear;
            auto f = fleets.find(year);
            const bool estimated = f != fleets.end() && !f->second.forecast;
            allFleet = allFleet && estimated;
            if (estimated)
                fleet += f->second.mid;
        }
        if (allActual) {
            y.actualAiCapexUsd = actual * aiShare;
            if (y.plannedAiCapexUsd > 0)
                y.planError = *y.actualAiCapexUsd / y.plannedAiCapexUsd - 1.0;
        }
        if (allFleet) {
            y.fleetEstimateH100e = fleet;
            if (y.installedH100e > 0)
                y.fleetError = fleet / y.installedH100e - 1.0;
        }
        result.years.push_back(y);
    }
    return result;
}

} // namespace capex

#include "dataset.h"

#include <algorithm>
#include <cstdlib>

namespace capex {
namespace {

constexpr std::string_view kindNames[] = {"actual", "guidance", "estimate", "forecast", "curve", "fact"};
constexpr std::string_view gradeNames[] = {"reported", "estimate", "media"};

template<typename Record>
const Record *findById(const std::vector<Record> &records, std::string_view id)
{
    auto it = std::find_if(records.begin(), records.end(), [id](const Record &r) { return r.id == id; });
    return it == records.end() ? nullptr : &*it;
}

} // namespace

const char *kindName(Kind kind) { return kindNames[static_cast<int>(kind)].data(); }
const char *gradeName(Grade grade) { return gradeNames[static_cast<int>(grade)].data(); }

std::optional<Kind> parseKind(std::string_view text)
{
    for (std::size_t i = 0; i < std::size(kindNames); ++i)
        if (kindNames[i] == text)
            return static_cast<Kind>(i);
    return std::nullopt;
}

std::optional<Grade> parseGrade(std::string_view text)
{
    for (std::size_t i = 0; i < std::size(gradeNames); ++i)
        if (gradeNames[i] == text)
            return static_cast<Grade>(i);
    return std::nullopt;
}

std::optional<double> Observation::centralValue() const
{
    if (value)
        return value;
    if (low && high)
        return (*low + *high) / 2.0;
    return low ? low : high;
}

const Entity *Dataset::entity(std::string_view id) const { return findById(entities, id); }
const Metric *Dataset::metric(std::string_view id) const { return findById(metrics, id); }
const Source *Dataset::source(std::string_view id) const { return findById(sources, id); }

std::optional<double> Dataset::fxRate(std::string_view currency, int year) const
{
    if (currency == "USD")
        return 1.0;
    const FxRate *nearest = nullptr;
    for (const FxRate &rate : fxRates) {
        if (rate.currency != currency)
            continue;
        if (!nearest || std::abs(rate.year - year) < std::abs(nearest->year - year))
            nearest = &rate;
    }
    return nearest ? std::optional<double>(nearest->perUsd) : std::nullopt;
}

std::optional<double> Dataset::convert(double amount, std::string_view currency, std::string_view target,
                                       int year) const
{
    auto from = fxRate(currency, year);
    auto to = fxRate(target, year);
    if (!from || !to)
        return std::nullopt;
    return amount / *from * *to;
}

namespace {

/// "2025" → "2025-12-31", "2025-09" → "2025-09-31": the last day a partial date may mean, as
/// text that sorts after every real day it covers.
std::string lastDayOf(std::string date)
{
    if (date.size() == 4)
        return date + "-12-31";
    if (date.size() == 7)
        return date + "-31";
    return date;
}

} // namespace

std::string Dataset::knownDate(const Observation &o) const
{
    if (!o.asOf.empty())
        return lastDayOf(o.asOf);
    const Source *s = source(o.source);
    return s && !s->date.empty() ? lastDayOf(s->date) : std::string();
}

Dataset Dataset::withoutFigures() const
{
    Dataset d;
    d.version = version;
    d.released = released;
    d.entities = entities;
    d.metrics = metrics;
    d.sources = sources;
    d.fxRates = fxRates;
    d.costCurves = costCurves;
    return d;
}

Dataset Dataset::knownOn(std::string_view date) const
{
    Dataset known = withoutFigures();
    for (const Observation &o : observations) {
        const std::string when = knownDate(o);
        if (!when.empty() && when <= date)
            known.observations.push_back(o);
    }
    for (const Event &e : events)
        if (!e.date.empty() && lastDayOf(e.date) <= date)
            known.events.push_back(e);
    known.buildIndex();
    return known;
}

Dataset::Dataset(const Dataset &other)
    : version(other.version), released(other.released), entities(other.entities), metrics(other.metrics),
      sources(other.sources), observations(other.observations), fxRates(other.fxRates), events(other.events),
      costCurves(other.costCurves)
{
    // Every member above: a member added to Dataset must be copied here too.
    if (other.isIndexed()) {
        index = other.index;
        index.data = observations.data();
    }
}

Dataset &Dataset::operator=(const Dataset &other)
{
    if (this != &other)
        *this = Dataset(other);
    return *this;
}

std::string ObservationIndex::seriesKey(std::string_view entity, std::string_view metric)
{
    std::string key;
    key.reserve(entity.size() + 1 + metric.size());
    key.append(entity).append(1, '\x1f').append(metric);
    return key;
}

void Dataset::buildIndex()
{
    index = {};
    // A store's figures come grouped by entity and metric: one look-up per run of the same
    // series, not per figure.
    std::vector<std::uint32_t> *series = nullptr;
    std::vector<std::uint32_t> *metric = nullptr;
    const Observation *runStart = nullptr;
    for (std::size_t row = 0; row < observations.size(); ++row) {
        const Observation &o = observations[row];
        if (!runStart || o.metric != runStart->metric) {
            metric = &index.byMetric[o.metric];
            series = nullptr;
        }
        if (!series || o.entity != runStart->entity) {
            series = &index.bySeries[ObservationIndex::seriesKey(o.entity, o.metric)];
            runStart = &o;
        }
        series->push_back(static_cast<std::uint32_t>(row));
        metric->push_back(static_cast<std::uint32_t>(row));
    }
    index.data = observations.data();
    index.size = observations.size();
}

} // namespace capex

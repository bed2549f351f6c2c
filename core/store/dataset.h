#pragma once

#include "period.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace capex {

/// What sort of figure an observation is. Charts draw each kind differently.
enum class Kind { Actual, Guidance, Estimate, Forecast, Curve, Fact };
/// How close the figure is to its origin: the company's filing or the primary paper
/// (`Reported`), an analyst's or researcher's estimate, or a press report (`Media`).
enum class Grade { Reported, Estimate, Media };

const char *kindName(Kind kind);
const char *gradeName(Grade grade);
std::optional<Kind> parseKind(std::string_view text);
std::optional<Grade> parseGrade(std::string_view text);

struct Entity
{
    std::string id; ///< stable, e.g. "microsoft", "deepseek_v3"
    std::string type; ///< company, model, country, project, lab
    std::string nameEn;
    std::string nameZh;
    bool userEntered = false;
};

struct Metric
{
    std::string id; ///< stable, e.g. "capex", "gpu_fleet_h100e"
    std::string nameEn;
    std::string nameZh;
    std::string unit; ///< "money" for money metrics (the observation carries the currency)
    bool userEntered = false;
};

struct Source
{
    std::string id;
    std::string publisher;
    std::string title;
    std::string url;      ///< empty when there is none
    std::string date;     ///< ISO date, or YYYY-MM / YYYY when that is all that is known
    std::string language; ///< "en" or "zh"
    bool seed = false;    ///< one of the seed articles the product grew from
    std::vector<std::string> via; ///< ids of the seed articles the figures came through
    bool userEntered = false;
};

struct Observation
{
    std::int64_t rowId = 0; ///< database row id; 0 before it is stored
    std::string uid;        ///< stable id of a bundled record; empty for user records
    std::string entity;
    std::string metric;
    Period period;
    std::optional<double> value;
    std::optional<double> low;
    std::optional<double> high;
    std::string unit;
    std::string currency; ///< ISO code for money, empty otherwise
    Kind kind = Kind::Fact;
    Grade grade = Grade::Reported;
    std::string source;
    std::string asOf; ///< ISO date the figure was published or known; may be empty
    std::string noteEn;
    std::string noteZh;
    bool userEntered = false;

    /// The single number to plot: the value, else the midpoint of the range (guidance
    /// ranges have no value of their own).
    std::optional<double> centralValue() const;
    /// Guidance given in words alone ("notably larger in 2026"): no value and no bounds;
    /// the notes say what was said. Charts draw it as a marker with the words on hover.
    bool isStatement() const { return !value && !low && !high; }
};

/// Whether a record may go without a number: only guidance, and only with words in a note.
inline bool mayBeStatement(Kind kind, bool hasNote) { return kind == Kind::Guidance && hasNote; }

struct FxRate
{
    int year = 0;
    std::string currency;
    double perUsd = 0; ///< units of `currency` for one US dollar
    std::string source;
};

struct Event
{
    std::string id;
    std::string date;
    std::string labelEn;
    std::string labelZh;
    std::string source;
};

struct CostCurve
{
    std::string id;
    std::string nameEn;
    std::string nameZh;
    std::optional<double> annualDecline; ///< none for curves derived from other parameters
    std::string source;
    std::string noteEn;
    std::string noteZh;
};

/// Where the observations of each series (entity and metric) and of each metric lie in a
/// dataset's vector: row numbers in dataset order. Built by Dataset::buildIndex(); valid while
/// the vector it was built for is unchanged (the same array and size; a moved dataset keeps it).
struct ObservationIndex
{
    const Observation *data = nullptr; ///< the array it was built for
    std::size_t size = 0;
    std::unordered_map<std::string, std::vector<std::uint32_t>> bySeries; ///< key: entity + '\x1f' + metric
    std::unordered_map<std::string, std::vector<std::uint32_t>> byMetric;

    static std::string seriesKey(std::string_view entity, std::string_view metric);
};

/// An immutable picture of every record: what the bundled files hold, or what the
/// database holds at one moment. The UI builds its models from one of these.
struct Dataset
{
    Dataset() = default;
    /// A copy keeps the index (its row numbers hold for the copied figures): a copy of a store
    /// of a million figures is read as fast as the store.
    Dataset(const Dataset &other);
    Dataset &operator=(const Dataset &other);
    Dataset(Dataset &&) noexcept = default; ///< the figures' array moves, and the index with it
    Dataset &operator=(Dataset &&) noexcept = default;

    int version = 0;
    std::string released;
    std::vector<Entity> entities;
    std::vector<Metric> metrics;
    std::vector<Source> sources;
    std::vector<Observation> observations;
    std::vector<FxRate> fxRates;
    std::vector<Event> events;
    std::vector<CostCurve> costCurves;

    const Entity *entity(std::string_view id) const;
    const Metric *metric(std::string_view id) const;
    const Source *source(std::string_view id) const;
    /// Units of `currency` per US dollar in `year`; the nearest year's rate when that
    /// year has none; nullopt when the currency has no rate at all. USD is always 1.
    std::optional<double> fxRate(std::string_view currency, int year) const;
    /// `amount` in `currency` during `year`, converted to `target`.
    std::optional<double> convert(double amount, std::string_view currency, std::string_view target, int year) const;

    /// When `o` became known, as an ISO date: its as_of, else its source's date; a date known
    /// only to the month or year counts as the last day of it ("2025-09" → "2025-09-31", which
    /// sorts after every day of September). Empty when neither is recorded.
    std::string knownDate(const Observation &o) const;
    /// Every record but the observations and the events: what a dataset narrowed to some of
    /// its figures (knownOn(), ModelInputs::modelData()) starts from.
    Dataset withoutFigures() const;
    /// The data as known on `date` (YYYY-MM-DD): the observations known on or before it (one
    /// without any date is left out) and the events dated on or before it; every other record
    /// as is. docs/model.md, "The data as known on a date". Indexed (buildIndex()).
    Dataset knownOn(std::string_view date) const;

    /// Indexes the observations by series and by metric, so that forEach() visits only those
    /// asked for: a store of a million figures is read that way by every chart and the model.
    /// Call it again after changing `observations` (without it, or after a change, forEach()
    /// still gives the right figures, by a pass over all of them).
    void buildIndex();
    bool isIndexed() const { return index.data == observations.data() && index.size == observations.size(); }
    /// Calls `visit(const Observation &)` for each observation of `entity` and `metric`, in
    /// dataset order.
    template<typename Visit>
    void forEach(std::string_view entity, std::string_view metric, Visit &&visit) const
    {
        if (!isIndexed()) {
            for (const Observation &o : observations)
                if (o.entity == entity && o.metric == metric)
                    visit(o);
            return;
        }
        if (auto it = index.bySeries.find(ObservationIndex::seriesKey(entity, metric)); it != index.bySeries.end())
            for (std::uint32_t row : it->second)
                visit(observations[row]);
    }
    /// The first observation of `entity` and `metric` in dataset order, or null: with the index,
    /// one lookup (which companies have capex, asked of a store of a million figures).
    const Observation *firstOf(std::string_view entity, std::string_view metric) const
    {
        if (!isIndexed()) {
            for (const Observation &o : observations)
                if (o.entity == entity && o.metric == metric)
                    return &o;
            return nullptr;
        }
        const auto it = index.bySeries.find(ObservationIndex::seriesKey(entity, metric));
        return it == index.bySeries.end() || it->second.empty() ? nullptr : &observations[it->second.front()];
    }
    /// Calls `visit(const Observation &)` for each observation of `metric`, in dataset order.
    template<typename Visit>
    void forEachOfMetric(std::string_view metric, Visit &&visit) const
    {
        if (!isIndexed()) {
            for (const Observation &o : observations)
                if (o.metric == metric)
                    visit(o);
            return;
        }
        if (auto it = index.byMetric.find(std::string(metric)); it != index.byMetric.end())
            for (std::uint32_t row : it->second)
                visit(observations[row]);
    }

    ObservationIndex index;
};

} // namespace capex

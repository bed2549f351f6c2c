#include "guidance.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <string_view>

namespace capex::Guidance {
namespace {

/// The as-of date of a record as a period (a date, or a month when only the month is known).
std::optional<Period> statedOn(const Observation &o)
{
    if (o.asOf.empty())
        return std::nullopt;
    auto period = Period::parse(o.asOf);
    if (!period || (period->type != Period::Type::Date && period->type != Period::Type::Month))
        return std::nullopt;
    return period;
}

/// Two midpoints that differ by less than this share of the larger are the same figure.
constexpr double sameFigure = 1e-9;

} // namespace

int Track::numericCount() const
{
    return static_cast<int>(std::count_if(revisions.begin(), revisions.end(), [](const Revision &r) { return !r.inWords; }));
}

int Track::wordsCount() const
{
    return static_cast<int>(std::count_if(revisions.begin(), revisions.end(), [](const Revision &r) { return r.inWords; }));
}

Track track(const Dataset &dataset, const std::string &entity, const std::string &metric, const Period &period,
            const std::string &currency)
{
    Track t;
    t.entity = entity;
    t.metric = metric;
    t.period = period;
    const int year = period.dominantYear();
    auto convert = [&](const Observation &o, std::optional<double> v) -> std::optional<double> {
        if (!v)
            return std::nullopt;
        return dataset.convert(*v, o.currency.empty() ? "USD" : o.currency, currency, year);
    };

    bool fiscalActuals = false;
    dataset.forEach(entity, metric, [&](const Observation &o) {
        if (o.kind == Kind::Actual && o.period.type == Period::Type::FiscalYear)
            fiscalActuals = true;
        if (o.period != period)
            return;
        if (o.kind == Kind::Guidance) {
            const auto stated = statedOn(o);
            if (!stated) {
                t.undated.push_back(&o);
                return;
            }
            Revision r;
            r.observation = &o;
            r.stated = *stated;
            r.inWords = o.isStatement();
            if (!r.inWords) {
                r.mid = convert(o, o.centralValue());
                if (!r.mid)
                    return; // a currency without a rate: nothing to compare it with
                r.low = convert(o, o.low ? o.low : o.value);
                r.high = convert(o, o.high ? o.high : o.value);
            }
            t.revisions.push_back(r);
        } else if (o.kind == Kind::Actual) {
            const auto value = convert(o, o.centralValue());
            if (!value)
                return;
            // The one stated last; an actual without a date counts as the oldest.
            if (t.actual && !(o.asOf > t.actual->observation->asOf))
                return;
            t.actual = Actual{&o, *value, statedOn(o)};
        }
    });
    t.reportsFiscalYears = !t.actual && period.type == Period::Type::Year && fiscalActuals;

    std::stable_sort(t.revisions.begin(), t.revisions.end(), [](const Revision &a, const Revision &b) {
        return a.stated.midpoint() < b.stated.midpoint();
    });

    const Revision *previous = nullptr;
    for (std::size_t i = 0; i < t.revisions.size(); ++i) {
        Revision &r = t.revisions[i];
        if (r.inWords)
            continue;
        if (!t.first)
            t.first = i;
        t.latest = i;
        if (previous) {
            const double before = *previous->mid, now = *r.mid;
            if (std::fabs(now - before) <= sameFigure * std::max(std::fabs(now), std::fabs(before))) {
                r.change = Change::Maintained;
                ++t.maintained;
            } else if (now > before) {
                r.change = Change::Raised;
                ++t.raises;
            } else {
                r.change = Change::Cut;
                ++t.cuts;
            }
        }
        previous = &r;
    }

    if (t.actual) {
        const Revision *first = t.firstNumeric(), *latest = t.latestNumeric();
        if (first && *first->mid > 0)
            t.actualVsFirst = t.actual->value / *first->mid - 1;
        if (latest && *latest->mid > 0)
            t.actualVsLatest = t.actual->value / *latest->mid - 1;
        if (latest && latest->observation->low && latest->observation->high)
            t.actualWithinLatestRange = t.actual->value >= *latest->low && t.actual->value <= *latest->high;
    }
    return t;
}

Track track(const Dataset &dataset, const std::string &entity, const std::string &metric, int year,
            const std::string &currency)
{
    return track(dataset, entity, metric, Period::calendarYear(year), currency);
}

std::vector<std::string> companiesWithCalendarGuidance(const Dataset &dataset, const std::string &metric)
{
    // One pass over the figures (a large store holds a million), then the companies in the
    // order of the entities.
    std::set<std::string_view> guiding;
    dataset.forEachOfMetric(metric, [&](const Observation &o) {
        if (o.kind == Kind::Guidance && o.period.type == Period::Type::Year && statedOn(o))
            guiding.insert(o.entity);
    });
    std::vector<std::string> ids;
    for (const Entity &e : dataset.entities)
        if (e.type == "company" && guiding.count(e.id))
            ids.push_back(e.id);
    return ids;
}

} // namespace capex::Guidance

#include "quarters.h"

#include <algorithm>
#include <map>

namespace capex::Quarters {

Period YearQuarter::period() const
{
    return Period::calendarQuarter(year, quarter);
}

namespace {

std::optional<double> growth(double now, std::optional<double> before)
{
    if (!before || *before <= 0)
        return std::nullopt;
    return now / *before - 1;
}

} // namespace

Series series(const Dataset &dataset, const std::string &entity, const std::string &metric,
              const std::string &currency)
{
    Series result;
    result.entity = entity;
    std::map<YearQuarter, QuarterFigure> byQuarter;
    dataset.forEach(entity, metric, [&](const Observation &o) {
        if (o.kind != Kind::Actual)
            return;
        const auto counted = o.period.countedCalendarQuarter();
        const auto value = o.centralValue();
        if (!counted || !value)
            return;
        const YearQuarter q{counted->year, counted->quarter};
        const auto converted = dataset.convert(*value, o.currency.empty() ? "USD" : o.currency, currency, q.year);
        if (!converted)
            return;
        auto it = byQuarter.find(q);
        if (it != byQuarter.end() && it->second.observation->asOf >= o.asOf)
            return;
        byQuarter[q] = QuarterFigure{q, &o, *converted, std::nullopt};
    });
    for (auto &[q, figure] : byQuarter) {
        auto before = byQuarter.find(q.yearBefore());
        figure.yearOnYear = growth(figure.converted, before == byQuarter.end()
                                                          ? std::nullopt
                                                          : std::optional<double>(before->second.converted));
        result.quarters.push_back(figure);
    }
    if (byQuarter.size() < 4)
        return result;
    // Trailing sums from the first quarter that could have four reported ones behind it.
    YearQuarter first = byQuarter.begin()->first.next().next().next();
    const YearQuarter last = byQuarter.rbegin()->first;
    std::map<YearQuarter, double> sums;
    for (YearQuarter q = first; q <= last; q = q.next()) {
        TrailingFigure t;
        t.quarter = q;
        double sum = 0;
        YearQuarter k = q;
        for (int i = 0; i < 4; ++i, k = k.previous()) {
            auto it = byQuarter.find(k);
            if (it == byQuarter.end()) {
                t.missing = k;
                break;
            }
            sum += it->second.converted;
        }
        if (!t.missing) {
            t.value = sum;
            sums[q] = sum;
            auto before = sums.find(q.yearBefore());
            t.yearOnYear = growth(sum, before == sums.end() ? std::nullopt : std::optional<double>(before->second));
        }
        result.trailing.push_back(t);
    }
    return result;
}

std::optional<QuarterTotal> latestCommonQuarter(const Dataset &dataset, const std::string &metric,
                                                const std::vector<std::string> &companies,
                                                const std::string &currency)
{
    if (companies.empty())
        return std::nullopt;
    std::vector<Series> all;
    for (const std::string &c : companies)
        all.push_back(series(dataset, c, metric, currency));
    auto figureOf = [](const Series &s, YearQuarter q) -> const QuarterFigure * {
        for (const QuarterFigure &f : s.quarters)
            if (f.quarter == q)
                return &f;
        return nullptr;
    };
    std::optional<YearQuarter> latest;
    for (const QuarterFigure &f : all.front().quarters) {
        const bool everyone = std::all_of(all.begin(), all.end(), [&](const Series &s) { return figureOf(s, f.quarter); });
        if (everyone)
            latest = f.quarter;
    }
    if (!latest)
        return std::nullopt;
    QuarterTotal total;
    total.quarter = *latest;
    double before = 0;
    bool allBefore = true;
    for (const Series &s : all) {
        const QuarterFigure *f = figureOf(s, *latest);
        total.total += f->converted;
        total.figures.push_back(f->observation);
        if (const QuarterFigure *b = figureOf(s, latest->yearBefore()))
            before += b->converted;
        else
            allBefore = false;
    }
    if (allBefore)
        total.yearOnYear = growth(total.total, before);
    return total;
}

std::optional<GuidanceTotal> guidanceTotal(const Dataset &dataset, const std::string &metric,
                                           const std::vector<std::string> &companies, int year,
                                           const std::string &currency)
{
    GuidanceTotal total;
    total.year = year;
    for (const std::string &c : companies) {
        const Observation *latest = nullptr;
        dataset.forEach(c, metric, [&](const Observation &o) {
            if (o.kind == Kind::Guidance && o.period.type == Period::Type::Year && o.period.year == year
                && !o.isStatement() && (!latest || o.asOf > latest->asOf))
                latest = &o;
        });
        if (!latest)
            continue;
        const std::string from = latest->currency.empty() ? "USD" : latest->currency;
        const double mid = *latest->centralValue();
        const auto convert = [&](double v) { return dataset.convert(v, from, currency, year).value_or(0); };
        total.mid += convert(mid);
        total.low += convert(latest->low.value_or(latest->value.value_or(mid)));
        total.high += convert(latest->high.value_or(latest->value.value_or(mid)));
        total.figures.push_back(latest);
    }
    if (total.figures.empty())
        return std::nullopt;
    return total;
}

} // namespace capex::Quarters

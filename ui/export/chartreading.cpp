#include "chartreading.h"

#include "overbuildmapchart.h"
#include "trackrecordchart.h"

#include "capexchart.h"
#include "costcurvepresets.h"
#include "fleetchart.h"
#include "guidancechart.h"
#include "headlines.h"
#include "jevonschart.h"
#include "scenariodocument.h"
#include "trainingcostchart.h"
#include "translation.h"
#include "valuetext.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace capex::ui {
namespace {

// lupdate files the texts of free functions under their namespace.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("capex::ui", text, disambiguation, n);
}

bool chinese() { return Translation::instance().language() == Language::Chinese; }

/// Items of a sentence's list: "a; b; c" in English, "a；b；c" in Chinese.
QString joinItems(const QStringList &items) { return items.join(chinese() ? QStringLiteral("；") : QStringLiteral("; ")); }

QString entityName(const Dataset &d, const std::string &id)
{
    const Entity *e = d.entity(id);
    return e ? localized(e->nameEn, e->nameZh) : QString::fromStdString(id);
}

QString publisher(const Dataset &d, const std::string &sourceId)
{
    const Source *s = d.source(sourceId);
    return s ? QString::fromStdString(s->publisher) : QString::fromStdString(sourceId);
}

QString money(double usd, int digits = 3)
{
    return QString::fromStdString(Translation::instance().format(digits).money(usd, "USD"));
}

QString number(double value) { return QString::fromStdString(Translation::instance().format(3).number(value)); }

QString percent(double fraction) { return QString::fromStdString(Translation::instance().format(3).percent(fraction)); }

QString factor(double value) { return QString::fromStdString(Translation::instance().format(3).factor(value)); }

QString period(const Observation &o) { return periodText(o.period); }

/// A count's range "750K – 900K" where it has one, else its value.
QString spanText(const Observation &o)
{
    if (o.low && o.high)
        return number(*o.low) + QStringLiteral(" – ") + number(*o.high);
    return number(*o.centralValue());
}

QString capexReading(const CapexChart &chart)
{
    const Dataset *d = chart.snapshot();
    if (!d)
        return {};
    std::vector<std::string> ids;
    for (const QString &id : chart.companies())
        ids.push_back(id.toStdString());
    QStringList items;
    for (const Headlines::LatestFigure &latest : Headlines::latestActuals(*d, "capex", ids, "USD")) {
        const Observation &o = *latest.observation;
        // The same company's actual for the same period a year earlier, for the growth.
        Period yearBefore = o.period;
        --yearBefore.year;
        const Observation *before = nullptr;
        d->forEach(o.entity, o.metric, [&](const Observation &p) {
            if (p.kind == Kind::Actual && p.period == yearBefore && p.centralValue() && p.currency == o.currency)
                before = &p;
        });
        const QString value = valueText(*o.centralValue(), o);
        if (before && *before->centralValue() > 0)
            items << tr("%1 %2 (%3, %4 on the year before)")
                         .arg(entityName(*d, o.entity), value, period(o),
                              QString::fromStdString(Translation::instance().format(2).percent(
                                  *o.centralValue() / *before->centralValue() - 1)));
        else
            items << tr("%1 %2 (%3)").arg(entityName(*d, o.entity), value, period(o));
    }
    if (items.isEmpty())
        return {};
    QString text = tr("Latest reported capex: %1.").arg(joinItems(items));
    // The largest guidance for the latest period anyone guides for.
    const Observation *guidance = nullptr;
    double guidanceUsd = 0;
    for (const std::string &id : ids)
        d->forEach(id, "capex", [&](const Observation &o) {
            if (o.kind != Kind::Guidance || !o.period.isAnnual() || !o.centralValue())
                return;
            const double usd = d->convert(*o.centralValue(), o.currency.empty() ? "USD" : o.currency, "USD",
                                          o.period.dominantYear())
                                   .value_or(0);
            if (!guidance || o.period.dominantYear() > guidance->period.dominantYear()
                || (o.period.dominantYear() == guidance->period.dominantYear() && usd > guidanceUsd)) {
                guidance = &o;
                guidanceUsd = usd;
            }
        });
    if (guidance)
        text += QLatin1Char(' ')
            + tr("The largest guidance for %1 is %2's: %3.")
                  .arg(period(*guidance), entityName(*d, guidance->entity), valueWithRangeText(*guidance));
    return text;
}

QString fleetReading(const FleetChart &chart)
{
    const Dataset *d = chart.snapshot();
    if (!d)
        return {};
    std::map<int, std::vector<const Observation *>> byYear;
    std::set<std::string> sources;
    int count = 0;
    d->forEachOfMetric("gpu_fleet_h100e", [&](const Observation &o) {
        if (o.period.isYearEnd() && o.centralValue()) {
            byYear[o.period.year].push_back(&o);
            sources.insert(o.source);
            ++count;
        }
    });
    if (byYear.empty())
        return {};
    // The year most sources estimate (the latest of equals) is the one to compare.
    auto best = byYear.begin();
    for (auto it = byYear.begin(); it != byYear.end(); ++it)
        if (it->second.size() >= best->second.size())
            best = it;
    const int year = best->first;
    std::vector<const Observation *> estimates = best->second;
    std::stable_sort(estimates.begin(), estimates.end(),
                     [](const Observation *a, const Observation *b) { return *a->centralValue() > *b->centralValue(); });
    QStringList largest;
    std::set<std::string> named;
    for (const Observation *o : estimates) {
        if (named.size() == 3)
            break;
        if (!named.insert(o->entity).second)
            continue;
        largest << tr("%1 %2 H100e — %3").arg(entityName(*d, o->entity), spanText(*o), publisher(*d, o->source));
    }
    QString text = tr("%1 sources estimate GPU fleets, %n figure(s) in all.", nullptr, count)
                       .arg(static_cast<int>(sources.size()))
        + QLatin1Char(' ') + tr("For the end of %1 the largest are: %2.").arg(year).arg(joinItems(largest));
    // Where the sources disagree most on one company.
    double spread = 1;
    const Observation *low = nullptr, *high = nullptr;
    for (const Observation *a : estimates)
        for (const Observation *b : estimates)
            if (a->entity == b->entity && a->source != b->source && *b->centralValue() > 0
                && *a->centralValue() / *b->centralValue() > spread) {
                spread = *a->centralValue() / *b->centralValue();
                high = a;
                low = b;
            }
    if (high && spread >= 1.2)
        text += QLatin1Char(' ')
            + tr("The sources differ most on %1: %2 H100e — %3, against %4 — %5.")
                  .arg(entityName(*d, high->entity), spanText(*high), publisher(*d, high->source), spanText(*low),
                       publisher(*d, low->source));
    return text;
}

QString costCurveReading(const ScenarioDocument &document)
{
    const ModelParameters &p = document.parameters();
    const auto &rows = document.result().years;
    if (rows.empty())
        return {};
    const CostCurvePreset *preset = CostCurvePresets::preset(p.costCurve());
    const QString name = preset ? localized(preset->nameEn, preset->nameZh) : QString::fromStdString(p.costCurve());
    const double decline = p.get(Parameter::CostDecline);
    QString text = tr("The scenario uses the curve “%1”: the price of AI work at fixed capability falls %2 a year.")
                       .arg(name, percent(decline));
    if (rows.back().unitCostIndex > 0 && rows.size() > 1)
        text += QLatin1Char(' ')
            + tr("By %1 the same work costs 1/%2 of its %3 price.")
                  .arg(rows.back().year)
                  .arg(number(1.0 / rows.back().unitCostIndex))
                  .arg(rows.front().year);
    const CostCurvePreset *slowest = nullptr, *fastest = nullptr;
    for (const CostCurvePreset &c : CostCurvePresets::presets()) {
        if (!c.annualDecline)
            continue;
        if (!slowest || *c.annualDecline < *slowest->annualDecline)
            slowest = &c;
        if (!fastest || *c.annualDecline > *fastest->annualDecline)
            fastest = &c;
    }
    if (slowest && fastest && slowest != fastest)
        text += QLatin1Char(' ')
            + tr("The published curves range from %1 a year (%2) to %3 a year (%4).")
                  .arg(percent(*slowest->annualDecline), localized(slowest->nameEn, slowest->nameZh),
                       percent(*fastest->annualDecline), localized(fastest->nameEn, fastest->nameZh));
    return text;
}

QString fleetModelReading(const ScenarioDocument &document)
{
    const auto &rows = document.result().years;
    if (rows.size() < 2)
        return {};
    const YearRow &first = rows.front(), &last = rows.back();
    QString text = tr("Demand requires %1 H100e in %2 and %3 in %4 (%5); the installed fleet reaches %6.")
                       .arg(number(first.requiredH100e))
                       .arg(first.year)
                       .arg(number(last.requiredH100e))
                       .arg(last.year)
                       .arg(first.requiredH100e > 0 ? factor(last.requiredH100e / first.requiredH100e) : QString())
                       .arg(number(last.installedH100e));
    const YearRow *idle = nullptr, *unmet = nullptr;
    for (const YearRow &r : rows) {
        if (r.idleH100e > 0 && (!idle || r.idleH100e > idle->idleH100e))
            idle = &r;
        if (r.unmetH100e > 0 && (!unmet || r.unmetH100e > unmet->unmetH100e))
            unmet = &r;
    }
    text += QLatin1Char(' ');
    text += idle ? tr("Idle capacity peaks at %1 H100e in %2: the fleet was built for more demand than came.")
                       .arg(number(idle->idleH100e))
                       .arg(idle->year)
                 : tr("No year has idle capacity: the installed fleet never exceeds what demand requires.");
    if (unmet)
        text += QLatin1Char(' ')
            + (unmet->cappedBy == CapLimit::Power
                   ? tr("The power ceiling leaves up to %1 H100e unbuilt (%2).")
                   : tr("The capex ceiling leaves up to %1 H100e unbuilt (%2)."))
                  .arg(number(unmet->unmetH100e))
                  .arg(unmet->year);
    text += QLatin1Char(' ')
        + tr("The fleet draws %1 GW in %2 and %3 GW in %4; demand would need %5 GW.")
              .arg(number(first.installedPowerGw))
              .arg(first.year)
              .arg(number(last.installedPowerGw))
              .arg(last.year)
              .arg(number(last.requiredPowerGw));
    return text;
}

QString capexModelReading(const ScenarioDocument &document)
{
    const auto &rows = document.result().years;
    if (rows.size() < 2)
        return {};
    const YearRow &last = rows.back();
    QString text = tr("Required AI capex reaches %1 in %2, against %3 planned by the selected companies.")
                       .arg(money(last.requiredAiCapexUsd))
                       .arg(last.year)
                       .arg(money(last.plannedAiCapexUsd));
    const YearRow *next = &rows[1];
    if (next->planToRequiredRatio && last.planToRequiredRatio)
        text += QLatin1Char(' ')
            + tr("Plan ÷ required is %1 in %2 and %3 in %4 (above 1: the build-out runs ahead of demand; below 1: "
                 "behind it).")
                  .arg(factor(*next->planToRequiredRatio))
                  .arg(next->year)
                  .arg(factor(*last.planToRequiredRatio))
                  .arg(last.year);
    for (const YearRow &r : rows)
        if (r.capped) {
            text += QLatin1Char(' ')
                + (r.cappedBy == CapLimit::Power ? tr("The power ceiling binds from %1.").arg(r.year)
                                                 : tr("The ceiling on AI capex binds from %1.").arg(r.year));
            break;
        }
    int guided = 0;
    for (int year : document.result().lastGuidedYear)
        guided = std::max(guided, year);
    if (guided > 0)
        text += QLatin1Char(' ')
            + tr("The plan follows the companies' actuals and guidance to %1, then its growth fades to %2 a year over "
                 "%3 years.")
                  .arg(guided)
                  .arg(percent(document.parameters().get(Parameter::PlanLongRunGrowth)))
                  .arg(static_cast<int>(document.parameters().get(Parameter::PlanFadeYears)));
    return text;
}

QString trainingCostReading(const TrainingCostChart &chart)
{
    QStringList items;
    for (const TrainingCostChart::Run &run : chart.runs())
        items << tr("%1 cost %2 (%3), the same run %4 in %5")
                     .arg(run.model, money(run.costUsd), QString::number(run.year), money(run.laterCostUsd),
                          QString::number(chart.laterYear()));
    if (items.isEmpty())
        return {};
    return tr("Under the selected cost curve: %1.").arg(joinItems(items));
}

} // namespace

QString ChartReading::text(const QString &id, const DashboardChart &chart, const ScenarioDocument &document)
{
    if (id == QLatin1String("capex"))
        if (auto *capex = qobject_cast<const CapexChart *>(&chart))
            return capexReading(*capex);
    if (id == QLatin1String("guidance"))
        if (auto *guidance = qobject_cast<const GuidanceChart *>(&chart))
            return guidance->readings().join(chinese() ? QString() : QStringLiteral(" "));
    if (id == QLatin1String("fleet"))
        if (auto *fleet = qobject_cast<const FleetChart *>(&chart))
            return fleetReading(*fleet);
    if (id == QLatin1String("cost-curves"))
        return costCurveReading(document);
    if (id == QLatin1String("jevons"))
        return JevonsChart::reading(document);
    if (id == QLatin1String("fleet-model"))
        return fleetModelReading(document);
    if (id == QLatin1String("capex-model"))
        return capexModelReading(document);
    if (id == QLatin1String("training-cost"))
        if (auto *training = qobject_cast<const TrainingCostChart *>(&chart))
            return trainingCostReading(*training);
    if (id == QLatin1String("track-record"))
        if (auto *track = qobject_cast<const TrackRecordChart *>(&chart))
            return track->reading();
    if (id == QLatin1String("overbuild-map"))
        if (auto *map = qobject_cast<const OverbuildMapChart *>(&chart)) {
            const GridResult &g = map->grid();
            const double share = map->shareAbove();
            if (g.values.empty() || std::isnan(share))
                return {};
            return tr("Over %1 combinations of %2 and %3 across their usual ranges, the plan for %4 exceeds what "
                      "demand requires in %5 of them.")
                .arg(g.values.size())
                .arg(QString::fromStdString(g.x), QString::fromStdString(g.y))
                .arg(g.year)
                .arg(percent(share));
        }
    return {};
}

} // namespace capex::ui

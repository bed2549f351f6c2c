#include "chartcatalog.h"

#include "overbuildmapchart.h"
#include "trackrecordchart.h"

#include "capexchart.h"
#include "capexmodelchart.h"
#include "costcurvechart.h"
#include "fleetchart.h"
#include "fleetmodelchart.h"
#include "guidancechart.h"
#include "jevonschart.h"
#include "settings.h"
#include "trainingcostchart.h"

#include <QCoreApplication>

namespace capex::ui {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("capex::ui::ChartCatalog", text); }

struct CatalogEntry
{
    const char *id;
    const char *title;
    bool scenario;
};

// QT_TRANSLATE_NOOP marks the titles for lupdate; title() translates them when asked.
const CatalogEntry entries[] = {
    {"capex", QT_TRANSLATE_NOOP("capex::ui::ChartCatalog", "Capex by company"), false},
    {"guidance", QT_TRANSLATE_NOOP("capex::ui::ChartCatalog", "Capex guidance, statement by statement"), false},
    {"fleet", QT_TRANSLATE_NOOP("capex::ui::ChartCatalog", "GPU fleets by company"), false},
    {"cost-curves", QT_TRANSLATE_NOOP("capex::ui::ChartCatalog", "Cost curves"), true},
    {"jevons", QT_TRANSLATE_NOOP("capex::ui::ChartCatalog", "Jevons paradox: price, demand and spend"), true},
    {"fleet-model", QT_TRANSLATE_NOOP("capex::ui::ChartCatalog", "GPU fleet and its power: required against installed"), true},
    {"capex-model", QT_TRANSLATE_NOOP("capex::ui::ChartCatalog", "AI capex: required by demand against planned"), true},
    {"training-cost", QT_TRANSLATE_NOOP("capex::ui::ChartCatalog", "Training runs: cost then and later"), true},
    {"overbuild-map", QT_TRANSLATE_NOOP("capex::ui::ChartCatalog", "Over-build map: plan ÷ required over two parameters"), true},
    {"track-record", QT_TRANSLATE_NOOP("capex::ui::ChartCatalog", "Track record: the plan on a date against what followed"), true},
};

const CatalogEntry *find(const QString &id)
{
    for (const CatalogEntry &e : entries)
        if (id == QLatin1String(e.id))
            return &e;
    return nullptr;
}

} // namespace

QStringList ChartCatalog::ids()
{
    QStringList list;
    for (const CatalogEntry &e : entries)
        list << QString::fromLatin1(e.id);
    return list;
}

bool ChartCatalog::contains(const QString &id) { return find(id) != nullptr; }

QString ChartCatalog::title(const QString &id)
{
    const CatalogEntry *e = find(id);
    return e ? tr(e->title) : QString();
}

bool ChartCatalog::plotsScenario(const QString &id)
{
    const CatalogEntry *e = find(id);
    return e && e->scenario;
}

std::unique_ptr<DashboardChart> ChartCatalog::create(const QString &id, const Dataset &snapshot,
                                                     ScenarioDocument &document)
{
    std::unique_ptr<DashboardChart> chart;
    if (id == QLatin1String("capex")) {
        auto capex = std::make_unique<CapexChart>();
        // As the Capex page shows it.
        const auto view = CapexChart::parseView(Settings::value(SettingKey::CapexView).toString());
        capex->configure({Settings::value(SettingKey::CapexCompanies).toStringList(),
                          Settings::value(SettingKey::DisplayCurrency).toString(),
                          Settings::value(SettingKey::CapexMetric).toString(),
                          Settings::value(SettingKey::CapexLogScale).toBool(),
                          Settings::value(SettingKey::ShowEvents).toBool(),
                          view.value_or(CapexChart::Options::View::Annual)});
        capex->setSnapshot(&snapshot);
        chart = std::move(capex);
    } else if (id == QLatin1String("guidance")) {
        auto guidance = std::make_unique<GuidanceChart>();
        guidance->configure({Settings::value(SettingKey::GuidanceYear).toInt(),
                             Settings::value(SettingKey::GuidanceCompanies).toStringList(),
                             Settings::value(SettingKey::DisplayCurrency).toString()});
        guidance->setSnapshot(&snapshot);
        chart = std::move(guidance);
    } else if (id == QLatin1String("fleet")) {
        auto fleet = std::make_unique<FleetChart>();
        fleet->setSnapshot(&snapshot);
        chart = std::move(fleet);
    } else if (id == QLatin1String("cost-curves")) {
        chart = std::make_unique<CostCurveChart>(document);
    } else if (id == QLatin1String("jevons")) {
        chart = std::make_unique<JevonsChart>(document);
    } else if (id == QLatin1String("fleet-model")) {
        chart = std::make_unique<FleetModelChart>(document);
    } else if (id == QLatin1String("capex-model")) {
        chart = std::make_unique<CapexModelChart>(document);
    } else if (id == QLatin1String("training-cost")) {
        chart = std::make_unique<TrainingCostChart>(document);
    } else if (id == QLatin1String("overbuild-map")) {
        chart = std::make_unique<OverbuildMapChart>(document);
    } else if (id == QLatin1String("track-record")) {
        // The hindcast reads the data as known on its date itself: it needs all of it.
        chart = std::make_unique<TrackRecordChart>(snapshot, document);
    }
    // Replaced axes are deleted later by the event loop, which a headless export never runs.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return chart;
}

} // namespace capex::ui

#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace capex {
struct Dataset;
}

namespace capex::ui {

class DashboardChart;
class ScenarioDocument;

/// Every chart of the dashboard by its stable id, buildable without a window: the command
/// line and the report draw them from a snapshot and a scenario. The overview's charts are
/// small versions of "capex" and "fleet" and have no ids of their own.
class ChartCatalog
{
public:
    /// In the dashboard's order: capex, guidance, fleet, cost-curves, jevons, fleet-model, capex-model,
    /// training-cost.
    static QStringList ids();
    static bool contains(const QString &id);
    /// The chart's name in the current language, for lists and the report's contents.
    static QString title(const QString &id);
    /// Whether the chart plots the scenario (rather than published figures only).
    static bool plotsScenario(const QString &id);

    /// Builds chart `id` as the dashboard shows it: observation charts from `snapshot` with
    /// the remembered view settings (companies, currency, log scale, events, the guidance
    /// tracker's year), model charts
    /// from `document`. Both must outlive the chart. Null for an unknown id.
    static std::unique_ptr<DashboardChart> create(const QString &id, const Dataset &snapshot,
                                                  ScenarioDocument &document);
};

} // namespace capex::ui

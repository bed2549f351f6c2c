#pragma once

#include <QString>

namespace capex::ui {

class DashboardChart;
class ScenarioDocument;

/// One paragraph of plain facts about what a chart of the catalog shows, in the current
/// language, for the report: the latest figures and their spread for the published data,
/// the path of the projection for the model charts. Numbers go through the language's
/// formatter.
class ChartReading
{
public:
    /// The reading of `chart` (built by ChartCatalog::create for `id`); empty when there
    /// is nothing to say (no data).
    static QString text(const QString &id, const DashboardChart &chart, const ScenarioDocument &document);
};

} // namespace capex::ui

#pragma once

#include "dashboardchart.h"
#include "tornado.h"

class QCategoryAxis;
class QValueAxis;

namespace capex::ui {

class ScenarioDocument;

/// One output in one year with each parameter at its low and then its high end: bars
/// sorted by swing, labelled with the parameter's values.
class TornadoChart : public DashboardChart
{
    Q_OBJECT

public:
    explicit TornadoChart(ScenarioDocument &document, QGraphicsItem *parent = nullptr);
    QString chartId() const override { return QStringLiteral("tornado"); }
    QString sourcesFooter() const override;

    void setOutput(ModelOutput output, int year);
    /// While not live (its page hidden), changes only mark it stale; going live catches up.
    void setLive(bool live);
    const TornadoResult &result() const { return m_result; }
    /// Parameter names from the top bar down.
    QStringList order() const;
    /// The output in words of the current language ("required AI capex").
    static QString outputLabel(ModelOutput output);

private:
    void recompute();
    void rebuild();

    ScenarioDocument &m_document;
    ModelOutput m_output = ModelOutput::RequiredAiCapexUsd;
    int m_year = 2030;
    TornadoResult m_result;
    bool m_live = true;
    bool m_stale = false;
};

} // namespace capex::ui

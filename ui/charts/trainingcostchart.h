#pragma once

#include "dataset.h"
#include "modelchart.h"

#include <optional>

class QBarCategoryAxis;
class QBarSet;
class QLogValueAxis;

namespace capex::ui {

/// DeepSeek-V3, Llama 3.1 405B and GPT-4o side by side: what each training run cost, and
/// what the same run costs in a chosen later year under the selected cost curve
/// (equation 11). Llama's cost is its GPU-hours at the price DeepSeek used for V3.
class TrainingCostChart : public ModelChart
{
    Q_OBJECT

public:
    explicit TrainingCostChart(ScenarioDocument &document, QGraphicsItem *parent = nullptr);
    QString chartId() const override { return QStringLiteral("training-cost"); }
    QString sourcesFooter() const override;

    void setLaterYear(int year);
    int laterYear() const { return m_laterYear; }

    struct Run
    {
        QString model;
        int year = 0;
        double costUsd = 0;
        double laterCostUsd = 0;
        QString how; ///< how the cost is known, for the tooltip
        std::vector<std::string> sources;
    };
    /// The three runs as plotted.
    QList<Run> runs() const;

protected:
    void updatePoints() override;
    void retranslate() override;
    QStringList citedParameters() const override { return {QStringLiteral("cost_decline")}; }

private:
    /// The figures the runs are made of, found once per dataset: each look-up is a pass over
    /// every figure, and runs() is asked at every slider step.
    struct Figures
    {
        const Observation *v3Cost = nullptr;
        const Observation *v3Price = nullptr;
        const Observation *llamaHours = nullptr;
        const Observation *gpt4oCost = nullptr;
        const Observation *r1Cost = nullptr;
    };
    const Figures &figures() const;

    mutable std::optional<Figures> m_figures; ///< reset when the document's dataset changes
    QBarSet *m_now, *m_later;
    QBarCategoryAxis *m_categories;
    QLogValueAxis *m_y;
    int m_laterYear = 2027;
};

} // namespace capex::ui

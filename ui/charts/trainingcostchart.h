#pragma once

#include "modelchart.h"

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
    QBarSet *m_now, *m_later;
    QBarCategoryAxis *m_categories;
    QLogValueAxis *m_y;
    int m_laterYear = 2027;
};

} // namespace capex::ui

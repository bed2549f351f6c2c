#pragma once

#include "hindcast.h"
#include "modelchart.h"

class QScatterSeries;

namespace capex::ui {

/// The hindcast of docs/model.md ("Hindcast") as a chart: what the plan and the model said on a
/// date (the data as known then) against what the companies reported afterwards, year by year,
/// with a reading in words. The scenario's own settings (elasticity, the fade, …) apply; the
/// base year and the data-derived defaults are those the date allows.
class TrackRecordChart : public ModelChart
{
    Q_OBJECT

public:
    TrackRecordChart(const Dataset &dataset, ScenarioDocument &document, QGraphicsItem *parent = nullptr);
    QString chartId() const override { return QStringLiteral("track-record"); }
    QString sourcesFooter() const override;

    /// The date the plan is read on (YYYY-MM-DD); default Hindcast::defaultDate.
    void setDate(const QString &date);
    QString date() const { return m_date; }
    /// The last hindcast; its error when the date is not valid.
    const HindcastResult &result() const { return m_result; }
    /// "On 2025-02-01 the plan for 2025 was $X; the companies spent $Y, Z% more." for the
    /// first year with an actual, in the current language.
    QString reading() const;

protected:
    void updatePoints() override;
    void retranslate() override;
    QStringList citedParameters() const override;

private:
    double scale() const;

    const Dataset &m_dataset;
    std::optional<HindcastData> m_prepared; ///< for m_date and the data, reset when the data change
    QString m_date;
    HindcastResult m_result;
    QLineSeries *m_planned, *m_required;
    QScatterSeries *m_actual;
    QValueAxis *m_x, *m_y;
};

} // namespace capex::ui

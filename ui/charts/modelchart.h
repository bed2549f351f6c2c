#pragma once

#include "dashboardchart.h"
#include "modelresult.h"

#include <QList>

#include <functional>

class QLineSeries;
class QLogValueAxis;
class QValueAxis;
class QXYSeries;

namespace capex::ui {

class ScenarioDocument;

/// A chart of the model's projection. Its series are made once and their points
/// replaced on every change of the scenario, so that a slider drag repaints without
/// rebuilding anything; titles and axis texts follow the language.
class ModelChart : public DashboardChart
{
    Q_OBJECT

public:
    explicit ModelChart(ScenarioDocument &document, QGraphicsItem *parent = nullptr);

    /// The sources of the parameters the chart depends on, and the model.
    QString sourcesFooter() const override;
    /// Scenarios drawn beside the current one, as thin dashed lines (Compare).
    void setComparisons(const QList<std::pair<QString, const ModelResult *>> &others);
    void catchUp() override;

    /// Replaces the series' points unless they are the same: Qt Charts repaints a series on
    /// every replace, and most charts depend on only some of the sliders.
    static void replacePoints(QXYSeries *series, const QList<QPointF> &points);
    /// How an axis follows its data. `KeepWider`, during a slider drag: a range that still
    /// holds [lo, hi] and is at most about twice what it needs is kept, so that the labels
    /// are not laid out again at every step as the data wanders near a boundary; one the data
    /// outgrow is fitted with half the data's span to spare on that side, so that the next
    /// steps the same way keep it too. The drag's end fits it exactly.
    enum class Fit { Exact, KeepWider };

    /// Sets `axis` to the "nice" range around [lo, hi] that QValueAxis::applyNiceNumbers
    /// would choose (from five ticks), touching the axis only when the range or the tick
    /// count changes: each change lays out every label again, and a slider step that keeps
    /// the range should cost the series alone.
    /// `ticks`: how many ticks the nice step aims at (5 is Qt's), fewer where labels are wide.
    static void fitValueAxis(QValueAxis *axis, double lo, double hi, Fit fit = Fit::Exact, int ticks = 5);
    /// A log axis over [lo, hi] with at most `maxLabels` labels: base 10, else 100, 1000, …
    /// `KeepWider` keeps a range that holds [lo, hi] with at most two decades to spare.
    static void fitLogAxis(QLogValueAxis *axis, double lo, double hi, int maxLabels = 7, Fit fit = Fit::Exact);
    /// KeepWider while a slider is held, else Exact.
    static Fit fitFor(const ScenarioDocument &document);
    /// Sets a value or log axis' label format unless it already has it (each set lays the
    /// labels out again).
    template<class Axis>
    static void setLabelFormat(Axis *axis, const QString &format)
    {
        if (axis->labelFormat() != format)
            axis->setLabelFormat(format);
    }

protected:
    /// Recomputes points from the document's result (fast path).
    virtual void updatePoints() = 0;
    /// Sets titles, axis titles and series names in the current language.
    virtual void retranslate() = 0;
    /// The parameter names whose sources the footer cites.
    virtual QStringList citedParameters() const = 0;

    QValueAxis *makeYearAxis();
    Fit fit() const { return fitFor(m_document); }
    void fitYearAxis(QValueAxis *axis) const;
    /// Connects hover on a series to a tooltip built by `text(index)`.
    void hoverText(QXYSeries *series, std::function<QString(int index)> text);
    /// Recomputes the points, or, while the chart's view is hidden in a shown window (a
    /// page not in front), only notes that it must when it is shown: a slider step then
    /// costs the charts in view, not all of them.
    void refresh();
    /// Asked on each change of the scenario: true when more of the chart's data is on its
    /// way for the same change (and it will call refresh() then), so that the chart is
    /// redrawn once, not twice. The default: nothing is.
    virtual bool awaitsMoreData() { return false; }

    ScenarioDocument &m_document;
    QValueAxis *m_yearAxis = nullptr;
    QList<std::pair<QString, const ModelResult *>> m_comparisons;

private:
    bool hiddenOnScreen() const;
    void scenarioChanged();

    bool m_stale = false;
};

} // namespace capex::ui

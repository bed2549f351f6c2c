#pragma once

#include "dashboardchart.h"
#include "tornado.h"

#include <optional>
#include <utility>

class QGraphicsTextItem;
class QLineSeries;
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
    /// Parameter names from the top bar down, by swing.
    QStringList order() const;
    /// Parameter names from the top bar down as drawn: during a slider drag the bars keep
    /// the places they had when it began (their ends still move); released, they are
    /// sorted by swing again. Reordering relabels the axis and remakes every bar.
    QStringList shownOrder() const { return m_shown; }
    /// The output in words of the current language ("required AI capex").
    static QString outputLabel(ModelOutput output);
    /// The rows' labels as drawn, top first: each parameter's name and range, above its bar
    /// and as wide as the plot, wrapped onto a second line where that is too narrow. (On a
    /// category axis Qt Charts gave them at most 40 % of a narrow chart and cut them short:
    /// "Demand elasti…".)
    const QList<QGraphicsTextItem *> &rowLabels() const { return m_rowLabels; }

private:
    void recompute();
    /// Brings the chart up to m_result: series and axes are made by makeSeries only when
    /// the bars themselves change, otherwise their ends, the value axis and tips move.
    void rebuild();
    void makeSeries(const QStringList &labels, bool money, bool fleet, bool chinese);
    /// At the press of a slider: the rows and the value axis for the slider's whole range.
    void holdForDrag();
    /// Lays each row out in the plot: its label at the top, its bar under it. Moves the
    /// bars (and thins them where rows are short) when the rows' heights or the labels'
    /// lines change; true when it did.
    bool placeRows();

    ScenarioDocument &m_document;
    ModelOutput m_output = ModelOutput::RequiredAiCapexUsd;
    int m_year = 2030;
    TornadoResult m_result;
    bool m_live = true;
    bool m_stale = false;
    QStringList m_dragOrder;          ///< the rows during a drag, top first; empty when none is going
    /// During a drag: the lowest and highest value any bar reaches along the dragged
    /// slider's range (unscaled), which the value axis spans for the whole drag.
    std::optional<std::pair<double, double>> m_dragSpan;
    bool m_fitExactly = false; ///< the next rebuild fits the value axis exactly (a drag began)
    QStringList m_shown;              ///< parameter names as drawn, top bar first
    QStringList m_structure;          ///< bar labels, output and language the series were made for
    QList<QLineSeries *> m_segments;  ///< low and high bar of each parameter, top bar first
    QList<QGraphicsTextItem *> m_rowLabels; ///< each row's label, top first
    QStringList m_labelHtml;          ///< each row's name and range, as the label's HTML
    QStringList m_labelNames;         ///< each row's name alone, where rows are too low for the range
    QList<double> m_barY;             ///< each bar's place on the rows' axis (row i spans n-i-1 to n-i)
    double m_barWidth = 0;            ///< the bars' thickness in pixels
    QStringList m_tips;               ///< hover text of each segment
    QValueAxis *m_x = nullptr;
    double m_fittedWidth = 0; ///< the plot width the value axis' ticks were counted for
};

} // namespace capex::ui

#pragma once

#include <QChart>
#include <QLegend>
#include <QString>

namespace capex::ui {

/// What every chart of the dashboard offers its panel and the exports: a stable id, the
/// sources of what it plots as one line of text, and hover texts.
class DashboardChart : public QChart
{
    Q_OBJECT

public:
    /// A legend name cut short for room shows whole in its tooltip.
    explicit DashboardChart(QGraphicsItem *parent = nullptr) : QChart(parent) { legend()->setShowToolTips(true); }

    /// Stable id used on the command line and in file names, e.g. "capex".
    virtual QString chartId() const = 0;
    /// "Sources: …" in the current language; empty when nothing is plotted.
    virtual QString sourcesFooter() const = 0;
    /// Brings a chart that skipped updates while it was off screen up to date; called
    /// when its view is shown. Charts that never skip do nothing.
    virtual void catchUp() {}

signals:
    /// A point was hovered (state true) or left (false); `text` is the tooltip (rich text).
    void pointHovered(const QString &text, bool state);
    /// The series, axes or footer changed.
    void rebuilt();
    /// The chart is about to be redrawn at every step of a slider drag (true), or the drag
    /// ended (false): its view draws drafts meanwhile (see ChartPanel).
    void draftChanged(bool draft);
};

} // namespace capex::ui

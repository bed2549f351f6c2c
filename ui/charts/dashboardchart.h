#pragma once

#include <QChart>
#include <QAbstractSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QSet>
#include <QString>

class QValueAxis;

namespace capex::ui {

/// What every chart of the dashboard offers its panel and the exports: a stable id, the
/// sources of what it plots as one line of text, and hover texts.
class DashboardChart : public QChart
{
    Q_OBJECT

public:
    /// A legend name cut short for room shows whole in its tooltip.
    explicit DashboardChart(QGraphicsItem *parent = nullptr);

    /// The title as the chart set it, on one line (title() may hold it wrapped, see wrapTitle).
    QString plainTitle() const;
    /// Wraps the title onto as many lines as the chart's width needs: Qt Charts cuts a title
    /// wider than the chart short with "…". Done on every resize and rebuild; a title set
    /// since is taken as the new one.
    void wrapTitle();

    /// Sets a vertical axis' title, and a shorter one shown instead where the plot is too
    /// low for it: Qt Charts would cut it to "H100 equivale…". Where even the short one is
    /// too long, it goes on a line of its own under the chart's title. The choice is made
    /// again on every change of the plot's height.
    void setAxisTitle(QAbstractAxis *axis, const QString &title, const QString &brief);
    /// The whole title set by setAxisTitle (whichever form is shown), else the one shown.
    static QString axisTitle(const QAbstractAxis *axis);
    /// The years between two labels of a year axis `width` pixels wide over `span` years: every
    /// year if its label fits with room to spare, else every 2nd, 5th or 10th (a label cut to
    /// "…" tells nobody anything).
    static int yearTickInterval(const QValueAxis &axis, double width, double span);

    /// Stable id used on the command line and in file names, e.g. "capex".
    virtual QString chartId() const = 0;
    /// "Sources: …" in the current language; empty when nothing is plotted.
    virtual QString sourcesFooter() const = 0;
    /// "Sources: a; b; c." — one sentence, ended by a full stop (not a second one after a
    /// publisher's "Inc."), so that the definitions and notes after it read apart.
    static QString sourcesSentence(const QStringList &parts);
    /// Brings a chart that skipped updates while it was off screen up to date; called
    /// when its view is shown. Charts that never skip do nothing.
    virtual void catchUp() {}

    /// The legend is drawn under the chart by its panel (LegendView), wrapped onto as many
    /// lines as it needs, rather than by Qt in one row, cut short; the exports draw it too
    /// (hasLegend). Qt's legend is hidden: its markers stay (the names and keys are read from
    /// them) but are never laid out. (Kept visible and placed off the chart, it laid out a
    /// marker per series after every rebuild: 2–3 ms on a large store's Capex page.)
    void drawLegendBelow()
    {
        m_legendBelow = true;
        legend()->detachFromChart();
        legend()->setVisible(false);
    }
    /// Whether the chart has a legend: its panel's, drawn below it, or Qt's own.
    bool hasLegend() const { return m_legendBelow || legend()->isVisible(); }

    /// Keeps `series` out of every legend for good (a band's edge, a reference line).
    void hideFromLegend(QAbstractSeries *series)
    {
        // Marked on the series itself: a set of pointers kept those of deleted series, and a
        // new series made at the address of one was left out of the legend.
        series->setProperty(unlistedProperty, true);
        for (QLegendMarker *marker : legend()->markers(series))
            marker->setVisible(false);
    }
    /// Whether a legend lists `series`: shown, and not kept out. Qt's own legend also hides
    /// the markers it has no room for, so its markers' visibility cannot tell.
    bool listsInLegend(const QAbstractSeries *series) const
    {
        return series && series->isVisible() && !series->property(unlistedProperty).toBool();
    }

protected:
    void resizeEvent(QGraphicsSceneResizeEvent *event) override;

signals:
    /// A point was hovered (state true) or left (false); `text` is the tooltip (rich text).
    void pointHovered(const QString &text, bool state);
    /// The series, axes or footer changed.
    void rebuilt();
    /// The chart is about to be redrawn at every step of a slider drag (true), or the drag
    /// ended (false): its view draws drafts meanwhile (see ChartPanel).
    void draftChanged(bool draft);

private:
    /// Fits the axes' titles to the plot (wrapped, brief, or under the chart's title).
    void fitTitles();

    static constexpr char unlistedProperty[] = "capexUnlisted"; ///< hideFromLegend()
    bool m_legendBelow = false; ///< drawLegendBelow()
    QStringList m_unitsUnderTitle; ///< vertical axes' brief titles shown under the chart's title
    QString m_plainTitle;   ///< the title before wrapping
    QString m_wrappedTitle; ///< what wrapTitle() set, to tell a title set since

};

} // namespace capex::ui

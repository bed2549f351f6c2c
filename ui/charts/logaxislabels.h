#pragma once

#include <QCategoryAxis>
#include <QObject>
#include <QPointer>

class QChart;
class QLogValueAxis;

namespace capex::ui {

/// Labels a log axis with numbers people read: "1,000,000" and "10⁻⁶" in English, "100万"
/// and "1亿" in Chinese (logAxisLabelText), where QLogValueAxis can only print through a
/// printf format ("1e+06"). The log axis keeps its series, range and grid lines but shows
/// neither labels, line nor title; a category axis beside it, over the same range in
/// decades and attached to no series, prints the labels at each power of the log axis'
/// base and the title. The labels follow the log axis' range, base, title, font and
/// visibility, and the language. Made as a child of the log axis: it goes with it. The
/// category axis belongs to the chart like any other axis.
class LogAxisLabels : public QObject
{
    Q_OBJECT

public:
    LogAxisLabels(QChart &chart, QLogValueAxis *axis, Qt::Alignment alignment);

    /// The labels of `axis` made by attach(), or null.
    static QCategoryAxis *labelsOf(const QLogValueAxis *axis);
    /// Labels `axis` on `chart` (which must hold it) from now on. Again on an axis labelled
    /// already, it takes up the axis' title, font and visibility anew and hides its own labels,
    /// title and line again (an axis reset for another build, ObservationChart::axisAt).
    static void attach(QChart &chart, QLogValueAxis *axis, Qt::Alignment alignment = Qt::AlignLeft);
    /// Whether `axis` is the labels of a log axis, made by attach().
    static bool isLabels(const QAbstractAxis *axis);

    QCategoryAxis *labels() const { return m_labels; }

private:
    /// The labels attached to `axis`, or null.
    static LogAxisLabels *of(const QLogValueAxis *axis);
    void update();
    /// Takes the log axis' title, fonts and visibility; hides its labels, title and line.
    void follow();

    QChart &m_chart;
    QLogValueAxis *m_axis;
    QPointer<QCategoryAxis> m_labels;
};

} // namespace capex::ui

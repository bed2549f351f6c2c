#pragma once

#include "dataset.h"

#include <QList>
#include <QStringList>
#include <QString>
#include <QWidget>

#include <functional>
#include <memory>

class QAbstractButton;
class QCheckBox;

namespace capex::ui {

class DashboardChart;
class ObservationChart;
class DataStore;

/// One page of the dashboard. Pages read the store's snapshot, never the database,
/// and retranslate themselves on QEvent::LanguageChange.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(DataStore &store, QWidget *parent = nullptr);

    /// Stable id used in settings and on the command line, e.g. "capex".
    virtual QString pageId() const = 0;
    /// Title in the current language.
    virtual QString title() const = 0;
    /// Called when the store's snapshot changes (and once at start).
    virtual void refresh() = 0;
    /// refresh() as steps that the window runs one per turn of its event loop, answering and
    /// painting between them: how the page on screen takes the figures of a store read in the
    /// background when they arrive (MainWindow). One step, refresh(), unless a page splits it.
    virtual QList<std::function<void()>> refreshSteps() { return {[this] { refresh(); }}; }
    /// False: a page fills the space the window gives it. Qt's stacked layout otherwise asks
    /// every page, hidden ones included, for its height at the window's width on every
    /// layout pass, and word-wrapped labels lay out their text for it: a label beside a
    /// chart that changes its text on a slider step cost a third of the step.
    bool hasHeightForWidth() const override { return false; }
    /// The same for the scroll area that holds the page (MainWindow::addPage): it asks the
    /// page, not the layout, and sizes the page by its minimum size instead.
    int heightForWidth(int) const override { return -1; }

protected:
    /// Three of refreshSteps() for a chart: `fill` gives it its figures, its panel (or a view
    /// outside a panel) held from painting; the next lays the panel out with the legend and
    /// footer that came with the figures, and the chart at its new size, once; the last
    /// paints it. On a large store a chart's build, its layout and its first paint take up to
    /// 9, 3 and 7 ms: as three turns of the event loop, not one, the window answers input
    /// between them. The layout requests the figures posted are taken back in the first
    /// step: run by the events that follow it, they laid the chart out at its old size first.
    /// What is not shown is left alone; if the later steps never come (another fill overtook
    /// this one), the chart is laid out and painted after releaseAtTheLatestMs.
    static QList<std::function<void()>> chartFillSteps(DashboardChart *chart, std::function<void()> fill);
    static constexpr int releaseAtTheLatestMs = 200;

    /// refreshSteps() that hand `items` to `add`, `perStep` at a time: as many steps as `atMost`
    /// items need. `items` is filled by an earlier step (its number is not known before);
    /// steps beyond its end do nothing. A large store's 200 company check boxes took 40 ms
    /// to make in one go.
    static QList<std::function<void()>> batchSteps(std::shared_ptr<QStringList> items, qsizetype atMost,
                                                   qsizetype perStep, std::function<void(const QStringList &)> add);

    /// refreshSteps() of a page with a check box per company above a chart (the Capex and
    /// Guidance pages): the chart emptied (the figures it plotted were replaced) and the
    /// companies listed; their boxes, 40 a step (batchSteps); the options; the chart
    /// (chartFillSteps).
    QList<std::function<void()>> companiesThenChartSteps(ObservationChart *chart,
                                                         std::function<QStringList()> companies,
                                                         std::function<void(const QStringList &)> addCompanyChecks,
                                                         std::function<void()> finishOptions) const;

    /// A company's check box in `parent`: its object name the entity id, ticked or not, in the
    /// company's colour and semibold, and named (nameCompanyCheck) as it is made, so that the
    /// page's retranslateUi() changes no text and lays out none of a large store's 200 boxes
    /// again.
    QCheckBox *makeCompanyCheck(QWidget *parent, const QString &entityId, bool checked) const;
    /// A company's check box: its name in the current language ("Show or hide …" on hover).
    void nameCompanyCheck(QAbstractButton *box, const QString &entityId) const;

    void changeEvent(QEvent *event) override;
    virtual void retranslateUi() = 0;
    const Dataset &snapshot() const;

    DataStore &m_store;
};

} // namespace capex::ui

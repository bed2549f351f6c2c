#pragma once

#include "dataset.h"

#include <QList>
#include <QString>
#include <QWidget>

#include <functional>

namespace capex::ui {

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
    void changeEvent(QEvent *event) override;
    virtual void retranslateUi() = 0;
    const Dataset &snapshot() const;

    DataStore &m_store;
};

} // namespace capex::ui

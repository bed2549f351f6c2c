#pragma once

#include "numberformat.h"

#include "scenario.h"
#include "theme.h"

#include <QIcon>
#include <QList>
#include <QSet>
#include <QMainWindow>
#include <QMessageBox>

#include <functional>
#include <list>
#include <optional>

class QActionGroup;
class QDockWidget;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoGroup;

namespace capex::ui {

class AssumptionsPanel;
class DataEdits;
class DashboardPage;
class DataStore;
class ExportActions;
class JevonsPage;
class ScenarioDocument;

/// The dashboard: a page list on the left, the pages on the right, menus for pages,
/// language and help. Geometry, page and language are remembered.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// The application icon (resources/icons), for windows and dialogs.
    static QIcon applicationIcon();
    explicit MainWindow(DataStore &store, QWidget *parent = nullptr);
    ~MainWindow() override;

    const QList<DashboardPage *> &pages() const { return m_pages; }
    DashboardPage *page(const QString &id) const;
    DashboardPage *currentPage() const;
    void showPage(const QString &id);
    /// The page on screen is still being filled with figures that arrived from a store read in
    /// the background (a step a turn of the event loop).
    bool isFilling() const { return !m_fillSteps.isEmpty(); }
    /// The longest of those fill steps so far, in milliseconds (the window's own work in one
    /// turn, without the paint that follows it): what --visit-all-pages reports.
    double longestFillStepMs() const { return m_longestFillStepMs; }
    /// Switches the whole interface at once and remembers the choice.
    void setLanguage(capex::Language language);
    /// View → Theme: applies the choice to the whole program and remembers it.
    void setTheme(Theme::Choice choice);

    void showAbout();
    /// Data → Update from SEC filings…
    void showSecUpdate();

    ScenarioDocument &document() const { return *m_document; }
    /// The user's edits of figures and sources, with their own undo stack.
    DataEdits &dataEdits() const { return *m_dataEdits; }
    /// Edit → Undo/Redo act on the active stack of this group: the data edits' while the
    /// Data or Sources page is shown, the scenario's elsewhere.
    QUndoGroup *undoGroup() const { return m_undoGroup; }
    AssumptionsPanel *assumptions() const { return m_assumptions; }
    /// Chart, report and data exports (File menu, each chart's Export… and Copy).
    ExportActions *exports() const { return m_exports; }

    /// Scenario files. Each returns false when cancelled or failed (the reason shown).
    bool openScenario(const QString &path = {});
    bool saveScenario();
    bool saveScenarioAs(const QString &path = {});
    void newScenario();
    /// Draws a preset or a file beside the current scenario; `clearComparisons` removes them.
    void compareWith(const QString &presetIdOrPath);
    void clearComparisons();

    /// Test hooks, as KeePassXC does: the next question is answered, the next file
    /// dialog returns this name, without showing anything.
    void setNextAnswer(QMessageBox::StandardButton answer) { m_nextAnswer = answer; }
    void setNextFileName(const QString &path) { m_nextFileName = path; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    /// First start: 1440×900 or the screen's available area, whichever is smaller. A remembered
    /// geometry that no longer fits any screen (another monitor) is brought back onto this one.
    void fitToScreen();
    void addPage(DashboardPage *page);
    void createMenus();
    void retranslateUi();
    void refreshAll();
    /// Refreshes `page` if the snapshot changed since it was last filled.
    void refreshIfStale(DashboardPage *page) const;
    /// Runs the next of m_fillSteps and schedules the one after (DashboardPage::refreshSteps).
    void fillNextStep();
    void updateStatus();
    void updateTitle();
    /// Edit → Undo/Redo: their texts ("Undo Move capex growth") and whether they apply.
    void updateUndoActions();
    void updateRecentMenu();
    void addRecent(const QString &path);
    void updateComparisons();
    void updateUndoStack();
    bool maybeSave();
    QString askFileName(bool save);
    QMessageBox::StandardButton ask(const QString &text);
    void showError(const QString &text);

    DataStore &m_store;
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    QList<DashboardPage *> m_pages;
    /// Pages not refreshed since the snapshot last changed (refreshAll fills the shown one).
    mutable QSet<DashboardPage *> m_stale;
    /// What is left of filling the page on screen with figures that arrived from a store read
    /// in the background, a step per turn of the event loop.
    QList<std::function<void()>> m_fillSteps;
    double m_longestFillStepMs = 0;
    QLabel *m_status;
    ScenarioDocument *m_document;
    DataEdits *m_dataEdits;
    QUndoGroup *m_undoGroup;
    AssumptionsPanel *m_assumptions;
    QDockWidget *m_assumptionsDock;
    JevonsPage *m_jevons = nullptr;
    ExportActions *m_exports = nullptr;
    std::list<std::pair<QString, Scenario>> m_compared;
    std::optional<QMessageBox::StandardButton> m_nextAnswer;
    std::optional<QString> m_nextFileName;
    QMenu *m_recentMenu = nullptr, *m_scenarioMenu = nullptr, *m_presetsMenu = nullptr, *m_compareMenu = nullptr;
    QAction *m_new = nullptr, *m_open = nullptr, *m_save = nullptr, *m_saveAs = nullptr, *m_undo = nullptr,
            *m_redo = nullptr, *m_resetAll = nullptr, *m_compareFile = nullptr, *m_compareClear = nullptr;
    QList<QAction *> m_presetActions, m_comparePresetActions;
    QMenu *m_dataMenu = nullptr;
    QAction *m_secUpdate = nullptr;
    QMenu *m_fileMenu = nullptr, *m_editMenu = nullptr, *m_viewMenu = nullptr, *m_languageMenu = nullptr, *m_pagesMenu = nullptr,
          *m_helpMenu = nullptr, *m_themeMenu = nullptr;
    /// View → Theme: System, Light, Dark (in Theme::Choice's order).
    QList<QAction *> m_themeActions;
    QAction *m_quit = nullptr, *m_find = nullptr, *m_chinese = nullptr, *m_english = nullptr, *m_about = nullptr;
    QList<QAction *> m_pageActions;
};

} // namespace capex::ui

#pragma once

#include "numberformat.h"

#include <QList>
#include <QMainWindow>

class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace capex::ui {

class DashboardPage;
class DataStore;

/// The dashboard: a page list on the left, the pages on the right, menus for pages,
/// language and help. Geometry, page and language are remembered.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(DataStore &store, QWidget *parent = nullptr);
    ~MainWindow() override;

    const QList<DashboardPage *> &pages() const { return m_pages; }
    DashboardPage *page(const QString &id) const;
    DashboardPage *currentPage() const;
    void showPage(const QString &id);
    /// Switches the whole interface at once and remembers the choice.
    void setLanguage(capex::Language language);

    void showAbout();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void addPage(DashboardPage *page);
    void createMenus();
    void retranslateUi();
    void refreshAll();
    void updateStatus();

    DataStore &m_store;
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    QList<DashboardPage *> m_pages;
    QLabel *m_status;
    QMenu *m_fileMenu = nullptr, *m_editMenu = nullptr, *m_viewMenu = nullptr, *m_languageMenu = nullptr, *m_pagesMenu = nullptr,
          *m_helpMenu = nullptr;
    QAction *m_quit = nullptr, *m_find = nullptr, *m_chinese = nullptr, *m_english = nullptr, *m_about = nullptr;
    QList<QAction *> m_pageActions;
};

} // namespace capex::ui

#pragma once

#include "dashboardpage.h"

#include <functional>

class QAction;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;
class QToolButton;

namespace capex::ui {

class DataEdits;
class SourceEditor;
class SourceTableModel;

/// Every source: publisher, date, language, how many figures cite it, and the seed
/// article it came through; the selected one's address is a clickable link. Sources are
/// added, edited and deleted here (each an undoable step of `edits`); one that figures
/// cite cannot be deleted.
class SourcesPage : public DashboardPage
{
    Q_OBJECT

public:
    SourcesPage(DataStore &store, DataEdits &edits, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("sources"); }
    QString title() const override { return tr("Sources"); }
    void refresh() override;
    SourceTableModel *tableModel() const { return m_model; }

    const Source *selectedSource() const;
    /// Selects the source with this id; false when absent.
    bool selectSource(const std::string &id);
    /// Opens the editor for a new source or the selected one, or deletes the selected one.
    /// False when cancelled or refused (the reason shown).
    bool addSource();
    bool editSelected();
    bool deleteSelected();
    QAction *addSourceAction() const { return m_addAction; }
    QAction *editSourceAction() const { return m_editAction; }
    QAction *deleteSourceAction() const { return m_deleteAction; }

    /// Test hook: the next editor is handed to `fill` (which sets its fields and presses OK
    /// or Cancel) instead of being shown.
    void setNextEditorAction(std::function<void(SourceEditor &)> fill) { m_nextEditorAction = std::move(fill); }

protected:
    void retranslateUi() override;

private:
    void showDetails();
    void updateActions();
    void showFailure(const QString &text);

    SourceTableModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_table;
    QTextBrowser *m_details;
    QLabel *m_summary;
    DataEdits &m_edits;
    QAction *m_addAction, *m_editAction, *m_deleteAction;
    QToolButton *m_addButton, *m_editButton, *m_deleteButton;
    std::function<void(SourceEditor &)> m_nextEditorAction;
};

} // namespace capex::ui

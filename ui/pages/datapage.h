#pragma once

#include "dashboardpage.h"

#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTextBrowser;
class QToolButton;

namespace capex::ui {

class DataEdits;
class ObservationEditor;
class ObservationFilterModel;
class ObservationHistoryChart;
class ObservationTableModel;

/// Every observation in a sortable, filterable table, with the full record, its source
/// and its history beside it (a chart of its values over time when it has been revised).
/// Figures are added, edited and deleted here (each an undoable step of `edits`); the
/// user's own are marked in the table. Ctrl+V pastes cells copied from a spreadsheet
/// (pasteRequested: the main window previews them as File → Import… does a file).
class DataPage : public DashboardPage
{
    Q_OBJECT

public:
    DataPage(DataStore &store, DataEdits &edits, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("data"); }
    QString title() const override { return tr("Data"); }
    void refresh() override;
    /// The table's first rows, the rest a share at a time, its filters, each column, the count
    /// and selection: a turn each.
    QList<std::function<void()>> refreshSteps() override;

    ObservationTableModel *tableModel() const { return m_model; }
    ObservationFilterModel *filterModel() const { return m_filter; }
    QTableView *tableView() const { return m_table; }
    /// Shows only the figures of `entity`, `metric`, `kind` (-1: any) and `period`: those
    /// behind one mark of a chart (ObservationChart::figuresRequested). The period shows as a
    /// button above the table that clears it.
    void showFigures(const QString &entity, const QString &metric, int kind, const Period &period);
    /// Focuses the search field (Ctrl+F).
    void focusSearch();
    /// The figures the current filter shows, in the table's order.
    std::vector<const Observation *> filteredObservations() const;

    /// The figure selected in the table, if any.
    const Observation *selectedObservation() const;
    /// Selects the figure with this row id (clearing filters that hide it); false when absent.
    bool selectObservation(std::int64_t rowId);

    /// Opens the editor for a new figure (the selected one's entity and metric preset), for
    /// the selected figure, or deletes it. False when cancelled or refused (the reason shown).
    bool addObservation();
    bool editSelected();
    bool deleteSelected();

    QAction *addFigureAction() const { return m_addAction; }
    QAction *editFigureAction() const { return m_editAction; }
    QAction *deleteFigureAction() const { return m_deleteAction; }
    QAction *pasteFiguresAction() const { return m_pasteAction; }
    /// Hands the clipboard's text to pasteRequested (Ctrl+V).
    void pasteFromClipboard();
    ObservationHistoryChart *historyChart() const { return m_historyChart; }
    /// The record panel's text (HTML), for tests.
    QString detailsHtml() const;

    /// Test hook, as MainWindow's: the next editor is handed to `fill` (which sets its fields
    /// and presses OK or Cancel) instead of being shown.
    void setNextEditorAction(std::function<void(ObservationEditor &)> fill) { m_nextEditorAction = std::move(fill); }
signals:
    /// Export… was clicked: the main window's exports write filteredObservations().
    void exportRequested();
    /// Ctrl+V: the clipboard's text, to import after a preview.
    void pasteRequested(const QString &text);

protected:
    void retranslateUi() override;

private:
    /// refresh()'s halves: the model on the new snapshot (returns the row id of the figure
    /// that was selected), then the filters, the columns and the selection.
    std::int64_t takeSnapshot();
    void finishRefresh(std::int64_t selectedId);
    /// finishRefresh()'s parts, a step each on a large store.
    void fitColumn(int column);
    void showCountAndSelection(std::int64_t selectedId);
    void fillFilters();
    void showDetails();
    void updateActions();
    void showFailure(const QString &text);

    ObservationTableModel *m_model;
    ObservationFilterModel *m_filter;
    QTableView *m_table;
    QTextBrowser *m_details;
    QComboBox *m_entity, *m_metric, *m_kind, *m_grade;
    QLineEdit *m_search;
    QLabel *m_count;
    QToolButton *m_period; ///< the period filter (showFigures), a click clears it
    QPushButton *m_export;
    QLabel *m_entityLabel, *m_metricLabel, *m_kindLabel, *m_gradeLabel;
    DataEdits &m_edits;
    ObservationHistoryChart *m_historyChart;
    QAction *m_addAction, *m_editAction, *m_deleteAction, *m_pasteAction;
    QToolButton *m_addButton, *m_editButton, *m_deleteButton;
    std::function<void(ObservationEditor &)> m_nextEditorAction;
};

} // namespace capex::ui

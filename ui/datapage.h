#pragma once

#include "dashboardpage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace capex::ui {

class ObservationFilterModel;
class ObservationTableModel;

/// Every observation in a sortable, filterable table, with the full record and its
/// source beside it.
class DataPage : public DashboardPage
{
    Q_OBJECT

public:
    explicit DataPage(DataStore &store, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("data"); }
    QString title() const override { return tr("Data"); }
    void refresh() override;

    ObservationTableModel *tableModel() const { return m_model; }
    ObservationFilterModel *filterModel() const { return m_filter; }
    QTableView *tableView() const { return m_table; }
    /// Focuses the search field (Ctrl+F).
    void focusSearch();
    /// The figures the current filter shows, in the table's order.
    std::vector<const Observation *> filteredObservations() const;

signals:
    /// Export… was clicked: the main window's exports write filteredObservations().
    void exportRequested();

protected:
    void retranslateUi() override;

private:
    void fillFilters();
    void showDetails();

    ObservationTableModel *m_model;
    ObservationFilterModel *m_filter;
    QTableView *m_table;
    QTextBrowser *m_details;
    QComboBox *m_entity, *m_metric, *m_kind, *m_grade;
    QLineEdit *m_search;
    QLabel *m_count;
    QPushButton *m_export;
    QLabel *m_entityLabel, *m_metricLabel, *m_kindLabel, *m_gradeLabel;
};

} // namespace capex::ui

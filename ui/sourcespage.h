#pragma once

#include "dashboardpage.h"

class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;

namespace capex::ui {

class SourceTableModel;

/// Every source: publisher, date, language, how many figures cite it, and the seed
/// article it came through; the selected one's address is a clickable link.
class SourcesPage : public DashboardPage
{
    Q_OBJECT

public:
    explicit SourcesPage(DataStore &store, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("sources"); }
    QString title() const override { return tr("Sources"); }
    void refresh() override;
    SourceTableModel *tableModel() const { return m_model; }

protected:
    void retranslateUi() override;

private:
    void showDetails();

    SourceTableModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_table;
    QTextBrowser *m_details;
    QLabel *m_summary;
};

} // namespace capex::ui

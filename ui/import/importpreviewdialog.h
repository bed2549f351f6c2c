#pragma once

#include "importplan.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTableView;

namespace capex::ui {

class ImportPlanModel;

/// Shows what an import would do — how many rows would be added, updated, left
/// unchanged or are rejected, and each row with its line, values and reason — before
/// anything is written. Import is offered only when nothing is rejected.
class ImportPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    ImportPreviewDialog(const ImportPlan &plan, QWidget *parent = nullptr);

    /// The summary line, e.g. "2 to add, 1 to update, 0 unchanged, 1 rejected".
    QString summaryText() const;
    bool canImport() const;
    ImportPlanModel *model() const { return m_model; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    const ImportPlan &m_plan;
    ImportPlanModel *m_model;
    QLabel *m_file;
    QLabel *m_summary;
    QLabel *m_advice;
    QTableView *m_table;
    QDialogButtonBox *m_buttons;
};

} // namespace capex::ui

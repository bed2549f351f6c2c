#pragma once

#include "importplan.h"

#include <QDialog>

class QDialogButtonBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableView;

namespace capex::ui {

class ImportPlanModel;

/// Shows what an import would do — how many rows would be added, updated, left
/// unchanged or are rejected, and each row with its line, values and reason — before
/// anything is written. Import is offered only when nothing is rejected. Rows rejected for
/// an unknown entity or metric come with a "Create entity “foo”…" button for each such id
/// (createRequested); the owner creates it and hands the dialog the new plan (setPlan).
class ImportPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    ImportPreviewDialog(const ImportPlan &plan, QWidget *parent = nullptr);

    /// Shows `plan` instead (re-planned after a creation).
    void setPlan(const ImportPlan &plan);
    const ImportPlan &plan() const { return m_plan; }
    /// The buttons that offer to create a missing entity or metric, in order.
    const QList<QPushButton *> &createButtons() const { return m_createButtons; }

    /// The summary line, e.g. "2 to add, 1 to update, 0 unchanged, 1 rejected".
    QString summaryText() const;
    bool canImport() const;
    ImportPlanModel *model() const { return m_model; }

signals:
    /// A create button was clicked: `metric` false for an entity.
    void createRequested(bool metric, const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuildCreateButtons();

    ImportPlan m_plan;
    QHBoxLayout *m_createRow;
    QList<QPushButton *> m_createButtons;
    QList<std::pair<bool, QString>> m_missing; ///< (metric?, id) of each create button
    ImportPlanModel *m_model;
    QLabel *m_file;
    QLabel *m_summary;
    QLabel *m_advice;
    QTableView *m_table;
    QDialogButtonBox *m_buttons;
};

} // namespace capex::ui

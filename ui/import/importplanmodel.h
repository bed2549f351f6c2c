#pragma once

#include "importplan.h"

#include <QAbstractTableModel>

namespace capex::ui {

/// An import plan as a table for the preview: rejected rows first (with their reasons),
/// then updates (old and new value), additions and unchanged rows, each with its line.
class ImportPlanModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Status, Line, Entity, Metric, Period, Value, StoredValue, Problem, ColumnCount };
    enum Role {
        ActionRole = Qt::UserRole + 1, ///< capex::ImportAction as int; -1 for a rejected row
    };

    explicit ImportPlanModel(QObject *parent = nullptr);

    /// Resets the model to `plan` (which must outlive it or the next call).
    void setPlan(const ImportPlan *plan);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const ImportPlan *m_plan = nullptr;
    std::vector<const PlannedObservation *> m_rows; ///< planned rows in display order, after the rejected
};

} // namespace capex::ui

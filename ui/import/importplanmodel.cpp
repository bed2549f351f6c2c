#include "importplanmodel.h"

#include "errortext.h"
#include "valuetext.h"

#include <QBrush>
#include <QColor>

namespace capex::ui {

ImportPlanModel::ImportPlanModel(QObject *parent) : QAbstractTableModel(parent) {}

void ImportPlanModel::setPlan(const ImportPlan *plan)
{
    beginResetModel();
    m_plan = plan;
    m_rows.clear();
    if (plan) {
        for (ImportAction action : {ImportAction::Update, ImportAction::Add, ImportAction::Unchanged})
            for (const PlannedObservation &row : plan->rows)
                if (row.action == action)
                    m_rows.push_back(&row);
    }
    endResetModel();
}

int ImportPlanModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_plan)
        return 0;
    return static_cast<int>(m_plan->rejected.size() + m_rows.size());
}

int ImportPlanModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ImportPlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_plan)
        return {};
    const auto row = static_cast<std::size_t>(index.row());
    if (row < m_plan->rejected.size()) {
        const RejectedRow &rejected = m_plan->rejected[row];
        if (role == ActionRole)
            return -1;
        if (role == Qt::ForegroundRole)
            return QBrush(QColor(0xB0, 0x20, 0x20));
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return {};
        switch (index.column()) {
        case Status: return tr("Rejected");
        case Line: return rejected.line > 0 ? QVariant(rejected.line) : QVariant();
        case Problem: return errorText(rejected.error);
        default: return {};
        }
    }
    const PlannedObservation &planned = *m_rows[row - m_plan->rejected.size()];
    const Observation o = m_plan->observation(planned);
    if (role == ActionRole)
        return static_cast<int>(planned.action);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Status:
        switch (planned.action) {
        case ImportAction::Add: return tr("Add");
        case ImportAction::Update: return tr("Update");
        case ImportAction::Unchanged: return tr("Unchanged");
        }
        return {};
    case Line: return planned.line;
    case Entity: return QString::fromStdString(o.entity);
    case Metric: return QString::fromStdString(o.metric);
    case Period: return periodText(o.period);
    case Value: return valueWithRangeText(o);
    case StoredValue: {
        const Observation *stored = m_plan->stored(planned);
        return stored ? valueWithRangeText(*stored) : QVariant();
    }
    default: return {};
    }
}

QVariant ImportPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Status: return tr("Action");
    case Line:
        if (m_plan && m_plan->format == "sec")
            return QStringLiteral("#");
        return m_plan && m_plan->format == "xlsx" ? tr("Row") : tr("Line");
    case Entity: return tr("Entity");
    case Metric: return tr("Metric");
    case Period: return tr("Period");
    case Value: return tr("Value");
    case StoredValue: return tr("Stored value");
    case Problem: return tr("Problem");
    default: return {};
    }
}

} // namespace capex::ui

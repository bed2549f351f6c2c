#pragma once

#include "dataset.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QSortFilterProxyModel>

namespace capex::ui {

/// Every observation of a snapshot as a table. setSnapshot() resets the model; the
/// display follows the language (names, kinds and money formats) on languageChanged.
class ObservationTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /// `Origin` marks the user's own records ("you"); bundled ones leave it empty.
    enum Column
    {
        Entity,
        Metric,
        Period,
        Value,
        Unit,
        Kind,
        Grade,
        Source,
        AsOf,
        Origin,
        Note,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, ///< numbers and periods as numbers, text as text
        EntityIdRole,
        MetricIdRole,
        KindRole, ///< capex::Kind as int
        GradeRole, ///< capex::Grade as int
        SearchTextRole, ///< every text of the row in both languages, for the free-text filter
        ObservationIndexRole,
        UserEnteredRole, ///< bool: the user entered or edited the record
    };

    explicit ObservationTableModel(QObject *parent = nullptr);

    void setSnapshot(const Dataset *snapshot);
    const Dataset *snapshot() const { return m_snapshot; }
    const Observation *observation(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void retranslate();

    const Dataset *m_snapshot = nullptr;
    mutable QIcon m_userMark;
};

/// Filters observations by entity, metric, kind, grade and free text (both languages).
class ObservationFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ObservationFilterModel(QObject *parent = nullptr);

    void setEntity(const QString &id);
    void setMetric(const QString &id);
    void setKind(int kind);   ///< -1: any
    void setGrade(int grade); ///< -1: any
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    /// Periods sort by time (capex::Period's order: by end, then the shorter first), the
    /// other columns by their SortRole.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_entity, m_metric, m_search;
    int m_kind = -1, m_grade = -1;
};

} // namespace capex::ui

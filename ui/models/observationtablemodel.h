#pragma once

#include "dataset.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QAbstractProxyModel>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace capex::ui {

/// A snapshot in a compact form for filtering and sorting the Data page: per row, the index of
/// its entity, metric and source in the snapshot's lists (-1: not there) and of its period in
/// `periods` (the distinct periods).
struct ObservationColumns
{
    std::vector<std::int32_t> entity, metric, source, period;
    std::vector<capex::Period> periods;
};

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

    using Columns = ObservationColumns;
    /// `columns`: the snapshot's compact form when it was built already (on the thread that
    /// read a large store: DataStore::tableColumns()); else it is built on first use.
    void setSnapshot(const Dataset *snapshot, std::shared_ptr<const Columns> columns = {});
    const Dataset *snapshot() const { return m_snapshot; }
    const Observation *observation(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The snapshot in a compact form for filtering and sorting, built on first use.
    const Columns &columns() const;
    /// Builds the compact form of `snapshot` (a pass over every figure: 0.13 s for a million),
    /// on any thread.
    static Columns buildColumns(const Dataset &snapshot);

private:
    void retranslate();

    const Dataset *m_snapshot = nullptr;
    mutable QIcon m_userMark;
    mutable std::shared_ptr<const Columns> m_columns;
};

/// The Data page's rows: the observations of an ObservationTableModel filtered by entity,
/// metric, period, kind, grade and free text (both languages), and sorted by any column.
///
/// Built for a million rows: it holds two arrays of row numbers (every row in the sort order,
/// and the rows the filter lets through, in that order) and reads everything else from the
/// snapshot on demand, so no string is made per row. A sort computes one key per row once
/// (a rank for names, kinds, units and sources, the number for values) and sorts the row
/// numbers; a filter change walks the sorted rows once with plain comparisons and never sorts
/// again; a search that extends the previous one only walks the rows it showed. Each change
/// resets the model (the Data page keeps the selected figure selected).
class ObservationFilterModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit ObservationFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    void setEntity(const QString &id);
    void setMetric(const QString &id);
    void setKind(int kind);   ///< -1: any
    void setGrade(int grade); ///< -1: any
    /// Only the figures of this period (the figures behind one mark of a chart); none: any.
    void setPeriod(const std::optional<capex::Period> &period);
    std::optional<capex::Period> period() const { return m_period; }
    void setSearchText(const QString &text);

    /// Periods sort by time (capex::Period's order: by end, then the shorter first), numbers
    /// by value, the other columns by the text shown (names, kinds and units in the current
    /// language, case ignored); rows that tie keep the store's order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The source row shown at `row`; -1 outside.
    int sourceRow(int row) const;

private:
    ObservationTableModel *table() const;
    /// The source rows in the order of the sort column (all rows: the filter comes after).
    void computeOrder();
    /// m_rows from m_order (or, narrowing, from the rows shown now), inside a model reset.
    void refilter(bool narrowing = false);
    void rebuild();

    QString m_search;
    std::string m_entity, m_metric;
    std::optional<capex::Period> m_period;
    int m_kind = -1, m_grade = -1;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<int> m_order; ///< every source row, sorted
    std::vector<int> m_rows;  ///< the rows shown: m_order filtered
    mutable std::vector<int> m_proxyRow; ///< source row → shown row (-1), built on demand
};

} // namespace capex::ui

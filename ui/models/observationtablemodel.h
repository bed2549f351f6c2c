#pragma once

#include "dataset.h"
#include "numberformat.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QAbstractProxyModel>

#include <cstdint>
#include <limits>
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
    /// Every row in the Data page's first order, by entity name in `byEntityLanguage` (ties in
    /// the store's order), when it was sorted with the columns on the thread that read a large
    /// store: the page then takes it as it is. Null: not sorted yet.
    std::shared_ptr<const std::vector<int>> byEntity;
    capex::Language byEntityLanguage = capex::Language::English;
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
    /// on any thread; with `sortByEntityIn`, the rows sorted by entity name in that language too.
    static Columns buildColumns(const Dataset &snapshot, std::optional<capex::Language> sortByEntityIn = {});

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

    /// The next reset (a new snapshot) shows only the first `rows` rows; showMoreRows() adds
    /// the rest. A table view keeps a section per row in its row header: a million made in
    /// one go kept the window from answering for 35 ms. Any later reset (a filter, a sort)
    /// shows every row again.
    void showFirstRowsOnlyAtNextReset(int rows);
    /// Adds up to `rows` rows of those not shown yet, as inserted rows; false when none are left.
    bool showMoreRows(int rows);
    /// Every row the filter lets through, also those not shown yet.
    int matchingRowCount() const { return static_cast<int>(shownRows().size()); }

private:
    ObservationTableModel *table() const;
    /// The source rows in the order of the sort column (all rows: the filter comes after).
    void computeOrder();
    /// The source rows sorted by the sort column with its texts in `language`.
    std::vector<int> sortedRows(capex::Language language) const;
    /// m_rows from m_order (or, narrowing, from the rows shown now), inside a model reset.
    void refilter(bool narrowing = false);
    void rebuild();

    QString m_search;
    std::string m_entity, m_metric;
    std::optional<capex::Period> m_period;
    int m_kind = -1, m_grade = -1;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    /// The rows shown: every source row in order when nothing is filtered, else m_rows.
    const std::vector<int> &shownRows() const { return m_all ? *m_order : m_rows; }

    /// Every source row, sorted (never null).
    std::shared_ptr<const std::vector<int>> m_order = std::make_shared<const std::vector<int>>();
    std::vector<int> m_rows; ///< the rows shown when a filter is set: m_order filtered
    bool m_all = true;       ///< no filter: the rows shown are m_order (not copied)
    std::size_t m_limit = std::numeric_limits<std::size_t>::max(); ///< rows shown so far
    std::size_t m_firstLimit = std::numeric_limits<std::size_t>::max(); ///< m_limit at the next reset
    mutable std::vector<int> m_proxyRow; ///< source row → shown row (-1), built on demand
};

} // namespace capex::ui

#pragma once

#include "dataset.h"

#include <QAbstractTableModel>
#include <QHash>

#include <memory>

namespace capex::ui {

struct ObservationColumns;

/// Every source of a snapshot with the number of figures citing it and the seed
/// articles it came through.
class SourceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Publisher, Title, Date, Language, Figures, Via, ColumnCount };
    enum Role { SourceIdRole = Qt::UserRole + 1, UrlRole, SortRole };

    explicit SourceTableModel(QObject *parent = nullptr);

    /// `columns`: the snapshot's compact form when known (DataStore::tableColumns()): the
    /// figures are then counted by source index instead of by source id.
    void setSnapshot(const Dataset *snapshot, std::shared_ptr<const ObservationColumns> columns = {});
    const Source *source(const QModelIndex &index) const;
    int citationCount(const std::string &sourceId) const { return m_citations.value(sourceId, 0); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString viaText(const Source &source) const;

    const Dataset *m_snapshot = nullptr;
    QHash<std::string, int> m_citations;
};

} // namespace capex::ui

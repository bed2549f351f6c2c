#include "sourcetablemodel.h"

#include "observationtablemodel.h"

#include "translation.h"

namespace capex::ui {

SourceTableModel::SourceTableModel(QObject *parent) : QAbstractTableModel(parent)
{
    connect(&Translation::instance(), &Translation::languageChanged, this, [this] {
        emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    });
}

void SourceTableModel::setSnapshot(const Dataset *snapshot, std::shared_ptr<const ObservationColumns> columns)
{
    beginResetModel();
    m_snapshot = snapshot;
    m_citations.clear();
    if (snapshot) {
        if (columns && columns->source.size() == snapshot->observations.size()) {
            // A million figures counted by index, not looked up by id one by one.
            std::vector<int> counts(snapshot->sources.size(), 0);
            for (std::int32_t source : columns->source)
                if (source >= 0)
                    ++counts[static_cast<std::size_t>(source)];
            for (std::size_t i = 0; i < counts.size(); ++i)
                if (counts[i] > 0)
                    m_citations[snapshot->sources[i].id] = counts[i];
        } else {
            for (const Observation &o : snapshot->observations)
                ++m_citations[o.source];
        }
        for (const Source &s : snapshot->sources) // a seed is cited by what came through it
            for (const std::string &seed : s.via)
                m_citations[seed] += m_citations.value(s.id, 0);
    }
    endResetModel();
}

const Source *SourceTableModel::source(const QModelIndex &index) const
{
    if (!m_snapshot || !index.isValid() || index.row() >= static_cast<int>(m_snapshot->sources.size()))
        return nullptr;
    return &m_snapshot->sources[static_cast<std::size_t>(index.row())];
}

int SourceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_snapshot ? 0 : static_cast<int>(m_snapshot->sources.size());
}

int SourceTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString SourceTableModel::viaText(const Source &source) const
{
    QStringList via;
    for (const std::string &id : source.via)
        if (const Source *seed = m_snapshot->source(id))
            via << QString::fromStdString(seed->publisher + ' ' + seed->date);
    return via.join(QStringLiteral("; "));
}

QVariant SourceTableModel::data(const QModelIndex &index, int role) const
{
    const Source *s = source(index);
    if (!s)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Publisher: return QString::fromStdString(s->publisher);
        case Title: return QString::fromStdString(s->title);
        case Date: return QString::fromStdString(s->date);
        case Language: return s->language == "zh" ? tr("Chinese") : tr("English");
        case Figures: return citationCount(s->id);
        case Via:
            if (s->seed)
                return tr("(seed article)");
            if (s->userEntered) // the user's own, or a bundled one they edited
                return s->via.empty() ? tr("(entered by you)")
                                      : viaText(*s) + QStringLiteral(" · ") + tr("edited by you");
            return viaText(*s);
        }
        break;
    case Qt::ToolTipRole: return s->url.empty() ? tr("No web address") : QString::fromStdString(s->url);
    case Qt::TextAlignmentRole:
        if (index.column() == Figures)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SourceIdRole: return QString::fromStdString(s->id);
    case UrlRole: return QString::fromStdString(s->url);
    case SortRole: return index.column() == Figures ? QVariant(citationCount(s->id)) : data(index, Qt::DisplayRole);
    default: break;
    }
    return {};
}

QVariant SourceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Publisher: return tr("Publisher");
    case Title: return tr("Title");
    case Date: return tr("Date");
    case Language: return tr("Language");
    case Figures: return tr("Figures");
    case Via: return tr("Via seed article");
    }
    return {};
}

} // namespace capex::ui

#include "observationtablemodel.h"

#include "translation.h"
#include "valuetext.h"

#include <QIcon>
#include <QPainter>
#include <QPixmap>

namespace capex::ui {
namespace {

/// A small filled circle in the highlight colour beside the user's own records.
QIcon userMark()
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x1f, 0x77, 0xb4));
    painter.drawEllipse(QRectF(2, 2, 8, 8));
    painter.end();
    return QIcon(pixmap);
}

} // namespace

ObservationTableModel::ObservationTableModel(QObject *parent) : QAbstractTableModel(parent)
{
    connect(&Translation::instance(), &Translation::languageChanged, this, &ObservationTableModel::retranslate);
}

void ObservationTableModel::setSnapshot(const Dataset *snapshot)
{
    beginResetModel();
    m_snapshot = snapshot;
    endResetModel();
}

void ObservationTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const Observation *ObservationTableModel::observation(const QModelIndex &index) const
{
    if (!m_snapshot || !index.isValid() || index.row() >= static_cast<int>(m_snapshot->observations.size()))
        return nullptr;
    return &m_snapshot->observations[static_cast<std::size_t>(index.row())];
}

int ObservationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_snapshot ? 0 : static_cast<int>(m_snapshot->observations.size());
}

int ObservationTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ObservationTableModel::data(const QModelIndex &index, int role) const
{
    const Observation *o = observation(index);
    if (!o)
        return {};
    const capex::Entity *entity = m_snapshot->entity(o->entity);
    const capex::Metric *metric = m_snapshot->metric(o->metric);
    const capex::Source *source = m_snapshot->source(o->source);
    auto entityName = [&] { return entity ? localized(entity->nameEn, entity->nameZh) : QString::fromStdString(o->entity); };
    auto metricName = [&] { return metric ? localized(metric->nameEn, metric->nameZh) : QString::fromStdString(o->metric); };

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Entity: return entityName();
        case Metric: return metricName();
        case Period: return periodText(o->period);
        case Value: return valueWithRangeText(*o);
        case Unit: return unitText(o->unit);
        case Kind: return kindText(o->kind);
        case Grade: return gradeText(o->grade);
        case Source: return source ? QString::fromStdString(source->publisher) : QString::fromStdString(o->source);
        case AsOf: return QString::fromStdString(o->asOf);
        case Origin:
            return o->userEntered ? tr("you", "entered by") : QString();
        case Note: return localized(o->noteEn, o->noteZh);
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == Entity && o->userEntered) {
            if (m_userMark.isNull())
                m_userMark = userMark();
            return m_userMark;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Origin || (index.column() == Entity && o->userEntered))
            return o->userEntered ? tr("Entered or edited by you: dataset updates leave it alone")
                                  : tr("From the bundled dataset");
        if (source)
            return tr("%1 — %2 (%3)").arg(QString::fromStdString(source->publisher),
                                         QString::fromStdString(source->title), QString::fromStdString(source->date));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Value)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SortRole:
        switch (index.column()) {
        case Period: return o->period.endPosition();
        case Value: return o->centralValue().value_or(0.0);
        default: return data(index, Qt::DisplayRole);
        }
    case EntityIdRole: return QString::fromStdString(o->entity);
    case MetricIdRole: return QString::fromStdString(o->metric);
    case KindRole: return static_cast<int>(o->kind);
    case GradeRole: return static_cast<int>(o->grade);
    case ObservationIndexRole: return index.row();
    case UserEnteredRole:
        return o->userEntered;
    case SearchTextRole: {
        QStringList texts;
        if (entity)
            texts << QString::fromStdString(entity->nameEn) << QString::fromStdString(entity->nameZh);
        if (metric)
            texts << QString::fromStdString(metric->nameEn) << QString::fromStdString(metric->nameZh);
        if (source)
            texts << QString::fromStdString(source->publisher) << QString::fromStdString(source->title);
        texts << QString::fromStdString(o->entity) << QString::fromStdString(o->metric)
              << QString::fromStdString(o->period.toString()) << periodText(o->period)
              << QString::fromStdString(o->noteEn) << QString::fromStdString(o->noteZh);
        return texts.join(QLatin1Char('\n'));
    }
    default: break;
    }
    return {};
}

QVariant ObservationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Entity: return tr("Entity");
    case Metric: return tr("Metric");
    case Period: return tr("Period");
    case Value: return tr("Value");
    case Unit: return tr("Unit");
    case Kind: return tr("Kind");
    case Grade: return tr("Grade");
    case Source: return tr("Source");
    case AsOf: return tr("As of");
    case Origin:
        return tr("Entered by");
    case Note: return tr("Note");
    }
    return {};
}

ObservationFilterModel::ObservationFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ObservationTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ObservationFilterModel::setEntity(const QString &id)
{
    m_entity = id;
    invalidateFilter();
}

void ObservationFilterModel::setMetric(const QString &id)
{
    m_metric = id;
    invalidateFilter();
}

void ObservationFilterModel::setKind(int kind)
{
    m_kind = kind;
    invalidateFilter();
}

void ObservationFilterModel::setGrade(int grade)
{
    m_grade = grade;
    invalidateFilter();
}

void ObservationFilterModel::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

bool ObservationFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    using M = ObservationTableModel;
    if (!m_entity.isEmpty() && index.data(M::EntityIdRole).toString() != m_entity)
        return false;
    if (!m_metric.isEmpty() && index.data(M::MetricIdRole).toString() != m_metric)
        return false;
    if (m_kind >= 0 && index.data(M::KindRole).toInt() != m_kind)
        return false;
    if (m_grade >= 0 && index.data(M::GradeRole).toInt() != m_grade)
        return false;
    if (!m_search.isEmpty() && !index.data(M::SearchTextRole).toString().contains(m_search, Qt::CaseInsensitive))
        return false;
    return true;
}

bool ObservationFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() == ObservationTableModel::Period && right.column() == ObservationTableModel::Period)
        if (const auto *model = qobject_cast<const ObservationTableModel *>(sourceModel())) {
            const Observation *a = model->observation(left);
            const Observation *b = model->observation(right);
            if (a && b)
                return a->period < b->period;
        }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace capex::ui

#include "observationtablemodel.h"

#include "translation.h"
#include "valuetext.h"

#include <QIcon>
#include <QPainter>
#include <QPixmap>

#include <algorithm>
#include <functional>
#include <limits>
#include <map>
#include <numeric>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <utility>

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

/// Ranks of `count` items by their texts, case ignored (equal texts share a rank).
template <typename Text> std::vector<std::int32_t> ranksByText(std::size_t count, Text text)
{
    std::vector<QString> texts(count);
    std::vector<std::int32_t> order(count);
    for (std::size_t i = 0; i < count; ++i) {
        texts[i] = text(i);
        order[i] = static_cast<std::int32_t>(i);
    }
    std::stable_sort(order.begin(), order.end(), [&](std::int32_t a, std::int32_t b) {
        return texts[static_cast<std::size_t>(a)].compare(texts[static_cast<std::size_t>(b)], Qt::CaseInsensitive) < 0;
    });
    std::vector<std::int32_t> rank(count);
    std::int32_t current = -1;
    for (std::size_t i = 0; i < count; ++i) {
        const auto item = static_cast<std::size_t>(order[i]);
        if (i == 0
            || texts[item].compare(texts[static_cast<std::size_t>(order[i - 1])], Qt::CaseInsensitive) != 0)
            ++current;
        rank[item] = current;
    }
    return rank;
}

/// The entities' ranks by their names in `language`.
std::vector<std::int32_t> entityRanks(const Dataset &d, capex::Language language)
{
    return ranksByText(d.entities.size(), [&](std::size_t i) {
        const capex::Entity &e = d.entities[i];
        return QString::fromStdString(language == capex::Language::Chinese && !e.nameZh.empty() ? e.nameZh : e.nameEn);
    });
}

/// A row's key from a rank per index of a compact column (-1, unknown, the largest key).
std::vector<std::int32_t> keysByRank(const std::vector<std::int32_t> &column, const std::vector<std::int32_t> &rank)
{
    std::vector<std::int32_t> key(column.size());
    for (std::size_t i = 0; i < column.size(); ++i)
        key[i] = column[i] < 0 ? std::numeric_limits<std::int32_t>::max() : rank[static_cast<std::size_t>(column[i])];
    return key;
}

/// Rows ordered by integer keys of few distinct values (ranks: entity, metric, kind, dates, …;
/// unknown is the largest key) by counting: two passes, stable, so ties keep the store's
/// order in either direction without a comparison sort. False (and `order` untouched) when
/// the keys are too spread out for it.
bool orderByCounting(const std::vector<std::int32_t> &key, bool descending, std::vector<int> &order)
{
    const std::size_t n = key.size();
    std::int32_t top = 0, bottom = 0;
    for (std::size_t i = 0; i < n; ++i)
        if (key[i] != std::numeric_limits<std::int32_t>::max()) {
            top = std::max(top, key[i]);
            bottom = std::min(bottom, key[i]);
        }
    const auto buckets = static_cast<std::size_t>(top) + 2; // the last one: unknown
    if (bottom < 0 || buckets > 2 * n + 2)
        return false;
    auto bucketOf = [&](std::int32_t k) {
        const std::size_t b = k == std::numeric_limits<std::int32_t>::max() ? buckets - 1 : static_cast<std::size_t>(k);
        return descending ? buckets - 1 - b : b;
    };
    std::vector<std::int32_t> start(buckets + 1, 0);
    for (std::size_t i = 0; i < n; ++i)
        ++start[bucketOf(key[i]) + 1];
    for (std::size_t b = 0; b < buckets; ++b)
        start[b + 1] += start[b];
    order.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        order[static_cast<std::size_t>(start[bucketOf(key[i])]++)] = static_cast<std::int32_t>(i);
    return true;
}

} // namespace

ObservationTableModel::ObservationTableModel(QObject *parent) : QAbstractTableModel(parent)
{
    connect(&Translation::instance(), &Translation::languageChanged, this, &ObservationTableModel::retranslate);
}

void ObservationTableModel::setSnapshot(const Dataset *snapshot, std::shared_ptr<const Columns> columns)
{
    beginResetModel();
    m_snapshot = snapshot;
    m_columns = snapshot && columns && columns->entity.size() == snapshot->observations.size() ? std::move(columns)
                                                                                                : nullptr;
    endResetModel();
}

const ObservationTableModel::Columns &ObservationTableModel::columns() const
{
    if (!m_columns)
        m_columns = std::make_shared<const Columns>(m_snapshot ? buildColumns(*m_snapshot) : Columns {});
    return *m_columns;
}

ObservationTableModel::Columns ObservationTableModel::buildColumns(const Dataset &d,
                                                                  std::optional<capex::Language> sortByEntityIn)
{
    Columns c;
    // Ids to indexes through hash maps of views into the snapshot's own strings.
    auto indexOf = [](const auto &records) {
        std::unordered_map<std::string_view, std::int32_t> map;
        map.reserve(records.size());
        for (std::size_t i = 0; i < records.size(); ++i)
            map.emplace(records[i].id, static_cast<std::int32_t>(i));
        return map;
    };
    const auto entities = indexOf(d.entities), metrics = indexOf(d.metrics), sources = indexOf(d.sources);
    auto find = [](const auto &map, const std::string &id) {
        auto it = map.find(id);
        return it == map.end() ? std::int32_t {-1} : it->second;
    };
    std::map<capex::Period, std::int32_t> periods;
    const std::size_t n = d.observations.size();
    c.entity.resize(n);
    c.metric.resize(n);
    c.source.resize(n);
    c.period.resize(n);
    // Consecutive rows mostly share an entity, metric or period: a one-entry cache each.
    const Observation *previous = nullptr;
    for (std::size_t i = 0; i < n; ++i) {
        const Observation &o = d.observations[i];
        const bool same = previous != nullptr;
        c.entity[i] = same && o.entity == previous->entity ? c.entity[i - 1] : find(entities, o.entity);
        c.metric[i] = same && o.metric == previous->metric ? c.metric[i - 1] : find(metrics, o.metric);
        c.source[i] = same && o.source == previous->source ? c.source[i - 1] : find(sources, o.source);
        if (same && o.period == previous->period) {
            c.period[i] = c.period[i - 1];
        } else {
            auto [it, added] = periods.try_emplace(o.period, static_cast<std::int32_t>(c.periods.size()));
            if (added)
                c.periods.push_back(o.period);
            c.period[i] = it->second;
        }
        previous = &o;
    }
    if (sortByEntityIn) {
        auto rows = std::make_shared<std::vector<int>>();
        orderByCounting(keysByRank(c.entity, entityRanks(d, *sortByEntityIn)), false, *rows);
        c.byEntity = std::move(rows);
        c.byEntityLanguage = *sortByEntityIn;
    }
    return c;
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
    // By the compact columns' indexes (no search through the lists), once they are built.
    const auto row = static_cast<std::size_t>(index.row());
    auto at = [](const auto &records, std::int32_t i) { return i >= 0 ? &records[static_cast<std::size_t>(i)] : nullptr; };
    const capex::Entity *entity = m_columns ? at(m_snapshot->entities, m_columns->entity[row]) : m_snapshot->entity(o->entity);
    const capex::Metric *metric = m_columns ? at(m_snapshot->metrics, m_columns->metric[row]) : m_snapshot->metric(o->metric);
    const capex::Source *source = m_columns ? at(m_snapshot->sources, m_columns->source[row]) : m_snapshot->source(o->source);
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

namespace {

/// ASCII letters folded to lower case; every other byte (UTF-8 of Chinese text) as it is.
inline unsigned char folded(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u >= 'A' && u <= 'Z' ? static_cast<unsigned char>(u + 32) : u;
}

/// Asks the processor to bring the memory at `p` into its cache: a hint, never a fault. On x86
/// an instruction of its own, which the compiler keeps: GCC 12 dropped __builtin_prefetch from
/// loops it unswitched.
inline void prefetch(const void *p)
{
#if defined(__x86_64__) || defined(__i386__)
    asm volatile("prefetcht0 %0" : : "m"(*static_cast<const char *>(p)));
#else
    __builtin_prefetch(p);
#endif
}

/// Whether `text` contains `needle` (already folded), ignoring the case of ASCII letters.
bool containsFolded(std::string_view text, std::string_view needle)
{
    if (needle.empty())
        return true;
    if (needle.size() > text.size())
        return false;
    const auto first = static_cast<unsigned char>(needle[0]);
    const std::size_t last = text.size() - needle.size();
    for (std::size_t i = 0; i <= last; ++i) {
        if (folded(text[i]) != first)
            continue;
        std::size_t k = 1;
        while (k < needle.size() && folded(text[i + k]) == static_cast<unsigned char>(needle[k]))
            ++k;
        if (k == needle.size())
            return true;
    }
    return false;
}

} // namespace

ObservationFilterModel::ObservationFilterModel(QObject *parent) : QAbstractProxyModel(parent) {}

ObservationTableModel *ObservationFilterModel::table() const
{
    return qobject_cast<ObservationTableModel *>(sourceModel());
}

void ObservationFilterModel::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    QAbstractProxyModel::setSourceModel(model);
    if (model) {
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
        connect(model, &QAbstractItemModel::modelReset, this, [this] {
            computeOrder();
            refilter();
            endResetModel();
        });
        // The language changed: the same rows, other texts (the order stays until the next sort).
        connect(model, &QAbstractItemModel::dataChanged, this, [this] {
            if (rowCount() > 0)
                emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        });
        connect(model, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
    }
    computeOrder();
    refilter();
    endResetModel();
}

void ObservationFilterModel::setEntity(const QString &id)
{
    m_entity = id.toStdString();
    rebuild();
}

void ObservationFilterModel::setMetric(const QString &id)
{
    m_metric = id.toStdString();
    rebuild();
}

void ObservationFilterModel::setKind(int kind)
{
    m_kind = kind;
    rebuild();
}

void ObservationFilterModel::setGrade(int grade)
{
    m_grade = grade;
    rebuild();
}

void ObservationFilterModel::setPeriod(const std::optional<capex::Period> &period)
{
    m_period = period;
    rebuild();
}

void ObservationFilterModel::setSearchText(const QString &text)
{
    const QString search = text.trimmed();
    if (search == m_search)
        return;
    // Typing on: only the rows shown can still match.
    const bool narrowing = !m_search.isEmpty() && search.contains(m_search, Qt::CaseInsensitive);
    m_search = search;
    beginResetModel();
    refilter(narrowing);
    endResetModel();
}

void ObservationFilterModel::rebuild()
{
    beginResetModel();
    refilter();
    endResetModel();
}

void ObservationFilterModel::sort(int column, Qt::SortOrder order)
{
    beginResetModel();
    m_sortColumn = column;
    m_sortOrder = order;
    computeOrder();
    refilter();
    endResetModel();
}

void ObservationFilterModel::computeOrder()
{
    m_proxyRow.clear();
    const ObservationTableModel *model = table();
    const Dataset *d = model ? model->snapshot() : nullptr;
    const Language language = Translation::instance().language();
    if (d && m_sortColumn == ObservationTableModel::Entity && m_sortOrder == Qt::AscendingOrder) {
        // Sorted with the columns on the thread that read the store: taken as it is.
        const auto &c = model->columns();
        if (c.byEntity && c.byEntity->size() == d->observations.size() && c.byEntityLanguage == language) {
            m_order = c.byEntity;
            return;
        }
    }
    m_order = std::make_shared<const std::vector<int>>(sortedRows(language));
}

std::vector<int> ObservationFilterModel::sortedRows(Language language) const
{
    const ObservationTableModel *model = table();
    const Dataset *d = model ? model->snapshot() : nullptr;
    const std::size_t n = d ? d->observations.size() : 0;
    std::vector<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    if (!d || m_sortColumn < 0 || m_sortColumn >= ObservationTableModel::ColumnCount || n == 0)
        return order;
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    const std::vector<Observation> &rows = d->observations;
    const auto &c = model->columns();
    // Sorts the rows by `key` (ties in the store's order, in either direction): (key, row)
    // pairs side by side in memory, which a million rows sort several times faster than row
    // numbers whose keys lie elsewhere.
    auto sortBy = [&](const auto &key) {
        using Key = std::decay_t<decltype(key[0])>;
        if constexpr (std::is_same_v<Key, std::int32_t>) {
            if (orderByCounting(key, descending, order))
                return;
        }
        std::vector<std::pair<Key, int>> keyed(n);
        for (std::size_t i = 0; i < n; ++i)
            keyed[i] = {key[i], static_cast<int>(i)};
        if (descending)
            std::sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) {
                return b.first < a.first || (!(a.first < b.first) && a.second < b.second);
            });
        else
            std::sort(keyed.begin(), keyed.end());
        for (std::size_t i = 0; i < n; ++i)
            order[i] = keyed[i].second;
    };
    auto byRank = [&](const std::vector<std::int32_t> &column, const std::vector<std::int32_t> &rank) {
        sortBy(keysByRank(column, rank));
    };
    // Text columns: the text of each row, compared as bytes (as_of is an ISO date). Texts that
    // repeat (dates) get a rank each, so the rows sort by integers; free text (notes) sorts
    // as (text, row) pairs held side by side, the order of ties made explicit.
    auto byText = [&](auto text, bool repeats) {
        if (repeats) {
            std::unordered_map<std::string_view, std::int32_t> rankOf;
            std::vector<std::string_view> distinct;
            for (std::size_t i = 0; i < n; ++i)
                if (rankOf.try_emplace(text(rows[i]), 0).second)
                    distinct.push_back(text(rows[i]));
            std::sort(distinct.begin(), distinct.end());
            for (std::size_t i = 0; i < distinct.size(); ++i)
                rankOf[distinct[i]] = static_cast<std::int32_t>(i);
            std::vector<std::int32_t> key(n);
            for (std::size_t i = 0; i < n; ++i)
                key[i] = rankOf[text(rows[i])];
            sortBy(key);
            return;
        }
        // Eight bytes at a time (big-endian, a shorter text padded with zeros, which sorts it
        // first): the rows sort by their first eight bytes, then each run that shares them by
        // the next eight, and so on: integer comparisons of pairs side by side in memory,
        // never a comparison that chases two texts elsewhere in memory.
        struct Keyed
        {
            std::uint64_t bytes;
            int row;
        };
        std::vector<Keyed> keyed(n);
        for (std::size_t i = 0; i < n; ++i)
            keyed[i] = {0, static_cast<int>(i)};
        auto bytesAt = [&](int row, std::size_t offset) {
            const std::string_view t = text(rows[static_cast<std::size_t>(row)]);
            std::uint64_t bytes = 0;
            for (std::size_t k = 0; k < 8; ++k)
                bytes = bytes << 8 | (offset + k < t.size() ? static_cast<unsigned char>(t[offset + k]) : 0u);
            return bytes;
        };
        // The texts lie all over the heap in the rows' order (see refilter): the figure some
        // rows ahead, and then its text's bytes, are asked for while this row's are read.
        const auto prefetchAhead = [&](std::size_t i, std::size_t end, std::size_t offset) {
            constexpr std::size_t figureAhead = 32, textAhead = 16;
            if (i + figureAhead < end)
                prefetch(&rows[static_cast<std::size_t>(keyed[i + figureAhead].row)]);
            if (i + textAhead < end) {
                const std::string_view t = text(rows[static_cast<std::size_t>(keyed[i + textAhead].row)]);
                if (offset < t.size())
                    prefetch(t.data() + offset);
            }
        };
        std::function<void(std::size_t, std::size_t, std::size_t)> sortRun = [&](std::size_t begin, std::size_t end,
                                                                                  std::size_t offset) {
            // The bytes every text of the run shares from `offset` on (a common prefix:
            // "Generated row …") decide nothing: a run is in row order (ties are), so they
            // are skipped, and the eight bytes read are the first that differ.
            const std::string_view first = text(rows[static_cast<std::size_t>(keyed[begin].row)]);
            std::size_t shared = first.size() > offset ? first.size() - offset : 0;
            for (std::size_t i = begin + 1; i < end && shared > 0; ++i) {
                prefetchAhead(i, end, offset);
                const std::string_view t = text(rows[static_cast<std::size_t>(keyed[i].row)]);
                std::size_t k = 0;
                while (k < shared && offset + k < t.size() && t[offset + k] == first[offset + k])
                    ++k;
                shared = k;
            }
            if (end - begin > 1)
                offset += shared;
            bool longer = false; // some text goes on past these eight bytes
            for (std::size_t i = begin; i < end; ++i) {
                prefetchAhead(i, end, offset);
                keyed[i].bytes = bytesAt(keyed[i].row, offset);
                longer = longer || text(rows[static_cast<std::size_t>(keyed[i].row)]).size() > offset + 8;
            }
            std::sort(keyed.begin() + static_cast<std::ptrdiff_t>(begin), keyed.begin() + static_cast<std::ptrdiff_t>(end),
                      [descending](const Keyed &a, const Keyed &b) {
                          if (a.bytes != b.bytes)
                              return descending ? b.bytes < a.bytes : a.bytes < b.bytes;
                          return a.row < b.row;
                      });
            if (!longer)
                return;
            for (std::size_t i = begin; i < end;) {
                std::size_t j = i + 1;
                while (j < end && keyed[j].bytes == keyed[i].bytes)
                    ++j;
                if (j - i > 1)
                    sortRun(i, j, offset + 8);
                i = j;
            }
        };
        sortRun(0, n, 0);
        for (std::size_t i = 0; i < n; ++i)
            order[i] = keyed[i].row;
    };
    switch (m_sortColumn) {
    case ObservationTableModel::Entity:
        byRank(c.entity, entityRanks(*d, language));
        break;
    case ObservationTableModel::Metric:
        byRank(c.metric, ranksByText(d->metrics.size(), [&](std::size_t i) {
                   return localized(d->metrics[i].nameEn, d->metrics[i].nameZh);
               }));
        break;
    case ObservationTableModel::Source:
        byRank(c.source, ranksByText(d->sources.size(),
                                     [&](std::size_t i) { return QString::fromStdString(d->sources[i].publisher); }));
        break;
    case ObservationTableModel::Period: {
        std::vector<std::int32_t> order(c.periods.size()), rank(c.periods.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&](std::int32_t a, std::int32_t b) {
            return c.periods[static_cast<std::size_t>(a)] < c.periods[static_cast<std::size_t>(b)];
        });
        for (std::size_t i = 0; i < order.size(); ++i)
            rank[static_cast<std::size_t>(order[i])] = static_cast<std::int32_t>(i);
        byRank(c.period, rank);
        break;
    }
    case ObservationTableModel::Value: {
        std::vector<double> key(n);
        for (std::size_t i = 0; i < n; ++i)
            key[i] = rows[i].centralValue().value_or(0.0);
        sortBy(key);
        break;
    }
    case ObservationTableModel::Kind:
    case ObservationTableModel::Grade: {
        const bool kind = m_sortColumn == ObservationTableModel::Kind;
        const std::vector<std::int32_t> rank = ranksByText(kind ? 6 : 3, [&](std::size_t i) {
            return kind ? kindText(static_cast<capex::Kind>(i)) : gradeText(static_cast<capex::Grade>(i));
        });
        std::vector<std::int32_t> key(n);
        for (std::size_t i = 0; i < n; ++i)
            key[i] = rank[static_cast<std::size_t>(kind ? static_cast<int>(rows[i].kind) : static_cast<int>(rows[i].grade))];
        sortBy(key);
        break;
    }
    case ObservationTableModel::Unit: {
        // Few distinct units: a rank for each by the text shown.
        std::vector<std::string> units;
        for (const Observation &o : rows)
            if (units.empty() || units.back() != o.unit)
                if (std::find(units.begin(), units.end(), o.unit) == units.end())
                    units.push_back(o.unit);
        const std::vector<std::int32_t> rank = ranksByText(units.size(), [&](std::size_t i) { return unitText(units[i]); });
        std::unordered_map<std::string_view, std::int32_t> rankOf;
        for (std::size_t i = 0; i < units.size(); ++i)
            rankOf.emplace(units[i], rank[i]);
        std::vector<std::int32_t> key(n);
        for (std::size_t i = 0; i < n; ++i)
            key[i] = rankOf.at(rows[i].unit);
        sortBy(key);
        break;
    }
    case ObservationTableModel::AsOf:
        byText([](const Observation &o) { return std::string_view(o.asOf); }, true);
        break;
    case ObservationTableModel::Origin: {
        std::vector<std::int32_t> key(n);
        for (std::size_t i = 0; i < n; ++i)
            key[i] = rows[i].userEntered ? 1 : 0;
        sortBy(key);
        break;
    }
    case ObservationTableModel::Note: {
        const bool chinese = language == Language::Chinese;
        byText([chinese](const Observation &o) {
            return std::string_view(chinese && !o.noteZh.empty() ? o.noteZh : o.noteEn);
        }, false);
        break;
    }
    default: break;
    }
    return order;
}

void ObservationFilterModel::refilter(bool narrowing)
{
    m_proxyRow.clear();
    const ObservationTableModel *model = table();
    const Dataset *d = model ? model->snapshot() : nullptr;
    const bool filtered = m_kind >= 0 || m_grade >= 0 || !m_entity.empty() || !m_metric.empty() || m_period
        || !m_search.isEmpty();
    // Typing on narrows the rows shown so far.
    m_limit = std::exchange(m_firstLimit, std::numeric_limits<std::size_t>::max());
    const std::vector<int> previous = std::exchange(m_rows, {});
    const bool wasAll = std::exchange(m_all, !d || !filtered);
    if (m_all) // the rows shown are m_order itself: a million row numbers not copied
        return;
    const std::vector<Observation> &rows = d->observations;
    const auto &c = model->columns();
    auto indexOf = [](const auto &records, const std::string &id) {
        for (std::size_t i = 0; i < records.size(); ++i)
            if (records[i].id == id)
                return static_cast<std::int32_t>(i);
        return std::int32_t {-2}; // matches no row
    };
    const std::int32_t entity = m_entity.empty() ? -1 : indexOf(d->entities, m_entity);
    const std::int32_t metric = m_metric.empty() ? -1 : indexOf(d->metrics, m_metric);
    std::int32_t period = -1;
    if (m_period) {
        auto it = std::find(c.periods.begin(), c.periods.end(), *m_period);
        period = it == c.periods.end() ? -2 : static_cast<std::int32_t>(it - c.periods.begin());
    }
    // The search: which entities, metrics, sources and periods match by their names (in
    // both languages), decided once; per row only the notes are searched.
    const bool searching = !m_search.isEmpty();
    std::vector<char> entityMatch, metricMatch, sourceMatch, periodMatch;
    std::string needle;
    if (searching) {
        auto has = [this](const std::string &text) { return QString::fromStdString(text).contains(m_search, Qt::CaseInsensitive); };
        for (const capex::Entity &e : d->entities)
            entityMatch.push_back(has(e.nameEn) || has(e.nameZh) || has(e.id));
        for (const capex::Metric &m : d->metrics)
            metricMatch.push_back(has(m.nameEn) || has(m.nameZh) || has(m.id));
        for (const capex::Source &s : d->sources)
            sourceMatch.push_back(has(s.publisher) || has(s.title));
        for (const capex::Period &p : c.periods)
            periodMatch.push_back(has(p.toString()) || periodText(p).contains(m_search, Qt::CaseInsensitive));
        for (char ch : m_search.toStdString())
            needle += static_cast<char>(folded(ch));
    }
    auto matched = [](const std::vector<char> &match, std::int32_t i) {
        return i >= 0 && match[static_cast<std::size_t>(i)];
    };
    // Whether the row's company, metric, source or period matches the search by its name.
    auto matchedByName = [&](std::size_t i) {
        return matched(entityMatch, c.entity[i]) || matched(metricMatch, c.metric[i]) || matched(sourceMatch, c.source[i])
            || matched(periodMatch, c.period[i]);
    };
    auto accepts = [&](std::size_t i) {
        const Observation &o = rows[i];
        if (m_kind >= 0 && static_cast<int>(o.kind) != m_kind)
            return false;
        if (m_grade >= 0 && static_cast<int>(o.grade) != m_grade)
            return false;
        if (entity != -1 && c.entity[i] != entity)
            return false;
        if (metric != -1 && c.metric[i] != metric)
            return false;
        if (period != -1 && c.period[i] != period)
            return false;
        if (!searching)
            return true;
        return matchedByName(i) || containsFolded(o.noteEn, needle) || containsFolded(o.noteZh, needle)
            || (c.entity[i] < 0 && containsFolded(o.entity, needle)) || (c.metric[i] < 0 && containsFolded(o.metric, needle));
    };
    std::vector<int> shown;
    const std::vector<int> &from = narrowing && !wasAll ? previous : *m_order;
    shown.reserve(from.size());
    // A search reads the notes of the rows no name matches: two strings of their own on the
    // heap each, which lie all over it in the rows' order (the store is read in its table's
    // order and then sorted), so that each read waited for memory: 240 ms for a keystroke on
    // a million rows, where the comparisons take 45. The figure a few rows ahead, and then
    // its notes, are asked for while this row is compared.
    constexpr std::size_t figureAhead = 32, notesAhead = 16;
    const std::size_t count = from.size();
    for (std::size_t k = 0; k < count; ++k) {
        if (searching && k + figureAhead < count) {
            if (const auto ahead = static_cast<std::size_t>(from[k + figureAhead]); ahead < rows.size() && !matchedByName(ahead))
                prefetch(&rows[ahead]);
            if (const auto next = static_cast<std::size_t>(from[k + notesAhead]); next < rows.size() && !matchedByName(next)) {
                prefetch(rows[next].noteEn.data());
                prefetch(rows[next].noteZh.data());
            }
        }
        const int row = from[k];
        if (static_cast<std::size_t>(row) < rows.size() && accepts(static_cast<std::size_t>(row)))
            shown.push_back(row);
    }
    m_rows = std::move(shown);
}

QModelIndex ObservationFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex ObservationFilterModel::parent(const QModelIndex &) const { return {}; }

int ObservationFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(std::min(shownRows().size(), m_limit));
}

int ObservationFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

bool ObservationFilterModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0 && columnCount() > 0;
}

void ObservationFilterModel::showFirstRowsOnlyAtNextReset(int rows)
{
    m_firstLimit = static_cast<std::size_t>(std::max(rows, 0));
}

bool ObservationFilterModel::showMoreRows(int rows)
{
    const std::size_t all = shownRows().size();
    if (m_limit >= all)
        return false;
    const std::size_t limit = std::min(all, m_limit + static_cast<std::size_t>(std::max(rows, 0)));
    if (limit > m_limit) {
        beginInsertRows({}, static_cast<int>(m_limit), static_cast<int>(limit) - 1);
        m_limit = limit;
        endInsertRows();
    }
    return m_limit < all;
}

int ObservationFilterModel::sourceRow(int row) const
{
    return row >= 0 && row < rowCount() ? shownRows()[static_cast<std::size_t>(row)] : -1;
}

QModelIndex ObservationFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || proxyIndex.model() != this)
        return {};
    return sourceModel()->index(sourceRow(proxyIndex.row()), proxyIndex.column());
}

QModelIndex ObservationFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != sourceModel())
        return {};
    const std::vector<int> &shown = shownRows();
    if (m_proxyRow.empty() && !shown.empty()) {
        m_proxyRow.assign(static_cast<std::size_t>(sourceModel()->rowCount()), -1);
        for (std::size_t i = 0; i < shown.size(); ++i)
            if (static_cast<std::size_t>(shown[i]) < m_proxyRow.size())
                m_proxyRow[static_cast<std::size_t>(shown[i])] = static_cast<int>(i);
    }
    const auto row = static_cast<std::size_t>(sourceIndex.row());
    if (row >= m_proxyRow.size() || m_proxyRow[row] < 0)
        return {};
    return index(m_proxyRow[row], sourceIndex.column());
}

QVariant ObservationFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal)
        return sourceModel() ? sourceModel()->headerData(section, orientation, role) : QVariant();
    return QAbstractItemModel::headerData(section, orientation, role);
}

} // namespace capex::ui

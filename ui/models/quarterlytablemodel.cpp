#include "quarterlytablemodel.h"

#include "translation.h"
#include "valuetext.h"

#include <QColor>

#include <algorithm>
#include <set>

namespace capex::ui {

QuarterlyTableModel::QuarterlyTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void QuarterlyTableModel::configure(const Dataset *dataset, const QStringList &companies, const QString &metric,
                                    const QString &currency, bool trailing)
{
    beginResetModel();
    m_quarters.clear();
    m_companyNames.clear();
    m_cells.clear();
    m_currency = currency;
    m_trailing = trailing;
    if (dataset) {
        std::vector<Quarters::Series> all;
        std::set<Quarters::YearQuarter> quarters;
        for (const QString &id : companies) {
            const Entity *e = dataset->entity(id.toStdString());
            if (!e)
                continue;
            Quarters::Series s = Quarters::series(*dataset, id.toStdString(), metric.toStdString(), currency.toStdString());
            if (trailing ? s.trailing.empty() : s.quarters.empty())
                continue;
            for (const auto &q : s.quarters)
                if (!trailing)
                    quarters.insert(q.quarter);
            for (const auto &t : s.trailing)
                if (trailing)
                    quarters.insert(t.quarter);
            m_companyNames.push_back(localized(e->nameEn, e->nameZh));
            all.push_back(std::move(s));
        }
        m_quarters.assign(quarters.begin(), quarters.end());
        for (const Quarters::Series &s : all) {
            std::vector<Cell> row(m_quarters.size());
            for (std::size_t c = 0; c < m_quarters.size(); ++c) {
                if (trailing) {
                    for (const auto &t : s.trailing)
                        if (t.quarter == m_quarters[c]) {
                            row[c].value = t.value;
                            row[c].yearOnYear = t.yearOnYear;
                            if (t.missing)
                                row[c].note = tr("%1 is not reported").arg(periodText(t.missing->period()));
                        }
                } else {
                    for (const auto &q : s.quarters)
                        if (q.quarter == m_quarters[c]) {
                            row[c].value = q.converted;
                            row[c].yearOnYear = q.yearOnYear;
                        }
                }
            }
            m_cells.push_back(std::move(row));
        }
    }
    endResetModel();
}

int QuarterlyTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_cells.size() * 2);
}

int QuarterlyTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_quarters.size());
}

const QuarterlyTableModel::Cell *QuarterlyTableModel::cell(int row, int column) const
{
    const auto company = static_cast<std::size_t>(row / 2);
    if (row < 0 || column < 0 || company >= m_cells.size() || static_cast<std::size_t>(column) >= m_quarters.size())
        return nullptr;
    return &m_cells[company][static_cast<std::size_t>(column)];
}

QVariant QuarterlyTableModel::data(const QModelIndex &index, int role) const
{
    const Cell *c = cell(index.row(), index.column());
    if (!c)
        return {};
    const bool growthRow = index.row() % 2 == 1;
    const NumberFormat format = Translation::instance().format(3);
    switch (role) {
    case Qt::DisplayRole:
        if (growthRow)
            return c->yearOnYear ? QString::fromStdString(format.percent(*c->yearOnYear)) : QString();
        return c->value ? QString::fromStdString(format.money(*c->value, m_currency.toStdString())) : QString();
    case Qt::ToolTipRole:
        return c->note.isEmpty() ? QVariant() : QVariant(c->note);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        return growthRow ? QVariant(QColor(0x55, 0x55, 0x55)) : QVariant();
    case Qt::UserRole: // the number itself
        return growthRow ? (c->yearOnYear ? QVariant(*c->yearOnYear) : QVariant())
                         : (c->value ? QVariant(*c->value) : QVariant());
    default: return {};
    }
}

QVariant QuarterlyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal) {
        if (section < 0 || static_cast<std::size_t>(section) >= m_quarters.size())
            return {};
        return periodText(m_quarters[static_cast<std::size_t>(section)].period());
    }
    const auto company = static_cast<std::size_t>(section / 2);
    if (company >= m_companyNames.size())
        return {};
    return section % 2 ? tr("  on the year before") : m_companyNames[company];
}

void QuarterlyTableModel::retranslate()
{
    if (!m_quarters.empty())
        emit headerDataChanged(Qt::Horizontal, 0, static_cast<int>(m_quarters.size()) - 1);
    if (!m_cells.empty()) {
        emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }
}

QString QuarterlyTableModel::toTsv() const
{
    // A C-locale number: what Excel and LibreOffice read as a number in any locale's paste.
    auto number = [](double v) { return QString::number(v, 'g', 15); };
    QStringList lines;
    QStringList header{m_trailing ? tr("Company (trailing 12 months, %1)").arg(m_currency)
                                  : tr("Company (quarter, %1)").arg(m_currency)};
    for (const auto &q : m_quarters)
        header << QStringLiteral("%1Q%2").arg(q.year).arg(q.quarter);
    lines << header.join(QLatin1Char('\t'));
    for (int row = 0; row < rowCount(); ++row) {
        QStringList cells{headerData(row, Qt::Vertical).toString().trimmed()};
        if (row % 2)
            cells.first() = m_companyNames[static_cast<std::size_t>(row / 2)] + QLatin1Char(' ')
                + tr("growth on the year before");
        for (int column = 0; column < columnCount(); ++column) {
            const QVariant v = data(index(row, column), Qt::UserRole);
            cells << (v.isValid() ? number(v.toDouble()) : QString());
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace capex::ui

#pragma once

#include "quarters.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace capex::ui {

/// The figures under the Capex page's quarterly chart: a row of values and a row of growth
/// on the year before per company, a column per calendar quarter. The quarters' figures
/// (Quarterly) or the sums of four (Trailing 12 months), in the display currency.
class QuarterlyTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit QuarterlyTableModel(QObject *parent = nullptr);

    /// Rebuilds from `dataset` for `companies`; `trailing` chooses the sums of four quarters.
    void configure(const Dataset *dataset, const QStringList &companies, const QString &metric,
                   const QString &currency, bool trailing);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The whole table as tab-separated text with a header row, numbers unformatted (money
    /// in units of the currency, growth as a fraction) so that a spreadsheet reads them as
    /// numbers.
    QString toTsv() const;

    /// Re-reads the headers' words in the current language.
    void retranslate();

private:
    struct Cell
    {
        std::optional<double> value;
        std::optional<double> yearOnYear;
        QString note; ///< why there is no value
    };
    const Cell *cell(int row, int column) const;

    std::vector<Quarters::YearQuarter> m_quarters;
    std::vector<QString> m_companyNames;
    std::vector<std::vector<Cell>> m_cells; ///< [company][quarter]
    QString m_currency = QStringLiteral("USD");
    bool m_trailing = false;
};

} // namespace capex::ui

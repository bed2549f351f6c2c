#include "sourcespage.h"

#include "datastore.h"
#include "sourcetablemodel.h"
#include "translation.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace capex::ui {

SourcesPage::SourcesPage(DataStore &store, QWidget *parent)
    : DashboardPage(store, parent),
      m_model(new SourceTableModel(this)),
      m_sorted(new QSortFilterProxyModel(this)),
      m_table(new QTableView(this)),
      m_details(new QTextBrowser(this)),
      m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("sourcesPage"));
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(SourceTableModel::SortRole);
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SourceTableModel::Figures, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_details->setOpenExternalLinks(true);
    m_details->setMaximumHeight(120);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_details);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SourcesPage::showDetails);
    retranslateUi();
}

void SourcesPage::refresh()
{
    m_model->setSnapshot(&snapshot());
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(SourceTableModel::Publisher, std::min(m_table->columnWidth(SourceTableModel::Publisher), 240));
    m_table->setColumnWidth(SourceTableModel::Title, 420);
    retranslateUi();
}

void SourcesPage::showDetails()
{
    const Source *s = m_model->source(m_sorted->mapToSource(m_table->currentIndex()));
    if (!s) {
        m_details->setHtml(tr("<p>Select a source to see its address.</p>"));
        return;
    }
    QString html = QStringLiteral("<p><b>%1</b> — %2 (%3)</p>")
                       .arg(QString::fromStdString(s->publisher).toHtmlEscaped(),
                            QString::fromStdString(s->title).toHtmlEscaped(), QString::fromStdString(s->date));
    if (s->url.empty())
        html += QStringLiteral("<p>%1</p>").arg(tr("No web address: cited from the seed article or print.").toHtmlEscaped());
    else
        html += QStringLiteral("<p><a href='%1'>%1</a></p>").arg(QString::fromStdString(s->url).toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(tr("Cited by %n figure(s).", nullptr, m_model->citationCount(s->id)));
    m_details->setHtml(html);
}

void SourcesPage::retranslateUi()
{
    const Dataset &d = snapshot();
    int seeds = static_cast<int>(std::count_if(d.sources.begin(), d.sources.end(), [](const Source &s) { return s.seed; }));
    m_summary->setText(tr("%n source(s), of which %1 seed articles, behind %2 figures.", nullptr,
                          static_cast<int>(d.sources.size()))
                           .arg(seeds)
                           .arg(d.observations.size()));
    showDetails();
}

} // namespace capex::ui

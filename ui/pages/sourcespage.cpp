#include "sourcespage.h"

#include "dataedits.h"
#include "datastore.h"
#include "scripteddialog.h"
#include "sourceeditor.h"
#include "sourcetablemodel.h"
#include "translation.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace capex::ui {

SourcesPage::SourcesPage(DataStore &store, DataEdits &edits, QWidget *parent)
    : DashboardPage(store, parent)
    , m_model(new SourceTableModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_details(new QTextBrowser(this))
    , m_summary(new QLabel(this))
    , m_edits(edits)
    , m_addAction(new QAction(this))
    , m_editAction(new QAction(this))
    , m_deleteAction(new QAction(this))
    , m_addButton(new QToolButton(this))
    , m_editButton(new QToolButton(this))
    , m_deleteButton(new QToolButton(this))
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

    m_addAction->setObjectName(QStringLiteral("addSource"));
    m_editAction->setObjectName(QStringLiteral("editSource"));
    m_deleteAction->setObjectName(QStringLiteral("deleteSource"));
    m_editAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    for (QAction *action : {m_editAction, m_deleteAction})
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_addAction, &QAction::triggered, this, [this] { addSource(); });
    connect(m_editAction, &QAction::triggered, this, [this] { editSelected(); });
    connect(m_deleteAction, &QAction::triggered, this, [this] { deleteSelected(); });
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({m_addAction, m_editAction, m_deleteAction});
    auto *top = new QHBoxLayout;
    m_summary->setWordWrap(true);
    top->addWidget(m_summary, 1);
    for (auto [button, action] : {std::pair {m_addButton, m_addAction}, std::pair {m_editButton, m_editAction},
             std::pair {m_deleteButton, m_deleteAction}}) {
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        top->addWidget(button);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_details);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showDetails();
        updateActions();
    });
    retranslateUi();
}

void SourcesPage::refresh()
{
    const Source *selected = selectedSource();
    const std::string selectedId = selected ? selected->id : std::string();
    m_model->setSnapshot(&snapshot(), &snapshot() == &m_store.fullSnapshot() ? m_store.tableColumns() : nullptr);
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(SourceTableModel::Publisher, std::min(m_table->columnWidth(SourceTableModel::Publisher), 240));
    m_table->setColumnWidth(SourceTableModel::Title, 420);
    retranslateUi();
    if (!selectedId.empty())
        selectSource(selectedId);
    updateActions();
}

const Source *SourcesPage::selectedSource() const
{
    return m_model->source(m_sorted->mapToSource(m_table->currentIndex()));
}

bool SourcesPage::selectSource(const std::string &id)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex source = m_model->index(row, 0);
        if (m_model->source(source)->id != id)
            continue;
        const QModelIndex shown = m_sorted->mapFromSource(source);
        m_table->setCurrentIndex(shown);
        m_table->scrollTo(shown);
        showDetails();
        updateActions();
        return true;
    }
    return false;
}

void SourcesPage::updateActions()
{
    const bool writable = !m_store.isReadOnly();
    const Source *s = selectedSource();
    const int citations = s ? m_model->citationCount(s->id) : 0;
    m_addAction->setEnabled(writable);
    m_editAction->setEnabled(writable && s);
    m_deleteAction->setEnabled(writable && s && citations == 0);
    m_deleteAction->setToolTip(citations > 0
            ? tr("%n figure(s) cite this source: it cannot be deleted", nullptr, citations)
            : tr("Delete the selected source (Del); Edit → Undo brings it back"));
}

void SourcesPage::showFailure(const QString &text)
{
    if (!qEnvironmentVariableIsSet("CAPEXLENS_NO_DIALOGS"))
        QMessageBox::warning(this, tr("Sources"), text);
}

bool SourcesPage::addSource()
{
    SourceEditor editor(this);
    if (!runScriptedDialog(editor, m_nextEditorAction))
        return false;
    if (!m_edits.addSource(editor.source())) {
        showFailure(tr("The source was not added: %1").arg(m_edits.lastError()));
        return false;
    }
    selectSource(m_edits.lastAddedSource());
    return true;
}

bool SourcesPage::editSelected()
{
    const Source *current = selectedSource();
    if (!current)
        return false;
    const Source before = *current;
    SourceEditor editor(this);
    editor.setSource(before);
    if (!runScriptedDialog(editor, m_nextEditorAction))
        return false;
    if (!m_edits.editSource(before, editor.source())) {
        showFailure(tr("The source was not changed: %1").arg(m_edits.lastError()));
        return false;
    }
    selectSource(before.id);
    return true;
}

bool SourcesPage::deleteSelected()
{
    const Source *current = selectedSource();
    if (!current)
        return false;
    if (!m_edits.deleteSource(*current)) {
        showFailure(tr("The source was not deleted: %1").arg(m_edits.lastError()));
        return false;
    }
    return true;
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
    m_addAction->setText(tr("&Add source…"));
    m_addAction->setToolTip(tr("Enter a source of your own to cite in your figures"));
    m_editAction->setText(tr("&Edit source…"));
    m_editAction->setToolTip(tr("Change the selected source (F2); dataset updates then leave it alone"));
    m_deleteAction->setText(tr("&Delete source"));
    updateActions();
    showDetails();
}

} // namespace capex::ui

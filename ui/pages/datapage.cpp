#include "datapage.h"

#include "dataedits.h"
#include "datastore.h"
#include "observationeditor.h"
#include "observationhistorychart.h"
#include "observationtablemodel.h"
#include "scripteddialog.h"
#include "translation.h"
#include "valuetext.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <memory>
#include <tuple>

namespace capex::ui {

DataPage::DataPage(DataStore &store, DataEdits &edits, QWidget *parent)
    : DashboardPage(store, parent)
    , m_model(new ObservationTableModel(this))
    , m_filter(new ObservationFilterModel(this))
    , m_table(new QTableView(this))
    , m_details(new QTextBrowser(this))
    , m_entity(new QComboBox(this))
    , m_metric(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_grade(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_period(new QToolButton(this))
    , m_export(new QPushButton(this))
    , m_entityLabel(new QLabel(this))
    , m_metricLabel(new QLabel(this))
    , m_kindLabel(new QLabel(this))
    , m_gradeLabel(new QLabel(this))
    , m_edits(edits)
    , m_historyChart(new ObservationHistoryChart(this))
    , m_addAction(new QAction(this))
    , m_editAction(new QAction(this))
    , m_deleteAction(new QAction(this))
    , m_pasteAction(new QAction(this))
    , m_addButton(new QToolButton(this))
    , m_editButton(new QToolButton(this))
    , m_deleteButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("dataPage"));
    m_filter->setSourceModel(m_model);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ObservationTableModel::Entity, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Rows of one height, never measured: a million rows cost nothing until shown.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    // Columns fit the rows on screen and a few hundred more, not a thousand of a million (a
    // fifth of the page's first fill on a large store).
    m_table->horizontalHeader()->setResizeContentsPrecision(200);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_details->setOpenExternalLinks(true);
    m_details->setMinimumWidth(260);
    m_search->setClearButtonEnabled(true);
    for (QComboBox *box : {m_entity, m_metric}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(12);
    }
    // A few short choices each: as wide as the longest in the language shown (six average
    // characters were too few for "全部证据等级").
    for (QComboBox *box : {m_kind, m_grade})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_search->setMinimumWidth(160);

    // Two rows, so that a laptop's screen holds them beside the Assumptions dock: what and
    // whose, then the kind, the grade, the search, the count and the export.
    auto *filters = new QVBoxLayout;
    auto *whatRow = new QHBoxLayout;
    auto *restRow = new QHBoxLayout;
    for (auto [label, box, row] : {std::tuple {m_entityLabel, m_entity, whatRow},
             std::tuple {m_metricLabel, m_metric, whatRow}, std::tuple {m_kindLabel, m_kind, restRow},
             std::tuple {m_gradeLabel, m_grade, restRow}}) {
        label->setBuddy(box);
        row->addWidget(label);
        row->addWidget(box, row == whatRow ? 1 : 0);
    }
    restRow->addWidget(m_period);
    m_period->setObjectName(QStringLiteral("periodFilter"));
    m_period->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_period->hide();
    restRow->addWidget(m_search, 1);
    restRow->addWidget(m_count);
    restRow->addWidget(m_export);
    filters->addLayout(whatRow);
    filters->addLayout(restRow);
    m_export->setObjectName(QStringLiteral("exportDataButton"));
    connect(m_export, &QPushButton::clicked, this, &DataPage::exportRequested);

    // Editing: buttons above the record panel, the same actions in the table's context menu,
    // Delete and F2 on the table itself.
    m_addAction->setObjectName(QStringLiteral("addFigure"));
    m_editAction->setObjectName(QStringLiteral("editFigure"));
    m_deleteAction->setObjectName(QStringLiteral("deleteFigure"));
    m_editAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    for (QAction *action : {m_editAction, m_deleteAction})
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_addAction, &QAction::triggered, this, [this] { addObservation(); });
    connect(m_editAction, &QAction::triggered, this, [this] { editSelected(); });
    connect(m_deleteAction, &QAction::triggered, this, [this] { deleteSelected(); });
    // Ctrl+V anywhere on the page but in the search field (which pastes into itself): cells
    // copied from Excel or LibreOffice arrive as tab-separated text, header row first.
    m_pasteAction->setObjectName(QStringLiteral("pasteFigures"));
    m_pasteAction->setShortcut(QKeySequence::Paste);
    m_pasteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_pasteAction, &QAction::triggered, this, &DataPage::pasteFromClipboard);
    addAction(m_pasteAction);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({m_addAction, m_editAction, m_deleteAction, m_pasteAction});
    auto *editing = new QHBoxLayout;
    for (auto [button, action] : {std::pair {m_addButton, m_addAction}, std::pair {m_editButton, m_editAction},
             std::pair {m_deleteButton, m_deleteAction}}) {
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        editing->addWidget(button);
    }
    editing->addStretch(1);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addLayout(editing);
    sideLayout->addWidget(m_details, 1);
    sideLayout->addWidget(m_historyChart);
    m_historyChart->hide();

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_table);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    // Each filter resets the table's rows: the selected figure stays selected if it is shown.
    auto keepingSelection = [this](auto change) {
        const Observation *selected = selectedObservation();
        const std::int64_t selectedId = selected ? selected->rowId : 0;
        change();
        const int shown = m_filter->rowCount();
        m_count->setText(tr("%n figure(s)", nullptr, shown));
        if (selectedId != 0)
            for (int row = 0; row < m_model->rowCount(); ++row)
                if (m_model->observation(m_model->index(row, 0))->rowId == selectedId) {
                    if (const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0)); index.isValid()) {
                        m_table->setCurrentIndex(index);
                        m_table->scrollTo(index);
                    }
                    break;
                }
        showDetails();
        updateActions();
    };
    for (auto [box, apply] : {std::pair {m_entity, &ObservationFilterModel::setEntity},
             std::pair {m_metric, &ObservationFilterModel::setMetric}})
        connect(box, &QComboBox::currentIndexChanged, this, [this, box, apply, keepingSelection] {
            keepingSelection([&] { (m_filter->*apply)(box->currentData().toString()); });
        });
    for (auto [box, apply] : {std::pair {m_kind, &ObservationFilterModel::setKind},
             std::pair {m_grade, &ObservationFilterModel::setGrade}})
        connect(box, &QComboBox::currentIndexChanged, this, [this, box, apply, keepingSelection] {
            keepingSelection([&] { (m_filter->*apply)(box->currentData().toInt()); });
        });
    connect(m_search, &QLineEdit::textChanged, this, [this, keepingSelection](const QString &text) {
        keepingSelection([&] { m_filter->setSearchText(text); });
    });
    connect(m_period, &QToolButton::clicked, this, [this, keepingSelection] {
        keepingSelection([&] { m_filter->setPeriod(std::nullopt); });
        m_period->hide();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showDetails();
        updateActions();
    });
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        showDetails();
        m_details->setFocus();
    });
    retranslateUi();
}

void DataPage::pasteFromClipboard()
{
    emit pasteRequested(QGuiApplication::clipboard()->text());
}

void DataPage::refresh()
{
    finishRefresh(takeSnapshot());
}

QList<std::function<void()>> DataPage::refreshSteps()
{
    // A million figures, a step each: the table's first rows (sorted on the reading thread),
    // the rest 100,000 at a time (the table's row header makes a section per row: a million
    // at once took 35 ms), the filters' lists, each column's width, the count and selection.
    // The table is held from painting until the last step, which paints it once: it had
    // painted after every step (4-6 ms each on a laptop's screen, a dozen times). Should the
    // last step never come (another fill overtook this one), it paints again after a second.
    constexpr int rowsPerStep = 100'000;
    constexpr int releaseAtTheLatestMs = 1000;
    auto selectedId = std::make_shared<std::int64_t>(0);
    auto held = std::make_shared<QPointer<QWidget>>();
    auto release = [held](bool paintNow) {
        if (QWidget *table = *held) {
            table->setUpdatesEnabled(true);
            if (paintNow && table->isVisible())
                table->repaint();
        }
        *held = nullptr;
    };
    QList<std::function<void()>> steps {[this, selectedId, held, release] {
        if (m_table->isVisible() && m_table->updatesEnabled()) {
            m_table->setUpdatesEnabled(false);
            *held = m_table;
            QTimer::singleShot(releaseAtTheLatestMs, this, [release] { release(false); });
        }
        m_filter->showFirstRowsOnlyAtNextReset(rowsPerStep);
        *selectedId = takeSnapshot();
    }};
    for (std::size_t rows = rowsPerStep; rows < snapshot().observations.size(); rows += rowsPerStep)
        steps << [this] { m_filter->showMoreRows(rowsPerStep); };
    steps << [this] { fillFilters(); };
    for (int column = 0; column < ObservationTableModel::ColumnCount; ++column)
        steps << [this, column] { fitColumn(column); };
    steps << [this, selectedId] { showCountAndSelection(*selectedId); };
    steps << [release] { release(true); };
    return steps;
}

std::int64_t DataPage::takeSnapshot()
{
    // The model is rebuilt from the new snapshot: keep the selected figure selected (an edit,
    // an undo) by its row id.
    const Observation *selected = selectedObservation();
    const std::int64_t selectedId = selected ? selected->rowId : 0;
    // The compact form built while the store was read, when the page shows the whole store.
    m_model->setSnapshot(&snapshot(), &snapshot() == &m_store.fullSnapshot() ? m_store.tableColumns() : nullptr);
    return selectedId;
}

void DataPage::finishRefresh(std::int64_t selectedId)
{
    fillFilters();
    for (int column = 0; column < ObservationTableModel::ColumnCount; ++column)
        fitColumn(column);
    showCountAndSelection(selectedId);
}

void DataPage::fitColumn(int column)
{
    if (column == ObservationTableModel::Note) {
        m_table->setColumnWidth(column, 320);
        return;
    }
    m_table->resizeColumnToContents(column);
    // Long bilingual names would push the values off screen: cap the text columns.
    if (column == ObservationTableModel::Entity || column == ObservationTableModel::Metric
        || column == ObservationTableModel::Source)
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 200));
}

void DataPage::showCountAndSelection(std::int64_t selectedId)
{
    const int figures = m_filter->matchingRowCount();
    m_count->setText(tr("%n figure(s)", nullptr, figures));
    if (selectedId == 0 || !selectObservation(selectedId))
        showDetails();
    updateActions();
}

const Observation *DataPage::selectedObservation() const
{
    return m_model->observation(m_filter->mapToSource(m_table->currentIndex()));
}

bool DataPage::selectObservation(std::int64_t rowId)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex source = m_model->index(row, 0);
        if (m_model->observation(source)->rowId != rowId)
            continue;
        QModelIndex shown = m_filter->mapFromSource(source);
        if (!shown.isValid()) { // hidden by a filter: show everything
            m_search->clear();
            for (QComboBox *box : {m_entity, m_metric, m_kind, m_grade})
                box->setCurrentIndex(0);
            m_filter->setPeriod(std::nullopt);
            m_period->hide();
            m_count->setText(tr("%n figure(s)", nullptr, m_filter->rowCount()));
            shown = m_filter->mapFromSource(source);
        }
        m_table->setCurrentIndex(shown);
        m_table->scrollTo(shown);
        showDetails();
        updateActions();
        return true;
    }
    return false;
}

void DataPage::updateActions()
{
    const bool writable = !m_store.isReadOnly();
    const bool selected = selectedObservation() != nullptr;
    m_addAction->setEnabled(writable);
    m_editAction->setEnabled(writable && selected);
    m_deleteAction->setEnabled(writable && selected);
}

void DataPage::showFailure(const QString &text)
{
    if (!qEnvironmentVariableIsSet("CAPEXLENS_NO_DIALOGS"))
        QMessageBox::warning(this, tr("Data"), text);
}

bool DataPage::addObservation()
{
    ObservationEditor editor(snapshot(), this);
    Observation preset;
    if (const Observation *current = selectedObservation()) {
        // A new figure is most often the next one of the series in view.
        preset = *current;
        preset.rowId = 0;
        preset.uid.clear();
        preset.value = preset.low = preset.high = std::nullopt;
        preset.asOf.clear();
        preset.noteEn.clear();
        preset.noteZh.clear();
        preset.userEntered = true;
        editor.setObservation(preset);
    }
    if (!runScriptedDialog(editor, m_nextEditorAction))
        return false;
    if (!m_edits.addObservation(editor.observation())) {
        showFailure(tr("The figure was not added: %1").arg(m_edits.lastError()));
        return false;
    }
    selectObservation(m_edits.lastAddedObservation());
    return true;
}

bool DataPage::editSelected()
{
    const Observation *current = selectedObservation();
    if (!current)
        return false;
    const Observation before = *current;
    ObservationEditor editor(snapshot(), this);
    editor.setObservation(before);
    if (!runScriptedDialog(editor, m_nextEditorAction))
        return false;
    if (!m_edits.editObservation(before, editor.observation())) {
        showFailure(tr("The figure was not changed: %1").arg(m_edits.lastError()));
        return false;
    }
    selectObservation(before.rowId);
    return true;
}

bool DataPage::deleteSelected()
{
    const Observation *current = selectedObservation();
    if (!current)
        return false;
    // No question asked: Edit → Undo brings the figure back.
    const int row = m_table->currentIndex().row();
    if (!m_edits.deleteObservation(*current)) {
        showFailure(tr("The figure was not deleted: %1").arg(m_edits.lastError()));
        return false;
    }
    const int next = std::min(row, m_filter->rowCount() - 1);
    if (next >= 0)
        m_table->setCurrentIndex(m_filter->index(next, 0));
    return true;
}

QString DataPage::detailsHtml() const
{
    return m_details->toHtml();
}

std::vector<const Observation *> DataPage::filteredObservations() const
{
    std::vector<const Observation *> shown;
    shown.reserve(static_cast<std::size_t>(m_filter->rowCount()));
    for (int row = 0; row < m_filter->rowCount(); ++row)
        if (const Observation *o = m_model->observation(m_filter->mapToSource(m_filter->index(row, 0))))
            shown.push_back(o);
    return shown;
}

void DataPage::showFigures(const QString &entity, const QString &metric, int kind, const Period &period)
{
    if (!m_model->snapshot())
        refresh();
    {
        // One filter change, not five: the signals of the boxes are held back.
        const QSignalBlocker blockSearch(m_search);
        m_search->clear();
        for (auto [box, data] : {std::pair {m_entity, QVariant(entity)}, std::pair {m_metric, QVariant(metric)},
                 std::pair {m_kind, QVariant(kind)}, std::pair {m_grade, QVariant(-1)}}) {
            const QSignalBlocker block(box);
            const int index = box->findData(data);
            box->setCurrentIndex(index < 0 ? 0 : index);
        }
    }
    m_filter->setSearchText({});
    m_filter->setEntity(m_entity->currentData().toString());
    m_filter->setMetric(m_metric->currentData().toString());
    m_filter->setKind(m_kind->currentData().toInt());
    m_filter->setGrade(-1);
    m_filter->setPeriod(period);
    m_period->setText(tr("Period %1 ✕").arg(periodText(period)));
    m_period->show();
    m_count->setText(tr("%n figure(s)", nullptr, m_filter->rowCount()));
    if (m_filter->rowCount() > 0)
        m_table->setCurrentIndex(m_filter->index(0, 0));
    showDetails();
    updateActions();
}

void DataPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void DataPage::fillFilters()
{
    auto refill = [](QComboBox *box, const QString &anyText, const QList<std::pair<QString, QVariant>> &items) {
        const QVariant current = box->currentData();
        QSignalBlocker block(box);
        box->clear();
        box->addItem(anyText);
        for (const auto &[text, data] : items)
            box->addItem(text, data);
        int index = current.isValid() ? box->findData(current) : 0;
        box->setCurrentIndex(index < 0 ? 0 : index);
    };
    QList<std::pair<QString, QVariant>> entities, metrics, kinds, grades;
    for (const Entity &e : snapshot().entities)
        entities.append({localized(e.nameEn, e.nameZh), QString::fromStdString(e.id)});
    for (const Metric &m : snapshot().metrics)
        metrics.append({localized(m.nameEn, m.nameZh), QString::fromStdString(m.id)});
    std::sort(entities.begin(), entities.end(), [](auto &a, auto &b) { return a.first.localeAwareCompare(b.first) < 0; });
    std::sort(metrics.begin(), metrics.end(), [](auto &a, auto &b) { return a.first.localeAwareCompare(b.first) < 0; });
    for (Kind k : {Kind::Actual, Kind::Guidance, Kind::Estimate, Kind::Forecast, Kind::Curve, Kind::Fact})
        kinds.append({kindText(k), static_cast<int>(k)});
    for (Grade g : {Grade::Reported, Grade::Estimate, Grade::Media})
        grades.append({gradeText(g), static_cast<int>(g)});
    refill(m_entity, tr("All entities"), entities);
    refill(m_metric, tr("All metrics"), metrics);
    refill(m_kind, tr("All kinds"), kinds);
    refill(m_grade, tr("All grades"), grades);
    // "Any" for kind and grade is -1, not an empty variant.
    m_kind->setItemData(0, -1);
    m_grade->setItemData(0, -1);
}

void DataPage::showDetails()
{
    const QModelIndex index = m_filter->mapToSource(m_table->currentIndex());
    const Observation *o = m_model->observation(index);
    if (!o) {
        m_details->setHtml(tr("<p>Select a figure to see its full record and source.</p>"));
        m_historyChart->hide();
        return;
    }
    const Dataset &d = snapshot();
    const Entity *entity = d.entity(o->entity);
    const Metric *metric = d.metric(o->metric);
    const Source *source = d.source(o->source);
    auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><th align='left' valign='top'>%1</th><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value);
    };
    QString html = QStringLiteral("<h3>%1 · %2</h3><table cellspacing='4'>")
                       .arg(entity ? localized(entity->nameEn, entity->nameZh).toHtmlEscaped() : QString(),
                            metric ? localized(metric->nameEn, metric->nameZh).toHtmlEscaped() : QString());
    html += row(tr("Period"), periodText(o->period));
    html += row(tr("Value"), valueWithRangeText(*o).toHtmlEscaped());
    html += row(tr("Unit"), unitText(o->unit).toHtmlEscaped());
    html += row(tr("Kind"), kindText(o->kind).toHtmlEscaped());
    html += row(tr("Grade"), gradeText(o->grade).toHtmlEscaped());
    if (!o->asOf.empty())
        html += row(tr("As of"), QString::fromStdString(o->asOf));
    html += row(tr("Note"), localized(o->noteEn, o->noteZh).toHtmlEscaped());
    html += row(tr("Entered by"), o->userEntered ? tr("you") : tr("bundled dataset"));
    html += QStringLiteral("</table><h4>%1</h4>").arg(tr("Source").toHtmlEscaped());
    if (source) {
        html += QStringLiteral("<p><b>%1</b><br/>%2<br/>%3</p>")
                    .arg(QString::fromStdString(source->publisher).toHtmlEscaped(),
                         QString::fromStdString(source->title).toHtmlEscaped(),
                         QString::fromStdString(source->date).toHtmlEscaped());
        if (!source->url.empty()) {
            const QString url = QString::fromStdString(source->url).toHtmlEscaped();
            html += QStringLiteral("<p><a href='%1'>%1</a></p>").arg(url);
        }
        QStringList via;
        for (const std::string &id : source->via)
            if (const Source *seed = d.source(id))
                via << QString::fromStdString(seed->publisher + ' ' + seed->date).toHtmlEscaped();
        if (!via.isEmpty())
            html += QStringLiteral("<p>%1 %2</p>").arg(tr("Via:").toHtmlEscaped(), via.join(QStringLiteral("; ")));
    }
    const std::vector<ObservationChange> changes = m_store.history(*o);
    html += QStringLiteral("<h4>%1</h4>").arg(tr("History").toHtmlEscaped());
    if (changes.empty()) {
        html += QStringLiteral("<p>%1</p>").arg(tr("Never changed since it was entered.").toHtmlEscaped());
    } else {
        html += QStringLiteral("<table cellspacing='4'><tr><th align='left'>%1</th><th align='left'>%2</th>"
                               "<th align='left'>%3</th></tr>")
                    .arg(tr("When").toHtmlEscaped(), tr("By").toHtmlEscaped(), tr("Old value").toHtmlEscaped());
        for (auto it = changes.rbegin(); it != changes.rend(); ++it) { // newest first
            Observation old = *o;
            old.value = it->oldValue;
            old.low = it->oldLow;
            old.high = it->oldHigh;
            const QDateTime when = QDateTime::fromString(QString::fromStdString(it->changedAt), Qt::ISODate);
            QString by = it->changedBy == ObservationChange::By::User ? tr("you") : tr("dataset update");
            if (it->change == ObservationChange::What::Delete)
                by += QStringLiteral(" (") + tr("deleted") + QLatin1Char(')');
            QString value = valueWithRangeText(old);
            if (!it->oldAsOf.empty())
                value += QStringLiteral(" · ") + tr("as of %1").arg(QString::fromStdString(it->oldAsOf));
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                        .arg(when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd hh:mm")).toHtmlEscaped(),
                            by.toHtmlEscaped(), value.toHtmlEscaped());
        }
        html += QStringLiteral("</table>");
    }
    m_details->setHtml(html);
    // A chart only where there is something to see: at least one earlier value.
    const bool revised = std::any_of(
        changes.begin(), changes.end(), [](const ObservationChange &c) { return c.oldValue || c.oldLow || c.oldHigh; });
    if (revised)
        m_historyChart->setHistory(*o, changes);
    m_historyChart->setVisible(revised);
}

void DataPage::retranslateUi()
{
    m_entityLabel->setText(tr("&Entity:"));
    m_metricLabel->setText(tr("&Metric:"));
    m_kindLabel->setText(tr("&Kind:"));
    m_gradeLabel->setText(tr("&Grade:"));
    m_search->setPlaceholderText(tr("Search in English or Chinese (Ctrl+F)"));
    m_period->setToolTip(tr("Only the figures of this period are shown: click to show every period"));
    if (const std::optional<Period> period = m_filter->period())
        m_period->setText(tr("Period %1 ✕").arg(periodText(*period)));
    m_search->setToolTip(tr("Filters every column and both languages' names and notes"));
    m_table->setToolTip(tr("Double-click a figure for its full record and source; right-click to edit it"));
    m_export->setText(tr("E&xport…"));
    m_export->setToolTip(tr("Save the figures shown, with units, kinds and sources, as Excel or CSV"));
    m_addAction->setText(tr("&Add figure…"));
    m_addAction->setToolTip(tr("Enter a figure of your own; dataset updates never change it"));
    m_editAction->setText(tr("&Edit figure…"));
    m_editAction->setToolTip(tr("Change the selected figure (F2); the old values are kept in its history"));
    m_deleteAction->setText(tr("&Delete figure"));
    m_deleteAction->setToolTip(tr("Delete the selected figure (Del); Edit → Undo brings it back"));
    m_pasteAction->setText(tr("&Paste figures from a spreadsheet"));
    m_pasteAction->setToolTip(tr("Import cells copied in Excel or LibreOffice, with their header row (Ctrl+V), "
                                 "after a preview"));
    if (m_model->snapshot()) {
        fillFilters();
        m_count->setText(tr("%n figure(s)", nullptr, m_filter->rowCount()));
    }
    showDetails();
}

} // namespace capex::ui

#include "datapage.h"

#include "datastore.h"
#include "observationtablemodel.h"
#include "translation.h"
#include "valuetext.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace capex::ui {

DataPage::DataPage(DataStore &store, QWidget *parent)
    : DashboardPage(store, parent),
      m_model(new ObservationTableModel(this)),
      m_filter(new ObservationFilterModel(this)),
      m_table(new QTableView(this)),
      m_details(new QTextBrowser(this)),
      m_entity(new QComboBox(this)),
      m_metric(new QComboBox(this)),
      m_kind(new QComboBox(this)),
      m_grade(new QComboBox(this)),
      m_search(new QLineEdit(this)),
      m_count(new QLabel(this)),
      m_export(new QPushButton(this)),
      m_entityLabel(new QLabel(this)),
      m_metricLabel(new QLabel(this)),
      m_kindLabel(new QLabel(this)),
      m_gradeLabel(new QLabel(this))
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
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_details->setOpenExternalLinks(true);
    m_details->setMinimumWidth(260);
    m_search->setClearButtonEnabled(true);
    for (QComboBox *box : {m_entity, m_metric, m_kind, m_grade}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(box == m_entity || box == m_metric ? 16 : 8);
    }
    m_search->setMinimumWidth(220);

    auto *filters = new QHBoxLayout;
    for (auto [label, box] : {std::pair{m_entityLabel, m_entity}, std::pair{m_metricLabel, m_metric},
                              std::pair{m_kindLabel, m_kind}, std::pair{m_gradeLabel, m_grade}}) {
        label->setBuddy(box);
        filters->addWidget(label);
        filters->addWidget(box);
    }
    filters->addWidget(m_search, 1);
    filters->addWidget(m_count);
    filters->addWidget(m_export);
    m_export->setObjectName(QStringLiteral("exportDataButton"));
    connect(m_export, &QPushButton::clicked, this, &DataPage::exportRequested);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    auto refilter = [this] {
        m_filter->setEntity(m_entity->currentData().toString());
        m_filter->setMetric(m_metric->currentData().toString());
        m_filter->setKind(m_kind->currentData().toInt());
        m_filter->setGrade(m_grade->currentData().toInt());
        m_filter->setSearchText(m_search->text());
        m_count->setText(tr("%n figure(s)", nullptr, m_filter->rowCount()));
    };
    for (QComboBox *box : {m_entity, m_metric, m_kind, m_grade})
        connect(box, &QComboBox::currentIndexChanged, this, refilter);
    connect(m_search, &QLineEdit::textChanged, this, refilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DataPage::showDetails);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        showDetails();
        m_details->setFocus();
    });
    retranslateUi();
}

void DataPage::refresh()
{
    m_model->setSnapshot(&snapshot());
    fillFilters();
    m_table->resizeColumnsToContents();
    // Long bilingual names would push the values off screen: cap the text columns.
    for (int column : {ObservationTableModel::Entity, ObservationTableModel::Metric, ObservationTableModel::Source})
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 200));
    m_table->setColumnWidth(ObservationTableModel::Note, 320);
    m_count->setText(tr("%n figure(s)", nullptr, m_filter->rowCount()));
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
    html += row(tr("Period"), QString::fromStdString(o->period.toString()));
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
    m_details->setHtml(html);
}

void DataPage::retranslateUi()
{
    m_entityLabel->setText(tr("&Entity:"));
    m_metricLabel->setText(tr("&Metric:"));
    m_kindLabel->setText(tr("&Kind:"));
    m_gradeLabel->setText(tr("&Grade:"));
    m_search->setPlaceholderText(tr("Search in English or Chinese (Ctrl+F)"));
    m_search->setToolTip(tr("Filters every column and both languages' names and notes"));
    m_table->setToolTip(tr("Double-click a figure for its full record and source"));
    m_export->setText(tr("E&xport…"));
    m_export->setToolTip(tr("Save the figures shown, with units, kinds and sources, as Excel or CSV"));
    if (m_model->snapshot()) {
        fillFilters();
        m_count->setText(tr("%n figure(s)", nullptr, m_filter->rowCount()));
    }
    showDetails();
}

} // namespace capex::ui

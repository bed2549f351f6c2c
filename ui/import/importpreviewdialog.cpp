#include "importpreviewdialog.h"

#include "importplanmodel.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace capex::ui {

ImportPreviewDialog::ImportPreviewDialog(const ImportPlan &plan, QWidget *parent)
    : QDialog(parent)
    , m_plan(plan)
    , m_createRow(new QHBoxLayout)
    , m_model(new ImportPlanModel(this))
    , m_file(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_advice(new QLabel(this))
    , m_table(new QTableView(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_model->setPlan(&m_plan);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_advice->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_file);
    layout->addWidget(m_summary);
    layout->addWidget(m_advice);
    layout->addLayout(m_createRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(canImport());
    resize(960, 560);
    rebuildCreateButtons();
    retranslateUi();
    m_table->resizeColumnsToContents();
}

void ImportPreviewDialog::setPlan(const ImportPlan &plan)
{
    m_plan = plan;
    m_model->setPlan(&m_plan);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(canImport());
    rebuildCreateButtons();
    retranslateUi();
    m_table->resizeColumnsToContents();
}

void ImportPreviewDialog::rebuildCreateButtons()
{
    qDeleteAll(m_createButtons);
    m_createButtons.clear();
    while (QLayoutItem *item = m_createRow->takeAt(0)) // the stretch
        delete item;
    m_missing.clear();
    for (const RejectedRow &row : m_plan.rejected) {
        if (row.error.code != ErrorCode::UnknownReference
            || (row.error.field != "entity" && row.error.field != "metric"))
            continue;
        const std::pair<bool, QString> missing {row.error.field == "metric", QString::fromStdString(row.error.detail)};
        if (missing.second.isEmpty() || m_missing.contains(missing))
            continue;
        m_missing.append(missing);
        auto *button = new QPushButton(this);
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this,
            [this, missing] { emit createRequested(missing.first, missing.second); });
        m_createRow->addWidget(button);
        m_createButtons.append(button);
    }
    m_createRow->addStretch(1);
}

bool ImportPreviewDialog::canImport() const
{
    return m_plan.acceptable() && m_plan.count(ImportAction::Unchanged) < static_cast<int>(m_plan.rows.size());
}

QString ImportPreviewDialog::summaryText() const
{
    return tr("%n to add", nullptr, m_plan.count(ImportAction::Add)) + QStringLiteral(", ")
        + tr("%n to update", nullptr, m_plan.count(ImportAction::Update)) + QStringLiteral(", ")
        + tr("%n unchanged", nullptr, m_plan.count(ImportAction::Unchanged)) + QStringLiteral(", ")
        + tr("%n rejected", nullptr, static_cast<int>(m_plan.rejected.size()));
}

void ImportPreviewDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ImportPreviewDialog::retranslateUi()
{
    setWindowTitle(m_plan.format == "sec" ? tr("Update preview") : tr("Import preview"));
    QString format = m_plan.format == "json" ? QStringLiteral("JSON")
                                             : QStringLiteral("CSV, ") + QString::fromUtf8(encodingName(m_plan.encoding));
    if (m_plan.format == "xlsx")
        format = tr("Excel workbook, sheet “%1”").arg(QString::fromStdString(m_plan.sheet));
    else if (m_plan.format == "csv" && m_plan.delimiter == '\t')
        format += QStringLiteral(", ") + tr("tab-separated");
    const bool filings = m_plan.format == "sec";
    if (filings)
        m_file->setText(tr("SEC filings (EDGAR XBRL company facts): %1").arg(QString::fromStdString(m_plan.file)));
    else
        m_file->setText(tr("File: %1 (%2)").arg(QString::fromStdString(m_plan.file), format));
    m_summary->setText(summaryText());
    QString advice;
    if (!m_plan.acceptable())
        advice = filings ? tr("Nothing will be written while a company fails: try again later, or leave it out.")
                         : tr("Nothing will be imported until every rejected row is corrected in the file.");
    else if (!canImport())
        advice = filings ? tr("The database already holds every figure of these filings.")
                         : tr("The database already holds every row of this file.");
    else
        advice = tr("A backup of the database is made first; then every row is written in one step.");
    if (!m_plan.newEntities.empty())
        advice += QLatin1Char(' ')
            + tr("%n new entity(ies) will be created.", nullptr, static_cast<int>(m_plan.newEntities.size()));
    if (!m_plan.newSources.empty())
        advice += QLatin1Char(' ') + tr("%n new source(s) will be created.", nullptr, static_cast<int>(m_plan.newSources.size()));
    if (!m_plan.ignoredColumns.empty()) {
        QStringList names;
        for (const std::string &c : m_plan.ignoredColumns)
            names << QString::fromStdString(c);
        advice += QLatin1Char(' ') + tr("Ignored columns: %1.").arg(names.join(QStringLiteral(", ")));
    }
    m_advice->setText(advice);
    for (qsizetype i = 0; i < m_createButtons.size(); ++i) {
        const auto &[metric, id] = m_missing.at(i);
        m_createButtons.at(i)->setText(metric ? tr("Create metric “%1”…").arg(id) : tr("Create entity “%1”…").arg(id));
        m_createButtons.at(i)->setToolTip(metric ? tr("Add this metric to the database, then check the file again")
                                                 : tr("Add this entity to the database, then check the file again"));
    }
    m_buttons->button(QDialogButtonBox::Ok)->setText(filings ? tr("Write") : tr("Import"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

} // namespace capex::ui

#include "secupdatedialog.h"

#include "datastore.h"
#include "errortext.h"
#include "importpreviewdialog.h"
#include "settings.h"

#include <QBrush>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace capex::ui {
namespace {

enum Column { CompanyColumn, FromColumn, StatusColumn, ColumnCount };
constexpr int stateRole = Qt::UserRole + 1;

} // namespace

SecUpdateDialog::SecUpdateDialog(DataStore &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_intro(new QLabel(this))
    , m_userAgentLabel(new QLabel(this))
    , m_userAgent(new QLineEdit(this))
    , m_userAgentHelp(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_progress(new QProgressBar(this))
    , m_outcome(new QLabel(this))
    , m_start(new QPushButton(this))
    , m_addFile(new QPushButton(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    m_intro->setWordWrap(true);
    m_userAgentHelp->setWordWrap(true);
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_userAgentLabel->setBuddy(m_userAgent);
    m_userAgent->setText(SecOnlineSettings::remembered().userAgent);
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(true);
    m_progress->setTextVisible(true);

    auto *agentRow = new QHBoxLayout;
    agentRow->addWidget(m_userAgentLabel);
    agentRow->addWidget(m_userAgent, 1);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_start);
    buttonRow->addWidget(m_addFile);
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(agentRow);
    layout->addWidget(m_userAgentHelp);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_outcome);
    layout->addLayout(buttonRow);

    m_start->setDefault(true);
    connect(m_start, &QPushButton::clicked, this, &SecUpdateDialog::startUpdate);
    connect(m_addFile, &QPushButton::clicked, this, &SecUpdateDialog::chooseFiles);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SecUpdateDialog::reject);

    for (const SecUpdateJob &job : secTableJobs(m_store.snapshot()))
        addRow(job, true);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    resize(820, 560);
    retranslateUi();
}

void SecUpdateDialog::addRow(const SecUpdateJob &job, bool checked)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *company = new QTableWidgetItem(job.name);
    company->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    company->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    company->setToolTip(job.online() ? QString() : job.file);
    m_table->setItem(row, CompanyColumn, company);
    m_table->setItem(row, FromColumn, new QTableWidgetItem);
    auto *status = new QTableWidgetItem;
    status->setData(stateRole, 2);
    m_table->setItem(row, StatusColumn, status);
    m_allJobs.append(job);
    retranslateUi();
    m_table->resizeColumnToContents(CompanyColumn);
}

void SecUpdateDialog::addFile(const QString &path)
{
    for (int row = 0; row < m_allJobs.size(); ++row) // a file already listed is ticked, not listed again
        if (m_allJobs.at(row).file == path) {
            m_table->item(row, CompanyColumn)->setCheckState(Qt::Checked);
            return;
        }
    addRow(secFileJob(path), true);
}

void SecUpdateDialog::chooseFiles()
{
    QStringList paths;
    if (m_nextFileName) {
        paths << *m_nextFileName;
        m_nextFileName.reset();
    } else {
        paths = QFileDialog::getOpenFileNames(this, tr("Company facts downloaded from SEC EDGAR"), QString(),
                                              tr("Company facts (*.json);;All files (*)"));
    }
    for (const QString &path : paths)
        addFile(path);
}

void SecUpdateDialog::selectCiks(const QList<qint64> &ciks)
{
    for (int row = 0; row < m_allJobs.size(); ++row)
        m_table->item(row, CompanyColumn)
            ->setCheckState(m_allJobs.at(row).online() && ciks.contains(m_allJobs.at(row).cik) ? Qt::Checked
                                                                                                : Qt::Unchecked);
}

QString SecUpdateDialog::statusText(int row) const { return m_table->item(row, StatusColumn)->text(); }
QString SecUpdateDialog::outcomeText() const { return m_outcomeText; }
bool SecUpdateDialog::isRunning() const { return m_runner && m_runner->isRunning(); }

void SecUpdateDialog::setStatus(int row, const QString &text, int state)
{
    QTableWidgetItem *item = m_table->item(row, StatusColumn);
    item->setText(text);
    item->setToolTip(text);
    item->setData(stateRole, state);
    const QPalette palette = m_table->palette();
    switch (state) {
    case -1: item->setForeground(QBrush(QColor(0xB0, 0x20, 0x20))); break;
    case 1: item->setForeground(QBrush(QColor(0x1E, 0x7B, 0x34))); break;
    default: item->setForeground(palette.brush(QPalette::Text)); break;
    }
    m_table->resizeRowToContents(row);
}

void SecUpdateDialog::startUpdate()
{
    if (isRunning())
        return;
    m_outcomeText.clear();
    m_outcome->clear();
    if (m_store.isReadOnly()) {
        m_outcomeText = tr("The database is open read-only: nothing can be updated.");
        m_outcome->setText(m_outcomeText);
        return;
    }
    QList<SecUpdateJob> jobs;
    m_runRows.clear();
    bool online = false;
    for (int row = 0; row < m_allJobs.size(); ++row) {
        if (m_table->item(row, CompanyColumn)->checkState() != Qt::Checked) {
            setStatus(row, QString(), 2);
            continue;
        }
        jobs.append(m_allJobs.at(row));
        m_runRows.append(row);
        online = online || m_allJobs.at(row).online();
        setStatus(row, tr("Waiting"), 2);
    }
    if (jobs.isEmpty()) {
        m_outcomeText = tr("Tick at least one company, or add a downloaded company-facts file.");
        m_outcome->setText(m_outcomeText);
        return;
    }
    SecOnlineSettings settings = m_testSettings ? *m_testSettings : SecOnlineSettings::remembered();
    settings.userAgent = m_userAgent->text().trimmed();
    if (online && !SecOnlineSettings::isDeclaredUserAgent(settings.userAgent)) {
        m_outcomeText = errorText(Error{ErrorCode::SecNoUserAgent, {}, 0, 0, {}, settings.userAgent.toStdString()});
        m_outcome->setText(m_outcomeText);
        m_userAgent->setFocus();
        return;
    }
    if (online) // asked once, remembered
        Settings::setValue(SettingKey::SecUserAgent, settings.userAgent);

    delete m_runner;
    m_runner = new SecUpdateRunner(settings, this);
    connect(m_runner, &SecUpdateRunner::jobStarted, this, [this](int index) {
        const SecUpdateJob &job = m_runner->jobs().at(index);
        setStatus(m_runRows.at(index), job.online() ? tr("Downloading…") : tr("Reading…"), 0);
    });
    connect(m_runner, &SecUpdateRunner::jobWaiting, this,
            [this](int index, const QString &text) { setStatus(m_runRows.at(index), text, 0); });
    connect(m_runner, &SecUpdateRunner::jobFinished, this, [this](int index, bool ok, const QString &text) {
        setStatus(m_runRows.at(index), text, ok ? 1 : -1);
        m_progress->setValue(index + 1);
    });
    connect(m_runner, &SecUpdateRunner::finished, this, &SecUpdateDialog::runnerFinished);
    m_progress->setRange(0, static_cast<int>(jobs.size()));
    m_progress->setValue(0);
    m_runner->start(jobs);
    setRunning(true);
}

void SecUpdateDialog::runnerFinished()
{
    setRunning(false);
    if (m_runner->wasCancelled()) {
        for (int row : std::as_const(m_runRows)) {
            const int state = m_table->item(row, StatusColumn)->data(stateRole).toInt();
            if (state == 0 || state == 2)
                setStatus(row, tr("Cancelled"), 2);
        }
        m_outcomeText = tr("Cancelled: nothing was written.");
        m_outcome->setText(m_outcomeText);
        emit updateDone();
        return;
    }
    const ImportPlan plan = planSecUpdate(m_runner->results(), m_store.snapshot());
    ImportPreviewDialog preview(plan, this);
    bool agreed = false;
    if (m_nextPreview) {
        auto decide = std::move(m_nextPreview);
        m_nextPreview = nullptr;
        agreed = decide(preview);
    } else {
        agreed = preview.exec() == QDialog::Accepted;
    }
    if (!plan.acceptable()) {
        const int rejected = static_cast<int>(plan.rejected.size());
        m_outcomeText = tr("Nothing was written, as %n of the companies could not be read (see the list).", nullptr, rejected);
    } else if (!agreed) {
        m_outcomeText = tr("Nothing was written.");
    } else if (!preview.canImport()) {
        m_outcomeText = tr("The database already holds every figure of these filings: nothing to write.");
    } else {
        ImportOutcome outcome;
        if (m_store.applyImport(plan, &outcome)) {
            m_outcomeText = tr("Written: %1 added, %2 updated, %3 unchanged. Backup of the database before the update: %4")
                                .arg(outcome.added)
                                .arg(outcome.updated)
                                .arg(outcome.unchanged)
                                .arg(QString::fromStdString(outcome.backup.string()));
            emit updated(outcome.added, outcome.updated);
        } else {
            m_outcomeText = m_store.errorMessage();
        }
    }
    m_outcome->setText(m_outcomeText);
    emit updateDone();
}

void SecUpdateDialog::setRunning(bool running)
{
    m_start->setEnabled(!running);
    m_addFile->setEnabled(!running);
    m_userAgent->setEnabled(!running);
    m_table->setEnabled(!running);
    retranslateUi();
}

void SecUpdateDialog::reject()
{
    if (isRunning()) { // Cancel stops the update; a second Cancel closes
        m_runner->cancel();
        return;
    }
    QDialog::reject();
}

void SecUpdateDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SecUpdateDialog::retranslateUi()
{
    setWindowTitle(tr("Update from SEC filings"));
    m_intro->setText(tr("Reads each company's payments for property and equipment from its filings with the SEC "
                        "(EDGAR XBRL company facts) into “capex_cash”: fiscal years and quarters, each citing its "
                        "filing. What would change is shown before anything is written. The bundled headline capex "
                        "is not touched."));
    m_userAgentLabel->setText(tr("&User-Agent:"));
    m_userAgent->setPlaceholderText(tr("Your name or organisation and e-mail, e.g. Jane Doe jane@example.com"));
    m_userAgentHelp->setText(tr("SEC serves its data only to programs that name who is asking, with a contact "
                                "e-mail address; it is sent with each request and remembered. At most ten requests "
                                "a second are made."));
    m_table->setHorizontalHeaderLabels({tr("Company"), tr("From"), tr("Progress")});
    for (int row = 0; row < m_allJobs.size(); ++row) {
        SecUpdateJob &job = m_allJobs[row];
        if (job.online()) { // companies by their names in the language shown
            job.name = secOnlineJob(job.cik, m_store.snapshot()).name;
            if (QTableWidgetItem *company = m_table->item(row, CompanyColumn))
                company->setText(job.name);
        }
        if (QTableWidgetItem *from = m_table->item(row, FromColumn))
            from->setText(job.online() ? tr("EDGAR") : tr("File"));
    }
    m_start->setText(tr("&Fetch and preview"));
    m_start->setToolTip(tr("Fetch the ticked companies' facts, then show what would change"));
    m_addFile->setText(tr("&Add file…"));
    m_addFile->setToolTip(tr("Read a company-facts file downloaded from data.sec.gov instead of fetching it"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(isRunning() ? tr("Cancel") : tr("Close"));
    m_progress->setFormat(tr("%v of %m companies"));
    m_table->resizeColumnToContents(CompanyColumn);
}

} // namespace capex::ui

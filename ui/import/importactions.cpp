#include "importactions.h"

#include "datastore.h"
#include "errortext.h"
#include "importpreviewdialog.h"
#include "referencedialog.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>
#include <QUrl>

namespace capex::ui {
namespace {

/// The one local file a drag carries, or an empty string.
QString droppedFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().constFirst().isLocalFile())
        return {};
    return mime->urls().constFirst().toLocalFile();
}

} // namespace

ImportActions::ImportActions(QWidget &window, DataStore &store)
    : QObject(&window), m_window(window), m_store(store), m_import(new QAction(this))
{
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_import, &QAction::triggered, this, [this] { chooseAndImport(); });
    m_window.setAcceptDrops(true);
    m_window.installEventFilter(this);
    retranslateUi();
}

bool ImportActions::isImportableFile(const QString &path)
{
    static const QStringList suffixes = {QStringLiteral("csv"), QStringLiteral("tsv"), QStringLiteral("txt"),
                                         QStringLiteral("json"), QStringLiteral("xlsx"), QStringLiteral("xlsm")};
    return suffixes.contains(QFileInfo(path).suffix().toLower());
}

bool ImportActions::chooseAndImport()
{
    QString path;
    if (m_nextFileName) {
        path = *m_nextFileName;
        m_nextFileName.reset();
    } else {
        path = QFileDialog::getOpenFileName(&m_window, tr("Import observations"), QString(),
                                            tr("Observations (*.csv *.tsv *.txt *.json *.xlsx);;Excel workbooks "
                                               "(*.xlsx);;All files (*)"));
    }
    return !path.isEmpty() && importFile(path);
}

bool ImportActions::importFile(const QString &path, const QString &sheet)
{
    return previewAndImport(QFileInfo(path).fileName(), [this, path, sheet] { return m_store.planImport(path, sheet); });
}

bool ImportActions::importText(const QString &text, const QString &name)
{
    m_lastError.clear();
    m_lastSummary.clear();
    if (text.trimmed().isEmpty()) {
        report(tr("The clipboard holds no text: copy the cells, with their header row, in the spreadsheet first."),
               true);
        return false;
    }
    // Cells copied without their header row are the likely mistake: say so rather than
    // name a column missing from a "file" the user never saw.
    const auto failure = [name](const Error &error) {
        if (error.code == ErrorCode::MissingColumn)
            return tr("The pasted cells have no header row naming the import's columns (“%1” is missing): copy the "
                      "header row with the cells. The columns are those of File → Import…: entity, metric, period, "
                      "value, unit, currency, kind, grade, source_id and others.")
                .arg(QString::fromStdString(error.field));
        return tr("%1 cannot be imported: %2").arg(name, errorText(error));
    };
    return previewAndImport(name, [this, text, name] { return m_store.planImportText(text, name); }, failure);
}

bool ImportActions::previewAndImport(const QString &name, const Planner &planner,
                                     const std::function<QString(const Error &)> &failure)
{
    m_lastError.clear();
    m_lastSummary.clear();
    if (m_store.isReadOnly()) {
        report(tr("The database is open read-only: nothing can be imported."), true);
        return false;
    }
    auto plan = planner();
    if (!plan.ok()) {
        report(failure ? failure(plan.error()) : tr("%1 cannot be imported: %2").arg(name, errorText(plan.error())),
               true);
        return false;
    }
    ImportPreviewDialog preview(plan.value(), &m_window);
    connect(&preview, &ImportPreviewDialog::createRequested, this,
        [this, &preview, name, planner](bool metric, const QString &id) {
            createReference(preview, name, planner, metric, id);
        });
    m_lastSummary = preview.summaryText();
    bool agreed = false;
    if (m_nextDecision) {
        agreed = *m_nextDecision;
        m_nextDecision.reset();
    } else if (m_nextPreviewAction) {
        auto decide = std::move(m_nextPreviewAction);
        m_nextPreviewAction = nullptr;
        agreed = decide(preview);
    } else {
        agreed = preview.exec() == QDialog::Accepted;
    }
    m_lastSummary = preview.summaryText(); // the plan may have been re-made after a creation
    const ImportPlan &decided = preview.plan();
    if (!agreed || !preview.canImport()) {
        if (!decided.acceptable())
            m_lastError
                = errorText(Error {ErrorCode::ImportRejected, {}, 0, 0, {}, std::to_string(decided.rejected.size())});
        return false;
    }
    ImportOutcome outcome;
    if (!m_store.applyImport(decided, &outcome)) {
        report(m_store.errorMessage(), true);
        return false;
    }
    report(tr("Imported %1: %2 added, %3 updated. Backup: %4")
               .arg(name)
               .arg(outcome.added)
               .arg(outcome.updated)
               .arg(QString::fromStdString(outcome.backup.string())),
           false);
    emit imported(outcome.added, outcome.updated);
    return true;
}

bool ImportActions::createReference(ImportPreviewDialog &preview, const QString &name, const Planner &planner,
                                    bool metric, const QString &id)
{
    ReferenceDialog dialog(
        metric ? ReferenceDialog::Kind::Metric : ReferenceDialog::Kind::Entity, id, m_store.snapshot(), &preview);
    if (m_nextReferenceAction) {
        auto fill = std::move(m_nextReferenceAction);
        m_nextReferenceAction = nullptr;
        fill(dialog);
    } else {
        dialog.exec();
    }
    if (dialog.result() != QDialog::Accepted)
        return false;
    const Status created = metric ? m_store.addMetric(dialog.metric()) : m_store.addEntity(dialog.entity());
    if (!created.ok()) {
        report(errorText(created.error()), true);
        return false;
    }
    // The file is read again against the store that now has it: its rows may pass now.
    auto plan = planner();
    if (!plan.ok()) {
        report(tr("%1 cannot be imported: %2").arg(name, errorText(plan.error())), true);
        return false;
    }
    preview.setPlan(plan.value());
    return true;
}

void ImportActions::report(const QString &text, bool failure)
{
    if (failure)
        m_lastError = text;
    if (auto *main = qobject_cast<QMainWindow *>(&m_window))
        main->statusBar()->showMessage(text, 15000);
    const bool hooked
        = m_nextDecision || m_nextFileName || m_hooked || qEnvironmentVariableIsSet("CAPEXLENS_NO_DIALOGS");
    if (failure && !hooked)
        QMessageBox::warning(&m_window, tr("Import"), text);
}

bool ImportActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window) {
        switch (event->type()) {
        case QEvent::DragEnter:
        case QEvent::DragMove: {
            auto *drag = static_cast<QDragMoveEvent *>(event);
            if (isImportableFile(droppedFile(drag->mimeData()))) {
                drag->acceptProposedAction();
                return true;
            }
            break;
        }
        case QEvent::Drop: {
            auto *drop = static_cast<QDropEvent *>(event);
            const QString path = droppedFile(drop->mimeData());
            if (isImportableFile(path)) {
                drop->acceptProposedAction();
                // The preview is modal: open it after the drop has finished, not inside it.
                QMetaObject::invokeMethod(this, [this, path] { importFile(path); }, Qt::QueuedConnection);
                return true;
            }
            break;
        }
        case QEvent::LanguageChange: retranslateUi(); break;
        default: break;
        }
    }
    return QObject::eventFilter(watched, event);
}

void ImportActions::retranslateUi()
{
    m_import->setText(tr("&Import observations…"));
    m_import->setStatusTip(tr("Add or update observations from a CSV, JSON or Excel file, after a preview"));
}

} // namespace capex::ui

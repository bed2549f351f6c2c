#pragma once

#include "importplan.h"
#include "result.h"

#include <functional>
#include <optional>
#include <QObject>
#include <QString>

class QAction;
class QWidget;

namespace capex::ui {

class DataStore;
class ImportPreviewDialog;
class ReferenceDialog;

/// Bringing the user's own numbers in: File → Import… (Ctrl+I), a .csv, .tsv, .txt, .json or
/// .xlsx file dropped onto the window, and cells pasted on the Data page (importText()).
/// Either way the file is read and checked against
/// the store, the preview shows what would be added, updated or rejected, and only when
/// the user agrees is anything written (a backup first, then one transaction); the store
/// then re-reads its snapshot and every page follows.
class ImportActions : public QObject
{
    Q_OBJECT

public:
    /// Watches `window` for drops and language changes; owned by it.
    ImportActions(QWidget &window, DataStore &store);

    QAction *importAction() const { return m_import; }

    /// Asks for a file, then importFile().
    bool chooseAndImport();
    /// Previews `path` and writes it once the user agrees. False when cancelled, rejected
    /// or failed; the reason is shown (status bar and message box) and kept in lastError().
    /// `sheet`: the worksheet of an Excel workbook (empty: the import chooses).
    bool importFile(const QString &path, const QString &sheet = {});
    /// As importFile() for text that is no file: cells copied from a spreadsheet (tab-separated,
    /// with a header row), called `name` in the preview and in messages.
    bool importText(const QString &text, const QString &name);
    /// Whether a dropped file looks like something to import (by its suffix).
    static bool isImportableFile(const QString &path);

    QString lastError() const { return m_lastError; }
    /// The preview's summary line of the last import attempt ("1 to add, …").
    QString lastSummary() const { return m_lastSummary; }

    /// Test hooks, as MainWindow's: the next file dialog returns this name and the next
    /// preview is answered with this decision, without showing anything.
    void setNextFileName(const QString &path) { m_nextFileName = path; }
    void setNextDecision(bool import) { m_nextDecision = import; }
    /// Test hook: the next preview is handed to `decide` (which may click its buttons) instead
    /// of being shown; its answer says whether to import.
    void setNextPreviewAction(std::function<bool(ImportPreviewDialog &)> decide)
    {
        m_nextPreviewAction = std::move(decide);
        m_hooked = true;
    }
    /// Test hook: the next entity or metric dialog is handed to `fill` (which sets its fields
    /// and presses OK or Cancel) instead of being shown.
    void setNextReferenceAction(std::function<void(ReferenceDialog &)> fill)
    {
        m_nextReferenceAction = std::move(fill);
        m_hooked = true;
    }

signals:
    /// After a successful import.
    void imported(int added, int updated);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using Planner = std::function<Result<ImportPlan>()>;
    /// Previews what `plan` makes of `name` and writes it once the user agrees.
    /// `failure` words a plan that cannot be made (default: "NAME cannot be imported: …").
    bool previewAndImport(const QString &name, const Planner &plan,
                          const std::function<QString(const Error &)> &failure = {});
    /// Asks for the type and names of the entity (or metric) `id` that the rows refer to,
    /// creates it and shows `preview` the rows checked again (`plan`). False when cancelled or
    /// refused.
    bool createReference(ImportPreviewDialog &preview, const QString &name, const Planner &plan, bool metric,
                         const QString &id);
    void retranslateUi();
    void report(const QString &text, bool failure);

    QWidget &m_window;
    DataStore &m_store;
    QAction *m_import;
    QString m_lastError;
    QString m_lastSummary;
    std::optional<QString> m_nextFileName;
    std::optional<bool> m_nextDecision;
    std::function<bool(ImportPreviewDialog &)> m_nextPreviewAction;
    std::function<void(ReferenceDialog &)> m_nextReferenceAction;
    bool m_hooked = false; ///< a test answers the dialogs: failures are not shown in message boxes
};

} // namespace capex::ui

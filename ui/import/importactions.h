#pragma once

#include <QObject>
#include <QString>

#include <optional>

class QAction;
class QWidget;

namespace capex::ui {

class DataStore;

/// Bringing the user's own numbers in: File → Import… (Ctrl+I) and a .csv, .tsv, .txt or
/// .json file dropped onto the window. Either way the file is read and checked against
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
    bool importFile(const QString &path);
    /// Whether a dropped file looks like something to import (by its suffix).
    static bool isImportableFile(const QString &path);

    QString lastError() const { return m_lastError; }
    /// The preview's summary line of the last import attempt ("1 to add, …").
    QString lastSummary() const { return m_lastSummary; }

    /// Test hooks, as MainWindow's: the next file dialog returns this name and the next
    /// preview is answered with this decision, without showing anything.
    void setNextFileName(const QString &path) { m_nextFileName = path; }
    void setNextDecision(bool import) { m_nextDecision = import; }

signals:
    /// After a successful import.
    void imported(int added, int updated);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void report(const QString &text, bool failure);

    QWidget &m_window;
    DataStore &m_store;
    QAction *m_import;
    QString m_lastError;
    QString m_lastSummary;
    std::optional<QString> m_nextFileName;
    std::optional<bool> m_nextDecision;
};

} // namespace capex::ui

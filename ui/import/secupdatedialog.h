#pragma once

#include "database.h"
#include "secupdate.h"

#include <QDialog>

#include <functional>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace capex::ui {

class DataStore;
class ImportPreviewDialog;

/// Data → Update from SEC filings…: the companies of the dataset that file with the SEC, each
/// fetched from EDGAR (or read from a downloaded company-facts file) with its progress shown,
/// Cancel at any time; then the plan in the import preview, and only when the user agrees is
/// anything written (a backup first, then one transaction). The User-Agent SEC requires is
/// asked here once and remembered.
class SecUpdateDialog : public QDialog
{
    Q_OBJECT

public:
    SecUpdateDialog(DataStore &store, QWidget *parent = nullptr);

    /// Fetches (or reads) the ticked companies and files; the preview follows when all are done.
    void startUpdate();
    /// Adds a downloaded company-facts file as a row of its own (ticked).
    void addFile(const QString &path);
    /// Ticks exactly the rows whose job has these CIKs (tests).
    void selectCiks(const QList<qint64> &ciks);

    QLineEdit *userAgentEdit() const { return m_userAgent; }
    QTableWidget *table() const { return m_table; }
    QPushButton *startButton() const { return m_start; }
    /// The row's progress text, as shown.
    QString statusText(int row) const;
    /// What came of the last update, in words ("3 added, 1 updated…", a failure, "Cancelled…").
    QString outcomeText() const;
    bool isRunning() const;
    SecUpdateRunner *runner() const { return m_runner; }
    /// Cancel: stops an update under way (nothing is written); closes the dialog otherwise.
    void reject() override;

    /// Test hooks: the settings the next update goes online with (instead of the remembered
    /// ones); the next preview handed to `decide` instead of being shown (its answer says whether
    /// to write); the next file dialog answered with `path`.
    void setOnlineSettings(const SecOnlineSettings &settings) { m_testSettings = settings; }
    void setNextPreviewAction(std::function<bool(ImportPreviewDialog &)> decide) { m_nextPreview = std::move(decide); }
    void setNextFileName(const QString &path) { m_nextFileName = path; }

signals:
    /// After an update was written.
    void updated(int added, int updated);
    /// After the preview was handled (written, refused or declined) or the update cancelled.
    void updateDone();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void addRow(const SecUpdateJob &job, bool checked);
    void chooseFiles();
    void runnerFinished();
    void setRunning(bool running);
    void setStatus(int row, const QString &text, int state); ///< state: 0 running, 1 done, -1 failed, 2 idle

    DataStore &m_store;
    QList<SecUpdateJob> m_allJobs; ///< one per table row
    QList<int> m_runRows;          ///< the rows of the jobs under way, in the runner's order
    QLabel *m_intro;
    QLabel *m_userAgentLabel;
    QLineEdit *m_userAgent;
    QLabel *m_userAgentHelp;
    QTableWidget *m_table;
    QProgressBar *m_progress;
    QLabel *m_outcome;
    QPushButton *m_start;
    QPushButton *m_addFile;
    QDialogButtonBox *m_buttons;
    SecUpdateRunner *m_runner = nullptr;
    QString m_outcomeText;
    std::optional<SecOnlineSettings> m_testSettings;
    std::function<bool(ImportPreviewDialog &)> m_nextPreview;
    std::optional<QString> m_nextFileName;
};

} // namespace capex::ui

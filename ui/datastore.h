#pragma once

#include "checkedimport.h"
#include "database.h"
#include "dataset.h"
#include "modelinputs.h"

#include <QObject>
#include <QString>

#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace capex::ui {

struct ObservationColumns;

/// Owns the database for the Qt side and hands out immutable snapshots of it: widgets
/// and models never touch SQLite. Opening builds the database from the bundled
/// dataset on first use and upgrades it when a newer dataset ships.
class DataStore : public QObject
{
    Q_OBJECT

public:
    explicit DataStore(QObject *parent = nullptr);
    ~DataStore() override;

    /// Opens `path`; on failure returns false and errorMessage() says why, translated.
    /// A damaged file is moved aside and a fresh store built: notice() then says where
    /// the old file went.
    bool open(const QString &path);
    /// As open(), on a helper thread, for the dashboard's start: returns at once, with an
    /// empty snapshot and isLoading() true, so that the window shows while a large store is
    /// read. loaded() follows on this thread: true when the store is open (snapshotChanged()
    /// came just before), false with errorMessage() when it could not be. Anything that
    /// writes waits for the load first.
    void openInBackground(const QString &path);
    bool isLoading() const { return m_loading; }
    /// True while the figures of openInBackground() are taken, i.e. during the snapshotChanged
    /// they cause: the window may fill its page in steps (MainWindow::refreshAll).
    bool isArriving() const { return m_arriving; }
    /// Waits for openInBackground() to end and takes its store (loaded() is emitted); does
    /// nothing when no load is under way.
    void finishLoading();
    /// Uses `dataset` directly, without a database (tests and the headless exports of a file).
    void setSnapshot(Dataset dataset);

    /// What the window shows: every record, or with asOf() set the data as known on that date
    /// (Dataset::knownOn). Imports and edits work on the whole store (fullSnapshot()).
    const Dataset &snapshot() const { return m_asOf.empty() ? m_snapshot : m_view; }
    const Dataset &fullSnapshot() const { return m_snapshot; }
    /// The part of fullSnapshot() the model reads (ModelInputs::modelData): a few thousand
    /// figures however large the store, for what runs the model on other dates (the hindcast).
    const Dataset &fullModelData() const { return m_modelData; }
    /// The part of snapshot() the model reads, and the model's inputs from it: fullModelData()
    /// and its inputs, or with asOf() set those of the data as known on that date. Made when
    /// the figures change (a store read in the background: on its loading thread), so that the
    /// window's scenario takes them without a pass over the store (ScenarioDocument::setDataset).
    const Dataset &modelData() const { return m_asOf.empty() ? m_modelData : m_viewModelData; }
    const ModelInputs &modelInputs() const { return m_asOf.empty() ? m_modelInputs : m_viewModelInputs; }
    /// The Data page's compact form of fullSnapshot() when it was built while the store was read
    /// in the background (a pass over a million figures the window does not wait for); null
    /// otherwise (the page builds it when first shown).
    std::shared_ptr<const ObservationColumns> tableColumns() const { return m_tableColumns; }
    /// "Data as of": YYYY-MM-DD, or empty for everything. Emits snapshotChanged and asOfChanged.
    void setAsOf(const QString &date);
    QString asOf() const { return QString::fromStdString(m_asOf); }
    const SyncReport &lastSync() const { return m_sync; }
    QString errorMessage() const { return m_error; }
    /// Something the user must be told although opening succeeded (a damaged database
    /// moved aside, a newer one opened read-only), translated; empty when all is well.
    QString notice() const { return m_notice; }

    /// Reads `path` and checks it against the current snapshot: what an import would do.
    /// `sheet`: the worksheet of an Excel workbook (empty: ObservationImport chooses).
    Result<ImportPlan> planImport(const QString &path, const QString &sheet = {}) const;
    /// As planImport() for text that is no file (pasted cells), called `name` in messages.
    Result<ImportPlan> planImportText(const QString &text, const QString &name) const;
    /// Writes a plan made by planImport (a backup first, then one transaction) and
    /// re-reads the snapshot (snapshotChanged). False with errorMessage() on failure:
    /// nothing was written then.
    bool applyImport(const ImportPlan &plan, ImportOutcome *outcome = nullptr);
    /// planImport() and applyImport() at once, for an import without a preview: the rows
    /// are written while the file's later rows are still being checked (CheckedImport), and
    /// only a file without a rejected row is committed. The plan comes back either way, the
    /// outcome when it was written (then the snapshot is re-read: snapshotChanged; not with
    /// `reread` false, for a caller that ends after the import: a million figures read back
    /// for nothing doubled the command line's memory).
    Result<CheckedImportResult> importChecked(const QString &path, const QString &sheet = {}, bool reread = true);
    QString databasePath() const { return m_path; }

    // Edits of one record (see Database for each): on success the snapshot is re-read
    // (snapshotChanged); on failure nothing was written and the Error says why.
    Result<std::int64_t> addObservation(const Observation &observation);
    Status discardObservation(std::int64_t rowId);
    Result<std::int64_t> updateObservation(const Observation &changed);
    Result<std::int64_t> deleteObservation(std::int64_t rowId);
    Status restoreObservation(const Observation &old, std::int64_t historyId);
    Result<std::string> addSource(const Source &source);
    Status updateSource(const Source &source);
    Status deleteSource(const std::string &id);
    Status restoreSource(const Source &old);
    Status addEntity(const Entity &entity);
    Status addMetric(const Metric &metric);
    /// What `observation` held before each change, oldest first (empty without a database).
    std::vector<ObservationChange> history(const Observation &observation) const;
    bool isReadOnly() const;

    /// The path from `--db`, $CAPEXLENS_DB or the XDG data folder, in that order.
    static QString resolvePath(const QString &commandLinePath);

signals:
    void snapshotChanged();
    void asOfChanged(const QString &date);
    /// openInBackground() ended: `ok` false when the store could not be opened.
    void loaded(bool ok);

private:
    /// What opening a store gives: the database and its snapshot, or an error (translated).
    struct Opened
    {
        std::unique_ptr<Database> db;
        Dataset snapshot;
        std::shared_ptr<const ObservationColumns> columns; ///< the Data page's form of it
        std::optional<Dataset> modelData;                  ///< ModelInputs::modelData(snapshot)
        ModelInputs modelInputs;                           ///< ModelInputs::fromDataset(*modelData)
        SyncReport sync;
        QString error, notice;
    };
    /// Opens, recovers, upgrades and reads `path`: open()'s work, on any thread.
    static Opened openStore(const QString &path);
    /// Makes `opened` this store's (snapshotChanged); false with errorMessage() on its error.
    bool take(Opened opened);
    /// Runs `write` on the database and re-reads the snapshot when it succeeded.
    template <typename Write> auto edit(Write write) -> decltype(write(std::declval<Database &>()));
    Status reload();
    /// Recomputes the as-of view and emits snapshotChanged.
    /// `columns`: the Data page's form of the new snapshot when it is known already;
    /// `modelData` and `modelInputs` likewise the model's part of it and its inputs.
    void publish(std::shared_ptr<const ObservationColumns> columns = {}, std::optional<Dataset> modelData = {},
                 ModelInputs modelInputs = {});

    std::unique_ptr<Database> m_db;
    Dataset m_snapshot;
    Dataset m_view; ///< m_snapshot as known on m_asOf
    Dataset m_modelData; ///< ModelInputs::modelData(m_snapshot)
    ModelInputs m_modelInputs; ///< ModelInputs::fromDataset(m_modelData)
    Dataset m_viewModelData; ///< ModelInputs::modelData(m_view)
    ModelInputs m_viewModelInputs;
    std::shared_ptr<const ObservationColumns> m_tableColumns; ///< of m_snapshot, or null
    std::string m_asOf;
    SyncReport m_sync;
    QString m_error;
    QString m_notice;
    QString m_path;
    bool m_loading = false;
    bool m_arriving = false;
    std::thread m_loader;
    std::mutex m_loadedMutex;
    std::optional<Opened> m_loaded; ///< what the loader opened, until finishLoading() takes it
};

} // namespace capex::ui

#pragma once

#include "dataset.h"
#include "importplan.h"
#include "result.h"

#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

struct sqlite3;

namespace capex {

class WalCheckpointer;

/// What a dataset synchronisation changed.
struct SyncReport
{
    int fromVersion = 0; ///< dataset version found in the database (0: none)
    int toVersion = 0;
    int added = 0;
    int updated = 0;
    int removed = 0;
    bool changed() const { return fromVersion != toVersion; }
    std::filesystem::path backup; ///< the backup taken before an upgrade (empty: none was needed)
};

/// What an import wrote. The counts are recomputed inside the write transaction, so they
/// are exact even if another instance changed the store after the plan was made.
struct ImportOutcome
{
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int sourcesAdded = 0;
    int entitiesAdded = 0;
    std::filesystem::path backup; ///< the backup taken just before
};

/// One entry of an observation's history: the values the record held until a change
/// replaced or deleted them.
struct ObservationChange
{
    enum class By
    {
        Bundled,
        User
    };
    enum class What
    {
        Update,
        Delete
    };

    std::int64_t id = 0; ///< the history entry's own id
    std::int64_t observationId = 0; ///< the record's row id
    std::string observationUid; ///< its stable id (bundled records); empty for user records
    std::string changedAt; ///< when, ISO 8601 UTC ("2026-02-01T09:30:00Z")
    By changedBy = By::User; ///< a dataset update or the user
    What change = What::Update;
    std::optional<double> oldValue, oldLow, oldHigh;
    std::string oldAsOf;
    std::string oldSource;
};

/// Called while an import writes: rows done, rows in all.
using ImportProgress = std::function<void(std::size_t done, std::size_t total)>;

class Database;

/// An import being written (Database::beginImport): one open transaction that no other
/// connection sees. Unless commit() succeeds, nothing stays — the destructor rolls the
/// transaction back and removes the backup taken for it, so the store and its backups are
/// exactly as they were.
class ImportWriter
{
public:
    ~ImportWriter();
    ImportWriter(const ImportWriter &) = delete;
    ImportWriter &operator=(const ImportWriter &) = delete;

    /// Writes the plan's new sources, then its rows: one call for a whole plan, or one for
    /// each part of a plan in file order (ObservationImport::planInParts). Rows are matched
    /// with stored records under the write lock, as applyImport() does; a row citing an
    /// entity, metric or source the store lacks is refused by file, line and field
    /// (UnknownReference). Nothing of `plan` is held after the call.
    Status write(const ImportPlan &plan);
    /// Rebuilds the series index if it was dropped, commits and prunes the backups. The
    /// caller commits only a plan without rejected rows.
    Result<ImportOutcome> commit();

private:
    friend class Database;
    struct State;
    explicit ImportWriter(std::unique_ptr<State> state);
    std::unique_ptr<State> m_state;
};

/// The SQLite store: one file, schema version in `PRAGMA user_version`, WAL journal,
/// foreign keys on. Migrations run inside one transaction each. Every statement is
/// prepared and bound.
class Database
{
public:
    /// The schema this program writes. History: 1 = entities, metrics, sources,
    /// observations, FX, events, cost curves; 2 = observation history and updated_at;
    /// 3 = observations' checks and uid uniqueness written to cost less per row.
    static constexpr int schemaVersion = 4;

    enum class Access { ReadWrite, ReadOnly };

    /// Opens (creating when absent) and migrates to `schemaVersion`. A database of a
    /// newer schema is opened read-only, never downgraded: `isReadOnly()` and
    /// `hasNewerSchema()` say so.
    static Result<std::unique_ptr<Database>> open(const std::filesystem::path &path, Access access = Access::ReadWrite);
    /// As open(), but a damaged or unreadable file (not a database, failing the integrity
    /// check) is never overwritten: it is moved aside, with its -wal and -shm files, to
    /// `<name>.damaged-YYYYMMDD-HHMMSS`, and a fresh database is created in its place.
    /// `setAside()` then says where the old file went. A file that is merely busy (another
    /// instance writing) is not damaged. DatabaseOpen when even the move fails.
    static Result<std::unique_ptr<Database>> openOrRecover(const std::filesystem::path &path);
    /// Opens without migrating: tests use it with `migrateTo` to build older databases.
    static Result<std::unique_ptr<Database>> openUnmigrated(const std::filesystem::path &path);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Runs the migrations from the current version up to `target`, each in its own
    /// transaction (all of one step or none of it).
    Status migrateTo(int target);

    int userVersion() const;
    /// The version of the bundled dataset last loaded (0 when none).
    int datasetVersion() const;
    bool isReadOnly() const { return m_readOnly; }
    bool hasNewerSchema() const { return m_newerSchema; }
    const std::filesystem::path &path() const { return m_path; }
    /// Where openOrRecover() moved a damaged file; empty when it did not.
    const std::filesystem::path &setAside() const { return m_setAside; }

    /// SQLite's `PRAGMA quick_check`: DatabaseCorrupt with its first complaint when the
    /// file is damaged.
    Status checkIntegrity() const;

    /// A rolling backup with the online backup API (see DatabaseBackup); the newest
    /// `DatabaseBackup::defaultKeep` are kept.
    Result<std::filesystem::path> backup();

    /// Loads `bundled` when the database holds an older dataset version (or none), in one
    /// transaction: bundled records are added, updated (the old values go to the history)
    /// or removed by their stable ids; records the user entered are never touched, nor are
    /// bundled records the user has since edited (they became user records). An upgrade of
    /// an existing dataset is preceded by a backup; no backup, no upgrade.
    Result<SyncReport> syncBundled(const Dataset &bundled);

    /// Every record as an immutable value.
    Result<Dataset> snapshot() const;

    /// Writes an import: a backup first, then every row of `plan` and its new sources in
    /// one transaction (all or nothing, even if the process dies half-way). Rows are
    /// matched to stored records by identity (see ImportPlan) inside the transaction:
    /// new ones are added, changed ones updated with the old values in the history
    /// (changed_by 'user'), and both are marked user-entered. ImportRejected (detail = the
    /// count) for a plan with rejected rows, SchemaTooNew or DatabaseQuery for a read-only
    /// store, BackupFailed when no backup could be written: nothing is written then.
    Result<ImportOutcome> applyImport(const ImportPlan &plan, const ImportProgress &progress = {});

    /// An import's write, open until ImportWriter::commit(): what applyImport() does, with the
    /// rows handed over in parts as they are checked, so that a file's first rows can be written while
    /// its later ones are still being checked (see CheckedImport). A backup first (pruned to
    /// the newest `DatabaseBackup::defaultKeep` only on commit), then one transaction.
    /// `expectedRows` is the progress's total, `expectedAdds` an estimate of the rows that
    /// will be added (from it depends whether the series index is rebuilt; a wrong estimate
    /// costs time, never correctness). SchemaTooNew or DatabaseQuery for a read-only store,
    /// BackupFailed when no backup could be written: nothing is written then.
    Result<std::unique_ptr<ImportWriter>> beginImport(std::size_t expectedRows, std::size_t expectedAdds,
                                                      const ImportProgress &progress = {});

    /// Adds one observation entered by the user; returns its row id.
    Result<std::int64_t> addUserObservation(const Observation &observation);

    // Editing, one record at a time. Each write is one transaction; a failure leaves the
    // store as it was. SchemaTooNew or DatabaseQuery on a read-only store, RecordNotFound
    // when the record is gone (another instance deleted it), DatabaseQuery when a
    // constraint refuses the values (unknown entity, metric or source; low > high).

    /// Adds `observation` as the user's (user_entered = 1, no uid). A non-zero `rowId` is
    /// kept (redoing an addition); otherwise the id is one that neither a record nor a
    /// history entry has ever used, so that no old history attaches to the new record.
    /// Returns the row id.
    Result<std::int64_t> addObservation(const Observation &observation);
    /// Takes back addObservation(): deletes the record without a history entry.
    Status discardObservation(std::int64_t rowId);
    /// Replaces the record `changed.rowId` with `changed`, which becomes the user's
    /// (user_entered = 1, so dataset updates leave it alone). The old values go to the
    /// history (changed_by 'user'). Returns the history entry's id, 0 when nothing changed.
    Result<std::int64_t> updateObservation(const Observation &changed);
    /// Deletes the record; its values go to the history (changed_by 'user', change
    /// 'delete'). A deleted bundled record is not brought back by dataset updates.
    /// Returns the history entry's id.
    Result<std::int64_t> deleteObservation(std::int64_t rowId);
    /// Takes back updateObservation() or deleteObservation(): writes `old` exactly as it
    /// was (row id, uid, user_entered), re-inserting it when it was deleted, and removes
    /// the history entry `historyId` that the change wrote (0: none).
    Status restoreObservation(const Observation &old, std::int64_t historyId);
    /// The history of a record, oldest first: entries of its row id, and of its uid when
    /// it has one (a bundled record deleted by a dataset update and added back later).
    Result<std::vector<ObservationChange>> observationHistory(std::int64_t rowId, const std::string &uid = {}) const;

    /// Adds a source of the user's (user_entered = 1). An empty id gets a fresh
    /// `user_source_N`; DuplicateId when the id is taken. Returns the id.
    Result<std::string> addSource(const Source &source);
    /// Replaces the source `source.id` (publisher, title, address, date, language, via),
    /// which becomes the user's: dataset updates leave it alone.
    Status updateSource(const Source &source);
    /// Deletes a source nothing cites: StillReferenced (field "source", detail the count)
    /// when figures, exchange rates, events, cost curves or other sources cite it.
    Status deleteSource(const std::string &id);
    /// Writes `old` exactly as it was (user_entered included), re-inserting it when it was
    /// deleted: takes back updateSource() or deleteSource().
    Status restoreSource(const Source &old);

    /// Adds an entity or a metric of the user's (user_entered = 1); DuplicateId when the
    /// id is taken.
    Status addEntity(const Entity &entity);
    Status addMetric(const Metric &metric);

    /// Returns once the write-ahead log's copy into the database file, which a large commit
    /// leaves to a helper thread (see WalCheckpointer), has ended; at once when none runs.
    /// Closing the store waits for it too.
    void waitForCheckpoint();

    /// Runs SQL with no parameters (schema, pragmas). Not for values: bind those.
    Status execute(const char *sql);
    sqlite3 *handle() const { return m_db; }

private:
    Database(sqlite3 *db, std::filesystem::path path, bool readOnly);
    /// `damaged`: the failure means the file is bad (not busy, not missing).
    static Result<std::unique_ptr<Database>> openConnection(const std::filesystem::path &path, bool &damaged);
    static Result<std::unique_ptr<Database>> openChecked(const std::filesystem::path &path, Access access,
                                                         bool &damaged);
    Status configure();
    /// SchemaTooNew or DatabaseQuery when the store cannot be written.
    Status writable() const;
    /// Runs an index's CREATE statement with SQLite's sort partly on a helper thread.
    Status buildIndex(const std::string &definition);
    friend class ImportWriter;

    sqlite3 *m_db;
    std::filesystem::path m_path;
    bool m_readOnly;
    bool m_newerSchema = false;
    std::filesystem::path m_setAside;
    std::unique_ptr<WalCheckpointer> m_checkpointer; // read-write stores
};

/// Where the database lives: `--db PATH` wins, then `$CAPEXLENS_DB`, then
/// `$XDG_DATA_HOME/CapexLens/capexlens.db`, then `~/.local/share/CapexLens/capexlens.db`.
/// Null arguments mean "not set".
std::filesystem::path resolveDatabasePath(const char *commandLinePath, const char *envDatabase,
                                          const char *xdgDataHome, const char *home);

} // namespace capex

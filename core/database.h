#pragma once

#include "dataset.h"
#include "result.h"

#include <filesystem>
#include <memory>
#include <string>

struct sqlite3;

namespace capex {

/// What a dataset synchronisation changed.
struct SyncReport
{
    int fromVersion = 0; ///< dataset version found in the database (0: none)
    int toVersion = 0;
    int added = 0;
    int updated = 0;
    int removed = 0;
    bool changed() const { return fromVersion != toVersion; }
};

/// The SQLite store: one file, schema version in `PRAGMA user_version`, WAL journal,
/// foreign keys on. Migrations run inside one transaction each. Every statement is
/// prepared and bound.
class Database
{
public:
    /// The schema this program writes. History: 1 = entities, metrics, sources,
    /// observations, FX, events, cost curves; 2 = observation history and updated_at.
    static constexpr int schemaVersion = 2;

    enum class Access { ReadWrite, ReadOnly };

    /// Opens (creating when absent) and migrates to `schemaVersion`. A database of a
    /// newer schema is opened read-only, never downgraded: `isReadOnly()` and
    /// `hasNewerSchema()` say so.
    static Result<std::unique_ptr<Database>> open(const std::filesystem::path &path, Access access = Access::ReadWrite);
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

    /// Loads `bundled` when the database holds an older dataset version (or none), in one
    /// transaction: bundled records are added, updated (the old values go to the history)
    /// or removed by their stable ids; records the user entered are never touched.
    Result<SyncReport> syncBundled(const Dataset &bundled);

    /// Every record as an immutable value.
    Result<Dataset> snapshot() const;

    /// Adds one observation entered by the user; returns its row id.
    Result<std::int64_t> addUserObservation(const Observation &observation);

    /// Runs SQL with no parameters (schema, pragmas). Not for values: bind those.
    Status execute(const char *sql);
    sqlite3 *handle() const { return m_db; }

private:
    Database(sqlite3 *db, std::filesystem::path path, bool readOnly);
    Status configure();

    sqlite3 *m_db;
    std::filesystem::path m_path;
    bool m_readOnly;
    bool m_newerSchema = false;
};

/// Where the database lives: `--db PATH` wins, then `$CAPEXLENS_DB`, then
/// `$XDG_DATA_HOME/CapexLens/capexlens.db`, then `~/.local/share/CapexLens/capexlens.db`.
/// Null arguments mean "not set".
std::filesystem::path resolveDatabasePath(const char *commandLinePath, const char *envDatabase,
                                          const char *xdgDataHome, const char *home);

} // namespace capex

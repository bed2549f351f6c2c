#pragma once

#include "result.h"

#include <filesystem>
#include <vector>

struct sqlite3;

namespace capex {

/// Rolling backups of the store, taken with SQLite's online backup API (a consistent
/// copy even while another connection writes) before every import and every dataset
/// upgrade. They live in `backups/` next to the database, named
/// `<stem>-YYYYMMDD-HHMMSS-mmm.db`, so that name order is age order; only the newest
/// `keep` are kept. A backup is written to a temporary name and renamed into place, so a
/// crash never leaves a half-written file under a backup's name.
class DatabaseBackup
{
public:
    static constexpr int defaultKeep = 5;

    static std::filesystem::path folderFor(const std::filesystem::path &database);

    /// Copies `db` (whose file is `database`) into the backup folder and prunes it to the
    /// newest `keep` backups. BackupFailed (file = the backup, detail = SQLite's or the
    /// system's message) when the copy cannot be written; the folder is then unchanged.
    static Result<std::filesystem::path> create(sqlite3 *db, const std::filesystem::path &database,
                                                int keep = defaultKeep);

    /// Removes all but the newest `keep` backups of `database`.
    static void prune(const std::filesystem::path &database, int keep = defaultKeep);

    /// The backups of `database`, oldest first.
    static std::vector<std::filesystem::path> list(const std::filesystem::path &database);
};

} // namespace capex

#include "databasebackup.h"

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <ctime>

namespace capex {
namespace {

std::string timestamp()
{
    const auto now = std::chrono::system_clock::now();
    const std::time_t seconds = std::chrono::system_clock::to_time_t(now);
    const auto millis = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
    std::tm local{};
    localtime_r(&seconds, &local);
    char buffer[40];
    const std::size_t n = std::strftime(buffer, sizeof buffer, "%Y%m%d-%H%M%S", &local);
    std::snprintf(buffer + n, sizeof buffer - n, "-%03d", static_cast<int>(millis));
    return buffer;
}

bool isBackupOf(const std::filesystem::path &candidate, const std::string &stem)
{
    const std::string name = candidate.filename().string();
    return name.size() > stem.size() + 4 && name.compare(0, stem.size() + 1, stem + '-') == 0
        && candidate.extension() == ".db";
}

} // namespace

std::filesystem::path DatabaseBackup::folderFor(const std::filesystem::path &database)
{
    return database.parent_path() / "backups";
}

std::vector<std::filesystem::path> DatabaseBackup::list(const std::filesystem::path &database)
{
    std::vector<std::filesystem::path> backups;
    std::error_code ec;
    const std::string stem = database.stem().string();
    for (const auto &entry : std::filesystem::directory_iterator(folderFor(database), ec))
        if (entry.is_regular_file(ec) && isBackupOf(entry.path(), stem))
            backups.push_back(entry.path());
    std::sort(backups.begin(), backups.end());
    return backups;
}

Result<std::filesystem::path> DatabaseBackup::create(sqlite3 *db, const std::filesystem::path &database, int keep)
{
    const std::filesystem::path folder = folderFor(database);
    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
    if (ec)
        return Error{ErrorCode::BackupFailed, folder.string(), 0, 0, {}, ec.message()};

    std::filesystem::path target;
    const std::string stem = database.stem().string();
    const std::string base = stem + '-' + timestamp();
    target = folder / (base + ".db");
    for (int n = 2; std::filesystem::exists(target, ec); ++n)
        target = folder / (base + '-' + std::to_string(n) + ".db");
    const std::filesystem::path partial = target.string() + ".partial";

    sqlite3 *copy = nullptr;
    int rc = sqlite3_open_v2(partial.c_str(), &copy, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    std::string message;
    if (rc == SQLITE_OK) {
        sqlite3_backup *backup = sqlite3_backup_init(copy, "main", db, "main");
        if (backup) {
            // Copies in steps, letting a busy writer in between rather than failing.
            int busyWaits = 0;
            do {
                rc = sqlite3_backup_step(backup, 1024);
                if ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && ++busyWaits < 500)
                    sqlite3_sleep(20);
                else if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                    break;
            } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
            const int step = rc;
            rc = sqlite3_backup_finish(backup);
            if (step != SQLITE_DONE && rc == SQLITE_OK)
                rc = step;
        } else {
            rc = sqlite3_errcode(copy);
        }
        if (rc != SQLITE_OK && rc != SQLITE_DONE)
            message = copy && sqlite3_errcode(copy) != SQLITE_OK ? sqlite3_errmsg(copy) : sqlite3_errstr(rc);
    } else {
        message = copy ? sqlite3_errmsg(copy) : "out of memory";
    }
    sqlite3_close_v2(copy);
    if (!message.empty()) {
        std::filesystem::remove(partial, ec);
        return Error{ErrorCode::BackupFailed, target.string(), 0, 0, {}, message};
    }
    std::filesystem::rename(partial, target, ec);
    if (ec) {
        std::filesystem::remove(partial, ec);
        return Error{ErrorCode::BackupFailed, target.string(), 0, 0, {}, ec.message()};
    }

    prune(database, keep);
    return target;
}

void DatabaseBackup::prune(const std::filesystem::path &database, int keep)
{
    std::error_code ec;
    std::vector<std::filesystem::path> backups = list(database);
    for (std::size_t i = 0; i + static_cast<std::size_t>(std::max(keep, 1)) < backups.size(); ++i)
        std::filesystem::remove(backups[i], ec);
}

} // namespace capex

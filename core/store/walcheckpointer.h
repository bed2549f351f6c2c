#pragma once

#include <condition_variable>
#include <filesystem>
#include <mutex>
#include <stop_token>
#include <thread>

struct sqlite3;

namespace capex {

/// Copies a store's write-ahead log into the database file on a thread of its own, with a
/// connection of its own, instead of in the commit that filled the log.
///
/// SQLite checkpoints automatically once a commit leaves 1000 pages or more in the log, and it
/// does so inside that commit: after a million-row import the checkpoint wrote the whole
/// import a second time and took 0.25–0.3 s of the commit's 0.4 s, on the thread that
/// waited for the import. SQLite's documentation suggests this arrangement for such
/// programs (sqlite3_wal_hook): the commit is durable when it returns (the log is synced),
/// readers see it at once, and the copy runs beside whatever comes next. A passive
/// checkpoint waits for no reader or writer; what it could not copy is copied next time.
class WalCheckpointer
{
public:
    /// Frames in the log from which a checkpoint is started: SQLite's own default.
    static constexpr int threshold = 1000;

    /// Takes over `db`'s automatic checkpoints. Nothing runs until a commit reaches the
    /// threshold; the thread and its connection are made then.
    WalCheckpointer(sqlite3 *db, std::filesystem::path path);
    /// Waits for a running checkpoint (and ends the thread) and hands the checkpoints back
    /// to `db`. Before the connection closes: SQLite's own close then finds the log copied.
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    /// Returns once no checkpoint is asked for or running.
    void waitUntilIdle();
    /// Checkpoints that copied the whole log so far.
    int completed() const;

private:
    static int walHook(void *self, sqlite3 *db, const char *schema, int frames);
    void request();
    void run(std::stop_token stop);
    void checkpoint(sqlite3 *&connection);

    sqlite3 *m_db;
    const std::filesystem::path m_path;
    mutable std::mutex m_mutex;
    std::condition_variable_any m_wake;
    std::condition_variable m_idle;
    bool m_asked = false;
    bool m_running = false;
    int m_completed = 0;
    std::jthread m_thread; // last: stopped and joined before the rest goes
};

} // namespace capex

#include "walcheckpointer.h"

#include <sqlite3.h>

namespace capex {

WalCheckpointer::WalCheckpointer(sqlite3 *db, std::filesystem::path path)
    : m_db(db), m_path(std::move(path))
{
    sqlite3_wal_hook(m_db, &WalCheckpointer::walHook, this);
}

WalCheckpointer::~WalCheckpointer()
{
    if (m_thread.joinable()) {
        m_thread.request_stop();
        m_thread.join();
    }
    sqlite3_wal_autocheckpoint(m_db, threshold);
}

int WalCheckpointer::walHook(void *self, sqlite3 *, const char *, int frames)
{
    if (frames >= threshold)
        static_cast<WalCheckpointer *>(self)->request();
    return SQLITE_OK;
}

void WalCheckpointer::request()
{
    {
        const std::lock_guard lock(m_mutex);
        m_asked = true;
        if (!m_thread.joinable())
            m_thread = std::jthread([this](std::stop_token stop) { run(stop); });
    }
    m_wake.notify_one();
}

void WalCheckpointer::waitUntilIdle()
{
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [this] { return !m_asked && !m_running; });
}

int WalCheckpointer::completed() const
{
    const std::lock_guard lock(m_mutex);
    return m_completed;
}

void WalCheckpointer::run(std::stop_token stop)
{
    sqlite3 *connection = nullptr;
    std::unique_lock lock(m_mutex);
    while (m_wake.wait(lock, stop, [this] { return m_asked; }) && !stop.stop_requested()) {
        m_asked = false;
        m_running = true;
        lock.unlock();
        checkpoint(connection);
        lock.lock();
        m_running = false;
        if (!m_asked)
            m_idle.notify_all();
    }
    // Asked and stopped at once: the closing connection checkpoints what is left.
    m_asked = false;
    m_idle.notify_all();
    lock.unlock();
    sqlite3_close_v2(connection);
}

void WalCheckpointer::checkpoint(sqlite3 *&connection)
{
    if (!connection) {
        // A connection finds the log only once it has read the database: before, SQLite
        // 3.40 answers a checkpoint with "not in WAL mode" and copies nothing.
        if (sqlite3_open_v2(m_path.c_str(), &connection, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK
            || sqlite3_exec(connection, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr) != SQLITE_OK) {
            // The store's own connection checkpoints when it closes; nothing is lost here.
            sqlite3_close_v2(connection);
            connection = nullptr;
            return;
        }
    }
    int logFrames = 0, copiedFrames = 0;
    const int rc = sqlite3_wal_checkpoint_v2(connection, nullptr, SQLITE_CHECKPOINT_PASSIVE, &logFrames,
                                             &copiedFrames);
    if (rc == SQLITE_OK && copiedFrames == logFrames) {
        const std::lock_guard lock(m_mutex);
        ++m_completed;
    }
}

} // namespace capex

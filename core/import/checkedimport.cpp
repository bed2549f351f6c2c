#include "checkedimport.h"

#include "observationimport.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace capex {
namespace {

/// Parts of a plan, from the thread that checks the file to the one that writes them, in
/// file order. At most `limit` wait, so that a check far ahead of the write does not hold
/// the whole file's rows twice.
class PartQueue
{
public:
    /// Adds a part, waiting while `limit` wait; false (the part dropped) once the writing
    /// side has stopped.
    bool push(ObservationImport::Part &&part)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_stopped || m_parts.size() < limit; });
        if (m_stopped)
            return false;
        m_parts.push_back(std::move(part));
        m_changed.notify_all();
        return true;
    }

    /// The checking side is done: pop() returns nothing once the parts are taken.
    void finish()
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_changed.notify_all();
    }

    /// The next part, waiting for it; none after the last.
    std::optional<ObservationImport::Part> pop()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_finished || !m_parts.empty(); });
        if (m_parts.empty())
            return std::nullopt;
        ObservationImport::Part part = std::move(m_parts.front());
        m_parts.pop_front();
        m_changed.notify_all();
        return part;
    }

    /// The writing side takes no more parts: push() refuses them from now on.
    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_parts.clear();
        m_changed.notify_all();
    }

private:
    static constexpr std::size_t limit = 4;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<ObservationImport::Part> m_parts;
    bool m_finished = false;
    bool m_stopped = false;
};

/// Writes the parts in turn: the transaction begins with the first (so a file rejected in
/// its first part takes no backup) and stops taking rows at the first rejection, which
/// means the import will be rolled back; the check goes on, to list every rejected row.
class PartWriter
{
public:
    PartWriter(Database &db, const CheckedImport::Progress &progress)
        : m_db(db)
        , m_progress(progress)
    { }

    /// False when the import cannot go on: a write failed (error()) or it was cancelled.
    bool write(const ObservationImport::Part &part)
    {
        if (!part.acceptable)
            return true;
        if (!m_writer) {
            // From the estimate of added rows depends only whether the series index is
            // rebuilt: every row is expected to be one.
            auto writer = m_db.beginImport(part.expectedRows, part.expectedRows);
            if (!writer.ok())
                return fail(writer.error());
            m_writer = std::move(writer).value();
        }
        if (Status written = m_writer->write(part.rows); !written)
            return fail(written.error());
        m_written += part.rows.rows.size();
        if (m_progress && !m_progress(m_written, part.expectedRows)) {
            m_cancelled = true;
            return false;
        }
        return true;
    }

    bool cancelled() const { return m_cancelled; }
    const std::optional<Error> &error() const { return m_error; }
    /// Null when nothing was begun.
    ImportWriter *writer() const { return m_writer.get(); }

private:
    bool fail(Error error)
    {
        m_error = std::move(error);
        return false;
    }

    Database &m_db;
    const CheckedImport::Progress &m_progress;
    std::unique_ptr<ImportWriter> m_writer; ///< rolls back unless committed
    std::size_t m_written = 0;
    bool m_cancelled = false;
    std::optional<Error> m_error;
};

/// Runs `plan` (ObservationImport::planInParts with its handover) on a helper thread
/// while this thread writes the parts it hands over: SQLite's connection stays on the
/// thread that opened it.
Result<CheckedImportResult> writeWhileChecking(Database &db, const std::string &fileName,
    const CheckedImport::Progress &progress,
    const std::function<Result<ImportPlan>(const ObservationImport::PartReady &)> &plan)
{
    PartQueue parts;
    std::optional<Result<ImportPlan>> planned;
    std::thread checker([&] {
        planned = plan([&](ObservationImport::Part &&part) -> Status {
            if (!parts.push(std::move(part)))
                return Error {ErrorCode::ImportRejected, fileName, 0, 0, {}, "stopped"}; // never reported
            return {};
        });
        parts.finish();
    });
    PartWriter writer(db, progress);
    while (std::optional<ObservationImport::Part> part = parts.pop())
        if (!writer.write(*part)) {
            parts.stop();
            break;
        }
    checker.join();

    CheckedImportResult result;
    if (writer.cancelled()) {
        result.cancelled = true;
        return result;
    }
    if (writer.error())
        return *writer.error();
    if (!planned->ok())
        return planned->error();
    result.plan = std::move(*planned).value();
    if (!result.plan.acceptable() || !writer.writer())
        return result;
    auto outcome = writer.writer()->commit();
    if (!outcome.ok())
        return outcome.error();
    result.outcome = std::move(outcome).value();
    return result;
}

} // namespace

Result<CheckedImportResult> CheckedImport::importFile(
    Database &db, const std::filesystem::path &path, const Dataset &current, const Progress &progress,
    const ImportOptions &options)
{
    auto bytes = ObservationImport::readFile(path);
    if (!bytes.ok())
        return bytes.error();
    const std::string fileName = path.filename().string();
    return writeWhileChecking(db, fileName, progress, [&](const ObservationImport::PartReady &ready) {
        auto plan = ObservationImport::planInParts(bytes.value(), fileName, current, ready,
                                                   ObservationImport::defaultPartBytes, options);
        // Checked: the file's bytes (140 MB for a million rows) are not held through the
        // rest of the write, the series index and the commit.
        std::string().swap(bytes.value());
        return plan;
    });
}

Result<CheckedImportResult> CheckedImport::importBytes(Database &db, std::string_view bytes,
    const std::string &fileName, const Dataset &current, const Progress &progress, std::size_t partBytes,
    const ImportOptions &options)
{
    return writeWhileChecking(db, fileName, progress, [&](const ObservationImport::PartReady &ready) {
        return ObservationImport::planInParts(bytes, fileName, current, ready, partBytes, options);
    });
}

} // namespace capex

#include "checkedimport.h"

#include "observationimport.h"

#include <memory>

namespace capex {
namespace {

/// Writes the parts a plan hands over: the transaction begins with the first part (so a
/// file whose first part is already rejected takes no backup) and stops taking rows at the
/// first rejection, which means the import will be rolled back; the check goes on to list
/// every rejected row.
class PartWriter
{
public:
    PartWriter(Database &db, const CheckedImport::Progress &progress) : m_db(db), m_progress(progress) {}

    Status write(const ObservationImport::Part &part)
    {
        if (!part.plan.acceptable())
            return {};
        if (!m_writer) {
            // Every row is expected to be added: from the estimate depends only whether the
            // series index is rebuilt.
            auto writer = m_db.beginImport(part.expectedRows, part.expectedRows);
            if (!writer.ok())
                return writer.error();
            m_writer = std::move(writer).value();
        }
        if (Status written = m_writer->write(part.plan, part.first); !written)
            return written;
        if (m_progress && !m_progress(part.plan.rows.size(), part.expectedRows)) {
            m_cancelled = true;
            return Error{ErrorCode::ImportRejected, part.plan.file, 0, 0, {}, "cancelled"};
        }
        return {};
    }

    bool cancelled() const { return m_cancelled; }
    /// Null when nothing was begun.
    ImportWriter *writer() const { return m_writer.get(); }

private:
    Database &m_db;
    const CheckedImport::Progress &m_progress;
    std::unique_ptr<ImportWriter> m_writer; ///< rolls back unless committed
    bool m_cancelled = false;
};

Result<CheckedImportResult> finish(Result<ImportPlan> plan, PartWriter &writer)
{
    CheckedImportResult result;
    if (writer.cancelled()) {
        result.cancelled = true;
        return result;
    }
    if (!plan.ok())
        return plan.error();
    result.plan = std::move(plan).value();
    if (!result.plan.acceptable() || !writer.writer())
        return result;
    auto outcome = writer.writer()->commit(result.plan);
    if (!outcome.ok())
        return outcome.error();
    result.outcome = std::move(outcome).value();
    return result;
}

} // namespace

Result<CheckedImportResult> CheckedImport::importFile(Database &db, const std::filesystem::path &path,
                                                      const Dataset &current, const Progress &progress)
{
    PartWriter writer(db, progress);
    auto plan = ObservationImport::planFileInParts(path, current,
                                                   [&](const ObservationImport::Part &part) { return writer.write(part); });
    return finish(std::move(plan), writer);
}

Result<CheckedImportResult> CheckedImport::importBytes(Database &db, std::string_view bytes, const std::string &fileName,
                                                       const Dataset &current, const Progress &progress,
                                                       std::size_t partBytes)
{
    PartWriter writer(db, progress);
    auto plan = ObservationImport::planInParts(
        bytes, fileName, current, [&](const ObservationImport::Part &part) { return writer.write(part); }, partBytes);
    return finish(std::move(plan), writer);
}

} // namespace capex

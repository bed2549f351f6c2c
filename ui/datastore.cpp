#include "datastore.h"

#include "databasebackup.h"
#include "datasetreader.h"
#include "errortext.h"
#include "observationimport.h"

#include <QCoreApplication>

#include <cstdlib>

namespace capex::ui {

DataStore::DataStore(QObject *parent) : QObject(parent) {}
DataStore::~DataStore() = default;

QString DataStore::resolvePath(const QString &commandLinePath)
{
    const QByteArray cli = commandLinePath.toLocal8Bit();
    auto path = resolveDatabasePath(cli.isEmpty() ? nullptr : cli.constData(), std::getenv("CAPEXLENS_DB"),
                                    std::getenv("XDG_DATA_HOME"), std::getenv("HOME"));
    return QString::fromStdString(path.string());
}

bool DataStore::open(const QString &path)
{
    m_path = path;
    const std::vector<DatasetFile> bundledFiles = bundledDatasetFiles();
    auto bundledVersion = DatasetReader::version(bundledFiles);
    if (!bundledVersion.ok()) {
        m_error = errorText(bundledVersion.error());
        return false;
    }
    auto db = Database::openOrRecover(path.toStdString());
    if (!db.ok()) {
        m_error = errorText(db.error());
        return false;
    }
    m_db = std::move(db).value();
    m_notice.clear();
    if (!m_db->setAside().empty()) {
        m_notice = QCoreApplication::translate("capex::ui",
                                               "The database was damaged. It has been moved to %1 and a fresh one "
                                               "built from the bundled data; your own records can be recovered from "
                                               "the backups in %2.")
                       .arg(QString::fromStdString(m_db->setAside().string()),
                            QString::fromStdString(DatabaseBackup::folderFor(m_db->path()).string()));
    } else if (m_db->hasNewerSchema()) {
        m_notice = QCoreApplication::translate("capex::ui",
                                               "The database was written by a newer version of Capex Lens. It is "
                                               "open read-only and will not be changed.");
    }
    // The bundled dataset is read (and checked whole: 85 KB of JSON, a millisecond) only
    // when the database holds an older version; otherwise its version is all it takes.
    if (const int stored = m_db->datasetVersion(); bundledVersion.value() <= stored) {
        m_sync = SyncReport{};
        m_sync.fromVersion = m_sync.toVersion = stored;
    } else {
        auto bundled = DatasetReader::read(bundledFiles);
        if (!bundled.ok()) {
            m_error = errorText(bundled.error());
            return false;
        }
        auto sync = m_db->syncBundled(bundled.value());
        if (!sync.ok()) {
            m_error = errorText(sync.error());
            return false;
        }
        m_sync = sync.value();
    }
    auto snapshot = m_db->snapshot();
    if (!snapshot.ok()) {
        m_error = errorText(snapshot.error());
        return false;
    }
    m_snapshot = std::move(snapshot).value();
    publish();
    return true;
}

Result<ImportPlan> DataStore::planImport(const QString &path, const QString &sheet) const
{
    return ObservationImport::planFile(path.toStdString(), m_snapshot, 0, ImportOptions{sheet.toStdString()});
}

Result<ImportPlan> DataStore::planImportText(const QString &text, const QString &name) const
{
    return ObservationImport::plan(text.toStdString(), name.toStdString(), m_snapshot);
}

bool DataStore::applyImport(const ImportPlan &plan, ImportOutcome *outcome)
{
    if (!m_db) {
        m_error = errorText(Error{ErrorCode::DatabaseOpen, m_path.toStdString(), 0, 0, {}, {}});
        return false;
    }
    auto written = m_db->applyImport(plan);
    if (!written.ok()) {
        m_error = errorText(written.error());
        return false;
    }
    if (outcome)
        *outcome = written.value();
    auto snapshot = m_db->snapshot();
    if (!snapshot.ok()) {
        m_error = errorText(snapshot.error());
        return false;
    }
    m_snapshot = std::move(snapshot).value();
    publish();
    return true;
}

Result<CheckedImportResult> DataStore::importChecked(const QString &path, const QString &sheet)
{
    if (!m_db)
        return Error{ErrorCode::DatabaseOpen, m_path.toStdString(), 0, 0, {}, {}};
    auto checked = CheckedImport::importFile(*m_db, path.toStdString(), m_snapshot, {}, ImportOptions{sheet.toStdString()});
    if (!checked.ok() || !checked->outcome)
        return checked;
    auto snapshot = m_db->snapshot();
    if (!snapshot.ok())
        return snapshot.error();
    m_snapshot = std::move(snapshot).value();
    publish();
    return checked;
}

void DataStore::publish()
{
    m_view = m_asOf.empty() ? Dataset {} : m_snapshot.knownOn(m_asOf);
    emit snapshotChanged();
}

void DataStore::setAsOf(const QString &date)
{
    const std::string given = date.toStdString();
    if (given == m_asOf)
        return;
    m_asOf = given;
    publish();
    emit asOfChanged(date);
}

void DataStore::setSnapshot(Dataset dataset)
{
    m_snapshot = std::move(dataset);
    publish();
}

Status DataStore::reload()
{
    auto snapshot = m_db->snapshot();
    if (!snapshot.ok())
        return snapshot.error();
    m_snapshot = std::move(snapshot).value();
    publish();
    return {};
}

template <typename Write> auto DataStore::edit(Write write) -> decltype(write(std::declval<Database &>()))
{
    if (!m_db)
        return Error {ErrorCode::DatabaseOpen, m_path.toStdString(), 0, 0, {}, {}};
    auto written = write(*m_db);
    if (!written.ok())
        return written;
    if (Status reread = reload(); !reread.ok())
        return reread.error();
    return written;
}

Result<std::int64_t> DataStore::addObservation(const Observation &o)
{
    return edit([&](Database &db) { return db.addObservation(o); });
}

Status DataStore::discardObservation(std::int64_t rowId)
{
    return edit([&](Database &db) { return db.discardObservation(rowId); });
}

Result<std::int64_t> DataStore::updateObservation(const Observation &changed)
{
    return edit([&](Database &db) { return db.updateObservation(changed); });
}

Result<std::int64_t> DataStore::deleteObservation(std::int64_t rowId)
{
    return edit([&](Database &db) { return db.deleteObservation(rowId); });
}

Status DataStore::restoreObservation(const Observation &old, std::int64_t historyId)
{
    return edit([&](Database &db) { return db.restoreObservation(old, historyId); });
}

Result<std::string> DataStore::addSource(const Source &source)
{
    return edit([&](Database &db) { return db.addSource(source); });
}

Status DataStore::updateSource(const Source &source)
{
    return edit([&](Database &db) { return db.updateSource(source); });
}

Status DataStore::deleteSource(const std::string &id)
{
    return edit([&](Database &db) { return db.deleteSource(id); });
}

Status DataStore::restoreSource(const Source &old)
{
    return edit([&](Database &db) { return db.restoreSource(old); });
}

Status DataStore::addEntity(const Entity &entity)
{
    return edit([&](Database &db) { return db.addEntity(entity); });
}

Status DataStore::addMetric(const Metric &metric)
{
    return edit([&](Database &db) { return db.addMetric(metric); });
}

std::vector<ObservationChange> DataStore::history(const Observation &o) const
{
    if (!m_db || o.rowId == 0)
        return {};
    auto changes = m_db->observationHistory(o.rowId, o.uid);
    return changes.ok() ? std::move(changes).value() : std::vector<ObservationChange> {};
}

bool DataStore::isReadOnly() const { return m_db && m_db->isReadOnly(); }

} // namespace capex::ui

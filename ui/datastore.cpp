#include "datastore.h"

#include "databasebackup.h"
#include "datasetreader.h"
#include "errortext.h"
#include "modelinputs.h"
#include "observationimport.h"
#include "observationtablemodel.h"
#include "translation.h"

#include <QCoreApplication>

#include <cstdlib>

namespace capex::ui {

DataStore::DataStore(QObject *parent)
    : QObject(parent)
    , m_modelInputs(ModelInputs::fromDataset(m_modelData)) // the companies, by id, before any figure
{
}
DataStore::~DataStore()
{
    if (m_loader.joinable())
        m_loader.join();
}

QString DataStore::resolvePath(const QString &commandLinePath)
{
    const QByteArray cli = commandLinePath.toLocal8Bit();
    auto path = resolveDatabasePath(cli.isEmpty() ? nullptr : cli.constData(), std::getenv("CAPEXLENS_DB"),
                                    std::getenv("XDG_DATA_HOME"), std::getenv("HOME"));
    return QString::fromStdString(path.string());
}

DataStore::Opened DataStore::openStore(const QString &path)
{
    Opened result;
    const std::vector<DatasetFile> bundledFiles = bundledDatasetFiles();
    auto bundledVersion = DatasetReader::version(bundledFiles);
    if (!bundledVersion.ok()) {
        result.error = errorText(bundledVersion.error());
        return result;
    }
    auto db = Database::openOrRecover(path.toStdString());
    if (!db.ok()) {
        result.error = errorText(db.error());
        return result;
    }
    result.db = std::move(db).value();
    if (!result.db->setAside().empty()) {
        result.notice = QCoreApplication::translate("capex::ui",
                                               "The database was damaged. It has been moved to %1 and a fresh one "
                                               "built from the bundled data; your own records can be recovered from "
                                               "the backups in %2.")
                       .arg(QString::fromStdString(result.db->setAside().string()),
                            QString::fromStdString(DatabaseBackup::folderFor(result.db->path()).string()));
    } else if (result.db->hasNewerSchema()) {
        result.notice = QCoreApplication::translate("capex::ui",
                                               "The database was written by a newer version of Capex Lens. It is "
                                               "open read-only and will not be changed.");
    }
    // The bundled dataset is read (and checked whole: 85 KB of JSON, a millisecond) only
    // when the database holds an older version; otherwise its version is all it takes.
    if (const int stored = result.db->datasetVersion(); bundledVersion.value() <= stored) {
        result.sync.fromVersion = result.sync.toVersion = stored;
    } else {
        auto bundled = DatasetReader::read(bundledFiles);
        if (!bundled.ok()) {
            result.error = errorText(bundled.error());
            return result;
        }
        auto sync = result.db->syncBundled(bundled.value());
        if (!sync.ok()) {
            result.error = errorText(sync.error());
            return result;
        }
        result.sync = sync.value();
    }
    auto snapshot = result.db->snapshot();
    if (!snapshot.ok()) {
        result.error = errorText(snapshot.error());
        return result;
    }
    result.snapshot = std::move(snapshot).value();
    return result;
}

bool DataStore::take(Opened opened)
{
    if (!opened.error.isEmpty()) {
        m_error = opened.error;
        return false;
    }
    m_db = std::move(opened.db);
    m_notice = opened.notice;
    m_sync = opened.sync;
    m_snapshot = std::move(opened.snapshot);
    publish(std::move(opened.columns), std::move(opened.modelData), std::move(opened.modelInputs));
    return true;
}

bool DataStore::open(const QString &path)
{
    finishLoading();
    m_path = path;
    return take(openStore(path));
}

void DataStore::openInBackground(const QString &path)
{
    finishLoading();
    m_path = path;
    m_loading = true;
    // The Data page's first order follows the language the window shows now.
    const Language language = Translation::instance().language();
    m_loader = std::thread([this, path, language] {
        Opened opened = openStore(path);
        // The Data page's form of the figures too, here rather than on the GUI thread.
        if (opened.error.isEmpty()) {
            opened.columns = std::make_shared<const ObservationColumns>(
                ObservationTableModel::buildColumns(opened.snapshot, language));
            opened.modelData = ModelInputs::modelData(opened.snapshot);
            opened.modelInputs = ModelInputs::fromDataset(*opened.modelData);
        }
        {
            const std::lock_guard<std::mutex> lock(m_loadedMutex);
            m_loaded = std::move(opened);
        }
        QMetaObject::invokeMethod(this, [this] { finishLoading(); }, Qt::QueuedConnection);
    });
}

void DataStore::finishLoading()
{
    if (!m_loader.joinable())
        return;
    m_loader.join();
    std::optional<Opened> opened;
    {
        const std::lock_guard<std::mutex> lock(m_loadedMutex);
        opened.swap(m_loaded);
    }
    m_loading = false;
    m_arriving = true;
    const bool ok = opened && take(std::move(*opened));
    m_arriving = false;
    emit loaded(ok);
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
    finishLoading();
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

Result<CheckedImportResult> DataStore::importChecked(const QString &path, const QString &sheet, bool reread)
{
    finishLoading();
    if (!m_db)
        return Error{ErrorCode::DatabaseOpen, m_path.toStdString(), 0, 0, {}, {}};
    auto checked = CheckedImport::importFile(*m_db, path.toStdString(), m_snapshot, {}, ImportOptions{sheet.toStdString()});
    if (!checked.ok() || !checked->outcome || !reread)
        return checked;
    auto snapshot = m_db->snapshot();
    if (!snapshot.ok())
        return snapshot.error();
    m_snapshot = std::move(snapshot).value();
    publish();
    return checked;
}

void DataStore::publish(std::shared_ptr<const ObservationColumns> columns, std::optional<Dataset> modelData,
                        ModelInputs modelInputs)
{
    m_tableColumns = std::move(columns);
    m_view = m_asOf.empty() ? Dataset {} : m_snapshot.knownOn(m_asOf);
    if (modelData) {
        // Moved, not copied: the track record's chart holds a reference to this member.
        m_modelData = std::move(*modelData);
        m_modelInputs = std::move(modelInputs);
    } else {
        m_modelData = ModelInputs::modelData(m_snapshot);
        m_modelInputs = ModelInputs::fromDataset(m_modelData);
    }
    m_viewModelData = m_asOf.empty() ? Dataset {} : ModelInputs::modelData(m_view);
    m_viewModelInputs = m_asOf.empty() ? ModelInputs {} : ModelInputs::fromDataset(m_viewModelData);
    emit snapshotChanged();
}

void DataStore::setAsOf(const QString &date)
{
    const std::string given = date.toStdString();
    if (given == m_asOf)
        return;
    m_asOf = given;
    // The whole store's figures are the same: its model part too.
    std::optional<Dataset> modelData = std::move(m_modelData);
    publish(m_tableColumns, std::move(modelData), m_modelInputs);
    emit asOfChanged(date);
}

void DataStore::setSnapshot(Dataset dataset)
{
    finishLoading();
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
    finishLoading();
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

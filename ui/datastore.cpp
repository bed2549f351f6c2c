#include "datastore.h"

#include "datasetreader.h"
#include "errortext.h"

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
    auto bundled = DatasetReader::read(bundledDatasetFiles());
    if (!bundled.ok()) {
        m_error = errorText(bundled.error());
        return false;
    }
    auto db = Database::open(path.toStdString());
    if (!db.ok()) {
        m_error = errorText(db.error());
        return false;
    }
    m_db = std::move(db).value();
    auto sync = m_db->syncBundled(bundled.value());
    if (!sync.ok()) {
        m_error = errorText(sync.error());
        return false;
    }
    m_sync = sync.value();
    auto snapshot = m_db->snapshot();
    if (!snapshot.ok()) {
        m_error = errorText(snapshot.error());
        return false;
    }
    m_snapshot = std::move(snapshot).value();
    emit snapshotChanged();
    return true;
}

void DataStore::setSnapshot(Dataset dataset)
{
    m_snapshot = std::move(dataset);
    emit snapshotChanged();
}

bool DataStore::isReadOnly() const { return m_db && m_db->isReadOnly(); }

} // namespace capex::ui

#pragma once

#include "database.h"
#include "dataset.h"

#include <QObject>
#include <QString>

#include <memory>

namespace capex::ui {

/// Owns the database for the Qt side and hands out immutable snapshots of it: widgets
/// and models never touch SQLite. Opening builds the database from the bundled
/// dataset on first use and upgrades it when a newer dataset ships.
class DataStore : public QObject
{
    Q_OBJECT

public:
    explicit DataStore(QObject *parent = nullptr);
    ~DataStore() override;

    /// Opens `path`; on failure returns false and errorMessage() says why, translated.
    bool open(const QString &path);
    /// Uses `dataset` directly, without a database (tests and the headless exports of a file).
    void setSnapshot(Dataset dataset);

    const Dataset &snapshot() const { return m_snapshot; }
    const SyncReport &lastSync() const { return m_sync; }
    QString errorMessage() const { return m_error; }
    QString databasePath() const { return m_path; }
    bool isReadOnly() const;

    /// The path from `--db`, $CAPEXLENS_DB or the XDG data folder, in that order.
    static QString resolvePath(const QString &commandLinePath);

signals:
    void snapshotChanged();

private:
    std::unique_ptr<Database> m_db;
    Dataset m_snapshot;
    SyncReport m_sync;
    QString m_error;
    QString m_path;
};

} // namespace capex::ui

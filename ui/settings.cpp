#include "settings.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QStringList>
#include <QThreadPool>

#include <optional>

namespace capex::ui {
namespace {

struct Entry
{
    SettingKey key;
    const char *name;
    QVariant defaultValue;
};

const Entry &entry(SettingKey key)
{
    static const Entry entries[] = {
        {SettingKey::Language, "ui/language", QString()},
        {SettingKey::WindowGeometry, "window/geometry", QByteArray()},
        {SettingKey::WindowState, "window/state", QByteArray()},
        {SettingKey::CurrentPage, "window/page", QStringLiteral("overview")},
        {SettingKey::DisplayCurrency, "view/currency", QStringLiteral("USD")},
        {SettingKey::CapexLogScale, "capex/logScale", false},
        {SettingKey::CapexCompanies, "capex/companies",
         QStringList{QStringLiteral("microsoft"), QStringLiteral("alphabet"), QStringLiteral("amazon"),
                     QStringLiteral("meta"), QStringLiteral("oracle"), QStringLiteral("bytedance")}},
        {SettingKey::ShowEvents, "view/showEvents", true},
        {SettingKey::RecentScenarios, "scenario/recent", QStringList()},
        {SettingKey::CapexView, "capex/view", QStringLiteral("annual")},
        {SettingKey::CapexMetric, "capex/metric", QStringLiteral("capex")},
        {SettingKey::Theme, "view/theme", QStringLiteral("system")},
        {SettingKey::GuidanceYear, "guidance/year", 2026},
        {SettingKey::GuidanceCompanies, "guidance/companies",
         QStringList{QStringLiteral("microsoft"), QStringLiteral("alphabet"), QStringLiteral("amazon"),
                     QStringLiteral("meta")}},
        {SettingKey::SecUserAgent, "sec/userAgent", QString()},
        {SettingKey::SecBaseUrl, "sec/baseUrl", QStringLiteral("https://data.sec.gov")},
        {SettingKey::SecTimeoutMs, "sec/timeoutMs", 30000},
        {SettingKey::SecRetryDelayMs, "sec/retryDelayMs", 1000},
    };
    for (const Entry &e : entries)
        if (e.key == key)
            return e;
    return entries[0];
}

/// Values set and not yet in the settings file, and the thread that writes them. A write
/// rewrites the whole file and syncs it to disk: 10 to 140 ms on the development machine,
/// at a user's click on the GUI thread before. Values set while a write is under way go
/// in the next, together.
class Writer
{
public:
    static Writer &instance()
    {
        static Writer writer;
        return writer;
    }

    std::optional<QVariant> pending(const QString &name)
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_pending.constFind(name);
        return it == m_pending.cend() ? std::nullopt : std::optional<QVariant>(*it);
    }

    void set(const QString &file, const QString &name, const QVariant &value)
    {
        QMutexLocker lock(&m_mutex);
        m_pending.insert(name, value);
        m_file = file;
        if (!m_scheduled) {
            m_scheduled = true;
            m_thread.start([this] { write(); });
        }
    }

    void flush() { m_thread.waitForDone(); }

private:
    Writer()
    {
        m_thread.setMaxThreadCount(1);
        // Whatever is still to be written when the program ends is written before it does.
        qAddPostRoutine([] { Writer::instance().flush(); });
    }

    void write()
    {
        QHash<QString, QVariant> batch;
        QString file;
        {
            QMutexLocker lock(&m_mutex);
            batch = m_pending;
            file = m_file;
            m_scheduled = false;
        }
        {
            QSettings settings(file, QSettings::IniFormat);
            for (auto it = batch.cbegin(); it != batch.cend(); ++it)
                settings.setValue(it.key(), it.value());
            settings.sync();
        }
        QMutexLocker lock(&m_mutex);
        for (auto it = batch.cbegin(); it != batch.cend(); ++it)
            if (const auto now = m_pending.constFind(it.key()); now != m_pending.cend() && *now == it.value())
                m_pending.erase(now);
    }

    QMutex m_mutex;
    QHash<QString, QVariant> m_pending; ///< by key name
    QString m_file;                     ///< the settings file, as the GUI thread's QSettings names it
    bool m_scheduled = false;           ///< a write is queued that has not taken m_pending yet
    QThreadPool m_thread;
};

} // namespace

QVariant Settings::value(SettingKey key)
{
    const Entry &e = entry(key);
    const QString name = QLatin1String(e.name);
    if (std::optional<QVariant> pending = Writer::instance().pending(name))
        return *pending;
    return QSettings().value(name, e.defaultValue);
}

void Settings::setValue(SettingKey key, const QVariant &value)
{
    // A value already stored (or, never stored, the default read in its place) is not stored
    // again, and a new one is written on another thread (Writer).
    const QString name = keyName(key);
    const QSettings settings;
    if (std::optional<QVariant> pending = Writer::instance().pending(name)) {
        if (*pending == value)
            return;
    } else if (settings.contains(name) ? settings.value(name) == value : value == defaultValue(key)) {
        return;
    }
    Writer::instance().set(settings.fileName(), name, value);
}

void Settings::flush()
{
    Writer::instance().flush();
}
QString Settings::keyName(SettingKey key) { return QLatin1String(entry(key).name); }
QVariant Settings::defaultValue(SettingKey key) { return entry(key).defaultValue; }

} // namespace capex::ui

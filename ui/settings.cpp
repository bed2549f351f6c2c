#include "settings.h"

#include <QStringList>

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

} // namespace

QVariant Settings::value(SettingKey key)
{
    const Entry &e = entry(key);
    return QSettings().value(QLatin1String(e.name), e.defaultValue);
}

void Settings::setValue(SettingKey key, const QVariant &value)
{
    // A value already stored (or, never stored, the default read in its place) is not stored
    // again: each write rewrites the file and syncs it to disk when the QSettings goes (10 to
    // 70 ms on the GUI thread here), and the pages store their options each time they fill.
    QSettings settings;
    const QString name = keyName(key);
    if (settings.contains(name) ? settings.value(name) == value : value == defaultValue(key))
        return;
    settings.setValue(name, value);
}
QString Settings::keyName(SettingKey key) { return QLatin1String(entry(key).name); }
QVariant Settings::defaultValue(SettingKey key) { return entry(key).defaultValue; }

} // namespace capex::ui

#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

namespace capex::ui {

/// Every settings key the program uses, with its default, in one table.
enum class SettingKey {
    Language,          ///< "zh" or "en"; empty: follow the system
    WindowGeometry,    ///< QMainWindow::saveGeometry()
    WindowState,       ///< QMainWindow::saveState()
    CurrentPage,       ///< page id, e.g. "capex"
    DisplayCurrency,   ///< "USD" or "CNY"
    CapexLogScale,     ///< bool
    CapexCompanies,    ///< QStringList of entity ids
    ShowEvents,        ///< bool: dated events as vertical markers
    RecentScenarios,   ///< QStringList of paths
    CapexView,         ///< "annual", "quarterly" or "trailing"
    CapexMetric,       ///< "capex", "capex_cash" or "ai_capex"
    Theme,             ///< "system", "light" or "dark" (View → Theme)
    GuidanceYear,      ///< int: the calendar year the Guidance tracker shows
    GuidanceCompanies, ///< QStringList of entity ids on the Guidance tracker
    SecUserAgent,      ///< the User-Agent of the SEC update: a name and a contact e-mail address
    SecBaseUrl,        ///< where the SEC update fetches company facts (data.sec.gov, a mirror)
    SecTimeoutMs,      ///< int: a request fails after this long without an answer
    SecRetryDelayMs,   ///< int: the first wait before trying again after HTTP 429 or 5xx
};

class Settings
{
public:
    static QVariant value(SettingKey key);
    /// Stores `value`: value() returns it at once, and a thread of its own writes it to the
    /// settings file (writes sync the file to disk), all before the program ends.
    static void setValue(SettingKey key, const QVariant &value);
    /// Waits until every value set is in the settings file.
    static void flush();
    static QString keyName(SettingKey key);
    static QVariant defaultValue(SettingKey key);
};

} // namespace capex::ui

#pragma once

#include "dataset.h"

#include <QString>
#include <QWidget>

namespace capex::ui {

class DataStore;

/// One page of the dashboard. Pages read the store's snapshot, never the database,
/// and retranslate themselves on QEvent::LanguageChange.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(DataStore &store, QWidget *parent = nullptr);

    /// Stable id used in settings and on the command line, e.g. "capex".
    virtual QString pageId() const = 0;
    /// Title in the current language.
    virtual QString title() const = 0;
    /// Called when the store's snapshot changes (and once at start).
    virtual void refresh() = 0;

protected:
    void changeEvent(QEvent *event) override;
    virtual void retranslateUi() = 0;
    const Dataset &snapshot() const;

    DataStore &m_store;
};

} // namespace capex::ui

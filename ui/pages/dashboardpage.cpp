#include "dashboardpage.h"

#include "datastore.h"

#include <QEvent>

namespace capex::ui {

DashboardPage::DashboardPage(DataStore &store, QWidget *parent) : QWidget(parent), m_store(store) {}

void DashboardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

const Dataset &DashboardPage::snapshot() const { return m_store.snapshot(); }

} // namespace capex::ui

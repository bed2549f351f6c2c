#include "fleetpage.h"

#include "chartpanel.h"
#include "datastore.h"
#include "fleetchart.h"
#include "translation.h"

#include <QLabel>
#include <QVBoxLayout>

namespace capex::ui {

FleetPage::FleetPage(DataStore &store, QWidget *parent)
    : DashboardPage(store, parent), m_chart(new FleetChart), m_panel(new ChartPanel(m_chart, this)),
      m_reading(new QLabel(this))
{
    setObjectName(QStringLiteral("fleetPage"));
    m_reading->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_reading);
    layout->addWidget(m_panel, 1);
    retranslateUi();
}

void FleetPage::refresh()
{
    m_chart->setSnapshot(&snapshot());
    retranslateUi();
}

void FleetPage::retranslateUi()
{
    m_reading->setText(tr("Each bar is one source's range for one company; the marker is its midpoint (LessWrong) "
                          "or median (Epoch, whose Google figure counts Nvidia chips only, not TPUs). Filled: end "
                          "of 2024; hollow: 2025. Hover a marker for the figure and its source."));
}

} // namespace capex::ui

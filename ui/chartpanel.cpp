#include "chartpanel.h"

#include "dashboardchart.h"

#include <QChartView>
#include <QCursor>
#include <QLabel>
#include <QToolTip>
#include <QVBoxLayout>

namespace capex::ui {

ChartPanel::ChartPanel(DashboardChart *chart, QWidget *parent)
    : QWidget(parent), m_chart(chart), m_view(new QChartView(chart, this)), m_footer(new QLabel(this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(320, 220);
    m_footer->setObjectName(QStringLiteral("sourceCitation"));
    m_footer->setWordWrap(true);
    m_footer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont small = m_footer->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_footer->setFont(small);
    m_footer->setStyleSheet(QStringLiteral("color: #555;"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_footer);

    connect(chart, &DashboardChart::pointHovered, this, [this](const QString &text, bool state) {
        if (state)
            QToolTip::showText(QCursor::pos(), text, m_view);
        else
            QToolTip::hideText();
    });
    connect(chart, &DashboardChart::rebuilt, this, &ChartPanel::updateFooter);
    updateFooter();
}

void ChartPanel::updateFooter()
{
    const QString text = m_chart->sourcesFooter();
    m_footer->setText(text);
    m_footer->setToolTip(text);
}

} // namespace capex::ui

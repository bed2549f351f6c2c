#include "chartpanel.h"

#include "dashboardchart.h"

#include <QAction>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

namespace capex::ui {

ChartPanel::ChartPanel(DashboardChart *chart, QWidget *parent)
    : QWidget(parent), m_chart(chart), m_view(new QChartView(chart, this)), m_footer(new QLabel(this)),
      m_exportAction(new QAction(this)), m_copyAction(new QAction(this)), m_exportButton(new QToolButton(this)),
      m_copyButton(new QToolButton(this))
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
    auto *bottom = new QHBoxLayout;
    bottom->setSpacing(2);
    bottom->addWidget(m_footer, 1);
    for (QToolButton *button : {m_copyButton, m_exportButton}) {
        button->setAutoRaise(true);
        button->setFont(small);
        bottom->addWidget(button, 0, Qt::AlignTop);
    }
    layout->addLayout(bottom);

    m_exportButton->setDefaultAction(m_exportAction);
    m_copyButton->setDefaultAction(m_copyAction);
    m_exportButton->setObjectName(QStringLiteral("exportChartButton"));
    m_copyButton->setObjectName(QStringLiteral("copyChartButton"));
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addAction(m_exportAction);
    m_view->addAction(m_copyAction);
    connect(m_exportAction, &QAction::triggered, this, &ChartPanel::exportRequested);
    connect(m_copyAction, &QAction::triggered, this, &ChartPanel::copyRequested);
    retranslateUi();

    connect(chart, &DashboardChart::pointHovered, this, [this](const QString &text, bool state) {
        if (state)
            QToolTip::showText(QCursor::pos(), text, m_view);
        else
            QToolTip::hideText();
    });
    connect(chart, &DashboardChart::rebuilt, this, &ChartPanel::updateFooter);
    updateFooter();
}

void ChartPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ChartPanel::retranslateUi()
{
    m_exportAction->setText(tr("Export…"));
    m_exportAction->setToolTip(tr("Save this chart as PNG, SVG or PDF, with its sources (Ctrl+Shift+X)"));
    //: Button beside a chart: copies the chart as an image
    m_copyAction->setText(tr("Copy", "chart"));
    m_copyAction->setToolTip(tr("Copy this chart with its sources to the clipboard as an image"));
}

void ChartPanel::updateFooter()
{
    const QString text = m_chart->sourcesFooter();
    m_footer->setText(text);
    m_footer->setToolTip(text);
}

} // namespace capex::ui

#include "dashboardpage.h"

#include "chartpanel.h"
#include "dashboardchart.h"
#include "datastore.h"
#include "observationchart.h"
#include "translation.h"

#include <QAbstractButton>
#include <QChartView>
#include <QEvent>
#include <QGraphicsScene>
#include <QLayout>
#include <QPointer>

namespace capex::ui {

DashboardPage::DashboardPage(DataStore &store, QWidget *parent) : QWidget(parent), m_store(store) {}

void DashboardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

const Dataset &DashboardPage::snapshot() const { return m_store.snapshot(); }

QList<std::function<void()>> DashboardPage::companiesThenChartSteps(
    ObservationChart *chart, std::function<QStringList()> companies,
    std::function<void(const QStringList &)> addCompanyChecks, std::function<void()> finishOptions) const
{
    constexpr qsizetype boxesPerStep = 40;
    auto listed = std::make_shared<QStringList>();
    return QList<std::function<void()>>{[chart, companies, listed] {
               chart->setSnapshot(nullptr);
               *listed = companies();
           }}
        + batchSteps(listed, static_cast<qsizetype>(snapshot().entities.size()), boxesPerStep, std::move(addCompanyChecks))
        + QList<std::function<void()>>{std::move(finishOptions)}
        + chartFillSteps(chart, [this, chart] { chart->setSnapshot(&snapshot()); });
}

void DashboardPage::nameCompanyCheck(QAbstractButton *box, const QString &entityId) const
{
    const Entity *e = snapshot().entity(entityId.toStdString());
    box->setText(e ? localized(e->nameEn, e->nameZh) : entityId);
    box->setToolTip(tr("Show or hide %1").arg(box->text()));
}

QList<std::function<void()>> DashboardPage::batchSteps(std::shared_ptr<QStringList> items, qsizetype atMost,
                                                       qsizetype perStep, std::function<void(const QStringList &)> add)
{
    QList<std::function<void()>> steps;
    for (qsizetype from = 0; from < atMost; from += perStep)
        steps << [items, from, perStep, add] {
            if (from < items->size())
                add(items->mid(from, perStep));
        };
    return steps;
}

QList<std::function<void()>> DashboardPage::chartFillSteps(DashboardChart *chart, std::function<void()> fill)
{
    // The panel that shows the chart: the parent of its view.
    auto panelOf = [chart]() -> ChartPanel * {
        if (!chart->scene())
            return nullptr;
        for (QGraphicsView *view : chart->scene()->views())
            for (QObject *o = view; o; o = o->parent())
                if (auto *panel = qobject_cast<ChartPanel *>(o))
                    return panel;
        return nullptr;
    };
    auto view = std::make_shared<QPointer<QChartView>>();
    return {[panelOf, view, fill = std::move(fill)] {
                ChartPanel *panel = panelOf();
                if (panel && panel->isVisible()) {
                    *view = panel->view();
                    panel->view()->setUpdatesEnabled(false);
                }
                fill();
                if (panel && panel->isVisible() && panel->layout())
                    panel->layout()->activate();
            },
            [view] {
                if (*view)
                    (*view)->setUpdatesEnabled(true); // and repaints
            }};
}

} // namespace capex::ui

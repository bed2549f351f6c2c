#include "dashboardpage.h"

#include "chartpanel.h"
#include "chartstyle.h"
#include "dashboardchart.h"
#include "datastore.h"
#include "observationchart.h"
#include "translation.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QEvent>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QLayout>

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
        + QList<std::function<void()>>{std::move(finishOptions),
                                       chartFillStep(chart, [this, chart] { chart->setSnapshot(&snapshot()); })};
}

QCheckBox *DashboardPage::makeCompanyCheck(QWidget *parent, const QString &entityId, bool checked) const
{
    auto *box = new QCheckBox(parent);
    box->setObjectName(entityId);
    box->setChecked(checked);
    ChartStyle::markWithEntityColor(box, entityId.toStdString());
    nameCompanyCheck(box, entityId);
    return box;
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

std::function<void()> DashboardPage::chartFillStep(DashboardChart *chart, std::function<void()> fill)
{
    return [chart, fill = std::move(fill)] {
        fill();
        // The panel that shows the chart (the parent of its view), laid out now: the legend and
        // the footer came with the figures, and the chart lays itself out once, at its size.
        if (!chart->scene())
            return;
        for (QGraphicsView *view : chart->scene()->views())
            for (QObject *o = view; o; o = o->parent())
                if (auto *panel = qobject_cast<ChartPanel *>(o)) {
                    if (panel->isVisible() && panel->layout())
                        panel->layout()->activate();
                    return;
                }
    };
}

} // namespace capex::ui

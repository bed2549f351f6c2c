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
#include <QPointer>
#include <QTimer>

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

QList<std::function<void()>> DashboardPage::chartFillSteps(DashboardChart *chart, std::function<void()> fill)
{
    // What shows the chart, held from painting between the two steps: the panel of each view
    // (the legend and the footer change with the figures too), or the view outside a panel.
    auto held = std::make_shared<QList<QPointer<QWidget>>>();
    auto release = [held](bool paintNow) {
        for (const QPointer<QWidget> &widget : std::as_const(*held))
            if (widget) {
                widget->setUpdatesEnabled(true);
                if (paintNow && widget->isVisible())
                    widget->repaint();
            }
        held->clear();
    };
    auto build = [chart, fill = std::move(fill), held, release] {
        QList<ChartPanel *> panels;
        const QList<QGraphicsView *> views = chart->scene() ? chart->scene()->views() : QList<QGraphicsView *>();
        for (QGraphicsView *view : views) {
            ChartPanel *panel = nullptr;
            for (QObject *o = view; o && !panel; o = o->parent())
                panel = qobject_cast<ChartPanel *>(o);
            if (panel)
                panels << panel;
            QWidget *shows = panel ? static_cast<QWidget *>(panel) : view;
            if (shows->isVisible() && shows->updatesEnabled()) {
                shows->setUpdatesEnabled(false);
                held->append(shows);
            }
        }
        // Should the next step never come (the fill overtaken by another), they paint again
        // all the same.
        if (!held->isEmpty())
            QTimer::singleShot(releaseAtTheLatestMs, chart, [release] { release(false); });
        fill();
        // The panel laid out now: the legend and the footer came with the figures, and the
        // chart lays itself out once, at its size.
        for (ChartPanel *panel : std::as_const(panels))
            if (panel->isVisible() && panel->layout())
                panel->layout()->activate();
    };
    return {std::move(build), [release] { release(true); }};
}

} // namespace capex::ui

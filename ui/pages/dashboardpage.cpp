#include "dashboardpage.h"

#include "chartpanel.h"
#include "chartstyle.h"
#include "dashboardchart.h"
#include "datastore.h"
#include "observationchart.h"
#include "translation.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QCoreApplication>
#include <QEvent>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QLayout>
#include <QPointer>
#include <QTimer>

#include <utility>

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
    struct Fill
    {
        QPointer<DashboardChart> chart;
        QList<QPointer<QWidget>> held;     ///< what shows the chart, held from painting
        QList<QPointer<QWidget>> layouts;  ///< what holds it, its window first: laid out in the next step
        bool laidOut = false;
    };
    auto state = std::make_shared<Fill>();
    state->chart = chart;
    // The page and the panel laid out with the chart's new legend and footer, and the chart
    // at its size (once: laid out at the old size first, and again at the new, it had been
    // twice the work). Top down: a widget resized lays out what it holds at once.
    auto layOut = [state] {
        if (std::exchange(state->laidOut, true))
            return;
        for (const QPointer<QWidget> &widget : std::as_const(state->layouts))
            if (widget) {
                // The event the first step took back: a layout, a splitter or a scroll area
                // each answer it in their way.
                QEvent request(QEvent::LayoutRequest);
                QCoreApplication::sendEvent(widget, &request);
            }
        if (QGraphicsLayout *layout = state->chart ? state->chart->layout() : nullptr; layout && !layout->isActivated())
            layout->activate();
    };
    auto release = [state, layOut](bool paintNow) {
        layOut();
        for (const QPointer<QWidget> &widget : std::as_const(state->held))
            if (widget) {
                widget->setUpdatesEnabled(true);
                if (paintNow && widget->isVisible())
                    widget->repaint();
            }
        state->held.clear();
    };
    auto build = [state, fill = std::move(fill), release] {
        DashboardChart *chart = state->chart;
        const QList<QGraphicsView *> views = chart && chart->scene() ? chart->scene()->views() : QList<QGraphicsView *>();
        for (QGraphicsView *view : views) {
            ChartPanel *panel = nullptr;
            for (QObject *o = view; o && !panel; o = o->parent())
                panel = qobject_cast<ChartPanel *>(o);
            QWidget *shows = panel ? static_cast<QWidget *>(panel) : view;
            if (shows->isVisible() && shows->updatesEnabled()) {
                shows->setUpdatesEnabled(false);
                state->held.append(shows);
            }
        }
        // Should the next steps never come (the fill overtaken by another), the chart is laid
        // out and painted all the same.
        if (!state->held.isEmpty())
            QTimer::singleShot(releaseAtTheLatestMs, chart, [release] { release(false); });
        fill();
        // The layouts the figures asked for (of the chart, its panel and the page around it)
        // are the next step's, not the events' that follow this one: those would lay the
        // chart out at its old size first.
        if (state->held.isEmpty()) {
            state->laidOut = true; // nothing on screen: laid out when it is shown
            return;
        }
        QCoreApplication::removePostedEvents(chart, QEvent::LayoutRequest);
        for (const QPointer<QWidget> &shows : std::as_const(state->held))
            for (QWidget *w = shows; w; w = w->parentWidget())
                if (!state->layouts.contains(w)) {
                    QCoreApplication::removePostedEvents(w, QEvent::LayoutRequest);
                    state->layouts.prepend(w);
                }
    };
    return {std::move(build), layOut, [release] { release(true); }};
}

} // namespace capex::ui

#include "assumptionspanel.h"
#include "chartpanel.h"
#include "capexmodel.h"
#include "capexmodelchart.h"
#include "mainwindow.h"
#include "modelpages.h"
#include "jevonschart.h"
#include "livelabel.h"
#include "scenariodocument.h"
#include "translation.h"
#include "uitestsupport.h"

#include <QChartView>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <cmath>
#include <QFile>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPainter>
#include <QValueAxis>
#include <QSlider>
#include <QTest>
#include <QTableWidget>
#include <QUndoStack>
#include <QLabel>
#include <QVBoxLayout>

using namespace capex;
using namespace capex::ui;

class ScenarioTest : public capex::testing::UiTest
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        m_doc.setDataset(m_store.snapshot());
    }
    ScenarioDocument m_doc;
};

TEST_F(ScenarioTest, EveryChangeRecomputesTheProjection)
{
    const double before = m_doc.result().years.back().spendIndex;
    int changes = 0;
    QObject::connect(&m_doc, &ScenarioDocument::changed, &m_doc, [&] { ++changes; });
    ASSERT_TRUE(m_doc.setParameter(QStringLiteral("elasticity"), 1.0));
    EXPECT_EQ(changes, 1);
    // Elasticity 1 with no adoption growth keeps spend flat: E(n) = C(n)^0 = 1.
    EXPECT_NEAR(m_doc.result().years.back().spendIndex, 1.0, 1e-12);
    EXPECT_GT(before, 1.0);
}

TEST_F(ScenarioTest, OutOfDomainValueIsRefusedAndChangesNothing)
{
    EXPECT_FALSE(m_doc.setParameter(QStringLiteral("elasticity"), 5.5)); // the domain is [0, 5]
    EXPECT_DOUBLE_EQ(m_doc.parameters().get(Parameter::Elasticity), 1.1);
    EXPECT_EQ(m_doc.undoStack()->count(), 0);
}

TEST_F(ScenarioTest, AWholeSliderDragIsOneUndoStep)
{
    const int drag = m_doc.beginDrag();
    for (double e : {1.2, 1.3, 1.4, 1.5})
        m_doc.setParameter(QStringLiteral("elasticity"), e, drag);
    m_doc.setParameter(QStringLiteral("hw_gain"), 1.3);
    EXPECT_EQ(m_doc.undoStack()->count(), 2);
    EXPECT_EQ(m_doc.undoStack()->undoText(), QStringLiteral("Change GPU price-performance gain"));
    m_doc.undoStack()->undo();
    EXPECT_DOUBLE_EQ(m_doc.parameters().get(Parameter::HwGain), 1.35);
    EXPECT_EQ(m_doc.undoStack()->undoText(), QStringLiteral("Change Demand elasticity"));
    m_doc.undoStack()->undo();
    EXPECT_DOUBLE_EQ(m_doc.parameters().get(Parameter::Elasticity), 1.1);
    m_doc.undoStack()->redo();
    EXPECT_DOUBLE_EQ(m_doc.parameters().get(Parameter::Elasticity), 1.5);
}

TEST_F(ScenarioTest, UndoTextFollowsTheLanguage)
{
    Translation::instance().setLanguage(Language::Chinese);
    m_doc.setParameter(QStringLiteral("elasticity"), 1.2);
    EXPECT_EQ(m_doc.undoStack()->undoText(), QStringLiteral("修改需求价格弹性"));
}

TEST_F(ScenarioTest, SaveAndReopenRestoresEveryParameter)
{
    m_doc.setParameter(QStringLiteral("elasticity"), 0.6);
    m_doc.setCostCurve(QStringLiteral("ark_training"));
    m_doc.setCompanies({QStringLiteral("microsoft"), QStringLiteral("meta")});
    EXPECT_TRUE(m_doc.isModified());
    const QString path = m_dir.filePath(QStringLiteral("over-built.json"));
    QString error;
    ASSERT_TRUE(m_doc.save(path, &error)) << error.toStdString();
    EXPECT_FALSE(m_doc.isModified());
    EXPECT_EQ(m_doc.displayName(), QStringLiteral("over-built"));

    ScenarioDocument other;
    other.setDataset(m_store.snapshot());
    ASSERT_TRUE(other.load(path, &error)) << error.toStdString();
    EXPECT_DOUBLE_EQ(other.parameters().get(Parameter::Elasticity), 0.6);
    EXPECT_EQ(other.parameters().costCurve(), "ark_training");
    EXPECT_DOUBLE_EQ(other.parameters().get(Parameter::CostDecline), 0.75);
    EXPECT_EQ(other.parameters().selectedCompanies(), (std::vector<std::string>{"microsoft", "meta"}));
    EXPECT_DOUBLE_EQ(other.result().years.back().requiredAiCapexUsd, m_doc.result().years.back().requiredAiCapexUsd);
}

TEST_F(ScenarioTest, ABrokenFileIsRefusedWithItsReasonAndTheScenarioIsUntouched)
{
    m_doc.setParameter(QStringLiteral("elasticity"), 1.4);
    const QString path = m_dir.filePath(QStringLiteral("broken.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"schema_version": 1, "name": "x", "parameters": {"elasticity": 7}})");
    file.close();
    QString error;
    EXPECT_FALSE(m_doc.load(path, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("broken.json"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("elasticity"))) << error.toStdString();
    EXPECT_DOUBLE_EQ(m_doc.parameters().get(Parameter::Elasticity), 1.4);
}

TEST_F(ScenarioTest, SlidersAndSpinBoxesDriveTheChartsLive)
{
    MainWindow window(m_store);
    window.show();
    auto *jevons = qobject_cast<JevonsPage *>(window.page(QStringLiteral("jevons")));
    ASSERT_TRUE(jevons);
    QSlider *slider = window.assumptions()->slider(QStringLiteral("elasticity"));
    QDoubleSpinBox *spin = window.assumptions()->spinBox(QStringLiteral("elasticity"));
    ASSERT_TRUE(slider && spin);
    // Dragging to the low end (0.6): spend falls, the reading says so, the spin box follows.
    slider->setSliderDown(true);
    EXPECT_EQ(window.document().dragParameter(), QStringLiteral("elasticity")); // the charts may lay out for its range
    slider->setValue(slider->minimum());
    slider->setSliderDown(false);
    EXPECT_TRUE(window.document().dragParameter().isEmpty());
    EXPECT_DOUBLE_EQ(spin->value(), 0.6);
    EXPECT_LT(window.document().result().years.back().spendIndex, 1.0);
    EXPECT_TRUE(jevons->readingLabel()->text().startsWith(QStringLiteral("Spend falls"))) << jevons->readingLabel()->text().toStdString();
    // An exact value typed in the spin box.
    spin->setValue(1.25);
    EXPECT_DOUBLE_EQ(window.document().parameters().get(Parameter::Elasticity), 1.25);
    EXPECT_EQ(slider->value(), 650); // (1.25 − 0.6) / (1.6 − 0.6) of 1000 steps
    EXPECT_TRUE(window.isWindowModified());
    // Undo puts the box and the slider back; the rows nobody moved keep their values.
    QDoubleSpinBox *growth = window.assumptions()->spinBox(QStringLiteral("demand_growth"));
    ASSERT_TRUE(growth);
    const double growthBefore = growth->value();
    window.document().undoStack()->undo();
    EXPECT_DOUBLE_EQ(spin->value(), 0.6);
    EXPECT_EQ(slider->value(), 0);
    EXPECT_DOUBLE_EQ(growth->value(), growthBefore);
    window.setNextAnswer(QMessageBox::Discard);
}

TEST_F(ScenarioTest, ChartsDrawDraftsWhileASliderIsHeld)
{
    MainWindow window(m_store);
    window.show();
    const auto panels = window.page(QStringLiteral("jevons"))->findChildren<ChartPanel *>();
    const auto capexPanels = window.page(QStringLiteral("capex"))->findChildren<ChartPanel *>();
    ASSERT_FALSE(panels.isEmpty());
    ASSERT_FALSE(capexPanels.isEmpty());
    auto antialiased = [](const QList<ChartPanel *> &list) {
        return std::count_if(list.begin(), list.end(), [](ChartPanel *p) {
            return p->view()->renderHints().testFlag(QPainter::Antialiasing);
        });
    };
    ASSERT_EQ(antialiased(panels), panels.size());
    QSlider *slider = window.assumptions()->slider(QStringLiteral("elasticity"));
    ASSERT_TRUE(slider);
    slider->setSliderDown(true);
    EXPECT_TRUE(window.document().isDragging());
    slider->setValue(slider->value() + 10);
    // Model charts drop the antialiasing of their lines while the slider is held; the
    // published figures' chart is not redrawn by a drag and keeps it.
    EXPECT_EQ(antialiased(panels), 0);
    EXPECT_EQ(antialiased(capexPanels), capexPanels.size());
    slider->setSliderDown(false);
    EXPECT_FALSE(window.document().isDragging());
    EXPECT_EQ(antialiased(panels), panels.size());
    window.setNextAnswer(QMessageBox::Discard);
}

TEST_F(ScenarioTest, ClosingWithUnsavedChangesAsks)
{
    MainWindow window(m_store);
    window.show();
    window.document().setParameter(QStringLiteral("elasticity"), 1.3);
    window.setNextAnswer(QMessageBox::Cancel);
    EXPECT_FALSE(window.close());
    window.setNextAnswer(QMessageBox::Discard);
    EXPECT_TRUE(window.close());
}

TEST_F(ScenarioTest, ComparingAPresetListsTheParametersThatDiffer)
{
    MainWindow window(m_store);
    window.show();
    window.compareWith(QStringLiteral("strong_jevons"));
    auto *table = window.page(QStringLiteral("jevons"))->findChild<QTableWidget *>();
    ASSERT_TRUE(table);
    EXPECT_TRUE(table->isVisible());
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->item(0, 0)->text(), QStringLiteral("Demand elasticity"));
    EXPECT_EQ(table->item(0, 2)->text(), QStringLiteral("1.6"));
    window.clearComparisons();
    EXPECT_FALSE(table->isVisible());
    window.setNextAnswer(QMessageBox::Discard);
}

TEST_F(ScenarioTest, ChartsOnPagesOutOfViewSkipUpdatesAndCatchUpWhenShown)
{
    MainWindow window(m_store);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.showPage(QStringLiteral("overview"));
    auto *panel = window.page(QStringLiteral("jevons"))->findChild<ChartPanel *>();
    ASSERT_TRUE(panel);
    auto *chart = qobject_cast<JevonsChart *>(panel->chart());
    ASSERT_TRUE(chart);
    // The spend line's last point: the spend index in the horizon year.
    auto spendAtHorizon = [chart]() -> double {
        for (QAbstractSeries *s : chart->series())
            if (auto *line = qobject_cast<QLineSeries *>(s); line && line->count() > 0
                && line->name() == QStringLiteral("Spend = price × demand"))
                return line->at(line->count() - 1).y();
        return NAN;
    };
    const double before = spendAtHorizon();
    ASSERT_TRUE(std::isfinite(before));
    int rebuilt = 0;
    QObject::connect(chart, &DashboardChart::rebuilt, chart, [&] { ++rebuilt; });

    ASSERT_TRUE(window.document().setParameter(QStringLiteral("elasticity"), 1.0));
    EXPECT_EQ(rebuilt, 0) << "a chart on a page out of view was redrawn";
    EXPECT_DOUBLE_EQ(spendAtHorizon(), before);

    window.showPage(QStringLiteral("jevons"));
    EXPECT_EQ(rebuilt, 1);
    // Elasticity 1 with no adoption growth keeps spend flat.
    EXPECT_NEAR(spendAtHorizon(), 1.0, 1e-9);
    ASSERT_TRUE(window.document().setParameter(QStringLiteral("elasticity"), 1.2));
    EXPECT_EQ(rebuilt, 2) << "the chart in view follows every change";
    EXPECT_GT(spendAtHorizon(), 1.0);
}

TEST_F(ScenarioTest, NewFiguresUnderAnOpenScenarioKeepWhatTheUserSet)
{
    ASSERT_TRUE(m_doc.setParameter(QStringLiteral("elasticity"), 1.3));
    m_doc.setCostCurve(QStringLiteral("ark_training"));
    m_doc.setNameAndNote(QStringLiteral("Bear case"), QStringLiteral("after Q3 calls"));
    const double hwGain = m_doc.parameters().get(Parameter::HwGain);
    ASSERT_GT(m_doc.undoStack()->count(), 0);

    // What the Data page does after an edit, its undo, or an import.
    m_doc.setDataset(m_store.snapshot());
    EXPECT_DOUBLE_EQ(m_doc.parameters().get(Parameter::Elasticity), 1.3);
    EXPECT_EQ(m_doc.parameters().costCurve(), "ark_training");
    EXPECT_DOUBLE_EQ(m_doc.parameters().get(Parameter::HwGain), hwGain) << "untouched: still the default";
    EXPECT_EQ(m_doc.scenario().name, QStringLiteral("Bear case").toStdString());
    EXPECT_EQ(m_doc.undoStack()->count(), 0) << "undo steps computed from the old figures are dropped";
    // 1.3 is what the result is computed from, not only what the panel shows.
    ScenarioDocument fresh;
    fresh.setDataset(m_store.snapshot());
    ASSERT_TRUE(fresh.setParameter(QStringLiteral("elasticity"), 1.3));
    fresh.setCostCurve(QStringLiteral("ark_training"));
    EXPECT_DOUBLE_EQ(m_doc.result().years.back().spendIndex, fresh.result().years.back().spendIndex);
}

TEST_F(ScenarioTest, DuringADragAxesKeepARangeThatStillFits)
{
    QValueAxis axis;
    ModelChart::fitValueAxis(&axis, 0, 760);
    ASSERT_DOUBLE_EQ(axis.max(), 800);
    // Exact fitting narrows to 0–400 for 390; kept wider, 0–800 still holds it (2.05×).
    ModelChart::fitValueAxis(&axis, 0, 390, ModelChart::Fit::KeepWider);
    EXPECT_DOUBLE_EQ(axis.max(), 800);
    // Too wide (over 2.5× what is needed): fitted as usual.
    ModelChart::fitValueAxis(&axis, 0, 300, ModelChart::Fit::KeepWider);
    EXPECT_DOUBLE_EQ(axis.max(), 300);
    // Outgrown: fitted with half the span to spare (0–500 for 310, where an exact fit is
    // 0–400), so that the drag's next steps the same way keep it.
    ModelChart::fitValueAxis(&axis, 0, 310, ModelChart::Fit::KeepWider);
    EXPECT_DOUBLE_EQ(axis.max(), 500);
    EXPECT_DOUBLE_EQ(axis.min(), 0) << "data at or above zero never get an axis below it";
    ModelChart::fitValueAxis(&axis, 0, 460, ModelChart::Fit::KeepWider);
    EXPECT_DOUBLE_EQ(axis.max(), 500);
    // Outgrown below: the spare goes below (−100 − 150), the top is fitted as usual.
    ModelChart::fitValueAxis(&axis, -100, 200, ModelChart::Fit::KeepWider);
    EXPECT_DOUBLE_EQ(axis.min(), -300);
    EXPECT_DOUBLE_EQ(axis.max(), 200);
    ModelChart::fitValueAxis(&axis, 0, 390, ModelChart::Fit::Exact);
    EXPECT_DOUBLE_EQ(axis.max(), 400);

    QLogValueAxis log;
    ModelChart::fitLogAxis(&log, 0.5, 2000, 7);
    ASSERT_DOUBLE_EQ(log.min(), 0.1);
    ASSERT_DOUBLE_EQ(log.max(), 10000);
    ModelChart::fitLogAxis(&log, 0.5, 1000, 7, ModelChart::Fit::KeepWider); // 3.3 decades needed of 5
    EXPECT_DOUBLE_EQ(log.min(), 0.1);
    EXPECT_DOUBLE_EQ(log.max(), 10000);
    ModelChart::fitLogAxis(&log, 2, 90, 7, ModelChart::Fit::KeepWider); // 1.65 of 5: too wide
    EXPECT_DOUBLE_EQ(log.min(), 1);
    EXPECT_DOUBLE_EQ(log.max(), 100);

    // A model chart fits exactly again when the slider is released.
    CapexModelChart chart(m_doc);
    QValueAxis *y = nullptr;
    for (QAbstractAxis *a : chart.axes(Qt::Vertical, nullptr))
        if (a->alignment() == Qt::AlignLeft)
            y = qobject_cast<QValueAxis *>(a);
    ASSERT_TRUE(y);
    // The plan's capex follows the AI share: with inelastic demand (little required) the plan
    // sets the axis, which at 0.5 is about half the one at 0.9.
    ASSERT_TRUE(m_doc.setParameter(QStringLiteral("elasticity"), 0.6));
    ASSERT_TRUE(m_doc.setParameter(QStringLiteral("ai_share"), 0.5));
    const double narrow = y->max();
    ASSERT_TRUE(m_doc.setParameter(QStringLiteral("ai_share"), 0.9));
    const double wide = y->max();
    ASSERT_GT(wide, 1.25 * narrow); // 0–2000 against 0–1500: nice ranges of $1,747 B and $994 B
    const int drag = m_doc.beginDrag();
    ASSERT_TRUE(m_doc.setParameter(QStringLiteral("ai_share"), 0.5, drag));
    EXPECT_DOUBLE_EQ(y->max(), wide) << "kept while the slider is held";
    m_doc.endDrag();
    EXPECT_DOUBLE_EQ(y->max(), narrow) << "fitted on release";
}

TEST_F(ScenarioTest, ValueAxesTakeQtsNiceRangeAndAreLeftAloneWhenItHolds)
{
    // The same range and ticks as QValueAxis::applyNiceNumbers from five ticks, for spans
    // over several decades and the awkward ends of each 1-2-5 step.
    for (double hi : {0.37, 1.0, 1.5, 7.3, 9.99, 10.0, 10.01, 42.0, 99.5, 180.0, 730.0, 1234.5, 5e5, 3.3e9}) {
        QValueAxis qt;
        qt.setTickCount(5);
        qt.setRange(0, hi);
        qt.applyNiceNumbers();
        QValueAxis ours;
        ModelChart::fitValueAxis(&ours, 0, hi);
        EXPECT_DOUBLE_EQ(ours.min(), qt.min()) << hi;
        EXPECT_DOUBLE_EQ(ours.max(), qt.max()) << hi;
        EXPECT_EQ(ours.tickCount(), qt.tickCount()) << hi;
        EXPECT_GE(ours.max(), hi);
    }
    // A value that stays inside the nice range changes nothing (no relayout of the labels);
    // one that leaves it does.
    QValueAxis axis;
    ModelChart::fitValueAxis(&axis, 0, 730);
    ASSERT_DOUBLE_EQ(axis.max(), 800);
    int changes = 0;
    QObject::connect(&axis, &QValueAxis::rangeChanged, &axis, [&] { ++changes; });
    ModelChart::fitValueAxis(&axis, 0, 760);
    EXPECT_EQ(changes, 0);
    ModelChart::fitValueAxis(&axis, 0, 810);
    EXPECT_EQ(changes, 1);
    EXPECT_DOUBLE_EQ(axis.max(), 1000);
}

TEST_F(ScenarioTest, ASliderStepRedrawsOnlyTheSeriesItMoves)
{
    MainWindow window(m_store);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.showPage(QStringLiteral("cost-curves"));
    auto *panel = window.page(QStringLiteral("cost-curves"))->findChild<ChartPanel *>();
    ASSERT_TRUE(panel);
    int replaced = 0;
    QXYSeries *handSet = nullptr;
    for (QAbstractSeries *s : panel->chart()->series())
        if (auto *xy = qobject_cast<QXYSeries *>(s)) {
            QObject::connect(xy, &QXYSeries::pointsReplaced, xy, [&] { ++replaced; });
            if (xy->name() == QStringLiteral("Set by hand"))
                handSet = xy;
        }
    ASSERT_TRUE(handSet);
    // The cost curves do not depend on the elasticity: nothing on the chart is redrawn.
    ASSERT_TRUE(window.document().setParameter(QStringLiteral("elasticity"), 1.3));
    EXPECT_EQ(replaced, 0);
    // The cost decline moves the curve set by hand; no legend name changes (a new name lays
    // the whole chart out again), the rate is in the line's tooltip.
    int renamed = 0;
    for (QAbstractSeries *s : panel->chart()->series())
        QObject::connect(s, &QAbstractSeries::nameChanged, s, [&] { ++renamed; });
    ASSERT_TRUE(window.document().setParameter(QStringLiteral("cost_decline"), 0.6));
    EXPECT_GE(replaced, 1);
    EXPECT_TRUE(handSet->isVisible());
    EXPECT_EQ(renamed, 0);
    // 0.4 of the base year's price a year later.
    ASSERT_GE(handSet->count(), 2);
    EXPECT_NEAR(handSet->at(1).y() / handSet->at(0).y(), 0.4, 1e-9);
    QString tip;
    QObject::connect(panel->chart(), &DashboardChart::pointHovered, panel->chart(),
                     [&](const QString &text, bool) { tip = text; });
    emit handSet->hovered(handSet->at(1), true);
    EXPECT_TRUE(tip.contains(QStringLiteral("−60%"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("index 0.4"))) << tip.toStdString();
    window.setNextAnswer(QMessageBox::Discard);
}

TEST_F(ScenarioTest, CompanyBoxesTakeTheirNamesWhenTheFiguresArriveAfterThePanel)
{
    // A large store is read after the window shows: the panel is built on an empty dataset,
    // where the companies are known by id only.
    const Dataset empty;
    ScenarioDocument doc;
    doc.setDataset(empty);
    AssumptionsPanel panel(doc);
    auto *microsoft = panel.findChild<QCheckBox *>(QStringLiteral("microsoft"));
    ASSERT_TRUE(microsoft);
    EXPECT_EQ(microsoft->text(), QStringLiteral("microsoft"));
    doc.setDataset(m_store.snapshot());
    EXPECT_EQ(microsoft->text(), QStringLiteral("Microsoft"));
    Translation::instance().setLanguage(Language::Chinese);
    EXPECT_EQ(microsoft->text(), QStringLiteral("微软"));
    Translation::instance().setLanguage(Language::English);
}

TEST_F(ScenarioTest, ACostDeclineStepLaysOutNothingInTheAssumptionsDock)
{
    // The line under the cost curve states the rate: a new text at every step of the slider.
    // It used to resize the panel in its scroll area and repaint the whole dock each time.
    MainWindow window(m_store);
    window.resize(1366, 768);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    AssumptionsPanel *panel = window.assumptions();
    QSlider *slider = panel->slider(QStringLiteral("cost_decline"));
    ASSERT_TRUE(slider);
    auto *line = panel->findChild<LiveLabel *>();
    ASSERT_TRUE(line);
    slider->setSliderDown(true);
    // The first step sets the rate by hand: its row's name turns bold, a new width.
    slider->setValue(slider->value() + 1);
    class Counter : public QObject
    {
    public:
        int layouts = 0, resizes = 0;
        bool eventFilter(QObject *, QEvent *event) override
        {
            layouts += event->type() == QEvent::LayoutRequest;
            resizes += event->type() == QEvent::Resize;
            return false;
        }
    } counter;
    panel->installEventFilter(&counter);
    panel->parentWidget()->installEventFilter(&counter); // the scroll area's viewport
    // Let that first step's layout settle however slow the build (a sanitizer's is): until
    // 100 ms pass with neither a layout nor a resize.
    for (int wait = 0; wait < 50; ++wait) {
        counter.layouts = counter.resizes = 0;
        QTest::qWait(100);
        if (counter.layouts == 0 && counter.resizes == 0)
            break;
    }
    ASSERT_EQ(counter.layouts + counter.resizes, 0) << "the first step's layout never settled";
    const QString before = line->text();
    for (int step = 0; step < 5; ++step) {
        slider->setValue(slider->value() + 1);
        QCoreApplication::processEvents();
    }
    slider->setSliderDown(false);
    EXPECT_NE(line->text(), before);
    EXPECT_TRUE(line->text().startsWith(QStringLiteral("Cost decline set by hand: −"))) << line->text().toStdString();
    EXPECT_EQ(counter.layouts, 0);
    EXPECT_EQ(counter.resizes, 0);
    panel->removeEventFilter(&counter);
    panel->parentWidget()->removeEventFilter(&counter);
    window.setNextAnswer(QMessageBox::Discard);
}

TEST_F(ScenarioTest, ALiveLabelGrowsWhenItsTextNeedsMoreLines)
{
    QWidget holder;
    auto *layout = new QVBoxLayout(&holder);
    auto *line = new LiveLabel(&holder);
    layout->addWidget(line);
    layout->addStretch();
    holder.resize(200, 300);
    line->setText(QStringLiteral("One line"));
    holder.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&holder));
    const int oneLine = line->height();
    EXPECT_GT(oneLine, 0);
    line->setText(QStringLiteral("Another line"));
    QCoreApplication::processEvents();
    EXPECT_EQ(line->height(), oneLine);
    line->setText(QStringLiteral("A sentence long enough to need three or four lines in a box two hundred pixels wide"));
    QCoreApplication::processEvents();
    EXPECT_GE(line->height(), 2 * oneLine);
    EXPECT_EQ(line->label()->geometry(), line->rect());
}

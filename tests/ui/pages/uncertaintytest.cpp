#include "fanchart.h"
#include "logaxislabels.h"
#include "goalseekdialog.h"
#include "mainwindow.h"
#include "montecarlorunner.h"
#include "scenariodocument.h"
#include "tornadochart.h"
#include "uncertaintypage.h"
#include "valuetext.h"
#include "uitestsupport.h"

#include <QChartView>
#include <QAbstractAxis>
#include <QCategoryAxis>
#include <QFontMetricsF>
#include <QGraphicsTextItem>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QChartView>
#include <QCoreApplication>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QTest>
#include <QValueAxis>

#include <algorithm>
#include <QElapsedTimer>
#include <QLabel>
#include <QProgressBar>
#include <QSpinBox>

using namespace capex;
using namespace capex::ui;

class UncertaintyTest : public capex::testing::UiTest
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        m_doc.setDataset(m_store.snapshot());
    }
    ScenarioDocument m_doc;
};

namespace {

/// Shows `window` on its Uncertainty page and waits for the page's first run; the page and
/// its progress bar (null where missing).
std::pair<UncertaintyPage *, QProgressBar *> showUncertaintyPage(MainWindow &window)
{
    window.show();
    auto *page = qobject_cast<UncertaintyPage *>(window.page(QStringLiteral("uncertainty")));
    if (!page)
        return {};
    window.showPage(QStringLiteral("uncertainty"));
    page->runner()->wait();
    return {page, page->findChild<QProgressBar *>()};
}

} // namespace

TEST_F(UncertaintyTest, RunnerDeliversPercentilesOffTheGuiThread)
{
    MonteCarloRunner runner;
    std::optional<MonteCarloResult> got;
    QObject::connect(&runner, &MonteCarloRunner::finished, &runner, [&](const MonteCarloResult &r) { got = r; });
    // idle comes after the result, once the run is over (the page hides its progress then:
    // on finished the runner still counts as running).
    int idle = 0;
    QObject::connect(&runner, &MonteCarloRunner::idle, &runner, [&] {
        EXPECT_TRUE(got);
        EXPECT_FALSE(runner.isRunning());
        ++idle;
    });
    runner.start(m_doc.parameters(), m_doc.uncertain(), 2000, 42);
    EXPECT_TRUE(runner.isRunning());
    runner.wait();
    EXPECT_EQ(idle, 1);
    ASSERT_TRUE(got);
    EXPECT_EQ(got->runs, 2000);
    ASSERT_EQ(got->years.size(), 11u); // 2025–2035
    const Percentiles &p = got->years.back().spendIndex;
    EXPECT_LE(p.p5, p.p25);
    EXPECT_LE(p.p25, p.p50);
    EXPECT_LE(p.p50, p.p75);
    EXPECT_LE(p.p75, p.p95);
    EXPECT_LT(p.p5, p.p95);
}

TEST_F(UncertaintyTest, ARunnerDestroyedMidRunStopsItsWorkerAndDeliversNothing)
{
    int delivered = 0;
    {
        MonteCarloRunner runner;
        QObject::connect(&runner, &MonteCarloRunner::finished, &runner, [&] { ++delivered; });
        runner.start(m_doc.parameters(), m_doc.uncertain(), 2000, 1);
        runner.wait(); // the worker thread is up and idle
        ASSERT_EQ(delivered, 1);
        runner.start(m_doc.parameters(), m_doc.uncertain(), MonteCarlo::maxRuns, 1);
        ASSERT_TRUE(runner.isRunning());
    } // cancels the million runs and joins the worker; its outcome is never delivered
    QCoreApplication::processEvents();
    EXPECT_EQ(delivered, 1);
}

TEST_F(UncertaintyTest, ABackgroundRunFinishesWithTheSamePercentiles)
{
    // The runs a slider drag starts leave a core to the GUI thread; a seed gives the same
    // figures whatever the share.
    MonteCarloRunner runner;
    std::vector<MonteCarloResult> got;
    QObject::connect(&runner, &MonteCarloRunner::finished, &runner, [&](const MonteCarloResult &r) { got.push_back(r); });
    runner.start(m_doc.parameters(), m_doc.uncertain(), 5000, 7, MonteCarloRunner::Share::Background);
    runner.wait();
    runner.start(m_doc.parameters(), m_doc.uncertain(), 5000, 7, MonteCarloRunner::Share::Normal);
    runner.wait();
    ASSERT_EQ(got.size(), 2u);
    const Percentiles &background = got[0].years.back().requiredAiCapexUsd, &normal = got[1].years.back().requiredAiCapexUsd;
    EXPECT_GT(normal.p95, normal.p5);
    EXPECT_EQ(background.p5, normal.p5);
    EXPECT_EQ(background.p50, normal.p50);
    EXPECT_EQ(background.p95, normal.p95);
}

TEST_F(UncertaintyTest, StartingAgainCancelsTheRunUnderWayAndRunsTheNewOne)
{
    MonteCarloRunner runner;
    int finished = 0, cancelled = 0;
    std::optional<MonteCarloResult> last;
    QObject::connect(&runner, &MonteCarloRunner::finished, &runner, [&](const MonteCarloResult &r) {
        ++finished;
        last = r;
    });
    QObject::connect(&runner, &MonteCarloRunner::cancelled, &runner, [&] { ++cancelled; });
    runner.start(m_doc.parameters(), m_doc.uncertain(), 1000000, 1);
    runner.start(m_doc.parameters(), m_doc.uncertain(), 3000, 2);
    runner.wait();
    ASSERT_TRUE(last);
    EXPECT_EQ(last->runs, 3000);
    EXPECT_EQ(last->seed, 2u);
    EXPECT_EQ(finished + cancelled, 2);
}

TEST_F(UncertaintyTest, FanChartDrawsBandsMedianAndTheDeterministicLine)
{
    FanChart chart(m_doc, ModelOutput::SpendIndex);
    MonteCarloOptions options;
    options.runs = 2000;
    auto result = MonteCarlo::run(m_doc.parameters(), options);
    ASSERT_TRUE(result.ok());
    chart.setResult(result.value());
    int lines = 0, areas = 0;
    for (QAbstractSeries *s : chart.series()) {
        lines += s->type() == QAbstractSeries::SeriesTypeLine;
        areas += s->type() == QAbstractSeries::SeriesTypeArea;
        if (auto *line = qobject_cast<QLineSeries *>(s); line && line->name() == QStringLiteral("Median (P50)")) {
            ASSERT_EQ(line->count(), 11); // 2025–2035
            EXPECT_DOUBLE_EQ(line->at(10).y(), result->years.back().spendIndex.p50);
        }
    }
    EXPECT_EQ(areas, 2);
    EXPECT_EQ(lines, 2);
    EXPECT_TRUE(chart.sourcesFooter().contains(QStringLiteral("2000 runs")));
}

TEST_F(UncertaintyTest, FanChartWaitsForTheRunAChangeStartsAndRedrawsOnce)
{
    FanChart chart(m_doc, ModelOutput::SpendIndex);
    QLineSeries *deterministic = nullptr;
    for (QAbstractSeries *s : chart.series())
        if (s->name() == QStringLiteral("Deterministic projection"))
            deterministic = qobject_cast<QLineSeries *>(s);
    ASSERT_TRUE(deterministic);
    int replaced = 0;
    QObject::connect(deterministic, &QXYSeries::pointsReplaced, deterministic, [&] { ++replaced; });
    auto atHorizon = [&] { return deterministic->at(deterministic->count() - 1).y(); };
    const double before = atHorizon();

    // Runs follow changes (the page's "rerun" box): the line waits for the run's result.
    chart.setRunsFollowChanges(true);
    ASSERT_TRUE(m_doc.setParameter(QStringLiteral("elasticity"), 1.3));
    EXPECT_EQ(replaced, 0);
    EXPECT_DOUBLE_EQ(atHorizon(), before);
    MonteCarloOptions options;
    options.runs = 2000;
    auto result = MonteCarlo::run(m_doc.parameters(), options);
    ASSERT_TRUE(result.ok());
    chart.setResult(result.value());
    EXPECT_EQ(replaced, 1) << "line and fan in one redraw";
    EXPECT_DOUBLE_EQ(atHorizon(), m_doc.result().years.back().spendIndex);

    // A result that does not come (a failed or slow run): the line follows after a while.
    ASSERT_TRUE(m_doc.setParameter(QStringLiteral("elasticity"), 1.4));
    EXPECT_EQ(replaced, 1);
    EXPECT_TRUE(QTest::qWaitFor([&] { return replaced == 2; }, 20 * FanChart::resultWait));
    EXPECT_DOUBLE_EQ(atHorizon(), m_doc.result().years.back().spendIndex);

    // Without the box, every change redraws at once.
    chart.setRunsFollowChanges(false);
    ASSERT_TRUE(m_doc.setParameter(QStringLiteral("elasticity"), 1.5));
    EXPECT_EQ(replaced, 3);
}

TEST_F(UncertaintyTest, FanChartTurnsToALogAxisOnlyWhenTheTailRunsFarAboveTheMedian)
{
    FanChart chart(m_doc, ModelOutput::SpendIndex);
    auto shownAxis = [&chart]() -> QAbstractAxis * {
        QAbstractAxis *shown = nullptr;
        for (QAbstractAxis *axis : chart.axes(Qt::Vertical))
            if (axis->isVisible() && axis->objectName() != QLatin1String("logAxisLabels")) {
                EXPECT_EQ(shown, nullptr) << "two vertical axes shown";
                shown = axis;
            }
        return shown;
    };
    MonteCarloOptions options;
    options.runs = 2000;
    // Drawing only the GPU life leaves the spend index untouched: every percentile equal.
    options.uncertain = {"useful_life"};
    auto narrow = MonteCarlo::run(m_doc.parameters(), options);
    ASSERT_TRUE(narrow.ok());
    chart.setResult(narrow.value());
    ASSERT_TRUE(shownAxis());
    EXPECT_EQ(shownAxis()->type(), QAbstractAxis::AxisTypeValue);

    // Elasticity and cost decline together: the 2035 P95 lies orders of magnitude above the median.
    options.uncertain = {"cost_decline", "elasticity"};
    auto wide = MonteCarlo::run(m_doc.parameters(), options);
    ASSERT_TRUE(wide.ok());
    const Percentiles &last = wide->years.back().spendIndex;
    ASSERT_GT(last.p95 / last.p50, 20.0);
    chart.setResult(wide.value());
    ASSERT_TRUE(shownAxis());
    ASSERT_EQ(shownAxis()->type(), QAbstractAxis::AxisTypeLogValue);
    auto *log = static_cast<QLogValueAxis *>(shownAxis());
    EXPECT_LE(log->min(), last.p5);
    EXPECT_GE(log->max(), last.p95);
    EXPECT_TRUE(log->titleText().contains(QStringLiteral("log scale")));
    // Its labels read as numbers people write, one a decade from bottom to top ("%g" wrote
    // "1e+06"), printed beside it by a category axis that follows its range.
    QCategoryAxis *labels = LogAxisLabels::labelsOf(log);
    ASSERT_TRUE(labels);
    EXPECT_TRUE(labels->isVisible());
    EXPECT_FALSE(log->labelsVisible());
    EXPECT_EQ(labels->titleText(), log->titleText());
    const QStringList texts = labels->categoriesLabels();
    ASSERT_EQ(texts.size(), std::lround(std::log10(log->max() / log->min()) / std::log10(log->base())) + 1);
    EXPECT_EQ(texts.first(), logAxisLabelText(log->min()));
    EXPECT_EQ(texts.last(), logAxisLabelText(log->max()));
    EXPECT_DOUBLE_EQ(labels->endValue(texts.last()), std::log10(log->max()));
    for (const QString &text : texts)
        EXPECT_FALSE(text.contains(QLatin1Char('e'))) << text.toStdString();
    for (QAbstractSeries *s : chart.series())
        EXPECT_TRUE(s->attachedAxes().contains(log)) << s->name().toStdString();

    // A deterministic line far above the median does not hide it: at an elasticity of 1.5
    // the deterministic spend ends about 150 times above the median, the P95 about 8 times
    // above the deterministic line, and a linear axis drew the median flat along zero.
    ASSERT_TRUE(m_doc.setParameter(QStringLiteral("elasticity"), 1.5));
    options.uncertain = MonteCarlo::defaultUncertain();
    auto elastic = MonteCarlo::run(m_doc.parameters(), options);
    ASSERT_TRUE(elastic.ok());
    const double deterministic = m_doc.result().years.back().spendIndex;
    const Percentiles &end = elastic->years.back().spendIndex;
    ASSERT_GT(deterministic / end.p50, 20.0);
    ASSERT_LT(end.p95 / deterministic, 20.0);
    chart.setResult(elastic.value());
    ASSERT_TRUE(shownAxis());
    EXPECT_EQ(shownAxis()->type(), QAbstractAxis::AxisTypeLogValue);
    m_doc.resetParameter(QStringLiteral("elasticity"));
    chart.setResult(wide.value());

    // And back: a narrow result returns the linear axis — but not while a slider is held
    // (each step's runs near the threshold would flip it back and forth): on release.
    m_doc.beginDrag();
    chart.setResult(narrow.value());
    EXPECT_EQ(shownAxis()->type(), QAbstractAxis::AxisTypeLogValue);
    m_doc.endDrag();
    EXPECT_EQ(shownAxis()->type(), QAbstractAxis::AxisTypeValue);
    EXPECT_FALSE(labels->isVisible()) << "the log axis' labels go with it";
}

TEST_F(UncertaintyTest, TornadoPutsTheLargestSwingOnTop)
{
    TornadoChart chart(m_doc);
    chart.setOutput(ModelOutput::SpendIndex, 2030);
    const TornadoResult &r = chart.result();
    ASSERT_GE(r.bars.size(), 3u);
    for (std::size_t i = 1; i < r.bars.size(); ++i)
        EXPECT_GE(r.bars[i - 1].swing, r.bars[i].swing);
    // Spend depends on cost decline, elasticity, demand growth and the shock only: with
    // no shock, one of the first two moves it most.
    const QString top = chart.order().first();
    EXPECT_TRUE(top == QStringLiteral("elasticity") || top == QStringLiteral("cost_decline")) << top.toStdString();

    // Every drawn bar has its label, the top one first, with its values.
    const auto drawn = std::count_if(r.bars.begin(), r.bars.end(), [](const TornadoBar &b) {
        return b.outputAtLow && b.outputAtHigh && b.swing > 0;
    });
    ASSERT_GE(drawn, 3);
    ASSERT_EQ(chart.rowLabels().size(), drawn);
    // (The label's text keeps its range on one line with word joiners, which show as nothing.)
    const QString first = chart.rowLabels().first()->toPlainText().remove(QChar(0x2060));
    EXPECT_TRUE(first.contains(top == QStringLiteral("elasticity") ? QStringLiteral("elasticity") : QStringLiteral("Cost decline")))
        << first.toStdString();
    EXPECT_TRUE(first.contains(QStringLiteral(" – "))) << "the parameter's low and high values";
    EXPECT_EQ(chart.rowLabels().first()->toolTip(), first);
}

// In a column as narrow as a laptop leaves it, each row's label is whole, wrapped within the
// plot where it must be (the range not split), above its bar and clear of the next row;
// Qt Charts' category axis gave them 40 % of the chart and cut them to "Demand elasti…".
TEST_F(UncertaintyTest, TornadoRowLabelsWrapAboveTheirBarsInANarrowChart)
{
    auto *chart = new TornadoChart(m_doc);
    QChartView view(chart);
    view.resize(260, 560);
    view.show();
    chart->setOutput(ModelOutput::RequiredAiCapexUsd, 2030);
    QCoreApplication::processEvents();
    const QRectF plot = chart->plotArea();
    ASSERT_GT(plot.width(), 100);
    const QList<QGraphicsTextItem *> &labels = chart->rowLabels();
    ASSERT_GE(labels.size(), 5);
    const QList<QAbstractSeries *> series = chart->series(); // two legend keys, then two bars a row
    bool wrapped = false;
    double bottom = plot.top() - 1;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const QString text = labels.at(i)->toPlainText().remove(QChar(0x2060));
        const QRectF box = labels.at(i)->mapRectToParent(labels.at(i)->boundingRect());
        EXPECT_FALSE(text.endsWith(QChar(0x2026)) || text.endsWith(QLatin1String("..."))) << text.toStdString();
        EXPECT_TRUE(text.contains(QStringLiteral(" – "))) << text.toStdString();
        EXPECT_GE(box.left(), plot.left() - 0.5);
        EXPECT_LE(box.right(), plot.right() + 0.5) << text.toStdString();
        EXPECT_GE(box.top(), bottom - 0.5) << text.toStdString() << ": over the row above";
        const double line = QFontMetricsF(labels.at(i)->font()).lineSpacing();
        wrapped = wrapped || box.height() > 1.5 * line;
        // The range keeps together: a wrapped label's last line starts with its "(".
        if (box.height() > 1.5 * line) {
            const QTextBlock block = labels.at(i)->document()->firstBlock();
            const QTextLine last = block.layout()->lineAt(block.layout()->lineCount() - 1);
            EXPECT_TRUE(block.text().mid(last.textStart()).trimmed().startsWith(QLatin1Char('('))) << text.toStdString();
        }
        auto *low = qobject_cast<QLineSeries *>(series.at(2 + 2 * i));
        ASSERT_TRUE(low && low->count() == 2);
        const double barY = chart->mapToPosition(low->at(0), low).y();
        const double half = low->pen().widthF() / 2;
        EXPECT_GE(barY - half, box.bottom() - 0.5) << text.toStdString() << ": the bar is under its label";
        bottom = barY + half;
    }
    EXPECT_LE(bottom, plot.bottom() + 0.5);
    EXPECT_TRUE(wrapped) << "at 260 px some label needs a second line: the test proves nothing";
}

// A fan's vertical axis title as its plot gets lower: whole, then brief, then (too low even
// for that) on a line under the chart's title; and whole again when there is room.
TEST_F(UncertaintyTest, AFansAxisTitleIsBriefOrUnderTheChartTitleWhereThePlotIsLow)
{
    auto *fan = new FanChart(m_doc, ModelOutput::RequiredH100e);
    QChartView view(fan);
    view.show();
    enum State { Whole, Brief, UnderTitle };
    auto stateAt = [&](int height) -> int {
        view.resize(420, height);
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        for (QAbstractAxis *axis : fan->axes(Qt::Vertical)) {
            if (!axis->isVisible())
                continue;
            const QString whole = DashboardChart::axisTitle(axis);
            if (!whole.startsWith(QStringLiteral("H100 equivalents")))
                continue;
            if (!axis->isTitleVisible())
                return fan->title().contains(QStringLiteral("Million H100e")) ? UnderTitle : -1;
            if (fan->title().contains(QStringLiteral("H100e")))
                return -2; // shown twice
            return axis->titleText() == whole ? Whole : axis->titleText().startsWith(QStringLiteral("Million H100e")) ? Brief : -3;
        }
        return -4;
    };
    QList<int> seen;
    for (int height = 800; height >= 150; height -= 10) {
        const int state = stateAt(height);
        ASSERT_GE(state, 0) << "at " << height << " px: " << state;
        if (seen.isEmpty() || seen.last() != state)
            seen << state;
    }
    EXPECT_EQ(seen, (QList<int>{Whole, Brief, UnderTitle}));
    EXPECT_EQ(stateAt(800), Whole) << "with room again, the whole title beside the axis";
    EXPECT_FALSE(fan->title().contains(QStringLiteral("H100e")));
}

TEST_F(UncertaintyTest, TornadoStepKeepsItsSeriesAndMovesTheBarEnds)
{
    TornadoChart chart(m_doc);
    chart.setOutput(ModelOutput::SpendIndex, 2030);
    const QList<QAbstractSeries *> before = chart.series();
    const QStringList order = chart.order();
    // The bar ends of the elasticity, at its low and high end, in the order drawn.
    auto elasticityEnds = [&chart]() -> std::pair<double, double> {
        const QStringList names = chart.shownOrder();
        const auto i = names.indexOf(QStringLiteral("elasticity"));
        const auto *low = qobject_cast<QLineSeries *>(chart.series().at(2 + 2 * i));
        const auto *high = qobject_cast<QLineSeries *>(chart.series().at(3 + 2 * i));
        return {low->at(1).x(), high->at(1).x()};
    };
    const auto [lowBefore, highBefore] = elasticityEnds();
    // A small step of demand growth: the order holds, every end moves, nothing is remade.
    ASSERT_TRUE(m_doc.setParameter(QStringLiteral("demand_growth"), 1.05));
    ASSERT_EQ(chart.order(), order);
    EXPECT_EQ(chart.series(), before);
    const auto [lowAfter, highAfter] = elasticityEnds();
    EXPECT_NE(lowAfter, lowBefore);
    EXPECT_NE(highAfter, highBefore);
    // The ends are the tornado's own figures (spend index, no unit scale).
    const TornadoResult &r = chart.result();
    const auto bar = std::find_if(r.bars.begin(), r.bars.end(), [](const TornadoBar &b) { return b.parameter == "elasticity"; });
    ASSERT_NE(bar, r.bars.end());
    EXPECT_DOUBLE_EQ(lowAfter, *bar->outputAtLow);
    EXPECT_DOUBLE_EQ(highAfter, *bar->outputAtHigh);
    // Another output: the bars are made again, with their new labels.
    chart.setOutput(ModelOutput::RequiredH100e, 2030);
    EXPECT_NE(chart.series(), before);
}

TEST_F(UncertaintyTest, TornadoValueAxisHasFewerTicksWhereItIsNarrow)
{
    auto *chart = new TornadoChart(m_doc);
    QChartView view(chart);
    auto ticksAt = [&](int width) {
        view.resize(width, 500);
        view.show();
        QCoreApplication::processEvents();
        auto *x = qobject_cast<QValueAxis *>(chart->axes(Qt::Horizontal).value(0));
        return x ? x->tickCount() : -1;
    };
    // Required AI capex in USD billions: labels of four digits ("3000").
    const int wide = ticksAt(1400);
    const int narrow = ticksAt(220); // the bars now take the chart's whole width
    EXPECT_GE(wide, 4) << narrow;
    EXPECT_GE(narrow, 3);
    EXPECT_LT(narrow, wide);
    auto *x = qobject_cast<QValueAxis *>(chart->axes(Qt::Horizontal).value(0));
    ASSERT_TRUE(x);
    EXPECT_GE(x->min(), 0) << "the bars all start right of zero";
}

TEST_F(UncertaintyTest, TornadoBarsKeepTheirPlacesDuringADrag)
{
    TornadoChart chart(m_doc);
    chart.setOutput(ModelOutput::SpendIndex, 2030);
    // Below 1 (at exactly 1 spend does not depend on the price: two bars vanish).
    ASSERT_TRUE(m_doc.setParameter(QStringLiteral("elasticity"), 0.95));
    const QStringList before = chart.shownOrder(); // the bars drawn: those with a swing
    ASSERT_GE(before.size(), 3);
    auto ranked = [&] { // the drawn bars by swing
        QStringList names = chart.order();
        names.removeIf([&](const QString &n) { return !before.contains(n); });
        return names.join(QLatin1Char(' ')).toStdString();
    };
    auto shown = [&] { return chart.shownOrder().join(QLatin1Char(' ')).toStdString(); };
    ASSERT_EQ(ranked(), shown());
    const std::string initially = shown();
    const QList<QAbstractSeries *> series = chart.series();
    // Dragging the elasticity to its low end reranks the bars by swing; drawn, they stay
    // put (and so do the series) until the slider is released.
    const int drag = m_doc.beginDrag();
    for (double e : {0.9, 0.8, 0.7, 0.65, 0.6})
        ASSERT_TRUE(m_doc.setParameter(QStringLiteral("elasticity"), e, drag));
    ASSERT_NE(ranked(), initially);
    EXPECT_EQ(shown(), initially);
    EXPECT_EQ(chart.series(), series);
    m_doc.endDrag();
    EXPECT_EQ(shown(), ranked());
    EXPECT_NE(shown(), initially);
}

TEST_F(UncertaintyTest, ATornadoBarThatVanishesDuringADragKeepsAnEmptyRowTillRelease)
{
    TornadoChart chart(m_doc);
    chart.setOutput(ModelOutput::SpendIndex, 2030);
    ASSERT_TRUE(m_doc.setParameter(QStringLiteral("elasticity"), 0.95));
    const QStringList before = chart.shownOrder();
    auto text = [](const QStringList &names) { return names.join(QLatin1Char(' ')).toStdString(); };
    const QList<QAbstractSeries *> series = chart.series();
    // At an elasticity of exactly 1 spend does not depend on the price: the price bars' swing
    // falls to nothing. Held, they keep their rows (drawn empty) and no series is remade.
    const int drag = m_doc.beginDrag();
    ASSERT_TRUE(m_doc.setParameter(QStringLiteral("elasticity"), 1.0, drag));
    EXPECT_EQ(text(chart.shownOrder()), text(before));
    EXPECT_EQ(chart.series(), series);
    m_doc.endDrag();
    QStringList vanished = before;
    vanished.removeIf([&](const QString &n) { return chart.shownOrder().contains(n); });
    ASSERT_FALSE(vanished.isEmpty()) << "released, the bars with no swing are dropped";
    EXPECT_EQ(chart.shownOrder().size() + vanished.size(), before.size());
    // Held again at 1: each vanished bar's row is there, its two segments of no length.
    ASSERT_TRUE(m_doc.setParameter(QStringLiteral("elasticity"), 0.95));
    const int again = m_doc.beginDrag();
    ASSERT_TRUE(m_doc.setParameter(QStringLiteral("elasticity"), 1.0, again));
    const QList<QAbstractSeries *> drawn = chart.series(); // two legend keys, then two segments a row
    for (const QString &name : vanished) {
        const qsizetype row = chart.shownOrder().indexOf(name);
        ASSERT_GE(row, 0) << name.toStdString();
        for (qsizetype end : {0, 1}) {
            auto *segment = qobject_cast<QLineSeries *>(drawn.at(2 + 2 * row + end));
            ASSERT_TRUE(segment && segment->count() == 2);
            EXPECT_DOUBLE_EQ(segment->at(0).x(), segment->at(1).x()) << name.toStdString();
        }
    }
    m_doc.endDrag();
}

// Pressed, a slider tells the chart which parameter it moves; the tornado is worked out
// along that slider's range, and its rows and value axis stay as they are until release:
// no bar appearing, no value outgrowing the axis relays the chart out mid-drag (7-10 ms a
// step). Released, the bars are sorted again and the empty ones dropped.
TEST_F(UncertaintyTest, ADraggedSlidersRowsAndValueAxisHoldStillForTheWholeDrag)
{
    TornadoChart chart(m_doc);
    chart.setOutput(ModelOutput::RequiredAiCapexUsd, 2030);
    const QString elasticity = QStringLiteral("elasticity");
    ASSERT_TRUE(m_doc.setParameter(elasticity, 1.0));
    auto barsWithSwing = [&] {
        QStringList names;
        for (const TornadoBar &bar : chart.result().bars)
            if (bar.swing > 0)
                names << QString::fromStdString(bar.parameter);
        return names;
    };
    const QStringList atPress = barsWithSwing();
    auto text = [](const QStringList &names) { return names.join(QLatin1Char(' ')).toStdString(); };

    const int drag = m_doc.beginDrag(elasticity);
    const QStringList rows = chart.shownOrder();
    const QList<QAbstractSeries *> series = chart.series();
    auto *x = qobject_cast<QValueAxis *>(chart.axes(Qt::Horizontal).value(0));
    ASSERT_TRUE(x);
    const double min = x->min(), max = x->max();
    QStringList everSeen;
    for (int step = 0; step <= 100; ++step) {
        ASSERT_TRUE(m_doc.setParameter(elasticity, 0.6 + step * 0.01, drag));
        for (const QString &name : barsWithSwing()) {
            EXPECT_TRUE(rows.contains(name)) << name.toStdString() << " at step " << step;
            if (!everSeen.contains(name))
                everSeen << name;
        }
        EXPECT_EQ(text(chart.shownOrder()), text(rows)) << "step " << step;
        EXPECT_EQ(chart.series(), series) << "step " << step;
        EXPECT_EQ(x->min(), min) << "step " << step;
        EXPECT_EQ(x->max(), max) << "step " << step;
        for (qsizetype s = 2; s < series.size(); ++s) {
            auto *segment = qobject_cast<QLineSeries *>(series.at(s));
            for (const QPointF &p : segment->points())
                EXPECT_TRUE(p.x() >= min && p.x() <= max) << p.x() << " outside " << min << "–" << max;
        }
    }
    // The sweep needed the hold: some bar had no swing at the press and one later.
    everSeen.removeIf([&](const QString &n) { return atPress.contains(n); });
    ASSERT_FALSE(everSeen.isEmpty()) << "no bar appeared along the range: the test proves nothing";

    m_doc.endDrag();
    EXPECT_EQ(text(chart.shownOrder()), text(barsWithSwing())) << "released: sorted by swing, empty rows gone";
}

TEST_F(UncertaintyTest, GoalSeekFindsTheElasticityThatKeepsSpendFlat)
{
    GoalSeekDialog dialog(m_doc);
    dialog.setChoice(QStringLiteral("spend_index"), 2030, 1.0, QStringLiteral("elasticity"));
    dialog.solve();
    ASSERT_TRUE(dialog.canApply()) << dialog.answerText().toStdString();
    EXPECT_TRUE(dialog.answerText().contains(QStringLiteral("= 1"))) << dialog.answerText().toStdString();
    dialog.apply();
    EXPECT_NEAR(m_doc.parameters().get(Parameter::Elasticity), 1.0, 1e-9);
    EXPECT_NEAR(m_doc.result().year(2030)->spendIndex, 1.0, 1e-9);
}

TEST_F(UncertaintyTest, GoalSeekSaysPlainlyWhenTheTargetIsOutOfReach)
{
    GoalSeekDialog dialog(m_doc);
    dialog.setChoice(QStringLiteral("spend_index"), 2030, -1, QStringLiteral("elasticity"));
    dialog.solve();
    EXPECT_FALSE(dialog.canApply());
    EXPECT_TRUE(dialog.answerText().startsWith(QStringLiteral("Out of reach"))) << dialog.answerText().toStdString();
    EXPECT_TRUE(dialog.answerText().contains(QStringLiteral("(0 – 5)"))) << dialog.answerText().toStdString();
    EXPECT_TRUE(dialog.answerText().contains(QStringLiteral("from 5.38e-05 to 1.2e+17"))) << dialog.answerText().toStdString();
}

TEST_F(UncertaintyTest, GoalSeekReachesIntoTheValidDomainAndTheSliderPinsAtItsEnd)
{
    GoalSeekDialog dialog(m_doc);
    dialog.setChoice(QStringLiteral("spend_index"), 2030, 1e9, QStringLiteral("elasticity"));
    dialog.solve();
    ASSERT_TRUE(dialog.canApply()) << dialog.answerText().toStdString();
    EXPECT_TRUE(dialog.answerText().contains(QStringLiteral("outside"))) << dialog.answerText().toStdString();
    dialog.apply();
    const double e = m_doc.parameters().get(Parameter::Elasticity);
    EXPECT_GT(e, 1.6);
    EXPECT_LE(e, 5.0);
    EXPECT_NEAR(m_doc.result().year(2030)->spendIndex / 1e9, 1.0, 1e-9);
}

TEST_F(UncertaintyTest, MovingAnAssumptionWhileThePageIsShownRerunsTheSimulation)
{
    MainWindow window(m_store);
    window.show();
    auto *page = qobject_cast<UncertaintyPage *>(window.page(QStringLiteral("uncertainty")));
    ASSERT_TRUE(page);
    page->runsBox()->setValue(1000);
    window.showPage(QStringLiteral("uncertainty"));
    page->runner()->wait();
    ASSERT_TRUE(page->lastResult());
    const double before = page->lastResult()->years.back().spendIndex.p50;
    auto *bar = page->findChild<QProgressBar *>();
    ASSERT_TRUE(bar);
    EXPECT_FALSE(bar->isVisible());
    window.document().setParameter(QStringLiteral("demand_growth"), 1.2);
    // A run of a few milliseconds does not flash the progress bar and the status: they
    // show only once a run has taken UncertaintyPage::busyDelay (the timer cannot have
    // fired yet: no event has been handled since the change).
    EXPECT_TRUE(page->runner()->isRunning());
    EXPECT_FALSE(bar->isVisible());
    page->runner()->wait();
    EXPECT_GT(page->lastResult()->years.back().spendIndex.p50, before);
    EXPECT_FALSE(bar->isVisible());
    window.setNextAnswer(QMessageBox::Discard);
}

TEST_F(UncertaintyTest, ADragRunsPreviewsAndTheChosenRunsWhenTheSliderIsLetGo)
{
    MainWindow window(m_store);
    const auto [page, bar] = showUncertaintyPage(window);
    ASSERT_TRUE(page);
    ASSERT_EQ(page->runsBox()->value(), 10000);
    const auto status = [page] {
        QStringList texts;
        for (const QLabel *label : page->findChildren<QLabel *>())
            texts << label->text();
        return texts.join(QLatin1Char('|'));
    };
    ASSERT_EQ(page->lastResult()->runs, 10000);
    EXPECT_TRUE(status().contains(QStringLiteral("10,000 runs done"))) << status().toStdString();

    ScenarioDocument &doc = window.document();
    const int drag = doc.beginDrag();
    doc.setParameter(QStringLiteral("demand_growth"), 1.2, drag);
    page->runner()->wait();
    EXPECT_EQ(page->lastResult()->runs, UncertaintyPage::dragRuns);
    EXPECT_TRUE(status().contains(QStringLiteral("2,000 runs while the slider moves"))) << status().toStdString();
    const double previewMedian = page->lastResult()->years.back().spendIndex.p50;

    doc.endDrag();
    EXPECT_TRUE(page->runner()->isRunning()) << "letting go reruns with the chosen number";
    page->runner()->wait();
    EXPECT_EQ(page->lastResult()->runs, 10000);
    EXPECT_TRUE(status().contains(QStringLiteral("10,000 runs done"))) << status().toStdString();
    // The preview is the first 2,000 of the same draws (seed 1): what a 2,000-run simulation
    // of the dragged-to scenario gives.
    MonteCarloOptions options;
    options.runs = UncertaintyPage::dragRuns;
    options.seed = 1;
    for (const QString &name : doc.uncertain())
        options.uncertain.push_back(name.toStdString());
    const auto direct = MonteCarlo::run(doc.parameters(), options);
    ASSERT_TRUE(direct.ok());
    EXPECT_DOUBLE_EQ(previewMedian, direct->years.back().spendIndex.p50);
    EXPECT_NE(previewMedian, page->lastResult()->years.back().spendIndex.p50);

    // Fewer runs chosen than a preview's: a drag runs them all, and letting go reruns nothing.
    page->runsBox()->setValue(1000);
    const int second = doc.beginDrag();
    doc.setParameter(QStringLiteral("demand_growth"), 1.25, second);
    page->runner()->wait();
    EXPECT_EQ(page->lastResult()->runs, 1000);
    doc.endDrag();
    EXPECT_FALSE(page->runner()->isRunning());
    window.setNextAnswer(QMessageBox::Discard);
}

TEST_F(UncertaintyTest, ADragsChainOfShortRunsNeverShowsTheProgressBar)
{
#if defined(__SANITIZE_ADDRESS__)
    // A timing property: each drag step's result must land within the busy delay (250 ms). Under
    // AddressSanitizer, with another test on the second core, a run of five outputs takes longer;
    // the release build's run of this test is the one that holds it.
    GTEST_SKIP() << "timing property, checked in the release build";
#endif
    MainWindow window(m_store);
    const auto [page, bar] = showUncertaintyPage(window);
    ASSERT_TRUE(page && bar);
    // As a slider drag does: every result that lands is followed at once by the next change,
    // so that a run is under way the whole time, for more than twice the busy delay.
    ScenarioDocument &doc = window.document();
    doc.beginDrag();
    int results = 0;
    bool everShown = false;
    double growth = 1.05;
    QObject::connect(page->runner(), &MonteCarloRunner::finished, bar, [&] {
        ++results;
        everShown = everShown || bar->isVisible();
        growth = growth < 1.3 ? growth + 0.01 : 1.05;
        doc.setParameter(QStringLiteral("demand_growth"), growth);
    });
    QElapsedTimer clock;
    clock.start();
    doc.setParameter(QStringLiteral("demand_growth"), growth);
    while (clock.elapsed() < 3 * UncertaintyPage::busyDelay) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
        everShown = everShown || bar->isVisible();
    }
    QObject::disconnect(page->runner(), &MonteCarloRunner::finished, bar, nullptr);
    doc.endDrag();
    page->runner()->wait();
    ASSERT_GE(results, 3) << "each preview lands well within the busy delay";
    EXPECT_FALSE(everShown) << "results kept landing: nothing to show progress for";
    window.setNextAnswer(QMessageBox::Discard);
}

TEST_F(UncertaintyTest, ALongRunShowsItsProgressAndCanBeCancelled)
{
    MainWindow window(m_store);
    const auto [page, bar] = showUncertaintyPage(window);
    ASSERT_TRUE(page && bar);
    // A million runs, cancelled the moment the bar shows (or, on a fast machine, done first).
    page->runsBox()->setValue(1000000);
    bool shown = false;
    QObject::connect(page->runner(), &MonteCarloRunner::progress, bar, [&] {
        if (bar->isVisible() && !shown) {
            shown = true;
            page->runner()->cancel();
        }
    });
    QElapsedTimer clock;
    clock.start();
    page->runSimulation();
    EXPECT_TRUE(QTest::qWaitFor([&] { return !page->runner()->isRunning(); }, 60000));
    if (clock.elapsed() > 2 * UncertaintyPage::busyDelay) {
        EXPECT_TRUE(shown) << "a run that outlasts the delay shows its progress";
    }
    QCoreApplication::processEvents();
    EXPECT_FALSE(bar->isVisible()) << "hidden again when the run is over";
    window.setNextAnswer(QMessageBox::Discard);
}

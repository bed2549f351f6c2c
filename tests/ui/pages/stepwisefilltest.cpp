// A page on screen when a large store's figures arrive fills in steps (DashboardPage::refreshSteps):
// the Capex and Guidance pages make their companies' check boxes 40 a step, and a chart's panel
// is laid out, at the chart's new size, in the step after the one that gives the chart its
// figures, and the chart is painted in a third step: turns of the event loop of their own. Checked here on a store of 130 companies: the
// steps end where a refresh in one go does.
#include "capexchart.h"
#include "capexpage.h"
#include "chartpanel.h"
#include "chartstyle.h"
#include "guidancepage.h"
#include "uitestsupport.h"

#include <QChartView>
#include <QCheckBox>
#include <QCoreApplication>
#include <QChart>
#include <QGraphicsLayout>
#include <QGridLayout>
#include <QTest>

#include <cstdio>

using namespace capex;
using namespace capex::ui;

namespace {

constexpr int added = 120;

/// Counts the paint events `widget` receives.
struct PaintCounter : QObject
{
    explicit PaintCounter(QWidget *widget) { widget->installEventFilter(this); }
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++count;
        return false;
    }
    int count = 0;
};

class StepwiseFillTest : public capex::testing::UiTest
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        Dataset d = m_store.snapshot();
        const Observation model = [&] {
            for (const Observation &o : d.observations)
                if (o.metric == "capex" && o.kind == Kind::Actual && o.value)
                    return o;
            return d.observations.front();
        }();
        std::int64_t rowId = 1'000'000;
        for (int c = 0; c < added; ++c) {
            char id[32];
            std::snprintf(id, sizeof id, "gen_%03d", c);
            d.entities.push_back({id, "company", "Generated company " + std::to_string(c), "生成公司" + std::to_string(c), true});
            // Every tenth has only cash capex: listed after all the companies with capex.
            Observation o = model;
            o.rowId = ++rowId;
            o.uid.clear();
            o.entity = id;
            o.metric = c % 10 == 9 ? "capex_cash" : "capex";
            o.userEntered = true;
            d.observations.push_back(o);
        }
        m_store.setSnapshot(std::move(d));
    }

    /// The page's check boxes by their place in its grid, row by row.
    static QStringList boxesInOrder(const QWidget &page)
    {
        QList<std::pair<std::pair<int, int>, QString>> placed;
        for (QCheckBox *box : page.findChildren<QCheckBox *>()) {
            auto *grid = qobject_cast<QGridLayout *>(box->parentWidget()->layout());
            if (!grid || box->objectName().isEmpty())
                continue;
            int row = 0, column = 0, rowSpan = 0, columnSpan = 0;
            grid->getItemPosition(grid->indexOf(box), &row, &column, &rowSpan, &columnSpan);
            placed.append({{row, column}, box->objectName()});
        }
        std::sort(placed.begin(), placed.end());
        QStringList ids;
        for (const auto &p : placed)
            ids << p.second;
        return ids;
    }
};

} // namespace

TEST_F(StepwiseFillTest, CapexPageMakesItsBoxesFortyAStepAndEndsAsARefreshInOneGo)
{
    CapexPage oneGo(m_store);
    oneGo.refresh();
    const QStringList expected = boxesInOrder(oneGo);
    ASSERT_GT(expected.size(), added) << "the bundled companies and the added ones";
    // Capex first (in the order of each company's first figure), cash-only companies after.
    EXPECT_LT(expected.indexOf(QStringLiteral("gen_118")), expected.indexOf(QStringLiteral("gen_009")));
    EXPECT_EQ(expected.indexOf(QStringLiteral("gen_119")), static_cast<int>(expected.size()) - 1);

    CapexPage page(m_store);
    page.resize(1200, 800);
    page.show();
    const QList<std::function<void()>> steps = page.refreshSteps();
    // The companies listed; their boxes, 40 a step; the options; the chart.
    ASSERT_GE(steps.size(), 1 + (static_cast<int>(expected.size()) + 39) / 40 + 2);
    steps.at(0)(); // the chart emptied, the companies read
    EXPECT_TRUE(boxesInOrder(page).isEmpty());
    steps.at(1)();
    EXPECT_EQ(boxesInOrder(page), expected.mid(0, 40));
    steps.at(2)();
    EXPECT_EQ(boxesInOrder(page), expected.mid(0, 80));

    auto *panel = page.findChild<ChartPanel *>();
    ASSERT_TRUE(panel);
    const qsizetype build = steps.size() - 3, layOut = steps.size() - 2;
    for (qsizetype i = 3; i < build; ++i)
        steps.at(i)();
    EXPECT_TRUE(panel->chart()->series().isEmpty()) << "the chart's turn is last but two";
    QCoreApplication::processEvents(); // the boxes and options laid out, as between steps
    const int before = panel->view()->height();
    PaintCounter paints(panel->view()->viewport());
    steps.at(build)();
    EXPECT_FALSE(panel->chart()->series().isEmpty());
    EXPECT_FALSE(panel->updatesEnabled());
    // The events that follow the build neither paint the chart nor lay it out at its old
    // size: its layout is the next step's.
    QCoreApplication::processEvents();
    EXPECT_EQ(paints.count, 0);
    EXPECT_EQ(panel->view()->height(), before);
    EXPECT_FALSE(panel->chart()->layout()->isActivated());
    steps.at(layOut)();
    // The legend came with the figures: the chart is resized for it as it lays itself out.
    EXPECT_LT(panel->view()->height(), before) << "the legend took its room";
    EXPECT_TRUE(panel->chart()->layout()->isActivated());
    EXPECT_EQ(panel->chart()->size().toSize(), panel->view()->viewport()->size());
    QCoreApplication::processEvents();
    EXPECT_EQ(paints.count, 0);
    // The chart is painted in the last step, a turn of the event loop of its own.
    steps.back()();
    EXPECT_TRUE(panel->updatesEnabled());
    EXPECT_TRUE(panel->view()->updatesEnabled());
    EXPECT_GE(paints.count, 1) << "painted in the step";
    EXPECT_EQ(boxesInOrder(page), expected);
    EXPECT_EQ(page.chart()->series().size(), oneGo.chart()->series().size());

    // Named as they are made, in the company's colour and semibold.
    auto *box = page.findChild<QCheckBox *>(QStringLiteral("gen_005"));
    ASSERT_TRUE(box);
    EXPECT_EQ(box->text(), QStringLiteral("Generated company 5"));
    EXPECT_EQ(box->toolTip(), QStringLiteral("Show or hide Generated company 5"));
    EXPECT_EQ(box->palette().color(QPalette::WindowText), ChartStyle::entityColor("gen_005").darker(115));
    EXPECT_EQ(box->font().weight(), QFont::DemiBold);
}

TEST_F(StepwiseFillTest, GuidancePageFillsInStepsToWhatARefreshGives)
{
    GuidancePage oneGo(m_store);
    oneGo.refresh();
    const QStringList expected = boxesInOrder(oneGo);
    ASSERT_GE(expected.size(), 3) << "companies with dated calendar-year guidance";

    GuidancePage page(m_store);
    page.resize(1200, 800);
    page.show();
    for (const auto &step : page.refreshSteps())
        step();
    EXPECT_EQ(boxesInOrder(page), expected);
    auto *panel = page.findChild<ChartPanel *>();
    ASSERT_TRUE(panel);
    EXPECT_EQ(panel->chart()->series().size(), oneGo.findChild<ChartPanel *>()->chart()->series().size());
    EXPECT_FALSE(panel->chart()->series().isEmpty());
}

TEST_F(StepwiseFillTest, AChartWhosePaintingStepNeverComesIsPaintedAllTheSame)
{
    CapexPage page(m_store);
    page.resize(1200, 800);
    page.show();
    auto *panel = page.findChild<ChartPanel *>();
    ASSERT_TRUE(panel);
    const QList<std::function<void()>> steps = page.refreshSteps();
    for (qsizetype i = 0; i < steps.size() - 2; ++i)
        steps.at(i)();
    // Another fill overtook this one: its last two steps are dropped.
    ASSERT_FALSE(panel->updatesEnabled());
    PaintCounter paints(panel->view()->viewport());
    EXPECT_TRUE(QTest::qWaitFor([&] { return panel->updatesEnabled(); }, 2000));
    EXPECT_TRUE(QTest::qWaitFor([&] { return paints.count > 0; }, 2000));
    EXPECT_FALSE(panel->chart()->series().isEmpty());
    EXPECT_TRUE(panel->chart()->layout()->isActivated()) << "laid out all the same";
    EXPECT_EQ(panel->chart()->size().toSize(), panel->view()->viewport()->size());
}

TEST_F(StepwiseFillTest, AChartNotOnScreenIsFilledWithoutHoldingItsView)
{
    CapexPage page(m_store); // never shown
    auto *panel = page.findChild<ChartPanel *>();
    ASSERT_TRUE(panel);
    for (const auto &step : page.refreshSteps()) {
        step();
        EXPECT_TRUE(panel->updatesEnabled());
    }
    EXPECT_FALSE(panel->chart()->series().isEmpty());
}

#include "capexchart.h"
#include "chartstyle.h"
#include "fleetchart.h"
#include "logaxislabels.h"
#include "scenariodocument.h"
#include "trainingcostchart.h"
#include "uitestsupport.h"

#include <QAbstractAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QGraphicsRectItem>
#include <QChartView>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QMetaProperty>
#include <QScatterSeries>
#include <QValueAxis>
#include <QTest>
#include <QXYSeries>

#include <cmath>

using namespace capex;
using namespace capex::ui;

class ChartTest : public capex::testing::UiTest
{
protected:
    static int pointsOf(const QChart &chart, const QString &seriesName)
    {
        for (QAbstractSeries *s : chart.series())
            if (s->name() == seriesName)
                if (auto *xy = qobject_cast<QXYSeries *>(s))
                    return static_cast<int>(xy->count());
        return -1;
    }
    /// Adds the company `id` to `d` with a copy of `estimate` as its own figure; returns the
    /// copy (valid until the next figure is added).
    static Observation &addFleetCompany(Dataset &d, const Observation &estimate, const std::string &id,
                                        const std::string &nameEn, const std::string &nameZh)
    {
        d.entities.push_back({id, "company", nameEn, nameZh, true});
        Observation o = estimate;
        o.entity = id;
        o.uid.clear();
        d.observations.push_back(std::move(o));
        return d.observations.back();
    }
};

TEST_F(ChartTest, RebuildingKeepsOneAxisPerSide)
{
    CapexChart chart;
    chart.setSnapshot(&m_store.snapshot());
    chart.configure({{QStringLiteral("meta")}, QStringLiteral("USD"), QStringLiteral("capex"), false, true});
    Translation::instance().setLanguage(Language::Chinese);
    chart.setLogScale(true);
    EXPECT_EQ(chart.axes(Qt::Horizontal).size(), 1);
    // The log axis and the labels printed beside it (LogAxisLabels), once each.
    const QList<QAbstractAxis *> vertical = chart.axes(Qt::Vertical);
    ASSERT_EQ(vertical.size(), 2);
    auto *log = qobject_cast<QLogValueAxis *>(vertical.first());
    ASSERT_TRUE(log);
    EXPECT_EQ(LogAxisLabels::labelsOf(log), vertical.last());
    chart.setLogScale(false);
    EXPECT_EQ(chart.axes(Qt::Vertical).size(), 1);
}

/// Every axis of `chart` as text: its type, side, each property and dynamic property, and its
/// categories with their ends; in the chart's order.
static QStringList describeAxes(const QChart &chart)
{
    QStringList text;
    for (const QAbstractAxis *axis : chart.axes()) {
        QString line;
        QDebug out(&line);
        out << axis->metaObject()->className() << axis->alignment();
        const QMetaObject *meta = axis->metaObject();
        for (int i = 0; i < meta->propertyCount(); ++i)
            out << meta->property(i).name() << meta->property(i).read(axis);
        for (const QByteArray &name : axis->dynamicPropertyNames())
            out << name << axis->property(name.constData());
        if (auto *categories = qobject_cast<QCategoryAxis *>(const_cast<QAbstractAxis *>(axis))) // its getters are not const
            for (const QString &label : categories->categoriesLabels())
                out << label << categories->endValue(label);
        text << line;
    }
    return text;
}

TEST_F(ChartTest, AxesOutliveARebuildAndReadAsANewChartsWould)
{
    // Qt Charts makes an axis' graphics anew whenever one is added (a rich-text item per
    // label): a rebuild keeps them, and what the last build set on them must not show.
    const CapexChart::Options wide{{QStringLiteral("microsoft"), QStringLiteral("meta"), QStringLiteral("amazon")},
                                   QStringLiteral("USD"), QStringLiteral("capex"), false, true};
    CapexChart::Options narrow{{QStringLiteral("meta")}, QStringLiteral("CNY"), QStringLiteral("capex"), false, false};
    CapexChart chart;
    chart.setSnapshot(&m_store.snapshot());
    chart.configure(wide);
    const QList<QAbstractAxis *> first = chart.axes();
    ASSERT_EQ(first.size(), 2);
    chart.configure(narrow);
    EXPECT_EQ(chart.axes(), first); // the same two axes, not new ones
    chart.configure(wide);
    EXPECT_EQ(chart.axes(), first);
    {
        CapexChart fresh;
        fresh.setSnapshot(&m_store.snapshot());
        fresh.configure(wide);
        EXPECT_EQ(describeAxes(chart), describeAxes(fresh));
    }
    // A log axis and its labels, kept likewise; then a quarterly view's category axis.
    CapexChart::Options log = wide;
    log.logScale = true;
    narrow.logScale = true;
    chart.configure(narrow);
    const QList<QAbstractAxis *> logAxes = chart.axes();
    ASSERT_EQ(logAxes.size(), 3);
    chart.configure(log);
    EXPECT_EQ(chart.axes(), logAxes);
    CapexChart::Options quarterly = wide;
    quarterly.view = CapexChart::Options::View::Quarterly;
    for (const CapexChart::Options &options : {log, quarterly}) {
        chart.configure(options);
        CapexChart fresh;
        fresh.setSnapshot(&m_store.snapshot());
        fresh.configure(options);
        EXPECT_EQ(describeAxes(chart), describeAxes(fresh));
    }
    ASSERT_EQ(chart.axes().size(), 2);
    EXPECT_TRUE(qobject_cast<QCategoryAxis *>(chart.axes(Qt::Horizontal).value(0)));
}

TEST_F(ChartTest, AnEmptiedChartHidesItsAxesUntilItsFiguresReturn)
{
    // The step that empties a chart while a large store is read keeps its axes for the next.
    auto *capex = new CapexChart;
    QChartView view(capex); // owns it
    view.resize(640, 420);
    capex->setSnapshot(&m_store.snapshot());
    capex->configure({{QStringLiteral("meta")}, QStringLiteral("USD"), QStringLiteral("capex"), false, true});
    const QList<QAbstractAxis *> axes = capex->axes();
    ASSERT_EQ(axes.size(), 2);
    capex->setSnapshot(nullptr);
    EXPECT_EQ(capex->axes(), axes);
    for (const QAbstractAxis *axis : axes)
        EXPECT_FALSE(axis->isVisible());
    capex->setSnapshot(&m_store.snapshot());
    EXPECT_EQ(capex->axes(), axes);
    for (const QAbstractAxis *axis : axes)
        EXPECT_TRUE(axis->isVisible());
    // A store whose figures the chart cannot plot leaves it no axis at all.
    const Dataset empty;
    capex->setSnapshot(&empty);
    EXPECT_TRUE(capex->axes().isEmpty());
}

TEST_F(ChartTest, CapexChartPlotsEveryActualGuidanceAndEstimateOfTheCompany)
{
    CapexChart chart;
    chart.configure({{QStringLiteral("meta")}, QStringLiteral("USD"), QStringLiteral("capex"), false, false});
    chart.setSnapshot(&m_store.snapshot());
    int actuals = 0, guidance = 0;
    for (const Observation &o : m_store.snapshot().observations)
        if (o.entity == "meta" && o.metric == "capex" && o.period.isAnnual()) {
            actuals += o.kind == Kind::Actual;
            guidance += o.kind == Kind::Guidance && !o.isStatement();
        }
    ASSERT_GE(actuals, 2);
    // The company's named series is its actuals line, one point per actual.
    EXPECT_EQ(pointsOf(chart, QStringLiteral("Meta Platforms")), actuals);
    // Each guidance figure is its own range bar: a two-point series, or one of the bars the
    // chart draws together.
    int bars = 0, first2026 = 0;
    for (QAbstractSeries *s : chart.series()) {
        auto *xy = qobject_cast<QXYSeries *>(s);
        const Observation *o = chart.observationAt(s, 0);
        if (xy && o && o->kind == Kind::Guidance && !o->isStatement()) {
            ++bars;
            EXPECT_EQ(xy->count(), 2);
        }
    }
    for (const ObservationChart::RangeBar &bar : chart.rangeBars()) {
        const Observation *o = bar.observation;
        if (o && o->kind == Kind::Guidance && !o->isStatement()) {
            ++bars;
            if (o->asOf == "2026-01-28") { // the first 2026 range
                ++first2026;
                EXPECT_DOUBLE_EQ(bar.low, 115.0); // USD billions
                EXPECT_DOUBLE_EQ(bar.high, 135.0);
            }
        }
    }
    EXPECT_EQ(bars, guidance);
    EXPECT_EQ(first2026, 1);
}

TEST_F(ChartTest, CapexChartLeavesOutQuartersMonthsAndDates)
{
    // The chart is annual: a quarter plotted on it would read as a year's spending.
    Dataset d = m_store.snapshot();
    int actuals = 0;
    for (const Observation &o : d.observations)
        actuals += o.entity == "meta" && o.metric == "capex" && o.kind == Kind::Actual && o.period.isAnnual();
    const Observation *annual = nullptr;
    for (const Observation &o : d.observations)
        if (o.entity == "meta" && o.metric == "capex" && o.kind == Kind::Actual && o.period.isAnnual())
            annual = &o;
    ASSERT_TRUE(annual);
    Observation quarter = *annual;
    std::vector<Observation> added;
    for (const char *text : {"2025Q3", "FY2026Q1-06", "2025-05", "2025-12-26"}) {
        quarter.period = *Period::parse(text);
        quarter.uid = std::string("meta.capex.") + text;
        added.push_back(quarter);
    }
    d.observations.insert(d.observations.end(), added.begin(), added.end());
    CapexChart chart;
    chart.configure({{QStringLiteral("meta")}, QStringLiteral("USD"), QStringLiteral("capex"), false, false});
    chart.setSnapshot(&d);
    EXPECT_EQ(pointsOf(chart, QStringLiteral("Meta Platforms")), actuals);
    for (QAbstractSeries *s : chart.series())
        for (int i = 0; i < 4; ++i) {
            const Observation *o = chart.observationAt(s, i);
            EXPECT_TRUE(!o || o->period.isAnnual()) << o->period.toString();
        }
}

TEST_F(ChartTest, YearAxisShowsWholeYearsOnly)
{
    CapexChart chart;
    chart.configure({{QStringLiteral("microsoft"), QStringLiteral("amazon")}, QStringLiteral("USD"),
                     QStringLiteral("capex"), false, false});
    chart.setSnapshot(&m_store.snapshot());
    auto *x = qobject_cast<QValueAxis *>(chart.axes(Qt::Horizontal).value(0));
    ASSERT_TRUE(x);
    EXPECT_EQ(x->tickType(), QValueAxis::TicksDynamic);
    EXPECT_DOUBLE_EQ(x->tickInterval(), 1.0);
    EXPECT_DOUBLE_EQ(x->tickAnchor(), std::floor(x->tickAnchor()));
    EXPECT_EQ(x->labelFormat(), QStringLiteral("%d"));
    // Amazon's 2022 is the earliest headline figure (Microsoft's FY2022 one is a cash figure,
    // in the cash series); Microsoft's FY2024 (ends June 2024) sits half a year before 2024.
    EXPECT_DOUBLE_EQ(x->min(), 2021.5);
}

TEST_F(ChartTest, HoverTextNamesValueKindGradePeriodAndSource)
{
    CapexChart chart;
    chart.configure({{QStringLiteral("meta")}, QStringLiteral("USD"), QStringLiteral("capex"), false, false});
    chart.setSnapshot(&m_store.snapshot());
    const Observation *guidance = nullptr;
    for (const ObservationChart::RangeBar &bar : chart.rangeBars())
        if (const Observation *o = bar.observation; o && o->kind == Kind::Guidance && o->asOf == "2026-01-28")
            guidance = o;
    ASSERT_TRUE(guidance);
    // What hovering its bar shows.
    QString hovered;
    QObject::connect(&chart, &DashboardChart::pointHovered, &chart, [&](const QString &text, bool) { hovered = text; });
    QChartView view(&chart);
    view.resize(900, 600);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    for (const ObservationChart::RangeBar &bar : chart.rangeBars())
        if (bar.observation == guidance) {
            const QPointF middle = chart.mapToPosition({bar.x, (bar.low + bar.high) / 2}, const_cast<QXYSeries *>(bar.along));
            QTest::mouseMove(view.viewport(), view.mapFromScene(chart.mapToScene(middle)));
        }
    const QString text = chart.tooltipText(*guidance);
    EXPECT_EQ(hovered, text);
    view.setChart(new QChart); // the chart is the test's
    EXPECT_TRUE(text.contains(QStringLiteral("$115B – $135B"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Guidance")));
    EXPECT_TRUE(text.contains(QStringLiteral("Reported")));
    EXPECT_TRUE(text.contains(QStringLiteral("2026")));
    EXPECT_TRUE(text.contains(QString::fromStdString(m_store.snapshot().source(guidance->source)->publisher)));
    EXPECT_TRUE(chart.sourcesFooter().contains(QString::fromStdString(m_store.snapshot().source(guidance->source)->publisher)));
}

TEST_F(ChartTest, RenminbiViewConvertsWithEachYearsRate)
{
    CapexChart chart;
    chart.configure({{QStringLiteral("meta")}, QStringLiteral("CNY"), QStringLiteral("capex"), false, false});
    chart.setSnapshot(&m_store.snapshot());
    const double rate2025 = *m_store.snapshot().fxRate("CNY", 2025);
    for (QAbstractSeries *s : chart.series()) {
        auto *xy = qobject_cast<QXYSeries *>(s);
        for (int i = 0; xy && i < xy->count(); ++i)
            if (const Observation *o = chart.observationAt(s, i);
                o && o->kind == Kind::Actual && o->period.toString() == "2025") {
                EXPECT_NEAR(xy->at(i).y(), *o->value * rate2025 / 1e9, 1e-6);
            }
    }
}

TEST_F(ChartTest, FleetChartShowsEveryEstimateOfEverySource)
{
    FleetChart chart;
    chart.setSnapshot(&m_store.snapshot());
    int estimates = 0;
    for (const Observation &o : m_store.snapshot().observations)
        estimates += o.metric == "gpu_fleet_h100e" && o.period.isYearEnd() && o.kind != Kind::Guidance;
    int markers = 0;
    for (QAbstractSeries *s : chart.series())
        if (s->type() == QAbstractSeries::SeriesTypeScatter)
            markers += static_cast<int>(static_cast<QXYSeries *>(s)->count());
    EXPECT_EQ(markers, estimates);
    EXPECT_GE(estimates, 23); // LessWrong 5 + 5, Epoch's 13 year-end estimates — Microsoft has both
}

namespace {
QStringList g_warnings;
void collectWarnings(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtWarningMsg)
        g_warnings << message;
}
} // namespace

// The training-cost bars sit on a log axis: a cost-decline step must change them in place.
// Emptying a bar set first laid the bars out with no values, i.e. zeros on the log axis, and
// Qt Charts warned "Logarithms of zero and negative values are undefined." three times a step.
TEST_F(ChartTest, TrainingCostBarsFollowTheCostDeclineWithoutALogOfZero)
{
    ScenarioDocument document;
    document.setDataset(m_store.snapshot());
    auto *chart = new TrainingCostChart(document);
    QChartView view(chart);
    view.resize(900, 600);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    auto *bars = qobject_cast<QBarSeries *>(chart->series().value(0));
    ASSERT_TRUE(bars);
    ASSERT_EQ(bars->barSets().size(), 2);
    QBarSet *later = bars->barSets().at(1);
    ASSERT_GT(later->count(), 0);
    const qreal before = later->at(0);

    g_warnings.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collectWarnings);
    for (const double decline : {0.60, 0.70, 0.80, 0.90})
        ASSERT_TRUE(document.setParameter(QStringLiteral("cost_decline"), decline));
    QCoreApplication::processEvents();
    qInstallMessageHandler(previous);

    EXPECT_TRUE(g_warnings.isEmpty()) << g_warnings.join(QLatin1Char('\n')).toStdString();
    // A steeper decline makes the same run cheaper later: the bar moved, and stayed positive.
    EXPECT_LT(later->at(0), before);
    EXPECT_GT(later->at(0), 0);
    EXPECT_EQ(bars->barSets().at(0)->count(), later->count());
}

TEST_F(ChartTest, GuidanceInWordsIsAMarkerWithTheWordsOnHover)
{
    CapexChart chart;
    chart.configure({{QStringLiteral("meta")}, QStringLiteral("USD"), QStringLiteral("capex"), false, false});
    chart.setSnapshot(&m_store.snapshot());
    const Observation *statement = nullptr;
    QXYSeries *marker = nullptr;
    for (QAbstractSeries *s : chart.series())
        for (int i = 0; i < 4; ++i)
            if (const Observation *o = chart.observationAt(s, i); o && o->isStatement() && o->asOf == "2025-10-29") {
                statement = o;
                marker = qobject_cast<QXYSeries *>(s);
                // Drawn at the last range stated before it for 2026? None: at Meta's 2025 actual.
                EXPECT_DOUBLE_EQ(marker->at(i).y(), 72.22);
            }
    ASSERT_TRUE(statement);
    const QString text = chart.tooltipText(*statement);
    EXPECT_TRUE(text.contains(QStringLiteral("notably larger"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("No figure: guidance in words"))) << text.toStdString();
    // Its footnote says what Meta's capex includes.
    EXPECT_TRUE(chart.sourcesFooter().contains(QStringLiteral("principal payments on finance leases")));
    // The sources are a sentence of their own before the definitions.
    EXPECT_TRUE(chart.sourcesFooter().contains(QStringLiteral("). Definitions: "))) << chart.sourcesFooter().toStdString();
    // One full stop, also after a publisher that ends in one.
    EXPECT_EQ(DashboardChart::sourcesSentence({QStringLiteral("Meta"), QStringLiteral("Acme Inc.")}),
              QStringLiteral("Sources: Meta; Acme Inc."));
}

TEST_F(ChartTest, QuarterlyViewPlotsEveryReportedQuarterAtItsCalendarQuarter)
{
    CapexChart chart;
    CapexChart::Options options{{QStringLiteral("microsoft")}, QStringLiteral("USD"), QStringLiteral("capex"), false,
                                false};
    options.view = CapexChart::Options::View::Quarterly;
    chart.configure(options);
    chart.setSnapshot(&m_store.snapshot());
    // FY2026Q1-06 (July – September 2025) sits at 2025Q3 with its $34.9 B.
    const double x = ObservationChart::xOf(Period::calendarQuarter(2025, 3));
    bool found = false;
    for (QAbstractSeries *s : chart.series())
        if (auto *line = qobject_cast<QLineSeries *>(s); line && line->name() == QStringLiteral("Microsoft")) {
            for (const QPointF &p : line->points()) {
                if (std::abs(p.x() - x) < 1e-9) {
                    EXPECT_NEAR(p.y(), 34.9, 1e-9);
                    found = true;
                }
            }
        }
    EXPECT_TRUE(found);
    EXPECT_EQ(chart.title(), QStringLiteral("Capex by quarter"));
}

TEST_F(ChartTest, TrailingViewSumsFourQuartersAndDrawsNoSumOverAGap)
{
    Dataset d = m_store.snapshot();
    std::erase_if(d.observations, [](const Observation &o) {
        return o.entity == "amazon" && o.metric == "capex" && o.period.toString() == "2025Q2";
    });
    CapexChart chart;
    CapexChart::Options options{{QStringLiteral("amazon")}, QStringLiteral("USD"), QStringLiteral("capex"), false,
                                false};
    options.view = CapexChart::Options::View::Trailing;
    chart.configure(options);
    chart.setSnapshot(&d);
    // 2024Q4 and 2025Q1 have their four quarters; 2025Q2 … 2026Q1 lack 2025Q2.
    int linePoints = 0;
    for (QAbstractSeries *s : chart.series())
        if (auto *line = qobject_cast<QLineSeries *>(s)) {
            for (const QPointF &p : line->points()) {
                ++linePoints;
                if (std::abs(p.x() - ObservationChart::xOf(Period::calendarQuarter(2024, 4))) < 1e-9) {
                    EXPECT_NEAR(p.y(), 14.93 + 17.62 + 22.62 + 27.834, 1e-9);
                }
            }
        }
    EXPECT_EQ(linePoints, 2);
    EXPECT_TRUE(chart.sourcesFooter().contains(QStringLiteral("four consecutive reported quarters")));
}

TEST_F(ChartTest, ManyEstimatesOfAPeriodAreOneMarkAtTheirMedianWithTheirRange)
{
    // Nine brokers' estimates of Meta's 2029 capex (in billions: 150 … 230, median 190); two of
    // 2030 (drawn one by one, as any period with few figures).
    Dataset d = m_store.snapshot();
    Observation base;
    for (const Observation &o : d.observations)
        if (o.entity == "meta" && o.metric == "capex" && o.kind == Kind::Actual && o.period.isAnnual())
            base = o;
    base.kind = Kind::Estimate;
    base.grade = Grade::Estimate;
    base.low = base.high = std::nullopt;
    base.uid.clear();
    const double billions[] = {210, 150, 190, 230, 170, 200, 160, 180, 220};
    for (std::size_t i = 0; i < std::size(billions); ++i) {
        base.period = Period::calendarYear(2029);
        base.value = billions[i] * 1e9;
        base.noteEn = "Broker " + std::to_string(i);
        d.observations.push_back(base);
    }
    for (double b : {240.0, 260.0}) {
        base.period = Period::calendarYear(2030);
        base.value = b * 1e9;
        base.noteEn = "Broker " + std::to_string(b);
        d.observations.push_back(base);
    }
    CapexChart chart;
    chart.configure({{QStringLiteral("meta")}, QStringLiteral("USD"), QStringLiteral("capex"), false, false});
    chart.setSnapshot(&d);
    const double x2029 = ObservationChart::xOf(Period::calendarYear(2029)), x2030 = ObservationChart::xOf(Period::calendarYear(2030));
    const ObservationChart::SummaryMark *mark = nullptr;
    int marks2029 = 0, singles2030 = 0, whiskers = 0;
    for (QAbstractSeries *s : chart.series()) {
        auto *xy = qobject_cast<QXYSeries *>(s);
        if (!xy)
            continue;
        // The estimates: a dashed line that draws a hollow mark at each of its points.
        const bool hollow = !xy->lightMarker().isNull();
        for (int i = 0; i < xy->count(); ++i) {
            if (const ObservationChart::SummaryMark *m = chart.summaryAt(s, i)) {
                if (hollow && xy->at(i).x() == x2029) {
                    ++marks2029;
                    mark = m;
                    EXPECT_DOUBLE_EQ(xy->at(i).y(), 190.0);
                }
            } else if (hollow && xy->at(i).x() == x2030) {
                ++singles2030;
            }
        }
    }
    // The nine's range is one bar (drawn with the chart's other bars, not as a series).
    const ObservationChart::RangeBar *whisker = nullptr;
    for (const ObservationChart::RangeBar &bar : chart.rangeBars())
        if (bar.summary && bar.x == x2029) {
            ++whiskers;
            whisker = &bar;
        }
    EXPECT_EQ(marks2029, 1); // one hollow mark for the nine, not nine
    EXPECT_EQ(whiskers, 1);
    ASSERT_TRUE(whisker);
    EXPECT_DOUBLE_EQ(whisker->low, 150.0);
    EXPECT_DOUBLE_EQ(whisker->high, 230.0);
    EXPECT_EQ(whisker->summary->count, 9u);
    // Shown: hovering the bar gives the summary's tooltip; a click asks for the nine figures.
    QChartView view(&chart);
    view.resize(900, 600);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    const QPointF middle = chart.mapToPosition({x2029, 190.0}, const_cast<QXYSeries *>(whisker->along));
    EXPECT_EQ(chart.rangeBarAt(middle + QPointF(0, 25)), whisker);
    EXPECT_EQ(chart.rangeBarAt(middle + QPointF(30, 0)), nullptr);
    int requests = 0;
    const QMetaObject::Connection c = QObject::connect(
        &ObservationChart::links(), &FigureLinks::figuresRequested, &chart,
        [&](const QString &entity, const QString &metric, int kind, const Period &period) {
            ++requests;
            EXPECT_EQ(entity, QStringLiteral("meta"));
            EXPECT_EQ(metric, QStringLiteral("capex"));
            EXPECT_EQ(kind, static_cast<int>(Kind::Estimate));
            EXPECT_EQ(period, Period::calendarYear(2029));
        });
    const QPoint onBar = view.mapFromScene(chart.mapToScene(middle + QPointF(0, 25)));
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, onBar);
    QObject::disconnect(c);
    EXPECT_EQ(requests, 1);
    view.setChart(new QChart); // the chart is the test's
    EXPECT_EQ(singles2030, 2);
    ASSERT_TRUE(mark);
    EXPECT_EQ(mark->count, 9u);
    EXPECT_EQ(mark->kind, Kind::Estimate);
    EXPECT_EQ(mark->period, Period::calendarYear(2029));
    const QString tip = chart.summaryTooltipText(*mark);
    EXPECT_TRUE(tip.contains(QStringLiteral("9 estimate(s), from $150B to $230B"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("median $190B"))) << tip.toStdString();
    // Every broker's source is in the footer still.
    EXPECT_TRUE(chart.plottedSources().count(base.source));
}

TEST_F(ChartTest, FleetLegendNamesEachLookOnceNotEachYear)
{
    // Epoch's estimates also for the ends of 2026 and 2027: still two legend entries for Epoch,
    // filled (the first year) and hollow (the later ones, named together).
    Dataset d = m_store.snapshot();
    std::vector<Observation> added;
    for (const Observation &o : d.observations)
        if (o.metric == "gpu_fleet_h100e" && o.period == Period::date(2025, 12, 31) && d.source(o.source)
            && d.source(o.source)->publisher == "Epoch AI")
            for (int year : {2026, 2027}) {
                Observation later = o;
                later.period = Period::date(year, 12, 31);
                later.uid.clear();
                added.push_back(later);
            }
    ASSERT_FALSE(added.empty());
    d.observations.insert(d.observations.end(), added.begin(), added.end());
    FleetChart chart;
    chart.setSnapshot(&d);
    QStringList epoch;
    for (QAbstractSeries *s : chart.series())
        if (s->name().startsWith(QStringLiteral("Epoch AI")))
            epoch << s->name();
    epoch.sort();
    EXPECT_EQ(epoch, QStringList({QStringLiteral("Epoch AI, end of 2024"), QStringLiteral("Epoch AI, end of 2025–2027")}))
        << epoch.join(QStringLiteral(" | ")).toStdString();
    // Every estimate still has its marker.
    int markers = 0, estimates = 0;
    for (const Observation &o : d.observations)
        estimates += o.metric == "gpu_fleet_h100e" && o.period.isYearEnd() && o.kind != Kind::Guidance;
    for (QAbstractSeries *s : chart.series())
        if (s->type() == QAbstractSeries::SeriesTypeScatter)
            markers += static_cast<int>(static_cast<QXYSeries *>(s)->count());
    EXPECT_EQ(markers, estimates);
}

TEST_F(ChartTest, TheCompactFleetChartShowsTheLargestFleetsAndSaysOfHowMany)
{
    Dataset d = m_store.snapshot();
    auto isEstimate = [](const Observation &o) {
        return o.metric == "gpu_fleet_h100e" && o.period.isYearEnd() && o.kind != Kind::Guidance;
    };
    QSet<QString> reference;
    double largest = 0;
    const Observation *model = nullptr;
    for (const Observation &o : d.observations)
        if (isEstimate(o)) {
            reference.insert(QString::fromStdString(o.entity));
            largest = std::max(largest, *o.centralValue());
            model = &o;
        }
    ASSERT_TRUE(model);
    ASSERT_LE(reference.size(), FleetChart::compactCompanies); // the reference data: every company shows
    {
        FleetChart compact;
        compact.setCompact(true);
        compact.setSnapshot(&d);
        EXPECT_EQ(compact.title(), QStringLiteral("GPU fleets (H100e)"));
        EXPECT_EQ(qobject_cast<QCategoryAxis *>(compact.axes(Qt::Horizontal).value(0))->count(), reference.size());
    }
    // Twelve more companies: three larger than any in the reference data, nine smaller.
    const Observation copy = *model;
    for (int c = 1; c <= 12; ++c) {
        Observation &o = addFleetCompany(d, copy, "fleet_co_" + std::to_string(c), "Fleet company " + std::to_string(c),
                                         "算力公司" + std::to_string(c));
        o.value = c <= 3 ? largest * (2 + c) : 1000.0 * c;
        o.low.reset();
        o.high.reset();
    }
    const int every = static_cast<int>(reference.size()) + 12;
    FleetChart compact;
    compact.setCompact(true);
    compact.setSnapshot(&d);
    EXPECT_EQ(compact.title(), QStringLiteral("GPU fleets (H100e), the %1 largest of %2").arg(FleetChart::compactCompanies).arg(every));
    auto *axis = qobject_cast<QCategoryAxis *>(compact.axes(Qt::Horizontal).value(0));
    ASSERT_TRUE(axis);
    ASSERT_EQ(axis->count(), FleetChart::compactCompanies);
    // Largest first: the three added above the rest, then the reference data's companies.
    QStringList names; // each column's whole name, in the axis' order (the tooltips over them)
    for (QGraphicsItem *item : compact.childItems())
        if (auto *rect = dynamic_cast<QGraphicsRectItem *>(item); rect && !rect->toolTip().isEmpty())
            names << rect->toolTip();
    ASSERT_EQ(names.size(), FleetChart::compactCompanies);
    EXPECT_EQ(names.mid(0, 3), QStringList({QStringLiteral("Fleet company 3"), QStringLiteral("Fleet company 2"),
                                            QStringLiteral("Fleet company 1")}));
    for (const QString &name : names.mid(3))
        EXPECT_FALSE(name.startsWith(QStringLiteral("Fleet company"))) << name.toStdString();
    // Every estimate of a company shown has its mark (one a figure, or a summary of many).
    int markers = 0;
    for (QAbstractSeries *s : compact.series())
        if (s->type() == QAbstractSeries::SeriesTypeScatter)
            markers += static_cast<int>(static_cast<QXYSeries *>(s)->count());
    EXPECT_GT(markers, 3);
    // The Fleet page's chart shows every company.
    FleetChart whole;
    whole.setSnapshot(&d);
    EXPECT_EQ(qobject_cast<QCategoryAxis *>(whole.axes(Qt::Horizontal).value(0))->count(), every);
}

TEST_F(ChartTest, FleetCompaniesThatShareAShortNameAreLabelledApartEachUnderItsColumn)
{
    // A large store's "Benchmark company 1", "… 2", "… 3": upright in short each was
    // "Benchmark"; a category axis takes one label per text, so the others kept their whole
    // names and every label after them sat one column off.
    Dataset d = m_store.snapshot();
    const Observation *estimate = nullptr;
    for (const Observation &o : d.observations)
        if (!estimate && o.metric == "gpu_fleet_h100e" && o.period.isYearEnd() && o.kind != Kind::Guidance)
            estimate = &o;
    ASSERT_TRUE(estimate);
    const Observation model = *estimate;
    for (int c = 1; c <= 3; ++c)
        addFleetCompany(d, model, "bench_co_" + std::to_string(c), "Benchmark company " + std::to_string(c),
                        "基准公司" + std::to_string(c));
    auto *fleet = new FleetChart;
    fleet->setSnapshot(&d);
    QChartView view(fleet); // owns it
    FleetChart &chart = *fleet;
    view.resize(560, 420); // narrow: every name upright, in short
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    QTest::qWait(50);
    auto *axis = qobject_cast<QCategoryAxis *>(chart.axes(Qt::Horizontal).value(0));
    ASSERT_TRUE(axis);
    ASSERT_EQ(axis->labelsAngle(), -90);
    const QStringList labels = axis->categoriesLabels();
    for (int c = 1; c <= 3; ++c)
        EXPECT_TRUE(labels.contains(QStringLiteral("Benchmark %1").arg(c))) << labels.join(QStringLiteral(" | ")).toStdString();
    // Each label is its own column's company: Microsoft's under Microsoft's column.
    const QStringList tips = [&] {
        QStringList t;
        for (QGraphicsItem *item : chart.childItems())
            if (auto *rect = dynamic_cast<QGraphicsRectItem *>(item); rect && !rect->toolTip().isEmpty())
                t << rect->toolTip();
        return t;
    }();
    ASSERT_EQ(tips.size(), labels.size());
    for (int i = 0; i < labels.size(); ++i) {
        QString label = labels.at(i);
        label.remove(QChar(0x200B));
        if (label.endsWith(QLatin1Char('.')))
            label.chop(1);
        const QStringList words = label.split(QLatin1Char(' '));
        EXPECT_TRUE(tips.at(i).startsWith(words.first())) << i << ": " << label.toStdString() << " under " << tips.at(i).toStdString();
        EXPECT_TRUE(tips.at(i).endsWith(words.last()) || words.size() == 1) << label.toStdString();
    }
    EXPECT_EQ(QSet<QString>(labels.begin(), labels.end()).size(), labels.size());
}

TEST_F(ChartTest, EventsAreDashedLinesThatNameTheirEventOnHoverWithoutASeriesEach)
{
    // A series costs a Qt chart a legend marker and a graphics item: twenty events were a
    // third of the Capex page's fill on a large store.
    CapexChart chart;
    chart.configure({{QStringLiteral("meta"), QStringLiteral("microsoft")}, QStringLiteral("USD"), QStringLiteral("capex"), false, true});
    chart.setSnapshot(&m_store.snapshot());
    std::vector<const ObservationChart::RangeBar *> events;
    for (const ObservationChart::RangeBar &bar : chart.rangeBars())
        if (!bar.label.isEmpty())
            events.push_back(&bar);
    ASSERT_GE(events.size(), 3u);
    const QPen eventPen = ChartStyle::eventPen();
    for (const ObservationChart::RangeBar *bar : events) {
        EXPECT_EQ(bar->pen.style(), eventPen.style());
        EXPECT_TRUE(bar->along && bar->along->chart() == &chart);
    }
    for (QAbstractSeries *s : chart.series()) {
        if (auto *line = qobject_cast<QLineSeries *>(s)) {
            EXPECT_NE(line->pen().style(), eventPen.style()) << "an event drawn as a series";
        }
    }
    // Hovering a line names its event and date.
    const ObservationChart::RangeBar *deepSeek = nullptr;
    for (const ObservationChart::RangeBar *bar : events)
        if (bar->label.contains(QStringLiteral("DeepSeek")) && !deepSeek)
            deepSeek = bar;
    ASSERT_TRUE(deepSeek);
    EXPECT_TRUE(deepSeek->label.contains(QStringLiteral(" — 20"))) << deepSeek->label.toStdString();
    QString hovered;
    QObject::connect(&chart, &DashboardChart::pointHovered, &chart, [&](const QString &text, bool) { hovered = text; });
    QChartView view(&chart);
    view.resize(1200, 700);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    const QPointF middle = chart.mapToPosition({deepSeek->x, (deepSeek->low + deepSeek->high) / 2},
                                               const_cast<QXYSeries *>(deepSeek->along));
    QTest::mouseMove(view.viewport(), view.mapFromScene(chart.mapToScene(middle)));
    EXPECT_EQ(hovered, deepSeek->label);
    view.setChart(new QChart); // the chart is the test's
}

TEST_F(ChartTest, EstimatesAreADashedLineThatDrawsHollowMarksInEitherTheme)
{
    CapexChart chart;
    chart.configure({{QStringLiteral("meta")}, QStringLiteral("USD"), QStringLiteral("capex"), false, false});
    chart.setSnapshot(&m_store.snapshot());
    int estimates = 0;
    for (const Observation &o : m_store.snapshot().observations)
        estimates += o.entity == "meta" && o.metric == "capex" && o.period.isAnnual()
            && (o.kind == Kind::Estimate || o.kind == Kind::Forecast);
    ASSERT_GE(estimates, 1);
    QXYSeries *line = nullptr;
    for (QAbstractSeries *s : chart.series())
        if (auto *xy = qobject_cast<QXYSeries *>(s); xy && !xy->lightMarker().isNull())
            line = xy;
    ASSERT_TRUE(line) << "the estimates draw their own marks";
    EXPECT_TRUE(qobject_cast<QLineSeries *>(line));
    EXPECT_EQ(line->pen().style(), ChartStyle::estimatePen(Qt::black).style());
    EXPECT_EQ(line->count(), estimates);
    // No scatter series draws the same points again.
    for (QAbstractSeries *s : chart.series()) {
        if (auto *scatter = qobject_cast<QScatterSeries *>(s)) {
            for (const QPointF &p : scatter->points())
                EXPECT_FALSE(line->points().contains(p)) << p.x() << " " << p.y();
        }
    }
    // White inside, the company's colour around; the inside turns the background when dark.
    auto middle = [&] {
        const QImage image = line->lightMarker();
        return image.pixelColor(image.width() / 2, image.height() / 2);
    };
    auto rim = [&] {
        const QImage image = line->lightMarker();
        return image.pixelColor(image.width() / 2, 1);
    };
    const QColor meta = ChartStyle::entityColor("meta");
    EXPECT_EQ(middle(), QColor(Qt::white));
    EXPECT_LT(std::abs(rim().hue() - meta.hue()), 8) << rim().name().toStdString();
    ChartStyle::applyTheme(chart, true);
    EXPECT_EQ(middle().rgb(), ChartStyle::darkBackground().rgb());
    EXPECT_LT(std::abs(rim().hue() - meta.hue()), 8);
    ChartStyle::applyTheme(chart, false);
    EXPECT_EQ(middle(), QColor(Qt::white));
}

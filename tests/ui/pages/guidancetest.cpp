// The Guidance tracker on the bundled data: its chart (a step line per company, statements in
// words as markers with their words on hover, the actual at its report date), the reading
// under it in both languages, and its place in the catalogue and the report.
#include "chartcatalog.h"
#include "chartpanel.h"
#include "chartreading.h"
#include "guidancechart.h"
#include "guidancepage.h"
#include "mainwindow.h"
#include "scenariodocument.h"
#include "uitestsupport.h"

#include <QAbstractAxis>
#include <QAreaSeries>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTest>

using namespace capex;
using namespace capex::ui;

namespace {

class GuidanceTest : public capex::testing::UiTest
{
protected:
    /// The page on its own, filled from the store, on `year` with `companies` ticked.
    std::unique_ptr<GuidancePage> page(int year, const QStringList &companies)
    {
        auto p = std::make_unique<GuidancePage>(m_store);
        p->refresh();
        for (const QString &id : {QStringLiteral("microsoft"), QStringLiteral("alphabet"), QStringLiteral("amazon"),
                                  QStringLiteral("meta"), QStringLiteral("coreweave"), QStringLiteral("tencent"),
                                  QStringLiteral("bytedance")})
            p->setCompanySelected(id, companies.contains(id));
        p->setYear(year);
        // On screen, so that hovering finds the point under the cursor.
        p->resize(1100, 800);
        p->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(p.get()));
        return p;
    }

    /// The observation of `entity`'s capex for calendar `period` stated on `asOf`.
    const Observation *record(const std::string &entity, const std::string &period, const std::string &asOf, Kind kind)
    {
        for (const Observation &o : m_store.snapshot().observations)
            if (o.entity == entity && o.metric == "capex" && o.period.toString() == period && o.asOf == asOf
                && o.kind == kind)
                return &o;
        return nullptr;
    }

    /// What hovering point `index` of `series` shows.
    static QString hover(GuidanceChart &chart, QAbstractSeries *series, int index)
    {
        auto *xy = qobject_cast<QXYSeries *>(series);
        if (!xy || index >= xy->count())
            return {};
        QString shown;
        auto connection = QObject::connect(&chart, &DashboardChart::pointHovered, &chart,
                                           [&shown](const QString &text, bool state) {
                                               if (state)
                                                   shown = text;
                                           });
        emit xy->hovered(xy->at(index), true);
        QObject::disconnect(connection);
        return shown;
    }

    static QList<QAbstractSeries *> steps(const GuidanceChart &chart)
    {
        QList<QAbstractSeries *> found;
        for (QAbstractSeries *s : chart.series())
            if (s->objectName().startsWith(QLatin1String("guidance-step:")))
                found << s;
        return found;
    }
};

double lastY(QAbstractSeries *series)
{
    auto *xy = qobject_cast<QXYSeries *>(series);
    return xy && xy->count() ? xy->at(xy->count() - 1).y() : -1;
}

} // namespace

TEST_F(GuidanceTest, OneStepLinePerCompanyEndingAtItsLatestGuidance)
{
    auto p = page(2026, {QStringLiteral("microsoft"), QStringLiteral("alphabet"), QStringLiteral("amazon"),
                         QStringLiteral("meta")});
    GuidanceChart &chart = *p->chart();
    EXPECT_EQ(chart.options().year, 2026);
    EXPECT_EQ(steps(chart).size(), 4);
    // USD billions: the midpoint of each company's latest 2026 figure.
    EXPECT_DOUBLE_EQ(lastY(chart.companySeries(QStringLiteral("step"), QStringLiteral("microsoft"))), 190);
    EXPECT_DOUBLE_EQ(lastY(chart.companySeries(QStringLiteral("step"), QStringLiteral("alphabet"))), 185); // $180–190B
    EXPECT_DOUBLE_EQ(lastY(chart.companySeries(QStringLiteral("step"), QStringLiteral("amazon"))), 200);
    EXPECT_DOUBLE_EQ(lastY(chart.companySeries(QStringLiteral("step"), QStringLiteral("meta"))), 135);  // $125–145B
    // The step begins at the first figure, on the day it was given (Meta: 2026-01-28).
    auto *meta = qobject_cast<QXYSeries *>(chart.companySeries(QStringLiteral("step"), QStringLiteral("meta")));
    EXPECT_DOUBLE_EQ(meta->at(0).y(), 125); // $115–135B
    EXPECT_DOUBLE_EQ(meta->at(0).x(), ObservationChart::xOf(Period::date(2026, 1, 28)));
    // Ranges shaded; a single figure has no band.
    EXPECT_TRUE(qobject_cast<QAreaSeries *>(chart.companySeries(QStringLiteral("band"), QStringLiteral("meta"))));
    EXPECT_FALSE(chart.companySeries(QStringLiteral("band"), QStringLiteral("microsoft")));
    // No 2026 actual yet.
    EXPECT_FALSE(chart.companySeries(QStringLiteral("actual"), QStringLiteral("meta")));

    // Fewer companies, fewer lines; another year, other values.
    p->setCompanySelected(QStringLiteral("amazon"), false);
    EXPECT_EQ(steps(chart).size(), 3);
    p->setYear(2025);
    EXPECT_EQ(chart.options().year, 2025);
    EXPECT_EQ(steps(chart).size(), 2); // Microsoft gave no calendar-2025 figure
    EXPECT_FALSE(chart.companySeries(QStringLiteral("step"), QStringLiteral("microsoft")));
    EXPECT_DOUBLE_EQ(lastY(chart.companySeries(QStringLiteral("step"), QStringLiteral("alphabet"))), 92); // $91–93B
    EXPECT_DOUBLE_EQ(lastY(chart.companySeries(QStringLiteral("step"), QStringLiteral("meta"))), 71);     // $70–72B
}

TEST_F(GuidanceTest, TheActualSitsAtItsReportDateJoinedToTheLastGuidance)
{
    auto p = page(2025, {QStringLiteral("alphabet")});
    GuidanceChart &chart = *p->chart();
    auto *actual = qobject_cast<QXYSeries *>(chart.companySeries(QStringLiteral("actual"), QStringLiteral("alphabet")));
    ASSERT_TRUE(actual);
    ASSERT_EQ(actual->count(), 1);
    EXPECT_DOUBLE_EQ(actual->at(0).y(), 91.45);
    EXPECT_DOUBLE_EQ(actual->at(0).x(), ObservationChart::xOf(Period::date(2026, 2, 4)));
    auto *link = qobject_cast<QXYSeries *>(chart.companySeries(QStringLiteral("link"), QStringLiteral("alphabet")));
    ASSERT_TRUE(link);
    EXPECT_DOUBLE_EQ(link->at(0).y(), 92);
    EXPECT_DOUBLE_EQ(link->at(1).y(), 91.45);
    const QString tip = hover(chart, actual, 0);
    EXPECT_TRUE(tip.contains(QStringLiteral("Actual"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("2026-02-04"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("$91.5B")) || tip.contains(QStringLiteral("$91.4B"))) << tip.toStdString();
    // The guidance points name their figure, date and source.
    const QString first = hover(chart, chart.companySeries(QStringLiteral("points"), QStringLiteral("alphabet")), 2);
    EXPECT_TRUE(first.contains(QStringLiteral("$91B – $93B"))) << first.toStdString();
    EXPECT_TRUE(first.contains(QStringLiteral("2025-10-29"))) << first.toStdString();
    EXPECT_TRUE(first.contains(QStringLiteral("Source:"))) << first.toStdString();
    EXPECT_TRUE(chart.sourcesFooter().contains(QStringLiteral("Alphabet: purchases of property and equipment")))
        << chart.sourcesFooter().toStdString();
}

TEST_F(GuidanceTest, AStatementInWordsIsAMarkerWithItsWordsOnHoverInEitherLanguage)
{
    auto p = page(2026, {QStringLiteral("meta")});
    GuidanceChart &chart = *p->chart();
    auto *words = qobject_cast<QScatterSeries *>(chart.companySeries(QStringLiteral("words"), QStringLiteral("meta")));
    ASSERT_TRUE(words);
    ASSERT_EQ(words->count(), 2);
    EXPECT_EQ(words->markerShape(), QScatterSeries::MarkerShapeTriangle);
    EXPECT_DOUBLE_EQ(words->at(1).x(), ObservationChart::xOf(Period::date(2025, 10, 29)));
    // Before any 2026 figure, at the level of Meta's 2025 actual ($72.22B).
    EXPECT_DOUBLE_EQ(words->at(1).y(), 72.22);
    const Observation *said = record("meta", "2026", "2025-10-29", Kind::Guidance);
    ASSERT_TRUE(said && said->isStatement());
    QString tip = hover(chart, words, 1);
    EXPECT_TRUE(tip.contains(QStringLiteral("notably larger"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QString::fromStdString(said->noteEn).toHtmlEscaped())) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("No figure: guidance in words"))) << tip.toStdString();

    Translation::instance().setLanguage(Language::Chinese);
    words = qobject_cast<QScatterSeries *>(chart.companySeries(QStringLiteral("words"), QStringLiteral("meta")));
    ASSERT_TRUE(words);
    tip = hover(chart, words, 1);
    EXPECT_TRUE(tip.contains(QString::fromStdString(said->noteZh).toHtmlEscaped())) << tip.toStdString();
    EXPECT_FALSE(tip.contains(QString::fromStdString(said->noteEn).toHtmlEscaped()));
    // Chinese counts money in 亿: the step ends at 1350 (亿美元).
    EXPECT_DOUBLE_EQ(lastY(chart.companySeries(QStringLiteral("step"), QStringLiteral("meta"))), 1350);
}

TEST_F(GuidanceTest, TheReadingNamesTheRaisesAndTheActualInBothLanguages)
{
    auto p = page(2025, {QStringLiteral("alphabet"), QStringLiteral("meta"), QStringLiteral("coreweave")});
    const QString text = p->reading()->text();
    EXPECT_TRUE(text.contains(QStringLiteral(
        "Alphabet (Google) raised its 2025 guidance twice, from $75B (2025-02-04) to $91–93B (2025-10-29); the actual, "
        "$91.5B, came in 22% above the first guidance, within the latest range.")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Meta Platforms raised its 2025 guidance 3 times, from $60–65B (2025-01-24) to $70–72B "
                                             "(2025-10-29); the actual, $72.2B, came in 16% above the first guidance")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("CoreWeave cut its 2025 guidance once, from $20–23B (2025-05-14) to $12–14B "
                                             "(2025-11-10); no actual in the data yet.")))
        << text.toStdString();
    EXPECT_EQ(text.count(QLatin1Char('\n')), 2); // a line per company

    Translation::instance().setLanguage(Language::Chinese);
    const QString zh = p->reading()->text();
    EXPECT_TRUE(zh.contains(QStringLiteral("谷歌母公司Alphabet两次上调2025年资本开支指引，从750亿美元（2025-02-04）上调至910–930亿美元（2025-10-29）")))
        << zh.toStdString();
    EXPECT_TRUE(zh.contains(QStringLiteral("比首次指引高22%"))) << zh.toStdString();
    EXPECT_TRUE(zh.contains(QStringLiteral("下调"))) << zh.toStdString();
    EXPECT_FALSE(zh.contains(QStringLiteral("raised")));
}

TEST_F(GuidanceTest, ReadingOfQualitativeOnlyFiscalReporterAndUndatedActual)
{
    auto p = page(2026, {QStringLiteral("microsoft"), QStringLiteral("meta")});
    QString text = p->reading()->text();
    EXPECT_TRUE(text.contains(QStringLiteral("Microsoft guided $190B for 2026 (2026-04-29); no calendar-year actual to "
                                             "compare: Microsoft reports fiscal years.")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Meta Platforms raised its 2026 guidance once, from $115–135B (2026-01-28) to $125–145B "
                                             "(2026-04-29); no actual in the data yet. It also spoke of it in words twice "
                                             "(2025-07-30, 2025-10-29).")))
        << text.toStdString();

    p->setCompanySelected(QStringLiteral("microsoft"), false);
    p->setCompanySelected(QStringLiteral("meta"), false);
    p->setCompanySelected(QStringLiteral("amazon"), true);
    p->setYear(2025);
    text = p->reading()->text();
    EXPECT_TRUE(text.contains(QStringLiteral("Amazon guided $125B for 2025 (2025-10-30); the actual, $132B, came in 5.4% "
                                             "above the guidance.")))
        << text.toStdString();
    // Its actual has no report date: drawn at the end of the year, and the footer says so.
    auto *actual = qobject_cast<QXYSeries *>(p->chart()->companySeries(QStringLiteral("actual"), QStringLiteral("amazon")));
    ASSERT_TRUE(actual);
    EXPECT_DOUBLE_EQ(actual->at(0).x(), ObservationChart::xOf(Period::date(2025, 12, 31)));
    EXPECT_TRUE(p->chart()->sourcesFooter().contains(QStringLiteral("without a report date")));

    p->setYear(2027);
    EXPECT_TRUE(steps(*p->chart()).isEmpty());
    EXPECT_TRUE(p->chart()->title().contains(QStringLiteral("No capex guidance for 2027"))) << p->chart()->title().toStdString();
    EXPECT_TRUE(p->reading()->text().contains(QStringLiteral("no capex guidance for 2027")));
}

TEST_F(GuidanceTest, ThePageFollowsTheWindowAndTheCatalogueAndReportCarryTheChart)
{
    MainWindow window(m_store);
    window.show();
    auto *guidance = qobject_cast<GuidancePage *>(window.page(QStringLiteral("guidance")));
    ASSERT_TRUE(guidance);
    // After Capex in the page list.
    const QList<DashboardPage *> pages = window.pages();
    const auto at = pages.indexOf(guidance);
    ASSERT_GT(at, 0);
    EXPECT_EQ(pages.at(at - 1)->pageId(), QStringLiteral("capex"));
    EXPECT_EQ(guidance->chart()->options().year, 2026); // the default year
    window.setLanguage(Language::Chinese);
    EXPECT_EQ(guidance->title(), QStringLiteral("指引追踪"));
    EXPECT_TRUE(guidance->reading()->text().contains(QStringLiteral("资本开支指引"))) << guidance->reading()->text().toStdString();
    window.setLanguage(Language::English);

    // The catalogue builds it headless with the remembered year, and the report reads it out.
    guidance->setYear(2025);
    ScenarioDocument document;
    document.setDataset(m_store.snapshot());
    const auto built = ChartCatalog::create(QStringLiteral("guidance"), m_store.snapshot(), document);
    ASSERT_TRUE(built);
    auto *chart = qobject_cast<GuidanceChart *>(built.get());
    ASSERT_TRUE(chart);
    EXPECT_EQ(chart->options().year, 2025);
    EXPECT_TRUE(chart->sourcesFooter().startsWith(QStringLiteral("Sources:")));
    const QString reading = ChartReading::text(QStringLiteral("guidance"), *built, document);
    EXPECT_TRUE(reading.contains(QStringLiteral("Alphabet (Google) raised its 2025 guidance twice"))) << reading.toStdString();
}

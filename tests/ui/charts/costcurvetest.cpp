// The cost-curve chart's published series: drawn one by one while they are few, one per
// metric (a period's marks of several series as their median index) when there are many.
#include "costcurvechart.h"
#include "observationchart.h"
#include "scenariodocument.h"
#include "uitestsupport.h"

#include <QScatterSeries>

#include <algorithm>
#include <cmath>
#include <map>

using namespace capex;
using namespace capex::ui;

namespace {

QList<QScatterSeries *> scatters(const QChart &chart)
{
    QList<QScatterSeries *> found;
    for (QAbstractSeries *s : chart.series())
        if (auto *scatter = qobject_cast<QScatterSeries *>(s))
            found << scatter;
    return found;
}

/// The tooltip the chart gives for point `i` of `series`.
QString hoverTextOf(ModelChart &chart, QScatterSeries *series, int i)
{
    QString text;
    QObject::connect(&chart, &ModelChart::pointHovered, &chart, [&](const QString &t, bool) { text = t; },
                     Qt::SingleShotConnection);
    emit series->hovered(series->at(i), true);
    return text;
}

} // namespace

class CostCurveTest : public capex::testing::UiTest
{
};

TEST_F(CostCurveTest, FewPublishedSeriesAreDrawnOneByOne)
{
    ScenarioDocument document;
    document.setDataset(m_store.snapshot());
    CostCurveChart chart(document);
    const QList<QScatterSeries *> drawn = scatters(chart);
    ASSERT_GE(drawn.size(), 3);
    ASSERT_LE(drawn.size(), 12);
    bool ark = false;
    for (QScatterSeries *s : drawn) {
        EXPECT_FALSE(s->name().contains(QStringLiteral("series"))) << s->name().toStdString();
        // Each series is 1 at its first mark.
        EXPECT_DOUBLE_EQ(s->at(0).y(), 1.0) << s->name().toStdString();
        ark = ark || s->name() == QStringLiteral("GPT-3 (and GPT-3-level capability), training cost (ARK Invest)");
    }
    EXPECT_TRUE(ark);
}

TEST_F(CostCurveTest, ManySeriesAreOneSeriesPerMetricWithTheMedianIndexOfAPeriod)
{
    // Fourteen clouds' GPU-hour prices, each falling by its own rate a month: cloud k's price
    // in month m of 2021 is 4 × (1 − 0.01 k)^m dollars, so its index is (1 − 0.01 k)^m.
    Dataset d = m_store.snapshot();
    for (const Observation &o : d.observations)
        ASSERT_FALSE(o.metric == "gpu_hour_price" && o.period.year == 2021) << "the bundled data has 2021 prices now";
    Source source;
    source.id = "test_price_survey";
    source.publisher = "Price Survey";
    source.title = "GPU-hour prices";
    source.date = "2021-07-01";
    source.language = "en";
    d.sources.push_back(source);
    Observation price;
    price.metric = "gpu_hour_price";
    price.unit = "USD";
    price.kind = Kind::Actual;
    price.grade = Grade::Media;
    price.source = source.id;
    price.asOf = "2021-07-01";
    constexpr int clouds = 14, months = 6;
    for (int k = 0; k < clouds; ++k) {
        Entity cloud;
        cloud.id = "cloud_" + std::to_string(k);
        cloud.type = "company";
        cloud.nameEn = cloud.nameZh = "Cloud " + std::to_string(k);
        d.entities.push_back(cloud);
        for (int m = 0; m < months; ++m) {
            price.entity = cloud.id;
            price.period = Period::calendarMonth(2021, m + 1);
            price.value = 4.0 * std::pow(1.0 - 0.01 * k, m);
            d.observations.push_back(price);
        }
    }
    ScenarioDocument document;
    document.setDataset(d);
    CostCurveChart chart(document);
    QScatterSeries *merged = nullptr;
    for (QScatterSeries *s : scatters(chart))
        if (s->name().startsWith(QStringLiteral("Price per GPU-hour")))
            merged = s;
    ASSERT_TRUE(merged);
    // The bundled series of GPU-hour prices (two figures or more of one thing) are in it too.
    std::map<std::string, int> bundled;
    for (const Observation &o : m_store.snapshot().observations)
        bundled[o.entity] += o.metric == "gpu_hour_price" && o.value && *o.value > 0 && o.kind != Kind::Guidance;
    const auto more = std::count_if(bundled.begin(), bundled.end(), [](const auto &b) { return b.second >= 2; });
    ASSERT_GE(more, 1);
    EXPECT_EQ(merged->name().toStdString(),
              "Price per GPU-hour: " + std::to_string(clouds + more) + " series, each 1 at its first figure");
    // Far fewer names than series beside the plot.
    EXPECT_LE(scatters(chart).size(), 12);
    int found = 0;
    for (int i = 0; i < merged->count(); ++i) {
        const double x = merged->at(i).x();
        for (int m = 0; m < months; ++m) {
            if (std::abs(x - (Period::calendarMonth(2021, m + 1).midpoint() - 0.5)) > 1e-9)
                continue;
            ++found;
            // The median of the fourteen indices: the mean of clouds 6 and 7's.
            const double median = (std::pow(0.94, m) + std::pow(0.93, m)) / 2;
            EXPECT_NEAR(merged->at(i).y(), median, 1e-12) << "month " << m + 1;
            if (m == 2) {
                const QString tip = hoverTextOf(chart, merged, i);
                EXPECT_TRUE(tip.contains(QStringLiteral("median index 0.874"))) << tip.toStdString();
                // From cloud 13's 0.87² to cloud 0's 1.
                EXPECT_TRUE(tip.contains(QStringLiteral("14 series, from 0.757 to 1"))) << tip.toStdString();
                // A click shows every cloud's figures of the month on the Data page.
                int requests = 0;
                QString entity = QStringLiteral("none"), metric;
                Period period;
                const QMetaObject::Connection c = QObject::connect(
                    &ObservationChart::links(), &FigureLinks::figuresRequested, &chart,
                    [&](const QString &e, const QString &m, int, const Period &p) { ++requests, entity = e, metric = m, period = p; });
                emit merged->clicked(merged->at(i));
                QObject::disconnect(c);
                EXPECT_EQ(requests, 1);
                EXPECT_EQ(entity, QString()); // every company
                EXPECT_EQ(metric, QStringLiteral("gpu_hour_price"));
                EXPECT_EQ(period, Period::calendarMonth(2021, 3));
            }
        }
    }
    EXPECT_EQ(found, months); // one mark a month, not fourteen
    // Every publisher of the merged series is in the footer.
    EXPECT_TRUE(chart.sourcesFooter().contains(QStringLiteral("Price Survey"))) << chart.sourcesFooter().toStdString();
}

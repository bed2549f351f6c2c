// Log-axis labels as people write numbers: the text of each label in both languages, and
// the labels a log axis gets on a chart, following its range and the language.
#include "costcurvechart.h"
#include "logaxislabels.h"
#include "scenariodocument.h"
#include "translation.h"
#include "uitestsupport.h"
#include "valuetext.h"

#include <QCategoryAxis>
#include <QChart>
#include <QLineSeries>
#include <QLogValueAxis>

#include <gtest/gtest.h>

#include <cmath>

using namespace capex;
using namespace capex::ui;

TEST(LogAxisLabelText, EnglishWritesLargeNumbersWithThousandsSeparators)
{
    const Language en = Language::English;
    EXPECT_EQ(logAxisLabelText(1, en), QStringLiteral("1"));
    EXPECT_EQ(logAxisLabelText(10, en), QStringLiteral("10"));
    EXPECT_EQ(logAxisLabelText(1000, en), QStringLiteral("1,000"));
    EXPECT_EQ(logAxisLabelText(1e6, en), QStringLiteral("1,000,000"));
    EXPECT_EQ(logAxisLabelText(2.5e6, en), QStringLiteral("2,500,000"));
    EXPECT_EQ(logAxisLabelText(1e8, en), QStringLiteral("100,000,000"));
    // From a billion on, powers of ten: a label of 17 characters crowds a narrow chart's axis.
    EXPECT_EQ(logAxisLabelText(1e9, en), QStringLiteral("10⁹"));
    EXPECT_EQ(logAxisLabelText(1e12, en), QStringLiteral("10¹²"));
    // Rounded to three significant digits, a hair under a power of ten is that power.
    EXPECT_EQ(logAxisLabelText(999999.7, en), QStringLiteral("1,000,000"));
    EXPECT_EQ(logAxisLabelText(1e6 * (1 - 1e-9), en), QStringLiteral("1,000,000"));
    EXPECT_EQ(logAxisLabelText(2.5e9, en), QStringLiteral("2.5×10⁹"));
    EXPECT_EQ(logAxisLabelText(1e18, en), QStringLiteral("10¹⁸"));
}

// Where written out they would not fit an axis: powers of ten from 100 on, in either language.
TEST(LogAxisLabelText, CompactLabelsArePowersOfTenFromAHundredOn)
{
    for (Language language : {Language::English, Language::Chinese}) {
        EXPECT_EQ(compactLogAxisLabelText(1, language), QStringLiteral("1"));
        EXPECT_EQ(compactLogAxisLabelText(10, language), QStringLiteral("10"));
        EXPECT_EQ(compactLogAxisLabelText(100, language), QStringLiteral("10²"));
        EXPECT_EQ(compactLogAxisLabelText(1e8, language), QStringLiteral("10⁸"));
        EXPECT_EQ(compactLogAxisLabelText(2.5e4, language), QStringLiteral("2.5×10⁴"));
        EXPECT_EQ(compactLogAxisLabelText(0.01, language), QStringLiteral("0.01"));
        EXPECT_EQ(compactLogAxisLabelText(1e-6, language), QStringLiteral("10⁻⁶"));
    }
}

TEST(LogAxisLabelText, ChineseCountsInWanYiAndWanYi)
{
    const Language zh = Language::Chinese;
    EXPECT_EQ(logAxisLabelText(1, zh), QStringLiteral("1"));
    EXPECT_EQ(logAxisLabelText(1000, zh), QStringLiteral("1000"));
    EXPECT_EQ(logAxisLabelText(1e4, zh), QStringLiteral("1万"));
    EXPECT_EQ(logAxisLabelText(1.5e4, zh), QStringLiteral("1.5万"));
    EXPECT_EQ(logAxisLabelText(1e6, zh), QStringLiteral("100万"));
    EXPECT_EQ(logAxisLabelText(1e7, zh), QStringLiteral("1000万"));
    EXPECT_EQ(logAxisLabelText(1e8, zh), QStringLiteral("1亿"));
    EXPECT_EQ(logAxisLabelText(2.5e9, zh), QStringLiteral("25亿"));
    EXPECT_EQ(logAxisLabelText(1e12, zh), QStringLiteral("1万亿"));
    EXPECT_EQ(logAxisLabelText(1e15, zh), QStringLiteral("1000万亿"));
    EXPECT_EQ(logAxisLabelText(1e16, zh), QStringLiteral("10¹⁶"));
}

TEST(LogAxisLabelText, SmallNumbersAreDecimalsThenPowersOfTenInBothLanguages)
{
    for (Language language : {Language::English, Language::Chinese}) {
        EXPECT_EQ(logAxisLabelText(0.5, language), QStringLiteral("0.5"));
        EXPECT_EQ(logAxisLabelText(0.1, language), QStringLiteral("0.1"));
        EXPECT_EQ(logAxisLabelText(0.01, language), QStringLiteral("0.01"));
        EXPECT_EQ(logAxisLabelText(0.001, language), QStringLiteral("0.001"));
        EXPECT_EQ(logAxisLabelText(1e-4, language), QStringLiteral("10⁻⁴"));
        EXPECT_EQ(logAxisLabelText(1e-6, language), QStringLiteral("10⁻⁶"));
        EXPECT_EQ(logAxisLabelText(1e-8, language), QStringLiteral("10⁻⁸"));
        EXPECT_EQ(logAxisLabelText(2e-8, language), QStringLiteral("2×10⁻⁸"));
        EXPECT_EQ(logAxisLabelText(1e-10, language), QStringLiteral("10⁻¹⁰"));
        // Nothing to place on a log axis: no label.
        EXPECT_TRUE(logAxisLabelText(0, language).isEmpty());
        EXPECT_TRUE(logAxisLabelText(-5, language).isEmpty());
        EXPECT_TRUE(logAxisLabelText(std::nan(""), language).isEmpty());
    }
}

class LogAxisLabelsTest : public capex::testing::UiTest
{
};

TEST_F(LogAxisLabelsTest, LabelsFollowTheRangeTheBaseAndTheLanguage)
{
    QChart chart;
    auto *series = new QLineSeries;
    series->append(0, 1);
    series->append(1, 1e8);
    chart.addSeries(series);
    auto *axis = new QLogValueAxis;
    axis->setTitleText(QStringLiteral("USD"));
    chart.addAxis(axis, Qt::AlignLeft);
    series->attachAxis(axis);
    axis->setRange(1, 1e8);
    LogAxisLabels::attach(chart, axis);
    QCategoryAxis *labels = LogAxisLabels::labelsOf(axis);
    ASSERT_TRUE(labels);
    EXPECT_TRUE(chart.axes(Qt::Vertical).contains(labels));
    EXPECT_FALSE(series->attachedAxes().contains(labels)) << "the labels plot nothing";
    EXPECT_FALSE(axis->labelsVisible());
    EXPECT_EQ(labels->labelsPosition(), QCategoryAxis::AxisLabelsPositionOnValue);
    EXPECT_EQ(labels->titleText(), QStringLiteral("USD"));
    EXPECT_EQ(labels->categoriesLabels(),
              QStringList({QStringLiteral("1"), QStringLiteral("10"), QStringLiteral("100"), QStringLiteral("1,000"),
                           QStringLiteral("10,000"), QStringLiteral("100,000"), QStringLiteral("1,000,000"),
                           QStringLiteral("10,000,000"), QStringLiteral("100,000,000")}));
    // Each at its decade, on the same scale as the log axis.
    EXPECT_DOUBLE_EQ(labels->endValue(QStringLiteral("1,000")), 3);
    EXPECT_NEAR(labels->min(), 0, 1e-6);
    EXPECT_NEAR(labels->max(), 8, 1e-6);

    Translation::instance().setLanguage(Language::Chinese);
    EXPECT_EQ(labels->categoriesLabels(),
              QStringList({QStringLiteral("1"), QStringLiteral("10"), QStringLiteral("100"), QStringLiteral("1000"),
                           QStringLiteral("1万"), QStringLiteral("10万"), QStringLiteral("100万"),
                           QStringLiteral("1000万"), QStringLiteral("1亿")}));

    // A base of 100 labels every other decade; a new range moves the labels.
    axis->setBase(100);
    axis->setRange(1e-8, 1);
    EXPECT_EQ(labels->categoriesLabels(),
              QStringList({QStringLiteral("10⁻⁸"), QStringLiteral("10⁻⁶"), QStringLiteral("10⁻⁴"), QStringLiteral("0.01"),
                           QStringLiteral("1")}));
    EXPECT_NEAR(labels->min(), -8, 1e-6);
    EXPECT_NEAR(labels->max(), 0, 1e-6);

    axis->setTitleText(QStringLiteral("美元"));
    EXPECT_EQ(labels->titleText(), QStringLiteral("美元"));
    axis->setVisible(false);
    EXPECT_FALSE(labels->isVisible());
}

TEST_F(LogAxisLabelsTest, CostCurvesReadAsPowersOfTenNotPrintfExponents)
{
    ScenarioDocument document;
    document.setDataset(m_store.snapshot());
    CostCurveChart chart(document);
    QLogValueAxis *log = nullptr;
    for (QAbstractAxis *axis : chart.axes(Qt::Vertical))
        log = log ? log : qobject_cast<QLogValueAxis *>(axis);
    ASSERT_TRUE(log);
    QCategoryAxis *labels = LogAxisLabels::labelsOf(log);
    ASSERT_TRUE(labels);
    const QStringList texts = labels->categoriesLabels();
    // The curves start at 1 and the steepest fall below a millionth by the horizon.
    ASSERT_LE(log->min(), 1e-6);
    EXPECT_TRUE(texts.contains(QStringLiteral("1"))) << texts.join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(texts.contains(QStringLiteral("10⁻⁶"))) << texts.join(QLatin1Char(' ')).toStdString();
    for (const QString &text : texts)
        EXPECT_FALSE(text.contains(QLatin1Char('e'))) << text.toStdString();
}

// The Capex page's quarterly table and what it puts on the clipboard, on the dataset that
// ships (Amazon's reported quarters, docs/data.md).
#include "capexchart.h"
#include "capexpage.h"
#include "quarterlytablemodel.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QTableView>

using namespace capex;
using namespace capex::ui;

class QuarterlyTableTest : public capex::testing::UiTest
{
};

TEST_F(QuarterlyTableTest, TrailingSumsWithGrowthAndAGapThatSaysWhy)
{
    Dataset d = m_store.snapshot();
    std::erase_if(d.observations, [](const Observation &o) {
        return o.entity == "amazon" && o.metric == "capex" && o.period.toString() == "2025Q2";
    });
    QuarterlyTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.configure(&d, {QStringLiteral("amazon")}, QStringLiteral("capex"), QStringLiteral("USD"), true);
    ASSERT_EQ(model.rowCount(), 2); // values, growth
    // 2024Q4 … 2026Q1
    ASSERT_EQ(model.columnCount(), 6);
    EXPECT_EQ(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("2024 Q4"));
    EXPECT_NEAR(model.data(model.index(0, 0), Qt::UserRole).toDouble(), (14.93 + 17.62 + 22.62 + 27.834) * 1e9, 1e3);
    EXPECT_EQ(model.data(model.index(0, 0)).toString(), QStringLiteral("$83B"));
    // 2025Q2's sum needs 2025Q2: empty, and the cell says why.
    EXPECT_FALSE(model.data(model.index(0, 2), Qt::UserRole).isValid());
    EXPECT_EQ(model.data(model.index(0, 2), Qt::ToolTipRole).toString(), QStringLiteral("2025 Q2 is not reported"));
}

TEST_F(QuarterlyTableTest, CopiesTabSeparatedNumbersThatASpreadsheetReadsAsNumbers)
{
    CapexPage page(m_store);
    page.refresh();
    for (const QString &id : {QStringLiteral("alphabet"), QStringLiteral("microsoft"), QStringLiteral("meta"),
                              QStringLiteral("oracle"), QStringLiteral("bytedance")})
        page.setCompanySelected(id, false);
    page.setCompanySelected(QStringLiteral("amazon"), true);
    auto *view = page.findChild<QComboBox *>(QStringLiteral("capexView"));
    ASSERT_TRUE(view);
    view->setCurrentIndex(view->findData(QStringLiteral("quarterly")));
    EXPECT_TRUE(page.table()->isVisibleTo(&page));
    page.copyTable();
    const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3);
    EXPECT_TRUE(lines[0].startsWith(QStringLiteral("Company (quarter, USD)\t2024Q1\t2024Q2"))) << lines[0].toStdString();
    const QStringList values = lines[1].split(QLatin1Char('\t'));
    EXPECT_EQ(values[0], QStringLiteral("Amazon"));
    EXPECT_EQ(values[1], QStringLiteral("14930000000"));
    EXPECT_EQ(values.last(), QStringLiteral("44200000000"));
    // 2026Q1 on 2025Q1: 44.2 / 25.02 − 1 as a plain fraction.
    const QStringList growth = lines[2].split(QLatin1Char('\t'));
    EXPECT_EQ(growth[0], QStringLiteral("Amazon growth on the year before"));
    EXPECT_TRUE(growth[1].isEmpty());
    EXPECT_NEAR(growth.last().toDouble(), 44.2 / 25.02 - 1, 1e-12);
    // The annual view has no table.
    view->setCurrentIndex(view->findData(QStringLiteral("annual")));
    EXPECT_FALSE(page.table()->isVisibleTo(&page));
}

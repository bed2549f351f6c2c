#include "observationtablemodel.h"
#include "sourcetablemodel.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>

using namespace capex;
using namespace capex::ui;

class TableModelTest : public capex::testing::UiTest
{
};

TEST_F(TableModelTest, ObservationModelPassesTheModelTester)
{
    ObservationTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSnapshot(&m_store.snapshot());
    EXPECT_EQ(model.rowCount(), static_cast<int>(m_store.snapshot().observations.size()));
    EXPECT_EQ(model.columnCount(), ObservationTableModel::ColumnCount);
    ObservationFilterModel filter;
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    filter.setSourceModel(&model);
    filter.sort(ObservationTableModel::Value);
    filter.setSearchText(QStringLiteral("字节"));
    EXPECT_GT(filter.rowCount(), 0);
}

TEST_F(TableModelTest, SourceModelPassesTheModelTesterAndCountsCitations)
{
    SourceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSnapshot(&m_store.snapshot());
    EXPECT_EQ(model.rowCount(), static_cast<int>(m_store.snapshot().sources.size()));
    int cited = 0;
    for (const Observation &o : m_store.snapshot().observations)
        cited += o.source == "deepseek_v3_report";
    EXPECT_GT(cited, 0);
    EXPECT_EQ(model.citationCount("deepseek_v3_report"), cited);
}

TEST_F(TableModelTest, FilterByEntityKindAndFreeTextInEitherLanguage)
{
    ObservationTableModel model;
    model.setSnapshot(&m_store.snapshot());
    ObservationFilterModel filter;
    filter.setSourceModel(&model);

    int metaCapex = 0, metaGuidance = 0;
    for (const Observation &o : m_store.snapshot().observations) {
        metaCapex += o.entity == "meta" && o.metric == "capex";
        metaGuidance += o.entity == "meta" && o.metric == "capex" && o.kind == Kind::Guidance;
    }
    filter.setEntity(QStringLiteral("meta"));
    filter.setMetric(QStringLiteral("capex"));
    EXPECT_EQ(filter.rowCount(), metaCapex);
    filter.setKind(static_cast<int>(Kind::Guidance));
    EXPECT_EQ(filter.rowCount(), metaGuidance);
    EXPECT_EQ(metaGuidance, 1);

    filter.setEntity({});
    filter.setMetric({});
    filter.setKind(-1);
    filter.setSearchText(QStringLiteral("字节跳动"));
    const int chinese = filter.rowCount();
    filter.setSearchText(QStringLiteral("bytedance"));
    EXPECT_EQ(filter.rowCount(), chinese);
    EXPECT_GE(chinese, 3);
}

TEST_F(TableModelTest, DisplayFollowsTheLanguage)
{
    ObservationTableModel model;
    model.setSnapshot(&m_store.snapshot());
    int row = -1;
    for (int i = 0; i < model.rowCount(); ++i) {
        const Observation *o = model.observation(model.index(i, 0));
        if (o->entity == "meta" && o->metric == "capex" && o->period.toString() == "2025" && o->kind == Kind::Actual)
            row = i;
    }
    ASSERT_GE(row, 0);
    EXPECT_EQ(model.index(row, ObservationTableModel::Value).data().toString(), QStringLiteral("$72.2B"));
    EXPECT_EQ(model.headerData(ObservationTableModel::Value, Qt::Horizontal).toString(), QStringLiteral("Value"));
    Translation::instance().setLanguage(Language::Chinese);
    EXPECT_EQ(model.index(row, ObservationTableModel::Value).data().toString(), QStringLiteral("722亿美元"));
    EXPECT_EQ(model.index(row, ObservationTableModel::Kind).data().toString(), QStringLiteral("实际值"));
    EXPECT_EQ(model.headerData(ObservationTableModel::Value, Qt::Horizontal).toString(), QStringLiteral("数值"));
}

#include "observationtablemodel.h"
#include "sourcetablemodel.h"
#include "translation.h"
#include "uitestsupport.h"
#include "valuetext.h"

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

TEST_F(TableModelTest, CitationsCountedFromTheCompactColumnsMatchTheCountsById)
{
    const Dataset &d = m_store.snapshot();
    SourceTableModel byId, byColumns;
    byId.setSnapshot(&d);
    byColumns.setSnapshot(&d, std::make_shared<const ObservationColumns>(ObservationTableModel::buildColumns(d)));
    int compared = 0;
    for (const Source &s : d.sources) {
        EXPECT_EQ(byColumns.citationCount(s.id), byId.citationCount(s.id)) << s.id;
        compared += byId.citationCount(s.id) > 0;
    }
    EXPECT_GT(compared, 20);
    // Columns of another snapshot (other size) are not used: the counts stay right.
    Dataset smaller = d;
    smaller.observations.pop_back();
    SourceTableModel mismatched;
    mismatched.setSnapshot(&smaller, std::make_shared<const ObservationColumns>(ObservationTableModel::buildColumns(d)));
    const std::string &last = d.observations.back().source;
    EXPECT_EQ(mismatched.citationCount(last), byId.citationCount(last) - 1);
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
    EXPECT_EQ(metaGuidance, 8); // 2025 and 2026, every revision, two of them in words

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

TEST_F(TableModelTest, QuartersAndMonthsAreWrittenForPeopleInBothLanguages)
{
    const Period quarter = Period::calendarQuarter(2025, 3), fiscalQuarter = Period::fiscalQuarter(2026, 1, 6),
                 month = Period::calendarMonth(2026, 5);
    EXPECT_EQ(periodText(quarter), QStringLiteral("2025 Q3"));
    EXPECT_EQ(periodText(fiscalQuarter), QStringLiteral("FY2026 Q1 (Jun)"));
    EXPECT_EQ(periodText(month), QStringLiteral("May 2026"));
    EXPECT_EQ(periodText(Period::calendarMonth(2025, 12)), QStringLiteral("December 2025"));
    // The older forms stay as the data writes them.
    EXPECT_EQ(periodText(Period::calendarYear(2024)), QStringLiteral("2024"));
    EXPECT_EQ(periodText(Period::fiscalYear(2025, 6)), QStringLiteral("FY2025-06"));
    EXPECT_EQ(periodText(Period::date(2024, 12, 26)), QStringLiteral("2024-12-26"));
    Translation::instance().setLanguage(Language::Chinese);
    EXPECT_EQ(periodText(quarter), QStringLiteral("2025年第3季度"));
    EXPECT_EQ(periodText(fiscalQuarter), QStringLiteral("FY2026 第1财季（6月）"));
    EXPECT_EQ(periodText(month), QStringLiteral("2026年5月"));
    EXPECT_EQ(periodText(Period::calendarMonth(2025, 12)), QStringLiteral("2025年12月"));
}

TEST_F(TableModelTest, PeriodColumnShowsQuartersAndSortsByTime)
{
    Dataset d = m_store.snapshot();
    Observation base = d.observations.front();
    base.entity = "meta";
    base.metric = "capex";
    base.kind = Kind::Actual;
    d.observations.clear();
    for (const char *text : {"FY2026-06", "2025", "FY2026Q1-06", "2025Q4", "2025-05", "2025Q3", "2025-09-30"}) {
        base.period = *Period::parse(text);
        d.observations.push_back(base);
    }
    ObservationTableModel model;
    model.setSnapshot(&d);
    ObservationFilterModel filter;
    filter.setSourceModel(&model);
    filter.sort(ObservationTableModel::Period);
    QStringList shown;
    for (int row = 0; row < filter.rowCount(); ++row)
        shown << filter.index(row, ObservationTableModel::Period).data().toString();
    // By the month each ends in; of those ending together, the shorter first.
    EXPECT_EQ(shown,
              (QStringList {QStringLiteral("May 2025"), QStringLiteral("2025-09-30"), QStringLiteral("2025 Q3"),
                            QStringLiteral("FY2026 Q1 (Jun)"), QStringLiteral("2025 Q4"), QStringLiteral("2025"),
                            QStringLiteral("FY2026-06")}));
    // The free-text filter finds a quarter by its code and by its words.
    filter.setSearchText(QStringLiteral("FY2026Q1-06"));
    EXPECT_EQ(filter.rowCount(), 1);
    filter.setSearchText(QStringLiteral("2025 Q4"));
    EXPECT_EQ(filter.rowCount(), 1);
}

// The Data page on a store of 100,000 figures: it shows, filters and sorts every row correctly.
// (Not timed: scripts/bench times it on the million-figure store.)
#include "dataedits.h"
#include "datapage.h"
#include "observationtablemodel.h"
#include "translation.h"
#include "uitestsupport.h"
#include "valuetext.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTableView>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace capex;
using namespace capex::ui;

namespace {

constexpr int generated = 100000;
constexpr int companies = 200;

/// The source rows the proxy shows, in its order.
std::vector<int> rowsOf(const ObservationFilterModel &proxy)
{
    std::vector<int> rows(static_cast<std::size_t>(proxy.rowCount()));
    for (std::size_t i = 0; i < rows.size(); ++i)
        rows[i] = proxy.sourceRow(static_cast<int>(i));
    return rows;
}

class LargeTableTest : public capex::testing::UiTest
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        Dataset d = m_store.snapshot();
        m_bundled = static_cast<int>(d.observations.size());
        for (int c = 0; c < companies; ++c) {
            char id[64];
            std::snprintf(id, sizeof id, "gen_%03d", c);
            d.entities.push_back({id, "company", "Generated company " + std::to_string(c), "生成公司" + std::to_string(c), true});
        }
        const Observation model = d.observations.front();
        std::int64_t rowId = 1'000'000;
        for (int i = 0; i < generated; ++i) {
            Observation o = model;
            o.rowId = ++rowId;
            o.uid.clear();
            o.entity = d.entities[d.entities.size() - companies + static_cast<std::size_t>(i % companies)].id;
            o.metric = i % 3 == 0 ? "capex" : "revenue";
            o.period = i % 2 ? Period::calendarQuarter(2000 + (i / 7) % 27, 1 + (i / 3) % 4) : Period::calendarYear(2000 + (i / 5) % 27);
            o.kind = i % 4 == 0 ? Kind::Actual : Kind::Estimate;
            o.grade = i % 4 == 0 ? Grade::Reported : Grade::Estimate;
            o.value = static_cast<double>((static_cast<long long>(i) * 7919) % 100003) * 1e6;
            o.low = o.high = std::nullopt;
            o.unit = "USD";
            o.currency = "USD";
            o.noteEn = "Row " + std::to_string(i);
            o.noteZh = "第" + std::to_string(i) + "行";
            o.userEntered = true;
            d.observations.push_back(std::move(o));
        }
        m_store.setSnapshot(std::move(d));
        m_edits = std::make_unique<DataEdits>(m_store);
        m_page = std::make_unique<DataPage>(m_store, *m_edits);
        m_page->refresh();
    }

    /// The observations shown, in the table's order.
    std::vector<const Observation *> shown() const { return m_page->filteredObservations(); }
    ObservationFilterModel &filter() const { return *m_page->filterModel(); }

    int m_bundled = 0;
    std::unique_ptr<DataEdits> m_edits;
    std::unique_ptr<DataPage> m_page;
};

} // namespace

TEST_F(LargeTableTest, ShowsEveryFigureSortedByEntity)
{
    EXPECT_EQ(m_page->tableModel()->rowCount(), m_bundled + generated);
    ASSERT_EQ(filter().rowCount(), m_bundled + generated);
    // The page opens sorted by entity name: consecutive rows never go backwards.
    const Dataset &d = m_store.snapshot();
    QString previous;
    for (int row = 0; row < filter().rowCount(); row += 97) {
        const QString name = filter().index(row, ObservationTableModel::Entity).data().toString();
        EXPECT_LE(previous.compare(name, Qt::CaseInsensitive), 0) << row;
        previous = name;
    }
    // What a row shows is its figure's.
    const Observation *o = m_page->filteredObservations().back();
    const QModelIndex last = filter().index(filter().rowCount() - 1, ObservationTableModel::Note);
    EXPECT_EQ(last.data().toString(), QString::fromStdString(o->noteEn));
    EXPECT_NE(d.entity(o->entity), nullptr);
}

TEST_F(LargeTableTest, TheOrderSortedWhileTheStoreIsReadIsTheSortsAndIsTakenAsItIs)
{
    const Dataset &d = m_store.snapshot();
    const auto n = d.observations.size();
    std::vector<int> english;
    for (Language language : {Language::English, Language::Chinese}) {
        Translation::instance().setLanguage(language);
        // What the Data page sorts by entity on the GUI thread, in this language…
        ObservationTableModel model;
        model.setSnapshot(&d);
        ObservationFilterModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(ObservationTableModel::Entity, Qt::AscendingOrder);
        // … is what the reading thread sorts with the columns.
        const auto columns = ObservationTableModel::buildColumns(d, language);
        ASSERT_TRUE(columns.byEntity);
        EXPECT_EQ(columns.byEntityLanguage, language);
        ASSERT_EQ(columns.byEntity->size(), n);
        EXPECT_EQ(*columns.byEntity, rowsOf(proxy));
        if (language == Language::English)
            english = *columns.byEntity;
        else
            EXPECT_NE(*columns.byEntity, english); // Microsoft before Nvidia; 微软 after 英伟达
    }
    // Given with the snapshot, the order is taken as it is: a reversed one shows reversed.
    Translation::instance().setLanguage(Language::English);
    auto reversed = std::make_shared<ObservationColumns>(ObservationTableModel::buildColumns(d, Language::English));
    std::vector<int> backwards(reversed->byEntity->rbegin(), reversed->byEntity->rend());
    reversed->byEntity = std::make_shared<const std::vector<int>>(backwards);
    ObservationTableModel model;
    ObservationFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(ObservationTableModel::Entity, Qt::AscendingOrder);
    model.setSnapshot(&d, reversed);
    EXPECT_EQ(rowsOf(proxy), backwards);
    // A filter narrows it; cleared, the whole order is back.
    proxy.setMetric(QStringLiteral("capex"));
    ASSERT_LT(proxy.rowCount(), static_cast<int>(n));
    proxy.setMetric({});
    EXPECT_EQ(rowsOf(proxy), backwards);
    // Sorted in another language than the one shown, it is sorted again.
    Translation::instance().setLanguage(Language::Chinese);
    proxy.sort(ObservationTableModel::Entity, Qt::AscendingOrder);
    ObservationTableModel plain;
    plain.setSnapshot(&d);
    ObservationFilterModel sorted;
    sorted.setSourceModel(&plain);
    sorted.sort(ObservationTableModel::Entity, Qt::AscendingOrder);
    EXPECT_EQ(rowsOf(proxy), rowsOf(sorted));
    EXPECT_NE(rowsOf(proxy), backwards);
    Translation::instance().setLanguage(Language::English);
}

TEST_F(LargeTableTest, FilledInStepsTheTableShowsItsRowsAShareATimeAndEndsAsARefreshInOneGo)
{
    const int all = m_bundled + generated;
    // A refresh in one go: every row at once, and its columns' widths.
    m_page->resize(1366, 700);
    m_page->refresh();
    const std::vector<int> inOneGo = rowsOf(filter());
    std::vector<int> widths;
    for (int column = 0; column < ObservationTableModel::ColumnCount; ++column)
        widths.push_back(m_page->tableView()->columnWidth(column));

    Dataset reread = m_store.snapshot(); // a new snapshot of the same figures arrives
    m_store.setSnapshot(std::move(reread));
    for (int column = 0; column < ObservationTableModel::ColumnCount; ++column)
        m_page->tableView()->setColumnWidth(column, 10);
    m_page->show();
    const QList<std::function<void()>> steps = m_page->refreshSteps();
    // The first rows, then the other 100,000 and some (two steps), the filters, 11 columns,
    // the count, the paint.
    ASSERT_EQ(steps.size(), 1 + 1 + 1 + ObservationTableModel::ColumnCount + 1 + 1);
    QSignalSpy inserted(&filter(), &QAbstractItemModel::rowsInserted);
    steps.at(0)();
    // The table on screen is held from painting until the last step paints it once.
    EXPECT_FALSE(m_page->tableView()->updatesEnabled());
    EXPECT_EQ(filter().rowCount(), 100000);
    EXPECT_EQ(filter().matchingRowCount(), all);
    steps.at(1)();
    ASSERT_EQ(inserted.size(), 1);
    EXPECT_EQ(inserted.at(0).at(1).toInt(), 100000);
    EXPECT_EQ(inserted.at(0).at(2).toInt(), all - 1);
    EXPECT_EQ(filter().rowCount(), all);
    for (qsizetype step = 2; step < steps.size() - 1; ++step)
        steps.at(step)();
    EXPECT_FALSE(m_page->tableView()->updatesEnabled());
    steps.back()();
    EXPECT_TRUE(m_page->tableView()->updatesEnabled());
    EXPECT_EQ(rowsOf(filter()), inOneGo);
    for (int column = 0; column < ObservationTableModel::ColumnCount; ++column)
        EXPECT_EQ(m_page->tableView()->columnWidth(column), widths[static_cast<std::size_t>(column)]) << column;
    // The count names every figure, also while the rows came a share at a time.
    bool counted = false;
    for (const QLabel *label : m_page->findChildren<QLabel *>())
        counted = counted || label->text().contains(QString::number(all));
    EXPECT_TRUE(counted);

    // A filter while rows are still to come shows all it lets through at once. (This fill is
    // overtaken: the table paints again all the same.)
    steps.at(0)();
    ASSERT_EQ(filter().rowCount(), 100000);
    filter().setKind(static_cast<int>(Kind::Estimate));
    int estimates = 0;
    for (const Observation &o : m_store.snapshot().observations)
        estimates += o.kind == Kind::Estimate;
    EXPECT_EQ(filter().rowCount(), estimates);
    EXPECT_FALSE(filter().showMoreRows(100000));
    EXPECT_EQ(filter().rowCount(), estimates);
    filter().setKind(-1);
    EXPECT_FALSE(m_page->tableView()->updatesEnabled());
    EXPECT_TRUE(QTest::qWaitFor([&] { return m_page->tableView()->updatesEnabled(); }, 3000));
}

TEST_F(LargeTableTest, FiltersByEntityMetricKindAndPeriod)
{
    filter().setEntity(QStringLiteral("gen_008"));
    int expected = 0;
    for (int i = 0; i < generated; ++i)
        expected += i % companies == 8;
    EXPECT_EQ(filter().rowCount(), expected);
    for (const Observation *o : shown())
        ASSERT_EQ(o->entity, "gen_008");

    filter().setMetric(QStringLiteral("capex"));
    filter().setKind(static_cast<int>(Kind::Actual));
    expected = 0;
    for (int i = 0; i < generated; ++i)
        expected += i % companies == 8 && i % 3 == 0 && i % 4 == 0;
    ASSERT_GT(expected, 0);
    ASSERT_EQ(filter().rowCount(), expected);

    // The figures behind one mark of a chart: one entity, metric, kind and period.
    const Period period = shown().front()->period;
    m_page->showFigures(QStringLiteral("gen_008"), QStringLiteral("capex"), static_cast<int>(Kind::Actual), period);
    expected = 0;
    for (const Observation &o : m_store.snapshot().observations)
        expected += o.entity == "gen_008" && o.metric == "capex" && o.kind == Kind::Actual && o.period == period;
    EXPECT_EQ(filter().rowCount(), expected);
    for (const Observation *o : shown())
        ASSERT_EQ(o->period, period);

    filter().setPeriod(std::nullopt);
    filter().setEntity({});
    filter().setMetric({});
    filter().setKind(-1);
    EXPECT_EQ(filter().rowCount(), m_bundled + generated);
}

TEST_F(LargeTableTest, SearchFindsNotesInEitherLanguageAndNarrowsAsYouType)
{
    filter().setSearchText(QStringLiteral("row 9999"));
    // Row 9999 and Row 99990 … 99999.
    EXPECT_EQ(filter().rowCount(), 11);
    filter().setSearchText(QStringLiteral("ROW 99999"));
    ASSERT_EQ(filter().rowCount(), 1);
    EXPECT_EQ(shown().front()->noteEn, "Row 99999");
    filter().setSearchText(QStringLiteral("第4321行"));
    ASSERT_EQ(filter().rowCount(), 1);
    EXPECT_EQ(shown().front()->noteEn, "Row 4321");
    // Names match in both languages: every figure of 生成公司42 (and of none other).
    filter().setSearchText(QStringLiteral("生成公司42"));
    int expected = 0;
    for (int i = 0; i < generated; ++i)
        expected += i % companies == 42;
    EXPECT_EQ(filter().rowCount(), expected);
    filter().setSearchText({});
    EXPECT_EQ(filter().rowCount(), m_bundled + generated);
}

TEST_F(LargeTableTest, SortsByEveryColumn)
{
    auto check = [&](int column, Qt::SortOrder order, auto inOrder) {
        filter().sort(column, order);
        const std::vector<const Observation *> rows = shown();
        ASSERT_EQ(static_cast<int>(rows.size()), m_bundled + generated);
        for (std::size_t i = 1; i < rows.size(); ++i)
            if (order == Qt::AscendingOrder ? !inOrder(*rows[i - 1], *rows[i]) : !inOrder(*rows[i], *rows[i - 1]))
                FAIL() << "column " << column << " out of order at row " << i;
    };
    for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        check(ObservationTableModel::Value, order, [](const Observation &a, const Observation &b) {
            return a.centralValue().value_or(0) <= b.centralValue().value_or(0);
        });
        check(ObservationTableModel::Period, order, [](const Observation &a, const Observation &b) { return !(b.period < a.period); });
        check(ObservationTableModel::AsOf, order, [](const Observation &a, const Observation &b) { return a.asOf <= b.asOf; });
        check(ObservationTableModel::Note, order, [](const Observation &a, const Observation &b) { return a.noteEn <= b.noteEn; });
        // Ties (the bundled figures without a note, all "Row …" sharing four bytes) keep the
        // store's order in either direction, and a shorter note comes before its extensions.
        {
            const std::vector<const Observation *> rows = shown();
            int ties = 0;
            for (std::size_t i = 1; i < rows.size(); ++i)
                if (rows[i - 1]->noteEn == rows[i]->noteEn) {
                    ++ties;
                    ASSERT_LT(rows[i - 1], rows[i]) << "tie out of the store's order at row " << i;
                }
            EXPECT_GT(ties, 0) << "no two equal notes: the tie check proves nothing";
            auto position = [&](std::string_view note) {
                return std::find_if(rows.begin(), rows.end(), [&](const Observation *o) { return o->noteEn == note; }) - rows.begin();
            };
            // "Row 1" < "Row 10" < "Row 100" < "Row 11" as bytes.
            const auto r1 = position("Row 1"), r10 = position("Row 10"), r100 = position("Row 100"), r11 = position("Row 11");
            if (order == Qt::AscendingOrder) {
                EXPECT_LT(r1, r10);
                EXPECT_LT(r10, r100);
                EXPECT_LT(r100, r11);
            } else {
                EXPECT_GT(r1, r10);
                EXPECT_GT(r10, r100);
                EXPECT_GT(r100, r11);
            }
        }
        check(ObservationTableModel::Kind, order, [](const Observation &a, const Observation &b) {
            return kindText(a.kind).compare(kindText(b.kind), Qt::CaseInsensitive) <= 0;
        });
        // Columns sorted by rank (counting, not comparing): ties keep the store's order.
        const std::vector<const Observation *> byKind = shown();
        for (std::size_t i = 1; i < byKind.size(); ++i)
            if (byKind[i - 1]->kind == byKind[i]->kind) {
                ASSERT_LT(byKind[i - 1], byKind[i]) << "kind tie out of the store's order at row " << i;
            }
    }
    // Text columns by the text shown, case ignored.
    for (int column : {int(ObservationTableModel::Entity), int(ObservationTableModel::Metric),
                       int(ObservationTableModel::Unit), int(ObservationTableModel::Grade),
                       int(ObservationTableModel::Source)}) {
        filter().sort(column, Qt::AscendingOrder);
        for (int row = 1; row < filter().rowCount(); row += 53)
            ASSERT_LE(filter().index(row - 1, column).data().toString().compare(filter().index(row, column).data().toString(),
                                                                                 Qt::CaseInsensitive),
                      0)
                << "column " << column << " row " << row;
    }
    // A filter keeps the order.
    filter().sort(ObservationTableModel::Value, Qt::AscendingOrder);
    filter().setEntity(QStringLiteral("gen_123"));
    const std::vector<const Observation *> rows = shown();
    ASSERT_FALSE(rows.empty());
    for (std::size_t i = 1; i < rows.size(); ++i)
        ASSERT_LE(*rows[i - 1]->value, *rows[i]->value);
}

TEST_F(LargeTableTest, TheSelectedFigureStaysSelectedThroughAFilter)
{
    const Observation &target = m_store.snapshot().observations[static_cast<std::size_t>(m_bundled + 4242)];
    ASSERT_TRUE(m_page->selectObservation(target.rowId));
    ASSERT_EQ(m_page->selectedObservation()->rowId, target.rowId);
    const QString entity = QString::fromStdString(target.entity);
    m_page->showFigures(entity, QString::fromStdString(target.metric), static_cast<int>(target.kind), target.period);
    // showFigures selects the first figure it shows: select ours again, then search for it.
    ASSERT_TRUE(m_page->selectObservation(target.rowId));
    m_page->findChild<QLineEdit *>()->setText(QStringLiteral("Row 4242"));
    ASSERT_NE(m_page->selectedObservation(), nullptr);
    EXPECT_EQ(m_page->selectedObservation()->rowId, target.rowId);
}

TEST_F(LargeTableTest, TheFilterModelPassesTheModelTesterOnAThousandRows)
{
    // The tester walks every index at each reset: a thousand rows of the large store.
    Dataset d = m_store.snapshot();
    d.observations.resize(1000);
    ObservationTableModel model;
    model.setSnapshot(&d);
    ObservationFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    // Shown a share at a time, as when a large store arrives.
    proxy.showFirstRowsOnlyAtNextReset(300);
    model.setSnapshot(&d);
    EXPECT_EQ(proxy.rowCount(), 300);
    EXPECT_TRUE(proxy.showMoreRows(300));
    EXPECT_EQ(proxy.rowCount(), 600);
    EXPECT_TRUE(proxy.showMoreRows(300));
    EXPECT_FALSE(proxy.showMoreRows(300));
    EXPECT_EQ(proxy.rowCount(), 1000);
    EXPECT_FALSE(proxy.showMoreRows(300));
    for (int column = 0; column < ObservationTableModel::ColumnCount; ++column)
        proxy.sort(column, column % 2 ? Qt::DescendingOrder : Qt::AscendingOrder);
    proxy.setEntity(QString::fromStdString(d.observations.back().entity));
    EXPECT_GT(proxy.rowCount(), 0) << d.observations.back().entity;
    const Observation &last = d.observations.back(); // "Row 6xx"
    proxy.setPeriod(last.period);
    proxy.setSearchText(QStringLiteral("row"));
    proxy.setSearchText(QString::fromStdString(last.noteEn));
    EXPECT_EQ(proxy.rowCount(), 1);
    proxy.setEntity({});
    proxy.setPeriod(std::nullopt);
    EXPECT_EQ(proxy.rowCount(), 1);
    proxy.setSearchText(QStringLiteral("nothing matches this"));
    EXPECT_EQ(proxy.rowCount(), 0);
    EXPECT_FALSE(proxy.hasChildren());
    model.setSnapshot(nullptr);
    EXPECT_EQ(proxy.rowCount(), 0);
}

// Adding, editing and deleting figures and sources on the real main window, each undone
// and redone through Edit → Undo/Redo, with the table, the record panel and its history
// chart following.
#include "dataedits.h"
#include "datapage.h"
#include "importactions.h"
#include "importpreviewdialog.h"
#include "mainwindow.h"
#include "observationeditor.h"
#include "observationhistorychart.h"
#include "observationtablemodel.h"
#include "referencedialog.h"
#include "sourceeditor.h"
#include "sourcespage.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QUndoGroup>
#include <QUndoStack>

using namespace capex;
using namespace capex::ui;

namespace {

class DataEditingTest : public capex::testing::UiTest
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        m_window = std::make_unique<MainWindow>(m_store);
        m_window->showPage(QStringLiteral("data"));
        m_data = qobject_cast<DataPage *>(m_window->page(QStringLiteral("data")));
        m_sources = qobject_cast<SourcesPage *>(m_window->page(QStringLiteral("sources")));
        ASSERT_TRUE(m_data && m_sources);
    }
    void TearDown() override
    {
        m_window.reset();
        UiTest::TearDown();
    }

    QAction *editAction(QKeySequence::StandardKey key) const
    {
        for (QAction *menu : m_window->menuBar()->actions())
            if (menu->menu())
                for (QAction *a : menu->menu()->actions())
                    if (a->shortcut() == QKeySequence(key))
                        return a;
        return nullptr;
    }
    void undo() const { editAction(QKeySequence::Undo)->trigger(); }
    void redo() const { editAction(QKeySequence::Redo)->trigger(); }

    int rows() const { return static_cast<int>(m_store.snapshot().observations.size()); }

    const Observation *byUid(const std::string &uid) const
    {
        for (const Observation &o : m_store.snapshot().observations)
            if (o.uid == uid)
                return &o;
        return nullptr;
    }
    const Observation *byId(std::int64_t rowId) const
    {
        for (const Observation &o : m_store.snapshot().observations)
            if (o.rowId == rowId)
                return &o;
        return nullptr;
    }

    static void choose(QComboBox *box, const QVariant &data)
    {
        ASSERT_TRUE(box);
        const int index = box->findData(data);
        ASSERT_GE(index, 0) << data.toString().toStdString();
        box->setCurrentIndex(index);
    }
    template <typename T> static T *field(QWidget &dialog, const char *name)
    {
        T *widget = dialog.findChild<T *>(QString::fromLatin1(name));
        EXPECT_TRUE(widget) << name;
        return widget;
    }
    static void pressOk(QWidget &dialog)
    {
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    }

    /// Meta's 2027 capex, forecast at $150 B within $140–160 B by Meta's Q4 2025 results.
    static void fillForecast(ObservationEditor &e, const QString &low = QStringLiteral("140e9"))
    {
        choose(field<QComboBox>(e, "entity"), QStringLiteral("meta"));
        choose(field<QComboBox>(e, "metric"), QStringLiteral("capex"));
        choose(field<QComboBox>(e, "periodType"), static_cast<int>(Period::Type::Year));
        field<QSpinBox>(e, "year")->setValue(2027);
        field<QLineEdit>(e, "value")->setText(QStringLiteral("1,500亿"));
        field<QLineEdit>(e, "low")->setText(low);
        field<QLineEdit>(e, "high")->setText(QStringLiteral("160000000000"));
        field<QComboBox>(e, "currency")->setEditText(QStringLiteral("USD"));
        choose(field<QComboBox>(e, "kind"), static_cast<int>(Kind::Forecast));
        choose(field<QComboBox>(e, "grade"), static_cast<int>(Grade::Estimate));
        choose(field<QComboBox>(e, "source"), QStringLiteral("meta_q4_2025_results"));
        field<QLineEdit>(e, "noteEn")->setText(QStringLiteral("my 2027 forecast"));
        field<QLineEdit>(e, "noteZh")->setText(QStringLiteral("我的2027年预测"));
    }

    std::unique_ptr<MainWindow> m_window;
    DataPage *m_data = nullptr;
    SourcesPage *m_sources = nullptr;
};

} // namespace

TEST_F(DataEditingTest, AddedFigureIsTheUsersAndMarkedInTheTable)
{
    QAbstractItemModelTester tester(m_data->tableModel());
    const int before = rows();
    m_data->setNextEditorAction([](ObservationEditor &e) {
        fillForecast(e);
        pressOk(e);
    });
    m_data->addFigureAction()->trigger();
    ASSERT_EQ(rows(), before + 1);
    const Observation *added = m_data->selectedObservation();
    ASSERT_TRUE(added);
    EXPECT_TRUE(added->userEntered);
    EXPECT_EQ(added->period, Period::calendarYear(2027));
    EXPECT_DOUBLE_EQ(*added->value, 150e9); // 1,500亿
    EXPECT_DOUBLE_EQ(*added->low, 140e9);
    EXPECT_DOUBLE_EQ(*added->high, 160e9);
    EXPECT_EQ(added->unit, "USD");
    EXPECT_EQ(added->kind, Kind::Forecast);
    EXPECT_EQ(added->noteZh, "我的2027年预测");
    const QModelIndex shown = m_data->tableView()->currentIndex();
    EXPECT_EQ(shown.siblingAtColumn(ObservationTableModel::Origin).data().toString().toStdString(), "you");
    EXPECT_FALSE(shown.siblingAtColumn(ObservationTableModel::Entity).data(Qt::DecorationRole).isNull());
    EXPECT_EQ(m_window->undoGroup()->undoText().toStdString(), "Add Meta Platforms · Capital expenditure · 2027");
}

TEST_F(DataEditingTest, EditorProducesCalendarAndFiscalQuartersAndMonths)
{
    // Microsoft-style fiscal quarter: Q1 of the fiscal year ending June 2026 (July – September 2025).
    m_data->setNextEditorAction([](ObservationEditor &e) {
        fillForecast(e);
        choose(field<QComboBox>(e, "periodType"), static_cast<int>(Period::Type::FiscalQuarter));
        EXPECT_TRUE(field<QComboBox>(e, "quarter")->isVisibleTo(&e));
        EXPECT_TRUE(field<QComboBox>(e, "endMonth")->isVisibleTo(&e));
        EXPECT_FALSE(field<QComboBox>(e, "month")->isVisibleTo(&e));
        EXPECT_EQ(field<QSpinBox>(e, "year")->prefix(), QStringLiteral("FY"));
        choose(field<QComboBox>(e, "quarter"), 1);
        field<QSpinBox>(e, "year")->setValue(2026);
        choose(field<QComboBox>(e, "endMonth"), 6);
        pressOk(e);
    });
    ASSERT_TRUE(m_data->addObservation());
    const Observation *fiscal = m_data->selectedObservation();
    ASSERT_TRUE(fiscal);
    EXPECT_EQ(fiscal->period, Period::fiscalQuarter(2026, 1, 6));
    EXPECT_EQ(fiscal->period.toString(), "FY2026Q1-06");
    EXPECT_EQ(m_window->undoGroup()->undoText().toStdString(),
              "Add Meta Platforms · Capital expenditure · FY2026 Q1 (Jun)");
    const QModelIndex shown = m_data->tableView()->currentIndex();
    EXPECT_EQ(shown.siblingAtColumn(ObservationTableModel::Period).data().toString(), QStringLiteral("FY2026 Q1 (Jun)"));

    // The calendar quarter the fiscal one counts for, with another note so that both stay.
    m_data->setNextEditorAction([](ObservationEditor &e) {
        fillForecast(e);
        choose(field<QComboBox>(e, "periodType"), static_cast<int>(Period::Type::Quarter));
        EXPECT_TRUE(field<QComboBox>(e, "quarter")->isVisibleTo(&e));
        EXPECT_FALSE(field<QComboBox>(e, "endMonth")->isVisibleTo(&e));
        EXPECT_EQ(field<QSpinBox>(e, "year")->prefix(), QString());
        choose(field<QComboBox>(e, "quarter"), 3);
        field<QSpinBox>(e, "year")->setValue(2025);
        field<QLineEdit>(e, "noteEn")->setText(QStringLiteral("my Q3 2025 figure"));
        pressOk(e);
    });
    ASSERT_TRUE(m_data->addObservation());
    const Observation *quarter = m_data->selectedObservation();
    ASSERT_TRUE(quarter);
    EXPECT_EQ(quarter->period, Period::calendarQuarter(2025, 3));
    EXPECT_EQ(Period::fiscalQuarter(2026, 1, 6).countedCalendarQuarter(), quarter->period);

    // Opened again, the editor shows the quarter and saves it unchanged.
    const std::int64_t id = quarter->rowId;
    m_data->setNextEditorAction([](ObservationEditor &e) {
        EXPECT_EQ(field<QComboBox>(e, "periodType")->currentData().toInt(), static_cast<int>(Period::Type::Quarter));
        EXPECT_EQ(field<QComboBox>(e, "quarter")->currentData().toInt(), 3);
        EXPECT_EQ(field<QSpinBox>(e, "year")->value(), 2025);
        field<QLineEdit>(e, "value")->setText(QStringLiteral("19.37e9"));
        field<QLineEdit>(e, "low")->clear();
        field<QLineEdit>(e, "high")->clear();
        pressOk(e);
    });
    m_data->editFigureAction()->trigger();
    EXPECT_EQ(byId(id)->period, Period::calendarQuarter(2025, 3));
    EXPECT_DOUBLE_EQ(*byId(id)->value, 19.37e9);

    // A month.
    m_data->setNextEditorAction([](ObservationEditor &e) {
        fillForecast(e);
        choose(field<QComboBox>(e, "periodType"), static_cast<int>(Period::Type::Month));
        EXPECT_TRUE(field<QComboBox>(e, "month")->isVisibleTo(&e));
        EXPECT_FALSE(field<QComboBox>(e, "quarter")->isVisibleTo(&e));
        choose(field<QComboBox>(e, "month"), 5);
        field<QSpinBox>(e, "year")->setValue(2026);
        field<QLineEdit>(e, "noteEn")->setText(QStringLiteral("my May 2026 figure"));
        pressOk(e);
    });
    ASSERT_TRUE(m_data->addObservation());
    ASSERT_TRUE(m_data->selectedObservation());
    EXPECT_EQ(m_data->selectedObservation()->period, Period::calendarMonth(2026, 5));
    EXPECT_EQ(m_window->undoGroup()->undoText().toStdString(), "Add Meta Platforms · Capital expenditure · May 2026");
}

TEST_F(DataEditingTest, UndoOfAnAddDeletesItAndRedoBringsBackTheSameRecord)
{
    const int before = rows();
    m_data->setNextEditorAction([](ObservationEditor &e) {
        fillForecast(e);
        pressOk(e);
    });
    ASSERT_TRUE(m_data->addObservation());
    const std::int64_t id = m_data->selectedObservation()->rowId;
    EXPECT_EQ(
        editAction(QKeySequence::Undo)->text().toStdString(), "&Undo Add Meta Platforms · Capital expenditure · 2027");
    undo();
    EXPECT_EQ(rows(), before);
    EXPECT_FALSE(byId(id));
    EXPECT_EQ(m_data->tableModel()->rowCount(), before);
    redo();
    EXPECT_EQ(rows(), before + 1);
    ASSERT_TRUE(byId(id));
    EXPECT_DOUBLE_EQ(*byId(id)->value, 150e9);
}

TEST_F(DataEditingTest, InvertedRangeNamesTheFieldAndWritesNothing)
{
    const int before = rows();
    QString problem;
    bool stillOpen = false;
    m_data->setNextEditorAction([&](ObservationEditor &e) {
        fillForecast(e, QStringLiteral("170e9")); // low above high
        pressOk(e);
        problem = e.problem();
        stillOpen = e.result() != QDialog::Accepted;
    });
    EXPECT_FALSE(m_data->addObservation());
    EXPECT_TRUE(stillOpen);
    EXPECT_EQ(problem.toStdString(), "the range in “Low” is inverted (170000000000 > 160000000000)");
    EXPECT_EQ(rows(), before);
    EXPECT_FALSE(m_window->undoGroup()->canUndo());
}

TEST_F(DataEditingTest, TextInANumberFieldIsNamedByItsLabel)
{
    QString problem;
    m_data->setNextEditorAction([&](ObservationEditor &e) {
        fillForecast(e);
        field<QLineEdit>(e, "value")->setText(QStringLiteral("about 150"));
        pressOk(e);
        problem = e.problem();
    });
    EXPECT_FALSE(m_data->addObservation());
    EXPECT_EQ(problem.toStdString(), "the field “Value” holds “about 150”, which is not a number");
}

TEST_F(DataEditingTest, EditKeepsTheOldValueInTheHistoryAndTheChartFollows)
{
    const Observation original = *byUid("meta.capex.2025.q4_2025");
    ASSERT_TRUE(m_data->selectObservation(original.rowId));
    EXPECT_FALSE(m_data->historyChart()->isVisibleTo(m_data));
    m_data->setNextEditorAction([](ObservationEditor &e) {
        field<QLineEdit>(e, "value")->setText(QStringLiteral("72.5e9"));
        field<QLineEdit>(e, "asOf")->setText(QStringLiteral("2026-03-01"));
        pressOk(e);
    });
    ASSERT_TRUE(m_data->editFigureAction()->isEnabled());
    m_data->editFigureAction()->trigger();

    const Observation *edited = byUid("meta.capex.2025.q4_2025");
    ASSERT_TRUE(edited);
    EXPECT_EQ(edited->rowId, original.rowId);
    EXPECT_DOUBLE_EQ(*edited->value, 72.5e9);
    EXPECT_TRUE(edited->userEntered);
    EXPECT_EQ(m_data->selectedObservation()->rowId, original.rowId); // still selected
    EXPECT_TRUE(m_data->detailsHtml().contains(QStringLiteral("$72.2B"))) << m_data->detailsHtml().toStdString();
    // The chart: the old value when it was published, then the new one.
    ASSERT_TRUE(m_data->historyChart()->isVisibleTo(m_data));
    const QList<QPointF> &points = m_data->historyChart()->points();
    ASSERT_EQ(points.size(), 2);
    EXPECT_DOUBLE_EQ(points[0].y(), 72.22e9);
    EXPECT_DOUBLE_EQ(points[1].y(), 72.5e9);
    EXPECT_EQ(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(points[0].x()), Qt::UTC).date(), QDate(2026, 1, 28));
    EXPECT_EQ(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(points[1].x()), Qt::UTC).date(), QDate(2026, 3, 1));

    undo();
    const Observation *back = byUid("meta.capex.2025.q4_2025");
    EXPECT_DOUBLE_EQ(*back->value, 72.22e9);
    EXPECT_EQ(back->asOf, "2026-01-28");
    EXPECT_FALSE(back->userEntered);
    EXPECT_FALSE(m_data->historyChart()->isVisibleTo(m_data)); // the undone change left no history
    EXPECT_TRUE(m_store.history(*back).empty());

    redo();
    EXPECT_DOUBLE_EQ(*byUid("meta.capex.2025.q4_2025")->value, 72.5e9);
    EXPECT_EQ(m_store.history(*byUid("meta.capex.2025.q4_2025")).size(), 1u);
    EXPECT_EQ(m_data->historyChart()->points().size(), 2);
}

TEST_F(DataEditingTest, DeleteNeedsNoQuestionAndUndoRestoresTheSameRecord)
{
    const int before = rows();
    const Observation original = *byUid("meta.capex.2026.guidance_2026-01-28");
    ASSERT_TRUE(m_data->selectObservation(original.rowId));
    m_data->deleteFigureAction()->trigger();
    EXPECT_EQ(rows(), before - 1);
    EXPECT_FALSE(byUid(original.uid));
    EXPECT_EQ(m_data->tableModel()->rowCount(), before - 1);

    undo();
    const Observation *back = byUid(original.uid);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->rowId, original.rowId);
    EXPECT_DOUBLE_EQ(*back->low, 115e9);
    EXPECT_DOUBLE_EQ(*back->high, 135e9);
    EXPECT_FALSE(back->value);
    EXPECT_FALSE(back->userEntered);
    EXPECT_EQ(m_data->tableModel()->rowCount(), before);

    redo();
    EXPECT_FALSE(byUid(original.uid));
}

TEST_F(DataEditingTest, EditMenuUndoesWhatThePageInViewEdits)
{
    m_data->setNextEditorAction([](ObservationEditor &e) {
        fillForecast(e);
        pressOk(e);
    });
    ASSERT_TRUE(m_data->addObservation());
    QAction *undoAction = editAction(QKeySequence::Undo);
    ASSERT_TRUE(undoAction);
    EXPECT_TRUE(undoAction->isEnabled());
    // On a scenario page, Edit → Undo is the scenario's (nothing to undo there yet).
    m_window->showPage(QStringLiteral("jevons"));
    EXPECT_FALSE(undoAction->isEnabled());
    EXPECT_EQ(undoAction->text().toStdString(), "&Undo");
    m_window->showPage(QStringLiteral("sources"));
    EXPECT_TRUE(undoAction->isEnabled());
    EXPECT_EQ(m_window->undoGroup()->activeStack(), m_window->dataEdits().undoStack());
}

TEST_F(DataEditingTest, SourceIsAddedEditedDeletedAndEachUndone)
{
    m_window->showPage(QStringLiteral("sources"));
    const std::size_t before = m_store.snapshot().sources.size();
    m_sources->setNextEditorAction([](SourceEditor &e) {
        field<QLineEdit>(e, "publisher")->setText(QStringLiteral("The Information"));
        field<QLineEdit>(e, "title")->setText(QStringLiteral("Meta weighs a bigger 2027 budget"));
        field<QLineEdit>(e, "url")->setText(QStringLiteral("https://www.theinformation.com/articles/meta"));
        field<QLineEdit>(e, "date")->setText(QStringLiteral("2026-03"));
        pressOk(e);
    });
    m_sources->addSourceAction()->trigger();
    ASSERT_EQ(m_store.snapshot().sources.size(), before + 1);
    const Source *added = m_sources->selectedSource();
    ASSERT_TRUE(added);
    const std::string id = added->id;
    EXPECT_EQ(added->publisher, "The Information");
    EXPECT_EQ(added->language, "en");
    EXPECT_TRUE(added->userEntered);

    m_sources->setNextEditorAction([](SourceEditor &e) {
        field<QLineEdit>(e, "title")->setText(QStringLiteral("Meta weighs a $160B 2027 budget"));
        pressOk(e);
    });
    m_sources->editSourceAction()->trigger();
    EXPECT_EQ(m_store.snapshot().source(id)->title, "Meta weighs a $160B 2027 budget");
    undo();
    EXPECT_EQ(m_store.snapshot().source(id)->title, "Meta weighs a bigger 2027 budget");

    ASSERT_TRUE(m_sources->selectSource(id));
    ASSERT_TRUE(m_sources->deleteSourceAction()->isEnabled());
    m_sources->deleteSourceAction()->trigger();
    EXPECT_FALSE(m_store.snapshot().source(id));
    undo();
    ASSERT_TRUE(m_store.snapshot().source(id));
    EXPECT_EQ(m_store.snapshot().source(id)->url, "https://www.theinformation.com/articles/meta");
    undo(); // the edit was undone already: this takes back the addition
    EXPECT_FALSE(m_store.snapshot().source(id));
    EXPECT_EQ(m_store.snapshot().sources.size(), before);
    redo();
    EXPECT_TRUE(m_store.snapshot().source(id));
}

TEST_F(DataEditingTest, CitedSourceCannotBeDeletedAndBadAddressIsNamed)
{
    m_window->showPage(QStringLiteral("sources"));
    ASSERT_TRUE(m_sources->selectSource("meta_q4_2025_results"));
    EXPECT_FALSE(m_sources->deleteSourceAction()->isEnabled());
    QString problem;
    m_sources->setNextEditorAction([&](SourceEditor &e) {
        field<QLineEdit>(e, "url")->setText(QStringLiteral("investor.atmeta.com"));
        pressOk(e);
        problem = e.problem();
    });
    EXPECT_FALSE(m_sources->editSelected());
    EXPECT_EQ(problem.toStdString(), "the field “Web address” has an invalid value “investor.atmeta.com”");
}

TEST_F(DataEditingTest, EditorLooksFinishedInBothLanguages)
{
    QDir().mkpath(QStringLiteral(CAPEXLENS_SCREENSHOT_DIR));
    for (Language language : {Language::English, Language::Chinese}) {
        m_window->setLanguage(language);
        ObservationEditor editor(m_store.snapshot());
        editor.setObservation(*byUid("meta.capex.2026.guidance_2026-01-28"));
        editor.resize(editor.sizeHint());
        const QString code = Translation::code(language);
        EXPECT_TRUE(
            editor.grab().save(QStringLiteral(CAPEXLENS_SCREENSHOT_DIR "/observation-editor-%1.png").arg(code)));
        SourceEditor source;
        source.setSource(*m_store.snapshot().source("meta_q4_2025_results"));
        source.resize(source.sizeHint());
        EXPECT_TRUE(source.grab().save(QStringLiteral(CAPEXLENS_SCREENSHOT_DIR "/source-editor-%1.png").arg(code)));
    }
    m_window->setLanguage(Language::English);
}

// Import: rows rejected for an unknown entity or metric offer to create it, then the file
// is checked again.

namespace {

const QByteArray importHeader = "entity,metric,period,value,unit,currency,kind,grade,note_en,source_id\r\n";

} // namespace

TEST_F(DataEditingTest, ImportCreatesAMissingEntityThenImportsItsRows)
{
    const QString path = m_dir.filePath(QStringLiteral("moonshot.csv"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(importHeader + "moonshot,capex,2025,2e9,USD,USD,estimate,media,Kimi capex,meta_q4_2025_results\r\n"
        + "moonshot,capex,2026,3e9,USD,USD,forecast,media,Kimi plan,meta_q4_2025_results\r\n"
        + "meta,capex,2027,150e9,USD,USD,forecast,estimate,mine,meta_q4_2025_results\r\n");
    file.close();
    auto *imports = m_window->findChild<ImportActions *>();
    ASSERT_TRUE(imports);

    QStringList buttons;
    QString before, after;
    imports->setNextReferenceAction([](ReferenceDialog &d) {
        EXPECT_EQ(d.kind(), ReferenceDialog::Kind::Entity);
        choose(d.findChild<QComboBox *>(QStringLiteral("type")), QStringLiteral("lab"));
        d.findChild<QLineEdit *>(QStringLiteral("nameEn"))->setText(QStringLiteral("Moonshot AI"));
        d.findChild<QLineEdit *>(QStringLiteral("nameZh"))->setText(QStringLiteral("月之暗面"));
        pressOk(d);
    });
    imports->setNextPreviewAction([&](ImportPreviewDialog &preview) {
        before = preview.summaryText();
        for (QPushButton *b : preview.createButtons())
            buttons << b->text();
        if (preview.createButtons().size() != 1)
            return false;
        preview.createButtons().front()->click();
        after = preview.summaryText();
        return true;
    });
    ASSERT_TRUE(imports->importFile(path)) << imports->lastError().toStdString();
    EXPECT_EQ(buttons, QStringList {QStringLiteral("Create entity “moonshot”…")}); // one button for both rows
    EXPECT_EQ(before.toStdString(), "1 to add, 0 to update, 0 unchanged, 2 rejected");
    EXPECT_EQ(after.toStdString(), "3 to add, 0 to update, 0 unchanged, 0 rejected");

    const Entity *created = m_store.snapshot().entity("moonshot");
    ASSERT_TRUE(created);
    EXPECT_EQ(created->type, "lab");
    EXPECT_EQ(created->nameZh, "月之暗面");
    EXPECT_TRUE(created->userEntered);
    int moonshot = 0;
    for (const Observation &o : m_store.snapshot().observations)
        moonshot += o.entity == "moonshot" ? 1 : 0;
    EXPECT_EQ(moonshot, 2);
}

TEST_F(DataEditingTest, ImportOffersToCreateAMissingMetricAndChecksItsUnit)
{
    const QString path = m_dir.filePath(QStringLiteral("orders.csv"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(importHeader + "meta,gpu_orders,2025,350000,GPU,,estimate,media,orders,meta_q4_2025_results\r\n");
    file.close();
    auto *imports = m_window->findChild<ImportActions *>();
    QString problem, after;
    imports->setNextReferenceAction([&](ReferenceDialog &d) {
        EXPECT_EQ(d.kind(), ReferenceDialog::Kind::Metric);
        d.findChild<QComboBox *>(QStringLiteral("type"))->setEditText(QString());
        pressOk(d); // no unit: refused, naming it
        problem = d.problem();
        d.findChild<QComboBox *>(QStringLiteral("type"))->setEditText(QStringLiteral("GPU"));
        d.findChild<QLineEdit *>(QStringLiteral("nameEn"))->setText(QStringLiteral("GPU orders"));
        pressOk(d);
    });
    imports->setNextPreviewAction([&](ImportPreviewDialog &preview) {
        if (preview.createButtons().size() != 1)
            return false;
        EXPECT_EQ(preview.createButtons().front()->text().toStdString(), "Create metric “gpu_orders”…");
        preview.createButtons().front()->click();
        after = preview.summaryText();
        return true;
    });
    ASSERT_TRUE(imports->importFile(path)) << imports->lastError().toStdString();
    EXPECT_EQ(problem.toStdString(), "the field “Unit” is missing");
    EXPECT_EQ(after.toStdString(), "1 to add, 0 to update, 0 unchanged, 0 rejected");
    ASSERT_TRUE(m_store.snapshot().metric("gpu_orders"));
    EXPECT_EQ(m_store.snapshot().metric("gpu_orders")->unit, "GPU");
}

TEST_F(DataEditingTest, RevisedFigureScreenshot)
{
    const Observation original = *byUid("meta.capex.2026.guidance_2026-01-28");
    ASSERT_TRUE(m_data->selectObservation(original.rowId));
    m_data->setNextEditorAction([](ObservationEditor &e) {
        field<QLineEdit>(e, "low")->setText(QStringLiteral("125e9"));
        field<QLineEdit>(e, "high")->setText(QStringLiteral("145e9"));
        field<QLineEdit>(e, "asOf")->setText(QStringLiteral("2026-04-29"));
        pressOk(e);
    });
    ASSERT_TRUE(m_data->editSelected());
    EXPECT_EQ(m_data->historyChart()->points().size(), 2);
    EXPECT_DOUBLE_EQ(m_data->historyChart()->points().back().y(), 135e9); // the midpoint of 125–145 B
    m_window->resize(1440, 900);
    QDir().mkpath(QStringLiteral(CAPEXLENS_SCREENSHOT_DIR));
    EXPECT_TRUE(m_window->grab().save(QStringLiteral(CAPEXLENS_SCREENSHOT_DIR "/data-revised-en.png")));
}

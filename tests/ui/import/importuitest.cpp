#include "datapage.h"
#include "importactions.h"
#include "importplanmodel.h"
#include "importpreviewdialog.h"
#include "mainwindow.h"
#include "observationexport.h"
#include "observationimport.h"
#include "observationtablemodel.h"
#include "spreadsheetexport.h"
#include "translation.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QLabel>
#include <QTableView>
#include <QDropEvent>
#include <QFile>
#include <QMenuBar>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

using namespace capex;
using namespace capex::ui;

namespace {

const QByteArray header = "entity,metric,period,value,unit,currency,kind,grade,note_en,source_id\r\n";

class ImportUiTest : public capex::testing::UiTest
{
protected:
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    static ImportActions *importActions(MainWindow &window) { return window.findChild<ImportActions *>(); }

    int userRows() const
    {
        int n = 0;
        for (const Observation &o : m_store.snapshot().observations)
            n += o.userEntered ? 1 : 0;
        return n;
    }
};

} // namespace

TEST_F(ImportUiTest, FileMenuOffersImportOnCtrlI)
{
    MainWindow window(m_store);
    ImportActions *imports = importActions(window);
    ASSERT_TRUE(imports);
    EXPECT_EQ(imports->importAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    QMenu *file = window.menuBar()->actions().at(0)->menu();
    ASSERT_TRUE(file);
    EXPECT_TRUE(file->actions().contains(imports->importAction()));
    EXPECT_EQ(imports->importAction()->text(), QStringLiteral("&Import observations…"));
}

TEST_F(ImportUiTest, AcceptedPreviewWritesAndEveryPageFollows)
{
    MainWindow window(m_store);
    ImportActions *imports = importActions(window);
    QSignalSpy changed(&m_store, &DataStore::snapshotChanged);
    const QString path = write(QStringLiteral("mine.csv"),
                               header + "microsoft,capex,2031,150e9,USD,USD,forecast,estimate,mine,microsoft_10k_fy2024\r\n");
    imports->setNextFileName(path);
    imports->setNextDecision(true);
    imports->importAction()->trigger();
    EXPECT_EQ(imports->lastError(), QString());
    EXPECT_EQ(imports->lastSummary(), QStringLiteral("1 to add, 0 to update, 0 unchanged, 0 rejected"));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(userRows(), 1);
    auto *data = qobject_cast<DataPage *>(window.page(QStringLiteral("data")));
    ASSERT_TRUE(data);
    EXPECT_EQ(data->tableModel()->rowCount(), static_cast<int>(m_store.snapshot().observations.size()));
}

TEST_F(ImportUiTest, CancelledPreviewWritesNothing)
{
    MainWindow window(m_store);
    ImportActions *imports = importActions(window);
    QSignalSpy changed(&m_store, &DataStore::snapshotChanged);
    const QString path = write(QStringLiteral("mine.csv"),
                               header + "microsoft,capex,2031,150e9,USD,USD,forecast,estimate,mine,"
                                        + QByteArray::fromStdString(m_store.snapshot().sources.front().id) + "\r\n");
    imports->setNextDecision(false);
    EXPECT_FALSE(imports->importFile(path));
    EXPECT_EQ(changed.count(), 0);
    EXPECT_EQ(userRows(), 0);
}

TEST_F(ImportUiTest, RejectedRowsBlockTheImportAndSayWhy)
{
    MainWindow window(m_store);
    ImportActions *imports = importActions(window);
    const QString path = write(QStringLiteral("bad.csv"), header + "nvidia,capex,2031,1,USD,USD,forecast,estimate,x,y\r\n");
    imports->setNextDecision(true); // even a yes cannot write a rejected plan
    EXPECT_FALSE(imports->importFile(path));
    EXPECT_EQ(imports->lastSummary(), QStringLiteral("0 to add, 0 to update, 0 unchanged, 1 rejected"));
    EXPECT_EQ(imports->lastError(), QStringLiteral("nothing was imported: 1 row(s) rejected"));
    EXPECT_EQ(userRows(), 0);
}

TEST_F(ImportUiTest, UnreadableFileIsReportedWithItsLine)
{
    MainWindow window(m_store);
    ImportActions *imports = importActions(window);
    const QString path = write(QStringLiteral("broken.csv"), header + "microsoft,\"open\r\n");
    imports->setNextDecision(true);
    EXPECT_FALSE(imports->importFile(path));
    EXPECT_TRUE(imports->lastError().contains(QStringLiteral("broken.csv, line 2, column 2"))) << imports->lastError().toStdString();
}

TEST_F(ImportUiTest, DroppingACsvFileOntoTheWindowImportsItAfterThePreview)
{
    MainWindow window(m_store);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ImportActions *imports = importActions(window);
    const QString path = write(QStringLiteral("dropped.csv"),
                               header + "microsoft,capex,2032,1.6e11,USD,USD,forecast,estimate,dropped,"
                                        + QByteArray::fromStdString(m_store.snapshot().sources.front().id) + "\r\n");
    imports->setNextDecision(true);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    EXPECT_TRUE(drop.isAccepted());
    QTRY_COMPARE(userRows(), 1);
}

TEST_F(ImportUiTest, OtherDroppedFilesAreRefused)
{
    MainWindow window(m_store);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("picture.png")))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    enter.setAccepted(false);
    QApplication::sendEvent(&window, &enter);
    EXPECT_FALSE(enter.isAccepted());
}

TEST_F(ImportUiTest, PreviewListsRejectedRowsFirstWithTheirReasons)
{
    const std::string csv = std::string(header.constData())
        + "microsoft,capex,2031,150e9,USD,USD,forecast,estimate,fine," + m_store.snapshot().sources.front().id + "\r\n"
        + "microsoft,capex,2032,lots,USD,USD,forecast,estimate,bad," + m_store.snapshot().sources.front().id + "\r\n";
    auto plan = ObservationImport::plan(csv, "mine.csv", m_store.snapshot());
    ASSERT_TRUE(plan.ok());
    ImportPreviewDialog dialog(plan.value());
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(dialog.model()->rowCount(), 2);
    EXPECT_FALSE(dialog.canImport());
    EXPECT_EQ(dialog.model()->index(0, ImportPlanModel::Status).data().toString(), QStringLiteral("Rejected"));
    EXPECT_EQ(dialog.model()->index(0, ImportPlanModel::Line).data().toInt(), 3);
    EXPECT_EQ(dialog.model()->index(0, ImportPlanModel::Problem).data().toString(),
              QStringLiteral("mine.csv, line 3, column 4: the field “value” holds “lots”, which is not a number"));
    EXPECT_EQ(dialog.model()->index(1, ImportPlanModel::Status).data().toString(), QStringLiteral("Add"));
}

// Paste from Excel: cells copied in a spreadsheet arrive as tab-separated text with their header
// row; Ctrl+V on the Data page opens the same preview as File → Import….
TEST_F(ImportUiTest, CtrlVOnTheDataPageOpensThePreviewOfThePastedCells)
{
    MainWindow window(m_store);
    window.show();
    window.showPage(QStringLiteral("data"));
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    auto *data = qobject_cast<DataPage *>(window.page(QStringLiteral("data")));
    ASSERT_TRUE(data);
    ImportActions *imports = importActions(window);
    const QString source = QString::fromStdString(m_store.snapshot().sources.front().id);
    QGuiApplication::clipboard()->setText(
        QStringLiteral("entity\tmetric\tperiod\tvalue\tunit\tcurrency\tkind\tgrade\tnote_en\tsource_id\n"
                       "microsoft\tcapex\t2031\t150e9\tUSD\tUSD\tforecast\testimate\tpasted one\t%1\n"
                       "microsoft\tcapex\t2032\t1.6e11\tUSD\tUSD\tforecast\testimate\tpasted two\t%1\n")
            .arg(source));
    QString file, summary;
    int rows = -1;
    bool canImport = false;
    imports->setNextPreviewAction([&](ImportPreviewDialog &preview) {
        file = QString::fromStdString(preview.plan().file);
        summary = preview.summaryText();
        rows = preview.model()->rowCount();
        canImport = preview.canImport();
        return false; // Cancel
    });
    data->tableView()->setFocus();
    QTest::keyClick(data->tableView(), Qt::Key_V, Qt::ControlModifier);
    EXPECT_EQ(file, QStringLiteral("Clipboard"));
    EXPECT_EQ(summary, QStringLiteral("2 to add, 0 to update, 0 unchanged, 0 rejected"));
    EXPECT_EQ(rows, 2);
    EXPECT_TRUE(canImport);
    EXPECT_EQ(userRows(), 0); // cancelled: nothing written

    imports->setNextDecision(true);
    QTest::keyClick(data->tableView(), Qt::Key_V, Qt::ControlModifier);
    EXPECT_EQ(imports->lastError(), QString());
    EXPECT_EQ(userRows(), 2);
}

TEST_F(ImportUiTest, PastedCellsWithoutTheirHeaderAreExplainedInBothLanguages)
{
    MainWindow window(m_store);
    auto *data = qobject_cast<DataPage *>(window.page(QStringLiteral("data")));
    ASSERT_TRUE(data);
    ImportActions *imports = importActions(window);
    QGuiApplication::clipboard()->setText(QStringLiteral("microsoft\tcapex\t2031\t150e9\tUSD\n"));
    imports->setNextDecision(true);
    data->pasteFromClipboard();
    EXPECT_TRUE(imports->lastError().startsWith(QStringLiteral("The pasted cells have no header row")))
        << imports->lastError().toStdString();
    EXPECT_EQ(userRows(), 0);

    Translation::instance().setLanguage(Language::Chinese);
    imports->setNextDecision(true);
    data->pasteFromClipboard();
    EXPECT_TRUE(imports->lastError().contains(QStringLiteral("标题行"))) << imports->lastError().toStdString();
    QGuiApplication::clipboard()->setText(QString());
    imports->setNextDecision(true);
    data->pasteFromClipboard();
    EXPECT_TRUE(imports->lastError().contains(QStringLiteral("剪贴板"))) << imports->lastError().toStdString();
    Translation::instance().setLanguage(Language::English);
    EXPECT_EQ(userRows(), 0);
}

// The workbook the Data page's Export… writes imports again through File → Import…: its
// Records sheet is chosen, and every figure is already there, as with the CSV export.
TEST_F(ImportUiTest, AnExportedWorkbookImportsWithNothingToChange)
{
    MainWindow window(m_store);
    ImportActions *imports = importActions(window);
    const QString path = m_dir.filePath(QStringLiteral("figures.xlsx"));
    ASSERT_EQ(SpreadsheetExport::saveWorkbook(path, SpreadsheetExport::observationSheets(m_store.snapshot())), QString());
    QString format;
    imports->setNextPreviewAction([&](ImportPreviewDialog &preview) {
        format = preview.findChildren<QLabel *>().constFirst()->text();
        return true;
    });
    EXPECT_FALSE(imports->importFile(path)); // nothing to import
    auto fromCsv = ObservationImport::plan(ObservationExport(m_store.snapshot()).toCsv(), "all.csv", m_store.snapshot());
    ASSERT_TRUE(fromCsv.ok());
    const int unchanged = fromCsv->count(ImportAction::Unchanged);
    const int rejected = static_cast<int>(fromCsv->rejected.size());
    EXPECT_GT(unchanged, 300);
    EXPECT_EQ(rejected, 0); // the data's own export imports again, row for row
    EXPECT_EQ(imports->lastSummary(),
              QStringLiteral("0 to add, 0 to update, %1 unchanged, %2 rejected").arg(unchanged).arg(rejected));
    EXPECT_EQ(format, QStringLiteral("File: figures.xlsx (Excel workbook, sheet “Records”)"));
    EXPECT_TRUE(ImportActions::isImportableFile(path));
}

TEST_F(ImportUiTest, ABadWorkbookNamesTheFileAndChangesNothing)
{
    MainWindow window(m_store);
    ImportActions *imports = importActions(window);
    const QString path = write(QStringLiteral("old.xlsx"), QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(512, '\0'));
    imports->setNextDecision(true);
    EXPECT_FALSE(imports->importFile(path));
    EXPECT_EQ(imports->lastError(),
              QStringLiteral("old.xlsx cannot be imported: old.xlsx: this is an Excel 97–2003 workbook (.xls) or a "
                             "password-protected one: save it in Excel as “Excel Workbook (*.xlsx)” without a password"));
    EXPECT_EQ(userRows(), 0);
}

#include "boundedscrollarea.h"
#include "chartexporter.h"
#include "chartpanel.h"
#include "chartstyle.h"
#include "dashboardchart.h"
#include "dashboardpage.h"
#include "datapage.h"
#include "mainwindow.h"
#include "scenariodocument.h"
#include "settings.h"
#include "theme.h"
#include "observationtablemodel.h"
#include "uitestsupport.h"

#include <QAbstractAxis>
#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGridLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QScrollBar>
#include <QSettings>
#include <QStyle>
#include <QTableView>
#include <QSignalSpy>
#include <QTest>

using namespace capex;
using namespace capex::ui;

class MainWindowTest : public capex::testing::UiTest
{
};

TEST_F(MainWindowTest, OpensWithEveryPageFilledFromTheBundledData)
{
    MainWindow window(m_store);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QStringList ids;
    for (DashboardPage *page : window.pages())
        ids << page->pageId();
    EXPECT_TRUE(ids.contains(QStringLiteral("data")));
    EXPECT_TRUE(ids.contains(QStringLiteral("sources")));
    auto *data = qobject_cast<DataPage *>(window.page(QStringLiteral("data")));
    ASSERT_TRUE(data);
    EXPECT_EQ(data->tableModel()->rowCount(), static_cast<int>(m_store.snapshot().observations.size()));
}

TEST_F(MainWindowTest, OpensInTheBackgroundToTheSameFiguresAndScenario)
{
    // The dashboard's start: the window shows while the store is read, then fills.
    DataStore background;
    background.openInBackground(m_store.databasePath());
    MainWindow window(background);
    window.show();
    EXPECT_TRUE(background.isLoading());
    EXPECT_TRUE(background.snapshot().observations.empty());
    QSignalSpy loaded(&background, &DataStore::loaded);
    ASSERT_TRUE(loaded.wait(30000));
    EXPECT_TRUE(loaded.at(0).at(0).toBool());
    EXPECT_FALSE(background.isLoading());
    ASSERT_EQ(background.snapshot().observations.size(), m_store.snapshot().observations.size());
    // The page on screen (the overview) fills in steps, a turn of the event loop each: its
    // cards first, then each chart.
    DashboardPage *shown = window.currentPage();
    ASSERT_TRUE(shown);
    EXPECT_EQ(shown->pageId(), QStringLiteral("overview"));
    EXPECT_TRUE(window.isFilling());
    const QList<ChartPanel *> panels = shown->findChildren<ChartPanel *>();
    ASSERT_EQ(panels.size(), 2);
    EXPECT_TRUE(panels.at(1)->chart()->series().isEmpty()); // the fleet chart's turn is last
    EXPECT_TRUE(QTest::qWaitFor([&] { return !window.isFilling(); }, 10000));
    for (ChartPanel *panel : panels)
        EXPECT_FALSE(panel->chart()->series().isEmpty()) << panel->chart()->title().toStdString();
    // The page on screen is filled; the Data page when asked for.
    auto *data = qobject_cast<DataPage *>(window.page(QStringLiteral("data")));
    ASSERT_TRUE(data);
    EXPECT_EQ(data->tableModel()->rowCount(), static_cast<int>(m_store.snapshot().observations.size()));
    // The scenario is the one a window opened on the read store starts with.
    MainWindow reference(m_store);
    const ModelResult &late = window.document().result(), &direct = reference.document().result();
    ASSERT_EQ(late.years.size(), direct.years.size());
    EXPECT_EQ(late.companies, direct.companies);
    EXPECT_EQ(late.plannedByCompany, direct.plannedByCompany);
    EXPECT_EQ(window.document().parameters().costCurve(), reference.document().parameters().costCurve());
    // A write waits for the load and then goes through.
    EXPECT_TRUE(background.addObservation([&] {
        Observation o = m_store.snapshot().observations.front();
        o.rowId = 0;
        o.uid.clear();
        o.noteEn = "Added after a background open";
        o.userEntered = true;
        return o;
    }()).ok());
    EXPECT_EQ(background.snapshot().observations.size(), m_store.snapshot().observations.size() + 1);
}

TEST_F(MainWindowTest, LanguageSwitchChangesTextsBothWays)
{
    MainWindow window(m_store);
    window.show();
    const QString englishTitle = window.windowTitle();
    const QString englishMenu = window.menuBar()->actions().at(0)->text();
    EXPECT_EQ(englishMenu, QStringLiteral("&File"));

    window.setLanguage(Language::Chinese);
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("算力透视 — AI 算力经济学"))) << window.windowTitle().toStdString();
    EXPECT_EQ(window.menuBar()->actions().at(0)->text(), QStringLiteral("文件(&F)"));
    auto *nav = window.findChild<QListWidget *>(QStringLiteral("pageList"));
    ASSERT_TRUE(nav);
    QStringList titles;
    for (int i = 0; i < nav->count(); ++i)
        titles << nav->item(i)->text();
    EXPECT_TRUE(titles.contains(QStringLiteral("数据")));
    EXPECT_TRUE(titles.contains(QStringLiteral("来源")));

    window.setLanguage(Language::English);
    EXPECT_EQ(window.windowTitle(), englishTitle);
    EXPECT_EQ(window.menuBar()->actions().at(0)->text(), englishMenu);
}

TEST_F(MainWindowTest, RemembersPageAndLanguage)
{
    {
        MainWindow window(m_store);
        window.showPage(QStringLiteral("sources"));
        window.setLanguage(Language::Chinese);
        window.close();
    }
    EXPECT_EQ(Settings::value(SettingKey::Language).toString(), QStringLiteral("zh"));
    MainWindow again(m_store);
    EXPECT_EQ(again.currentPage()->pageId(), QStringLiteral("sources"));
}

TEST_F(MainWindowTest, PageShortcutsSwitchPages)
{
    MainWindow window(m_store);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    EXPECT_EQ(window.currentPage(), window.pages().at(1));
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    EXPECT_EQ(window.currentPage(), window.pages().at(0));
}

// Writes every page in both languages to the build folder, to be looked at.
TEST_F(MainWindowTest, WritesScreenshotsOfEveryPageInBothLanguages)
{
    MainWindow window(m_store);
    window.resize(1400, 900);
    window.show();
    QDir().mkpath(QStringLiteral(CAPEXLENS_SCREENSHOT_DIR));
    for (Language language : {Language::English, Language::Chinese}) {
        window.setLanguage(language);
        for (DashboardPage *page : window.pages()) {
            window.showPage(page->pageId());
            // A page's first show can start work whose results lay charts out a few event
            // rounds later (the Uncertainty page's Monte Carlo switches the fans to log
            // axes): a picture taken after one round showed those axes unplaced.
            QTest::qWait(150);
            // Qt Charts deletes replaced axes later; the event loop would, a test must.
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            const QString file = QStringLiteral(CAPEXLENS_SCREENSHOT_DIR "/%1-%2.png")
                                     .arg(page->pageId(), Translation::code(language));
            EXPECT_TRUE(window.grab().save(file)) << file.toStdString();
        }
    }
}

TEST_F(MainWindowTest, FindJumpsToTheDataSearchField)
{
    MainWindow window(m_store);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    EXPECT_EQ(window.currentPage()->pageId(), QStringLiteral("data"));
    auto *search = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    ASSERT_TRUE(search);
    search->insert(QStringLiteral("字节跳动")); // QTest types ASCII only
    auto *data = qobject_cast<DataPage *>(window.currentPage());
    EXPECT_GT(data->filterModel()->rowCount(), 0);
    EXPECT_LT(data->filterModel()->rowCount(), data->tableModel()->rowCount());
}

TEST_F(MainWindowTest, DarkThemeDarkensWindowAndChartsWhileExportsStayOnWhitePaper)
{
    MainWindow window(m_store);
    window.resize(1300, 850);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.showPage(QStringLiteral("capex"));
    QCoreApplication::processEvents();
    ChartPanel *panel = nullptr;
    for (ChartPanel *p : window.currentPage()->findChildren<ChartPanel *>())
        panel = panel ? panel : (p->isVisible() ? p : nullptr);
    ASSERT_TRUE(panel);
    DashboardChart &chart = *panel->chart();
    ASSERT_GT(window.palette().color(QPalette::Window).lightness(), 180) << "the test starts light";
    ASSERT_EQ(chart.backgroundBrush().color(), QColor(Qt::white));
    // The chart's pixels a little inside its top left corner (the background, above the title).
    auto viewPixel = [&] {
        QCoreApplication::processEvents();
        return panel->view()->grab().toImage().pixelColor(30, 6);
    };
    EXPECT_GT(viewPixel().lightness(), 230);

    auto *dark = window.findChild<QAction *>(QStringLiteral("theme-dark"));
    auto *light = window.findChild<QAction *>(QStringLiteral("theme-light"));
    ASSERT_TRUE(dark && light);
    dark->trigger();
    EXPECT_TRUE(dark->isChecked());
    EXPECT_EQ(Settings::value(SettingKey::Theme).toString(), QStringLiteral("dark"));
    EXPECT_LT(window.palette().color(QPalette::Window).lightness(), 80);
    EXPECT_GT(window.palette().color(QPalette::WindowText).lightness(), 180);
    EXPECT_EQ(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    EXPECT_EQ(chart.backgroundBrush().color(), ChartStyle::darkBackground());
    EXPECT_LT(viewPixel().lightness(), 70);
    for (QAbstractAxis *axis : chart.axes())
        EXPECT_GT(axis->labelsBrush().color().lightness(), 180) << "light labels on the dark chart";

    // An export made now is on white paper, and the chart on screen stays dark.
    const QImage exported = ChartExporter(chart).image({ChartFormat::Png, {800, 500}, 96});
    ASSERT_FALSE(exported.isNull());
    EXPECT_EQ(exported.pixelColor(4, 4), QColor(Qt::white));
    EXPECT_EQ(exported.pixelColor(exported.width() / 2, 3), QColor(Qt::white));
    EXPECT_EQ(chart.backgroundBrush().color(), ChartStyle::darkBackground());
    EXPECT_LT(viewPixel().lightness(), 70);

    // A window opened later starts in the remembered theme; Light goes back.
    light->trigger();
    EXPECT_GT(window.palette().color(QPalette::Window).lightness(), 180);
    EXPECT_EQ(chart.backgroundBrush().color(), QColor(Qt::white));
    EXPECT_GT(viewPixel().lightness(), 230);
    Settings::setValue(SettingKey::Theme, QStringLiteral("dark"));
    {
        MainWindow again(m_store);
        EXPECT_EQ(Theme::instance().choice(), Theme::Choice::Dark);
        EXPECT_TRUE(again.findChild<QAction *>(QStringLiteral("theme-dark"))->isChecked());
        EXPECT_LT(again.palette().color(QPalette::Window).lightness(), 80);
    }
    window.setTheme(Theme::Choice::System);
    EXPECT_GT(window.palette().color(QPalette::Window).lightness(), 180);
}

TEST_F(MainWindowTest, APageReopenedOnABackgroundReadFillsInStepsToWhatARefreshGives)
{
    // A returning user's window reopens on the Data page: its rows, then its filters and
    // columns, a turn of the event loop each.
    Settings::setValue(SettingKey::CurrentPage, QStringLiteral("data"));
    DataStore background;
    background.openInBackground(m_store.databasePath());
    MainWindow window(background);
    window.show();
    auto *data = qobject_cast<DataPage *>(window.currentPage());
    ASSERT_TRUE(data);
    QSignalSpy loaded(&background, &DataStore::loaded);
    ASSERT_TRUE(loaded.wait(30000));
    EXPECT_TRUE(QTest::qWaitFor([&] { return !window.isFilling(); }, 10000));
    const auto figures = static_cast<int>(m_store.snapshot().observations.size());
    EXPECT_EQ(data->tableModel()->rowCount(), figures);
    ASSERT_EQ(data->filterModel()->rowCount(), figures);
    // In the order sorted by entity on the reading thread, taken as it is.
    const std::shared_ptr<const ObservationColumns> columns = background.tableColumns();
    ASSERT_TRUE(columns && columns->byEntity);
    EXPECT_EQ(columns->byEntityLanguage, Language::English);
    for (int row = 0; row < figures; ++row)
        ASSERT_EQ(data->filterModel()->sourceRow(row), (*columns->byEntity)[static_cast<std::size_t>(row)]) << row;
    // The filters list the store's companies, as a refresh in one go does.
    auto *entities = data->findChildren<QComboBox *>().value(0);
    ASSERT_TRUE(entities);
    const int listed = entities->count();
    data->refresh();
    EXPECT_EQ(entities->count(), listed);
    EXPECT_GT(listed, 10);
    window.setNextAnswer(QMessageBox::Discard);
}

TEST_F(MainWindowTest, TheWindowReopensOnThePageShownWhenItClosed)
{
    {
        MainWindow window(m_store);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        window.showPage(QStringLiteral("fleet"));
        window.showPage(QStringLiteral("jevons"));
        // Stored when the window closes, not at each click (a write syncs the file to disk).
        EXPECT_NE(Settings::value(SettingKey::CurrentPage).toString(), QStringLiteral("jevons"));
        window.setNextAnswer(QMessageBox::Discard);
        window.close();
    }
    EXPECT_EQ(Settings::value(SettingKey::CurrentPage).toString(), QStringLiteral("jevons"));
    MainWindow reopened(m_store);
    ASSERT_TRUE(reopened.currentPage());
    EXPECT_EQ(reopened.currentPage()->pageId(), QStringLiteral("jevons"));
    reopened.setNextAnswer(QMessageBox::Discard);
}

TEST_F(MainWindowTest, StoringASettingItAlreadyHasWritesNothing)
{
    // A page stores its options each time it fills; each write rewrote the settings file and
    // synced it to disk on the GUI thread, a third of a large store's fill step.
    Settings::setValue(SettingKey::CapexCompanies, QStringList {QStringLiteral("meta"), QStringLiteral("oracle")});
    Settings::flush();
    const QString path = QSettings().fileName();
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::Append));
        file.write("; a line only a write of the whole file would take away\n");
    }
    auto marked = [&] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) && file.readAll().contains("; a line only");
    };
    Settings::setValue(SettingKey::CapexCompanies, QStringList {QStringLiteral("meta"), QStringLiteral("oracle")});
    Settings::flush();
    EXPECT_TRUE(marked());
    // A new value reads back at once, and is written on the settings' own thread.
    Settings::setValue(SettingKey::CapexCompanies, QStringList {QStringLiteral("meta")});
    EXPECT_EQ(Settings::value(SettingKey::CapexCompanies).toStringList(), QStringList {QStringLiteral("meta")});
    Settings::flush();
    EXPECT_FALSE(marked());
    EXPECT_EQ(QSettings(path, QSettings::IniFormat).value(Settings::keyName(SettingKey::CapexCompanies)).toStringList(),
              QStringList {QStringLiteral("meta")});
    EXPECT_EQ(Settings::value(SettingKey::CapexCompanies).toStringList(), QStringList {QStringLiteral("meta")});
}

TEST_F(MainWindowTest, SettingsSetInABurstReadBackAtOnceAndTheLastIsWritten)
{
    // Values are written on the settings' own thread, after the user's click has returned.
    QStringList chosen;
    for (const char *id : {"meta", "oracle", "microsoft", "amazon", "alphabet", "xai", "coreweave", "bytedance"}) {
        chosen << QString::fromLatin1(id);
        Settings::setValue(SettingKey::CapexCompanies, chosen);
        Settings::setValue(SettingKey::GuidanceYear, 2020 + static_cast<int>(chosen.size()));
        ASSERT_EQ(Settings::value(SettingKey::CapexCompanies).toStringList(), chosen);
        ASSERT_EQ(Settings::value(SettingKey::GuidanceYear).toInt(), 2020 + chosen.size());
    }
    Settings::flush();
    const QString path = QSettings().fileName();
    EXPECT_EQ(QSettings(path, QSettings::IniFormat).value(Settings::keyName(SettingKey::CapexCompanies)).toStringList(), chosen);
    EXPECT_EQ(QSettings(path, QSettings::IniFormat).value(Settings::keyName(SettingKey::GuidanceYear)).toInt(), 2028);
    // Once written, a value is read from the file again: nothing stale is held back.
    QSettings(path, QSettings::IniFormat).setValue(Settings::keyName(SettingKey::GuidanceYear), 2031);
    EXPECT_EQ(Settings::value(SettingKey::GuidanceYear).toInt(), 2031);
}

TEST_F(MainWindowTest, ReopeningOnTheCapexPageKeepsTheCompaniesChosen)
{
    // The window shows before a background read's figures arrive: the Capex page then has no
    // company to choose from, and used to save that empty choice over the user's.
    Settings::setValue(SettingKey::CurrentPage, QStringLiteral("capex"));
    Settings::setValue(SettingKey::CapexCompanies, QStringList {QStringLiteral("meta"), QStringLiteral("oracle")});
    DataStore background;
    background.openInBackground(m_store.databasePath());
    MainWindow window(background);
    window.show();
    QSignalSpy loaded(&background, &DataStore::loaded);
    ASSERT_TRUE(loaded.wait(30000));
    EXPECT_TRUE(QTest::qWaitFor([&] { return !window.isFilling(); }, 10000));
    EXPECT_EQ(Settings::value(SettingKey::CapexCompanies).toStringList(),
              QStringList({QStringLiteral("meta"), QStringLiteral("oracle")}));
    // Filling stores nothing the user did not choose (a write syncs the file to disk).
    Settings::flush();
    for (SettingKey key : {SettingKey::CapexLogScale, SettingKey::CapexView, SettingKey::CapexMetric,
                           SettingKey::DisplayCurrency, SettingKey::ShowEvents})
        EXPECT_FALSE(QSettings().contains(Settings::keyName(key))) << Settings::keyName(key).toStdString();
    DashboardPage *capex = window.currentPage();
    ASSERT_TRUE(capex);
    for (const char *id : {"meta", "oracle", "microsoft"}) {
        auto *box = capex->findChild<QCheckBox *>(QString::fromLatin1(id));
        ASSERT_TRUE(box) << id;
        EXPECT_EQ(box->isChecked(), std::string(id) != "microsoft") << id;
    }
    // A choice is stored.
    capex->findChild<QCheckBox *>(QStringLiteral("microsoft"))->setChecked(true);
    EXPECT_TRUE(Settings::value(SettingKey::CapexCompanies).toStringList().contains(QStringLiteral("microsoft")));
    window.setNextAnswer(QMessageBox::Discard);
}

TEST_F(MainWindowTest, ABoundedAreaScrollsTwoHundredCompaniesAndFitsAFew)
{
    auto boxes = [](int count) {
        auto *content = new QWidget;
        auto *grid = new QGridLayout(content);
        for (int i = 0; i < count; ++i)
            grid->addWidget(new QCheckBox(QStringLiteral("Company %1").arg(i), content), i / 4, i % 4);
        return content;
    };
    BoundedScrollArea small(boxes(6), 7.5);
    BoundedScrollArea large(boxes(200), 7.5);
    const int limit = static_cast<int>(7.5 * small.fontMetrics().lineSpacing());
    // Two lines of boxes: their own height.
    EXPECT_EQ(small.sizeHint().height(), small.widget()->sizeHint().height());
    EXPECT_LT(small.sizeHint().height(), limit);
    // Fifty lines: the limit, and the rest scrolls.
    EXPECT_EQ(large.sizeHint().height(), limit);
    EXPECT_GT(large.widget()->sizeHint().height(), 10 * limit);
    large.resize(600, large.sizeHint().height());
    large.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&large));
    EXPECT_TRUE(large.verticalScrollBar()->isVisible());
    EXPECT_GT(large.verticalScrollBar()->maximum(), 0);
}

#include "dashboardpage.h"
#include "datapage.h"
#include "mainwindow.h"
#include "settings.h"
#include "observationtablemodel.h"
#include "uitestsupport.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QTableView>
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

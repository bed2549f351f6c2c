// The window on a small screen: run by CTest on offscreen screens of 1366×768 and 1280×720
// at 100 %, and 1920×1080 at 150 % (tests/ui/fit/CMakeLists.txt writes their configurations).
// Nothing may be off screen, and the window must be able to shrink to 1024×640.
#include "chartpanel.h"
#include "dashboardchart.h"
#include "dashboardpage.h"
#include "mainwindow.h"
#include "settings.h"
#include "uitestsupport.h"
#include "wrappedlegend.h"

#include <QApplication>
#include <QChartView>
#include <QDockWidget>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QLegend>
#include <QListWidget>
#include <QScreen>
#include <QTest>

using namespace capex;
using namespace capex::ui;

namespace {

/// The widgets under `root` whose minimum width (or height) is more than `limit`, to say in a
/// failure what holds the window wide (or tall).
QStringList widgetsOver(const QWidget *root, int limit, Qt::Orientation orientation)
{
    QStringList found;
    for (const QWidget *child : root->findChildren<QWidget *>()) {
        if (!child->isVisibleTo(root))
            continue;
        const QSize minimum = child->minimumSizeHint().expandedTo(child->minimumSize());
        const int extent = orientation == Qt::Horizontal ? minimum.width() : minimum.height();
        if (extent > limit)
            found << QStringLiteral("%1 \"%2\" %3").arg(QString::fromLatin1(child->metaObject()->className()),
                                                       child->objectName())
                         .arg(extent);
    }
    return found;
}
QStringList widestWidgets(const QWidget *root, int limit) { return widgetsOver(root, limit, Qt::Horizontal); }
QStringList tallestWidgets(const QWidget *root, int limit) { return widgetsOver(root, limit, Qt::Vertical); }

} // namespace

class ScreenFitTest : public capex::testing::UiTest
{
};

TEST_F(ScreenFitTest, TheWindowCanShrinkToASmallLaptopOnEveryPageInBothLanguages)
{
    MainWindow window(m_store);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    for (Language language : {Language::English, Language::Chinese}) {
        window.setLanguage(language);
        for (DashboardPage *page : window.pages()) {
            window.showPage(page->pageId());
            QCoreApplication::processEvents();
            const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
            EXPECT_LE(minimum.width(), 1024) << page->pageId().toStdString() << " in " << Translation::code(language).toStdString()
                                             << ": " << widestWidgets(&window, 500).join(QStringLiteral("; ")).toStdString();
            EXPECT_LE(minimum.height(), 640) << page->pageId().toStdString() << " in " << Translation::code(language).toStdString();
        }
    }
}

TEST_F(ScreenFitTest, EveryPageFitsBesideTheAssumptionsDockWithoutScrolling)
{
    MainWindow window(m_store);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("assumptionsDock"));
    ASSERT_TRUE(dock && dock->isVisible());
    for (Language language : {Language::English, Language::Chinese}) {
        window.setLanguage(language);
        for (DashboardPage *page : window.pages()) {
            window.showPage(page->pageId());
            QCoreApplication::processEvents();
            const int room = page->parentWidget()->width(); // the page's scroll area's viewport
            const int height = page->parentWidget()->height();
            EXPECT_LE(page->minimumSizeHint().height(), height)
                << page->pageId().toStdString() << " in " << Translation::code(language).toStdString() << ", "
                << window.height() << " high: " << tallestWidgets(page, height / 3).join(QStringLiteral("; ")).toStdString();
            EXPECT_LE(page->minimumSizeHint().width(), room)
                << page->pageId().toStdString() << " in " << Translation::code(language).toStdString() << ", "
                << window.width() << " wide with the dock " << dock->width() << ": "
                << widestWidgets(page, room / 2).join(QStringLiteral("; ")).toStdString();
        }
    }
}

TEST_F(ScreenFitTest, TheFirstStartFitsTheScreensAvailableArea)
{
    MainWindow window(m_store);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    const QRect available = window.screen()->availableGeometry();
    EXPECT_TRUE(available.contains(window.geometry()))
        << "window " << window.geometry().width() << "×" << window.geometry().height() << "+" << window.geometry().x() << "+"
        << window.geometry().y() << " on " << available.width() << "×" << available.height();
}

TEST_F(ScreenFitTest, ARememberedGeometryOffEveryScreenIsBroughtBack)
{
    {
        MainWindow window(m_store);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        window.move(5000, 3000); // where a second monitor was
        window.close();
    }
    MainWindow again(m_store);
    again.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&again));
    EXPECT_TRUE(again.screen()->availableGeometry().contains(again.geometry()))
        << again.geometry().x() << "," << again.geometry().y();
}

namespace {

/// Every piece of text on the page that is cut short: legend entries, labels too narrow or
/// too short for their text, and table headers.
QStringList cutShortTexts(QWidget *page)
{
    QStringList cut;
    for (ChartPanel *panel : page->findChildren<ChartPanel *>()) {
        if (!panel->isVisibleTo(page))
            continue;
        const QString chart = panel->chart()->chartId();
        if (panel->chart()->legend()->isVisible() && panel->chart()->legend()->opacity() > 0)
            cut << QStringLiteral("%1: Qt's one-row legend is shown").arg(chart);
        if (LegendView *legend = panel->legend()) {
            if (legend->legend().elidedCount() > 0)
                cut << QStringLiteral("%1: %2 legend entries cut").arg(chart).arg(legend->legend().elidedCount());
            if (legend->height() < legend->neededHeight(legend->width()))
                cut << QStringLiteral("%1: legend %2 px high for %3 px of lines")
                           .arg(chart)
                           .arg(legend->height())
                           .arg(legend->neededHeight(legend->width()));
        }
    }
    for (QLabel *label : page->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(page) || label->text().isEmpty() || label->objectName() == QLatin1String("sourceCitation"))
            continue; // the citation keeps to two lines by design, whole in its tooltip
        const bool tooNarrow = !label->wordWrap() && label->width() < label->sizeHint().width() - 1;
        const bool tooShort = label->wordWrap() && label->height() < label->heightForWidth(label->width()) - 1;
        if (tooNarrow || tooShort)
            cut << QStringLiteral("label \"%1\" %2×%3, needs %4×%5")
                       .arg(label->text().left(60))
                       .arg(label->width())
                       .arg(label->height())
                       .arg(label->sizeHint().width())
                       .arg(label->wordWrap() ? label->heightForWidth(label->width()) : label->sizeHint().height());
    }
    for (QHeaderView *header : page->findChildren<QHeaderView *>()) {
        if (!header->isVisibleTo(page) || header->orientation() != Qt::Horizontal)
            continue;
        for (int i = 0; i < header->count(); ++i) {
            if (header->isSectionHidden(i))
                continue;
            const QString text = header->model()->headerData(i, Qt::Horizontal).toString();
            const int needed = header->fontMetrics().horizontalAdvance(text) + 12;
            if (header->sectionSize(i) < needed && i != header->count() - 1)
                cut << QStringLiteral("header \"%1\" %2 px, needs %3").arg(text).arg(header->sectionSize(i)).arg(needed);
        }
    }
    return cut;
}

/// The texts Qt Charts drew cut short on the page's charts ("Demand elasti..."): chart and
/// axis titles, axis labels, tornado rows.
QStringList elidedChartTexts(QWidget *page)
{
    QStringList cut;
    for (ChartPanel *panel : page->findChildren<ChartPanel *>()) {
        if (!panel->isVisibleTo(page))
            continue;
        const QString chart = panel->chart()->chartId();
        for (const QGraphicsItem *item : panel->view()->scene()->items()) {
            if (!item->isVisible())
                continue;
            QString text;
            if (const auto *t = dynamic_cast<const QGraphicsTextItem *>(item))
                text = t->toPlainText();
            else if (const auto *s = dynamic_cast<const QGraphicsSimpleTextItem *>(item))
                text = s->text();
            if (text.endsWith(QLatin1String("...")) || text.endsWith(QChar(0x2026)))
                cut << QStringLiteral("%1: chart text \"%2\"").arg(chart, text);
        }
    }
    return cut;
}

/// Shows every page in both languages and collects what `check` finds on it.
template<typename Check>
QStringList walkPages(MainWindow &window, Check check)
{
    QStringList found;
    for (Language language : {Language::English, Language::Chinese}) {
        window.setLanguage(language);
        for (DashboardPage *page : window.pages()) {
            window.showPage(page->pageId());
            QTest::qWait(100); // charts lay out their axes a few event rounds after a show
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            for (const QString &text : check(page))
                found << QStringLiteral("%1 (%2): %3").arg(page->pageId(), Translation::code(language), text);
        }
    }
    return found;
}

} // namespace

TEST_F(ScreenFitTest, NoLegendLabelOrHeaderIsCutShortOnAnyPageInEitherLanguage)
{
    MainWindow window(m_store);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto *nav = window.findChild<QListWidget *>(QStringLiteral("pageList"));
    ASSERT_TRUE(nav);
    for (Language language : {Language::English, Language::Chinese}) {
        window.setLanguage(language);
        for (int i = 0; i < nav->count(); ++i)
            EXPECT_LE(nav->fontMetrics().horizontalAdvance(nav->item(i)->text()) + 12, nav->viewport()->width())
                << "page list: " << nav->item(i)->text().toStdString();
    }
    const QStringList cut = walkPages(window, cutShortTexts);
    EXPECT_TRUE(cut.isEmpty()) << cut.join(QLatin1Char('\n')).toStdString();
}

// Not yet met: on a laptop's screen beside the Assumptions dock, chart titles now wrap, but
// the tornado's parameter names (its axis gets at most 40 % of a narrow chart), the fans'
// and the Jevons page's vertical axis titles, some log-axis labels of the fans, and the fleet
// chart's company axis are still cut short by Qt Charts. Enable once they are laid out for
// that room.
TEST_F(ScreenFitTest, DISABLED_NoChartTextIsElidedOnAnyPageInEitherLanguage)
{
    MainWindow window(m_store);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    const QStringList cut = walkPages(window, elidedChartTexts);
    EXPECT_TRUE(cut.isEmpty()) << cut.size() << " texts cut short:\n" << cut.join(QLatin1Char('\n')).toStdString();
}

// The window on a small screen: run by CTest on offscreen screens of 1366×768 and 1280×720
// at 100 %, and 1920×1080 at 150 % (tests/ui/fit/CMakeLists.txt writes their configurations).
// Nothing may be off screen, and the window must be able to shrink to 1024×640.
#include "chartpanel.h"
#include "dashboardchart.h"
#include "dashboardpage.h"
#include "mainwindow.h"
#include "settings.h"
#include "tornadochart.h"
#include "uitestsupport.h"
#include "wrappedlegend.h"

#include <QApplication>
#include <QCategoryAxis>
#include <QChartView>
#include <QComboBox>
#include <QDockWidget>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QLegend>
#include <QLineSeries>
#include <QListWidget>
#include <QScreen>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTest>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

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
    }
    // The legends drawn under the charts: each panel's, or one under several charts that share it.
    for (LegendView *legend : page->findChildren<LegendView *>()) {
        if (!legend->isVisibleTo(page))
            continue;
        const auto *panel = qobject_cast<const ChartPanel *>(legend->parentWidget());
        const QString chart = panel ? panel->chart()->chartId() + QStringLiteral(": legend") : QStringLiteral("shared legend");
        if (legend->legend().elidedCount() > 0)
            cut << QStringLiteral("%1: %2 entries cut").arg(chart).arg(legend->legend().elidedCount());
        if (legend->height() < legend->neededHeight(legend->width()))
            cut << QStringLiteral("%1: %2 px high for %3 px of lines")
                       .arg(chart)
                       .arg(legend->height())
                       .arg(legend->neededHeight(legend->width()));
    }
    // A drop-down list too narrow for the choice it shows (the tornado's output was cut to
    // "required").
    for (QComboBox *combo : page->findChildren<QComboBox *>()) {
        if (!combo->isVisibleTo(page) || combo->isEditable() || combo->currentText().isEmpty())
            continue;
        QStyleOptionComboBox option;
        option.initFrom(combo);
        option.editable = false;
        option.frame = combo->hasFrame();
        option.currentText = combo->currentText();
        const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
        const int needed = combo->fontMetrics().horizontalAdvance(combo->currentText()) + 2;
        if (field.width() < needed)
            cut << QStringLiteral("drop-down \"%1\" shows %2 px, needs %3").arg(combo->currentText()).arg(field.width()).arg(needed);
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
/// axis titles, axis labels, tornado rows; and axis labels it cut short and then hid, having
/// no room even for that.
QStringList elidedChartTexts(QWidget *page)
{
    QStringList cut;
    for (ChartPanel *panel : page->findChildren<ChartPanel *>()) {
        if (!panel->isVisibleTo(page))
            continue;
        const QString chart = panel->chart()->chartId();
        // Titles an axis does not show (a log axis whose labels and title another axis
        // shows, a unit moved under the chart's title): Qt Charts still cuts their text.
        QStringList hiddenTitles;
        for (const QAbstractAxis *axis : panel->chart()->axes())
            if (!axis->isTitleVisible())
                hiddenTitles << axis->titleText();
        auto isHiddenTitle = [&](const QString &text) {
            const QString start = text.chopped(text.endsWith(QChar(0x2026)) ? 1 : 3);
            return std::any_of(hiddenTitles.begin(), hiddenTitles.end(), [&](const QString &t) { return t.startsWith(start); });
        };
        for (const QGraphicsItem *item : panel->view()->scene()->items()) {
            // Shown, or hidden on its own (Qt Charts hides a label it cut to nothing) under a
            // parent that is shown: not the labels of an axis that is hidden as a whole.
            const bool hiddenForRoom = !item->isVisible() && item->parentItem() && item->parentItem()->isVisible()
                && !item->isVisibleTo(item->parentItem());
            if (!item->isVisible() && !hiddenForRoom)
                continue;
            QString text;
            if (const auto *t = dynamic_cast<const QGraphicsTextItem *>(item))
                text = t->toPlainText();
            else if (const auto *s = dynamic_cast<const QGraphicsSimpleTextItem *>(item))
                text = s->text();
            if ((text.endsWith(QLatin1String("...")) || text.endsWith(QChar(0x2026))) && !(hiddenForRoom && isHiddenTitle(text)))
                cut << QStringLiteral("%1: chart text \"%2\"%3").arg(chart, text, hiddenForRoom ? QStringLiteral(" (hidden)") : QString());
        }
    }
    return cut;
}

/// Tornado rows that do not fit: a label outside the plot, or over the label or bar of
/// another row, or its own bar over it.
QStringList crowdedTornadoRows(QWidget *page)
{
    QStringList found;
    for (ChartPanel *panel : page->findChildren<ChartPanel *>()) {
        auto *tornado = qobject_cast<TornadoChart *>(panel->chart());
        if (!tornado || !panel->isVisibleTo(page))
            continue;
        const QRectF plot = tornado->plotArea().adjusted(-1, -1, 1, 1);
        const QList<QAbstractSeries *> series = tornado->series(); // two legend keys, then two bars a row
        QList<QRectF> taken; // each row's label and bar so far
        for (qsizetype i = 0; i < tornado->rowLabels().size(); ++i) {
            const QGraphicsTextItem *label = tornado->rowLabels().at(i);
            // Half a pixel in from each edge: rounding, not overlap.
            const QRectF box = label->mapRectToParent(label->boundingRect()).adjusted(0, 0.5, 0, -0.5);
            const QString name = label->toPlainText();
            if (!plot.contains(box))
                found << QStringLiteral("tornado row \"%1\" outside the plot").arg(name);
            for (const QRectF &other : std::as_const(taken))
                if (other.intersects(box))
                    found << QStringLiteral("tornado row \"%1\" over the row above").arg(name);
            QRectF bar;
            for (qsizetype end : {0, 1})
                if (auto *segment = qobject_cast<QLineSeries *>(series.value(2 + 2 * i + end)); segment && segment->count() == 2) {
                    const QPointF a = tornado->mapToPosition(segment->at(0), segment);
                    const QPointF b = tornado->mapToPosition(segment->at(1), segment);
                    const double half = segment->pen().widthF() / 2;
                    bar |= QRectF(QPointF(std::min(a.x(), b.x()), a.y() - half + 0.5),
                                  QPointF(std::max(a.x(), b.x()) + 1, a.y() + half - 0.5));
                }
            if (bar.intersects(box))
                found << QStringLiteral("tornado row \"%1\": its bar over its label").arg(name);
            for (const QRectF &other : std::as_const(taken))
                if (other.intersects(bar))
                    found << QStringLiteral("tornado row \"%1\": its bar over the row above").arg(name);
            taken << box << bar;
        }
    }
    return found;
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

// Beside the Assumptions dock on a laptop's screen: the tornado draws its rows' labels itself,
// wrapped, above the bars; vertical axis titles take a brief form where the plot is low; the
// fans' log axes are labelled in powers of ten where "100,000,000" does not fit; the fleet
// chart's companies are wrapped, in short, or upright.
TEST_F(ScreenFitTest, NoChartTextIsElidedOnAnyPageInEitherLanguage)
{
    MainWindow window(m_store);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    const QStringList cut = walkPages(window, elidedChartTexts);
    EXPECT_TRUE(cut.isEmpty()) << cut.size() << " texts cut short:\n" << cut.join(QLatin1Char('\n')).toStdString();
}

TEST_F(ScreenFitTest, TheTornadosRowsFitTheirPlotWithoutOverlapInEitherLanguage)
{
    MainWindow window(m_store);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    TornadoChart *tornado = nullptr;
    for (ChartPanel *panel : window.findChildren<ChartPanel *>())
        tornado = tornado ? tornado : qobject_cast<TornadoChart *>(panel->chart());
    ASSERT_TRUE(tornado);
    const QStringList crowded = walkPages(window, crowdedTornadoRows);
    EXPECT_TRUE(crowded.isEmpty()) << crowded.join(QLatin1Char('\n')).toStdString();
    EXPECT_GE(tornado->rowLabels().size(), 5) << "the rows the check looked at";
}

namespace {

/// A chart of the test's own, squeezed into a small panel.
class SqueezedChart : public DashboardChart
{
public:
    SqueezedChart(const QString &rowLabel, const QString &axisTitle)
    {
        auto *series = new QLineSeries;
        series->append(0, 0.5);
        series->append(10, 0.5);
        addSeries(series);
        auto *x = new QValueAxis;
        x->setRange(0, 10);
        auto *y = new QCategoryAxis;
        y->append(rowLabel, 1);
        y->setRange(0, 1);
        y->setTitleText(axisTitle);
        addAxis(x, Qt::AlignBottom);
        addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    QString chartId() const override { return QStringLiteral("squeezed"); }
    QString sourcesFooter() const override { return {}; }
};

/// What `check` finds on a page of one chart, `size` big, and a drop-down list 80 px wide.
template<typename Check>
QStringList onSmallPage(SqueezedChart *chart, const QString &choice, Check check)
{
    QWidget page;
    auto *layout = new QVBoxLayout(&page);
    auto *combo = new QComboBox(&page);
    combo->addItem(choice);
    combo->setFixedWidth(80);
    layout->addWidget(combo);
    layout->addWidget(new ChartPanel(chart, &page), 1);
    page.resize(260, 240);
    page.show();
    EXPECT_TRUE(QTest::qWaitForWindowExposed(&page));
    QTest::qWait(100);
    return check(&page);
}

} // namespace

// The checks catch what they look for: Qt Charts' own cut ("Demand elasti...") in a row
// label and a vertical axis title, and a drop-down list too narrow for its choice; and
// they find nothing where everything fits.
TEST_F(ScreenFitTest, TheChecksFindTextsCutShortOnAPurposelySqueezedPage)
{
    const QString longRow = QStringLiteral("Demand elasticity of AI compute to its price (0.6 – 1.6)");
    const QString longTitle = QStringLiteral("H100 equivalents, tens of thousands, on a log scale");
    const QStringList squeezed = onSmallPage(new SqueezedChart(longRow, longTitle), QString(), elidedChartTexts);
    auto found = [&](const QString &start) {
        return std::any_of(squeezed.begin(), squeezed.end(), [&](const QString &t) { return t.contains(start); });
    };
    EXPECT_TRUE(found(QStringLiteral("chart text \"Demand"))) << squeezed.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(found(QStringLiteral("chart text \"H100"))) << squeezed.join(QLatin1Char('\n')).toStdString();
    const QStringList fits = onSmallPage(new SqueezedChart(QStringLiteral("Demand"), QStringLiteral("Index")), QString(),
                                         elidedChartTexts);
    EXPECT_TRUE(fits.isEmpty()) << fits.join(QLatin1Char('\n')).toStdString();

    const QStringList narrow = onSmallPage(new SqueezedChart(QStringLiteral("a"), QString()),
                                           QStringLiteral("planned ÷ required AI capex"), cutShortTexts);
    EXPECT_TRUE(std::any_of(narrow.begin(), narrow.end(), [](const QString &t) { return t.startsWith(QStringLiteral("drop-down")); }))
        << narrow.join(QLatin1Char('\n')).toStdString();
    const QStringList wide = onSmallPage(new SqueezedChart(QStringLiteral("a"), QString()), QStringLiteral("AI"), cutShortTexts);
    EXPECT_TRUE(wide.isEmpty()) << wide.join(QLatin1Char('\n')).toStdString();
}

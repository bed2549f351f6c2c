// In Chinese, no text the interface itself writes may still be in English: every
// visible widget, action, table header, chart title, axis title and legend entry of
// every page is walked. Proper nouns and units are allowed; the figures' own source
// citations (publishers' names) are data, not interface text.
#include "dashboardpage.h"
#include "mainwindow.h"
#include "uitestsupport.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLegendMarker>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QTextBrowser>

using namespace capex;
using namespace capex::ui;

namespace {

const QSet<QString> &allowedWords()
{
    // Names, products, units and abbreviations that Chinese text keeps as they are.
    static const QSet<QString> words = {
        QStringLiteral("AI"),        QStringLiteral("GPU"),      QStringLiteral("GPUs"),     QStringLiteral("H100"),
        QStringLiteral("H100e"),     QStringLiteral("H800"),     QStringLiteral("Meta"),     QStringLiteral("Alphabet"),
        QStringLiteral("DeepSeek"),  QStringLiteral("V3"),       QStringLiteral("R1"),       QStringLiteral("Llama"),
        QStringLiteral("B"),         QStringLiteral("GPT"),      QStringLiteral("xAI"),      QStringLiteral("OpenAI"),
        QStringLiteral("Epoch"),     QStringLiteral("LessWrong"), QStringLiteral("ARK"),     QStringLiteral("FY"),
        QStringLiteral("Ctrl"),      QStringLiteral("Shift"),    QStringLiteral("Del"),    QStringLiteral("USD"),      QStringLiteral("RMB"),
        QStringLiteral("CNY"),       QStringLiteral("JSON"),     QStringLiteral("CSV"),      QStringLiteral("PNG"),
        QStringLiteral("SVG"),       QStringLiteral("PDF"),      QStringLiteral("English"),  QStringLiteral("token"),
        QStringLiteral("tokens"),    QStringLiteral("EFLOPS"),   QStringLiteral("TPU"),      QStringLiteral("TPUs"),
        QStringLiteral("KV"),        QStringLiteral("MLA"),      QStringLiteral("a16z"),     QStringLiteral("Stargate"),
        QStringLiteral("NBER"),      QStringLiteral("MW"),       QStringLiteral("Doubao"),   QStringLiteral("CharlesD"),
        QStringLiteral("Excel"),     QStringLiteral("Jevons"),   QStringLiteral("Monte"),    QStringLiteral("Carlo"),
        QStringLiteral("A4"),        QStringLiteral("Letter"),   QStringLiteral("DPI"),      QStringLiteral("ByteDance"),
        QStringLiteral("Google"),    QStringLiteral("Microsoft"), QStringLiteral("Amazon"),  QStringLiteral("Oracle"),
        QStringLiteral("Nvidia"),    QStringLiteral("App"),      QStringLiteral("Store"),    QStringLiteral("P5"),
        QStringLiteral("CoreWeave"), QStringLiteral("Anthropic"), QStringLiteral("GW"),
        QStringLiteral("Token"),     QStringLiteral("Pro"),      QStringLiteral("Flash"),
        QStringLiteral("P25"),       QStringLiteral("P50"),      QStringLiteral("P75"),      QStringLiteral("P95"),
        // Publishers named in legends of published data points.
        QStringLiteral("LLMflation"), QStringLiteral("Andreessen"), QStringLiteral("Horowitz"), QStringLiteral("Guido"),
        QStringLiteral("Appenzeller"), QStringLiteral("Invest"),  QStringLiteral("Stanford"), QStringLiteral("HAI"),
        // The US Securities and Exchange Commission and its filing system, named so in Chinese finance too.
        QStringLiteral("SEC"),       QStringLiteral("EDGAR"),
    };
    return words;
}

QStringList englishWords(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));         // single letters are units or keys
    static const QRegularExpression mnemonic(QStringLiteral("\\(&?[A-Za-z]\\)"));  // 文件(&F), 退出(Q)
    static const QRegularExpression citation(QStringLiteral("来源：[^\\n]*"));       // publishers are proper nouns
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    QString cleaned = text;
    cleaned.remove(mnemonic);
    cleaned.remove(citation);
    cleaned.remove(tag);
    QStringList found;
    for (auto it = word.globalMatch(cleaned); it.hasNext();) {
        const QString w = it.next().captured();
        if (!allowedWords().contains(w))
            found << w;
    }
    return found;
}

class TranslationCoverageTest : public capex::testing::UiTest
{
protected:
    void check(const QString &where, const QString &text)
    {
        const QStringList words = englishWords(text);
        if (!words.isEmpty())
            m_problems << QStringLiteral("%1: “%2” (%3)").arg(where, text, words.join(QStringLiteral(", ")));
    }

    void walkChart(const QString &where, QChart *chart)
    {
        check(where + QStringLiteral(" chart title"), chart->title());
        for (QAbstractAxis *axis : chart->axes())
            check(where + QStringLiteral(" axis title"), axis->titleText());
        for (QLegendMarker *marker : chart->legend()->markers())
            if (marker->isVisible())
                check(where + QStringLiteral(" legend"), marker->label());
    }

    void walk(const QString &where, QWidget *root)
    {
        for (QWidget *w : root->findChildren<QWidget *>()) {
            if (!w->isVisibleTo(root) || w->objectName() == QLatin1String("sourceCitation"))
                continue;
            const QString name = where + QLatin1Char('/') + QString::fromLatin1(w->metaObject()->className());
            check(name + QStringLiteral(" tooltip"), w->toolTip());
            if (auto *label = qobject_cast<QLabel *>(w))
                check(name, label->text());
            else if (auto *button = qobject_cast<QAbstractButton *>(w))
                check(name, button->text());
            else if (auto *edit = qobject_cast<QLineEdit *>(w))
                check(name + QStringLiteral(" placeholder"), edit->placeholderText());
            else if (auto *box = qobject_cast<QComboBox *>(w)) {
                // Entity and metric lists are data; their "all" entry and fixed choices are not.
                check(name, box->itemText(0));
            } else if (auto *view = qobject_cast<QChartView *>(w))
                walkChart(name, view->chart());
            else if (auto *header = qobject_cast<QHeaderView *>(w)) {
                for (int i = 0; header->model() && i < header->count(); ++i)
                    check(name, header->model()->headerData(i, header->orientation()).toString());
            }
        }
    }

    QStringList m_problems;
};

} // namespace

TEST_F(TranslationCoverageTest, EveryPageIsFullyChineseAfterSwitching)
{
    MainWindow window(m_store);
    window.resize(1400, 900);
    window.show();
    window.setLanguage(Language::Chinese);
    check(QStringLiteral("window title"), window.windowTitle());
    for (QAction *menu : window.menuBar()->actions()) {
        check(QStringLiteral("menu"), menu->text());
        if (menu->menu())
            for (QAction *action : menu->menu()->actions()) {
                if (action->text() == QStringLiteral("English")) // each language is named in itself
                    continue;
                check(QStringLiteral("menu item"), action->text());
                check(QStringLiteral("menu item tooltip"), action->toolTip());
                if (action->menu())
                    for (QAction *sub : action->menu()->actions())
                        if (sub->text() != QStringLiteral("English"))
                            check(QStringLiteral("submenu item"), sub->text());
            }
    }
    for (DashboardPage *page : window.pages()) {
        window.showPage(page->pageId());
        walk(page->pageId(), page);
    }
    EXPECT_TRUE(m_problems.isEmpty()) << m_problems.join(QLatin1Char('\n')).toStdString();
}

TEST_F(TranslationCoverageTest, TheCheckItselfCatchesEnglish)
{
    check(QStringLiteral("probe"), QStringLiteral("资本开支 by company"));
    check(QStringLiteral("probe"), QStringLiteral("文件(&F)"));
    check(QStringLiteral("probe"), QStringLiteral("GPU保有量（H100等效）"));
    ASSERT_EQ(m_problems.size(), 1);
    EXPECT_TRUE(m_problems.first().contains(QStringLiteral("by, company")));
}

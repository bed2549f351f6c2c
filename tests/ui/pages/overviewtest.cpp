// The overview's cards on the dataset that ships: the figures are the companies' reported
// quarters and guidance (docs/data.md); the sums and the growth are the program's.
#include "overviewcard.h"
#include "overviewpage.h"
#include "translation.h"
#include "uitestsupport.h"

using namespace capex;
using namespace capex::ui;

class OverviewTest : public capex::testing::UiTest
{
};

TEST_F(OverviewTest, LatestQuarterAndNextYearsGuidanceOfTheFourWithTheirSources)
{
    OverviewPage page(m_store);
    page.refresh();
    const QList<OverviewCard *> cards = page.cards();
    ASSERT_EQ(cards.size(), 4);
    // 2025 Q4, the latest quarter all four reported: 37.5 + 27.9 + 39.52 + 22.14 = $127.06 B,
    // against 22.6 + 14.3 + 27.834 + 14.84 = $79.574 B a year before (+59.7%).
    EXPECT_EQ(cards[0]->figureText(), QStringLiteral("$127B"));
    EXPECT_TRUE(cards[0]->toolTip().contains(QStringLiteral("59.7%"))) << cards[0]->toolTip().toStdString();
    EXPECT_FALSE(cards[0]->sourceText().isEmpty());
    // 2026 guidance: Microsoft ~$190 B, Alphabet $180–190 B, Amazon ~$200 B, Meta $125–145 B.
    EXPECT_EQ(cards[1]->figureText(), QStringLiteral("$695–725B"));
    EXPECT_TRUE(cards[1]->toolTip().contains(QStringLiteral("Meta Platforms $125B – $145B"))) << cards[1]->toolTip().toStdString();
    EXPECT_TRUE(cards[1]->sourceText().contains(QStringLiteral("thedailyscout.com"))) << cards[1]->sourceText().toStdString();

    Translation::instance().setLanguage(Language::Chinese);
    page.refresh();
    EXPECT_EQ(cards[0]->figureText(), QStringLiteral("1271亿美元"));
    EXPECT_EQ(cards[1]->figureText(), QStringLiteral("6950–7250亿美元"));
}

#include "printfont.h"

#include <QFontInfo>
#include <QGuiApplication>
#include <QScreen>

namespace capex::ui {

QFont printFont(qreal pointSize, QFont::Weight weight)
{
    QFont font = QGuiApplication::font();
    // The family the interface font resolves to ("Sans Serif" is an alias that a list of
    // families would skip), then the Chinese one.
    QStringList families{QFontInfo(font).family()};
    const QString cjk = QStringLiteral("Noto Sans CJK SC");
    if (!families.contains(cjk))
        families << cjk;
    font.setFamilies(families);
    font.setPointSizeF(pointSize);
    font.setWeight(weight);
    return font;
}

int layoutDpi()
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    const int dpi = screen ? qRound(screen->logicalDotsPerInchY()) : 96;
    return dpi > 0 ? dpi : 96;
}

} // namespace capex::ui

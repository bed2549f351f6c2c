#include "chartstyle.h"

#include <QHash>

namespace capex::ui::ChartStyle {

QColor entityColor(const std::string &entityId)
{
    // Colour-blind-safe hues (Okabe–Ito and Tableau), fixed per company.
    static const QHash<QString, QColor> colors = {
        {QStringLiteral("microsoft"), QColor(0x00, 0x72, 0xB2)}, {QStringLiteral("alphabet"), QColor(0xD5, 0x5E, 0x00)},
        {QStringLiteral("amazon"), QColor(0xE6, 0x9F, 0x00)},    {QStringLiteral("meta"), QColor(0x00, 0x9E, 0x73)},
        {QStringLiteral("oracle"), QColor(0xCC, 0x79, 0xA7)},    {QStringLiteral("xai"), QColor(0x55, 0x55, 0x55)},
        {QStringLiteral("bytedance"), QColor(0x56, 0xB4, 0xE9)}, {QStringLiteral("deepseek"), QColor(0x4E, 0x5B, 0xD6)},
        {QStringLiteral("openai"), QColor(0x10, 0xA3, 0x7F)},    {QStringLiteral("us_hyperscalers_4"), QColor(0x7F, 0x3C, 0x8D)},
        {QStringLiteral("us_big_tech_5"), QColor(0x8C, 0x56, 0x4B)}, {QStringLiteral("coreweave"), QColor(0x88, 0x22, 0x55)},
        {QStringLiteral("tencent"), QColor(0x99, 0x99, 0x33)},
    };
    const QString id = QString::fromStdString(entityId);
    if (auto it = colors.constFind(id); it != colors.constEnd())
        return *it;
    return paletteColor(static_cast<int>(qHash(id) % 8));
}

QColor paletteColor(int index)
{
    static const QColor palette[] = {QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00), QColor(0x00, 0x9E, 0x73),
                                     QColor(0xCC, 0x79, 0xA7), QColor(0xE6, 0x9F, 0x00), QColor(0x56, 0xB4, 0xE9),
                                     QColor(0x55, 0x55, 0x55), QColor(0x8C, 0x56, 0x4B)};
    return palette[static_cast<std::size_t>(index) % std::size(palette)];
}

QPen actualPen(const QColor &color)
{
    QPen pen(color, 2.5);
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    return pen;
}

QPen guidancePen(const QColor &color, bool latestRevision)
{
    QColor c = color;
    c.setAlpha(latestRevision ? 150 : 70);
    QPen pen(c, latestRevision ? 9 : 5);
    pen.setCapStyle(Qt::FlatCap);
    return pen;
}

QPen estimatePen(const QColor &color)
{
    QPen pen(color, 1.8, Qt::DashLine);
    pen.setCapStyle(Qt::RoundCap);
    return pen;
}

QPen projectionPen(const QColor &color)
{
    QPen pen(color, 1.6, Qt::DotLine);
    return pen;
}

QPen eventPen()
{
    QPen pen(QColor(0x88, 0x88, 0x88), 1.0, Qt::DashDotLine);
    return pen;
}

QPen minorGridPen()
{
    QPen pen(QColor(0xEE, 0xEE, 0xEE), 1.0);
    pen.setCosmetic(true);
    return pen;
}

QFont titleFont()
{
    QFont font;
    font.setPointSizeF(12.5);
    font.setBold(true);
    return font;
}

QFont axisTitleFont()
{
    QFont font;
    font.setPointSizeF(9.5);
    return font;
}

} // namespace capex::ui::ChartStyle

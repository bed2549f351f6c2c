#include "chartstyle.h"

#include "dashboardchart.h"

#include <QPalette>
#include <QWidget>

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QGraphicsSimpleTextItem>
#include <QGuiApplication>
#include <QHash>
#include <QLegend>
#include <QLegendMarker>
#include <QPainter>
#include <QScatterSeries>
#include <QValueAxis>
#include <QXYSeries>

#include <algorithm>
#include <cmath>

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

void markWithEntityColor(QWidget *widget, const std::string &entityId)
{
    const QColor color = entityColor(entityId).darker(115);
    QPalette palette = widget->palette();
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::ButtonText, QPalette::Text})
        palette.setColor(role, color);
    widget->setPalette(palette);
    QFont font = widget->font();
    font.setWeight(QFont::DemiBold);
    widget->setFont(font);
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

namespace {

/// Qt Charts' light theme, as a fresh chart and axis have it: what white paper goes back to.
struct LightTheme
{
    QBrush title, labels;
    QPen line, grid;
};

const LightTheme &lightTheme()
{
    static const LightTheme theme = [] {
        QChart chart;
        auto *axis = new QValueAxis;
        chart.addAxis(axis, Qt::AlignLeft);
        return LightTheme{chart.titleBrush(), axis->labelsBrush(), axis->linePen(), axis->gridLinePen()};
    }();
    return theme;
}

constexpr char darkProperty[] = "capexDarkTheme";
/// setHollowMarkers(): the border's colour on white paper, and the size inside it.
constexpr char hollowBorderProperty[] = "capexHollowBorder";
constexpr char hollowSizeProperty[] = "capexHollowSize";
constexpr qreal hollowPen = 2.0;

/// A hollow circle `size` across inside a `hollowPen` border, for a series' light marker: the
/// picture is as large as the border's outside, in the screen's device pixels.
QImage hollowMarkerImage(const QColor &border, const QColor &fill, qreal size)
{
    const qreal outside = size + hollowPen;
    const qreal ratio = std::max<qreal>(1.0, qGuiApp ? qGuiApp->devicePixelRatio() : 1.0);
    const int side = static_cast<int>(std::ceil(outside * ratio));
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(side / outside, side / outside);
    painter.setPen(QPen(border, hollowPen));
    painter.setBrush(fill);
    painter.drawEllipse(QRectF(hollowPen / 2, hollowPen / 2, size, size));
    return image;
}

/// Black and dark greys on white paper turn light on a dark background and back: a grey
/// (r = g = b) below 110 is mirrored going dark, one above 145 coming back; a white fill (a
/// hollow marker) becomes the background. Colours are kept.
QColor themed(const QColor &color, bool dark)
{
    if (dark && color.rgb() == QColor(Qt::white).rgb())
        return QColor(darkBackground().red(), darkBackground().green(), darkBackground().blue(), color.alpha());
    if (!dark && color.rgb() == darkBackground().rgb())
        return QColor(255, 255, 255, color.alpha());
    const bool grey = color.red() == color.green() && color.green() == color.blue();
    if (!grey || (dark ? color.red() >= 110 : color.red() <= 145))
        return color;
    return QColor(255 - color.red(), 255 - color.green(), 255 - color.blue(), color.alpha());
}

/// A colour chosen for white paper (`color`) as the theme shows it: themed() turns the
/// colours of one theme into the other's, and is not its own inverse on every colour.
QColor onPaper(const QColor &color, bool dark) { return dark ? themed(color, true) : color; }

QPen themedPen(QPen pen, bool dark)
{
    pen.setColor(themed(pen.color(), dark));
    return pen;
}

template<class Getter, class Setter>
void restyle(Getter get, Setter set, bool dark)
{
    const auto before = get();
    const auto after = themed(before, dark);
    if (after != before)
        set(after);
}

} // namespace

QColor darkBackground() { return QColor(0x2B, 0x2D, 0x33); }

bool isDark(const QChart &chart) { return chart.property(darkProperty).toBool(); }

QColor themedColor(const QColor &color, bool dark) { return themed(color, dark); }

void applyTheme(QChart &chart, bool dark)
{
    const LightTheme &light = lightTheme();
    const QColor text = dark ? QColor(0xE6, 0xE6, 0xE6) : QColor();
    const QBrush titleBrush = dark ? QBrush(text) : light.title;
    const QBrush labelBrush = dark ? QBrush(QColor(0xD0, 0xD0, 0xD0)) : light.labels;
    const QPen linePen = dark ? QPen(QColor(0x80, 0x82, 0x88), light.line.widthF()) : light.line;
    const QPen gridPen = dark ? QPen(QColor(0x4A, 0x4D, 0x55), light.grid.widthF()) : light.grid;
    QPen minorPen = minorGridPen();
    if (dark)
        minorPen.setColor(QColor(0x38, 0x3B, 0x42));
    const QBrush background = dark ? QBrush(darkBackground()) : QBrush(Qt::white);
    if (chart.backgroundBrush() != background)
        chart.setBackgroundBrush(background);
    if (chart.titleBrush() != titleBrush)
        chart.setTitleBrush(titleBrush);
    for (QAbstractAxis *axis : chart.axes()) {
        if (axis->labelsBrush() != labelBrush)
            axis->setLabelsBrush(labelBrush);
        if (axis->titleBrush() != titleBrush)
            axis->setTitleBrush(titleBrush);
        if (axis->linePen() != linePen)
            axis->setLinePen(linePen);
        if (axis->gridLinePen() != gridPen)
            axis->setGridLinePen(gridPen);
        if (axis->minorGridLinePen() != minorPen)
            axis->setMinorGridLinePen(minorPen);
    }
    chart.setProperty(darkProperty, dark);
    // Series and text items are mirrored once per change of theme, each marked with the theme
    // it has: themed() is not its own inverse on every colour, and a chart rebuilt in the dark
    // theme holds new series beside mirrored ones.
    for (QAbstractSeries *series : chart.series()) {
        if (series->property(darkProperty).toBool() == dark)
            continue;
        series->setProperty(darkProperty, dark);
        if (auto *xy = qobject_cast<QXYSeries *>(series)) {
            // A scatter's pen is its markers' border and its colour their fill; a line's
            // colour is its pen's.
            const QPen pen = themedPen(xy->pen(), dark);
            if (pen != xy->pen())
                xy->setPen(pen);
            if (qobject_cast<QScatterSeries *>(xy))
                restyle([xy] { return xy->color(); }, [xy](const QColor &c) { xy->setColor(c); }, dark);
            if (const QVariant border = xy->property(hollowBorderProperty); border.isValid())
                xy->setLightMarker(hollowMarkerImage(onPaper(border.value<QColor>(), dark), onPaper(Qt::white, dark),
                                                     xy->property(hollowSizeProperty).toReal()));
        } else if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets())
                restyle([set] { return set->labelColor(); }, [set](const QColor &c) { set->setLabelColor(c); }, dark);
        }
    }
    constexpr int themeKey = 0x7e3e;
    for (QGraphicsItem *item : chart.childItems())
        if (auto *simple = dynamic_cast<QGraphicsSimpleTextItem *>(item); simple && simple->data(themeKey).toBool() != dark) {
            simple->setData(themeKey, dark);
            restyle([simple] { return simple->brush().color(); }, [simple](const QColor &c) { simple->setBrush(c); },
                    dark);
        }
}

void setHollowMarkers(QXYSeries *series, const QColor &border, qreal size)
{
    series->setProperty(hollowBorderProperty, border);
    series->setProperty(hollowSizeProperty, size);
    series->setMarkerSize(size + hollowPen);
    series->setLightMarker(hollowMarkerImage(border, Qt::white, size));
}

VectorMarkers::VectorMarkers(QChart &chart) : m_chart(chart)
{
    auto *dashboard = qobject_cast<DashboardChart *>(&chart);
    const bool dark = isDark(chart);
    for (QAbstractSeries *s : chart.series()) {
        auto *series = qobject_cast<QXYSeries *>(s);
        const QVariant border = series ? series->property(hollowBorderProperty) : QVariant();
        if (!border.isValid() || series->lightMarker().isNull())
            continue;
        const QColor color = onPaper(border.value<QColor>(), dark);
        auto *stand = new QScatterSeries;
        stand->setMarkerSize(series->property(hollowSizeProperty).toReal());
        stand->setColor(onPaper(Qt::white, dark));
        stand->setBorderColor(color);
        stand->setPen(QPen(color, hollowPen));
        stand->replace(series->points());
        stand->setProperty(darkProperty, dark);
        stand->setVisible(series->isVisible());
        chart.addSeries(stand);
        for (QAbstractAxis *axis : series->attachedAxes())
            stand->attachAxis(axis);
        if (dashboard)
            dashboard->hideFromLegend(stand);
        for (QLegendMarker *marker : chart.legend()->markers(stand))
            marker->setVisible(false);
        m_swapped.push_back({series, series->lightMarker(), stand});
        series->setLightMarker(QImage());
    }
}

VectorMarkers::~VectorMarkers()
{
    for (const Swapped &s : m_swapped) {
        m_chart.removeSeries(s.stand);
        delete s.stand;
        s.series->setLightMarker(s.image);
    }
}

QFont axisTitleFont()
{
    QFont font;
    font.setPointSizeF(9.5);
    return font;
}

} // namespace capex::ui::ChartStyle

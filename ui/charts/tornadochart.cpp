#include "tornadochart.h"

#include "chartstyle.h"
#include "modelchart.h"
#include "parametertext.h"
#include "scenariodocument.h"
#include "translation.h"

#include <QFontMetricsF>
#include <QGraphicsTextItem>
#include <QTextDocument>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace capex::ui {
namespace {

/// Points along a dragged slider's range at which the tornado is worked out at its press.
constexpr int dragSamples = 40;

} // namespace

TornadoChart::TornadoChart(ScenarioDocument &document, QGraphicsItem *parent) : DashboardChart(parent), m_document(document)
{
    setAnimationOptions(QChart::NoAnimation);
    // Beside the fans on its page, in a narrow column: their title's size.
    QFont title = ChartStyle::titleFont();
    title.setPointSizeF(10.5);
    setTitleFont(title);
    legend()->setAlignment(Qt::AlignBottom);
    connect(&document, &ScenarioDocument::changed, this, &TornadoChart::recompute);
    connect(&document, &ScenarioDocument::dragChanged, this, &DashboardChart::draftChanged);
    connect(&document, &ScenarioDocument::dragChanged, this, [this](bool dragging) {
        m_dragOrder = dragging ? m_shown : QStringList();
        m_dragSpan.reset();
        if (dragging)
            holdForDrag();
        else
            recompute();
    });
    connect(&Translation::instance(), &Translation::languageChanged, this, &TornadoChart::rebuild);
    // The tick count follows the plot's width, and the rows' labels and bars its size;
    // unchanged ticks and rows touch nothing (no loop).
    connect(this, &QChart::plotAreaChanged, this, [this](const QRectF &area) {
        if (m_x && area.width() != m_fittedWidth) {
            m_fittedWidth = area.width();
            rebuild();
        } else if (m_x && placeRows()) {
            rebuild();
        }
    });
    recompute();
}

void TornadoChart::setOutput(ModelOutput output, int year)
{
    m_output = output;
    m_year = year;
    recompute();
}

QStringList TornadoChart::order() const
{
    QStringList names;
    for (const TornadoBar &bar : m_result.bars)
        names << QString::fromStdString(bar.parameter);
    return names;
}

void TornadoChart::setLive(bool live)
{
    m_live = live;
    if (live && m_stale)
        recompute();
}

void TornadoChart::recompute()
{
    if (!m_live) {
        m_stale = true;
        return;
    }
    m_stale = false;
    const int year = std::clamp(m_year, m_document.parameters().t0(), m_document.parameters().horizon());
    auto result = Tornado::run(m_document.parameters(), m_output, year);
    m_result = result.ok() ? result.value() : TornadoResult{};
    rebuild();
}

void TornadoChart::holdForDrag()
{
    // While a slider is dragged the chart must not relay itself out: a row that appears or
    // a value axis the bars outgrow cost 7–10 ms a step (every series and label placed again).
    // The tornado is cheap (two projections a parameter, a few microseconds), so at the press
    // it is worked out along the slider's range: every parameter with a bar anywhere on it
    // gets its row now (empty until its bar appears), and the axis spans every bar's reach.
    const QString dragged = m_document.dragParameter();
    const auto spec = m_document.parameters().spec(dragged.toStdString());
    if (!m_live || !spec || spec->openDomain || !(spec->high > spec->low))
        return;
    std::vector<double> values;
    if (spec->integer)
        for (double v = spec->low; v <= spec->high; ++v)
            values.push_back(v);
    else
        for (int k = 0; k <= dragSamples; ++k)
            values.push_back(spec->low + (spec->high - spec->low) * k / dragSamples);
    if (spec->zeroAllowed)
        values.push_back(0);
    const int year = std::clamp(m_year, m_document.parameters().t0(), m_document.parameters().horizon());
    ModelParameters parameters = m_document.parameters();
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (double value : values) {
        if (!parameters.set(spec->name, value).ok())
            continue;
        auto result = Tornado::run(parameters, m_output, year);
        if (!result.ok() || !result->baseline)
            continue;
        lo = std::min(lo, *result->baseline);
        hi = std::max(hi, *result->baseline);
        for (const TornadoBar &bar : result->bars) {
            if (!bar.outputAtLow || !bar.outputAtHigh || !(bar.swing > 0))
                continue;
            lo = std::min({lo, *bar.outputAtLow, *bar.outputAtHigh});
            hi = std::max({hi, *bar.outputAtLow, *bar.outputAtHigh});
            if (const QString name = QString::fromStdString(bar.parameter); !m_dragOrder.contains(name))
                m_dragOrder << name;
        }
    }
    if (lo <= hi)
        m_dragSpan = std::pair{lo, hi};
    m_fitExactly = true;
    rebuild();
}

void TornadoChart::rebuild()
{
    const bool chinese = Translation::instance().language() == Language::Chinese;
    const bool money = m_output == ModelOutput::RequiredAiCapexUsd || m_output == ModelOutput::PlannedAiCapexUsd;
    const bool fleet = m_output == ModelOutput::RequiredH100e || m_output == ModelOutput::InstalledH100e;
    const double scale = money ? (chinese ? 1e8 : 1e9) : fleet ? (chinese ? 1e4 : 1e6) : 1.0;
    const NumberFormat f = Translation::instance().format(3);
    auto valueText = [&](double v) {
        return QString::fromStdString(money ? f.money(v, "USD") : fleet ? f.number(v) : f.number(v));
    };

    // Top bar first: category 0 is at the top, so bars are placed from the top down. During
    // a drag the rows keep their places, and a bar whose swing falls to nothing keeps its row
    // (drawn empty): removing it would remake every series and both axes, 5–10 ms a step,
    // each time a bound starts to bind. Release sorts the bars again and drops empty ones.
    const bool dragging = !m_dragOrder.isEmpty();
    std::vector<const TornadoBar *> bars;
    for (const TornadoBar &bar : m_result.bars)
        if ((bar.outputAtLow && bar.outputAtHigh && bar.swing > 0)
            || (dragging && m_dragOrder.contains(QString::fromStdString(bar.parameter))))
            bars.push_back(&bar);
    if (dragging) {
        auto place = [this](const TornadoBar *bar) {
            const qsizetype at = m_dragOrder.indexOf(QString::fromStdString(bar->parameter));
            return at < 0 ? m_dragOrder.size() : at;
        };
        std::stable_sort(bars.begin(), bars.end(), [&](const TornadoBar *a, const TornadoBar *b) { return place(a) < place(b); });
    }
    m_shown.clear();
    for (const TornadoBar *bar : bars)
        m_shown << QString::fromStdString(bar->parameter);
    if (dragging)
        m_dragOrder = m_shown; // a bar that appears keeps the place it got
    const double baseline = m_result.baseline.value_or(0) / scale;
    const int n = static_cast<int>(bars.size());
    QStringList labels;
    for (const TornadoBar *bar : bars) {
        auto spec = m_document.parameters().spec(bar->parameter);
        labels << QStringLiteral("%1 (%2 – %3)")
                      .arg(parameterLabel(bar->parameter, m_document.dataset()),
                           spec ? parameterValueText(*spec, bar->lowValue) : QString::number(bar->lowValue),
                           spec ? parameterValueText(*spec, bar->highValue) : QString::number(bar->highValue));
    }
    // The series and axes are made again only when the bars change (order, labels, output,
    // language); a slider step usually moves their ends only, and remaking two dozen series
    // and both axes was most of a step on this page.
    const QStringList structure = QStringList(labels) << QString::number(static_cast<int>(m_output)) << QString::number(chinese);
    if (structure != m_structure || !m_x)
        makeSeries(labels, money, fleet, chinese);
    m_structure = structure;
    placeRows();

    double lo = baseline, hi = baseline;
    m_tips.clear();
    for (int i = 0; i < n; ++i) {
        const TornadoBar &bar = *bars[static_cast<std::size_t>(i)];
        const double yPos = i < m_barY.size() ? m_barY.at(i) : n - i - 0.5;
        auto spec = m_document.parameters().spec(bar.parameter);
        for (bool high : {false, true}) {
            const std::optional<double> &at = high ? bar.outputAtHigh : bar.outputAtLow;
            const double end = at ? *at / scale : baseline; // an empty row during a drag
            ModelChart::replacePoints(m_segments.at(2 * i + (high ? 1 : 0)), {{baseline, yPos}, {end, yPos}});
            lo = std::min(lo, end);
            hi = std::max(hi, end);
            m_tips << tr("<b>%1</b> at %2: %3 (baseline %4)")
                          .arg(labels.at(i).toHtmlEscaped(),
                               spec ? parameterValueText(*spec, high ? bar.highValue : bar.lowValue) : QString(),
                               valueText(end * scale), valueText(baseline * scale));
        }
    }
    if (dragging && m_dragSpan) {
        lo = std::min(lo, m_dragSpan->first / scale);
        hi = std::max(hi, m_dragSpan->second / scale);
    }
    const double pad = (hi - lo) * 0.05 + 1e-9;
    // The bars' axis is often narrow (beside four fans): as many ticks as labels of the
    // widest value fit with room between them, at most five.
    const QString widest = QString::number(std::max(std::fabs(lo), std::fabs(hi)), 'f', 0);
    const double room = QFontMetricsF(m_x->labelsFont()).horizontalAdvance(widest) * 1.4;
    const int ticks = plotArea().width() > 0 ? std::clamp(static_cast<int>(plotArea().width() / room), 3, 5) : 5;
    // Bars that all start right of zero are not padded past it: a nice range with few
    // ticks would otherwise reach as far below zero as above.
    ModelChart::fitValueAxis(m_x, lo >= 0 ? std::max(lo - pad, 0.0) : lo - pad, hi + pad,
                             m_fitExactly ? ModelChart::Fit::Exact : ModelChart::fitFor(m_document), ticks);
    m_fitExactly = false;
    ModelChart::setLabelFormat(m_x, hi - lo >= 20 ? QStringLiteral("%.0f") : QStringLiteral("%.2g"));
    if (const QString text = tr("What moves %1 in %2 most: one parameter at a time").arg(outputLabel(m_output)).arg(m_result.year);
        plainTitle() != text)
        setTitle(text);
    emit rebuilt();
}

void TornadoChart::makeSeries(const QStringList &labels, bool money, bool fleet, bool chinese)
{
    removeAllSeries();
    m_segments.clear();
    for (QAbstractAxis *axis : axes())
        removeAxis(axis), delete axis;
    auto *lowKey = new QLineSeries;
    auto *highKey = new QLineSeries;
    lowKey->setPen(QPen(QColor(0x00, 0x72, 0xB2), 10));
    highKey->setPen(QPen(QColor(0xD5, 0x5E, 0x00), 10));
    lowKey->setName(tr("Parameter at its low end"));
    highKey->setName(tr("Parameter at its high end"));
    addSeries(lowKey);
    addSeries(highKey);
    const int n = static_cast<int>(labels.size());
    for (int i = 0; i < 2 * n; ++i) {
        const bool high = i % 2 == 1;
        auto *segment = new QLineSeries;
        segment->setPen(QPen(high ? QColor(0xD5, 0x5E, 0x00) : QColor(0x00, 0x72, 0xB2), 16, Qt::SolidLine, Qt::FlatCap));
        connect(segment, &QLineSeries::hovered, this, [this, i](const QPointF &, bool state) {
            const QString tip = state && i < m_tips.size() ? m_tips.at(i) : QString();
            emit pointHovered(tip, state);
        });
        addSeries(segment);
        m_segments.append(segment);
    }
    // The rows: one unit each, top bar first from n down. Their labels are drawn by the
    // chart above the bars (placeRows), so the axis itself is not shown.
    auto *y = new QValueAxis;
    y->setRange(0, std::max(n, 1));
    y->setVisible(false);
    qDeleteAll(m_rowLabels);
    m_rowLabels.clear();
    m_labelHtml.clear();
    m_labelNames.clear();
    m_barY.clear();
    m_barWidth = 0; // the new bars get theirs at the next placeRows
    for (const QString &text : labels) {
        auto *label = new QGraphicsTextItem(this);
        label->document()->setDocumentMargin(0);
        // The range ("(0.6 – 1.6)") does not break across lines: wrapped, it goes whole onto
        // the name's next line.
        // (no-break spaces, and word joiners either side of the dash, which would otherwise
        // allow a break after it).
        const qsizetype open = text.lastIndexOf(QStringLiteral(" ("));
        QString html = text.toHtmlEscaped();
        if (const qsizetype at = html.lastIndexOf(QStringLiteral(" (")); at > 0) {
            QString range = html.mid(at + 1);
            range.replace(QStringLiteral(" – "), QStringLiteral(" \u2060–\u2060 "));
            range.replace(QLatin1Char(' '), QStringLiteral("&nbsp;"));
            html = html.left(at + 1) + range;
        }
        m_labelHtml << html;
        m_labelNames << (open > 0 ? text.left(open) : text);
        label->setHtml(html);
        label->setProperty("html", html);
        label->setToolTip(text);
        label->setZValue(100); // above the grid and the bars
        m_rowLabels.append(label);
    }
    m_x = new QValueAxis;
    m_x->setTickCount(5);
    m_x->setTitleText(money ? (chinese ? tr("USD, hundreds of millions", "axis unit: 亿美元") : tr("USD billions"))
                            : fleet ? (chinese ? tr("H100 equivalents, tens of thousands", "axis unit: 万张H100等效")
                                               : tr("H100 equivalents, millions"))
                                    : tr("Value of the output"));
    m_x->setTitleFont(ChartStyle::axisTitleFont());
    // The labels are in the value axis' colour, which follows the theme (and in its font,
    // see placeRows).
    auto recolour = [this] {
        for (QGraphicsTextItem *label : m_rowLabels)
            label->setDefaultTextColor(m_x->labelsBrush().color());
    };
    connect(m_x, &QValueAxis::labelsBrushChanged, this, recolour);
    recolour();
    addAxis(m_x, Qt::AlignBottom);
    addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : series()) {
        s->attachAxis(m_x);
        s->attachAxis(y);
    }
    for (QLineSeries *segment : m_segments)
        hideFromLegend(segment);
}

bool TornadoChart::placeRows()
{
    // The rows are stacked from the plot's top: each row's label (name and range) as wide as
    // the plot, wrapping where it must, and its bar under it. A row is as tall as its label
    // needs, and the room left over is shared out evenly. Where the rows need more room than
    // there is, the bars are thinned (down to 6 px), then the labels' font made smaller (down
    // to 80 %). The bars' places on the axis (row i between n-i-1 and n-i, as far as the axis
    // is concerned) are kept in m_barY for rebuild().
    const qsizetype n = m_rowLabels.size();
    const QRectF plot = plotArea();
    QList<double> barY;
    double barWidth = 16;
    if (n > 0 && plot.width() > 0 && plot.height() > 0) {
        constexpr double gap = 1, thinnest = 6;
        QList<double> heights;
        double labels = 0;
        // Names with their ranges at the axis' size, then smaller; then the names alone (each
        // bar's tooltip and the label's own still give the range), then smaller.
        for (auto [ranges, shrink] : {std::pair{true, 1.0}, std::pair{true, 0.9}, std::pair{false, 1.0},
                                      std::pair{false, 0.9}, std::pair{false, 0.8}}) {
            QFont font = m_x->labelsFont();
            font.setPointSizeF(font.pointSizeF() * shrink);
            heights.clear();
            labels = 0;
            for (qsizetype i = 0; i < n; ++i) {
                QGraphicsTextItem *label = m_rowLabels.at(i);
                if (const QString html = ranges ? m_labelHtml.value(i) : m_labelNames.value(i).toHtmlEscaped();
                    label->property("html").toString() != html) {
                    label->setHtml(html);
                    label->setProperty("html", html);
                }
                if (label->font() != font)
                    label->setFont(font);
                if (label->textWidth() != plot.width())
                    label->setTextWidth(plot.width());
                heights << std::ceil(label->boundingRect().height());
                labels += heights.last();
            }
            if (labels + static_cast<double>(n) * (gap + thinnest) <= plot.height())
                break;
        }
        const double rows = static_cast<double>(n);
        barWidth = std::clamp(std::floor((plot.height() - labels) / rows - gap), thinnest, 16.0);
        const double spare = std::max(0.0, std::floor((plot.height() - labels - rows * (gap + barWidth)) / rows));
        const double unit = plot.height() / rows; // pixels per unit of the rows' axis
        double y = std::ceil(plot.top());
        for (qsizetype i = 0; i < n; ++i) {
            const double top = y + std::floor(spare / 2);
            m_rowLabels.at(i)->setPos(plot.left(), top);
            const double centre = top + heights.at(i) + gap + barWidth / 2;
            barY << rows - (centre - plot.top()) / unit;
            y += heights.at(i) + gap + barWidth + spare;
        }
    } else {
        for (qsizetype i = 0; i < n; ++i)
            barY << static_cast<double>(n - i) - 0.5;
    }
    const bool changed = barY != m_barY || barWidth != m_barWidth;
    if (barWidth != m_barWidth)
        for (QLineSeries *segment : std::as_const(m_segments)) {
            QPen pen = segment->pen();
            pen.setWidthF(barWidth);
            segment->setPen(pen);
        }
    m_barY = barY;
    m_barWidth = barWidth;
    return changed;
}

QString TornadoChart::outputLabel(ModelOutput output)
{
    switch (output) {
    case ModelOutput::SpendIndex: return tr("the spend index");
    case ModelOutput::RequiredH100e: return tr("the required fleet");
    case ModelOutput::PlanToRequiredRatio: return tr("planned ÷ required capex");
    case ModelOutput::RequiredAiCapexUsd: return tr("required AI capex");
    default: return QString::fromLatin1(outputName(output));
    }
}

QString TornadoChart::sourcesFooter() const
{
    return tr("Model: Capex Lens projection of scenario “%1”; each parameter moved to the ends of its range in the "
              "specification (docs/model.md), the others at their current values.")
        .arg(m_document.displayName());
}

} // namespace capex::ui

#include "chartpanel.h"

#include "chartstyle.h"
#include "dashboardchart.h"
#include "theme.h"
#include "wrappedlegend.h"

#include <QAction>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QTextLayout>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

namespace capex::ui {
namespace {

/// The sources under a chart, at most two lines: a model chart cites a dozen parameters,
/// and printed in full the citation would take more room than the chart. What does not
/// fit ends in "…"; the whole text is the tooltip (and is printed in full on exports).
class CitationLabel : public QLabel
{
public:
    using QLabel::QLabel;

    static constexpr int maxLines = 2;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override
    {
        return static_cast<int>(linesFor(width).size()) * fontMetrics().lineSpacing();
    }
    QSize sizeHint() const override { return {120, heightForWidth(width() > 0 ? width() : 400)}; }
    QSize minimumSizeHint() const override { return {60, fontMetrics().lineSpacing()}; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setPen(palette().color(foregroundRole()));
        painter.setFont(font());
        const QFontMetrics metrics = fontMetrics();
        const QStringList &lines = linesFor(width());
        for (qsizetype i = 0; i < lines.size(); ++i)
            painter.drawText(QPointF(0, static_cast<double>(i * metrics.lineSpacing() + metrics.ascent())), lines.at(i));
    }

private:
    /// The lines shown in `width`, at most maxLines, the last ending in "…" where text is
    /// left out. Laid out once per text, font and width: layouts ask on every activation (a
    /// page relays out whenever a label beside the charts changes its text, on each slider
    /// step), and a chart's repaint asks again.
    const QStringList &linesFor(int width) const
    {
        if (width == m_cachedWidth && text() == m_cachedText && font() == m_cachedFont)
            return m_cachedLines;
        m_cachedWidth = width;
        m_cachedText = text();
        m_cachedFont = font();
        m_cachedLines = layoutLines(width);
        return m_cachedLines;
    }

    QStringList layoutLines(int width) const
    {
        QString flat = text().simplified();
        if (flat.isEmpty())
            return {};
        if (width <= 0)
            return {flat};
        // Only the start is shown: a chart of a large store cites hundreds of sources, and
        // laying all of them out took a tenth of the page's first show. Twice what fits in the
        // lines shown is laid out; the rest is cut, and the last line shown ends in "…".
        const QFontMetrics metrics = fontMetrics();
        const qsizetype fits = (width / std::max(1, metrics.averageCharWidth()) + 1) * (maxLines + 1) * 2;
        const bool cut = flat.size() > fits;
        if (cut)
            flat.truncate(fits);
        QTextLayout layout(flat, font());
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        QList<std::pair<int, int>> spans; // start, length of each line
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            spans.append({line.textStart(), line.textLength()});
        }
        layout.endLayout();
        const int count = std::min<int>(static_cast<int>(spans.size()), maxLines);
        QStringList lines;
        for (int i = 0; i < count; ++i) {
            const bool last = i == count - 1 && (spans.size() > maxLines || cut);
            lines << (last ? metrics.elidedText(flat.mid(spans[i].first), Qt::ElideRight, width)
                           : flat.mid(spans[i].first, spans[i].second));
        }
        return lines;
    }

    mutable int m_cachedWidth = -1;
    mutable QString m_cachedText;
    mutable QFont m_cachedFont;
    mutable QStringList m_cachedLines;
};

/// The whole citation as a tooltip that wraps instead of running off the screen.
QString wrappedToolTip(const QString &text)
{
    return text.isEmpty() ? QString() : QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(text.toHtmlEscaped());
}

} // namespace

ChartPanel::ChartPanel(DashboardChart *chart, QWidget *parent)
    : QWidget(parent), m_chart(chart), m_view(new QChartView(chart, this)), m_footer(new CitationLabel(this)),
      m_exportAction(new QAction(this)), m_copyAction(new QAction(this)), m_exportButton(new QToolButton(this)),
      m_copyButton(new QToolButton(this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    // During a slider drag the chart is redrawn at the pointer's pace; antialiased thick
    // lines are most of a step's cost (a 1600 × 1000 cost-curve chart: 7 → 3 ms a step), so
    // lines are drawn without it until the slider is released. Text keeps its antialiasing.
    connect(chart, &DashboardChart::draftChanged, this, [this](bool draft) {
        m_view->setRenderHint(QPainter::Antialiasing, !draft);
        if (!draft)
            m_view->viewport()->update();
    });
    // One rectangle a repaint: with Qt's default (the exact region of the changed items) the
    // painter clips to a many-rectangle region, and the raster engine intersects every span
    // of every grid line with it one by one: a quarter of a slider step's time.
    m_view->setViewportUpdateMode(QGraphicsView::BoundingRectViewportUpdate);
    m_view->setMinimumSize(180, 160);
    m_footer->setObjectName(QStringLiteral("sourceCitation"));
    m_footer->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    QFont small = m_footer->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_footer->setFont(small);
    m_footer->setForegroundRole(QPalette::PlaceholderText); // muted grey in either theme

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_view, 1);
    if (chart->legend()->isVisible())
        layout->addWidget(m_legend = new LegendView(chart, this));
    auto *bottom = new QHBoxLayout;
    bottom->setSpacing(2);
    bottom->addWidget(m_footer, 1);
    for (QToolButton *button : {m_copyButton, m_exportButton}) {
        button->setAutoRaise(true);
        button->setFont(small);
        bottom->addWidget(button, 0, Qt::AlignTop);
    }
    layout->addLayout(bottom);

    m_exportButton->setDefaultAction(m_exportAction);
    m_copyButton->setDefaultAction(m_copyAction);
    m_exportButton->setObjectName(QStringLiteral("exportChartButton"));
    m_copyButton->setObjectName(QStringLiteral("copyChartButton"));
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addAction(m_exportAction);
    m_view->addAction(m_copyAction);
    connect(m_exportAction, &QAction::triggered, this, &ChartPanel::exportRequested);
    connect(m_copyAction, &QAction::triggered, this, &ChartPanel::copyRequested);
    retranslateUi();

    connect(chart, &DashboardChart::pointHovered, this, [this](const QString &text, bool state) {
        if (state)
            QToolTip::showText(QCursor::pos(), text, m_view);
        else
            QToolTip::hideText();
    });
    connect(chart, &DashboardChart::rebuilt, this, &ChartPanel::updateFooter);
    updateFooter();
    // The chart follows View → Theme; one rebuilt with new axes or series is coloured again.
    ChartStyle::applyTheme(*chart, Theme::instance().isDark());
    connect(&Theme::instance(), &Theme::changed, this, [this](bool dark) { ChartStyle::applyTheme(*m_chart, dark); });
    connect(chart, &DashboardChart::rebuilt, this, [this] {
        if (ChartStyle::isDark(*m_chart))
            ChartStyle::applyTheme(*m_chart, true);
    });
}

void ChartPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ChartPanel::showEvent(QShowEvent *event)
{
    m_chart->catchUp();
    QWidget::showEvent(event);
}

void ChartPanel::retranslateUi()
{
    m_exportAction->setText(tr("Export…"));
    m_exportAction->setToolTip(tr("Save this chart as PNG, SVG or PDF, with its sources (Ctrl+Shift+X)"));
    //: Button beside a chart: copies the chart as an image
    m_copyAction->setText(tr("Copy", "chart"));
    m_copyAction->setToolTip(tr("Copy this chart with its sources to the clipboard as an image"));
}

void ChartPanel::updateFooter()
{
    // Called on every scenario change; the citation rarely changes with it, and laying it
    // out again (its height depends on the text) would cost a relayout of the page.
    const QString text = m_chart->sourcesFooter();
    if (text == m_footer->text())
        return;
    m_footer->setText(text);
    m_footer->setToolTip(wrappedToolTip(text));
    m_footer->updateGeometry();
}

} // namespace capex::ui

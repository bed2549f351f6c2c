#include "reportwriter.h"

#include "chartcatalog.h"
#include "chartexporter.h"
#include "chartreading.h"
#include "costcurvepresets.h"
#include "dashboardchart.h"
#include "dataset.h"
#include "jevonschart.h"
#include "parametertext.h"
#include "printfont.h"
#include "savefile.h"
#include "scenariodocument.h"
#include "translation.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextOption>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

namespace capex::ui {
namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("capex::ui::ReportWriter", text, disambiguation, n);
}

QString esc(const QString &text) { return text.toHtmlEscaped(); }
QString esc(const std::string &text) { return QString::fromStdString(text).toHtmlEscaped(); }

constexpr qreal bodyPointSize = 9.5;
constexpr qreal footerBand = 26; // device-independent pixels below the content for the page footer
constexpr qreal chartScale = 0.85; // charts are laid out at 1/0.85 of the page's width, then scaled to it
constexpr qreal readingGap = 14;

/// Shared look of the report's text: headings, tables, muted notes.
const QString &styleSheet()
{
    static const QString css = QStringLiteral(
        "h1 { font-size: 22pt; font-weight: 700; margin-bottom: 6px; }"
        "h2 { font-size: 15pt; font-weight: 700; margin-top: 0px; margin-bottom: 8px; }"
        "h3 { font-size: 11pt; font-weight: 700; margin-top: 10px; margin-bottom: 4px; }"
        "p { margin-top: 0px; margin-bottom: 6px; }"
        "th { background-color: #e8ecf1; font-weight: 700; text-align: left; }"
        "td, th { border-color: #b8c0cc; font-size: 8.5pt; }"
        ".muted { color: #666666; }"
        ".changed { font-weight: 700; color: #b04a00; }"
        ".lead { font-size: 12pt; }");
    return css;
}

/// A document laid out in pages of `pageSize`, in the report's font.
std::unique_ptr<QTextDocument> makeDocument(const QString &html, const QSizeF &pageSize)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultFont(printFont(bodyPointSize));
    doc->setDefaultStyleSheet(styleSheet());
    doc->setDocumentMargin(0);
    QTextOption option = doc->defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // long URLs break instead of running off
    doc->setDefaultTextOption(option);
    doc->setHtml(html);
    doc->setPageSize(pageSize);
    return doc;
}

/// Draws page `index` of a paginated document into `rect`.
void drawDocumentPage(QPainter &painter, QTextDocument &doc, const QRectF &rect, int index)
{
    painter.save();
    painter.translate(rect.topLeft());
    painter.translate(0, -index * rect.height());
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = QRectF(0, index * rect.height(), rect.width(), rect.height());
    context.palette.setColor(QPalette::Text, Qt::black);
    painter.setClipRect(context.clip);
    doc.documentLayout()->draw(&painter, context);
    painter.restore();
}

QString companyNames(const Dataset &d, const std::vector<std::string> &ids)
{
    QStringList names;
    for (const std::string &id : ids) {
        const Entity *e = d.entity(id);
        names << (e ? localized(e->nameEn, e->nameZh) : QString::fromStdString(id));
    }
    return names.join(Translation::instance().language() == Language::Chinese ? QStringLiteral("、")
                                                                              : QStringLiteral(", "));
}

struct ChartPage
{
    QString id;
    std::unique_ptr<DashboardChart> chart;
    QString reading;
};

} // namespace

ReportWriter::ReportWriter(const Dataset &snapshot, ScenarioDocument &document)
    : m_snapshot(snapshot), m_document(document)
{
}

std::optional<QPageSize::PageSizeId> ReportWriter::parsePaper(const QString &name)
{
    if (name.compare(QLatin1String("a4"), Qt::CaseInsensitive) == 0)
        return QPageSize::A4;
    if (name.compare(QLatin1String("letter"), Qt::CaseInsensitive) == 0)
        return QPageSize::Letter;
    return std::nullopt;
}

QPageSize::PageSizeId ReportWriter::defaultPaper()
{
    return QLocale::system().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4;
}

QByteArray ReportWriter::render(QString *error)
{
    m_pageTitles.clear();
    const QString scenario = m_document.displayName();
    const ModelParameters &parameters = m_document.parameters();

    std::vector<ChartPage> charts;
    for (const QString &id : ChartCatalog::ids()) {
        ChartPage page{id, ChartCatalog::create(id, m_snapshot, m_document), {}};
        if (page.chart) {
            page.reading = ChartReading::text(id, *page.chart, m_document);
            charts.push_back(std::move(page));
        }
    }

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(layoutDpi());
    writer.setPageSize(QPageSize(m_paper));
    writer.setPageMargins(QMarginsF(18, 15, 18, 12), QPageLayout::Millimeter);
    writer.setTitle(tr("Capex Lens report: %1").arg(scenario));
    writer.setCreator(QStringLiteral("Capex Lens %1").arg(QStringLiteral(CAPEXLENS_VERSION)));
    const QSizeF pageSize = writer.pageLayout().paintRectPixels(writer.resolution()).size();
    const QRectF content(0, 0, pageSize.width(), pageSize.height() - footerBand);

    // The assumptions.
    QString html = QStringLiteral("<h2>%1</h2><p class='muted'>%2</p>")
                       .arg(esc(tr("Assumptions")),
                            esc(tr("Every parameter of the scenario, its default and where the default comes from. "
                                   "Values that differ from the default are highlighted.")));
    html += QStringLiteral("<table width='100%' border='1' cellspacing='0' cellpadding='3' "
                           "style='border-collapse: collapse'><thead><tr>"
                           "<th width='27%'>%1</th><th width='13%'>%2</th><th width='13%'>%3</th><th>%4</th>"
                           "</tr></thead>")
                .arg(esc(tr("Parameter")), esc(tr("Value")), esc(tr("Default")), esc(tr("Source")));
    const CostCurvePreset *curve = CostCurvePresets::preset(parameters.costCurve());
    html += QStringLiteral("<tr><td>%1</td><td colspan='2'>%2</td><td>%3</td></tr>")
                .arg(esc(tr("Cost curve")),
                     esc(curve ? localized(curve->nameEn, curve->nameZh) : QString::fromStdString(parameters.costCurve())),
                     esc(curve ? localized(curve->sourceEn, curve->sourceZh) : QString()));
    html += QStringLiteral("<tr><td>%1</td><td colspan='3'>%2</td></tr>")
                .arg(esc(tr("Companies")), esc(companyNames(m_snapshot, parameters.selectedCompanies())));
    for (const ParameterSpec &spec : parameters.specs()) {
        const bool changed = std::fabs(spec.value - spec.defaultValue) > 1e-12 * std::max(1.0, std::fabs(spec.defaultValue));
        html += QStringLiteral("<tr><td>%1</td><td%2>%3</td><td>%4</td><td>%5</td></tr>")
                    .arg(esc(parameterLabel(spec.name, &m_snapshot)),
                         changed ? QStringLiteral(" class='changed'") : QString(),
                         esc(parameterValueText(spec, spec.value)), esc(parameterValueText(spec, spec.defaultValue)),
                         esc(localized(spec.sourceEn, spec.sourceZh)));
    }
    html += QStringLiteral("</table>");
    auto assumptions = makeDocument(html, content.size());

    // The sources, by publisher.
    std::vector<const Source *> sources;
    for (const Source &s : m_snapshot.sources)
        sources.push_back(&s);
    std::stable_sort(sources.begin(), sources.end(), [](const Source *a, const Source *b) {
        return QString::fromStdString(a->publisher).compare(QString::fromStdString(b->publisher), Qt::CaseInsensitive) < 0;
    });
    html = QStringLiteral("<h2>%1</h2><p class='muted'>%2</p><ol>")
               .arg(esc(tr("Sources")),
                    esc(tr("The %n source(s) of the dataset (version %1, released %2), with their dates and addresses.",
                           nullptr, static_cast<int>(sources.size()))
                            .arg(m_snapshot.version)
                            .arg(QString::fromStdString(m_snapshot.released))));
    for (const Source *s : sources) {
        html += QStringLiteral("<li><b>%1</b>, “%2”").arg(esc(s->publisher), esc(s->title));
        if (!s->date.empty())
            html += QStringLiteral(" (%1)").arg(esc(s->date));
        html += QLatin1Char('.');
        if (!s->url.empty())
            html += QStringLiteral(" <span class='muted'>%1</span>").arg(esc(s->url));
        html += QStringLiteral("</li>");
    }
    html += QStringLiteral("</ol>");
    auto sourceList = makeDocument(html, content.size());

    const int assumptionPages = assumptions->pageCount();
    const int sourcePages = sourceList->pageCount();
    const int total = 1 + assumptionPages + static_cast<int>(charts.size()) + sourcePages;

    // The title page, with the contents and where each section begins.
    const Dataset &d = m_snapshot;
    html = QStringLiteral("<p class='muted'>%1</p><h1>%2</h1><p class='lead'><b>%3</b></p>")
               .arg(esc(tr("Capex Lens · AI compute economics")), esc(tr("Scenario report")), esc(scenario));
    if (!m_document.scenario().note.empty())
        html += QStringLiteral("<p>%1</p>").arg(esc(m_document.scenario().note));
    if (const QString reading = JevonsChart::reading(m_document); !reading.isEmpty())
        html += QStringLiteral("<p class='lead'>%1</p>").arg(esc(reading));
    html += QStringLiteral("<table cellspacing='0' cellpadding='3'>");
    auto fact = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td class='muted'>%1</td><td>%2</td></tr>").arg(esc(label), esc(value));
    };
    fact(tr("Date"), m_date.toString(Qt::ISODate));
    fact(tr("Dataset"), tr("version %1, released %2: %3 figures from %4 sources")
                            .arg(d.version)
                            .arg(QString::fromStdString(d.released))
                            .arg(d.observations.size())
                            .arg(d.sources.size()));
    fact(tr("Projection"), tr("%1 to %2").arg(parameters.t0()).arg(parameters.horizon()));
    fact(tr("Cost curve"), curve ? localized(curve->nameEn, curve->nameZh) : QString::fromStdString(parameters.costCurve()));
    fact(tr("Companies"), companyNames(d, parameters.selectedCompanies()));
    fact(tr("Program"), QStringLiteral("Capex Lens %1").arg(QStringLiteral(CAPEXLENS_VERSION)));
    html += QStringLiteral("</table><h3>%1</h3><table cellspacing='0' cellpadding='2'>").arg(esc(tr("Contents")));
    auto entry = [&html](const QString &title, int page) {
        html += QStringLiteral("<tr><td width='90%'>%1</td><td align='right'>%2</td></tr>").arg(esc(title)).arg(page);
    };
    entry(tr("Assumptions"), 2);
    for (std::size_t i = 0; i < charts.size(); ++i)
        entry(QStringLiteral("%1. %2").arg(i + 1).arg(ChartCatalog::title(charts[i].id)),
              2 + assumptionPages + static_cast<int>(i));
    entry(tr("Sources"), 2 + assumptionPages + static_cast<int>(charts.size()));
    html += QStringLiteral("</table>");
    auto titlePage = makeDocument(html, content.size());

    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = tr("The report could not be drawn.");
        return {};
    }
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    const QFont footerFont = printFont(7.5);
    int pageNumber = 0;
    auto startPage = [&](const QString &title) {
        if (pageNumber > 0)
            writer.newPage();
        ++pageNumber;
        m_pageTitles << title;
        const QRectF band(0, content.bottom() + 8, content.width(), footerBand - 8);
        painter.save();
        painter.setPen(QPen(QColor(0xb8, 0xc0, 0xcc), 0.6));
        painter.drawLine(band.topLeft(), band.topRight());
        painter.setFont(footerFont);
        painter.setPen(QColor(0x66, 0x66, 0x66));
        const QRectF text = band.adjusted(0, 3, 0, 0);
        painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                         tr("Capex Lens · scenario “%1” · %2").arg(scenario, m_date.toString(Qt::ISODate)));
        painter.drawText(text, Qt::AlignRight | Qt::AlignVCenter, tr("Page %1 of %2").arg(pageNumber).arg(total));
        painter.restore();
    };

    startPage(tr("Scenario report"));
    drawDocumentPage(painter, *titlePage, content, 0);
    for (int i = 0; i < assumptionPages; ++i) {
        startPage(i == 0 ? tr("Assumptions") : QString());
        drawDocumentPage(painter, *assumptions, content, i);
    }
    for (std::size_t i = 0; i < charts.size(); ++i) {
        const ChartPage &page = charts[i];
        const QString title = QStringLiteral("%1. %2").arg(i + 1).arg(ChartCatalog::title(page.id));
        startPage(title);
        auto heading = makeDocument(QStringLiteral("<h2>%1</h2>").arg(esc(title)), content.size());
        drawDocumentPage(painter, *heading, content, 0);
        const qreal top = heading->size().height() + 2;
        std::unique_ptr<QTextDocument> reading;
        qreal readingHeight = 0;
        if (!page.reading.isEmpty()) {
            reading = makeDocument(QStringLiteral("<h3>%1</h3><p>%2</p>").arg(esc(tr("Reading")), esc(page.reading)),
                                   QSizeF(content.width(), content.height() / 2));
            readingHeight = reading->size().height() + readingGap;
        }
        // The chart takes what the heading and the reading leave, at most a screen's proportions.
        const qreal height = std::min(content.height() - top - readingHeight, content.width() * 0.72);
        const QRectF chartRect(content.left(), content.top() + top, content.width(), height);
        ChartExporter exporter(*page.chart);
        exporter.setExportDate(m_date);
        exporter.setDatasetVersion(d.version);
        if (ChartCatalog::plotsScenario(page.id))
            exporter.setScenarioName(scenario);
        // Laid out a little larger than the page and scaled down: axis labels and legends get
        // the room they have on a wide screen, text stays above 7.5 pt.
        painter.save();
        painter.translate(chartRect.topLeft());
        painter.scale(chartScale, chartScale);
        exporter.paint(painter, QRectF(QPointF(0, 0), chartRect.size() / chartScale));
        painter.restore();
        if (reading) {
            const QRectF below(content.left(), chartRect.bottom() + readingGap, content.width(),
                               content.bottom() - chartRect.bottom() - readingGap);
            drawDocumentPage(painter, *reading, below, 0);
        }
    }
    for (int i = 0; i < sourcePages; ++i) {
        startPage(i == 0 ? tr("Sources") : QString());
        drawDocumentPage(painter, *sourceList, content, i);
    }
    if (!painter.end() || bytes.isEmpty()) {
        if (error)
            *error = tr("The report could not be drawn.");
        return {};
    }
    return bytes;
}

QString ReportWriter::save(const QString &path)
{
    QString error;
    const QByteArray bytes = render(&error);
    if (bytes.isEmpty())
        return error;
    return saveFile(path, bytes);
}

} // namespace capex::ui

// Exports for reports: each chart as PNG, SVG and PDF with its sources, the PDF report,
// figures and scenario outputs as CSV and Excel, and the window's export actions.
#include "capexchart.h"
#include "chartcatalog.h"
#include "chartexporter.h"
#include "chartpanel.h"
#include "dashboardpage.h"
#include "datapage.h"
#include "exportactions.h"
#include "exportdialog.h"
#include "mainwindow.h"
#include "observationtablemodel.h"
#include "pngwriter.h"
#include "printfont.h"
#include "reportwriter.h"
#include "scenariodocument.h"
#include "spreadsheetexport.h"
#include "uitestsupport.h"

#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>
#include <QtEndian>
#include <QXmlStreamReader>
#include <QXYSeries>

#include <zlib.h>

#include <memory>

using namespace capex;
using namespace capex::ui;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The text of every <text> element of an SVG, in order; fails the test if it is not XML.
QStringList svgTexts(const QByteArray &svg)
{
    QStringList texts;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
            texts << xml.readElementText();
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString() << " at line " << xml.lineNumber();
    return texts;
}

/// Text without any white space: a footer wrapped over lines still contains each name.
QString squeezed(const QString &text)
{
    QString s = text;
    s.remove(QRegularExpression(QStringLiteral("\\s")));
    return s;
}

/// Pages of a PDF: its /Type /Page objects (not /Pages).
int pdfPageCount(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    int count = 0;
    for (auto it = page.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next())
        ++count;
    return count;
}

quint32 le32(const QByteArray &b, qsizetype at) { return qFromLittleEndian<quint32>(b.constData() + at); }
quint16 le16(const QByteArray &b, qsizetype at) { return qFromLittleEndian<quint16>(b.constData() + at); }

/// The files of a zip archive by name, inflated, read through its central directory.
QMap<QString, QByteArray> unzip(const QByteArray &zip)
{
    QMap<QString, QByteArray> files;
    const qsizetype end = zip.lastIndexOf(QByteArray("PK\x05\x06", 4));
    if (end < 0 || end + 22 > zip.size())
        return files;
    const int entries = le16(zip, end + 10);
    qsizetype at = le32(zip, end + 16);
    for (int i = 0; i < entries && at + 46 <= zip.size() && le32(zip, at) == 0x02014b50; ++i) {
        const int method = le16(zip, at + 10);
        const quint32 compressed = le32(zip, at + 20), size = le32(zip, at + 24);
        const int nameLength = le16(zip, at + 28), extraLength = le16(zip, at + 30), commentLength = le16(zip, at + 32);
        const qsizetype local = le32(zip, at + 42);
        const QString name = QString::fromUtf8(zip.mid(at + 46, nameLength));
        const qsizetype data = local + 30 + le16(zip, local + 26) + le16(zip, local + 28);
        QByteArray content(static_cast<qsizetype>(size), Qt::Uninitialized);
        if (method == 0) {
            content = zip.mid(data, compressed);
        } else {
            z_stream stream{};
            inflateInit2(&stream, -MAX_WBITS); // raw deflate, as zip stores it
            stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(zip.constData() + data));
            stream.avail_in = compressed;
            stream.next_out = reinterpret_cast<Bytef *>(content.data());
            stream.avail_out = size;
            inflate(&stream, Z_FINISH);
            inflateEnd(&stream);
        }
        files.insert(name, content);
        at += 46 + nameLength + extraLength + commentLength;
    }
    return files;
}

class ExportTest : public capex::testing::UiTest
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        m_document = std::make_unique<ScenarioDocument>();
        m_document->setDataset(m_store.snapshot());
    }
    void TearDown() override
    {
        m_document.reset();
        UiTest::TearDown();
    }

    std::unique_ptr<DashboardChart> chart(const QString &id)
    {
        return ChartCatalog::create(id, m_store.snapshot(), *m_document);
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    std::unique_ptr<ScenarioDocument> m_document;
};

} // namespace

TEST_F(ExportTest, CatalogListsTheTenChartsOfTheDashboardInOrder)
{
    EXPECT_EQ(ChartCatalog::ids(), (QStringList{QStringLiteral("capex"), QStringLiteral("guidance"), QStringLiteral("fleet"),
                                                QStringLiteral("cost-curves"), QStringLiteral("jevons"),
                                                QStringLiteral("fleet-model"), QStringLiteral("capex-model"),
                                                QStringLiteral("training-cost"), QStringLiteral("overbuild-map"),
                                                QStringLiteral("track-record")}));
    EXPECT_EQ(ChartCatalog::title(QStringLiteral("fleet")), QStringLiteral("GPU fleets by company"));
    EXPECT_FALSE(ChartCatalog::contains(QStringLiteral("overview")));
    EXPECT_EQ(chart(QStringLiteral("overview")), nullptr);
    EXPECT_FALSE(ChartCatalog::plotsScenario(QStringLiteral("capex")));
    EXPECT_TRUE(ChartCatalog::plotsScenario(QStringLiteral("jevons")));
}

TEST_F(ExportTest, CatalogBuildsEveryChartHeadlessWithTitleAndSources)
{
    for (const QString &id : ChartCatalog::ids()) {
        const auto built = chart(id);
        ASSERT_NE(built, nullptr) << id.toStdString();
        EXPECT_EQ(built->chartId(), id);
        EXPECT_FALSE(built->title().isEmpty()) << id.toStdString();
        EXPECT_FALSE(built->axes().isEmpty()) << id.toStdString();
        EXPECT_TRUE(built->sourcesFooter().contains(QStringLiteral("Sources"))) << id.toStdString();
    }
}

TEST_F(ExportTest, LogicalSizeKeepsTextAtItsPointSizeInPrint)
{
    // 1600 px at 200 DPI is 8 inches: laid out at 8 inches of the screen's resolution.
    const QSizeF logical = ChartExporter::logicalSize({ChartFormat::Png, {1600, 1000}, 200});
    EXPECT_DOUBLE_EQ(logical.width(), 8.0 * layoutDpi());
    EXPECT_DOUBLE_EQ(logical.height(), 5.0 * layoutDpi());
}

TEST_F(ExportTest, PngDecodesAtTheAskedSizeWithTheAskedDpi)
{
    const auto capex = chart(QStringLiteral("capex"));
    QString error;
    const QByteArray png = ChartExporter(*capex).encode({ChartFormat::Png, {1200, 750}, 300}, &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    ASSERT_TRUE(png.startsWith("\x89PNG\r\n\x1a\n"));
    const QImage image = QImage::fromData(png, "PNG");
    EXPECT_EQ(image.size(), QSize(1200, 750));
    EXPECT_EQ(qRound(image.dotsPerMeterX() * 0.0254), 300);
    EXPECT_EQ(qRound(image.dotsPerMeterY() * 0.0254), 300);
    // Something is drawn: at least 3% of the pixels are not white.
    qint64 inked = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            inked += image.pixel(x, y) != qRgb(255, 255, 255);
    EXPECT_GT(inked, image.width() * image.height() / 4 * 3 / 100);
}

TEST_F(ExportTest, AFooterTooLongForItsRoomShrinksToFitThenEndsWithAnEllipsis)
{
    QImage device(10, 10, QImage::Format_RGB32); // 96 DPI, as the layout
    QStringList sources;
    for (int i = 0; i < 60; ++i)
        sources << QStringLiteral("Publisher number %1 (2025-%2-01)").arg(i).arg(1 + i % 12, 2, 10, QLatin1Char('0'));
    const QString footer = QStringLiteral("Sources: ") + sources.join(QStringLiteral("; "));
    const auto words = [](const QString &text) { return text.simplified(); };

    // A short footer: 8 pt, one line.
    const auto shortOne = ChartExporter::fitFooter(QStringLiteral("Sources: Microsoft (2026-01-28)"), 1500, 200, &device);
    EXPECT_EQ(shortOne.pointSize, 8);
    EXPECT_EQ(shortOne.lines.size(), 1);
    EXPECT_FALSE(shortOne.cut);

    // Room for about half of it at 8 pt: smaller type, every word printed.
    const auto at8 = ChartExporter::fitFooter(footer, 800, 1e6, &device);
    ASSERT_EQ(at8.pointSize, 8);
    const qreal room = at8.height * 0.6;
    const auto fitted = ChartExporter::fitFooter(footer, 800, room, &device);
    EXPECT_LT(fitted.pointSize, 8);
    EXPECT_GE(fitted.pointSize, ChartExporter::minimumFooterPointSize);
    EXPECT_FALSE(fitted.cut);
    EXPECT_LE(fitted.height, room);
    EXPECT_EQ(words(fitted.lines.join(QLatin1Char(' '))), words(footer)) << "nothing left out";

    // Room for three lines: the smallest type, three lines, the last ending with "…".
    const auto cut = ChartExporter::fitFooter(footer, 800, fitted.lineHeights.at(0) * 3.2, &device);
    EXPECT_EQ(cut.pointSize, ChartExporter::minimumFooterPointSize);
    EXPECT_TRUE(cut.cut);
    ASSERT_EQ(cut.lines.size(), 3);
    EXPECT_TRUE(cut.lines.last().endsWith(QChar(0x2026))) << cut.lines.last().toStdString();
    EXPECT_TRUE(words(footer).startsWith(words(cut.lines.mid(0, 2).join(QLatin1Char(' ')))));
}

TEST_F(ExportTest, EventLabelsOfAHeadlessChartAreOnWhiteNotBlack)
{
    // The capex chart marks the DeepSeek releases and Stargate with labels over a backing of
    // the chart's background. A chart built for an export from the command line is never
    // themed: its background is Qt's gradient, whose colour read as black, and the labels were
    // printed dark on black boxes.
    const auto capex = chart(QStringLiteral("capex"));
    const QImage image = ChartExporter(*capex).image({ChartFormat::Png, {1600, 1000}, 200});
    ASSERT_FALSE(image.isNull());
    // The labels sit at the top of the plot, right of its middle (2024–2026).
    qint64 black = 0;
    for (int y = image.height() * 5 / 100; y < image.height() * 20 / 100; ++y)
        for (int x = image.width() / 2; x < image.width() * 95 / 100; ++x)
            black += qGray(image.pixel(x, y)) < 48;
    // Their text is dark grey; the boxes of near-black were thousands of pixels.
    EXPECT_LT(black, 100) << black;
}

TEST_F(ExportTest, SvgParsesAsXmlAndDrawsTheTitle)
{
    const auto jevons = chart(QStringLiteral("jevons"));
    const QByteArray svg = ChartExporter(*jevons).encode({ChartFormat::Svg, {1600, 1000}, 200});
    ASSERT_FALSE(svg.isEmpty());
    const QStringList texts = svgTexts(svg);
    EXPECT_TRUE(texts.contains(jevons->title())) << jevons->title().toStdString();
    EXPECT_TRUE(jevons->title().startsWith(QStringLiteral("Jevons paradox")));
}

TEST_F(ExportTest, ChineseExportDrawsTheChineseTitle)
{
    Translation::instance().setLanguage(Language::Chinese);
    const auto jevons = chart(QStringLiteral("jevons"));
    const QStringList texts = svgTexts(ChartExporter(*jevons).encode({ChartFormat::Svg, {1600, 1000}, 200}));
    EXPECT_TRUE(jevons->title().startsWith(QStringLiteral("杰文斯悖论"))) << jevons->title().toStdString();
    // Drawn, though perhaps in several runs where the script (and so the font) changes.
    EXPECT_TRUE(squeezed(texts.join(QString())).contains(squeezed(jevons->title())));
    EXPECT_TRUE(texts.contains(QStringLiteral("年份"))); // the x axis' title
}

TEST_F(ExportTest, PdfIsOnePageOfThePrintSize)
{
    const auto fleet = chart(QStringLiteral("fleet"));
    const QByteArray pdf = ChartExporter(*fleet).encode({ChartFormat::Pdf, {1600, 1000}, 200});
    ASSERT_TRUE(pdf.startsWith("%PDF-"));
    EXPECT_EQ(pdfPageCount(pdf), 1);
    // 8 × 5 inches are 576 × 360 points.
    EXPECT_TRUE(pdf.contains("/MediaBox [0 0 576.000000 360.000000]"));
}

TEST_F(ExportTest, FooterNamesEverySourceOfThePlottedFiguresWithItsDate)
{
    const auto built = chart(QStringLiteral("capex"));
    auto *capex = qobject_cast<CapexChart *>(built.get());
    ASSERT_TRUE(capex);
    ChartExporter exporter(*capex);
    const QString drawn = squeezed(svgTexts(exporter.encode({ChartFormat::Svg, {1600, 1000}, 200})).join(QString()));
    ASSERT_GE(capex->plottedSources().size(), 5u);
    for (const std::string &id : capex->plottedSources()) {
        const Source *source = m_store.snapshot().source(id);
        ASSERT_TRUE(source);
        QString cited = QString::fromStdString(source->publisher);
        if (!source->date.empty())
            cited += QStringLiteral(" (%1)").arg(QString::fromStdString(source->date));
        EXPECT_TRUE(exporter.footerText().contains(cited)) << cited.toStdString();
        EXPECT_TRUE(drawn.contains(squeezed(cited))) << cited.toStdString();
    }
}

TEST_F(ExportTest, LegendIsDrawnWholeInsteadOfElided)
{
    const auto capex = chart(QStringLiteral("capex"));
    const QStringList texts = svgTexts(ChartExporter(*capex).encode({ChartFormat::Svg, {1200, 800}, 200}));
    // The kind key's long labels would be cut to "Estimat…" by the chart's own one-row legend.
    for (const QString &label : {QStringLiteral("Actual (solid, filled markers)"), QStringLiteral("Guidance (range bar)"),
                                 QStringLiteral("Estimate / forecast (hollow, dashed)"), QStringLiteral("Microsoft")})
        EXPECT_TRUE(texts.contains(label)) << label.toStdString();
}

TEST_F(ExportTest, CaptionNamesTheScenarioOfModelChartsAndTheExportDate)
{
    const auto jevons = chart(QStringLiteral("jevons"));
    ChartExporter exporter(*jevons);
    exporter.setScenarioName(m_document->displayName());
    exporter.setExportDate(QDate(2026, 1, 5));
    exporter.setDatasetVersion(m_store.snapshot().version);
    EXPECT_EQ(exporter.captionText(),
              QStringLiteral("Scenario “Base scenario” · Capex Lens %1, dataset version %2 · exported 2026-01-05")
                  .arg(QStringLiteral(CAPEXLENS_VERSION))
                  .arg(m_store.snapshot().version));
    const QString drawn = squeezed(svgTexts(exporter.encode({ChartFormat::Svg, {1600, 1000}, 200})).join(QString()));
    EXPECT_TRUE(drawn.contains(squeezed(exporter.captionText())));
}

TEST_F(ExportTest, ResolutionOutsideNinetySixToSixHundredIsRefused)
{
    const auto capex = chart(QStringLiteral("capex"));
    QString error;
    EXPECT_TRUE(ChartExporter(*capex).encode({ChartFormat::Png, {1600, 1000}, 72}, &error).isEmpty());
    EXPECT_EQ(error, QStringLiteral("The resolution must lie between 96 and 600 DPI, not 72."));
    EXPECT_TRUE(ChartExporter::validate({ChartFormat::Png, {1600, 1000}, 600}).isEmpty());
    EXPECT_FALSE(ChartExporter::validate({ChartFormat::Png, {20000, 1000}, 200}).isEmpty());
}

TEST_F(ExportTest, UnwritablePathIsAClearErrorAndLeavesNoFile)
{
    const auto capex = chart(QStringLiteral("capex"));
    const QString target = path(QStringLiteral("missing/folder/capex.png"));
    const QString error = ChartExporter(*capex).save(target, {});
    EXPECT_TRUE(error.startsWith(QStringLiteral("Cannot write %1: ").arg(target))) << error.toStdString();
    EXPECT_FALSE(QFile::exists(target));
    // A folder in the way of the file: refused, and nothing is left beside it.
    QDir(m_dir.path()).mkdir(QStringLiteral("taken.png"));
    const QStringList before = QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    EXPECT_FALSE(ChartExporter(*capex).save(path(QStringLiteral("taken.png")), {}).isEmpty());
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), before);
}

TEST_F(ExportTest, ExportingAnOnScreenChartLeavesItAsItWas)
{
    auto *capex = new CapexChart;
    capex->setSnapshot(&m_store.snapshot());
    capex->configure({{QStringLiteral("meta"), QStringLiteral("microsoft")}, QStringLiteral("USD"),
                      QStringLiteral("capex"), false, true});
    ChartPanel panel(capex);
    panel.resize(900, 600);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    const QSizeF shown = capex->size();
    const QRectF plot = capex->plotArea();
    const QString saved = path(QStringLiteral("capex.svg"));
    ASSERT_TRUE(ChartExporter(*capex).save(saved, {ChartFormat::Svg, {2400, 1200}, 150}).isEmpty());
    EXPECT_EQ(capex->size(), shown);
    EXPECT_EQ(capex->plotArea(), plot);
    // Qt's legend stays hidden (the panel draws it); the export drew it, wrapped.
    EXPECT_FALSE(capex->legend()->isVisible());
    EXPECT_TRUE(capex->hasLegend());
    const QStringList texts = svgTexts(readAll(saved));
    EXPECT_TRUE(texts.contains(capex->title()));
    EXPECT_TRUE(texts.contains(QStringLiteral("Meta Platforms"))) << texts.join(QLatin1Char('|')).toStdString();
}

TEST_F(ExportTest, EstimatesAreExportedAsVectorCirclesAndTheChartKeepsItsOwnMarks)
{
    auto *capex = new CapexChart;
    capex->setSnapshot(&m_store.snapshot());
    capex->configure({{QStringLiteral("meta")}, QStringLiteral("USD"), QStringLiteral("capex"), false, true});
    ChartPanel panel(capex);
    panel.resize(900, 600);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    QXYSeries *estimates = nullptr;
    for (QAbstractSeries *s : capex->series())
        if (auto *xy = qobject_cast<QXYSeries *>(s); xy && !xy->lightMarker().isNull())
            estimates = xy;
    ASSERT_TRUE(estimates);
    const qsizetype seriesBefore = capex->series().size();
    auto listed = [&] {
        QStringList names;
        for (QLegendMarker *marker : capex->legend()->markers())
            if (capex->listsInLegend(marker->series()))
                names << marker->label();
        return names;
    };
    const QStringList legendBefore = listed();
    ASSERT_FALSE(legendBefore.isEmpty());
    const QByteArray svg = ChartExporter(*capex).encode({ChartFormat::Svg, {1600, 1000}, 150});
    // On screen the marks are pictures; in the file, shapes.
    EXPECT_FALSE(svg.contains("<image")) << "a picture in the SVG";
    EXPECT_GE(svg.count("<ellipse") + svg.count("<circle"), estimates->count());
    EXPECT_FALSE(estimates->lightMarker().isNull()) << "the chart draws its own marks again";
    EXPECT_EQ(capex->series().size(), seriesBefore);
    EXPECT_EQ(listed(), legendBefore);
}

TEST_F(ExportTest, ReportHasTitleAssumptionsEveryChartAndTheSources)
{
    ReportWriter writer(m_store.snapshot(), *m_document);
    writer.setDate(QDate(2026, 1, 5));
    QString error;
    const QByteArray pdf = writer.render(&error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    ASSERT_TRUE(pdf.startsWith("%PDF-"));
    EXPECT_EQ(pdfPageCount(pdf), writer.pageCount());
    const QStringList &titles = writer.pageTitles();
    ASSERT_GE(titles.size(), 11); // title page, assumptions, eight charts, sources
    EXPECT_EQ(titles.first(), QStringLiteral("Scenario report"));
    EXPECT_EQ(titles.at(1), QStringLiteral("Assumptions"));
    const qsizetype firstChart = titles.indexOf(QStringLiteral("1. Capex by company"));
    ASSERT_GE(firstChart, 2);
    for (int i = 0; i < ChartCatalog::ids().size(); ++i)
        EXPECT_EQ(titles.at(firstChart + i),
                  QStringLiteral("%1. %2").arg(i + 1).arg(ChartCatalog::title(ChartCatalog::ids().at(i))));
    EXPECT_EQ(titles.at(firstChart + ChartCatalog::ids().size()), QStringLiteral("Sources"));
    EXPECT_TRUE(pdf.contains("/MediaBox [0 0 595.000000 842.000000]")); // A4
}

TEST_F(ExportTest, ReportOnLetterPaper)
{
    ReportWriter writer(m_store.snapshot(), *m_document);
    writer.setPaper(QPageSize::Letter);
    const QByteArray pdf = writer.render();
    EXPECT_TRUE(pdf.contains("/MediaBox [0 0 612.000000 792.000000]"));
    EXPECT_EQ(ReportWriter::parsePaper(QStringLiteral("Letter")), QPageSize::Letter);
    EXPECT_EQ(ReportWriter::parsePaper(QStringLiteral("a4")), QPageSize::A4);
    EXPECT_FALSE(ReportWriter::parsePaper(QStringLiteral("a3")));
}

TEST_F(ExportTest, ChineseReportEmbedsASimplifiedChineseFont)
{
    Translation::instance().setLanguage(Language::Chinese);
    ReportWriter writer(m_store.snapshot(), *m_document);
    const QByteArray pdf = writer.render();
    EXPECT_TRUE(pdf.contains("/BaseFont /NotoSansCJKsc")) << "no CJK font embedded";
    EXPECT_TRUE(pdf.contains("/FontFile"));
}

TEST_F(ExportTest, UnwritableReportPathLeavesNoFile)
{
    ReportWriter writer(m_store.snapshot(), *m_document);
    const QString target = path(QStringLiteral("missing/report.pdf"));
    EXPECT_TRUE(writer.save(target).startsWith(QStringLiteral("Cannot write %1").arg(target)));
    EXPECT_FALSE(QFile::exists(target));
}

TEST_F(ExportTest, FilteredCsvHasAByteOrderMarkAndOnlyTheFilteredFigures)
{
    std::vector<const Observation *> meta;
    for (const Observation &o : m_store.snapshot().observations)
        if (o.entity == "meta")
            meta.push_back(&o);
    ASSERT_GE(meta.size(), 3u);
    const QByteArray csv = SpreadsheetExport::observationsCsv(SpreadsheetExport::withObservations(m_store.snapshot(), meta));
    ASSERT_TRUE(csv.startsWith("\xEF\xBB\xBF"));
    const QList<QByteArray> lines = csv.mid(3).trimmed().split('\n');
    EXPECT_EQ(lines.size(), static_cast<qsizetype>(meta.size()) + 1);
    EXPECT_TRUE(lines.first().startsWith("entity,"));
}

TEST_F(ExportTest, WorkbookIsAZipWithAFiguresSheetASourcesSheetAndARecordsSheet)
{
    Translation::instance().setLanguage(Language::Chinese);
    const Dataset &d = m_store.snapshot();
    const QByteArray xlsx = SpreadsheetExport::workbook(SpreadsheetExport::observationSheets(d));
    ASSERT_TRUE(xlsx.startsWith("PK"));
    const QMap<QString, QByteArray> files = unzip(xlsx);
    ASSERT_TRUE(files.contains(QStringLiteral("xl/worksheets/sheet1.xml"))) << files.keys().join(QLatin1Char(' ')).toStdString();
    ASSERT_TRUE(files.contains(QStringLiteral("xl/worksheets/sheet2.xml")));
    ASSERT_TRUE(files.contains(QStringLiteral("xl/worksheets/sheet3.xml")));
    EXPECT_FALSE(files.contains(QStringLiteral("xl/worksheets/sheet4.xml")));
    const QString workbook = QString::fromUtf8(files.value(QStringLiteral("xl/workbook.xml")));
    EXPECT_EQ(workbook.count(QStringLiteral("<sheet ")), 3);
    EXPECT_TRUE(workbook.contains(QStringLiteral("name=\"记录\""))) << workbook.toStdString();
    // The records sheet: the import's columns, one row per figure.
    EXPECT_TRUE(files.value(QStringLiteral("xl/worksheets/sheet3.xml"))
                    .contains(QStringLiteral("<row r=\"%1\"").arg(d.observations.size() + 1).toUtf8()));
    // One header row and one row per figure; names, units and kinds in the interface's language.
    EXPECT_TRUE(files.value(QStringLiteral("xl/worksheets/sheet1.xml"))
                    .contains(QStringLiteral("<row r=\"%1\"").arg(d.observations.size() + 1).toUtf8()));
    EXPECT_FALSE(files.value(QStringLiteral("xl/worksheets/sheet1.xml"))
                     .contains(QStringLiteral("<row r=\"%1\"").arg(d.observations.size() + 2).toUtf8()));
    const QString strings = QString::fromUtf8(files.value(QStringLiteral("xl/sharedStrings.xml")));
    EXPECT_TRUE(strings.contains(QStringLiteral("微软")));
    EXPECT_TRUE(strings.contains(QStringLiteral("实际值"))); // the kind "actual"
    const Source *cited = d.source(d.observations.front().source);
    ASSERT_TRUE(cited);
    EXPECT_TRUE(strings.contains(QString::fromStdString(cited->publisher).toHtmlEscaped()));
}

TEST_F(ExportTest, ScenarioOutputsAsCsvAndWorkbook)
{
    const QByteArray csv = SpreadsheetExport::scenarioCsv(m_document->result());
    ASSERT_TRUE(csv.startsWith("\xEF\xBB\xBF" "year,unit_cost_index,"));
    EXPECT_EQ(csv.count('\n'), static_cast<qsizetype>(m_document->result().years.size()) + 1);
    const QString target = path(QStringLiteral("scenario.xlsx"));
    ASSERT_TRUE(SpreadsheetExport::saveScenario(target, SpreadsheetExport::Format::Xlsx, m_store.snapshot(),
                                                m_document->parameters(), m_document->result())
                    .isEmpty());
    const QMap<QString, QByteArray> files = unzip(readAll(target));
    const QString workbook = QString::fromUtf8(files.value(QStringLiteral("xl/workbook.xml")));
    EXPECT_TRUE(workbook.contains(QStringLiteral("name=\"Projection\"")));
    EXPECT_TRUE(workbook.contains(QStringLiteral("name=\"Assumptions\"")));
}

TEST_F(ExportTest, UnwritableWorkbookPathLeavesNoFile)
{
    const QString target = path(QStringLiteral("missing/figures.xlsx"));
    const QString error = SpreadsheetExport::saveObservations(target, SpreadsheetExport::Format::Xlsx, m_store.snapshot());
    EXPECT_TRUE(error.startsWith(QStringLiteral("Cannot write %1").arg(target))) << error.toStdString();
    EXPECT_FALSE(QFile::exists(target));
}

TEST_F(ExportTest, DialogShowsThePrintSizeAndKeepsTheSuffixInStepWithTheFormat)
{
    ExportAnswer initial{path(QStringLiteral("capex.png")), {ChartFormat::Png, {1600, 1000}, 200}, QPageSize::A4};
    ExportDialog dialog(ExportDialog::Subject::Chart, initial);
    auto *printSize = dialog.findChild<QLabel *>(QStringLiteral("exportPrintSize"));
    ASSERT_TRUE(printSize);
    EXPECT_EQ(printSize->text(),
              QStringLiteral("Print size 20.3 × 12.7 cm (8.0 × 5.0 in); text keeps its on-screen point size."));
    dialog.findChild<QSpinBox *>(QStringLiteral("exportDpi"))->setValue(500);
    EXPECT_TRUE(printSize->text().startsWith(QStringLiteral("Print size 8.1 × 5.1 cm (3.2 × 2.0 in)"))) << printSize->text().toStdString();
    auto *format = dialog.findChild<QComboBox *>(QStringLiteral("exportFormat"));
    format->setCurrentIndex(format->findData(static_cast<int>(ChartFormat::Svg)));
    const ExportAnswer chosen = dialog.answer();
    EXPECT_EQ(chosen.path, path(QStringLiteral("capex.svg")));
    EXPECT_EQ(chosen.chart, (ChartExportOptions{ChartFormat::Svg, {1600, 1000}, 500}));
    dialog.show();
    QDir().mkpath(QStringLiteral(CAPEXLENS_SCREENSHOT_DIR));
    EXPECT_TRUE(dialog.grab().save(QStringLiteral(CAPEXLENS_SCREENSHOT_DIR "/export-dialog-en.png")));
}

class ExportActionsTest : public capex::testing::UiTest
{
protected:
    void TearDown() override
    {
        ExportDialog::clearNextAnswer(); // no answer may leak into the next test
        UiTest::TearDown();
    }
    static ExportAnswer answer(const QString &path, ChartExportOptions options = {})
    {
        return {path, options, QPageSize::A4};
    }
};

TEST_F(ExportActionsTest, ShortcutExportsTheCurrentPagesFirstChart)
{
    MainWindow window(m_store);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    window.showPage(QStringLiteral("jevons"));
    const QString target = m_dir.filePath(QStringLiteral("first.svg"));
    ExportDialog::setNextAnswer(answer(target, {ChartFormat::Svg, {1600, 1000}, 200}));
    QTest::keyClick(&window, Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_TRUE(QFile::exists(target));
    const QStringList texts = svgTexts(readAll(target));
    EXPECT_TRUE(texts.join(QLatin1Char('\n')).contains(QStringLiteral("Jevons paradox")));
}

TEST_F(ExportActionsTest, PanelButtonAndContextMenuExportThatPanelsChart)
{
    MainWindow window(m_store);
    window.show();
    window.showPage(QStringLiteral("fleet"));
    auto *panel = window.currentPage()->findChild<ChartPanel *>();
    ASSERT_TRUE(panel);
    EXPECT_EQ(panel->view()->contextMenuPolicy(), Qt::ActionsContextMenu);
    EXPECT_TRUE(panel->view()->actions().contains(panel->exportAction()));
    EXPECT_TRUE(panel->view()->actions().contains(panel->copyAction()));
    auto *button = panel->findChild<QToolButton *>(QStringLiteral("exportChartButton"));
    ASSERT_TRUE(button);
    // The typed suffix decides the format, whatever the format box says.
    const QString target = m_dir.filePath(QStringLiteral("fleet.pdf"));
    ExportDialog::setNextAnswer(answer(target, {ChartFormat::Png, {1600, 1000}, 200}));
    QTest::mouseClick(button, Qt::LeftButton);
    const QByteArray pdf = readAll(target);
    ASSERT_TRUE(pdf.startsWith("%PDF-"));
    EXPECT_EQ(pdfPageCount(pdf), 1);
}

TEST_F(ExportActionsTest, CopyPutsTheChartOnTheClipboardAtTwiceItsSize)
{
    MainWindow window(m_store);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.showPage(QStringLiteral("capex"));
    DashboardChart *current = window.exports()->currentChart();
    ASSERT_TRUE(current);
    EXPECT_EQ(current->chartId(), QStringLiteral("capex"));
    ASSERT_TRUE(window.exports()->copyChart(current));
    const QImage image = QApplication::clipboard()->image();
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.width(), qRound(current->size().width() * 2));
    EXPECT_GT(image.height(), qRound(current->size().height() * 2)); // the sources are added underneath
}

TEST_F(ExportActionsTest, DataPageExportsItsCurrentFilter)
{
    MainWindow window(m_store);
    window.showPage(QStringLiteral("data"));
    auto *data = qobject_cast<DataPage *>(window.page(QStringLiteral("data")));
    ASSERT_TRUE(data);
    data->filterModel()->setEntity(QStringLiteral("meta"));
    const int shown = data->filterModel()->rowCount();
    ASSERT_GT(shown, 2);
    ASSERT_LT(shown, static_cast<int>(m_store.snapshot().observations.size()));
    const QString target = m_dir.filePath(QStringLiteral("meta.csv"));
    ExportDialog::setNextAnswer(answer(target));
    auto *button = data->findChild<QPushButton *>(QStringLiteral("exportDataButton"));
    ASSERT_TRUE(button);
    QTest::mouseClick(button, Qt::LeftButton);
    const QByteArray csv = readAll(target);
    ASSERT_TRUE(csv.startsWith("\xEF\xBB\xBF"));
    EXPECT_EQ(csv.mid(3).trimmed().split('\n').size(), shown + 1);
}

TEST_F(ExportActionsTest, ReportActionWritesThePdfOnTheChosenPaper)
{
    MainWindow window(m_store);
    const QString target = m_dir.filePath(QStringLiteral("report.pdf"));
    ExportDialog::setNextAnswer({target, {}, QPageSize::Letter});
    window.exports()->exportReportAction()->trigger();
    const QByteArray pdf = readAll(target);
    ASSERT_TRUE(pdf.startsWith("%PDF-"));
    EXPECT_GE(pdfPageCount(pdf), 10);
    EXPECT_TRUE(pdf.contains("/MediaBox [0 0 612.000000 792.000000]"));
}

TEST_F(ExportActionsTest, FailedExportSaysWhyAndCancelledExportSaysNothing)
{
    MainWindow window(m_store);
    window.showPage(QStringLiteral("capex"));
    DashboardChart *current = window.exports()->currentChart();
    ASSERT_TRUE(current);
    const QString target = m_dir.filePath(QStringLiteral("missing/capex.png"));
    ExportDialog::setNextAnswer(answer(target));
    EXPECT_FALSE(window.exports()->exportChart(current));
    EXPECT_TRUE(window.exports()->lastError().contains(target)) << window.exports()->lastError().toStdString();
    EXPECT_FALSE(QFile::exists(target));

    // An empty answer is Cancel: nothing is written.
    ExportDialog::setNextAnswer(answer(QString()));
    EXPECT_FALSE(window.exports()->exportChart(current));
    EXPECT_TRUE(QDir(m_dir.path()).entryList({QStringLiteral("*.png")}, QDir::Files).isEmpty());
}

TEST_F(ExportActionsTest, FileMenuOffersChartReportDataAndScenarioExports)
{
    MainWindow window(m_store);
    const QList<QAction *> actions = window.exports()->fileMenuActions();
    ASSERT_EQ(actions.size(), 4);
    EXPECT_EQ(actions.at(0)->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+X")));
    EXPECT_EQ(window.exports()->copyChartAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+Alt+C")));
    QStringList texts;
    for (QAction *a : actions)
        texts << a->text();
    EXPECT_EQ(texts, (QStringList{QStringLiteral("Export &chart…"), QStringLiteral("Export &report (PDF)…"),
                                  QStringLiteral("Export &data (CSV/Excel)…"),
                                  QStringLiteral("Export scenario &outputs (CSV/Excel)…")}));
}

TEST(PngWriterTest, DecodesToTheSamePixelsAndResolution)
{
    // Opaque: written as RGB; every pixel must come back, and so must 300 dpi.
    QImage opaque(97, 61, QImage::Format_RGB32);
    for (int y = 0; y < opaque.height(); ++y)
        for (int x = 0; x < opaque.width(); ++x)
            opaque.setPixel(x, y, qRgb((x * 7 + y) & 0xFF, (y * 13) & 0xFF, (x ^ y) & 0xFF));
    opaque.setDotsPerMeterX(qRound(300 / 0.0254));
    opaque.setDotsPerMeterY(qRound(300 / 0.0254));
    QByteArray bytes;
    ASSERT_TRUE(capex::ui::writePng(opaque, bytes));
    ASSERT_TRUE(bytes.startsWith("\x89PNG\r\n\x1a\n"));
    QImage back;
    ASSERT_TRUE(back.loadFromData(bytes, "PNG"));
    EXPECT_FALSE(back.hasAlphaChannel());
    EXPECT_EQ(back.convertToFormat(QImage::Format_RGB32), opaque);
    EXPECT_EQ(qRound(back.dotsPerMeterX() * 0.0254), 300);
    EXPECT_EQ(qRound(back.dotsPerMeterY() * 0.0254), 300);

    // With transparency: RGBA, alpha kept.
    QImage translucent(5, 3, QImage::Format_ARGB32);
    translucent.fill(qRgba(10, 20, 30, 40));
    translucent.setPixel(4, 2, qRgba(200, 100, 50, 255));
    bytes.clear();
    ASSERT_TRUE(capex::ui::writePng(translucent, bytes));
    ASSERT_TRUE(back.loadFromData(bytes, "PNG"));
    EXPECT_TRUE(back.hasAlphaChannel());
    EXPECT_EQ(back.convertToFormat(QImage::Format_ARGB32), translucent);

    EXPECT_FALSE(capex::ui::writePng(QImage(), bytes));
}

namespace {

/// Flat runs (as in a chart) broken by noise, so that every band compresses to something.
QImage bandTestImage(int width, int height, bool alpha)
{
    QImage image(width, height, alpha ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    quint32 noise = 12345;
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) {
            noise = noise * 1664525u + 1013904223u;
            const int v = (x / 40 + y / 25) % 3 == 0 ? int(noise >> 24) : (x / 40) * 17;
            image.setPixel(x, y, qRgba(v & 0xFF, (y * 3) & 0xFF, (x + v) & 0xFF, alpha ? (x * 5 + y) & 0xFF : 0xFF));
        }
    return image;
}

/// The concatenated IDAT data of a PNG, after checking every chunk's CRC.
QByteArray idatStream(const QByteArray &png)
{
    QByteArray stream;
    for (qsizetype at = 8; at + 12 <= png.size();) {
        const auto length = qFromBigEndian<quint32>(png.constData() + at);
        const QByteArray typeAndData = png.mid(at + 4, 4 + length);
        const auto crc = qFromBigEndian<quint32>(png.constData() + at + 8 + length);
        EXPECT_EQ(crc, crc32(0, reinterpret_cast<const Bytef *>(typeAndData.constData()), uInt(typeAndData.size())));
        if (typeAndData.startsWith("IDAT"))
            stream += typeAndData.mid(4);
        at += 12 + length;
    }
    return stream;
}

} // namespace

TEST(PngWriterTest, RowsDeflatedInBandsOnSeveralThreadsDecodeToTheSamePixels)
{
    // Odd heights, so that bands differ in size; more bands than a two-core machine runs at once.
    for (const bool alpha : {false, true}) {
        const QImage image = bandTestImage(301, alpha ? 97 : 1003, alpha);
        for (const int bands : {1, 2, 3, 7}) {
            SCOPED_TRACE(QStringLiteral("alpha %1, %2 bands").arg(alpha).arg(bands).toStdString());
            QByteArray bytes;
            ASSERT_TRUE(capex::ui::writePng(image, bytes, bands));
            // One zlib stream whose Adler-32 (checked by uncompress) covers every band:
            // a filter byte of none and the pixels in PNG order on each row.
            const QByteArray stream = idatStream(bytes);
            const int channels = alpha ? 4 : 3;
            QByteArray raw(qsizetype(image.height()) * (1 + image.width() * channels), Qt::Uninitialized);
            uLongf rawLength = uLongf(raw.size());
            ASSERT_EQ(uncompress(reinterpret_cast<Bytef *>(raw.data()), &rawLength,
                                 reinterpret_cast<const Bytef *>(stream.constData()), uLong(stream.size())),
                      Z_OK);
            ASSERT_EQ(qsizetype(rawLength), raw.size());
            const qsizetype rowBytes = 1 + image.width() * channels;
            for (const int y : {0, image.height() / 2, image.height() - 1}) {
                EXPECT_EQ(raw.at(y * rowBytes), 0);
                const QRgb last = image.pixel(image.width() - 1, y);
                EXPECT_EQ(quint8(raw.at((y + 1) * rowBytes - channels)), qRed(last));
            }
            // And libpng, through Qt, reads back exactly the picture.
            QImage back;
            ASSERT_TRUE(back.loadFromData(bytes, "PNG"));
            EXPECT_EQ(back.hasAlphaChannel(), alpha);
            EXPECT_EQ(back.convertToFormat(image.format()), image);
        }
    }
}

TEST(PngWriterTest, MoreBandsThanRowsIsOneBandPerRow)
{
    const QImage image = bandTestImage(17, 2, false);
    QByteArray bytes;
    ASSERT_TRUE(capex::ui::writePng(image, bytes, 5));
    QImage back;
    ASSERT_TRUE(back.loadFromData(bytes, "PNG"));
    EXPECT_EQ(back.convertToFormat(QImage::Format_RGB32), image);
}

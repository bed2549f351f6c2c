// capexlens chart, report and data export --format xlsx, run as a script would: no display.
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtEndian>

#include <gtest/gtest.h>

namespace {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

class ExportCliTest : public ::testing::Test
{
protected:
    CliRun run(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CAPEXLENS_DB"), m_dir.filePath(QStringLiteral("capexlens.db")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the program must manage without a display by itself
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(CAPEXLENS_EXECUTABLE), arguments);
        EXPECT_TRUE(process.waitForFinished(60000));
        return {process.exitCode(), process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    static int pages(const QByteArray &pdf)
    {
        static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
        int count = 0;
        for (auto it = page.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next())
            ++count;
        return count;
    }

    QTemporaryDir m_dir;
};

/// Width and height from a PNG's IHDR, and its DPI from pHYs (pixels per metre).
struct PngHeader
{
    quint32 width = 0, height = 0;
    int dpi = 0;
};

PngHeader pngHeader(const QByteArray &png)
{
    PngHeader h;
    if (!png.startsWith("\x89PNG\r\n\x1a\n") || png.size() < 24)
        return h;
    h.width = qFromBigEndian<quint32>(png.constData() + 16);
    h.height = qFromBigEndian<quint32>(png.constData() + 20);
    if (const qsizetype at = png.indexOf("pHYs"); at > 0 && png.size() >= at + 13)
        h.dpi = qRound(qFromBigEndian<quint32>(png.constData() + at + 4) * 0.0254);
    return h;
}

} // namespace

TEST_F(ExportCliTest, ChartListNamesEveryChartById)
{
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("zh")}) {
        CliRun r = run({QStringLiteral("--lang"), lang, QStringLiteral("chart"), QStringLiteral("--list")});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        const QStringList lines = QString::fromUtf8(r.out).trimmed().split(QLatin1Char('\n'));
        ASSERT_EQ(lines.size(), 10);
        QStringList ids;
        for (const QString &line : lines)
            ids << line.section(QLatin1Char(' '), 0, 0);
        EXPECT_EQ(ids, (QStringList{QStringLiteral("capex"), QStringLiteral("guidance"), QStringLiteral("fleet"),
                                    QStringLiteral("cost-curves"),
                                    QStringLiteral("jevons"), QStringLiteral("fleet-model"), QStringLiteral("capex-model"),
                                    QStringLiteral("training-cost"), QStringLiteral("overbuild-map"),
                                    QStringLiteral("track-record")}));
    }
    CliRun en = run({QStringLiteral("chart"), QStringLiteral("--list")});
    EXPECT_TRUE(en.out.contains("jevons         Jevons paradox: price, demand and spend\n")) << en.out.toStdString();
}

TEST_F(ExportCliTest, ChartPngHasTheAskedSizeAndDpi)
{
    CliRun r = run({QStringLiteral("chart"), QStringLiteral("capex"), QStringLiteral("--out"), path(QStringLiteral("c.png")),
                 QStringLiteral("--width"), QStringLiteral("800"), QStringLiteral("--height"), QStringLiteral("500"),
                 QStringLiteral("--dpi"), QStringLiteral("150")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const PngHeader h = pngHeader(read(path(QStringLiteral("c.png"))));
    EXPECT_EQ(h.width, 800u);
    EXPECT_EQ(h.height, 500u);
    EXPECT_EQ(h.dpi, 150);
}

TEST_F(ExportCliTest, ChartDefaultsToSixteenHundredByThousandAtTwoHundredDpi)
{
    CliRun r = run({QStringLiteral("chart"), QStringLiteral("fleet"), QStringLiteral("--out"), path(QStringLiteral("f.png"))});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const PngHeader h = pngHeader(read(path(QStringLiteral("f.png"))));
    EXPECT_EQ(h.width, 1600u);
    EXPECT_EQ(h.height, 1000u);
    EXPECT_EQ(h.dpi, 200);
}

TEST_F(ExportCliTest, ChartEndsWithTheDatabaseClosedAndTheImageWhole)
{
    // The process ends without Qt's teardown; the command must still have closed the
    // database (SQLite then removes its WAL and shared-memory files) and written the file.
    CliRun r = run({QStringLiteral("chart"), QStringLiteral("capex"), QStringLiteral("--out"), path(QStringLiteral("c.png"))});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("Wrote"))) << r.err.toStdString();
    EXPECT_TRUE(QFile::exists(path(QStringLiteral("capexlens.db"))));
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("capexlens.db-wal"))));
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("capexlens.db-shm"))));
    const QByteArray png = read(path(QStringLiteral("c.png")));
    EXPECT_EQ(pngHeader(png).width, 1600u);
    EXPECT_TRUE(png.endsWith(QByteArray("IEND\xae\x42\x60\x82", 8))); // the end chunk and its CRC
}

TEST_F(ExportCliTest, FormatFollowsTheSuffixUnlessGiven)
{
    ASSERT_EQ(run({QStringLiteral("chart"), QStringLiteral("jevons"), QStringLiteral("--out"), path(QStringLiteral("j.svg"))}).exitCode, 0);
    EXPECT_TRUE(read(path(QStringLiteral("j.svg"))).startsWith("<?xml"));
    ASSERT_EQ(run({QStringLiteral("chart"), QStringLiteral("jevons"), QStringLiteral("--out"), path(QStringLiteral("j.chart")),
                   QStringLiteral("--format"), QStringLiteral("pdf")})
                  .exitCode,
              0);
    const QByteArray pdf = read(path(QStringLiteral("j.chart")));
    EXPECT_TRUE(pdf.startsWith("%PDF-"));
    EXPECT_EQ(pages(pdf), 1);
}

TEST_F(ExportCliTest, ChineseSvgDrawsTheChineseTitle)
{
    CliRun r = run({QStringLiteral("--lang"), QStringLiteral("zh"), QStringLiteral("chart"), QStringLiteral("jevons"),
                 QStringLiteral("--out"), path(QStringLiteral("zh.svg"))});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString svg = QString::fromUtf8(read(path(QStringLiteral("zh.svg"))));
    EXPECT_TRUE(svg.contains(QRegularExpression(QStringLiteral(">杰文斯悖论[^<]*</text>"))));
}

TEST_F(ExportCliTest, CapexChartInItsTrailingViewWithTheCashDefinition)
{
    CliRun r = run({QStringLiteral("chart"), QStringLiteral("capex"), QStringLiteral("--view"), QStringLiteral("trailing"),
                    QStringLiteral("--out"), path(QStringLiteral("ttm.svg"))});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString svg = QString::fromUtf8(read(path(QStringLiteral("ttm.svg"))));
    EXPECT_TRUE(svg.contains(QStringLiteral("Capex, trailing 12 months")));
    EXPECT_TRUE(svg.contains(QStringLiteral("four consecutive reported quarters")));
    r = run({QStringLiteral("chart"), QStringLiteral("capex"), QStringLiteral("--metric"), QStringLiteral("capex_cash"),
             QStringLiteral("--out"), path(QStringLiteral("cash.svg"))});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString cash = QString::fromUtf8(read(path(QStringLiteral("cash.svg"))));
    EXPECT_TRUE(cash.contains(QStringLiteral("Cash capex by company")));
    EXPECT_TRUE(cash.contains(QStringLiteral("cash paid for property and equipment")));
}

TEST_F(ExportCliTest, ScenarioPresetIsPlottedAndNamed)
{
    CliRun r = run({QStringLiteral("chart"), QStringLiteral("jevons"), QStringLiteral("--scenario"),
                 QStringLiteral("preset:strong_jevons"), QStringLiteral("--out"), path(QStringLiteral("s.svg"))});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(QString::fromUtf8(read(path(QStringLiteral("s.svg")))).contains(QStringLiteral("Strong Jevons effect")));
}

TEST_F(ExportCliTest, ReportIsAPdfWithTheTitlePageAssumptionsChartsAndSources)
{
    CliRun r = run({QStringLiteral("report"), QStringLiteral("--out"), path(QStringLiteral("r.pdf")), QStringLiteral("--paper"),
                 QStringLiteral("letter")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QByteArray pdf = read(path(QStringLiteral("r.pdf")));
    ASSERT_TRUE(pdf.startsWith("%PDF-"));
    EXPECT_GE(pages(pdf), 11); // title, assumptions, eight charts, sources
    EXPECT_TRUE(pdf.contains("/MediaBox [0 0 612.000000 792.000000]"));
}

TEST_F(ExportCliTest, GuidanceChartForTheYearAsked)
{
    CliRun png = run({QStringLiteral("chart"), QStringLiteral("guidance"), QStringLiteral("--year"), QStringLiteral("2025"),
                      QStringLiteral("--out"), path(QStringLiteral("g.png"))});
    ASSERT_EQ(png.exitCode, 0) << png.err.toStdString();
    const PngHeader h = pngHeader(read(path(QStringLiteral("g.png"))));
    EXPECT_EQ(h.width, 1600u);
    EXPECT_EQ(h.height, 1000u);

    // The year asked for is the one drawn; without --year, 2026.
    ASSERT_EQ(run({QStringLiteral("chart"), QStringLiteral("guidance"), QStringLiteral("--year=2025"), QStringLiteral("--out"),
                   path(QStringLiteral("g2025.svg"))})
                  .exitCode,
              0);
    const QString svg2025 = QString::fromUtf8(read(path(QStringLiteral("g2025.svg"))));
    EXPECT_TRUE(svg2025.contains(QStringLiteral("Capex guidance for 2025"))) << svg2025.left(400).toStdString();
    EXPECT_TRUE(svg2025.contains(QStringLiteral("Alphabet"))); // in the legend and the sources
    ASSERT_EQ(run({QStringLiteral("chart"), QStringLiteral("guidance"), QStringLiteral("--out"), path(QStringLiteral("g.svg"))})
                  .exitCode,
              0);
    EXPECT_TRUE(QString::fromUtf8(read(path(QStringLiteral("g.svg")))).contains(QStringLiteral("Capex guidance for 2026")));

    CliRun otherChart = run({QStringLiteral("chart"), QStringLiteral("capex"), QStringLiteral("--year"), QStringLiteral("2025"),
                             QStringLiteral("--out"), path(QStringLiteral("c.png"))});
    EXPECT_EQ(otherChart.exitCode, 2);
    EXPECT_TRUE(otherChart.err.contains(QStringLiteral("--year"))) << otherChart.err.toStdString();
    CliRun notAYear = run({QStringLiteral("chart"), QStringLiteral("guidance"), QStringLiteral("--year"), QStringLiteral("soon"),
                           QStringLiteral("--out"), path(QStringLiteral("n.png"))});
    EXPECT_EQ(notAYear.exitCode, 2);
    EXPECT_TRUE(notAYear.err.contains(QStringLiteral("soon"))) << notAYear.err.toStdString();
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("c.png"))));
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("n.png"))));
}

TEST_F(ExportCliTest, DataExportAsExcelWorkbook)
{
    CliRun r = run({QStringLiteral("data"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("xlsx"),
                 QStringLiteral("--out"), path(QStringLiteral("d.xlsx"))});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QByteArray xlsx = read(path(QStringLiteral("d.xlsx")));
    ASSERT_TRUE(xlsx.startsWith("PK\x03\x04"));
    // File names stand uncompressed in the zip's directory.
    EXPECT_TRUE(xlsx.contains("xl/worksheets/sheet1.xml"));
    EXPECT_TRUE(xlsx.contains("xl/worksheets/sheet2.xml"));
    EXPECT_TRUE(xlsx.contains("xl/worksheets/sheet3.xml")); // Records: the import's columns
    EXPECT_FALSE(xlsx.contains("xl/worksheets/sheet4.xml"));
}

TEST_F(ExportCliTest, UsageErrorsExitTwoAndNameTheArgument)
{
    const QString out = path(QStringLiteral("x.png"));
    const QList<std::pair<QStringList, QString>> cases = {
        {{QStringLiteral("chart"), QStringLiteral("nosuch"), QStringLiteral("--out"), out}, QStringLiteral("nosuch")},
        {{QStringLiteral("chart"), QStringLiteral("capex")}, QStringLiteral("--out")},
        {{QStringLiteral("chart")}, QStringLiteral("chart --list")},
        {{QStringLiteral("chart"), QStringLiteral("capex"), QStringLiteral("--out"), out, QStringLiteral("--dpi"),
          QStringLiteral("72")},
         QStringLiteral("--dpi")},
        {{QStringLiteral("chart"), QStringLiteral("capex"), QStringLiteral("--out"), out, QStringLiteral("--width"),
          QStringLiteral("wide")},
         QStringLiteral("--width")},
        {{QStringLiteral("chart"), QStringLiteral("capex"), QStringLiteral("--out"), out, QStringLiteral("--format"),
          QStringLiteral("bmp")},
         QStringLiteral("--format")},
        {{QStringLiteral("chart"), QStringLiteral("capex"), QStringLiteral("--out"), out, QStringLiteral("--view"),
          QStringLiteral("weekly")},
         QStringLiteral("weekly")},
        {{QStringLiteral("chart"), QStringLiteral("fleet"), QStringLiteral("--out"), out, QStringLiteral("--view"),
          QStringLiteral("quarterly")},
         QStringLiteral("--view")},
        {{QStringLiteral("chart"), QStringLiteral("capex"), QStringLiteral("--out"), out, QStringLiteral("--metric"),
          QStringLiteral("revenue")},
         QStringLiteral("revenue")},
        {{QStringLiteral("chart"), QStringLiteral("capex"), QStringLiteral("--out"), path(QStringLiteral("x.gif"))},
         QStringLiteral("x.gif")},
        {{QStringLiteral("chart"), QStringLiteral("capex"), QStringLiteral("--out"), out, QStringLiteral("--scenario"),
          QStringLiteral("preset:nosuch")},
         QStringLiteral("nosuch")},
        {{QStringLiteral("report"), QStringLiteral("--out"), path(QStringLiteral("r.pdf")), QStringLiteral("--paper"),
          QStringLiteral("a3")},
         QStringLiteral("--paper")},
        {{QStringLiteral("report")}, QStringLiteral("--out")},
        {{QStringLiteral("data"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("xlsx")},
         QStringLiteral("--out")},
    };
    for (const auto &[arguments, named] : cases) {
        CliRun r = run(arguments);
        EXPECT_EQ(r.exitCode, 2) << arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(r.err.contains(named)) << r.err.toStdString();
        EXPECT_TRUE(r.out.isEmpty());
    }
    EXPECT_FALSE(QFile::exists(out));
}

TEST_F(ExportCliTest, UnwritablePathExitsOneAndLeavesNoFile)
{
    const QString target = path(QStringLiteral("missing/c.png"));
    CliRun r = run({QStringLiteral("chart"), QStringLiteral("capex"), QStringLiteral("--out"), target});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("Cannot write %1").arg(target))) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(target));

    CliRun report = run({QStringLiteral("report"), QStringLiteral("--out"), path(QStringLiteral("missing/r.pdf"))});
    EXPECT_EQ(report.exitCode, 1);
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("missing/r.pdf"))));

    CliRun scenario = run({QStringLiteral("report"), QStringLiteral("--out"), path(QStringLiteral("r.pdf")),
                        QStringLiteral("--scenario"), path(QStringLiteral("no-such-scenario.json"))});
    EXPECT_EQ(scenario.exitCode, 1);
    EXPECT_TRUE(scenario.err.contains(QStringLiteral("no-such-scenario.json")));
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("r.pdf"))));
}

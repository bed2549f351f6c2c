// `capexlens data import`, run as a user or a script would.
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

struct Invocation
{
    int exitCode = -1;
    QString out;
    QString err;
};

const QByteArray header = "entity,metric,period,value,low,high,unit,currency,kind,grade,note_en,source_id,"
                          "source_publisher,source_title\r\n";

class ImportCliTest : public ::testing::Test
{
protected:
    Invocation run(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CAPEXLENS_DB"), dbPath());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(CAPEXLENS_EXECUTABLE), arguments);
        EXPECT_TRUE(process.waitForFinished(60000));
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString dbPath() const { return m_dir.filePath(QStringLiteral("capexlens.db")); }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    QByteArray exportCsv()
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CAPEXLENS_DB"), dbPath());
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(CAPEXLENS_EXECUTABLE),
                      {QStringLiteral("data"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv")});
        EXPECT_TRUE(process.waitForFinished(60000));
        return process.readAllStandardOutput();
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(ImportCliTest, DryRunPrintsThePlanAndWritesNothing)
{
    const QByteArray before = exportCsv();
    const QString file = write(QStringLiteral("mine.csv"),
                               header + "microsoft,capex,2031,1.5e11,,,USD,USD,forecast,estimate,My guess,,Me,My notes\r\n");
    Invocation r = run({QStringLiteral("data"), QStringLiteral("import"), file, QStringLiteral("--dry-run")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("1 to add"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("new source"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("nothing was written"))) << r.out.toStdString();
    EXPECT_EQ(exportCsv(), before);
}

TEST_F(ImportCliTest, ImportWritesAndTheExportShowsIt)
{
    const QString file = write(QStringLiteral("mine.csv"),
                               header + "microsoft,capex,2031,1.5e11,,,USD,USD,forecast,estimate,My guess,,Me,My notes\r\n");
    Invocation r = run({QStringLiteral("data"), QStringLiteral("import"), file});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Imported: 1 added"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("backups"))) << r.out.toStdString();
    EXPECT_TRUE(exportCsv().contains("microsoft,Microsoft,微软,capex,2031,150000000000"));
    // The same file again changes nothing.
    Invocation again = run({QStringLiteral("data"), QStringLiteral("import"), file});
    EXPECT_EQ(again.exitCode, 0);
    EXPECT_TRUE(again.out.contains(QStringLiteral("1 unchanged"))) << again.out.toStdString();
}

TEST_F(ImportCliTest, RejectedRowsAreListedWithTheirReasonsAndNothingIsWritten)
{
    const QByteArray before = exportCsv();
    const QString file = write(QStringLiteral("bad.csv"),
                               header + "microsoft,capex,2031,1.5e11,,,USD,USD,forecast,estimate,ok,,Me,Notes\r\n"
                                        "no_such_company,capex,2031,1,,,USD,USD,forecast,estimate,x,,Me,Notes\r\n"
                                        "microsoft,capex,2032,lots,,,USD,USD,forecast,estimate,y,,Me,Notes\r\n");
    Invocation r = run({QStringLiteral("data"), QStringLiteral("import"), file});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.contains(QStringLiteral("bad.csv, line 3, column 1: the field “entity” refers to unknown “no_such_company”")))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("bad.csv, line 4, column 4: the field “value” holds “lots”, which is not a number")))
        << r.out.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("nothing was imported"))) << r.err.toStdString();
    EXPECT_EQ(exportCsv(), before);
}

TEST_F(ImportCliTest, MessagesFollowTheLanguage)
{
    const QString file = write(QStringLiteral("bad.csv"), "entity,metric\r\nmicrosoft,capex\r\n");
    Invocation r = run({QStringLiteral("--lang"), QStringLiteral("zh"), QStringLiteral("data"), QStringLiteral("import"), file});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_FALSE(r.err.isEmpty());
}

TEST_F(ImportCliTest, UsageErrors)
{
    EXPECT_EQ(run({QStringLiteral("data"), QStringLiteral("import")}).exitCode, 2);
    EXPECT_EQ(run({QStringLiteral("data"), QStringLiteral("import"), QStringLiteral("a.csv"), QStringLiteral("b.csv")}).exitCode, 2);
    Invocation missing = run({QStringLiteral("data"), QStringLiteral("import"), m_dir.filePath(QStringLiteral("none.csv"))});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("none.csv"))) << missing.err.toStdString();
}

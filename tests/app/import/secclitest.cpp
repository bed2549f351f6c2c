// `capexlens data update sec`, run as a user or a script would, against a local HTTP server
// serving the fixtures of tests/fixtures/sec, and from downloaded files.
#include "../../support/fixturehttpserver.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using capex::testing::FixtureHttpServer;

namespace {

const QString fixtures = QStringLiteral(CAPEX_SEC_FIXTURES_DIR);
const QString agent = QStringLiteral("Capex Lens tests tests@example.com");

struct Invocation
{
    int exitCode = -1;
    QString out;
    QString err;
};

class SecCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_server.serveFolder(QStringLiteral("/api/xbrl/companyfacts/"), fixtures);
        ASSERT_NE(m_server.start(), 0);
    }

    Invocation run(QStringList arguments, const QString &envAgent = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CAPEXLENS_DB"), m_dir.filePath(QStringLiteral("capexlens.db")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("CAPEXLENS_SEC_USER_AGENT"));
        if (!envAgent.isEmpty())
            env.insert(QStringLiteral("CAPEXLENS_SEC_USER_AGENT"), envAgent);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(CAPEXLENS_EXECUTABLE), QStringList{QStringLiteral("data"), QStringLiteral("update"),
                                                                        QStringLiteral("sec")} + arguments);
        EXPECT_TRUE(process.waitForFinished(60000));
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QStringList online(const QStringList &more) const
    {
        return QStringList{QStringLiteral("--base-url"), m_server.baseUrl(), QStringLiteral("--user-agent"), agent} + more;
    }

    QTemporaryDir m_dir;
    FixtureHttpServer m_server;
};

} // namespace

TEST_F(SecCliTest, FetchesPreviewsWritesAndChangesNothingTheSecondTime)
{
    const QStringList tickers = {QStringLiteral("--ticker"), QStringLiteral("MSFT"), QStringLiteral("--ticker"),
                                 QStringLiteral("amzn")};
    Invocation dry = run(online(tickers + QStringList{QStringLiteral("--dry-run")}));
    EXPECT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    EXPECT_TRUE(dry.out.contains(QStringLiteral("18 to add, 0 to update, 0 unchanged, 0 rejected"))) << dry.out.toStdString();
    EXPECT_TRUE(dry.out.contains(QStringLiteral("new source sec-789019-0000950170-25-100235: MICROSOFT CORPORATION, "
                                                "“Form 10-K for fiscal 2025, filed 2025-07-30 with the SEC (accession "
                                                "0000950170-25-100235)”")))
        << dry.out.toStdString();
    EXPECT_TRUE(dry.out.contains(QStringLiteral("Dry run: nothing was written.")));
    EXPECT_TRUE(dry.err.contains(QStringLiteral("Microsoft (CIK 789019): 12 figure(s), FY2023-06 to FY2026 Q1 (Jun)")))
        << dry.err.toStdString();
    ASSERT_EQ(m_server.requests().size(), 2);
    EXPECT_EQ(m_server.requests()[0].userAgent, agent);

    Invocation write = run(online(tickers));
    EXPECT_EQ(write.exitCode, 0) << write.err.toStdString();
    EXPECT_TRUE(write.out.contains(QStringLiteral("Written: 18 added, 0 updated, 0 unchanged."))) << write.out.toStdString();
    EXPECT_TRUE(write.out.contains(QStringLiteral("Backup of the database before the update: ")));

    Invocation again = run(online(tickers));
    EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(again.out.contains(QStringLiteral("0 to add, 0 to update, 18 unchanged, 0 rejected"))) << again.out.toStdString();
    EXPECT_TRUE(again.out.contains(QStringLiteral("Nothing to write")));
}

TEST_F(SecCliTest, DownloadedFilesGiveTheSameAndRestatementsUpdate)
{
    Invocation first = run({QStringLiteral("--from"), fixtures + QStringLiteral("/microsoft-2025-07.json")});
    EXPECT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_TRUE(first.out.contains(QStringLiteral("Written: 11 added"))) << first.out.toStdString();
    EXPECT_TRUE(m_server.requests().isEmpty()); // offline, and no User-Agent needed

    Invocation later = run({QStringLiteral("--from"), fixtures + QStringLiteral("/CIK0000789019.json")});
    EXPECT_EQ(later.exitCode, 0) << later.err.toStdString();
    EXPECT_TRUE(later.out.contains(QStringLiteral("1 to add, 2 to update, 9 unchanged, 0 rejected"))) << later.out.toStdString();
    EXPECT_TRUE(later.out.contains(QStringLiteral("microsoft capex_cash FY2025Q1-06 actual: 14923000000 → 14950000000")))
        << later.out.toStdString();
    EXPECT_TRUE(later.out.contains(QStringLiteral("microsoft capex_cash FY2025Q2-06 actual: 15804000000 → 15777000000")));

    // The same company online then finds nothing new: a file and the server give the same records.
    Invocation online_ = run(online({QStringLiteral("--cik"), QStringLiteral("789019")}));
    EXPECT_EQ(online_.exitCode, 0) << online_.err.toStdString();
    EXPECT_TRUE(online_.out.contains(QStringLiteral("0 to add, 0 to update, 12 unchanged"))) << online_.out.toStdString();

    Invocation ifrs = run({QStringLiteral("--from"), fixtures + QStringLiteral("/CIK0001999999.json")});
    EXPECT_EQ(ifrs.exitCode, 0) << ifrs.err.toStdString();
    EXPECT_TRUE(ifrs.out.contains(QStringLiteral("new entity ifrs_test_filer_plc: IFRS TEST FILER PLC"))) << ifrs.out.toStdString();
    EXPECT_TRUE(ifrs.out.contains(QStringLiteral("3 to add")));
}

TEST_F(SecCliTest, AFailingCompanyWritesNothingAndSaysWhy)
{
    Invocation r = run(online({QStringLiteral("--ticker"), QStringLiteral("MSFT"), QStringLiteral("--ticker"),
                               QStringLiteral("NVDA"), QStringLiteral("--cik"), QStringLiteral("1999998")}));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.contains(QStringLiteral("Nvidia (CIK 1045810): the company facts hold none of the "
                                              "capital-expenditure concepts read")))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("CIK 1999998: there are no company facts at ")));
    EXPECT_TRUE(r.err.contains(QStringLiteral("nothing was written, as 2 of the companies could not be read"))) << r.err.toStdString();
    Invocation after = run({QStringLiteral("--from"), fixtures + QStringLiteral("/CIK0000789019.json"),
                            QStringLiteral("--dry-run")});
    EXPECT_TRUE(after.out.contains(QStringLiteral("12 to add"))) << after.out.toStdString(); // Microsoft was not written

    Invocation wrongFile = run({QStringLiteral("--from"), fixtures + QStringLiteral("/CIK0001326801.json")});
    EXPECT_EQ(wrongFile.exitCode, 1);
    EXPECT_TRUE(wrongFile.out.contains(
        QStringLiteral("CIK0001326801.json: these are the company facts of CIK 1018724, not of CIK 1326801")))
        << wrongFile.out.toStdString();

    const QString truncated = m_dir.filePath(QStringLiteral("cut.json"));
    {
        QFile in(fixtures + QStringLiteral("/CIK0000789019.json"));
        ASSERT_TRUE(in.open(QIODevice::ReadOnly));
        QFile out(truncated);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(in.readAll().left(2000));
    }
    Invocation cut = run({QStringLiteral("--from"), truncated, QStringLiteral("--lang"), QStringLiteral("zh")});
    EXPECT_EQ(cut.exitCode, 1);
    EXPECT_TRUE(cut.out.contains(QStringLiteral("cut.json，第"))) << cut.out.toStdString();
}

TEST_F(SecCliTest, GoingOnlineNeedsADeclaredUserAgent)
{
    Invocation none = run({QStringLiteral("--base-url"), m_server.baseUrl(), QStringLiteral("--ticker"),
                           QStringLiteral("MSFT")});
    EXPECT_EQ(none.exitCode, 2);
    EXPECT_TRUE(none.err.contains(QStringLiteral("--user-agent"))) << none.err.toStdString();
    EXPECT_TRUE(none.err.contains(QStringLiteral("$CAPEXLENS_SEC_USER_AGENT")));
    Invocation bad = run({QStringLiteral("--base-url"), m_server.baseUrl(), QStringLiteral("--user-agent"),
                          QStringLiteral("curl/8.0")});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("“curl/8.0” is not a User-Agent SEC accepts"))) << bad.err.toStdString();
    EXPECT_TRUE(m_server.requests().isEmpty());

    Invocation fromEnv = run({QStringLiteral("--base-url"), m_server.baseUrl(), QStringLiteral("--ticker"),
                              QStringLiteral("MSFT"), QStringLiteral("--dry-run")},
                             agent);
    EXPECT_EQ(fromEnv.exitCode, 0) << fromEnv.err.toStdString();
    ASSERT_EQ(m_server.requests().size(), 1);
    EXPECT_EQ(m_server.requests()[0].userAgent, agent);

    Invocation ticker = run(online({QStringLiteral("--ticker"), QStringLiteral("AAPL")}));
    EXPECT_EQ(ticker.exitCode, 2);
    EXPECT_TRUE(ticker.err.contains(QStringLiteral("unknown ticker “AAPL”"))) << ticker.err.toStdString();
    Invocation url = run({QStringLiteral("--base-url"), QStringLiteral("ftp://example.com"), QStringLiteral("--dry-run")});
    EXPECT_EQ(url.exitCode, 2);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // the server's thread needs an application
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}

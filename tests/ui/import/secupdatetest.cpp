// The SEC update's Qt side: fetching company facts from a local HTTP server (statuses, retries,
// a timeout, no network, a cancel), and Data → Update from SEC filings… driven to its preview.
#include "errortext.h"
#include "importpreviewdialog.h"
#include "mainwindow.h"
#include "secupdate.h"
#include "secupdatedialog.h"
#include "settings.h"
#include "translation.h"
#include "uitestsupport.h"
#include "../../support/fixturehttpserver.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTcpServer>
#include <QTest>

using namespace capex;
using namespace capex::ui;
using capex::testing::FixtureHttpServer;

namespace {

const QString fixtures = QStringLiteral(CAPEX_SEC_FIXTURES_DIR);
const QString userAgent = QStringLiteral("Capex Lens tests tests@example.com");

QString factsPath(qint64 cik) { return QString::fromStdString(secCompanyFactsPath(cik)); }

QByteArray fixture(const QString &name)
{
    QFile file(fixtures + QLatin1Char('/') + name);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
    return file.readAll();
}

class SecUpdateTest : public capex::testing::UiTest
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        m_server.serveFolder(QStringLiteral("/api/xbrl/companyfacts/"), fixtures);
        ASSERT_NE(m_server.start(), 0);
    }
    void TearDown() override
    {
        m_server.stop();
        UiTest::TearDown();
    }

    SecOnlineSettings settings() const
    {
        SecOnlineSettings s;
        s.baseUrl = m_server.baseUrl();
        s.userAgent = userAgent;
        s.timeoutMs = 400;
        s.retries = 2;
        s.retryDelayMs = 150;
        return s;
    }

    std::vector<SecCompanyResult> run(const QList<qint64> &ciks, const SecOnlineSettings &s)
    {
        QList<SecUpdateJob> jobs;
        for (qint64 cik : ciks)
            jobs << secOnlineJob(cik, m_store.snapshot());
        return SecUpdateRunner::runBlocking(s, jobs);
    }

    int requestsFor(qint64 cik) const
    {
        int n = 0;
        for (const auto &r : m_server.requests())
            n += r.path == factsPath(cik) ? 1 : 0;
        return n;
    }

    FixtureHttpServer m_server;
};

} // namespace

TEST_F(SecUpdateTest, FetchesCompanyFactsWithTheDeclaredUserAgent)
{
    const auto results = run({789019, 1018724}, settings());
    ASSERT_EQ(results.size(), 2u);
    ASSERT_TRUE(results[0].facts.ok()) << describe(results[0].facts.error());
    EXPECT_EQ(results[0].name, "Microsoft (CIK 789019)");
    EXPECT_EQ(results[0].facts->records.size(), 12u);
    ASSERT_TRUE(results[1].facts.ok());
    EXPECT_EQ(results[1].facts->records.size(), 6u);
    const auto requests = m_server.requests();
    ASSERT_EQ(requests.size(), 2);
    EXPECT_EQ(requests[0].path, QStringLiteral("/api/xbrl/companyfacts/CIK0000789019.json"));
    EXPECT_EQ(requests[0].userAgent, userAgent);
    EXPECT_EQ(requests[1].userAgent, userAgent);
}

TEST_F(SecUpdateTest, EachFailureNamesTheCompanyAndItsCause)
{
    m_server.route(factsPath(1329099), {{403, "Undeclared Automated Tool", 0, {}}});   // Baidu: no User-Agent accepted
    m_server.route(factsPath(1341439), {{429, "slow down", 0, "Retry-After: 0\r\n"}}); // Oracle: always too many
    m_server.route(factsPath(1652044), {{500, "oops", 0, {}}});                        // Alphabet: the server fails
    m_server.route(factsPath(1577552), {{200, fixture(QStringLiteral("CIK0000789019.json")).left(900), 0, {}}});
    const auto results = run({1329099, 1999998, 1341439, 1652044, 1045810, 1326801, 1577552}, settings());
    ASSERT_EQ(results.size(), 7u);
    for (const SecCompanyResult &r : results)
        ASSERT_FALSE(r.facts.ok()) << r.name;

    const QString forbidden = errorText(results[0].facts.error());
    EXPECT_TRUE(forbidden.startsWith(QStringLiteral("Baidu (CIK 1329099): "))) << forbidden.toStdString();
    EXPECT_TRUE(forbidden.contains(QStringLiteral("HTTP 403"))) << forbidden.toStdString();
    EXPECT_TRUE(forbidden.contains(QStringLiteral("User-Agent")));
    EXPECT_EQ(requestsFor(1329099), 1); // 403 is not tried again

    const QString missing = errorText(results[1].facts.error());
    EXPECT_TRUE(missing.startsWith(QStringLiteral("CIK 1999998: there are no company facts at"))) << missing.toStdString();
    EXPECT_TRUE(missing.contains(QStringLiteral("HTTP 404")));

    EXPECT_EQ(results[2].facts.error().code, ErrorCode::SecHttpStatus);
    EXPECT_EQ(results[2].facts.error().detail, "429");
    EXPECT_EQ(requestsFor(1341439), 3); // the first try and two retries
    EXPECT_TRUE(errorText(results[2].facts.error()).contains(QStringLiteral("too many requests")));
    EXPECT_EQ(results[3].facts.error().detail, "500");
    EXPECT_EQ(requestsFor(1652044), 3);

    EXPECT_EQ(results[4].facts.error().code, ErrorCode::SecNoCapexFacts);
    EXPECT_TRUE(errorText(results[4].facts.error()).startsWith(QStringLiteral("Nvidia (CIK 1045810): ")));
    EXPECT_EQ(results[5].facts.error().code, ErrorCode::SecWrongCompany);
    EXPECT_EQ(errorText(results[5].facts.error()),
              QStringLiteral("Meta Platforms (CIK 1326801): these are the company facts of CIK 1018724, not of CIK "
                             "1326801, the company asked for"));
    EXPECT_EQ(results[6].facts.error().code, ErrorCode::JsonTruncated);
    EXPECT_TRUE(errorText(results[6].facts.error()).startsWith(QStringLiteral("Alibaba Group (CIK 1577552), line ")));

    // The plan refuses them all, naming each, and holds nothing to write.
    const ImportPlan plan = planSecUpdate(results, m_store.snapshot());
    EXPECT_EQ(plan.rejected.size(), 7u);
    EXPECT_TRUE(plan.rows.empty());
}

TEST_F(SecUpdateTest, RetriesAfter429And5xxUntilTheAnswerComes)
{
    m_server.route(factsPath(1018724), {{503, "busy", 0, {}},
                                        {429, "slow down", 0, "Retry-After: 0\r\n"},
                                        {200, fixture(QStringLiteral("CIK0001018724.json")), 0, {}}});
    QList<QString> waits;
    SecUpdateRunner runner(settings());
    QObject::connect(&runner, &SecUpdateRunner::jobWaiting, &runner,
                     [&waits](int, const QString &text) { waits << text; });
    QSignalSpy finished(&runner, &SecUpdateRunner::finished);
    runner.start({secOnlineJob(1018724, m_store.snapshot())});
    ASSERT_TRUE(finished.wait(10000));
    ASSERT_TRUE(runner.results()[0].facts.ok()) << describe(runner.results()[0].facts.error());
    EXPECT_EQ(runner.requestCount(), 3);
    ASSERT_EQ(waits.size(), 2);
    EXPECT_TRUE(waits[0].startsWith(QStringLiteral("HTTP 503: trying again in 0.15 s (attempt 2 of 3)")))
        << waits[0].toStdString();
    EXPECT_TRUE(waits[1].startsWith(QStringLiteral("HTTP 429: trying again in 0.3 s (attempt 3 of 3)")))
        << waits[1].toStdString();
}

TEST_F(SecUpdateTest, AtMostTenRequestsASecond)
{
    // Four companies, one request each: at least three intervals between the first and the last.
    SecOnlineSettings s = settings();
    s.minIntervalMs = 250;
    const auto results = run({789019, 1018724, 1045810, 1326801}, s);
    ASSERT_EQ(results.size(), 4u);
    const auto requests = m_server.requests();
    ASSERT_EQ(requests.size(), 4);
    EXPECT_GE(requests.last().receivedMs - requests.first().receivedMs, 700);
    EXPECT_EQ(SecOnlineSettings().minIntervalMs, 100); // the default: ten a second
}

TEST_F(SecUpdateTest, ASilentServerTimesOutAndNoNetworkIsSaidSo)
{
    m_server.route(factsPath(789019), {{200, fixture(QStringLiteral("CIK0000789019.json")), 3000, {}}});
    QElapsedTimer clock;
    clock.start();
    const auto slow = run({789019}, settings());
    EXPECT_LT(clock.elapsed(), 2500); // the 0.4 s timeout, not the server's 3 s
    ASSERT_FALSE(slow[0].facts.ok());
    EXPECT_EQ(slow[0].facts.error().code, ErrorCode::SecTimeout);
    EXPECT_EQ(errorText(slow[0].facts.error()),
              QStringLiteral("Microsoft (CIK 789019): the server did not answer within 0.4 s (%1"
                             "/api/xbrl/companyfacts/CIK0000789019.json): try again later, or check the network")
                  .arg(m_server.baseUrl()));

    // A port nobody listens on: refused at once.
    QTcpServer closed;
    ASSERT_TRUE(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    SecOnlineSettings nowhere = settings();
    nowhere.baseUrl = QStringLiteral("http://127.0.0.1:%1").arg(port);
    const auto refused = run({789019}, nowhere);
    ASSERT_FALSE(refused[0].facts.ok());
    EXPECT_EQ(refused[0].facts.error().code, ErrorCode::SecNetwork);
    EXPECT_TRUE(errorText(refused[0].facts.error()).contains(QStringLiteral("could not be reached")));
}

TEST_F(SecUpdateTest, NoRequestWithoutADeclaredUserAgent)
{
    EXPECT_FALSE(SecOnlineSettings::isDeclaredUserAgent(QString()));
    EXPECT_FALSE(SecOnlineSettings::isDeclaredUserAgent(QStringLiteral("Mozilla/5.0")));
    EXPECT_FALSE(SecOnlineSettings::isDeclaredUserAgent(QStringLiteral("jane@example.com")));
    EXPECT_TRUE(SecOnlineSettings::isDeclaredUserAgent(QStringLiteral("Jane Doe jane@example.com")));
    SecOnlineSettings anonymous = settings();
    anonymous.userAgent.clear();
    const auto results = run({789019}, anonymous);
    ASSERT_FALSE(results[0].facts.ok());
    EXPECT_EQ(results[0].facts.error().code, ErrorCode::SecNoUserAgent);
    EXPECT_TRUE(m_server.requests().isEmpty());
}

TEST_F(SecUpdateTest, CancelStopsTheRequestUnderWay)
{
    m_server.route(factsPath(789019), {{200, fixture(QStringLiteral("CIK0000789019.json")), 5000, {}}});
    SecUpdateRunner runner(settings());
    QSignalSpy started(&runner, &SecUpdateRunner::jobStarted);
    QSignalSpy finished(&runner, &SecUpdateRunner::finished);
    runner.start({secOnlineJob(789019, m_store.snapshot()), secOnlineJob(1018724, m_store.snapshot())});
    ASSERT_TRUE(started.wait(5000));
    QTest::qWait(100); // the request is out
    runner.cancel();
    EXPECT_EQ(finished.count(), 1);
    EXPECT_TRUE(runner.wasCancelled());
    EXPECT_FALSE(runner.isRunning());
    QTest::qWait(200);
    EXPECT_EQ(started.count(), 1); // Amazon was never begun
    EXPECT_EQ(requestsFor(1018724), 0);
}

TEST_F(SecUpdateTest, DialogFetchesShowsThePlanAndWritesOnlyWhenAgreed)
{
    MainWindow window(m_store);
    // Data → Update from SEC filings… is in the menu bar.
    bool offered = false;
    for (QAction *menu : window.menuBar()->actions())
        if (menu->menu())
            for (QAction *action : menu->menu()->actions())
                offered = offered || action->text() == QStringLiteral("Update from &SEC filings…");
    EXPECT_TRUE(offered);

    const std::size_t before = m_store.snapshot().observations.size();
    SecUpdateDialog dialog(m_store, &window);
    EXPECT_EQ(dialog.table()->rowCount(), 8); // the table's companies
    dialog.setOnlineSettings(settings());
    dialog.userAgentEdit()->setText(userAgent);
    dialog.selectCiks({789019, 1018724});
    QSignalSpy done(&dialog, &SecUpdateDialog::updateDone);

    // Declined: nothing written.
    QString summary;
    dialog.setNextPreviewAction([&summary](ImportPreviewDialog &preview) {
        summary = preview.summaryText();
        return false;
    });
    dialog.startButton()->click();
    EXPECT_TRUE(dialog.isRunning());
    ASSERT_TRUE(done.wait(10000));
    EXPECT_EQ(summary, QStringLiteral("18 to add, 0 to update, 0 unchanged, 0 rejected"));
    EXPECT_EQ(dialog.outcomeText(), QStringLiteral("Nothing was written."));
    EXPECT_EQ(m_store.snapshot().observations.size(), before);
    EXPECT_EQ(dialog.statusText(0), QStringLiteral("12 figure(s), FY2023-06 to FY2026 Q1 (Jun)"));
    EXPECT_EQ(Settings::value(SettingKey::SecUserAgent).toString(), userAgent); // remembered

    // Agreed: written, with a backup.
    dialog.setNextPreviewAction([](ImportPreviewDialog &preview) { return preview.canImport(); });
    dialog.startButton()->click();
    ASSERT_TRUE(done.wait(10000));
    EXPECT_TRUE(dialog.outcomeText().startsWith(QStringLiteral("Written: 18 added, 0 updated, 0 unchanged."))) <<
        dialog.outcomeText().toStdString();
    EXPECT_EQ(m_store.snapshot().observations.size(), before + 18);

    // Again: nothing left to do.
    dialog.setNextPreviewAction([&summary](ImportPreviewDialog &preview) {
        summary = preview.summaryText();
        EXPECT_FALSE(preview.canImport());
        return false;
    });
    dialog.startButton()->click();
    ASSERT_TRUE(done.wait(10000));
    EXPECT_EQ(summary, QStringLiteral("0 to add, 0 to update, 18 unchanged, 0 rejected"));

#ifdef CAPEXLENS_SCREENSHOT_DIR
    // The dialog and its preview in both languages, for looking at.
    QDir().mkpath(QStringLiteral(CAPEXLENS_SCREENSHOT_DIR));
    dialog.show();
    for (Language language : {Language::English, Language::Chinese}) {
        Translation::instance().setLanguage(language);
        const QString tag = language == Language::Chinese ? QStringLiteral("zh") : QStringLiteral("en");
        dialog.setNextPreviewAction([tag](ImportPreviewDialog &preview) {
            preview.show();
            QTest::qWait(50);
            preview.grab().save(QStringLiteral(CAPEXLENS_SCREENSHOT_DIR "/sec-preview-") + tag + QStringLiteral(".png"));
            return false;
        });
        dialog.selectCiks({789019, 1018724, 1045810});
        dialog.startButton()->click();
        ASSERT_TRUE(done.wait(10000));
        QTest::qWait(50);
        dialog.grab().save(QStringLiteral(CAPEXLENS_SCREENSHOT_DIR "/sec-dialog-") + tag + QStringLiteral(".png"));
    }
    Translation::instance().setLanguage(Language::English);
#endif
}

TEST_F(SecUpdateTest, DialogWritesNothingWhenACompanyFails)
{
    const std::size_t before = m_store.snapshot().observations.size();
    SecUpdateDialog dialog(m_store);
    dialog.setOnlineSettings(settings());
    dialog.userAgentEdit()->setText(userAgent);
    dialog.selectCiks({789019, 1045810});
    QSignalSpy done(&dialog, &SecUpdateDialog::updateDone);
    bool importable = true;
    dialog.setNextPreviewAction([&importable](ImportPreviewDialog &preview) {
        importable = preview.canImport();
        return true;
    });
    dialog.startButton()->click();
    ASSERT_TRUE(done.wait(10000));
    EXPECT_FALSE(importable);
    EXPECT_EQ(dialog.outcomeText(), QStringLiteral("Nothing was written, as 1 of the companies could not be read (see the list)."));
    EXPECT_TRUE(dialog.statusText(5).startsWith(QStringLiteral("Nvidia (CIK 1045810): the company facts hold none")))
        << dialog.statusText(5).toStdString();
    EXPECT_EQ(m_store.snapshot().observations.size(), before);
}

TEST_F(SecUpdateTest, DialogAsksForTheUserAgentButReadsFilesWithoutOne)
{
    SecUpdateDialog dialog(m_store);
    dialog.setOnlineSettings(settings());
    dialog.userAgentEdit()->clear();
    dialog.startButton()->click();
    EXPECT_FALSE(dialog.isRunning());
    EXPECT_TRUE(dialog.outcomeText().contains(QStringLiteral("User-Agent"))) << dialog.outcomeText().toStdString();
    EXPECT_TRUE(m_server.requests().isEmpty());

    // Offline: a downloaded file only.
    dialog.selectCiks({});
    dialog.addFile(fixtures + QStringLiteral("/CIK0001999999.json"));
    QSignalSpy done(&dialog, &SecUpdateDialog::updateDone);
    QString summary;
    dialog.setNextPreviewAction([&summary](ImportPreviewDialog &preview) {
        summary = preview.summaryText();
        return true;
    });
    dialog.startButton()->click();
    ASSERT_TRUE(done.wait(10000));
    EXPECT_EQ(summary, QStringLiteral("3 to add, 0 to update, 0 unchanged, 0 rejected"));
    EXPECT_NE(m_store.snapshot().entity("ifrs_test_filer_plc"), nullptr);
    EXPECT_TRUE(m_server.requests().isEmpty());
}

TEST_F(SecUpdateTest, DialogCancelStopsTheFetchAndWritesNothing)
{
    m_server.route(factsPath(789019), {{200, fixture(QStringLiteral("CIK0000789019.json")), 5000, {}}});
    const std::size_t before = m_store.snapshot().observations.size();
    SecUpdateDialog dialog(m_store);
    dialog.setOnlineSettings(settings());
    dialog.userAgentEdit()->setText(userAgent);
    dialog.selectCiks({789019, 1018724});
    QSignalSpy done(&dialog, &SecUpdateDialog::updateDone);
    bool previewed = false;
    dialog.setNextPreviewAction([&previewed](ImportPreviewDialog &) {
        previewed = true;
        return true;
    });
    dialog.startButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.statusText(0), QStringLiteral("Downloading…"), 5000);
    EXPECT_EQ(dialog.statusText(2), QStringLiteral("Waiting"));
    QPushButton *cancel = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel);
    EXPECT_EQ(cancel->text(), QStringLiteral("Cancel"));
    cancel->click(); // Cancel while fetching stops the update; the dialog stays open
    ASSERT_EQ(done.count(), 1);
    EXPECT_FALSE(dialog.isRunning());
    EXPECT_FALSE(previewed);
    EXPECT_EQ(dialog.outcomeText(), QStringLiteral("Cancelled: nothing was written."));
    EXPECT_EQ(dialog.statusText(0), QStringLiteral("Cancelled"));
    EXPECT_EQ(dialog.statusText(2), QStringLiteral("Cancelled"));
    EXPECT_EQ(m_store.snapshot().observations.size(), before);
    EXPECT_EQ(dialog.result(), 0); // not closed by the Cancel that stopped the fetch
    EXPECT_EQ(cancel->text(), QStringLiteral("Close"));
}

#pragma once

#include "importplan.h"
#include "secfacts.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace capex::ui {

/// How the SEC update goes online. SEC's fair-access rules: a User-Agent that names the
/// requester with a contact e-mail address, at most ten requests a second.
struct SecOnlineSettings
{
    QString baseUrl = defaultBaseUrl(); ///< data.sec.gov, or a mirror or test server
    QString userAgent;                  ///< "Name name@example.com"
    int timeoutMs = 30000;              ///< without a byte from the server for this long, a request fails
    int retries = 3;                    ///< further attempts after HTTP 429 or 5xx
    int retryDelayMs = 1000;            ///< the first wait; doubled at each retry (or the server's Retry-After)
    int minIntervalMs = 100;            ///< between the starts of two requests: ten a second at most

    static QString defaultBaseUrl() { return QStringLiteral("https://data.sec.gov"); }
    /// The remembered settings (User-Agent, address, timeout), with $CAPEXLENS_SEC_USER_AGENT
    /// for the User-Agent when none is remembered.
    static SecOnlineSettings remembered();
    /// Whether `userAgent` declares a contact: some text and an e-mail address.
    static bool isDeclaredUserAgent(const QString &userAgent);
};

/// One company to update: fetched by its CIK, or read from a downloaded company-facts file.
struct SecUpdateJob
{
    qint64 cik = 0;     ///< online: the company asked for; a file: 0, or the CIK its name gives
    QString file;       ///< empty: online
    QString name;       ///< names the company (or the file) in progress and messages
    bool online() const { return file.isEmpty(); }
};

/// The companies of the dataset's SEC table (secCompanies()), as online jobs named in the current
/// language after `store`'s entities.
QList<SecUpdateJob> secTableJobs(const Dataset &store);
/// The online job for `cik`, named after the dataset's company when the table has it.
SecUpdateJob secOnlineJob(qint64 cik, const Dataset &store);
/// The job reading `path`.
SecUpdateJob secFileJob(const QString &path);

/// Runs an SEC update's jobs one after another: each company's facts are fetched (or read)
/// and derived (readSecCompanyFacts), with progress per company. Requests carry the
/// User-Agent, start at least `minIntervalMs` apart, fail after `timeoutMs` of silence, and
/// are tried again after HTTP 429 and 5xx with a growing wait. The results, one per job, make
/// the plan (planSecUpdate()); nothing is written here.
class SecUpdateRunner : public QObject
{
    Q_OBJECT

public:
    explicit SecUpdateRunner(const SecOnlineSettings &settings, QObject *parent = nullptr);
    ~SecUpdateRunner() override;

    /// Starts the jobs; finished() follows, also when there are none. Online jobs without a
    /// declared User-Agent fail at once (SecNoUserAgent) without a request.
    void start(const QList<SecUpdateJob> &jobs);
    /// Stops: the request under way is aborted, the jobs not done are dropped, finished() follows.
    void cancel();
    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; }
    const QList<SecUpdateJob> &jobs() const { return m_jobs; }
    const std::vector<SecCompanyResult> &results() const { return m_results; }
    /// The number of HTTP requests made (retries included).
    int requestCount() const { return m_requests; }

    /// Runs `jobs` to the end in a local event loop (the command line).
    static std::vector<SecCompanyResult> runBlocking(const SecOnlineSettings &settings, const QList<SecUpdateJob> &jobs,
                                                     const std::function<void(const QString &)> &report = {});

signals:
    /// Job `index` has begun.
    void jobStarted(int index);
    /// Job `index` waits before trying again: `text` says why and for how long.
    void jobWaiting(int index, const QString &text);
    /// Job `index` is done: `message` is what came of it, in words.
    void jobFinished(int index, bool ok, const QString &message);
    void finished();

private:
    void next();
    void chooseProxy();
    void request();
    void replied();
    void timedOut();
    void finishJob(Result<SecCompanyFacts> facts);
    QString url() const;

    SecOnlineSettings m_settings;
    QNetworkAccessManager *m_network;
    QTimer *m_silence;  ///< the timeout: restarted by every byte that arrives
    QTimer *m_wait;     ///< the wait before a request (the rate limit, a retry's back-off)
    QPointer<QNetworkReply> m_reply;
    QList<SecUpdateJob> m_jobs;
    std::vector<SecCompanyResult> m_results;
    QElapsedTimer m_sinceLastRequest;
    int m_current = -1;
    int m_attempt = 0;
    int m_requests = 0;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_timedOut = false;
    bool m_proxyChosen = false;
};

/// A job's outcome in words: "12 figures, FY2015 – FY2026 Q1" or the error.
QString secResultText(const SecCompanyResult &result);

} // namespace capex::ui

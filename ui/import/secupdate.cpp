#include "secupdate.h"

#include "errortext.h"
#include "settings.h"
#include "translation.h"
#include "valuetext.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>
#include <QUrl>

#include <algorithm>

namespace capex::ui {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("capex::ui", text); }

/// The longest wait a server's Retry-After may ask for before the update gives up waiting.
constexpr int maxRetryAfterMs = 60000;

QString companyName(qint64 cik, const Dataset &store)
{
    if (const SecCompany *known = secCompanyByCik(cik))
        if (const Entity *e = store.entity(known->entity))
            return tr("%1 (CIK %2)").arg(localized(e->nameEn, e->nameZh)).arg(cik);
    return tr("CIK %1").arg(cik);
}

} // namespace

SecOnlineSettings SecOnlineSettings::remembered()
{
    SecOnlineSettings s;
    s.userAgent = Settings::value(SettingKey::SecUserAgent).toString().trimmed();
    if (s.userAgent.isEmpty())
        s.userAgent = qEnvironmentVariable("CAPEXLENS_SEC_USER_AGENT").trimmed();
    s.baseUrl = Settings::value(SettingKey::SecBaseUrl).toString().trimmed();
    if (s.baseUrl.isEmpty())
        s.baseUrl = defaultBaseUrl();
    s.timeoutMs = std::max(1, Settings::value(SettingKey::SecTimeoutMs).toInt());
    s.retryDelayMs = std::max(0, Settings::value(SettingKey::SecRetryDelayMs).toInt());
    return s;
}

bool SecOnlineSettings::isDeclaredUserAgent(const QString &userAgent)
{
    // "Name name@example.com": an address with a domain, and something besides it.
    static const QRegularExpression email(QStringLiteral(R"([^\s@<>()]+@[^\s@<>()]+\.[A-Za-z]{2,})"));
    const QString trimmed = userAgent.trimmed();
    const QRegularExpressionMatch match = email.match(trimmed);
    return match.hasMatch() && trimmed.size() > match.capturedLength() + 1;
}

QList<SecUpdateJob> secTableJobs(const Dataset &store)
{
    QList<SecUpdateJob> jobs;
    for (const SecCompany &c : secCompanies())
        jobs.append(secOnlineJob(c.cik, store));
    return jobs;
}

SecUpdateJob secOnlineJob(qint64 cik, const Dataset &store)
{
    SecUpdateJob job;
    job.cik = cik;
    job.name = companyName(cik, store);
    return job;
}

SecUpdateJob secFileJob(const QString &path)
{
    SecUpdateJob job;
    job.file = path;
    job.cik = secCikFromFileName(QFileInfo(path).fileName().toStdString());
    job.name = QFileInfo(path).fileName();
    return job;
}

QString secResultText(const SecCompanyResult &result)
{
    if (!result.facts.ok())
        return errorText(result.facts.error());
    const SecCompanyFacts &facts = result.facts.value();
    const int count = static_cast<int>(facts.records.size());
    return QCoreApplication::translate("capex::ui", "%n figure(s), %1 to %2", nullptr, count)
        .arg(periodText(facts.records.front().period), periodText(facts.records.back().period));
}

SecUpdateRunner::SecUpdateRunner(const SecOnlineSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_network(new QNetworkAccessManager(this))
    , m_silence(new QTimer(this))
    , m_wait(new QTimer(this))
{
    m_silence->setSingleShot(true);
    m_wait->setSingleShot(true);
    connect(m_silence, &QTimer::timeout, this, &SecUpdateRunner::timedOut);
    connect(m_wait, &QTimer::timeout, this, &SecUpdateRunner::request);
}

void SecUpdateRunner::chooseProxy()
{
    // The system's proxy (http_proxy, the desktop's settings) for SEC and its mirrors; none for a
    // server on this machine. Asked once, before the first request.
    m_proxyChosen = true;
    const QUrl base(m_settings.baseUrl);
    const QHostAddress host(base.host());
    if (base.host() == QLatin1String("localhost") || (!host.isNull() && host.isLoopback())) {
        m_network->setProxy(QNetworkProxy::NoProxy);
        return;
    }
    const QList<QNetworkProxy> proxies = QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(base));
    if (!proxies.isEmpty())
        m_network->setProxy(proxies.constFirst());
}

SecUpdateRunner::~SecUpdateRunner()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void SecUpdateRunner::start(const QList<SecUpdateJob> &jobs)
{
    m_jobs = jobs;
    m_results.clear();
    m_current = -1;
    m_running = true;
    m_cancelled = false;
    QMetaObject::invokeMethod(this, &SecUpdateRunner::next, Qt::QueuedConnection);
}

void SecUpdateRunner::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_wait->stop();
    m_silence->stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    m_running = false;
    emit finished();
}

void SecUpdateRunner::next()
{
    if (m_cancelled)
        return;
    ++m_current;
    if (m_current >= m_jobs.size()) {
        m_running = false;
        emit finished();
        return;
    }
    const SecUpdateJob &job = m_jobs.at(m_current);
    m_results.push_back({job.name.toStdString(), Error{ErrorCode::SecNoCapexFacts, {}, 0, 0, {}, {}}});
    emit jobStarted(m_current);
    if (!job.online()) {
        QFile file(job.file);
        if (!file.open(QIODevice::ReadOnly)) {
            finishJob(Error{ErrorCode::FileUnreadable, job.name.toStdString(), 0, 0, {}, {}});
            return;
        }
        const QByteArray bytes = file.readAll();
        finishJob(readSecCompanyFacts(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())),
                                      job.name.toStdString(), job.cik));
        return;
    }
    if (!SecOnlineSettings::isDeclaredUserAgent(m_settings.userAgent)) {
        finishJob(Error{ErrorCode::SecNoUserAgent, job.name.toStdString(), 0, 0, {}, m_settings.userAgent.toStdString()});
        return;
    }
    m_attempt = 0;
    request();
}

QString SecUpdateRunner::url() const
{
    QString base = m_settings.baseUrl;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base + QString::fromStdString(secCompanyFactsPath(m_jobs.at(m_current).cik));
}

void SecUpdateRunner::request()
{
    if (m_cancelled || m_current < 0 || m_current >= m_jobs.size())
        return;
    // Ten requests a second at most, counted from the start of the last one, retries included.
    if (m_sinceLastRequest.isValid() && m_sinceLastRequest.elapsed() < m_settings.minIntervalMs) {
        m_wait->start(static_cast<int>(m_settings.minIntervalMs - m_sinceLastRequest.elapsed()));
        return;
    }
    if (!m_proxyChosen)
        chooseProxy();
    QNetworkRequest request{QUrl(url())};
    request.setHeader(QNetworkRequest::UserAgentHeader, m_settings.userAgent);
    request.setRawHeader("Accept", "application/json");
    m_sinceLastRequest.start();
    ++m_attempt;
    ++m_requests;
    m_timedOut = false;
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::finished, this, &SecUpdateRunner::replied);
    // The timeout counts silence: a large file that keeps arriving is not cut off.
    connect(m_reply, &QNetworkReply::downloadProgress, m_silence, [this] { m_silence->start(m_settings.timeoutMs); });
    m_silence->start(m_settings.timeoutMs);
}

void SecUpdateRunner::timedOut()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort(); // finished() follows
}

void SecUpdateRunner::replied()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    m_silence->stop();
    if (!reply)
        return;
    reply->deleteLater();
    const std::string name = m_jobs.at(m_current).name.toStdString();
    const std::string address = url().toStdString();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_timedOut) {
        finishJob(Error{ErrorCode::SecTimeout, name, 0, 0, address,
                        QString::number(m_settings.timeoutMs / 1000.0, 'g', 3).toStdString()});
        return;
    }
    if (status == 0) { // no answer at all: no network, name not resolved, connection refused
        finishJob(Error{ErrorCode::SecNetwork, name, 0, 0, address, reply->errorString().toStdString()});
        return;
    }
    if (status == 429 || status >= 500) {
        if (m_attempt <= m_settings.retries) {
            int waitMs = m_settings.retryDelayMs << (m_attempt - 1);
            bool seconds = false;
            const int retryAfter = QString::fromLatin1(reply->rawHeader("Retry-After")).trimmed().toInt(&seconds);
            if (seconds && retryAfter >= 0)
                waitMs = std::max(waitMs, std::min(retryAfter * 1000, maxRetryAfterMs));
            waitMs = std::max(waitMs, m_settings.minIntervalMs);
            emit jobWaiting(m_current, tr("HTTP %1: trying again in %2 s (attempt %3 of %4)")
                                           .arg(status)
                                           .arg(QString::number(waitMs / 1000.0, 'g', 3))
                                           .arg(m_attempt + 1)
                                           .arg(m_settings.retries + 1));
            m_wait->start(waitMs);
            return;
        }
    }
    if (status != 200) {
        finishJob(Error{ErrorCode::SecHttpStatus, name, 0, 0, address, std::to_string(status)});
        return;
    }
    const QByteArray bytes = reply->readAll();
    finishJob(readSecCompanyFacts(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())), name,
                                  m_jobs.at(m_current).cik));
}

void SecUpdateRunner::finishJob(Result<SecCompanyFacts> facts)
{
    SecCompanyResult &result = m_results.back();
    result.facts = std::move(facts);
    emit jobFinished(m_current, result.facts.ok(), secResultText(result));
    QMetaObject::invokeMethod(this, &SecUpdateRunner::next, Qt::QueuedConnection);
}

std::vector<SecCompanyResult> SecUpdateRunner::runBlocking(const SecOnlineSettings &settings,
                                                           const QList<SecUpdateJob> &jobs,
                                                           const std::function<void(const QString &)> &report)
{
    SecUpdateRunner runner(settings);
    QEventLoop loop;
    connect(&runner, &SecUpdateRunner::finished, &loop, &QEventLoop::quit);
    if (report) {
        connect(&runner, &SecUpdateRunner::jobWaiting, &loop,
                [&](int index, const QString &text) { report(runner.jobs().at(index).name + QStringLiteral(": ") + text); });
        connect(&runner, &SecUpdateRunner::jobFinished, &loop, [&](int index, bool, const QString &text) {
            const QString name = runner.jobs().at(index).name;
            report(text.startsWith(name) ? text : name + QStringLiteral(": ") + text);
        });
    }
    runner.start(jobs);
    loop.exec();
    return runner.results();
}

} // namespace capex::ui

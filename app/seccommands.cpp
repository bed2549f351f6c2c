#include "seccommands.h"

#include "clicommands.h"
#include "datastore.h"
#include "errortext.h"
#include "importcommands.h"
#include "secupdate.h"
#include "settings.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QUrl>

namespace capex::app {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("capex::app", text); }

} // namespace

int dataUpdateSec(const CommandLine &cl)
{
    if (cl.words.size() != 3)
        return usageError(tr("data update sec takes no file: name files with --from FILE"));
    QList<ui::SecUpdateJob> jobs;
    QList<qint64> named; // CIKs given online, to be fetched once each
    for (const auto &[option, value] : cl.given) {
        if (option == QLatin1String("ticker")) {
            const SecCompany *company = secCompanyByTicker(value.trimmed().toStdString());
            if (!company) {
                QStringList known;
                for (const SecCompany &c : secCompanies())
                    known << QString::fromStdString(c.ticker);
                return usageError(tr("unknown ticker “%1” (known: %2); name any other company with --cik N")
                                      .arg(value, known.join(QStringLiteral(", "))));
            }
            named << company->cik;
        } else if (option == QLatin1String("cik")) {
            bool ok = false;
            const qint64 cik = value.trimmed().toLongLong(&ok);
            if (!ok || cik <= 0 || cik > 9999999999LL)
                return usageError(tr("--cik takes SEC's Central Index Key, a number of up to ten digits, not “%1”").arg(value));
            named << cik;
        } else if (option == QLatin1String("from")) {
            jobs.append(ui::secFileJob(value));
        }
    }
    QString baseUrl = cl.value(QStringLiteral("base-url"));
    if (cl.has(QStringLiteral("base-url"))) {
        const QUrl url(baseUrl);
        if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
            || url.host().isEmpty())
            return usageError(tr("--base-url takes an http or https address such as https://data.sec.gov, not “%1”")
                                  .arg(baseUrl));
    }

    ui::DataStore store;
    if (!openStore(cl, store))
        return ExitFailure;
    if (!store.notice().isEmpty())
        printError(store.notice());
    QList<ui::SecUpdateJob> online;
    if (named.isEmpty() && jobs.isEmpty())
        online = ui::secTableJobs(store.snapshot());
    for (qint64 cik : std::as_const(named)) {
        const bool again = std::any_of(online.cbegin(), online.cend(),
                                       [cik](const ui::SecUpdateJob &job) { return job.cik == cik; });
        if (!again)
            online.append(ui::secOnlineJob(cik, store.snapshot()));
    }
    jobs = online + jobs;

    ui::SecOnlineSettings settings = ui::SecOnlineSettings::remembered();
    if (!baseUrl.isEmpty())
        settings.baseUrl = baseUrl;
    // --user-agent, else the environment, else what the window remembered.
    if (cl.has(QStringLiteral("user-agent")))
        settings.userAgent = cl.value(QStringLiteral("user-agent")).trimmed();
    else if (!qEnvironmentVariableIsEmpty("CAPEXLENS_SEC_USER_AGENT"))
        settings.userAgent = qEnvironmentVariable("CAPEXLENS_SEC_USER_AGENT").trimmed();
    if (!online.isEmpty() && !ui::SecOnlineSettings::isDeclaredUserAgent(settings.userAgent))
        return usageError(ui::errorText(Error{ErrorCode::SecNoUserAgent, {}, 0, 0, {}, settings.userAgent.toStdString()}));

    QTextStream err(stderr);
    const std::vector<SecCompanyResult> results
        = ui::SecUpdateRunner::runBlocking(settings, jobs, [&err](const QString &line) { err << line << Qt::endl; });
    const ImportPlan plan = planSecUpdate(results, store.snapshot());
    QTextStream out(stdout);
    printPlan(out, plan);
    out.flush();
    if (!plan.acceptable()) {
        const int failed = static_cast<int>(plan.rejected.size());
        printError(QCoreApplication::translate("capex::app", "nothing was written, as %n of the companies could not be read",
                                               nullptr, failed));
        return ExitFailure;
    }
    if (cl.has(QStringLiteral("dry-run"))) {
        out << tr("Dry run: nothing was written.") << Qt::endl;
        return ExitSuccess;
    }
    const int adds = plan.count(ImportAction::Add);
    const int updates = plan.count(ImportAction::Update);
    if (adds + updates == 0) {
        out << tr("Nothing to write: the database already holds every figure of these filings.") << Qt::endl;
        return ExitSuccess;
    }
    if (store.isReadOnly()) {
        printError(store.notice());
        return ExitFailure;
    }
    ImportOutcome outcome;
    if (!store.applyImport(plan, &outcome)) {
        printError(store.errorMessage());
        return ExitFailure;
    }
    out << tr("Written: %1 added, %2 updated, %3 unchanged.").arg(outcome.added).arg(outcome.updated).arg(outcome.unchanged)
        << '\n'
        << tr("Backup of the database before the update: %1").arg(QString::fromStdString(outcome.backup.string()))
        << Qt::endl;
    return ExitSuccess;
}

} // namespace capex::app

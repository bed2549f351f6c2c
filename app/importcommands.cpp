#include "importcommands.h"

#include "clicommands.h"
#include "datastore.h"
#include "errortext.h"
#include "observationexport.h"
#include "observationimport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include <optional>

namespace capex::app {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("capex::app", text); }

/// How many rejected and updated rows are listed before "… and N more".
constexpr std::size_t listLimit = 50;

QString number(const std::optional<double> &value)
{
    return value ? QString::fromStdString(formatExactNumber(*value)) : QStringLiteral("—");
}

/// "1e9" or "115e9–135e9": what a row says, compactly and exactly.
QString figure(const Observation &o)
{
    if (o.value)
        return number(o.value);
    return number(o.low) + QStringLiteral("–") + number(o.high);
}

QString describeRow(const Observation &o)
{
    return QStringLiteral("%1 %2 %3 %4").arg(QString::fromStdString(o.entity), QString::fromStdString(o.metric),
                                             QString::fromStdString(o.period.toString()), QString::fromUtf8(kindName(o.kind)));
}

} // namespace

void printPlan(QTextStream &out, const ImportPlan &plan)
{
    const bool filings = plan.format == "sec";
    QString format = plan.format == "json" ? QStringLiteral("JSON") : QStringLiteral("CSV");
    if (plan.format == "xlsx")
        format = tr("Excel workbook, sheet “%1”").arg(QString::fromStdString(plan.sheet));
    if (plan.format == "csv")
        format += QStringLiteral(", ") + QString::fromUtf8(encodingName(plan.encoding)) + QStringLiteral(", ")
            + (plan.delimiter == '\t' ? tr("tab-separated") : tr("separated by “%1”").arg(QLatin1Char(plan.delimiter)));
    if (filings)
        out << tr("SEC filings (EDGAR XBRL company facts): %1").arg(QString::fromStdString(plan.file)) << '\n';
    else
        out << QString::fromStdString(plan.file) << QStringLiteral(" (") << format << QStringLiteral(")\n");
    // Counted first: lupdate 6.4 never returns from a translate() whose count argument
    // holds a qualified name such as ImportAction::Add.
    const int adds = plan.count(ImportAction::Add);
    const int updates = plan.count(ImportAction::Update);
    const int unchanged = plan.count(ImportAction::Unchanged);
    const int rejected = static_cast<int>(plan.rejected.size());
    out << QStringLiteral("  ") << QCoreApplication::translate("capex::app", "%n to add", nullptr, adds) << QStringLiteral(", ")
        << QCoreApplication::translate("capex::app", "%n to update", nullptr, updates) << QStringLiteral(", ")
        << QCoreApplication::translate("capex::app", "%n unchanged", nullptr, unchanged) << QStringLiteral(", ")
        << QCoreApplication::translate("capex::app", "%n rejected", nullptr, rejected) << '\n';
    for (const Entity &e : plan.newEntities)
        out << QStringLiteral("  ")
            << tr("new entity %1: %2").arg(QString::fromStdString(e.id), QString::fromStdString(e.nameEn)) << '\n';
    for (const Source &s : plan.newSources)
        out << QStringLiteral("  ")
            << tr("new source %1: %2, “%3”")
                   .arg(QString::fromStdString(s.id), QString::fromStdString(s.publisher),
                        QString::fromStdString(s.title))
            << '\n';
    if (!plan.ignoredColumns.empty()) {
        QStringList names;
        for (const std::string &c : plan.ignoredColumns)
            names << QString::fromStdString(c);
        out << QStringLiteral("  ") << tr("ignored columns: %1").arg(names.join(QStringLiteral(", "))) << '\n';
    }
    std::size_t listed = 0;
    if (updates > 0)
        out << tr("Updates:") << '\n';
    for (const PlannedObservation &row : plan.rows) {
        if (row.action != ImportAction::Update)
            continue;
        if (listed++ == listLimit)
            break;
        if (filings)
            out << QStringLiteral("  ")
                << tr("%1: %2 → %3")
                       .arg(describeRow(plan.observation(row)), figure(*plan.stored(row)), figure(plan.observation(row)))
                << '\n';
        else
            out << QStringLiteral("  ") << tr("line %1: %2: %3 → %4")
                                                 .arg(row.line)
                                                 .arg(describeRow(plan.observation(row)), figure(*plan.stored(row)),
                                                      figure(plan.observation(row)))
                << '\n';
    }
    if (listed > listLimit)
        out << QStringLiteral("  ") << QCoreApplication::translate("capex::app", "… and %n more", nullptr, updates - static_cast<int>(listLimit)) << '\n';
    if (!plan.rejected.empty())
        out << tr("Rejected:") << '\n';
    for (std::size_t i = 0; i < plan.rejected.size() && i < listLimit; ++i)
        out << QStringLiteral("  ") << ui::errorText(plan.rejected[i].error) << '\n';
    if (plan.rejected.size() > listLimit)
        out << QStringLiteral("  ") << QCoreApplication::translate("capex::app", "… and %n more", nullptr, rejected - static_cast<int>(listLimit)) << '\n';
}

int dataImport(const CommandLine &cl)
{
    QTextStream err(stderr);
    auto usage = [&](const QString &message) {
        err << QStringLiteral("capexlens: ") << message << Qt::endl << tr("Try 'capexlens --help'.") << Qt::endl;
        return ExitUsage;
    };
    if (cl.words.size() != 3)
        return usage(tr("data import takes exactly one file"));
    const QString path = cl.words.at(2);
    const QString sheet = cl.value(QStringLiteral("sheet"));
    if (cl.has(QStringLiteral("sheet")) && sheet.isEmpty())
        return usage(tr("--sheet needs the name of a worksheet"));

    ui::DataStore store;
    if (!store.open(ui::DataStore::resolvePath(cl.value(QStringLiteral("db"))))) {
        err << QStringLiteral("capexlens: ") << store.errorMessage() << Qt::endl;
        return ExitFailure;
    }
    if (!store.notice().isEmpty())
        err << QStringLiteral("capexlens: ") << store.notice() << Qt::endl;
    if (!QFileInfo(path).isFile()) {
        err << QStringLiteral("capexlens: ")
            << ui::errorText(Error{ErrorCode::FileUnreadable, path.toStdString(), 0, 0, {}, {}}) << Qt::endl;
        return ExitFailure;
    }
    // Without --dry-run, on a store that can be written, the rows are written while the
    // file's later rows are still being checked: the same plan, output and outcome, with
    // the check off the write's critical path. Only a clean file is committed.
    const bool dryRun = cl.has(QStringLiteral("dry-run"));
    std::optional<ImportOutcome> written;
    Result<ImportPlan> plan = ImportPlan{};
    if (!dryRun && !store.isReadOnly()) {
        auto checked = store.importChecked(path, sheet, false); // the command ends here: no snapshot read back
        if (checked.ok()) {
            written = checked->outcome;
            plan = std::move(checked->plan);
        } else {
            plan = checked.error();
        }
    } else {
        plan = store.planImport(path, sheet);
    }
    if (!plan.ok()) {
        err << QStringLiteral("capexlens: ") << ui::errorText(plan.error()) << Qt::endl;
        return ExitFailure;
    }
    QTextStream out(stdout);
    printPlan(out, plan.value());
    out.flush();
    if (!plan->acceptable()) {
        err << QStringLiteral("capexlens: ")
            << ui::errorText(Error{ErrorCode::ImportRejected, {}, 0, 0, {}, std::to_string(plan->rejected.size())})
            << Qt::endl;
        return ExitFailure;
    }
    if (dryRun) {
        out << tr("Dry run: nothing was written.") << Qt::endl;
        return ExitSuccess;
    }
    if (store.isReadOnly()) {
        err << QStringLiteral("capexlens: ") << store.notice() << Qt::endl;
        return ExitFailure;
    }
    ImportOutcome outcome;
    if (written)
        outcome = *written;
    else if (!store.applyImport(plan.value(), &outcome)) {
        err << QStringLiteral("capexlens: ") << store.errorMessage() << Qt::endl;
        return ExitFailure;
    }
    out << tr("Imported: %1 added, %2 updated, %3 unchanged.").arg(outcome.added).arg(outcome.updated).arg(outcome.unchanged)
        << '\n'
        << tr("Backup of the database before the import: %1").arg(QString::fromStdString(outcome.backup.string()))
        << Qt::endl;
    return ExitSuccess;
}

} // namespace capex::app

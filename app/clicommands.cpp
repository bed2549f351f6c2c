#include "clicommands.h"

#include "datastore.h"
#include "observationexport.h"
#include "savefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>

namespace capex::app {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("capex::app", text); }

void printError(const QString &message)
{
    QTextStream(stderr) << QStringLiteral("capexlens: ") << message << Qt::endl;
}

int usageError(const QString &message)
{
    printError(message);
    QTextStream(stderr) << tr("Try 'capexlens --help'.") << Qt::endl;
    return ExitUsage;
}

/// Writes to --out through QSaveFile, or to stdout when there is none.
int writeOutput(const CommandLine &cl, const QByteArray &bytes)
{
    const QString out = cl.value(QStringLiteral("out"));
    if (out.isEmpty() || out == QLatin1String("-")) {
        std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stdout);
        std::fflush(stdout);
        return ExitSuccess;
    }
    if (const QString error = ui::saveFile(out, bytes); !error.isEmpty()) {
        printError(error);
        return ExitFailure;
    }
    QTextStream(stderr) << tr("Wrote %1").arg(out) << Qt::endl;
    return ExitSuccess;
}

bool openStore(const CommandLine &cl, ui::DataStore &store)
{
    if (store.open(ui::DataStore::resolvePath(cl.value(QStringLiteral("db")))))
        return true;
    printError(store.errorMessage());
    return false;
}

int dataExport(const CommandLine &cl)
{
    const QString format = cl.value(QStringLiteral("format"), QStringLiteral("json"));
    if (format != QLatin1String("json") && format != QLatin1String("csv"))
        return usageError(tr("--format must be json or csv, not “%1”").arg(format));
    ui::DataStore store;
    if (!openStore(cl, store))
        return ExitFailure;
    const ObservationExport exporter(store.snapshot());
    const std::string text = format == QLatin1String("csv") ? exporter.toCsv() : exporter.toJson();
    return writeOutput(cl, QByteArray::fromStdString(text));
}

} // namespace

QString helpText()
{
    return tr("Usage: capexlens [--db PATH] [--lang zh|en] [COMMAND]\n"
              "\n"
              "Capex Lens: hyperscaler capex, GPU fleets, cost curves and the Jevons paradox, with sources.\n"
              "Without a command, opens the dashboard.\n"
              "\n"
              "Commands:\n"
              "  data export [--format json|csv] [--out FILE]   every observation with its source\n"
              "\n"
              "Options:\n"
              "  --db PATH        the database (default: $CAPEXLENS_DB, else ~/.local/share/CapexLens/capexlens.db)\n"
              "  --lang zh|en     the language of the interface and of the output\n"
              "  --help           this text\n"
              "  --version        the program's and the dataset's versions\n"
              "\n"
              "Exit status: 0 success, 1 failure, 2 usage error.\n");
}

int runCommand(const CommandLine &cl)
{
    const QStringList &w = cl.words;
    if (w.size() == 2 && w.at(0) == QLatin1String("data") && w.at(1) == QLatin1String("export"))
        return dataExport(cl);
    return usageError(tr("unknown command “%1”").arg(w.join(QLatin1Char(' '))));
}

} // namespace capex::app

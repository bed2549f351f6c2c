// capexlens: the dashboard, or a command-line command when one is given.
#include "clicommands.h"
#include "commandline.h"
#include "datasetreader.h"
#include "datastore.h"
#include "mainwindow.h"
#include "settings.h"
#include "translation.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QTextStream>

#include <cstdlib>
#include <unistd.h>
#include <memory>

using namespace capex;

namespace {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CapexLens"));
    QCoreApplication::setApplicationName(QStringLiteral("CapexLens"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CAPEXLENS_VERSION));
}

/// --lang, else the remembered choice, else the system's language.
bool applyLanguage(const app::CommandLine &cl)
{
    std::optional<Language> language;
    if (cl.has(QStringLiteral("lang"))) {
        language = ui::Translation::parse(cl.value(QStringLiteral("lang")));
        if (!language)
            return false;
    }
    if (!language)
        language = ui::Translation::parse(ui::Settings::value(ui::SettingKey::Language).toString());
    ui::Translation::instance().setLanguage(language.value_or(ui::Translation::systemDefault()));
    return true;
}

bool hasDisplay()
{
    const char *platform = std::getenv("QT_QPA_PLATFORM");
    if (platform && *platform)
        return true; // offscreen, vnc, …: the user chose
    const char *x11 = std::getenv("DISPLAY");
    const char *wayland = std::getenv("WAYLAND_DISPLAY");
    return (x11 && *x11) || (wayland && *wayland);
}

int runDashboard(int argc, char **argv, const app::CommandLine &cl)
{
    QApplication application(argc, argv);
    setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Capex Lens"));
    applyLanguage(cl);
    ui::DataStore store;
    if (!store.open(ui::DataStore::resolvePath(cl.value(QStringLiteral("db"))))) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Capex Lens"), store.errorMessage());
        return app::ExitFailure;
    }
    ui::MainWindow window(store);
    window.show();
    return QApplication::exec();
}

} // namespace

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    app::CommandLine cl = app::CommandLine::parse(arguments);

    const bool dashboard = cl.error.isEmpty() && cl.words.isEmpty() && !cl.has(QStringLiteral("help"))
        && !cl.has(QStringLiteral("version"));
    if (dashboard && hasDisplay())
        return runDashboard(argc, argv, cl);

    // Everything else runs without a display: charts and reports render offscreen.
    if (!hasDisplay()) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) { // keeps QStandardPaths from warning on every run
            const QString runtime = QDir::tempPath() + QStringLiteral("/capexlens-runtime-%1").arg(getuid());
            QDir().mkpath(runtime);
            QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            qputenv("XDG_RUNTIME_DIR", runtime.toLocal8Bit());
        }
    }
    QApplication application(argc, argv);
    setApplicationIdentity();
    QTextStream err(stderr);
    if (!applyLanguage(cl)) {
        err << QCoreApplication::translate("main", "capexlens: --lang must be zh or en, not “%1”")
                   .arg(cl.value(QStringLiteral("lang")))
            << Qt::endl;
        return app::ExitUsage;
    }
    cl = app::CommandLine::parse(arguments); // again, so that its messages are in the chosen language
    if (!cl.error.isEmpty()) {
        err << QStringLiteral("capexlens: ") << cl.error << Qt::endl
            << QCoreApplication::translate("main", "Try 'capexlens --help'.") << Qt::endl;
        return app::ExitUsage;
    }
    if (cl.has(QStringLiteral("help"))) {
        QTextStream(stdout) << app::helpText();
        return app::ExitSuccess;
    }
    if (cl.has(QStringLiteral("version"))) {
        auto bundled = DatasetReader::read(bundledDatasetFiles());
        QTextStream(stdout) << QStringLiteral("capexlens %1\n").arg(QStringLiteral(CAPEXLENS_VERSION))
                            << QCoreApplication::translate("main", "dataset version %1 (%2)\n")
                                   .arg(bundled.ok() ? bundled->version : 0)
                                   .arg(bundled.ok() ? QString::fromStdString(bundled->released) : QString());
        return app::ExitSuccess;
    }
    if (dashboard) {
        err << QCoreApplication::translate("main",
                                           "capexlens: no display to open the dashboard on; "
                                           "use a command such as 'capexlens data export' instead.")
            << Qt::endl;
        return app::ExitFailure;
    }
    return app::runCommand(cl);
}

// capexlens: the dashboard, or a command-line command when one is given.
#include "clicommands.h"
#include "commandline.h"
#include "datasetreader.h"
#include "datastore.h"
#include "dashboardpage.h"
#include "mainwindow.h"
#include "montecarlorunner.h"
#include "settings.h"
#include "translation.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <unistd.h>

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

/// Milliseconds since the kernel started this process (fork, exec and the loading of every
/// library included), in steps of the kernel's clock tick (10 ms).
double millisecondsSinceProcessStart()
{
    std::ifstream stat("/proc/self/stat");
    std::string text((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
    // Fields after the command name, which is in parentheses and may hold spaces.
    std::istringstream fields(text.substr(text.rfind(')') + 2));
    std::string field;
    for (int i = 3; i < 22 && fields >> field; ++i) { }
    unsigned long long startTicks = 0;
    fields >> startTicks;
    timespec now {};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double ticks = static_cast<double>(sysconf(_SC_CLK_TCK));
    return (static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9
               - static_cast<double>(startTicks) / ticks)
        * 1000.0;
}

/// VmHWM of /proc/self/status: the peak resident set size so far, in kB.
long peakResidentKilobytes()
{
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);)
        if (line.rfind("VmHWM:", 0) == 0)
            return std::stol(line.substr(6));
    return -1;
}

/// --exit-after-paint: the dashboard quits right after its first paint and prints on stdout
/// `first_paint_ms=N`, the time since the process started, so that start-up can be timed from
/// outside. With --visit-all-pages it first shows every page in turn (waiting for the Monte
/// Carlo of the Uncertainty page) and adds `all_pages_ms=N` and `peak_rss_kb=N` (VmHWM).
class FirstPaintExit : public QObject
{
public:
    FirstPaintExit(ui::MainWindow &window, bool visitAllPages)
        : QObject(&window)
        , m_window(window)
        , m_visitAll(visitAllPages)
    {
        window.installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == &m_window && event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            // Queued: the window's children paint in the same pass, after this event.
            QTimer::singleShot(0, this, [this] {
                QTextStream(stdout)
                    << QStringLiteral("first_paint_ms=%1").arg(millisecondsSinceProcessStart(), 0, 'f', 1) << Qt::endl;
                if (m_visitAll)
                    visitPage(0);
                else
                    QCoreApplication::exit(app::ExitSuccess);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void visitPage(int index)
    {
        const QList<ui::DashboardPage *> &pages = m_window.pages();
        if (index == pages.size()) {
            QTextStream(stdout) << QStringLiteral("all_pages_ms=%1\npeak_rss_kb=%2")
                                       .arg(millisecondsSinceProcessStart(), 0, 'f', 1)
                                       .arg(peakResidentKilobytes())
                                << Qt::endl;
            QCoreApplication::exit(app::ExitSuccess);
            return;
        }
        ui::DashboardPage *page = pages.at(index);
        m_window.showPage(page->pageId());
        waitForPage(page, index);
    }

    /// Paints the page once its background work (a Monte Carlo run) is done, then goes on.
    void waitForPage(ui::DashboardPage *page, int index)
    {
        const auto runners = page->findChildren<ui::MonteCarloRunner *>();
        for (const ui::MonteCarloRunner *runner : runners)
            if (runner->isRunning()) {
                QTimer::singleShot(10, this, [this, page, index] { waitForPage(page, index); });
                return;
            }
        m_window.repaint();
        QTimer::singleShot(0, this, [this, index] { visitPage(index + 1); });
    }

    ui::MainWindow &m_window;
    bool m_visitAll;
    bool m_painted = false;
};

/// Ends a command-line run: its command has written and closed its output and closed the
/// database. What would be left is Qt's teardown (platform plugin, fonts and their caches,
/// the thread pool) and the static destructors, milliseconds of a chart export that give
/// nothing back: the system reclaims the memory at once. Text written through stdio or a
/// QTextStream on it is flushed first. Built with AddressSanitizer it returns, and the
/// process ends as usual, so that LeakSanitizer still checks every command.
void exitWithoutTeardown(int status)
{
#if !defined(__SANITIZE_ADDRESS__)
    std::fflush(nullptr);
    std::_Exit(status);
#else
    Q_UNUSED(status);
#endif
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
    if (cl.has(QStringLiteral("exit-after-paint")))
        new FirstPaintExit(window, cl.has(QStringLiteral("visit-all-pages"))); // owned by the window
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
    const int status = app::runCommand(cl);
    exitWithoutTeardown(status);
    return status;
}

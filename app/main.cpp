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
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
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
#include <utility>
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

/// A session without $XDG_RUNTIME_DIR (a login over ssh, a container, su) makes Qt warn on
/// stderr at every start; the program then uses a private folder of its own, as Qt would.
void ensureRuntimeDirectory()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QString runtime = QDir::tempPath() + QStringLiteral("/capexlens-runtime-%1").arg(getuid());
    QDir().mkpath(runtime);
    QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", runtime.toLocal8Bit());
}

/// `capexlens FILE.capexlens.json` (what a file manager runs on a double-click, through the
/// desktop entry's `Exec=capexlens %f`): the dashboard with that scenario open. Any JSON
/// file that is the only word counts; commands are never named *.json.
QString scenarioArgument(const app::CommandLine &cl)
{
    if (cl.words.size() == 1 && cl.words.first().endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return cl.words.first();
    return {};
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

/// The CPU time this thread has used, in milliseconds.
double threadCpuMilliseconds()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

/// --exit-after-paint: the dashboard quits right after its first paint and prints on stdout
/// `first_paint_ms=N`, the time since the process started, so that start-up can be timed from
/// outside. With --visit-all-pages it first shows every page in turn (waiting for the Monte
/// Carlo of the Uncertainty page), printing `page_ms.ID=N` for each (from showing it to its
/// repaint with its data: a page is filled when first shown), and adds `all_pages_ms=N` and
/// `peak_rss_kb=N` (VmHWM). Before that, `load_stall_max_ms=N`: the longest the window did not
/// answer between its first paint and the figures on screen (a timer that should fire every
/// 5 ms, its longest gap), what a user clicking while a large store loads would feel; and
/// `load_stall_reading_ms=N`, the longest gap while the store was still being read, when the
/// window had nothing to do (the floor the machine sets), and `load_stall_filling_ms=N`, the
/// longest after the figures arrived, while the page on screen filled with them;
/// `load_busy_filling_ms=N`, of those gaps the most CPU time the window's thread used in one
/// (its own work, without the time the machine gave other threads and processes); and
/// `load_step_max_ms=N`, the longest of the steps that filled it (the window's own work in
/// one turn, without the paint that follows it).
/// With --screenshot FILE.png it shows one page (--page ID, else the one the window opened
/// on), waits for its background work, writes the whole window as a PNG and quits: the
/// README's and the metainfo's pictures are made this way (scripts/screenshots).
class FirstPaintExit : public QObject
{
public:
    struct Mode {
        bool visitAllPages = false;
        QString screenshot; ///< a PNG to write, or empty
        QString page;       ///< the page to show for the screenshot, or empty
    };

    FirstPaintExit(ui::MainWindow &window, ui::DataStore &store, Mode mode)
        : QObject(&window)
        , m_window(window)
        , m_store(store)
        , m_mode(std::move(mode))
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
                if (!m_mode.screenshot.isEmpty()) {
                    takeScreenshot();
                    return;
                }
                QTextStream(stdout)
                    << QStringLiteral("first_paint_ms=%1").arg(millisecondsSinceProcessStart(), 0, 'f', 1) << Qt::endl;
                if (m_mode.visitAllPages) {
                    auto *heartbeat = new QTimer(this);
                    heartbeat->setInterval(5);
                    m_sinceBeat.start();
                    m_cpuAtBeat = threadCpuMilliseconds();
                    connect(heartbeat, &QTimer::timeout, this, [this] {
                        const double gap = m_sinceBeat.nsecsElapsed() / 1e6;
                        const double cpu = threadCpuMilliseconds();
                        const double busy = cpu - m_cpuAtBeat;
                        m_cpuAtBeat = cpu;
                        m_longestStall = std::max(m_longestStall, gap);
                        // While the store is read on its thread the GUI thread has nothing
                        // to do: its longest gap then is the machine's, not the window's.
                        if (m_store.isLoading())
                            m_longestWhileReading = std::max(m_longestWhileReading, gap);
                        else {
                            m_longestWhileFilling = std::max(m_longestWhileFilling, gap);
                            m_longestBusyFilling = std::max(m_longestBusyFilling, busy);
                        }
                        m_sinceBeat.start();
                    });
                    heartbeat->start();
                    whenLoaded([this, heartbeat] {
                        // The figures have arrived and the page on screen is filled and painted.
                        heartbeat->stop();
                        m_longestStall = std::max(m_longestStall, m_sinceBeat.nsecsElapsed() / 1e6);
                        m_longestBusyFilling = std::max(m_longestBusyFilling, threadCpuMilliseconds() - m_cpuAtBeat);
                        QTextStream(stdout) << QStringLiteral("loaded_ms=%1").arg(millisecondsSinceProcessStart(), 0, 'f', 1)
                                            << Qt::endl
                                            << QStringLiteral("load_stall_max_ms=%1").arg(m_longestStall, 0, 'f', 1)
                                            << Qt::endl
                                            << QStringLiteral("load_stall_reading_ms=%1").arg(m_longestWhileReading, 0, 'f', 1)
                                            << Qt::endl
                                            << QStringLiteral("load_stall_filling_ms=%1")
                                                   .arg(std::max(m_longestWhileFilling, m_sinceBeat.nsecsElapsed() / 1e6), 0, 'f', 1)
                                            << Qt::endl
                                            << QStringLiteral("load_busy_filling_ms=%1").arg(m_longestBusyFilling, 0, 'f', 1)
                                            << Qt::endl
                                            << QStringLiteral("load_step_max_ms=%1").arg(m_window.longestFillStepMs(), 0, 'f', 1)
                                            << Qt::endl;
                        visitPage(0);
                    });
                }
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
        // From the click to the page painted with its data (and its Monte Carlo landed).
        m_pageTimer.start();
        m_window.showPage(page->pageId());
        whenIdle(page, [this, index, page] {
            QTextStream(stdout) << QStringLiteral("page_ms.%1=%2").arg(page->pageId()).arg(m_pageTimer.nsecsElapsed() / 1e6, 0, 'f', 1)
                                << Qt::endl;
            visitPage(index + 1);
        });
    }

    /// Calls `next` once the store's figures have arrived and the window is repainted with them.
    template<typename Next>
    void whenLoaded(Next next)
    {
        if (m_store.isLoading() || m_window.isFilling()) {
            QTimer::singleShot(10, this, [this, next] { whenLoaded(next); });
            return;
        }
        // The window repaints what the figures changed as its event loop goes on: two turns
        // of it. (A forced repaint() of every widget here added a whole window's paint that no
        // user waits for to the longest stall measured.)
        QTimer::singleShot(0, this, [this, next] { QTimer::singleShot(0, this, next); });
    }

    void takeScreenshot()
    {
        if (m_store.isLoading() || m_window.isFilling()) {
            QTimer::singleShot(10, this, [this] { takeScreenshot(); });
            return;
        }
        ui::DashboardPage *shown = nullptr;
        for (ui::DashboardPage *page : m_window.pages())
            if (m_mode.page.isEmpty() ? page->isVisible() : page->pageId() == m_mode.page)
                shown = page;
        if (!shown) {
            QStringList ids;
            for (const ui::DashboardPage *page : m_window.pages())
                ids << page->pageId();
            QTextStream(stderr) << QCoreApplication::translate("main", "capexlens: no page “%1”; the pages are: %2")
                                       .arg(m_mode.page, ids.join(QStringLiteral(", ")))
                                << Qt::endl;
            QCoreApplication::exit(app::ExitUsage);
            return;
        }
        m_window.showPage(shown->pageId());
        whenIdle(shown, [this] {
            if (m_window.grab().save(m_mode.screenshot, "PNG")) {
                QCoreApplication::exit(app::ExitSuccess);
                return;
            }
            QTextStream(stderr) << QCoreApplication::translate("main", "capexlens: could not write %1")
                                       .arg(QDir::toNativeSeparators(m_mode.screenshot))
                                << Qt::endl;
            QCoreApplication::exit(app::ExitFailure);
        });
    }

    /// Paints the page once its background work (a Monte Carlo run) is done, then calls `next`.
    template<typename Next>
    void whenIdle(ui::DashboardPage *page, Next next)
    {
        const auto runners = page->findChildren<ui::MonteCarloRunner *>();
        for (const ui::MonteCarloRunner *runner : runners)
            if (runner->isRunning()) {
                QTimer::singleShot(10, this, [this, page, next] { whenIdle(page, next); });
                return;
            }
        // Charts lay themselves out again when a first layout changed their titles (a unit
        // moved beside or under a chart's title): let those posted layouts run first.
        for (int round = 0; round < 4; ++round)
            QCoreApplication::sendPostedEvents();
        m_window.repaint();
        QTimer::singleShot(0, this, next);
    }

    ui::MainWindow &m_window;
    ui::DataStore &m_store;
    Mode m_mode;
    bool m_painted = false;
    QElapsedTimer m_pageTimer;
    QElapsedTimer m_sinceBeat; ///< since the heartbeat last fired, while the store loads
    double m_longestStall = 0;
    double m_longestWhileReading = 0;
    double m_longestWhileFilling = 0;
    double m_cpuAtBeat = 0;          ///< the GUI thread's CPU time when the heartbeat last fired
    double m_longestBusyFilling = 0; ///< the most CPU time the GUI thread spent between two beats
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

/// The offscreen platform (the test modes, scripts/screenshots) warns each time a window's
/// minimum size changes that it cannot pass that on; it has no window manager to tell, so
/// the warning says nothing to the user. Every other message goes where it went.
QtMessageHandler g_previousHandler = nullptr;
void dropOffscreenSizeHintWarning(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message == QLatin1String("This plugin does not support propagateSizeHints()"))
        return;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

int runDashboard(int argc, char **argv, const app::CommandLine &cl)
{
    g_previousHandler = qInstallMessageHandler(dropOffscreenSizeHintWarning);
    QApplication application(argc, argv);
    setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Capex Lens"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.capexlens.CapexLens")); // resources/*.desktop
    QApplication::setWindowIcon(ui::MainWindow::applicationIcon());
    applyLanguage(cl);
    ui::DataStore store;
    // The window shows at once; a large store's figures arrive a moment later (loaded), and
    // the page on screen fills then.
    store.openInBackground(ui::DataStore::resolvePath(cl.value(QStringLiteral("db"))));
    ui::MainWindow window(store);
    QObject::connect(&store, &ui::DataStore::loaded, &window, [&store](bool ok) {
        if (ok)
            return;
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Capex Lens"), store.errorMessage());
        QCoreApplication::exit(app::ExitFailure);
    });
    if (cl.has(QStringLiteral("exit-after-paint")) || cl.has(QStringLiteral("screenshot"))) {
        FirstPaintExit::Mode mode {cl.has(QStringLiteral("visit-all-pages")), cl.value(QStringLiteral("screenshot")),
                                   cl.value(QStringLiteral("page"))};
        new FirstPaintExit(window, store, std::move(mode)); // owned by the window
    }
    if (cl.has(QStringLiteral("window-size"))) {
        const QStringList size = cl.value(QStringLiteral("window-size")).split(QLatin1Char('x'));
        const int width = size.value(0).toInt();
        const int height = size.value(1).toInt();
        if (size.size() != 2 || width < 200 || height < 200) {
            QTextStream(stderr) << QCoreApplication::translate("main", "capexlens: --window-size must be WIDTHxHEIGHT, "
                                                                       "e.g. 1366x768, not “%1”")
                                       .arg(cl.value(QStringLiteral("window-size")))
                                << Qt::endl;
            return app::ExitUsage;
        }
        window.resize(width, height);
    }
    window.show();
    // A scenario given on the command line opens once the figures it runs on are there.
    if (const QString scenario = scenarioArgument(cl); !scenario.isEmpty())
        QObject::connect(
            &store, &ui::DataStore::loaded, &window,
            [&window, path = QFileInfo(scenario).absoluteFilePath()](bool ok) {
                if (ok)
                    window.openScenario(path);
            },
            Qt::SingleShotConnection);
    return QApplication::exec();
}

} // namespace

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    app::CommandLine cl = app::CommandLine::parse(arguments);

    ensureRuntimeDirectory();
    const bool dashboard = cl.error.isEmpty() && (cl.words.isEmpty() || !scenarioArgument(cl).isEmpty())
        && !cl.has(QStringLiteral("help")) && !cl.has(QStringLiteral("version"));
    if (dashboard && hasDisplay())
        return runDashboard(argc, argv, cl);

    // Everything else runs without a display: charts and reports render offscreen.
    if (!hasDisplay())
        qputenv("QT_QPA_PLATFORM", "offscreen");
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

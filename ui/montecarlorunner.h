#pragma once

#include "montecarlo.h"
#include "parameters.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <stop_token>
#include <thread>

namespace capex::ui {

/// Runs the Monte Carlo off the GUI thread. Starting while a run is going cancels it and
/// starts the new one as soon as the old one has stopped, so moving a slider restarts
/// the simulation instead of freezing anything.
///
/// Runs go to one worker thread kept for the runner's life. A thread made for each run
/// (QThread::create) started half a millisecond after it was asked, at the median, and up
/// to 4 ms: Qt gives every QThread its own event dispatcher before running it, and a
/// slider step on the Uncertainty page waits for its run.
class MonteCarloRunner : public QObject
{
    Q_OBJECT

public:
    explicit MonteCarloRunner(QObject *parent = nullptr);
    ~MonteCarloRunner() override;

    /// How much of the machine a run may take. `Normal`: every core. `Background`: one core
    /// fewer (backgroundThreads()), for the runs a slider drag starts at every step — the GUI
    /// thread redraws every chart meanwhile, and a run thread queued behind it would hold the
    /// whole run up, as a run ends with its slowest thread. (Not a lower priority: on a busy
    /// machine, SCHED_IDLE threads got no core at all and the fans froze for the whole drag.)
    enum class Share { Normal, Background };

    /// Threads a `Background` run uses: one fewer than the machine's cores, at least one.
    static int backgroundThreads();

    void start(const ModelParameters &parameters, const QStringList &uncertain, int runs, quint64 seed,
               Share share = Share::Normal);
    void cancel();
    bool isRunning() const { return m_running; }
    /// A run waits for the one under way to stop (start() was called again).
    bool hasPending() const { return m_pending.has_value(); }
    /// Runs the event loop until the current run (and any queued restart) is done; for tests.
    void wait();

signals:
    void progress(double fraction);
    void finished(const capex::MonteCarloResult &result);
    void failed(const QString &message);
    void cancelled();
    /// The last run has stopped and none waits to start: isRunning() is false from here on.
    /// (finished, failed and cancelled arrive just before it.)
    void idle();

private:
    struct Job
    {
        ModelParameters parameters;
        MonteCarloOptions options;
        std::shared_ptr<std::atomic<bool>> cancel;
    };
    void launch(Job job);
    /// On the worker thread: takes each job handed over and posts its outcome back.
    void work(const std::stop_token &stop);
    /// On the GUI thread, once a run's outcome has been delivered.
    void runDone();

    bool m_running = false;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::optional<Job> m_pending;

    std::mutex m_handoverMutex;
    std::condition_variable_any m_handoverReady;
    std::optional<Job> m_handover; ///< the job the worker takes next (under m_handoverMutex)
    std::jthread m_worker;         ///< started on the first run; last member, so stopped first
};

} // namespace capex::ui

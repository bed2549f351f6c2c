#include "montecarlorunner.h"

#include "errortext.h"

#include <QCoreApplication>
#include <QThread>

#include <algorithm>

namespace capex::ui {

MonteCarloRunner::MonteCarloRunner(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<capex::MonteCarloResult>("capex::MonteCarloResult");
}

MonteCarloRunner::~MonteCarloRunner()
{
    m_pending.reset();
    cancel();
    // Stops the worker and waits for it (a run under way ends at its next check of the
    // cancel flag). What it posts afterwards is dropped with this object.
    if (m_worker.joinable()) {
        m_worker.request_stop();
        m_worker.join();
    }
}

void MonteCarloRunner::start(const ModelParameters &parameters, const QStringList &uncertain, int runs, quint64 seed,
                             Share share)
{
    Job job{parameters, {}, std::make_shared<std::atomic<bool>>(false)};
    job.options.runs = runs;
    job.options.seed = seed;
    job.options.threads = share == Share::Background ? backgroundThreads() : 0;
    job.options.uncertain.clear();
    for (const QString &name : uncertain)
        job.options.uncertain.push_back(name.toStdString());
    if (m_running) {
        m_pending = std::move(job);
        cancel();
        return;
    }
    launch(std::move(job));
}

void MonteCarloRunner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

int MonteCarloRunner::backgroundThreads()
{
    return std::max(1, QThread::idealThreadCount() - 1);
}

void MonteCarloRunner::launch(Job job)
{
    m_running = true;
    m_cancel = job.cancel;
    job.options.cancel = job.cancel.get();
    job.options.progress = [this](double fraction) {
        QMetaObject::invokeMethod(this, [this, fraction] { emit progress(fraction); }, Qt::QueuedConnection);
    };
    if (!m_worker.joinable())
        m_worker = std::jthread([this](const std::stop_token &stop) { work(stop); });
    {
        const std::scoped_lock lock(m_handoverMutex);
        m_handover = std::move(job);
    }
    m_handoverReady.notify_one();
}

void MonteCarloRunner::work(const std::stop_token &stop)
{
    for (;;) {
        std::optional<Job> job;
        {
            std::unique_lock lock(m_handoverMutex);
            if (!m_handoverReady.wait(lock, stop, [this] { return m_handover.has_value(); }))
                return; // stop requested
            job = std::move(m_handover);
            m_handover.reset();
        }
        auto result = MonteCarlo::run(job->parameters, job->options);
        // Posted to this object: dropped, not run, if the runner is destroyed first.
        QMetaObject::invokeMethod(this, [this, result = std::move(result)] {
            if (!result.ok())
                emit failed(errorText(result.error()));
            else if (result->cancelled)
                emit cancelled();
            else
                emit finished(result.value());
            runDone();
        }, Qt::QueuedConnection);
    }
}

void MonteCarloRunner::runDone()
{
    m_running = false;
    if (m_pending) {
        Job next = std::move(*m_pending);
        m_pending.reset();
        launch(std::move(next));
    } else {
        emit idle();
    }
}

void MonteCarloRunner::wait()
{
    while (m_running)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

} // namespace capex::ui

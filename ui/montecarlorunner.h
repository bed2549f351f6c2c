#pragma once

#include "montecarlo.h"
#include "parameters.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>

class QThread;

namespace capex::ui {

/// Runs the Monte Carlo off the GUI thread. Starting while a run is going cancels it and
/// starts the new one as soon as the old one has stopped, so moving a slider restarts
/// the simulation instead of freezing anything.
class MonteCarloRunner : public QObject
{
    Q_OBJECT

public:
    explicit MonteCarloRunner(QObject *parent = nullptr);
    ~MonteCarloRunner() override;

    void start(const ModelParameters &parameters, const QStringList &uncertain, int runs, quint64 seed);
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }
    /// Blocks until the current run (and any queued restart) is done; for tests and shutdown.
    void wait();

signals:
    void progress(double fraction);
    void finished(const capex::MonteCarloResult &result);
    void failed(const QString &message);
    void cancelled();

private:
    struct Job
    {
        ModelParameters parameters;
        MonteCarloOptions options;
    };
    void launch(Job job);
    void threadDone();

    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::optional<Job> m_pending;
};

} // namespace capex::ui

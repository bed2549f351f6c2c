#include "montecarlorunner.h"

#include "errortext.h"

#include <QCoreApplication>
#include <QPointer>
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
    if (m_thread) {
        m_thread->wait();
        delete m_thread; // its finished() would have scheduled deleteLater on this runner
    }
}

void MonteCarloRunner::start(const ModelParameters &parameters, const QStringList &uncertain, int runs, quint64 seed,
                             Share share)
{
    Job job{parameters, {}, share};
    job.options.runs = runs;
    job.options.seed = seed;
    job.options.uncertain.clear();
    for (const QString &name : uncertain)
        job.options.uncertain.push_back(name.toStdString());
    if (m_thread) {
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

void MonteCarloRunner::launch(Job job)
{
    if (job.share == Share::Background)
        job.options.threads = backgroundThreads();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    auto cancelFlag = m_cancel;
    QPointer<MonteCarloRunner> self(this);
    job.options.cancel = cancelFlag.get();
    job.options.progress = [self](double fraction) {
        if (self)
            QMetaObject::invokeMethod(self, [self, fraction] { if (self) emit self->progress(fraction); }, Qt::QueuedConnection);
    };
    m_thread = QThread::create([self, cancelFlag, job = std::move(job)] {
        auto result = MonteCarlo::run(job.parameters, job.options);
        if (!self)
            return;
        QMetaObject::invokeMethod(self, [self, result = std::move(result)] {
            if (!self)
                return;
            if (!result.ok())
                emit self->failed(errorText(result.error()));
            else if (result->cancelled)
                emit self->cancelled();
            else
                emit self->finished(result.value());
        }, Qt::QueuedConnection);
    });
    connect(m_thread, &QThread::finished, this, &MonteCarloRunner::threadDone);
    m_thread->start();
}

int MonteCarloRunner::backgroundThreads()
{
    return std::max(1, QThread::idealThreadCount() - 1);
}

void MonteCarloRunner::threadDone()
{
    m_thread->deleteLater();
    m_thread = nullptr;
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
    while (m_thread) {
        m_thread->wait();
        QCoreApplication::sendPostedEvents(this);
        QCoreApplication::processEvents();
    }
    QCoreApplication::sendPostedEvents(this);
}

} // namespace capex::ui

#include "dataedits.h"

#include "datastore.h"
#include "errortext.h"
#include "translation.h"
#include "valuetext.h"

#include <memory>
#include <QUndoCommand>
#include <QUndoStack>

namespace capex::ui {

/// One edit: how to do it and how to take it back, both through the store.
class DataEditCommand : public QUndoCommand
{
public:
    DataEditCommand(
        DataEdits &edits, const QString &text, std::function<Status()> apply, std::function<Status()> revert)
        : QUndoCommand(text)
        , m_edits(edits)
        , m_apply(std::move(apply))
        , m_revert(std::move(revert))
    { }

    void redo() override
    {
        // DataEdits applied the change before pushing it; the stack's first redo() is a no-op.
        if (m_applied) {
            m_applied = false;
            return;
        }
        run(m_apply);
    }
    void undo() override { run(m_revert); }

private:
    void run(const std::function<Status()> &step)
    {
        if (Status status = step(); !status) {
            m_edits.reportFailure(status.error());
            setObsolete(true); // the stack drops a step it cannot take
        }
    }

    DataEdits &m_edits;
    std::function<Status()> m_apply, m_revert;
    bool m_applied = true;
};

DataEdits::DataEdits(DataStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_undo(new QUndoStack(this))
{ }

bool DataEdits::push(const QString &text, std::function<Status()> apply, std::function<Status()> revert)
{
    m_lastError.clear();
    if (Status status = apply(); !status) {
        m_lastError = errorText(status.error());
        return false;
    }
    m_undo->push(new DataEditCommand(*this, text, std::move(apply), std::move(revert)));
    return true;
}

void DataEdits::reportFailure(const Error &error)
{
    m_lastError = errorText(error);
    emit failed(m_lastError);
}

QString DataEdits::describe(const Observation &o) const
{
    const Dataset &d = m_store.snapshot();
    const Entity *entity = d.entity(o.entity);
    const Metric *metric = d.metric(o.metric);
    return QStringLiteral("%1 · %2 · %3")
        .arg(entity ? localized(entity->nameEn, entity->nameZh) : QString::fromStdString(o.entity),
            metric ? localized(metric->nameEn, metric->nameZh) : QString::fromStdString(o.metric),
            periodText(o.period));
}

QString DataEdits::describe(const Source &s) const
{
    return QStringLiteral("%1: %2").arg(QString::fromStdString(s.publisher), QString::fromStdString(s.title));
}

bool DataEdits::addObservation(const Observation &observation)
{
    auto added = std::make_shared<Observation>(observation);
    added->rowId = 0;
    auto apply = [this, added]() -> Status {
        auto id = m_store.addObservation(*added);
        if (!id.ok())
            return id.error();
        added->rowId = id.value(); // a redo re-inserts under the same id
        m_lastAdded = id.value();
        return {};
    };
    auto revert = [this, added] { return m_store.discardObservation(added->rowId); };
    return push(tr("Add %1").arg(describe(observation)), apply, revert);
}

bool DataEdits::editObservation(const Observation &before, const Observation &after)
{
    auto historyId = std::make_shared<std::int64_t>(0);
    auto apply = [this, after, historyId]() -> Status {
        auto history = m_store.updateObservation(after);
        if (!history.ok())
            return history.error();
        *historyId = history.value();
        return {};
    };
    auto revert = [this, before, historyId] { return m_store.restoreObservation(before, *historyId); };
    return push(tr("Edit %1").arg(describe(before)), apply, revert);
}

bool DataEdits::deleteObservation(const Observation &observation)
{
    auto historyId = std::make_shared<std::int64_t>(0);
    auto apply = [this, rowId = observation.rowId, historyId]() -> Status {
        auto history = m_store.deleteObservation(rowId);
        if (!history.ok())
            return history.error();
        *historyId = history.value();
        return {};
    };
    auto revert = [this, observation, historyId] { return m_store.restoreObservation(observation, *historyId); };
    return push(tr("Delete %1").arg(describe(observation)), apply, revert);
}

bool DataEdits::addSource(const Source &source)
{
    auto added = std::make_shared<Source>(source);
    auto apply = [this, added]() -> Status {
        auto id = m_store.addSource(*added);
        if (!id.ok())
            return id.error();
        added->id = id.value(); // a redo re-creates the same id
        m_lastAddedSource = id.value();
        return {};
    };
    auto revert = [this, added] { return m_store.deleteSource(added->id); };
    return push(tr("Add source %1").arg(describe(source)), apply, revert);
}

bool DataEdits::editSource(const Source &before, const Source &after)
{
    auto apply = [this, after] { return m_store.updateSource(after); };
    auto revert = [this, before] { return m_store.restoreSource(before); };
    return push(tr("Edit source %1").arg(describe(before)), apply, revert);
}

bool DataEdits::deleteSource(const Source &source)
{
    auto apply = [this, id = source.id] { return m_store.deleteSource(id); };
    auto revert = [this, source] { return m_store.restoreSource(source); };
    return push(tr("Delete source %1").arg(describe(source)), apply, revert);
}

} // namespace capex::ui

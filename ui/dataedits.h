#pragma once

#include "dataset.h"
#include "result.h"

#include <functional>
#include <QObject>
#include <QString>

class QUndoStack;

namespace capex::ui {

class DataStore;

/// The user's edits of observations and sources, each one undoable step on a stack of its
/// own (the Edit menu follows it while the Data or Sources page is shown). A command
/// writes through the store at once; one whose write fails is not pushed, and the reason
/// is in lastError(). Undo of an addition deletes the record, of a deletion re-inserts the
/// same record (same id and uid), of an edit restores the old values; the history entry
/// the change wrote goes with it.
class DataEdits : public QObject
{
    Q_OBJECT

public:
    explicit DataEdits(DataStore &store, QObject *parent = nullptr);

    QUndoStack *undoStack() const { return m_undo; }

    /// Each returns false when the store refused the change (lastError() says why).
    bool addObservation(const Observation &observation);
    bool editObservation(const Observation &before, const Observation &after);
    bool deleteObservation(const Observation &observation);
    bool addSource(const Source &source);
    bool editSource(const Source &before, const Source &after);
    bool deleteSource(const Source &source);

    /// The row id the last addObservation() gave the new record.
    std::int64_t lastAddedObservation() const { return m_lastAdded; }
    /// The id the last addSource() gave the new source.
    std::string lastAddedSource() const { return m_lastAddedSource; }
    QString lastError() const { return m_lastError; }

signals:
    /// An undo or redo could not be written (another instance changed the record); the
    /// step has been dropped from the stack.
    void failed(const QString &message);

private:
    friend class DataEditCommand;
    /// Applies the change once and, when it succeeded, pushes it as `text`.
    bool push(const QString &text, std::function<Status()> apply, std::function<Status()> revert);
    void reportFailure(const Error &error);
    QString describe(const Observation &observation) const;
    QString describe(const Source &source) const;

    DataStore &m_store;
    QUndoStack *m_undo;
    QString m_lastError;
    std::int64_t m_lastAdded = 0;
    std::string m_lastAddedSource;
};

} // namespace capex::ui

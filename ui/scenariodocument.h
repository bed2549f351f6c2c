#pragma once

#include "dataset.h"
#include "modelresult.h"
#include "scenario.h"

#include <QObject>
#include <QString>
#include <QStringList>

class QUndoStack;

namespace capex::ui {

/// The scenario being edited: every model parameter, the company selection and the cost
/// curve, with its file, its undo history and the projection computed from it. Every
/// edit goes through the undo stack (a whole slider drag is one step); every change
/// recomputes the projection at once (a run takes microseconds) and emits changed().
class ScenarioDocument : public QObject
{
    Q_OBJECT

public:
    explicit ScenarioDocument(QObject *parent = nullptr);
    ~ScenarioDocument() override;

    /// Takes the data-derived inputs (last capex, guidance, fleet estimates) from `dataset`
    /// and starts a fresh base scenario. Clears the undo history.
    void setDataset(const Dataset &dataset);
    /// The same, with the model's part of `dataset` (ModelInputs::modelData) and its inputs
    /// made already (DataStore::modelData): the document refers to `modelData`, which must
    /// outlive it or the next setDataset(), and reads nothing of `dataset` itself.
    void setDataset(const Dataset &dataset, const Dataset &modelData, const ModelInputs &inputs);
    const Dataset *dataset() const { return m_dataset; }
    /// The part of dataset() the model reads (ModelInputs::modelData: capex and fleet figures
    /// of the companies the model offers), kept from setDataset(): what a chart that runs at
    /// every slider step looks its figures up in, a few thousand however large the store.
    const Dataset &modelData() const { return *m_modelData; }

    const Scenario &scenario() const { return m_scenario; }
    const ModelParameters &parameters() const { return m_scenario.parameters; }
    const ModelResult &result() const { return m_result; }
    QUndoStack *undoStack() const { return m_undo; }

    /// Undoable edits. `dragId` > 0 merges consecutive changes of one parameter with the
    /// same id into one undo step (a slider drag); 0 makes each change its own step.
    /// Returns false (and changes nothing) when the value is outside the domain.
    bool setParameter(const QString &name, double value, int dragId = 0);
    void resetParameter(const QString &name);
    void resetAll();
    void setCostCurve(const QString &presetId);
    /// `fleet_source`: "epoch" or "lesswrong"; empty follows t0 again.
    void setFleetSource(const QString &id);
    /// "Data as of" (YYYY-MM-DD; empty: everything), saved with the scenario. The window hands
    /// it to the DataStore (asOfChanged), whose filtered snapshot comes back through setDataset().
    void setAsOf(const QString &date);
    QString asOf() const { return QString::fromStdString(m_scenario.asOf); }
    /// After load(): the older scenario schema the file was migrated from, else 0.
    int migratedFrom() const { return m_scenario.migratedFrom; }
    void setCompanies(const QStringList &companyIds);
    /// Replaces everything with a built-in preset ("base", "deepseek_moment", …).
    void applyPreset(const QString &presetId);
    void setNameAndNote(const QString &name, const QString &note);

    /// The parameters the Monte Carlo draws (the specification's defaults at start).
    const QStringList &uncertain() const { return m_uncertain; }
    void setUncertain(const QString &name, bool uncertain);

    /// A slider was pressed: returns a fresh drag id for its changes and tells the charts
    /// that steps follow at the pointer's pace until endDrag(). `parameter`: the slider's,
    /// so that a chart can lay itself out at once for the slider's whole range
    /// (dragParameter(); empty when not known).
    int beginDrag(const QString &parameter = {});
    /// The slider was released.
    void endDrag();
    bool isDragging() const { return m_dragging; }
    /// The parameter whose slider is being dragged; empty when none is, or not known.
    QString dragParameter() const { return m_dragParameter; }

    /// Files: on failure returns false and `error` says why, translated; the scenario is
    /// then untouched.
    bool load(const QString &path, QString *error);
    bool save(const QString &path, QString *error);
    QString filePath() const { return m_path; }
    /// The scenario's name, else the file's, else "Untitled".
    QString displayName() const;
    bool isModified() const;

    /// Replaces the whole scenario as one undoable step named `text`.
    void replaceScenario(const Scenario &scenario, const QString &text);

signals:
    /// setDataset() was given a new snapshot (possibly at the same address): anything built
    /// from the old one's records must be rebuilt. Emitted before changed().
    void datasetChanged();
    /// The parameters changed and result() holds the new projection.
    void changed();
    /// The file path, name or modified state changed.
    void fileStateChanged();
    /// The set of uncertain parameters changed.
    void uncertainChanged();
    /// A slider was pressed (true) or released (false).
    void dragChanged(bool dragging);
    /// The scenario's "data as of" date changed (set, undone, or a file loaded).
    void asOfChanged(const QString &date);

private:
    friend class ScenarioCommand;
    /// Applies a full state without touching the undo stack (used by the commands).
    void restore(const Scenario &scenario);
    void push(const Scenario &before, const QString &text, const QString &mergeKey, int dragId);
    void recompute();

    const Dataset *m_dataset = nullptr;
    const Dataset *m_modelData = &m_ownModelData; ///< the document's own or the store's
    Dataset m_ownModelData;
    Scenario m_scenario;
    ModelResult m_result;
    QUndoStack *m_undo;
    QString m_path;
    QStringList m_uncertain;
    int m_lastDragId = 0;
    bool m_dragging = false;
    QString m_dragParameter;
};

} // namespace capex::ui

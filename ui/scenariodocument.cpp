#include "scenariodocument.h"

#include "capexmodel.h"
#include "montecarlo.h"
#include "errortext.h"
#include "parametertext.h"
#include "savefile.h"
#include "translation.h"

#include <QFile>
#include <QFileInfo>
#include <QUndoCommand>
#include <QUndoStack>

namespace capex::ui {

/// One undoable change: the whole scenario before and after (a ModelParameters is a few
/// hundred bytes, so snapshots are simpler and safer than inverse operations).
class ScenarioCommand : public QUndoCommand
{
public:
    ScenarioCommand(ScenarioDocument &document, Scenario before, Scenario after, const QString &text,
                    QString mergeKey, int dragId)
        : QUndoCommand(text), m_document(document), m_before(std::move(before)), m_after(std::move(after)),
          m_mergeKey(std::move(mergeKey)), m_dragId(dragId)
    {
    }

    void undo() override { m_document.restore(m_before); }
    void redo() override
    {
        // The document applied the change before pushing it; the stack's first redo() is a no-op.
        if (m_applied) {
            m_applied = false;
            return;
        }
        m_document.restore(m_after);
    }
    int id() const override { return m_dragId > 0 ? 1 : -1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        auto *next = static_cast<const ScenarioCommand *>(other);
        if (next->m_dragId != m_dragId || next->m_mergeKey != m_mergeKey)
            return false;
        m_after = next->m_after;
        return true;
    }

private:
    ScenarioDocument &m_document;
    Scenario m_before, m_after;
    QString m_mergeKey;
    int m_dragId;
    bool m_applied = true;
};

ScenarioDocument::ScenarioDocument(QObject *parent) : QObject(parent), m_undo(new QUndoStack(this))
{
    for (const std::string &name : MonteCarlo::defaultUncertain())
        m_uncertain << QString::fromStdString(name);
    connect(m_undo, &QUndoStack::cleanChanged, this, &ScenarioDocument::fileStateChanged);
    recompute();
}

ScenarioDocument::~ScenarioDocument() = default;

void ScenarioDocument::setDataset(const Dataset &dataset)
{
    m_ownModelData = ModelInputs::modelData(dataset);
    setDataset(dataset, m_ownModelData, ModelInputs::fromDataset(m_ownModelData));
}

void ScenarioDocument::setDataset(const Dataset &dataset, const Dataset &modelData, const ModelInputs &inputs)
{
    const bool refresh = m_dataset != nullptr;
    m_dataset = &dataset;
    m_modelData = &modelData;
    if (m_modelData != &m_ownModelData)
        m_ownModelData = Dataset {};
    ModelParameters fresh(inputs);
    if (refresh) {
        // The figures changed under an open scenario (an edit, its undo, an import): the
        // defaults drawn from the data follow them, and everything the user set is kept,
        // with the scenario's name, note and file. A value the new data no longer allows
        // falls back to its default.
        const ModelParameters &previous = m_scenario.parameters;
        (void)fresh.setCostCurve(previous.costCurve());
        if (previous.isFleetSourceExplicit())
            (void)fresh.setFleetSource(fleetSourceId(previous.fleetSource()));
        (void)fresh.selectCompanies(previous.selectedCompanies());
        for (const ParameterSpec &spec : previous.specs())
            if (previous.isExplicit(spec.name))
                (void)fresh.set(spec.name, spec.value);
        m_scenario.parameters = std::move(fresh);
    } else {
        m_scenario = Scenario{};
        m_scenario.parameters = std::move(fresh);
        m_path.clear();
    }
    // The undo steps hold scenarios computed from the old figures: undoing one would bring
    // those back, so they go.
    m_undo->clear();
    emit datasetChanged();
    recompute();
    emit fileStateChanged();
}

void ScenarioDocument::restore(const Scenario &scenario)
{
    const bool asOfChanges = scenario.asOf != m_scenario.asOf;
    m_scenario = scenario;
    recompute();
    if (asOfChanges)
        emit asOfChanged(asOf());
}

void ScenarioDocument::recompute()
{
    CapexModel::run(m_scenario.parameters.values(), m_result);
    emit changed();
}

void ScenarioDocument::push(const Scenario &before, const QString &text, const QString &mergeKey, int dragId)
{
    recompute();
    m_undo->push(new ScenarioCommand(*this, before, m_scenario, text, mergeKey, dragId));
}

int ScenarioDocument::beginDrag(const QString &parameter)
{
    if (!m_dragging) {
        m_dragging = true;
        m_dragParameter = parameter;
        emit dragChanged(true);
    }
    return ++m_lastDragId;
}

void ScenarioDocument::endDrag()
{
    if (m_dragging) {
        m_dragging = false;
        m_dragParameter.clear();
        emit dragChanged(false);
    }
}

bool ScenarioDocument::setParameter(const QString &name, double value, int dragId)
{
    const std::string key = name.toStdString();
    if (m_scenario.parameters.get(key) == value)
        return true;
    Scenario before = m_scenario;
    if (!m_scenario.parameters.set(key, value).ok())
        return false;
    push(before, tr("Change %1").arg(parameterLabel(key, m_dataset)), name, dragId);
    return true;
}

void ScenarioDocument::resetParameter(const QString &name)
{
    Scenario before = m_scenario;
    if (!m_scenario.parameters.reset(name.toStdString()))
        return;
    push(before, tr("Reset %1").arg(parameterLabel(name.toStdString(), m_dataset)), {}, 0);
}

void ScenarioDocument::resetAll()
{
    Scenario before = m_scenario;
    m_scenario.parameters.resetAll();
    push(before, tr("Reset all assumptions"), {}, 0);
}

void ScenarioDocument::setCostCurve(const QString &presetId)
{
    if (QString::fromStdString(m_scenario.parameters.costCurve()) == presetId
        && !m_scenario.parameters.isExplicit("cost_decline"))
        return;
    Scenario before = m_scenario;
    if (!m_scenario.parameters.setCostCurve(presetId.toStdString()).ok())
        return;
    push(before, tr("Choose cost curve"), {}, 0);
}

void ScenarioDocument::setFleetSource(const QString &id)
{
    Scenario before = m_scenario;
    if (id.isEmpty())
        m_scenario.parameters.resetFleetSource();
    else if (!m_scenario.parameters.setFleetSource(id.toStdString()).ok())
        return;
    push(before, tr("Choose fleet estimates"), {}, 0);
}

void ScenarioDocument::setAsOf(const QString &date)
{
    if (date.toStdString() == m_scenario.asOf)
        return;
    Scenario before = m_scenario;
    m_scenario.asOf = date.toStdString();
    push(before, tr("Data as of"), {}, 0);
    emit asOfChanged(date);
}

void ScenarioDocument::setCompanies(const QStringList &companyIds)
{
    std::vector<std::string> ids;
    for (const QString &id : companyIds)
        ids.push_back(id.toStdString());
    if (ids == m_scenario.parameters.selectedCompanies())
        return;
    Scenario before = m_scenario;
    if (!m_scenario.parameters.selectCompanies(ids).ok())
        return;
    push(before, tr("Change company selection"), {}, 0);
}

void ScenarioDocument::applyPreset(const QString &presetId)
{
    auto preset = ScenarioFile::preset(presetId.toStdString(), m_scenario.parameters);
    if (!preset.ok())
        return;
    for (const ScenarioPreset &p : ScenarioFile::presets())
        if (p.id == presetId.toStdString())
            preset.value().name = localized(p.nameEn, p.nameZh).toStdString();
    replaceScenario(preset.value(), tr("Apply preset “%1”").arg(QString::fromStdString(preset.value().name)));
}

void ScenarioDocument::replaceScenario(const Scenario &scenario, const QString &text)
{
    Scenario before = m_scenario;
    m_scenario = scenario;
    push(before, text, {}, 0);
    emit fileStateChanged();
}

void ScenarioDocument::setNameAndNote(const QString &name, const QString &note)
{
    Scenario before = m_scenario;
    m_scenario.name = name.toStdString();
    m_scenario.note = note.toStdString();
    push(before, tr("Rename scenario"), {}, 0);
    emit fileStateChanged();
}

bool ScenarioDocument::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot open %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray bytes = file.readAll();
    auto loaded = ScenarioFile::load(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())),
                                     m_scenario.parameters);
    if (!loaded.ok()) {
        Error e = loaded.error();
        e.file = QFileInfo(path).fileName().toStdString();
        *error = errorText(e);
        return false;
    }
    const bool asOfChanges = loaded.value().asOf != m_scenario.asOf;
    m_scenario = loaded.value();
    recompute();
    m_undo->clear();
    m_path = path;
    emit fileStateChanged();
    if (asOfChanges)
        emit asOfChanged(asOf());
    return true;
}

bool ScenarioDocument::save(const QString &path, QString *error)
{
    Scenario toSave = m_scenario;
    if (toSave.name.empty())
        toSave.name = QFileInfo(path).completeBaseName().toStdString();
    const QString failure = saveFile(path, QByteArray::fromStdString(ScenarioFile::save(toSave)));
    if (!failure.isEmpty()) {
        *error = failure;
        return false;
    }
    m_scenario.name = toSave.name;
    m_path = path;
    m_undo->setClean();
    emit fileStateChanged();
    return true;
}

QString ScenarioDocument::displayName() const
{
    if (!m_scenario.name.empty())
        return QString::fromStdString(m_scenario.name);
    if (!m_path.isEmpty())
        return QFileInfo(m_path).completeBaseName();
    return tr("Base scenario");
}

void ScenarioDocument::setUncertain(const QString &name, bool uncertain)
{
    if (m_uncertain.contains(name) == uncertain)
        return;
    if (uncertain)
        m_uncertain << name;
    else
        m_uncertain.removeAll(name);
    emit uncertainChanged();
}

bool ScenarioDocument::isModified() const { return !m_undo->isClean(); }

} // namespace capex::ui

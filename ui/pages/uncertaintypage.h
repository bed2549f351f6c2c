#pragma once

#include "dashboardpage.h"
#include "montecarlo.h"

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTimer;

namespace capex::ui {

class ChartPanel;
class FanChart;
class MonteCarloRunner;
class ScenarioDocument;
class TornadoChart;

/// Uncertainty and sensitivity: Monte Carlo fan charts of spend, required fleet,
/// required AI capex and the plan-to-required ratio; a tornado chart for one output in
/// one year; goal seek. The simulation runs off the GUI thread and restarts when an
/// assumption moves.
class UncertaintyPage : public DashboardPage
{
    Q_OBJECT

public:
    UncertaintyPage(DataStore &store, ScenarioDocument &document, QWidget *parent = nullptr);
    ~UncertaintyPage() override;
    QString pageId() const override { return QStringLiteral("uncertainty"); }
    QString title() const override { return tr("Uncertainty"); }
    void refresh() override {}

    /// How long a run goes before its progress bar, Cancel and "Running…" show, in ms.
    static constexpr int busyDelay = 250;
    /// Runs at each step of a slider drag when more are chosen: a preview, redrawn within a
    /// frame (10,000 runs took 3 ms of a 5 ms step on a laptop's two cores); the chosen
    /// number runs again when the slider is let go.
    static constexpr int dragRuns = 2000;

    void runSimulation();
    MonteCarloRunner *runner() const { return m_runner; }
    QList<FanChart *> fanCharts() const { return m_fans; }
    TornadoChart *tornado() const { return m_tornado; }
    const std::optional<MonteCarloResult> &lastResult() const { return m_result; }
    QSpinBox *runsBox() const { return m_runs; }
    void openGoalSeek();

protected:
    void retranslateUi() override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void setRunning(bool running);
    /// "10,000 runs done", or that the result is a drag's preview.
    QString resultText() const;

    ScenarioDocument &m_document;
    MonteCarloRunner *m_runner;
    QList<FanChart *> m_fans;
    TornadoChart *m_tornado = nullptr;
    std::optional<MonteCarloResult> m_result;
    QSpinBox *m_runs, *m_seed, *m_year;
    QComboBox *m_output;
    QPushButton *m_run, *m_cancel, *m_goalSeek;
    QCheckBox *m_auto;
    QProgressBar *m_progress;
    QLabel *m_runsLabel, *m_seedLabel, *m_status, *m_outputLabel, *m_yearLabel;
    QTimer *m_busy; ///< shows the progress once runs have gone on for busyDelay without a result
    bool m_visible = false;
    bool m_stale = true;
    bool m_preview = false; ///< the last run started is a drag's preview (dragRuns)
};

} // namespace capex::ui

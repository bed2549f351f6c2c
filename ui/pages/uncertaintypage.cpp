#include "uncertaintypage.h"

#include "chartpanel.h"
#include "fanchart.h"
#include "goalseekdialog.h"
#include "montecarlorunner.h"
#include "scenariodocument.h"
#include "tornadochart.h"
#include "translation.h"
#include "wrappedlegend.h"

#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace capex::ui {

UncertaintyPage::UncertaintyPage(DataStore &store, ScenarioDocument &document, QWidget *parent)
    : DashboardPage(store, parent), m_document(document), m_runner(new MonteCarloRunner(this)),
      m_runs(new QSpinBox(this)), m_seed(new QSpinBox(this)),
      m_year(new QSpinBox(this)), m_output(new QComboBox(this)), m_run(new QPushButton(this)),
      m_cancel(new QPushButton(this)), m_goalSeek(new QPushButton(this)), m_auto(new QCheckBox(this)),
      m_progress(new QProgressBar(this)), m_runsLabel(new QLabel(this)), m_seedLabel(new QLabel(this)),
      m_status(new QLabel(this)), m_outputLabel(new QLabel(this)), m_yearLabel(new QLabel(this)),
      m_busy(new QTimer(this))
{
    setObjectName(QStringLiteral("uncertaintyPage"));
    // Connected before any chart is made, so that a change starts its run first: the run
    // then goes on another core while the tornado and the lines are redrawn.
    auto rerun = [this] {
        m_stale = true;
        if (m_visible && m_auto->isChecked())
            runSimulation();
    };
    connect(&document, &ScenarioDocument::changed, this, rerun);
    connect(&document, &ScenarioDocument::uncertainChanged, this, rerun);
    // A drag ran previews: the chosen number of runs once the slider is let go.
    connect(&document, &ScenarioDocument::dragChanged, this, [this](bool dragging) {
        if (!dragging && m_preview) {
            m_stale = true;
            if (m_visible && m_auto->isChecked())
                runSimulation();
        }
    });
    m_tornado = new TornadoChart(document);
    m_runs->setRange(MonteCarlo::minRuns, MonteCarlo::maxRuns);
    m_runs->setSingleStep(10000);
    m_runs->setValue(10000);
    m_runs->setGroupSeparatorShown(true);
    m_seed->setRange(0, 999999999);
    m_seed->setValue(1);
    m_runsLabel->setBuddy(m_runs);
    m_seedLabel->setBuddy(m_seed);
    m_auto->setChecked(true);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(200);
    // Shown only while a run is going, but its place is kept: a slider drag starts and
    // finishes a run on every step, and the row must not relay out the page each time.
    QSizePolicy keepPlace = m_progress->sizePolicy();
    keepPlace.setRetainSizeWhenHidden(true);
    m_progress->setSizePolicy(keepPlace);
    m_progress->hide();
    m_cancel->setEnabled(false);
    for (ModelOutput o : {ModelOutput::RequiredAiCapexUsd, ModelOutput::SpendIndex, ModelOutput::RequiredH100e,
                          ModelOutput::PlanToRequiredRatio})
        m_output->addItem(QString(), static_cast<int>(o));
    m_year->setRange(document.parameters().t0(), document.parameters().horizon());
    m_year->setValue(std::min(2030, document.parameters().horizon()));
    m_outputLabel->setBuddy(m_output);
    m_yearLabel->setBuddy(m_year);

    auto *controls = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{m_runsLabel, m_runs, m_seedLabel, m_seed, m_run, m_cancel,
                                                       m_progress})
        controls->addWidget(w);
    controls->addStretch(1);
    // The run's progress, the rerun switch and goal seek on a row of their own: one row was
    // wider than a laptop's screen leaves beside the Assumptions dock.
    auto *more = new QHBoxLayout;
    m_status->setWordWrap(true);
    more->addWidget(m_status, 1);
    more->addSpacing(12);
    more->addWidget(m_auto);
    more->addStretch(1);
    more->addWidget(m_goalSeek);

    auto *fans = new QGridLayout;
    const ModelOutput outputs[] = {ModelOutput::SpendIndex, ModelOutput::RequiredH100e,
                                   ModelOutput::RequiredAiCapexUsd, ModelOutput::PlanToRequiredRatio};
    for (int i = 0; i < 4; ++i) {
        auto *fan = new FanChart(document, outputs[i]);
        fan->setRunsFollowChanges(true); // the box below starts checked
        connect(m_auto, &QCheckBox::toggled, fan, &FanChart::setRunsFollowChanges);
        m_fans.append(fan);
        auto *panel = new ChartPanel(fan, this);
        if (panel->legend())
            panel->legend()->hide(); // one key under all four, below
        fans->addWidget(panel, i / 2, i % 2);
    }
    // The four fans have the same key: drawn once under them, it leaves each fan's plot the
    // three lines each of its own took (on a laptop, a third of the plot's height).
    auto *fanBox = new QWidget(this);
    fans->addWidget(new LegendView(m_fans.first(), fanBox), 2, 0, 1, 2);
    fanBox->setLayout(fans);
    auto *tornadoBox = new QWidget(this);
    auto *tornadoLayout = new QVBoxLayout(tornadoBox);
    // The output's name above its box, and the year below: the tornado's column is narrow
    // on a laptop, and beside its label the box was too narrow for the output's name.
    auto *tornadoControls = new QGridLayout;
    tornadoControls->addWidget(m_outputLabel, 0, 0, 1, 2);
    tornadoControls->addWidget(m_output, 1, 0, 1, 2);
    tornadoControls->addWidget(m_yearLabel, 2, 0);
    tornadoControls->addWidget(m_year, 2, 1, Qt::AlignLeft);
    tornadoControls->setColumnStretch(1, 1);
    tornadoLayout->addLayout(tornadoControls);
    tornadoLayout->addWidget(new ChartPanel(m_tornado, this), 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(fanBox);
    splitter->addWidget(tornadoBox);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 3);
    // The fans and the tornado share the width 5 : 3 from the start (taken as weights), not
    // as their size hints would have it: that left the tornado a sliver beside the fans.
    splitter->setSizes({5000, 3000});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addLayout(more);
    layout->addWidget(splitter, 1);

    connect(m_run, &QPushButton::clicked, this, &UncertaintyPage::runSimulation);
    connect(m_cancel, &QPushButton::clicked, m_runner, &MonteCarloRunner::cancel);
    connect(m_goalSeek, &QPushButton::clicked, this, &UncertaintyPage::openGoalSeek);
    connect(m_runner, &MonteCarloRunner::progress, this,
            [this](double fraction) { m_progress->setValue(static_cast<int>(fraction * 1000)); });
    connect(m_runner, &MonteCarloRunner::finished, this, [this](const MonteCarloResult &result) {
        // A result restarts the wait for the busy display: it stands for a wait of
        // busyDelay without one, not for a drag's chain of short runs going that long.
        if (m_runner->hasPending())
            m_busy->start();
        else
            m_busy->stop();
        m_result = result;
        for (FanChart *fan : m_fans)
            fan->setResult(result);
        m_status->setText(resultText());
    });
    connect(m_runner, &MonteCarloRunner::cancelled, this, [this] {
        if (!m_runner->hasPending())
            m_status->setText(tr("Cancelled"));
    });
    connect(m_runner, &MonteCarloRunner::idle, this, [this] { setRunning(false); });
    // A run shows its progress bar, Cancel and "Running…" only once it has taken a moment:
    // the runs a slider starts at every step last a few milliseconds, and flashing the bar
    // and the status each time laid the controls out twice a step.
    m_busy->setSingleShot(true);
    m_busy->setInterval(busyDelay);
    connect(m_busy, &QTimer::timeout, this, [this] {
        if (m_runner->isRunning()) {
            setRunning(true);
            m_status->setText(tr("Running…"));
        }
    });
    connect(m_runner, &MonteCarloRunner::failed, this, [this](const QString &message) {
        setRunning(false);
        m_status->setText(message);
    });
    auto retornado = [this] {
        m_tornado->setOutput(static_cast<ModelOutput>(m_output->currentData().toInt()), m_year->value());
    };
    connect(m_output, &QComboBox::currentIndexChanged, this, retornado);
    connect(m_year, &QSpinBox::valueChanged, this, retornado);
    m_tornado->setLive(false);
    retranslateUi();
}

UncertaintyPage::~UncertaintyPage()
{
    // The runner (a child) waits for its thread without running the event loop.
    m_runner->cancel();
}

void UncertaintyPage::runSimulation()
{
    m_stale = false;
    m_progress->setValue(0);
    if (!m_cancel->isEnabled() && !m_busy->isActive()) // not shown yet
        m_busy->start();
    const bool dragging = m_document.isDragging();
    const int chosen = m_runs->value();
    m_preview = dragging && chosen > dragRuns;
    m_runner->start(m_document.parameters(), m_document.uncertain(), m_preview ? dragRuns : chosen,
                    static_cast<quint64>(m_seed->value()),
                    dragging ? MonteCarloRunner::Share::Background : MonteCarloRunner::Share::Normal);
}

void UncertaintyPage::setRunning(bool running)
{
    if (!running)
        m_busy->stop();
    m_cancel->setEnabled(running);
    m_progress->setVisible(running);
}

QString UncertaintyPage::resultText() const
{
    if (!m_result)
        return {};
    const QLocale locale;
    if (m_preview && m_result->runs < m_runs->value())
        return tr("%1 runs while the slider moves").arg(locale.toString(m_result->runs));
    return tr("%1 runs done").arg(locale.toString(m_result->runs));
}

void UncertaintyPage::openGoalSeek()
{
    auto *dialog = new GoalSeekDialog(m_document, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void UncertaintyPage::showEvent(QShowEvent *event)
{
    m_visible = true;
    m_tornado->setLive(true);
    if (m_stale && m_auto->isChecked())
        runSimulation();
    DashboardPage::showEvent(event);
}

void UncertaintyPage::hideEvent(QHideEvent *event)
{
    m_visible = false;
    m_tornado->setLive(false);
    DashboardPage::hideEvent(event);
}

void UncertaintyPage::retranslateUi()
{
    m_runsLabel->setText(tr("&Runs:"));
    m_runs->setToolTip(tr("Monte Carlo runs, 1,000 to 1,000,000"));
    m_seedLabel->setText(tr("S&eed:"));
    m_seed->setToolTip(tr("The same seed gives the same percentiles, whatever the number of threads"));
    m_run->setText(tr("Run &simulation"));
    m_cancel->setText(tr("Cancel"));
    m_auto->setText(tr("Rerun when assumptions change"));
    m_auto->setToolTip(tr("Moving a slider cancels the run under way and starts a new one"));
    m_goalSeek->setText(tr("&Goal seek…"));
    m_goalSeek->setToolTip(tr("Find the value of a parameter that makes an output reach a target"));
    m_outputLabel->setText(tr("Tornado &output:"));
    m_yearLabel->setText(tr("Y&ear:"));
    for (int i = 0; i < m_output->count(); ++i)
        m_output->setItemText(i, TornadoChart::outputLabel(static_cast<ModelOutput>(m_output->itemData(i).toInt())));
    if (m_runner->isRunning())
        m_status->setText(tr("Running…"));
    else if (m_result)
        m_status->setText(resultText());
    else
        m_status->setText(tr("Tick “uncertain” beside a parameter to draw it"));
}

} // namespace capex::ui

#include "mainwindow.h"

#include "analysispages.h"
#include "parametertext.h"

#include "assumptionspanel.h"
#include "capexpage.h"
#include "dashboardpage.h"
#include "dataedits.h"
#include "datapage.h"
#include "datastore.h"
#include "exportactions.h"
#include "fleetpage.h"
#include "guidancepage.h"
#include "importactions.h"
#include "modelpages.h"
#include "observationchart.h"
#include "overviewpage.h"
#include "scenariodocument.h"
#include "secupdatedialog.h"
#include "settings.h"
#include "sourcespage.h"
#include "translation.h"
#include "uncertaintypage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QScreen>
#include <QScrollArea>
#include <QTimer>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoGroup>
#include <QUndoStack>

/// resources/resources.qrc is compiled into the static `ui` library; a static library's
/// resources are registered by hand.
static void initResources() { Q_INIT_RESOURCE(resources); }

namespace capex::ui {
namespace {
constexpr int maxRecent = 8;
}

QIcon MainWindow::applicationIcon()
{
    static const QIcon icon = [] {
        initResources();
        QIcon made(QStringLiteral(":/icons/capexlens.svg"));
        for (const int size : {16, 24, 32, 48, 64, 128, 256, 512})
            made.addFile(QStringLiteral(":/icons/capexlens-%1.png").arg(size), QSize(size, size));
        return made;
    }();
    return icon;
}

MainWindow::MainWindow(DataStore &store, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_nav(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_status(new QLabel(this))
    , m_document(new ScenarioDocument(this))
    , m_dataEdits(new DataEdits(store, this))
    , m_undoGroup(new QUndoGroup(this))
    , m_assumptions(nullptr)
    , m_assumptionsDock(new QDockWidget(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_document->setDataset(store.snapshot(), store.modelData(), store.modelInputs());
    m_assumptions = new AssumptionsPanel(*m_document, this);

    m_nav->setObjectName(QStringLiteral("pageList"));
    m_nav->setFixedWidth(160);
    m_nav->setSpacing(2);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_nav);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    setWindowIcon(applicationIcon());
    statusBar()->addWidget(m_status, 1);
    // The status line never holds the window wide; cut short, it shows whole in its tooltip.
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_assumptions);
    scroll->setWidgetResizable(true);
    // Narrower than its rows on a small screen: the dock scrolls rather than widen the window
    // (fitToScreen gives it its full width where there is room).
    scroll->setMinimumWidth(300);
    m_assumptionsDock->setObjectName(QStringLiteral("assumptionsDock"));
    m_assumptionsDock->setWidget(scroll);
    m_assumptionsDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable
                                   | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::RightDockWidgetArea, m_assumptionsDock);

    auto *overview = new OverviewPage(store, this);
    connect(overview, &OverviewPage::pageRequested, this, &MainWindow::showPage);
    addPage(overview);
    addPage(new CapexPage(store, this));
    addPage(new GuidancePage(store, this));
    addPage(new FleetPage(store, this));
    addPage(new CostCurvesPage(store, *m_document, this));
    m_jevons = new JevonsPage(store, *m_document, this);
    addPage(m_jevons);
    addPage(new TrainingCostPage(store, *m_document, this));
    addPage(new UncertaintyPage(store, *m_document, this));
    addPage(new OverbuildMapPage(store, *m_document, this));
    addPage(new TrackRecordPage(store, *m_document, this));
    addPage(new DataPage(store, *m_dataEdits, this));
    addPage(new SourcesPage(store, *m_dataEdits, this));
    m_undoGroup->addStack(m_document->undoStack());
    m_undoGroup->addStack(m_dataEdits->undoStack());
    connect(m_dataEdits, &DataEdits::failed, this, &MainWindow::showError);

    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        refreshIfStale(m_pages.at(row));
        m_stack->setCurrentIndex(row);
        // The page shown is stored when the window closes, not at each click: a write syncs
        // the settings file to disk (10 to 140 ms here).
        updateUndoStack();
    });
    // "Data as of" belongs to the scenario; the store shows the data as known on that date.
    connect(m_document, &ScenarioDocument::asOfChanged, this, [this](const QString &date) { m_store.setAsOf(date); });
    connect(&store, &DataStore::snapshotChanged, this, [this] {
        m_document->setDataset(m_store.snapshot(), m_store.modelData(), m_store.modelInputs());
        refreshAll();
    });
    // Opened in the background (DataStore::openInBackground): what opening had to say.
    connect(&store, &DataStore::loaded, this, [this](bool ok) {
        if (ok && !m_store.notice().isEmpty())
            showError(m_store.notice());
        updateStatus();
    });
    // A click on a chart's mark for many figures: the Data page, filtered to them.
    connect(&ObservationChart::links(), &FigureLinks::figuresRequested, this,
            [this](const QString &entity, const QString &metric, int kind, const Period &period) {
                if (auto *data = qobject_cast<DataPage *>(page(QStringLiteral("data")))) {
                    showPage(data->pageId());
                    data->showFigures(entity, metric, kind, period);
                }
            });
    connect(m_document, &ScenarioDocument::fileStateChanged, this, &MainWindow::updateTitle);
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);

    // The remembered theme, before the menus mark it; the system's leaves the palette alone.
    if (const auto theme = Theme::parse(Settings::value(SettingKey::Theme).toString());
        theme && *theme != Theme::instance().choice())
        Theme::instance().setChoice(*theme);
    createMenus();
    refreshAll();
    retranslateUi();

    restoreGeometry(Settings::value(SettingKey::WindowGeometry).toByteArray());
    restoreState(Settings::value(SettingKey::WindowState).toByteArray());
    fitToScreen();
    showPage(Settings::value(SettingKey::CurrentPage).toString());
    updateUndoStack();
}

void MainWindow::fitToScreen()
{
    const QScreen *screen = QGuiApplication::screenAt(geometry().center());
    const bool remembered = !Settings::value(SettingKey::WindowGeometry).toByteArray().isEmpty() && screen;
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    // The frame (title bar, borders) is not known before the window is shown: leave room.
    const QSize room(available.width() - 16, available.height() - 48);
    QSize size = remembered ? this->size() : QSize(1440, 900);
    size = size.boundedTo(room).expandedTo(minimumSizeHint().boundedTo(room));
    resize(size);
    if (!remembered) // the dock at its full width where the window has room for it
        resizeDocks({m_assumptionsDock}, {std::min(440, size.width() / 3)}, Qt::Horizontal);
    if (!remembered || !available.contains(QRect(pos(), size)))
        move(available.topLeft() + QPoint((available.width() - size.width()) / 2, (available.height() - size.height()) / 2));
}

MainWindow::~MainWindow()
{
    // The document and its undo stack outlive this destructor's body (they are children):
    // nothing they emit while being destroyed may reach the half-destroyed window.
    m_document->undoStack()->disconnect(this);
    m_document->disconnect(this);
    m_undoGroup->disconnect(this);
    m_dataEdits->disconnect(this);
}

void MainWindow::addPage(DashboardPage *page)
{
    m_pages.append(page);
    // A page narrower or shorter than its layout's minimum scrolls instead of holding the
    // window open wider than the screen.
    auto *scroll = new QScrollArea(m_stack);
    scroll->setObjectName(QStringLiteral("pageScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(page);
    m_stack->addWidget(scroll);
    m_nav->addItem(page->title());
}

DashboardPage *MainWindow::page(const QString &id) const
{
    for (DashboardPage *p : m_pages)
        if (p->pageId() == id) {
            refreshIfStale(p);
            return p;
        }
    return nullptr;
}

void MainWindow::refreshIfStale(DashboardPage *page) const
{
    if (m_stale.remove(page))
        page->refresh();
}

DashboardPage *MainWindow::currentPage() const { return m_pages.value(m_stack->currentIndex()); }

void MainWindow::showPage(const QString &id)
{
    const int row = static_cast<int>(m_pages.indexOf(page(id)));
    m_nav->setCurrentRow(row < 0 ? 0 : row);
}

void MainWindow::showSecUpdate()
{
    SecUpdateDialog dialog(m_store, this);
    connect(&dialog, &SecUpdateDialog::updated, this, [this](int added, int updated) {
        statusBar()->showMessage(tr("SEC filings: %1 added, %2 updated").arg(added).arg(updated), 15000);
    });
    dialog.exec();
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_new = m_fileMenu->addAction(QString(), QKeySequence::New, this, &MainWindow::newScenario);
    m_open = m_fileMenu->addAction(QString(), QKeySequence::Open, this, [this] { openScenario(); });
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_save = m_fileMenu->addAction(QString(), QKeySequence::Save, this, &MainWindow::saveScenario);
    m_saveAs = m_fileMenu->addAction(QString(), QKeySequence::SaveAs, this, [this] { saveScenarioAs(); });
    m_fileMenu->addSeparator();
    m_exports = new ExportActions(*this, m_store, *m_document);
    auto *imports = new ImportActions(*this, m_store); // File → Import… and drops onto the window
    m_fileMenu->addAction(imports->importAction());
    if (auto *data = qobject_cast<DataPage *>(page(QStringLiteral("data"))))
        connect(data, &DataPage::pasteRequested, imports,
                [imports](const QString &text) { imports->importText(text, tr("Clipboard")); });
    if (!m_store.notice().isEmpty()) // a damaged database moved aside, a newer one read-only
        QMetaObject::invokeMethod(this, [this] { showError(m_store.notice()); }, Qt::QueuedConnection);
    m_fileMenu->addActions(m_exports->fileMenuActions());
    m_fileMenu->addSeparator();
    m_quit = m_fileMenu->addAction(QString(), QKeySequence::Quit, this, &QWidget::close);
    m_quit->setMenuRole(QAction::QuitRole);

    m_editMenu = menuBar()->addMenu(QString());
    QUndoGroup *undo = m_undoGroup;
    m_undo = m_editMenu->addAction(QString(), QKeySequence::Undo, undo, &QUndoGroup::undo);
    m_redo = m_editMenu->addAction(QString(), QKeySequence::Redo, undo, &QUndoGroup::redo);
    connect(undo, &QUndoGroup::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(undo, &QUndoGroup::canRedoChanged, m_redo, &QAction::setEnabled);
    // Only the two actions: a slider step pushes a command, and retranslating the whole
    // window at each (twice: undo and redo text) was a fifth of the GUI thread's step.
    connect(undo, &QUndoGroup::undoTextChanged, this, &MainWindow::updateUndoActions);
    connect(undo, &QUndoGroup::redoTextChanged, this, &MainWindow::updateUndoActions);
    connect(undo, &QUndoGroup::activeStackChanged, this, &MainWindow::updateUndoActions);
    m_undo->setEnabled(false);
    m_redo->setEnabled(false);
    m_editMenu->addSeparator();
    m_find = m_editMenu->addAction(QString(), QKeySequence::Find, this, [this] {
        showPage(QStringLiteral("data"));
        if (auto *data = qobject_cast<DataPage *>(page(QStringLiteral("data"))))
            data->focusSearch();
    });
    m_editMenu->addAction(m_exports->copyChartAction());

    m_dataMenu = menuBar()->addMenu(QString());
    m_dataMenu->addAction(imports->importAction());
    m_secUpdate = m_dataMenu->addAction(QString(), this, &MainWindow::showSecUpdate);

    m_scenarioMenu = menuBar()->addMenu(QString());
    m_presetsMenu = m_scenarioMenu->addMenu(QString());
    m_compareMenu = m_scenarioMenu->addMenu(QString());
    for (const ScenarioPreset &preset : ScenarioFile::presets()) {
        const QString id = QString::fromStdString(preset.id);
        m_presetActions.append(m_presetsMenu->addAction(QString(), this, [this, id] { m_document->applyPreset(id); }));
        m_comparePresetActions.append(m_compareMenu->addAction(QString(), this, [this, id] { compareWith(id); }));
    }
    m_compareMenu->addSeparator();
    m_compareFile = m_compareMenu->addAction(QString(), this, [this] {
        const QString path = askFileName(false);
        if (!path.isEmpty())
            compareWith(path);
    });
    m_compareClear = m_compareMenu->addAction(QString(), this, &MainWindow::clearComparisons);
    m_scenarioMenu->addSeparator();
    m_resetAll = m_scenarioMenu->addAction(QString(), this, [this] { m_document->resetAll(); });

    m_viewMenu = menuBar()->addMenu(QString());
    m_pagesMenu = m_viewMenu->addMenu(QString());
    for (int i = 0; i < m_pages.size(); ++i) {
        const QString id = m_pages.at(i)->pageId();
        QAction *action = m_pagesMenu->addAction(QString(), this, [this, id] { showPage(id); });
        if (i < 10) // Ctrl+1 … Ctrl+9, then Ctrl+0 for the tenth page
            action->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg((i + 1) % 10)));
        m_pageActions.append(action);
    }
    QAction *dock = m_assumptionsDock->toggleViewAction();
    dock->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+A")));
    m_viewMenu->addAction(dock);
    m_languageMenu = m_viewMenu->addMenu(QString());
    auto *languages = new QActionGroup(this);
    // Each language is named in itself, as language menus do.
    m_chinese = m_languageMenu->addAction(QStringLiteral("中文"), this, [this] { setLanguage(Language::Chinese); });
    m_english = m_languageMenu->addAction(QStringLiteral("English"), this, [this] { setLanguage(Language::English); });
    m_chinese->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+C")));
    m_english->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+E")));
    for (QAction *a : {m_chinese, m_english}) {
        a->setCheckable(true);
        languages->addAction(a);
    }
    m_themeMenu = m_viewMenu->addMenu(QString());
    auto *themes = new QActionGroup(this);
    for (Theme::Choice choice : {Theme::Choice::System, Theme::Choice::Light, Theme::Choice::Dark}) {
        QAction *action = m_themeMenu->addAction(QString(), this, [this, choice] { setTheme(choice); });
        action->setCheckable(true);
        action->setChecked(choice == Theme::instance().choice());
        action->setObjectName(QStringLiteral("theme-") + Theme::code(choice));
        themes->addAction(action);
        m_themeActions.append(action);
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_about = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_about->setMenuRole(QAction::AboutRole);
    m_about->setShortcut(QKeySequence::HelpContents);
    updateRecentMenu();
}

void MainWindow::setTheme(Theme::Choice choice)
{
    Theme::instance().setChoice(choice);
    Settings::setValue(SettingKey::Theme, Theme::code(choice));
    for (int i = 0; i < m_themeActions.size(); ++i)
        m_themeActions.at(i)->setChecked(i == static_cast<int>(choice));
}

void MainWindow::setLanguage(Language language)
{
    Translation::instance().setLanguage(language);
    Settings::setValue(SettingKey::Language, Translation::code(language));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_new->setText(tr("&New scenario"));
    m_new->setToolTip(tr("Start again from the base scenario"));
    m_open->setText(tr("&Open scenario…"));
    m_recentMenu->setTitle(tr("Open &recent"));
    m_save->setText(tr("&Save scenario"));
    m_saveAs->setText(tr("Save scenario &as…"));
    m_quit->setText(tr("&Quit"));
    m_exports->retranslateUi();
    m_editMenu->setTitle(tr("&Edit"));
    updateUndoActions();
    m_find->setText(tr("&Find in data…"));
    m_find->setToolTip(tr("Search every figure in English or Chinese"));
    m_dataMenu->setTitle(tr("&Data"));
    m_secUpdate->setText(tr("Update from &SEC filings…"));
    m_secUpdate->setStatusTip(tr("Read capex from the companies' SEC filings (EDGAR), after a preview"));
    m_scenarioMenu->setTitle(tr("&Scenario"));
    m_presetsMenu->setTitle(tr("Apply &preset"));
    m_compareMenu->setTitle(tr("&Compare with"));
    for (int i = 0; i < m_presetActions.size(); ++i) {
        const ScenarioPreset &p = ScenarioFile::presets().at(static_cast<std::size_t>(i));
        const QString name = localized(p.nameEn, p.nameZh);
        m_presetActions.at(i)->setText(name);
        m_presetActions.at(i)->setToolTip(localized(p.noteEn, p.noteZh));
        m_comparePresetActions.at(i)->setText(name);
    }
    m_compareFile->setText(tr("Scenario &file…"));
    m_compareClear->setText(tr("&Stop comparing"));
    m_resetAll->setText(tr("&Reset all assumptions"));
    m_viewMenu->setTitle(tr("&View"));
    m_pagesMenu->setTitle(tr("&Pages"));
    m_assumptionsDock->setWindowTitle(tr("Assumptions"));
    m_assumptionsDock->toggleViewAction()->setText(tr("&Assumptions panel"));
    m_languageMenu->setTitle(tr("&Language"));
    m_themeMenu->setTitle(tr("&Theme"));
    //: View → Theme: the colours of the desktop
    m_themeActions.at(0)->setText(tr("&System"));
    m_themeActions.at(1)->setText(tr("&Light"));
    m_themeActions.at(2)->setText(tr("&Dark"));
    m_helpMenu->setTitle(tr("&Help"));
    m_about->setText(tr("&About Capex Lens"));
    const bool chinese = Translation::instance().language() == Language::Chinese;
    m_chinese->setChecked(chinese);
    m_english->setChecked(!chinese);
    for (int i = 0; i < m_pages.size(); ++i) {
        m_nav->item(i)->setText(m_pages.at(i)->title());
        m_nav->item(i)->setToolTip(
            m_pageActions.at(i)->shortcut().isEmpty()
                ? m_pages.at(i)->title()
                : tr("%1 (%2)").arg(m_pages.at(i)->title(), m_pageActions.at(i)->shortcut().toString(QKeySequence::NativeText)));
        m_pageActions.at(i)->setText(m_pages.at(i)->title());
    }
    updateRecentMenu();
    updateTitle();
    updateStatus();
}

void MainWindow::updateUndoStack()
{
    // Edits of figures and sources are undone where they are made; the scenario's everywhere else.
    const DashboardPage *page = currentPage();
    const bool data = page && (page->pageId() == QLatin1String("data") || page->pageId() == QLatin1String("sources"));
    m_undoGroup->setActiveStack(data ? m_dataEdits->undoStack() : m_document->undoStack());
}

void MainWindow::updateUndoActions()
{
    const QUndoGroup *undo = m_undoGroup;
    m_undo->setText(undo->canUndo() ? tr("&Undo %1").arg(undo->undoText()) : tr("&Undo"));
    m_redo->setText(undo->canRedo() ? tr("&Redo %1").arg(undo->redoText()) : tr("&Redo"));
    m_undo->setEnabled(undo->canUndo());
    m_redo->setEnabled(undo->canRedo());
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — Capex Lens — AI compute economics").arg(m_document->displayName()));
    setWindowModified(m_document->isModified());
}

void MainWindow::refreshAll()
{
    // Only the page on screen is filled now; the others when they are first shown (or asked
    // for by page()): on a large store each page's refresh reads the snapshot, and the
    // window should not wait for pages nobody looks at.
    DashboardPage *shown = currentPage();
    for (DashboardPage *p : m_pages)
        m_stale.insert(p);
    m_fillSteps.clear(); // a fill under way is overtaken
    if (shown && m_store.isArriving()) {
        // A large store's figures, read in the background, arrive: the page on screen fills in
        // steps, the window answering and painting between them, not in one long stall.
        m_stale.remove(shown);
        m_fillSteps = shown->refreshSteps();
        fillNextStep();
    } else if (shown) {
        refreshIfStale(shown);
    }
    updateStatus();
}

void MainWindow::fillNextStep()
{
    if (m_fillSteps.isEmpty())
        return;
    const std::function<void()> step = m_fillSteps.takeFirst();
    QElapsedTimer timer;
    timer.start();
    step();
    m_longestFillStepMs = std::max(m_longestFillStepMs, static_cast<double>(timer.nsecsElapsed()) / 1e6);
    // A timer of 1 ms, not 0: Qt 6 posts a 0 ms single shot as an event, and ran it with the
    // events the step had posted (its layout, its paint) in one go, the window answering
    // no timer and no input in between.
    if (!m_fillSteps.isEmpty())
        QTimer::singleShot(1, Qt::PreciseTimer, this, &MainWindow::fillNextStep);
}

void MainWindow::updateStatus()
{
    if (m_store.isLoading()) {
        m_status->setText(tr("Reading the database %1…").arg(m_store.databasePath()));
        m_status->setToolTip(m_status->text());
        return;
    }
    const Dataset &d = m_store.snapshot();
    QString text = tr("Dataset version %1 · %2 figures from %3 sources")
                       .arg(d.version)
                       .arg(d.observations.size())
                       .arg(d.sources.size());
    if (!m_store.databasePath().isEmpty())
        text += tr(" · database %1").arg(m_store.databasePath());
    if (m_store.isReadOnly())
        text += tr(" · read-only");
    if (!m_store.asOf().isEmpty())
        text = tr("Data as of %1: figures published later are hidden").arg(m_store.asOf()) + QStringLiteral(" · ") + text;
    m_status->setText(text);
    m_status->setToolTip(text);
}

QString MainWindow::askFileName(bool save)
{
    if (m_nextFileName) {
        QString name = *m_nextFileName;
        m_nextFileName.reset();
        return name;
    }
    const QString filter = tr("Capex Lens scenarios (*.json);;All files (*)");
    const QString suggested = m_document->filePath().isEmpty()
        ? QDir::home().filePath(m_document->displayName() + QStringLiteral(".capexlens.json"))
        : m_document->filePath();
    return save ? QFileDialog::getSaveFileName(this, tr("Save scenario"), suggested, filter)
                : QFileDialog::getOpenFileName(this, tr("Open scenario"), QFileInfo(m_document->filePath()).path(), filter);
}

QMessageBox::StandardButton MainWindow::ask(const QString &text)
{
    if (m_nextAnswer) {
        auto answer = *m_nextAnswer;
        m_nextAnswer.reset();
        return answer;
    }
    return QMessageBox::question(this, tr("Unsaved changes"), text,
                                 QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
}

void MainWindow::showError(const QString &text)
{
    statusBar()->showMessage(text, 10000);
    if (!m_nextAnswer && !m_nextFileName && !qEnvironmentVariableIsSet("CAPEXLENS_NO_DIALOGS"))
        QMessageBox::warning(this, tr("Capex Lens"), text);
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    switch (ask(tr("The scenario “%1” has unsaved changes. Save them?").arg(m_document->displayName()))) {
    case QMessageBox::Save: return saveScenario();
    case QMessageBox::Discard: return true;
    default: return false;
    }
}

void MainWindow::newScenario()
{
    if (!maybeSave())
        return;
    m_document->setDataset(m_store.snapshot(), m_store.modelData(), m_store.modelInputs());
}

bool MainWindow::openScenario(const QString &given)
{
    if (!maybeSave())
        return false;
    const QString path = given.isEmpty() ? askFileName(false) : given;
    if (path.isEmpty())
        return false;
    QString error;
    if (!m_document->load(path, &error)) {
        showError(tr("The scenario was not opened. %1").arg(error));
        return false;
    }
    addRecent(path);
    if (m_document->migratedFrom() > 0)
        statusBar()->showMessage(scenarioMigrationText(m_document->migratedFrom()).arg(QFileInfo(path).fileName()), 20000);
    else
        statusBar()->showMessage(tr("Opened %1").arg(path), 5000);
    return true;
}

bool MainWindow::saveScenario()
{
    if (m_document->filePath().isEmpty())
        return saveScenarioAs();
    QString error;
    if (!m_document->save(m_document->filePath(), &error)) {
        showError(error);
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(m_document->filePath()), 5000);
    return true;
}

bool MainWindow::saveScenarioAs(const QString &given)
{
    QString path = given.isEmpty() ? askFileName(true) : given;
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty()) // the ending the desktop's MIME type knows (resources/)
        path += QStringLiteral(".capexlens.json");
    QString error;
    if (!m_document->save(path, &error)) {
        showError(error);
        return false;
    }
    addRecent(path);
    statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
    return true;
}

void MainWindow::addRecent(const QString &path)
{
    QStringList recent = Settings::value(SettingKey::RecentScenarios).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > maxRecent)
        recent.removeLast();
    Settings::setValue(SettingKey::RecentScenarios, recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = Settings::value(SettingKey::RecentScenarios).toStringList();
    for (const QString &path : recent)
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openScenario(path); })->setToolTip(path);
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::compareWith(const QString &presetIdOrPath)
{
    Scenario scenario;
    QString name;
    auto preset = ScenarioFile::preset(presetIdOrPath.toStdString(), m_document->parameters());
    if (preset.ok()) {
        scenario = preset.value();
        for (const ScenarioPreset &p : ScenarioFile::presets())
            if (p.id == presetIdOrPath.toStdString())
                name = localized(p.nameEn, p.nameZh);
    } else {
        QFile file(presetIdOrPath);
        if (!file.open(QIODevice::ReadOnly)) {
            showError(tr("Cannot open %1: %2").arg(presetIdOrPath, file.errorString()));
            return;
        }
        const QByteArray bytes = file.readAll();
        auto loaded = ScenarioFile::load(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())),
                                         m_document->parameters());
        if (!loaded.ok()) {
            showError(tr("%1 cannot be compared: %2").arg(QFileInfo(presetIdOrPath).fileName(), QString::fromStdString(describe(loaded.error()))));
            return;
        }
        scenario = loaded.value();
        name = scenario.name.empty() ? QFileInfo(presetIdOrPath).completeBaseName() : QString::fromStdString(scenario.name);
    }
    for (const auto &[existing, s] : m_compared)
        if (existing == name)
            return;
    m_compared.emplace_back(name, scenario);
    updateComparisons();
    showPage(QStringLiteral("jevons"));
}

void MainWindow::clearComparisons()
{
    m_compared.clear();
    updateComparisons();
}

void MainWindow::updateComparisons()
{
    QList<std::pair<QString, const Scenario *>> list;
    for (const auto &[name, scenario] : m_compared)
        list.append({name, &scenario});
    m_jevons->setComparisons(list);
}

void MainWindow::showAbout()
{
    const Dataset &d = m_store.snapshot();
    QMessageBox about(this);
    about.setWindowTitle(tr("About Capex Lens"));
    about.setIconPixmap(applicationIcon().pixmap(96, 96));
    about.setTextFormat(Qt::RichText);
    about.setText(tr("<h3>Capex Lens %1</h3>"
                          "<p>The economics of AI compute: hyperscaler capex, GPU fleets, cost curves and the "
                          "Jevons paradox, with every figure's source.</p>"
                          "<p>Dataset version %2 (released %3): %4 figures from %5 sources.</p>")
                           .arg(QStringLiteral(CAPEXLENS_VERSION))
                           .arg(d.version)
                           .arg(QString::fromStdString(d.released))
                           .arg(d.observations.size())
                           .arg(d.sources.size()));
    about.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    Settings::setValue(SettingKey::WindowGeometry, saveGeometry());
    Settings::setValue(SettingKey::WindowState, saveState());
    if (const DashboardPage *page = currentPage())
        Settings::setValue(SettingKey::CurrentPage, page->pageId());
    event->accept();
}

} // namespace capex::ui

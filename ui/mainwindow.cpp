#include "mainwindow.h"

#include "capexpage.h"
#include "dashboardpage.h"
#include "datapage.h"
#include "datastore.h"
#include "fleetpage.h"
#include "overviewpage.h"
#include "settings.h"
#include "sourcespage.h"
#include "translation.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>

namespace capex::ui {

MainWindow::MainWindow(DataStore &store, QWidget *parent)
    : QMainWindow(parent), m_store(store), m_nav(new QListWidget(this)), m_stack(new QStackedWidget(this)),
      m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_nav->setObjectName(QStringLiteral("pageList"));
    m_nav->setFixedWidth(170);
    m_nav->setIconSize(QSize(20, 20));
    m_nav->setSpacing(2);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_nav);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    statusBar()->addWidget(m_status, 1);

    auto *overview = new OverviewPage(store, this);
    connect(overview, &OverviewPage::pageRequested, this, &MainWindow::showPage);
    addPage(overview);
    addPage(new CapexPage(store, this));
    addPage(new FleetPage(store, this));
    addPage(new DataPage(store, this));
    addPage(new SourcesPage(store, this));

    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_stack->setCurrentIndex(row);
        Settings::setValue(SettingKey::CurrentPage, m_pages.at(row)->pageId());
    });
    connect(&store, &DataStore::snapshotChanged, this, &MainWindow::refreshAll);

    createMenus();
    refreshAll();
    retranslateUi();

    resize(1280, 820);
    restoreGeometry(Settings::value(SettingKey::WindowGeometry).toByteArray());
    restoreState(Settings::value(SettingKey::WindowState).toByteArray());
    showPage(Settings::value(SettingKey::CurrentPage).toString());
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(DashboardPage *page)
{
    m_pages.append(page);
    m_stack->addWidget(page);
    m_nav->addItem(page->title());
}

DashboardPage *MainWindow::page(const QString &id) const
{
    for (DashboardPage *p : m_pages)
        if (p->pageId() == id)
            return p;
    return nullptr;
}

DashboardPage *MainWindow::currentPage() const { return qobject_cast<DashboardPage *>(m_stack->currentWidget()); }

void MainWindow::showPage(const QString &id)
{
    const int row = static_cast<int>(m_pages.indexOf(page(id)));
    m_nav->setCurrentRow(row < 0 ? 0 : row);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_quit = m_fileMenu->addAction(QString(), QKeySequence::Quit, this, &QWidget::close);
    m_quit->setMenuRole(QAction::QuitRole);

    m_editMenu = menuBar()->addMenu(QString());
    m_find = m_editMenu->addAction(QString(), QKeySequence::Find, this, [this] {
        showPage(QStringLiteral("data"));
        if (auto *data = qobject_cast<DataPage *>(page(QStringLiteral("data"))))
            data->focusSearch();
    });

    m_viewMenu = menuBar()->addMenu(QString());
    m_pagesMenu = m_viewMenu->addMenu(QString());
    for (int i = 0; i < m_pages.size(); ++i) {
        const QString id = m_pages.at(i)->pageId();
        QAction *action = m_pagesMenu->addAction(QString(), this, [this, id] { showPage(id); });
        action->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(i + 1)));
        m_pageActions.append(action);
    }
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

    m_helpMenu = menuBar()->addMenu(QString());
    m_about = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_about->setMenuRole(QAction::AboutRole);
    m_about->setShortcut(QKeySequence::HelpContents);
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
    setWindowTitle(tr("Capex Lens — AI compute economics"));
    m_fileMenu->setTitle(tr("&File"));
    m_quit->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_find->setText(tr("&Find in data…"));
    m_find->setToolTip(tr("Search every figure in English or Chinese"));
    m_viewMenu->setTitle(tr("&View"));
    m_pagesMenu->setTitle(tr("&Pages"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_about->setText(tr("&About Capex Lens"));
    const bool chinese = Translation::instance().language() == Language::Chinese;
    m_chinese->setChecked(chinese);
    m_english->setChecked(!chinese);
    for (int i = 0; i < m_pages.size(); ++i) {
        m_nav->item(i)->setText(m_pages.at(i)->title());
        m_nav->item(i)->setToolTip(tr("%1 (Ctrl+%2)").arg(m_pages.at(i)->title()).arg(i + 1));
        m_pageActions.at(i)->setText(m_pages.at(i)->title());
    }
    updateStatus();
}

void MainWindow::refreshAll()
{
    for (DashboardPage *p : m_pages)
        p->refresh();
    updateStatus();
}

void MainWindow::updateStatus()
{
    const Dataset &d = m_store.snapshot();
    QString text = tr("Dataset version %1 · %2 figures from %3 sources")
                       .arg(d.version)
                       .arg(d.observations.size())
                       .arg(d.sources.size());
    if (!m_store.databasePath().isEmpty())
        text += tr(" · database %1").arg(m_store.databasePath());
    if (m_store.isReadOnly())
        text += tr(" · read-only");
    m_status->setText(text);
}

void MainWindow::showAbout()
{
    const Dataset &d = m_store.snapshot();
    QMessageBox::about(this, tr("About Capex Lens"),
                       tr("<h3>Capex Lens %1</h3>"
                          "<p>The economics of AI compute: hyperscaler capex, GPU fleets, cost curves and the "
                          "Jevons paradox, with every figure's source.</p>"
                          "<p>Dataset version %2 (released %3): %4 figures from %5 sources.</p>")
                           .arg(QStringLiteral(CAPEXLENS_VERSION))
                           .arg(d.version)
                           .arg(QString::fromStdString(d.released))
                           .arg(d.observations.size())
                           .arg(d.sources.size()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    Settings::setValue(SettingKey::WindowGeometry, saveGeometry());
    Settings::setValue(SettingKey::WindowState, saveState());
    event->accept();
}

} // namespace capex::ui

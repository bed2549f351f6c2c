#include "capexpage.h"

#include "boundedscrollarea.h"
#include "capexchart.h"
#include "chartpanel.h"
#include "quarterlytablemodel.h"
#include "datastore.h"
#include "settings.h"
#include "translation.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>
#include <tuple>
#include <vector>

namespace capex::ui {
namespace {
/// Company boxes on one row of the Capex page's selection.
constexpr int companiesPerRow = 4;
} // namespace

CapexPage::CapexPage(DataStore &store, QWidget *parent)
    : DashboardPage(store, parent),
      m_chart(new CapexChart),
      m_panel(new ChartPanel(m_chart, this)),
      m_companyBox(new QWidget(this)),
      m_currency(new QComboBox(this)),
      m_metric(new QComboBox(this)),
      m_view(new QComboBox(this)),
      m_log(new QCheckBox(this)),
      m_events(new QCheckBox(this)),
      m_companiesLabel(new QLabel(this)),
      m_currencyLabel(new QLabel(this)),
      m_metricLabel(new QLabel(this)),
      m_viewLabel(new QLabel(this)),
      m_tableModel(new QuarterlyTableModel(this)),
      m_table(new QTableView(this)),
      m_copyTable(new QPushButton(this)),
      m_tableBox(new QWidget(this))
{
    setObjectName(QStringLiteral("capexPage"));
    m_currency->addItem(QString(), QStringLiteral("USD"));
    m_currency->addItem(QString(), QStringLiteral("CNY"));
    m_metric->addItem(QString(), QStringLiteral("capex"));
    m_metric->addItem(QString(), QStringLiteral("capex_cash"));
    m_metric->addItem(QString(), QStringLiteral("ai_capex"));
    m_view->setObjectName(QStringLiteral("capexView"));
    m_view->addItem(QString(), QStringLiteral("annual"));
    m_view->addItem(QString(), QStringLiteral("quarterly"));
    m_view->addItem(QString(), QStringLiteral("trailing"));
    m_view->setCurrentIndex(std::max(0, m_view->findData(Settings::value(SettingKey::CapexView))));
    m_metric->setCurrentIndex(std::max(0, m_metric->findData(Settings::value(SettingKey::CapexMetric))));
    m_viewLabel->setBuddy(m_view);
    m_currency->setCurrentIndex(m_currency->findData(Settings::value(SettingKey::DisplayCurrency)));
    m_log->setChecked(Settings::value(SettingKey::CapexLogScale).toBool());
    m_events->setChecked(Settings::value(SettingKey::ShowEvents).toBool());
    m_currencyLabel->setBuddy(m_currency);
    m_metricLabel->setBuddy(m_metric);

    // The companies in rows of a few, however many the data holds.
    auto *companies = new QGridLayout(m_companyBox);
    companies->setContentsMargins(0, 0, 0, 0);
    companies->addWidget(m_companiesLabel, 0, 0);
    companies->setColumnStretch(companiesPerRow + 1, 1);

    auto *options = new QHBoxLayout;
    options->addWidget(m_metricLabel);
    options->addWidget(m_metric);
    options->addSpacing(12);
    options->addWidget(m_currencyLabel);
    options->addWidget(m_currency);
    options->addStretch(1);
    // The view's switches on a row of their own, so that the controls fit a laptop's screen
    // beside the Assumptions dock.
    auto *switches = new QHBoxLayout;
    switches->addWidget(m_viewLabel);
    switches->addWidget(m_view);
    switches->addSpacing(12);
    switches->addWidget(m_log);
    switches->addWidget(m_events);
    switches->addStretch(1);

    // The quarterly views' figures under the chart, in a splitter so that either can grow.
    m_table->setObjectName(QStringLiteral("quarterlyTable"));
    m_table->setModel(m_tableModel);
    m_table->setSelectionMode(QAbstractItemView::ContiguousSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *copy = new QAction(m_table);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(copy);
    connect(copy, &QAction::triggered, this, &CapexPage::copyTable);
    connect(m_copyTable, &QPushButton::clicked, this, &CapexPage::copyTable);
    auto *tableLayout = new QVBoxLayout(m_tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    auto *tableButtons = new QHBoxLayout;
    tableButtons->addStretch(1);
    tableButtons->addWidget(m_copyTable);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addLayout(tableButtons);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_panel);
    splitter->addWidget(m_tableBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    m_tableBox->hide();

    auto *layout = new QVBoxLayout(this);
    // At most about five lines of companies; more scroll (a large store has two hundred).
    layout->addWidget(new BoundedScrollArea(m_companyBox, 7.5, this));
    layout->addLayout(options);
    layout->addLayout(switches);
    layout->addWidget(splitter, 1);

    connect(m_currency, &QComboBox::currentIndexChanged, this, &CapexPage::optionsChanged);
    connect(m_metric, &QComboBox::currentIndexChanged, this, &CapexPage::optionsChanged);
    connect(m_view, &QComboBox::currentIndexChanged, this, &CapexPage::optionsChanged);
    connect(m_log, &QCheckBox::toggled, this, &CapexPage::optionsChanged);
    connect(m_events, &QCheckBox::toggled, this, &CapexPage::optionsChanged);
    retranslateUi();
}

QStringList CapexPage::selectedCompanies() const
{
    QStringList ids;
    for (auto it = m_companyChecks.constBegin(); it != m_companyChecks.constEnd(); ++it)
        if (it.value()->isChecked())
            ids << it.key();
    // Keep the order of the check boxes, which is the order of the legend.
    QStringList ordered;
    for (QCheckBox *box : m_companyBox->findChildren<QCheckBox *>())
        if (ids.contains(box->objectName()))
            ordered << box->objectName();
    return ordered;
}

void CapexPage::setCompanySelected(const QString &id, bool selected)
{
    if (QCheckBox *box = m_companyChecks.value(id))
        box->setChecked(selected);
}

void CapexPage::refresh()
{
    refreshOptions();
    m_chart->setSnapshot(&snapshot());
}

QList<std::function<void()>> CapexPage::refreshSteps()
{
    return companiesThenChartSteps(
        m_chart, [this] { return companiesWithCapex(); },
        [this](const QStringList &some) { addCompanyChecks(some); }, [this] { finishOptions(); });
}

QStringList CapexPage::companiesWithCapex() const
{
    // The companies (not aggregates) with figures of the three metrics: those with capex in
    // the order of their first capex figure, then those with only cash capex, then only AI
    // capex. A lookup per company and metric, not a pass over a large store's 300,000 figures.
    const Dataset &d = snapshot();
    std::vector<std::tuple<int, const Observation *, const Entity *>> firsts;
    for (const Entity &e : d.entities) {
        if (e.type != "company")
            continue;
        int m = 0;
        for (const char *metric : {"capex", "capex_cash", "ai_capex"}) {
            if (const Observation *o = d.firstOf(e.id, metric)) {
                firsts.emplace_back(m, o, &e);
                break;
            }
            ++m;
        }
    }
    std::sort(firsts.begin(), firsts.end(), [](const auto &a, const auto &b) {
        return std::tie(std::get<0>(a), std::get<1>(a)) < std::tie(std::get<0>(b), std::get<1>(b));
    });
    QStringList withCapex;
    for (const auto &first : firsts)
        withCapex << QString::fromStdString(std::get<2>(first)->id);
    return withCapex;
}

void CapexPage::addCompanyChecks(const QStringList &companies)
{
    const QStringList saved = Settings::value(SettingKey::CapexCompanies).toStringList();
    for (const QString &id : companies) {
        if (m_companyChecks.contains(id))
            continue;
        QCheckBox *box = makeCompanyCheck(m_companyBox, id, saved.contains(id));
        const auto placed = static_cast<int>(m_companyChecks.size());
        static_cast<QGridLayout *>(m_companyBox->layout())
            ->addWidget(box, placed / companiesPerRow, 1 + placed % companiesPerRow);
        m_companyChecks.insert(id, box);
        connect(box, &QCheckBox::toggled, this, &CapexPage::optionsChanged);
    }
}

void CapexPage::refreshOptions()
{
    // A check box per company that has capex figures.
    addCompanyChecks(companiesWithCapex());
    finishOptions();
}

void CapexPage::finishOptions()
{
    retranslateUi();
    // The options first, the figures last (refresh): one rebuild of the chart (configure() does
    // none for the options it has, or none of its own before the chart has figures).
    applyOptions();
}

void CapexPage::optionsChanged()
{
    // What the user chose is stored; a fill only applies the options it found. (Each stored
    // value that changed rewrites the settings file and syncs it to disk: on this machine 10
    // to 140 ms, a large store's longest fill step when every fill stored them.)
    Settings::setValue(SettingKey::CapexCompanies, selectedCompanies());
    Settings::setValue(SettingKey::DisplayCurrency, m_currency->currentData());
    Settings::setValue(SettingKey::CapexLogScale, m_log->isChecked());
    Settings::setValue(SettingKey::ShowEvents, m_events->isChecked());
    Settings::setValue(SettingKey::CapexView, m_view->currentData());
    Settings::setValue(SettingKey::CapexMetric, m_metric->currentData());
    applyOptions();
}

void CapexPage::applyOptions()
{
    const QStringList companies = selectedCompanies();
    const QString viewId = m_view->currentData().toString();
    const auto view = viewId == QLatin1String("quarterly") ? CapexChart::Options::View::Quarterly
                      : viewId == QLatin1String("trailing") ? CapexChart::Options::View::Trailing
                                                             : CapexChart::Options::View::Annual;
    // Quarterly views draw on a linear axis: a log axis would hide the quarters' steps.
    m_log->setEnabled(view == CapexChart::Options::View::Annual);
    m_chart->configure({companies, m_currency->currentData().toString(), m_metric->currentData().toString(),
                        m_log->isChecked(), m_events->isChecked(), view});
    const bool quarterly = view != CapexChart::Options::View::Annual;
    m_tableBox->setVisible(quarterly);
    if (quarterly)
        m_tableModel->configure(&snapshot(), companies, m_metric->currentData().toString(),
                                m_currency->currentData().toString(), view == CapexChart::Options::View::Trailing);
}

void CapexPage::copyTable()
{
    QGuiApplication::clipboard()->setText(m_tableModel->toTsv());
}

void CapexPage::retranslateUi()
{
    m_copyTable->setText(tr("Copy table"));
    m_copyTable->setToolTip(tr("Copy the figures as tab-separated text, numbers as numbers, to paste into a spreadsheet"));
    m_tableModel->retranslate();
    m_companiesLabel->setText(tr("Companies:"));
    m_currencyLabel->setText(tr("&Currency:"));
    m_metricLabel->setText(tr("&Figure:"));
    m_currency->setItemText(0, tr("US dollars"));
    m_currency->setItemText(1, tr("Renminbi (converted at each year's rate)"));
    m_metric->setItemText(0, tr("Total capex"));
    m_metric->setItemText(1, tr("Cash capex"));
    m_metric->setItemText(2, tr("AI capex"));
    m_metric->setToolTip(tr("Each company's headline capital expenditure; the narrower cash figure where a source "
                            "gives it; or the part companies attribute to AI. The two definitions are never mixed."));
    m_viewLabel->setText(tr("&View:"));
    m_view->setItemText(0, tr("Annual"));
    m_view->setItemText(1, tr("Quarterly"));
    m_view->setItemText(2, tr("Trailing 12 months"));
    m_view->setToolTip(tr("Years as reported; each reported quarter; or the sum of four consecutive quarters"));
    m_log->setText(tr("&Log scale"));
    m_log->setToolTip(tr("A logarithmic axis shows growth rates as slopes"));
    m_events->setText(tr("Show &events"));
    m_events->setToolTip(tr("DeepSeek-V3, R1 and Stargate as vertical markers"));
    for (auto it = m_companyChecks.constBegin(); it != m_companyChecks.constEnd(); ++it)
        nameCompanyCheck(it.value(), it.key());
}

} // namespace capex::ui

#include "guidancepage.h"

#include "boundedscrollarea.h"
#include "chartpanel.h"
#include "datastore.h"
#include "guidance.h"
#include "guidancechart.h"
#include "settings.h"
#include "translation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace capex::ui {
namespace {
/// Company boxes on one row of the selection, beside the year.
constexpr int companiesPerRow = 4;
} // namespace

GuidancePage::GuidancePage(DataStore &store, QWidget *parent)
    : DashboardPage(store, parent),
      m_chart(new GuidanceChart),
      m_panel(new ChartPanel(m_chart, this)),
      m_companyBox(new QWidget(this)),
      m_year(new QComboBox(this)),
      m_yearLabel(new QLabel(this)),
      m_companiesLabel(new QLabel(this)),
      m_reading(new QLabel(this))
{
    setObjectName(QStringLiteral("guidancePage"));
    m_year->setObjectName(QStringLiteral("guidanceYear"));
    for (int year : GuidanceChart::offeredYears())
        m_year->addItem(QString::number(year), year);
    const int saved = m_year->findData(Settings::value(SettingKey::GuidanceYear).toInt());
    m_year->setCurrentIndex(saved >= 0 ? saved : m_year->findData(GuidanceChart::defaultYear));
    m_yearLabel->setBuddy(m_year);
    m_reading->setObjectName(QStringLiteral("guidanceReading"));
    m_reading->setWordWrap(true);
    m_reading->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // The year, then the companies in rows of a few, however many the data holds.
    auto *companies = new QGridLayout(m_companyBox);
    companies->setContentsMargins(0, 0, 0, 0);
    companies->addWidget(m_yearLabel, 0, 0);
    companies->addWidget(m_year, 0, 1);
    companies->addWidget(m_companiesLabel, 0, 2);
    companies->setColumnMinimumWidth(2, 0);
    companies->setColumnStretch(3 + companiesPerRow, 1);

    auto *layout = new QVBoxLayout(this);
    // At most about five lines of companies; more scroll (a large store has two hundred).
    layout->addWidget(new BoundedScrollArea(m_companyBox, 7.5, this));
    layout->addWidget(m_panel, 1);
    layout->addWidget(m_reading);

    connect(m_year, &QComboBox::currentIndexChanged, this, &GuidancePage::optionsChanged);
    connect(m_chart, &DashboardChart::rebuilt, this, &GuidancePage::updateReading);
    retranslateUi();
}

QStringList GuidancePage::selectedCompanies() const
{
    // In the order of the check boxes, which is the order of the legend.
    QStringList ordered;
    for (QCheckBox *box : m_companyBox->findChildren<QCheckBox *>())
        if (box->isChecked())
            ordered << box->objectName();
    return ordered;
}

void GuidancePage::setYear(int year)
{
    const int index = m_year->findData(year);
    if (index >= 0)
        m_year->setCurrentIndex(index);
}

void GuidancePage::setCompanySelected(const QString &id, bool selected)
{
    if (QCheckBox *box = m_companyChecks.value(id))
        box->setChecked(selected);
}

void GuidancePage::refresh()
{
    // A check box per company that has dated guidance for a calendar year.
    addCompanyChecks(companiesWithGuidance());
    finishOptions();
    m_chart->setSnapshot(&snapshot());
}

QList<std::function<void()>> GuidancePage::refreshSteps()
{
    return companiesThenChartSteps(
        m_chart, [this] { return companiesWithGuidance(); },
        [this](const QStringList &some) { addCompanyChecks(some); }, [this] { finishOptions(); });
}

QStringList GuidancePage::companiesWithGuidance() const
{
    QStringList ids;
    for (const std::string &company : Guidance::companiesWithCalendarGuidance(snapshot(), "capex"))
        ids << QString::fromStdString(company);
    return ids;
}

void GuidancePage::addCompanyChecks(const QStringList &companies)
{
    const QStringList saved = Settings::value(SettingKey::GuidanceCompanies).toStringList();
    for (const QString &id : companies) {
        if (m_companyChecks.contains(id))
            continue;
        QCheckBox *box = makeCompanyCheck(m_companyBox, id, saved.contains(id));
        const auto placed = static_cast<int>(m_companyChecks.size());
        static_cast<QGridLayout *>(m_companyBox->layout())
            ->addWidget(box, placed / companiesPerRow, 3 + placed % companiesPerRow);
        m_companyChecks.insert(id, box);
        connect(box, &QCheckBox::toggled, this, &GuidancePage::optionsChanged);
    }
}

void GuidancePage::finishOptions()
{
    retranslateUi();
    // The options first, the figures last: one rebuild of the chart (configure() does none for
    // the options it has, or none of its own before the chart has figures).
    applyOptions();
}

void GuidancePage::optionsChanged()
{
    // What the user chose is stored; a fill only applies the options it found (CapexPage).
    Settings::setValue(SettingKey::GuidanceCompanies, selectedCompanies());
    Settings::setValue(SettingKey::GuidanceYear, m_year->currentData().toInt());
    applyOptions();
}

void GuidancePage::applyOptions()
{
    m_chart->configure({m_year->currentData().toInt(), selectedCompanies(),
                        Settings::value(SettingKey::DisplayCurrency).toString()});
}

void GuidancePage::showEvent(QShowEvent *event)
{
    if (m_chart->snapshot() && m_chart->options().currency != Settings::value(SettingKey::DisplayCurrency).toString())
        applyOptions();
    DashboardPage::showEvent(event);
}

void GuidancePage::updateReading()
{
    QStringList readings = m_chart->readings();
    if (readings.isEmpty())
        readings << tr("Choose one or more companies.");
    m_reading->setText(readings.join(QLatin1Char('\n')));
}

void GuidancePage::retranslateUi()
{
    m_yearLabel->setText(tr("&Year:"));
    m_year->setToolTip(tr("The calendar year the guidance is for"));
    m_companiesLabel->setText(tr("Companies:"));
    for (auto it = m_companyChecks.constBegin(); it != m_companyChecks.constEnd(); ++it)
        nameCompanyCheck(it.value(), it.key());
    updateReading();
}

} // namespace capex::ui

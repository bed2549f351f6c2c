#include "modelpages.h"

#include "capexmodel.h"
#include "capexmodelchart.h"
#include "chartpanel.h"
#include "costcurvechart.h"
#include "fleetmodelchart.h"
#include "jevonschart.h"
#include "parametertext.h"
#include "scenariodocument.h"
#include "trainingcostchart.h"
#include "translation.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace capex::ui {

CostCurvesPage::CostCurvesPage(DataStore &store, ScenarioDocument &document, QWidget *parent)
    : DashboardPage(store, parent), m_chart(new CostCurveChart(document)), m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("costCurvesPage"));
    m_note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(new ChartPanel(m_chart, this), 1);
    retranslateUi();
}

void CostCurvesPage::retranslateUi()
{
    m_note->setText(tr("Each line is a preset of the cost-decline assumption; the thick one is in use. Markers are "
                       "published prices and costs, each series set to 1 at its first point, so their slopes compare "
                       "with the lines. Choose the preset in the assumptions panel."));
}

JevonsPage::JevonsPage(DataStore &store, ScenarioDocument &document, QWidget *parent)
    : DashboardPage(store, parent), m_document(document), m_jevons(new JevonsChart(document)),
      m_fleet(new FleetModelChart(document)), m_capex(new CapexModelChart(document)), m_reading(new QLabel(this)),
      m_differences(new QTableWidget(this))
{
    setObjectName(QStringLiteral("jevonsPage"));
    QFont font = m_reading->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    font.setBold(true);
    m_reading->setFont(font);
    m_reading->setWordWrap(true);
    m_differences->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_differences->verticalHeader()->hide();
    m_differences->horizontalHeader()->setStretchLastSection(true);
    m_differences->setMaximumHeight(150);
    m_differences->hide();

    auto *grid = new QGridLayout;
    for (DashboardChart *chart : std::initializer_list<DashboardChart *>{m_jevons, m_fleet, m_capex})
        m_panels.append(new ChartPanel(chart, this));
    grid->addWidget(m_panels.at(0), 0, 0, 1, 2);
    grid->addWidget(m_panels.at(1), 1, 0);
    grid->addWidget(m_panels.at(2), 1, 1);
    grid->setRowStretch(0, 1);
    grid->setRowStretch(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_reading);
    layout->addLayout(grid, 1);
    layout->addWidget(m_differences);
    connect(&document, &ScenarioDocument::changed, this, [this] {
        updateReading();
        updateDifferences();
    });
    retranslateUi();
}

void JevonsPage::updateReading() { m_reading->setText(JevonsChart::reading(m_document)); }

void JevonsPage::setComparisons(const QList<std::pair<QString, const Scenario *>> &scenarios)
{
    m_compared = scenarios;
    m_comparedResults.clear();
    m_comparedResults.reserve(static_cast<std::size_t>(scenarios.size()));
    for (const auto &[name, scenario] : scenarios)
        m_comparedResults.push_back(CapexModel::run(scenario->parameters));
    QList<std::pair<QString, const ModelResult *>> results;
    for (int i = 0; i < scenarios.size(); ++i)
        results.append({scenarios.at(i).first, &m_comparedResults[static_cast<std::size_t>(i)]});
    for (ModelChart *chart : std::initializer_list<ModelChart *>{m_jevons, m_fleet, m_capex})
        chart->setComparisons(results);
    updateDifferences();
}

void JevonsPage::updateDifferences()
{
    m_differences->setVisible(!m_compared.isEmpty());
    if (m_compared.isEmpty())
        return;
    const ModelParameters &current = m_document.parameters();
    QStringList headers{tr("Parameter"), m_document.displayName()};
    for (const auto &[name, scenario] : m_compared)
        headers << name;
    QList<QStringList> rows;
    for (const ParameterSpec &spec : current.specs()) {
        QStringList row{parameterLabel(spec.name, m_document.dataset()), parameterValueText(spec, spec.value)};
        bool differs = false;
        for (const auto &[name, scenario] : m_compared) {
            const double other = scenario->parameters.get(spec.name).value_or(spec.value);
            differs = differs || std::fabs(other - spec.value) > 1e-12 * std::max(1.0, std::fabs(spec.value));
            row << parameterValueText(spec, other);
        }
        if (differs)
            rows << row;
    }
    m_differences->clear();
    m_differences->setColumnCount(static_cast<int>(headers.size()));
    m_differences->setHorizontalHeaderLabels(headers);
    m_differences->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows.at(r).size(); ++c)
            m_differences->setItem(r, c, new QTableWidgetItem(rows.at(r).at(c)));
    m_differences->resizeColumnsToContents();
}

void JevonsPage::retranslateUi()
{
    updateReading();
    updateDifferences();
    m_differences->setToolTip(tr("The parameters in which the compared scenarios differ"));
}

TrainingCostPage::TrainingCostPage(DataStore &store, ScenarioDocument &document, QWidget *parent)
    : DashboardPage(store, parent), m_chart(new TrainingCostChart(document)), m_yearLabel(new QLabel(this)),
      m_year(new QSpinBox(this))
{
    setObjectName(QStringLiteral("trainingCostPage"));
    m_year->setRange(2025, 2040);
    m_year->setValue(m_chart->laterYear());
    m_yearLabel->setBuddy(m_year);
    auto *row = new QHBoxLayout;
    row->addWidget(m_yearLabel);
    row->addWidget(m_year);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(new ChartPanel(m_chart, this), 1);
    connect(m_year, &QSpinBox::valueChanged, m_chart, &TrainingCostChart::setLaterYear);
    retranslateUi();
}

void TrainingCostPage::retranslateUi()
{
    m_yearLabel->setText(tr("Cost of the same runs in &year:"));
    m_year->setToolTip(tr("The year in which to price the same training runs under the selected cost curve"));
}

} // namespace capex::ui

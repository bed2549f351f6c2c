#include "analysispages.h"

#include "chartpanel.h"
#include "datastore.h"
#include "overbuildmapchart.h"
#include "parametertext.h"
#include "scenariodocument.h"
#include "trackrecordchart.h"
#include "translation.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace capex::ui {

OverbuildMapPage::OverbuildMapPage(DataStore &store, ScenarioDocument &document, QWidget *parent)
    : DashboardPage(store, parent), m_document(document), m_chart(new OverbuildMapChart(document)),
      m_xLabel(new QLabel(this)), m_yLabel(new QLabel(this)), m_outputLabel(new QLabel(this)),
      m_yearLabel(new QLabel(this)), m_reading(new QLabel(this)), m_x(new QComboBox(this)), m_y(new QComboBox(this)),
      m_output(new QComboBox(this)), m_year(new QSpinBox(this))
{
    setObjectName(QStringLiteral("overbuildMapPage"));
    m_x->setObjectName(QStringLiteral("mapX"));
    m_y->setObjectName(QStringLiteral("mapY"));
    m_output->setObjectName(QStringLiteral("mapOutput"));
    m_year->setObjectName(QStringLiteral("mapYear"));
    for (const char *name : {"plan_to_required_ratio", "required_ai_capex_usd", "required_h100e", "required_power_gw",
             "capex_gap_usd", "spend_index"})
        m_output->addItem(QString::fromLatin1(name), QString::fromLatin1(name));
    m_xLabel->setBuddy(m_x);
    m_yLabel->setBuddy(m_y);
    m_outputLabel->setBuddy(m_output);
    m_yearLabel->setBuddy(m_year);
    fillParameterBoxes();

    // Two rows, so that the page fits beside the Assumptions dock on a laptop's screen.
    for (QComboBox *box : {m_x, m_y, m_output}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(16);
    }
    auto *controls = new QGridLayout;
    controls->addWidget(m_xLabel, 0, 0);
    controls->addWidget(m_x, 0, 1);
    controls->addWidget(m_yLabel, 0, 2);
    controls->addWidget(m_y, 0, 3);
    controls->addWidget(m_outputLabel, 1, 0);
    controls->addWidget(m_output, 1, 1);
    controls->addWidget(m_yearLabel, 1, 2);
    controls->addWidget(m_year, 1, 3, Qt::AlignLeft);
    controls->setColumnStretch(4, 1);
    m_reading->setWordWrap(true);
    m_reading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(new ChartPanel(m_chart, this), 1);
    layout->addWidget(m_reading);

    auto changed = [this] { apply(); };
    connect(m_x, &QComboBox::activated, this, changed);
    connect(m_y, &QComboBox::activated, this, changed);
    connect(m_output, &QComboBox::activated, this, changed);
    connect(m_year, &QSpinBox::valueChanged, this, changed);
    // The reading follows the map's grid, which the chart computes when it is shown.
    connect(m_chart, &DashboardChart::rebuilt, this, &OverbuildMapPage::updateReading);
    connect(&document, &ScenarioDocument::datasetChanged, this, &OverbuildMapPage::fillParameterBoxes);
    retranslateUi();
}

void OverbuildMapPage::fillParameterBoxes()
{
    const QString x = m_x->currentData().toString(), y = m_y->currentData().toString();
    for (QComboBox *box : {m_x, m_y}) {
        QSignalBlocker block(box);
        box->clear();
        for (const ParameterSpec &spec : m_document.parameters().specs())
            if (spec.sensitivity && !spec.openDomain && spec.high > spec.low)
                box->addItem(parameterLabel(spec.name, m_document.dataset()), QString::fromStdString(spec.name));
    }
    const OverbuildMapChart::Options &o = m_chart->options();
    QSignalBlocker blockX(m_x), blockY(m_y), blockYear(m_year);
    m_x->setCurrentIndex(std::max(0, m_x->findData(x.isEmpty() ? o.x : x)));
    m_y->setCurrentIndex(std::max(0, m_y->findData(y.isEmpty() ? o.y : y)));
    const ModelParameters &p = m_document.parameters();
    m_year->setRange(p.t0() + 1, p.horizon());
    m_year->setValue(m_chart->year());
}

void OverbuildMapPage::apply()
{
    OverbuildMapChart::Options o = m_chart->options();
    o.x = m_x->currentData().toString();
    o.y = m_y->currentData().toString();
    if (o.x == o.y) { // the same parameter twice: swap the other axis away from it
        const int other = m_y->currentIndex() == 0 ? 1 : 0;
        QSignalBlocker block(m_y);
        m_y->setCurrentIndex(other);
        o.y = m_y->currentData().toString();
    }
    o.output = parseOutput(m_output->currentData().toString().toStdString()).value_or(ModelOutput::PlanToRequiredRatio);
    o.year = m_year->value();
    m_chart->configure(o);
    updateReading();
}

void OverbuildMapPage::updateReading()
{
    const GridResult &g = m_chart->grid();
    if (g.values.empty()) {
        m_reading->clear();
        return;
    }
    const NumberFormat f = Translation::instance().format(3);
    const YearRow *row = m_document.result().year(g.year);
    const double current = row ? row->value(g.output).value_or(std::nan("")) : std::nan("");
    const double share = m_chart->shareAbove();
    const QString percent = QString::fromStdString(f.percent(std::isnan(share) ? 0 : share));
    if (g.output == ModelOutput::PlanToRequiredRatio) {
        const QString now = std::isnan(current) ? tr("not defined") : QString::fromStdString(f.factor(current));
        m_reading->setText(tr("In %1 the plan is %2 what demand requires in the current scenario. Over the map's %3 "
                              "combinations the plan exceeds the requirement (over-built, red) in %4 of them; the "
                              "black line is where they are equal.")
                               .arg(g.year)
                               .arg(now)
                               .arg(g.values.size())
                               .arg(percent));
    } else {
        m_reading->setText(tr("%1 in %2: %3 in the current scenario; %4 of the map's combinations lie above it.")
                               .arg(QString::fromStdString(outputName(g.output)))
                               .arg(g.year)
                               .arg(std::isnan(current) ? tr("not defined") : QString::fromStdString(f.number(current)))
                               .arg(percent));
    }
}

void OverbuildMapPage::retranslateUi()
{
    m_xLabel->setText(tr("&Across:"));
    m_yLabel->setText(tr("&Up:"));
    m_outputLabel->setText(tr("&Output:"));
    m_yearLabel->setText(tr("&Year:"));
    m_output->setItemText(0, tr("Plan ÷ required"));
    m_output->setItemText(1, tr("Required AI capex"));
    m_output->setItemText(2, tr("Required fleet (H100e)"));
    m_output->setItemText(3, tr("Required power (GW)"));
    m_output->setItemText(4, tr("Plan − required"));
    m_output->setItemText(5, tr("Spend index"));
    fillParameterBoxes();
    updateReading();
}

TrackRecordPage::TrackRecordPage(DataStore &store, ScenarioDocument &document, QWidget *parent)
    : DashboardPage(store, parent), m_chart(new TrackRecordChart(store.fullModelData(), document)),
      m_dateLabel(new QLabel(this)), m_reading(new QLabel(this)), m_date(new QDateEdit(this))
{
    setObjectName(QStringLiteral("trackRecordPage"));
    m_date->setObjectName(QStringLiteral("trackRecordDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setDateRange(QDate(2024, 1, 1), QDate::currentDate());
    m_date->setDate(QDate::fromString(m_chart->date(), Qt::ISODate));
    m_dateLabel->setBuddy(m_date);
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_dateLabel);
    controls->addWidget(m_date);
    controls->addStretch(1);
    m_reading->setWordWrap(true);
    m_reading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(new ChartPanel(m_chart, this), 1);
    layout->addWidget(m_reading);
    connect(m_date, &QDateEdit::dateChanged, this, [this](QDate date) {
        m_chart->setDate(date.toString(Qt::ISODate));
        m_reading->setText(m_chart->reading());
    });
    connect(m_chart, &DashboardChart::rebuilt, this, [this] { m_reading->setText(m_chart->reading()); });
    retranslateUi();
}

void TrackRecordPage::refresh()
{
    m_reading->setText(m_chart->reading());
}

void TrackRecordPage::retranslateUi()
{
    m_dateLabel->setText(tr("Plan and model as known &on:"));
    m_date->setToolTip(tr("The model runs on the data as published by this date (the plan is the guidance then "
                          "standing) and is set beside what the companies reported afterwards"));
    m_reading->setText(m_chart->reading());
}

} // namespace capex::ui

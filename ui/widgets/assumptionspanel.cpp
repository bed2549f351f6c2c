#include "assumptionspanel.h"

#include "costcurvepresets.h"
#include "livelabel.h"
#include "parametertext.h"
#include "scenariodocument.h"
#include "translation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QSlider>
#include <QStyleOptionSlider>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace capex::ui {
namespace {

/// A value box at least as wide as its widest value with its unit: at 110 px the base fleet
/// was cut to "3,100,000 H10" in a laptop's dock (the labels beside it wrap instead).
void fitSpinBox(QDoubleSpinBox *spin) { spin->setMinimumWidth(std::max(110, spin->sizeHint().width())); }


constexpr int sliderSteps = 1000;

/// A slider that marks its default value with a small triangle under the groove.
class DefaultMarkSlider : public QSlider
{
public:
    DefaultMarkSlider() : QSlider(Qt::Horizontal) {}
    void setDefaultPosition(int position)
    {
        m_default = position;
        update();
    }
    /// −1 / +1: the value lies below / above the usual range and the handle is pinned at that
    /// end, which an amber arrow beside it says; 0: inside.
    void setOutside(int side)
    {
        if (side != m_outside) {
            m_outside = side;
            update();
        }
    }
    int outside() const { return m_outside; }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QSlider::paintEvent(event);
        QStyleOptionSlider option;
        initStyleOption(&option);
        const QRect groove = style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderGroove, this);
        const QRect handle = style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, this);
        const int span = groove.width() - handle.width();
        const int x = groove.left() + handle.width() / 2
            + QStyle::sliderPositionFromValue(minimum(), maximum(), m_default, span);
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setBrush(QColor(0xD5, 0x5E, 0x00));
        painter.setPen(Qt::NoPen);
        const int y = height() - 1;
        painter.drawPolygon(QPolygon({QPoint(x - 4, y), QPoint(x + 4, y), QPoint(x, y - 5)}));
        if (m_outside != 0) {
            painter.setBrush(QColor(0xD9, 0x77, 0x06));
            const int cy = handle.center().y();
            const int tip = m_outside > 0 ? groove.right() : groove.left();
            const int base = tip - 7 * m_outside;
            painter.drawPolygon(QPolygon({QPoint(tip, cy), QPoint(base, cy - 5), QPoint(base, cy + 5)}));
        }
    }

private:
    int m_default = 0;
    int m_outside = 0;
};

int positionOf(const ParameterSpec &spec, double value)
{
    if (spec.integer)
        return static_cast<int>(std::lround(value));
    if (spec.high <= spec.low)
        return 0;
    return static_cast<int>(std::lround(std::clamp((value - spec.low) / (spec.high - spec.low), 0.0, 1.0) * sliderSteps));
}

double valueAt(const ParameterSpec &spec, int position)
{
    if (spec.integer)
        return position;
    return spec.low + (spec.high - spec.low) * position / sliderSteps;
}

QString sectionOf(const std::string &name)
{
    if (name == "t0" || name == "horizon")
        return QStringLiteral("time");
    if (name == "cost_decline" || name == "hw_gain" || name == "algo_gain" || name == "shock_factor"
        || name == "shock_year")
        return QStringLiteral("cost");
    if (name == "elasticity" || name == "demand_growth")
        return QStringLiteral("demand");
    if (name.rfind("capex_growth.", 0) == 0 || name == "ai_share" || name.rfind("plan_", 0) == 0)
        return QStringLiteral("plans");
    if (name == "kw_per_h100e" || name == "ppw_gain" || name.rfind("power_cap", 0) == 0)
        return QStringLiteral("power");
    return QStringLiteral("fleet");
}

} // namespace

AssumptionsPanel::AssumptionsPanel(ScenarioDocument &document, QWidget *parent)
    : QWidget(parent), m_document(document), m_grid(new QGridLayout), m_curve(new QComboBox(this)),
      m_curveLabel(new QLabel(this)), m_companiesLabel(new QLabel(this)), m_title(new QLabel(this)),
      m_curveImplied(new LiveLabel(this)), m_resetAll(new QToolButton(this)), m_companyBox(new QWidget(this)),
      m_fleetSource(new QComboBox(this)), m_fleetSourceLabel(new QLabel(this)), m_asOfCheck(new QCheckBox(this)),
      m_asOfDate(new QDateEdit(this))
{
    setObjectName(QStringLiteral("assumptionsPanel"));
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    for (const CostCurvePreset &preset : CostCurvePresets::presets())
        m_curve->addItem(QString(), QString::fromStdString(preset.id));
    m_curveLabel->setBuddy(m_curve);
    // Its rate changes at every step of the cost-decline slider: a LiveLabel, so that a step
    // does not lay out and repaint the whole dock (a third of the step).
    m_curveImplied->label()->setStyleSheet(QStringLiteral("color: #444;"));
    auto *companies = new QGridLayout(m_companyBox);
    companies->setContentsMargins(0, 0, 0, 0);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_resetAll);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_curveLabel);
    layout->addWidget(m_curve);
    layout->addWidget(m_curveImplied);
    layout->addWidget(m_companiesLabel);
    layout->addWidget(m_companyBox);
    m_fleetSource->setObjectName(QStringLiteral("fleetSource"));
    for (const char *id : {"", "epoch", "lesswrong"})
        m_fleetSource->addItem(QString(), QString::fromLatin1(id));
    m_fleetSourceLabel->setBuddy(m_fleetSource);
    layout->addWidget(m_fleetSourceLabel);
    layout->addWidget(m_fleetSource);
    // "Data as of": the scenario's view of the data on a date; unticked, everything.
    m_asOfCheck->setObjectName(QStringLiteral("asOf"));
    m_asOfDate->setObjectName(QStringLiteral("asOfDate"));
    m_asOfDate->setCalendarPopup(true);
    m_asOfDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_asOfDate->setDateRange(QDate(2020, 1, 1), QDate(2100, 12, 31));
    m_asOfDate->setDate(QDate(2025, 2, 1));
    m_asOfDate->setEnabled(false);
    auto *asOf = new QHBoxLayout;
    asOf->addWidget(m_asOfCheck);
    asOf->addWidget(m_asOfDate, 1);
    layout->addLayout(asOf);
    m_grid->setColumnStretch(1, 1);
    m_grid->setVerticalSpacing(2);
    layout->addLayout(m_grid);
    layout->addStretch(1);

    connect(m_curve, &QComboBox::activated, this,
            [this](int index) { m_document.setCostCurve(m_curve->itemData(index).toString()); });
    connect(m_resetAll, &QToolButton::clicked, this, [this] { m_document.resetAll(); });
    connect(m_fleetSource, &QComboBox::activated, this,
            [this](int index) { m_document.setFleetSource(m_fleetSource->itemData(index).toString()); });
    connect(m_asOfCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_asOfDate->setEnabled(on);
        m_document.setAsOf(on ? m_asOfDate->date().toString(Qt::ISODate) : QString());
    });
    connect(m_asOfDate, &QDateEdit::dateChanged, this, [this](QDate date) {
        if (m_asOfCheck->isChecked())
            m_document.setAsOf(date.toString(Qt::ISODate));
    });
    connect(&m_document, &ScenarioDocument::asOfChanged, this, &AssumptionsPanel::syncFromDocument);
    // The companies' names come with the figures (a large store's arrive after the window
    // shows, when the boxes were named by id).
    connect(&m_document, &ScenarioDocument::datasetChanged, this, &AssumptionsPanel::nameCompanies);
    connect(&m_document, &ScenarioDocument::changed, this, &AssumptionsPanel::syncFromDocument);
    connect(&m_document, &ScenarioDocument::uncertainChanged, this, &AssumptionsPanel::syncFromDocument);
    rebuildRows();
    retranslateUi();
}

QSlider *AssumptionsPanel::slider(const QString &name) const { return m_rows.value(name).slider; }
QDoubleSpinBox *AssumptionsPanel::spinBox(const QString &name) const { return m_rows.value(name).spin; }

void AssumptionsPanel::rebuildRows()
{
    const auto specs = m_document.parameters().specs();
    QStringList names;
    for (const ParameterSpec &spec : specs)
        names << QString::fromStdString(spec.name);
    if (names == m_order)
        return;
    for (const Row &row : std::as_const(m_rows)) {
        delete row.uncertain;
        delete row.label;
        delete row.slider;
        delete row.spin;
        delete row.reset;
    }
    qDeleteAll(m_sections);
    m_sections.clear();
    m_rows.clear();
    m_order = names;

    // Rows grouped by section in this order, registry order within a section.
    std::vector<ParameterSpec> grouped;
    for (const char *wanted : {"time", "cost", "demand", "fleet", "power", "plans"})
        for (const ParameterSpec &spec : specs)
            if (sectionOf(spec.name) == QLatin1String(wanted))
                grouped.push_back(spec);
    int line = 0;
    QString section;
    for (const ParameterSpec &spec : grouped) {
        const QString name = QString::fromStdString(spec.name);
        if (sectionOf(spec.name) != section) {
            section = sectionOf(spec.name);
            auto *heading = new QLabel(this);
            heading->setStyleSheet(QStringLiteral("font-weight: 600; color: #0072B2; margin-top: 6px;"));
            m_sections.insert(section, heading);
            m_grid->addWidget(heading, line++, 0, 1, 4);
        }
        Row row;
        row.label = new QLabel(this);
        row.spin = new QDoubleSpinBox(this);
        row.spin->setObjectName(name);
        row.spin->setKeyboardTracking(false);
        row.spin->setAccelerated(true);
        row.reset = new QToolButton(this);
        row.reset->setText(QStringLiteral("↺"));
        row.reset->setAutoRaise(true);
        row.scale = displayScale(spec);
        const double magnitude = std::max(std::fabs(spec.high), std::fabs(spec.value));
        row.spin->setDecimals(spec.integer ? 0 : magnitude * row.scale >= 1000 ? 0 : row.scale > 1 ? 1 : 3);
        if (spec.openDomain) {
            row.spin->setRange(0.001, spec.value * row.scale * 100);
        } else {
            // The box takes the whole valid domain (the slider only the usual range): an open
            // end starts one shown step inside it; an unbounded one at a thousand times the range.
            const double step = std::pow(10.0, -row.spin->decimals());
            const double low = spec.domainLow * row.scale + (spec.domainLowOpen ? step : 0.0);
            const double high = std::isinf(spec.domainHigh) ? std::max(spec.high, spec.value) * row.scale * 1000
                                                            : spec.domainHigh * row.scale;
            row.spin->setRange(std::min(low, spec.value * row.scale), std::max(high, spec.value * row.scale));
        }
        row.spin->setSingleStep(spec.integer ? 1
                                : spec.openDomain ? std::max(magnitude * row.scale / 100, 0.001)
                                                  : (spec.high - spec.low) * row.scale / 50);
        row.spin->setSuffix(parameterSuffix(spec));
        row.spin->setGroupSeparatorShown(magnitude * row.scale >= 10000);
        if (!spec.openDomain) {
            auto *slider = new DefaultMarkSlider;
            slider->setParent(this);
            slider->setObjectName(name);
            slider->setRange(spec.integer ? static_cast<int>(spec.low) : 0,
                             spec.integer ? static_cast<int>(spec.high) : sliderSteps);
            slider->setDefaultPosition(positionOf(spec, spec.defaultValue));
            slider->setMinimumWidth(110);
            row.slider = slider;
            connect(slider, &QSlider::sliderPressed, this, [this, name] { m_dragId = m_document.beginDrag(name); });
            connect(slider, &QSlider::sliderReleased, this, [this] {
                m_dragId = 0;
                m_document.endDrag();
            });
            connect(slider, &QSlider::valueChanged, this, [this, name](int position) { sliderMoved(name, position); });
        }
        const double scale = row.scale;
        connect(row.spin, &QDoubleSpinBox::valueChanged, this,
                [this, name, scale](double shown) { m_document.setParameter(name, shown / scale); });
        connect(row.reset, &QToolButton::clicked, this, [this, name] { m_document.resetParameter(name); });
        row.label->setWordWrap(true);
        fitSpinBox(row.spin);
        m_grid->addWidget(row.label, line, 0);
        if (row.slider)
            m_grid->addWidget(row.slider, line, 1);
        m_grid->addWidget(row.spin, line, row.slider ? 2 : 1, 1, row.slider ? 1 : 2);
        m_grid->addWidget(row.reset, line, 3);
        if (spec.sensitivity && !spec.integer) {
            row.uncertain = new QCheckBox(this);
            row.uncertain->setObjectName(name);
            connect(row.uncertain, &QCheckBox::toggled, this,
                    [this, name](bool on) { m_document.setUncertain(name, on); });
            m_grid->addWidget(row.uncertain, line, 4);
        }
        ++line;
        m_rows.insert(name, row);
    }

    // Company check boxes, two to a line.
    qDeleteAll(m_companyChecks);
    m_companyChecks.clear();
    auto *grid = static_cast<QGridLayout *>(m_companyBox->layout());
    int index = 0;
    for (const CompanyBaseline &company : m_document.parameters().inputs().companies) {
        const QString id = QString::fromStdString(company.id);
        auto *box = new QCheckBox(m_companyBox);
        box->setObjectName(id);
        grid->addWidget(box, index / 2, index % 2);
        ++index;
        connect(box, &QCheckBox::clicked, this, [this] {
            QStringList ids;
            for (const CompanyBaseline &c : m_document.parameters().inputs().companies)
                if (QCheckBox *b = m_companyChecks.value(QString::fromStdString(c.id)); b && b->isChecked())
                    ids << QString::fromStdString(c.id);
            m_document.setCompanies(ids);
        });
        m_companyChecks.insert(id, box);
    }
    syncFromDocument();
}

void AssumptionsPanel::sliderMoved(const QString &name, int position)
{
    auto spec = m_document.parameters().spec(name.toStdString());
    if (!spec)
        return;
    m_document.setParameter(name, valueAt(*spec, position), m_dragId);
}

void AssumptionsPanel::syncFromDocument()
{
    const ModelParameters &p = m_document.parameters();
    const std::vector<ParameterSpec> specs = p.specs(); // made on each call: once here
    if (static_cast<int>(specs.size()) != m_order.size()) {
        rebuildRows();
        retranslateUi();
        return;
    }
    for (const ParameterSpec &spec : specs) {
        Row &row = m_rows[QString::fromStdString(spec.name)];
        if (row.slider) {
            QSignalBlocker block(row.slider);
            if (!row.slider->isSliderDown())
                row.slider->setValue(positionOf(spec, spec.value));
        }
        {
            QSignalBlocker block(row.spin);
            if (spec.value * row.scale < row.spin->minimum() || spec.value * row.scale > row.spin->maximum())
                row.spin->setRange(std::min(row.spin->minimum(), spec.value * row.scale),
                                   std::max(row.spin->maximum(), spec.value * row.scale));
            // Every change syncs every row, and setValue formats and compares the box's text
            // even for an unchanged value (half of this function's time in a slider step). A
            // value within less than half the last decimal of the shown one rounds to it.
            const double shown = spec.value * row.scale;
            if (std::fabs(shown - row.spin->value()) >= 0.49 * std::pow(10.0, -row.spin->decimals()))
                row.spin->setValue(shown);
        }
        // Outside the usual range the slider pins at its end; the row says so.
        const int side = !row.slider || spec.inRange(spec.value) ? 0 : spec.value > spec.high ? 1 : -1;
        if (auto *slider = static_cast<DefaultMarkSlider *>(row.slider); slider && slider->outside() != side) {
            slider->setOutside(side);
            const QString tip = parameterTooltip(spec, m_document.dataset());
            row.slider->setToolTip(tip);
            row.spin->setToolTip(tip);
            row.label->setToolTip(tip);
        }
        // A changed value reads bold, so the user sees at a glance what differs from the defaults.
        const bool changed = std::fabs(spec.value - spec.defaultValue) > 1e-12 * std::max(1.0, std::fabs(spec.defaultValue));
        if (row.label->font().bold() != changed) {
            QFont font = row.label->font();
            font.setBold(changed);
            row.label->setFont(font);
        }
        row.reset->setEnabled(changed || p.isExplicit(spec.name));
        if (row.uncertain) {
            QSignalBlocker block(row.uncertain);
            row.uncertain->setChecked(m_document.uncertain().contains(QString::fromStdString(spec.name)));
        }
    }
    {
        QSignalBlocker blockSource(m_fleetSource);
        m_fleetSource->setCurrentIndex(
            p.isFleetSourceExplicit() ? m_fleetSource->findData(QString::fromLatin1(fleetSourceId(p.fleetSource()))) : 0);
        QSignalBlocker blockCheck(m_asOfCheck);
        QSignalBlocker blockDate(m_asOfDate);
        const QString asOf = m_document.asOf();
        m_asOfCheck->setChecked(!asOf.isEmpty());
        m_asOfDate->setEnabled(!asOf.isEmpty());
        if (!asOf.isEmpty())
            m_asOfDate->setDate(QDate::fromString(asOf, Qt::ISODate));
    }
    const QString curve = QString::fromStdString(p.costCurve());
    {
        QSignalBlocker block(m_curve);
        m_curve->setCurrentIndex(m_curve->findData(curve));
    }
    const double decline = p.get(Parameter::CostDecline);
    m_curveImplied->setText(p.isExplicit("cost_decline")
                                ? tr("Cost decline set by hand: −%1 a year").arg(QString::fromStdString(Translation::instance().format(4).percent(decline)))
                                : tr("Implies a cost decline of −%1 a year").arg(QString::fromStdString(Translation::instance().format(4).percent(decline))));
    const auto &selected = p.selectedCompanies();
    for (auto it = m_companyChecks.begin(); it != m_companyChecks.end(); ++it) {
        QSignalBlocker block(it.value());
        it.value()->setChecked(std::find(selected.begin(), selected.end(), it.key().toStdString()) != selected.end());
    }
}

void AssumptionsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AssumptionsPanel::retranslateUi()
{
    m_title->setText(tr("Assumptions"));
    m_resetAll->setText(tr("Reset all"));
    m_resetAll->setToolTip(tr("Every assumption back to its default (undoable)"));
    m_curveLabel->setText(tr("Cost &curve:"));
    m_companiesLabel->setText(tr("Companies in the plan:"));
    m_fleetSourceLabel->setText(tr("&Fleet estimates for the base fleet:"));
    m_fleetSource->setItemText(0, tr("By base year"));
    m_fleetSource->setItemText(1, QStringLiteral("Epoch AI"));
    m_fleetSource->setItemText(2, QStringLiteral("LessWrong"));
    m_fleetSource->setToolTip(tr("Whose end-of-year H100-equivalent estimates give the base fleet: by default Epoch AI "
                                 "for a base year of 2025 and LessWrong (CharlesD, 2024-11-28) for 2024"));
    m_asOfCheck->setText(tr("Data &as of"));
    m_asOfCheck->setToolTip(tr("Show the data as it was known on this date: figures published later disappear from "
                               "every chart and from the model, so the plan is the guidance as it then stood"));
    m_asOfDate->setToolTip(m_asOfCheck->toolTip());
    m_companiesLabel->setToolTip(tr("Their fleets make the base fleet; their capex plans the planned AI capex"));
    for (int i = 0; i < m_curve->count(); ++i)
        if (const CostCurvePreset *preset = CostCurvePresets::preset(m_curve->itemData(i).toString().toStdString())) {
            m_curve->setItemText(i, localized(preset->nameEn, preset->nameZh));
            m_curve->setItemData(i, localized(preset->sourceEn, preset->sourceZh), Qt::ToolTipRole);
        }
    const QHash<QString, QString> sections = {
        {QStringLiteral("time"), tr("Time")},
        {QStringLiteral("cost"), tr("Cost of AI work")},
        {QStringLiteral("demand"), tr("Demand (Jevons)")},
        {QStringLiteral("fleet"), tr("Fleet and capex")},
        {QStringLiteral("power"), tr("Power")},
        {QStringLiteral("plans"), tr("Company plans")},
    };
    for (auto it = m_sections.begin(); it != m_sections.end(); ++it)
        it.value()->setText(sections.value(it.key()));
    const Dataset *d = m_document.dataset();
    for (const ParameterSpec &spec : m_document.parameters().specs()) {
        Row &row = m_rows[QString::fromStdString(spec.name)];
        const QString tip = parameterTooltip(spec, d);
        row.label->setText(parameterLabel(spec.name, d));
        row.label->setToolTip(tip);
        row.spin->setToolTip(tip);
        row.spin->setSuffix(parameterSuffix(spec));
        fitSpinBox(row.spin);
        if (row.slider)
            row.slider->setToolTip(tip);
        row.reset->setToolTip(tr("Reset to the default, %1").arg(parameterValueText(spec, spec.defaultValue)));
        if (row.uncertain)
            row.uncertain->setToolTip(tr("Uncertain: the Monte Carlo draws it from a triangular distribution "
                                         "(%1, current value, %2)")
                                          .arg(parameterValueText(spec, spec.low), parameterValueText(spec, spec.high)));
    }
    nameCompanies();
    syncFromDocument();
}

void AssumptionsPanel::nameCompanies()
{
    for (auto it = m_companyChecks.begin(); it != m_companyChecks.end(); ++it) {
        const CompanyBaseline *c = m_document.parameters().inputs().company(it.key().toStdString());
        const QString name = c ? localized(c->nameEn, c->nameZh) : it.key();
        if (it.value()->text() != name)
            it.value()->setText(name);
    }
}

} // namespace capex::ui

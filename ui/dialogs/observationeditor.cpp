#include "observationeditor.h"

#include "errortext.h"
#include "importednumber.h"
#include "observationexport.h"
#include "recordcheck.h"
#include "translation.h"
#include "valuetext.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>
#include <set>

namespace capex::ui {
namespace {

constexpr Kind kinds[] = {Kind::Actual, Kind::Guidance, Kind::Estimate, Kind::Forecast, Kind::Curve, Kind::Fact};
constexpr Grade grades[] = {Grade::Reported, Grade::Estimate, Grade::Media};

QString numberText(const std::optional<double> &value)
{
    return value ? QString::fromStdString(formatExactNumber(*value)) : QString();
}

/// Refills `box` with `items` (text, data), keeping the current choice.
void refill(QComboBox *box, const QList<std::pair<QString, QVariant>> &items)
{
    const QVariant current = box->currentData();
    QSignalBlocker block(box);
    box->clear();
    for (const auto &[text, data] : items)
        box->addItem(text, data);
    const int index = current.isValid() ? box->findData(current) : -1;
    box->setCurrentIndex(index < 0 ? 0 : index);
}

void sortByText(QList<std::pair<QString, QVariant>> &items)
{
    std::sort(items.begin(), items.end(), [](auto &a, auto &b) { return a.first.localeAwareCompare(b.first) < 0; });
}

} // namespace

ObservationEditor::ObservationEditor(const Dataset &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_entity(new QComboBox(this))
    , m_metric(new QComboBox(this))
    , m_periodType(new QComboBox(this))
    , m_quarter(new QComboBox(this))
    , m_month(new QComboBox(this))
    , m_endMonth(new QComboBox(this))
    , m_unit(new QComboBox(this))
    , m_currency(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_grade(new QComboBox(this))
    , m_source(new QComboBox(this))
    , m_year(new QSpinBox(this))
    , m_date(new QDateEdit(this))
    , m_value(new QLineEdit(this))
    , m_low(new QLineEdit(this))
    , m_high(new QLineEdit(this))
    , m_asOf(new QLineEdit(this))
    , m_noteEn(new QLineEdit(this))
    , m_noteZh(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_endLabel(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_form(new QFormLayout)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("observationEditor"));
    const std::pair<QWidget *, const char *> names[]
        = {{m_entity, "entity"}, {m_metric, "metric"}, {m_periodType, "periodType"}, {m_quarter, "quarter"},
            {m_month, "month"}, {m_year, "year"}, {m_endMonth, "endMonth"}, {m_date, "date"}, {m_value, "value"},
            {m_low, "low"}, {m_high, "high"}, {m_unit, "unit"}, {m_currency, "currency"}, {m_kind, "kind"}, {m_grade, "grade"}, {m_source, "source"},
            {m_asOf, "asOf"}, {m_noteEn, "noteEn"}, {m_noteZh, "noteZh"}, {m_error, "error"}};
    for (auto [widget, name] : names)
        widget->setObjectName(QString::fromLatin1(name));

    m_year->setRange(1900, 2100);
    m_year->setValue(2026);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_date->setDate(QDate::currentDate());
    m_unit->setEditable(true);
    m_currency->setEditable(true);
    for (QComboBox *box : {m_entity, m_metric, m_source}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(36);
    }
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b02020;"));
    m_error->hide();
    m_hint->setStyleSheet(QStringLiteral("color: palette(mid);"));

    auto *period = new QHBoxLayout;
    // "Fiscal quarter [Q1] [FY2026] ending in [June]", "Month [May] [2026]".
    period->addWidget(m_periodType);
    period->addWidget(m_quarter);
    period->addWidget(m_month);
    period->addWidget(m_year);
    period->addWidget(m_endLabel);
    period->addWidget(m_endMonth);
    period->addWidget(m_date);
    period->addStretch(1);
    auto *range = new QHBoxLayout;
    range->addWidget(m_low, 1);
    range->addWidget(new QLabel(QStringLiteral("–"), this));
    range->addWidget(m_high, 1);

    m_form->addRow(new QLabel(this), m_entity);
    m_form->addRow(new QLabel(this), m_metric);
    m_form->addRow(new QLabel(this), period);
    m_form->addRow(new QLabel(this), m_value);
    m_form->addRow(new QLabel(this), range);
    m_form->addRow(new QLabel(this), m_hint);
    m_form->addRow(new QLabel(this), m_unit);
    m_form->addRow(new QLabel(this), m_currency);
    m_form->addRow(new QLabel(this), m_kind);
    m_form->addRow(new QLabel(this), m_grade);
    m_form->addRow(new QLabel(this), m_source);
    m_form->addRow(new QLabel(this), m_asOf);
    m_form->addRow(new QLabel(this), m_noteEn);
    m_form->addRow(new QLabel(this), m_noteZh);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ObservationEditor::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_periodType, &QComboBox::currentIndexChanged, this, &ObservationEditor::updatePeriodFields);
    connect(m_metric, &QComboBox::currentIndexChanged, this, &ObservationEditor::metricChanged);
    connect(m_currency, &QComboBox::currentTextChanged, this, [this](const QString &currency) {
        // Money is stored in the currency it was published in: the unit follows it.
        if (!m_unit->isEnabled())
            m_unit->setEditText(currency.trimmed().toUpper());
    });
    auto showHint = [this] {
        auto o = read();
        m_hint->setText(o.ok() && (o->value || o->low || o->high) ? QStringLiteral("= ") + valueWithRangeText(o.value())
                                                                  : QString());
    };
    for (QLineEdit *edit : {m_value, m_low, m_high})
        connect(edit, &QLineEdit::textChanged, this, showHint);
    connect(m_unit, &QComboBox::currentTextChanged, this, showHint);

    m_result.kind = Kind::Actual;
    m_result.grade = Grade::Reported;
    retranslateUi();
    metricChanged();
    updatePeriodFields();
    setMinimumWidth(560);
}

void ObservationEditor::fillChoices()
{
    QList<std::pair<QString, QVariant>> entities, metrics, sources, periodTypes, quarters, months, kindItems,
        gradeItems;
    for (const Entity &e : m_store.entities)
        entities.append({localized(e.nameEn, e.nameZh), QString::fromStdString(e.id)});
    for (const Metric &m : m_store.metrics)
        metrics.append({localized(m.nameEn, m.nameZh), QString::fromStdString(m.id)});
    for (const Source &s : m_store.sources) {
        QString text = QString::fromStdString(s.publisher) + QStringLiteral(" — ") + QString::fromStdString(s.title);
        if (!s.date.empty())
            text += QStringLiteral(" (") + QString::fromStdString(s.date) + QLatin1Char(')');
        sources.append({text, QString::fromStdString(s.id)});
    }
    sortByText(entities);
    sortByText(metrics);
    sortByText(sources);
    refill(m_entity, entities);
    refill(m_metric, metrics);
    refill(m_source, sources);

    periodTypes = {{tr("Calendar year"), static_cast<int>(Period::Type::Year)},
        {tr("Fiscal year"), static_cast<int>(Period::Type::FiscalYear)},
        {tr("Calendar quarter"), static_cast<int>(Period::Type::Quarter)},
        {tr("Fiscal quarter"), static_cast<int>(Period::Type::FiscalQuarter)},
        {tr("Month"), static_cast<int>(Period::Type::Month)}, {tr("Date"), static_cast<int>(Period::Type::Date)}};
    refill(m_periodType, periodTypes);
    for (int quarter = 1; quarter <= 4; ++quarter)
        quarters.append({tr("Q%1", "a quarter in the figure editor").arg(quarter), quarter});
    refill(m_quarter, quarters);
    const QLocale locale(Translation::instance().language() == Language::Chinese ? QLocale::Chinese : QLocale::English);
    for (int month = 1; month <= 12; ++month)
        months.append({locale.monthName(month), month});
    refill(m_month, months);
    refill(m_endMonth, months);
    for (Kind k : kinds)
        kindItems.append({kindText(k), static_cast<int>(k)});
    for (Grade g : grades)
        gradeItems.append({gradeText(g), static_cast<int>(g)});
    refill(m_kind, kindItems);
    refill(m_grade, gradeItems);

    // Units and currencies: those the store already uses, so that a new figure matches.
    const QString unit = m_unit->currentText(), currency = m_currency->currentText();
    std::set<std::string> units, currencies = {"USD"};
    for (const Observation &o : m_store.observations)
        if (o.currency.empty())
            units.insert(o.unit);
    for (const Metric &m : m_store.metrics)
        if (m.unit != "money")
            units.insert(m.unit);
    for (const FxRate &r : m_store.fxRates)
        currencies.insert(r.currency);
    QSignalBlocker blockUnit(m_unit), blockCurrency(m_currency);
    m_unit->clear();
    for (const std::string &u : units)
        m_unit->addItem(QString::fromStdString(u));
    m_currency->clear();
    for (const std::string &c : currencies)
        m_currency->addItem(QString::fromStdString(c));
    m_unit->setEditText(unit);
    m_currency->setEditText(currency);
}

void ObservationEditor::setObservation(const Observation &o)
{
    m_result = o;
    auto select = [](QComboBox *box, const QVariant &data) {
        const int index = box->findData(data);
        if (index >= 0)
            box->setCurrentIndex(index);
    };
    select(m_entity, QString::fromStdString(o.entity));
    select(m_metric, QString::fromStdString(o.metric));
    select(m_periodType, static_cast<int>(o.period.type));
    m_year->setValue(o.period.year);
    switch (o.period.type) {
    case Period::Type::Year: break;
    case Period::Type::FiscalYear: select(m_endMonth, o.period.month); break;
    case Period::Type::Quarter: select(m_quarter, o.period.quarter); break;
    case Period::Type::FiscalQuarter:
        select(m_quarter, o.period.quarter);
        select(m_endMonth, o.period.month);
        break;
    case Period::Type::Month: select(m_month, o.period.month); break;
    case Period::Type::Date: m_date->setDate(QDate(o.period.year, o.period.month, o.period.day)); break;
    }
    m_value->setText(numberText(o.value));
    m_low->setText(numberText(o.low));
    m_high->setText(numberText(o.high));
    m_currency->setEditText(QString::fromStdString(o.currency));
    m_unit->setEditText(QString::fromStdString(o.unit));
    select(m_kind, static_cast<int>(o.kind));
    select(m_grade, static_cast<int>(o.grade));
    select(m_source, QString::fromStdString(o.source));
    m_asOf->setText(QString::fromStdString(o.asOf));
    m_noteEn->setText(QString::fromStdString(o.noteEn));
    m_noteZh->setText(QString::fromStdString(o.noteZh));
    updatePeriodFields();
    retranslateUi(); // the title says "Edit" now
}

void ObservationEditor::updatePeriodFields()
{
    const auto type = static_cast<Period::Type>(m_periodType->currentData().toInt());
    const bool fiscal = type == Period::Type::FiscalYear || type == Period::Type::FiscalQuarter;
    m_quarter->setVisible(type == Period::Type::Quarter || type == Period::Type::FiscalQuarter);
    m_month->setVisible(type == Period::Type::Month);
    m_year->setVisible(type != Period::Type::Date);
    // A fiscal year is named by the year it ends in: "FY2026".
    m_year->setPrefix(fiscal ? QStringLiteral("FY") : QString());
    m_endLabel->setVisible(fiscal);
    m_endMonth->setVisible(fiscal);
    m_date->setVisible(type == Period::Type::Date);
}

void ObservationEditor::metricChanged()
{
    const Metric *metric = m_store.metric(m_metric->currentData().toString().toStdString());
    const bool money = metric && metric->unit == "money";
    m_currency->setEnabled(money);
    m_unit->setEnabled(!money);
    if (money) {
        if (m_currency->currentText().isEmpty())
            m_currency->setEditText(QStringLiteral("USD"));
        m_unit->setEditText(m_currency->currentText());
    } else {
        m_currency->setEditText(QString());
        if (metric)
            m_unit->setEditText(QString::fromStdString(metric->unit));
    }
}

Result<Observation> ObservationEditor::read() const
{
    Observation o = m_result;
    o.entity = m_entity->currentData().toString().toStdString();
    o.metric = m_metric->currentData().toString().toStdString();
    switch (static_cast<Period::Type>(m_periodType->currentData().toInt())) {
    case Period::Type::Year:
        o.period = Period::calendarYear(m_year->value());
        break;
    case Period::Type::FiscalYear:
        o.period = Period::fiscalYear(m_year->value(), m_endMonth->currentData().toInt());
        break;
    case Period::Type::Quarter:
        o.period = Period::calendarQuarter(m_year->value(), m_quarter->currentData().toInt());
        break;
    case Period::Type::FiscalQuarter:
        o.period = Period::fiscalQuarter(m_year->value(), m_quarter->currentData().toInt(),
                                         m_endMonth->currentData().toInt());
        break;
    case Period::Type::Month:
        o.period = Period::calendarMonth(m_year->value(), m_month->currentData().toInt());
        break;
    case Period::Type::Date: {
        const QDate d = m_date->date();
        o.period = Period::date(d.year(), d.month(), d.day());
        break;
    }
    }
    o.unit = m_unit->currentText().trimmed().toStdString();
    o.currency = m_currency->isEnabled() ? m_currency->currentText().trimmed().toUpper().toStdString() : std::string();
    const Metric *metric = m_store.metric(o.metric);
    const NumberForms forms
        = metric && metric->unit == "money" ? NumberForms {false, true} : numberFormsForUnit(o.unit);
    for (auto [field, edit, target] : {std::tuple {"value", m_value, &o.value}, std::tuple {"low", m_low, &o.low},
             std::tuple {"high", m_high, &o.high}}) {
        const std::string text = edit->text().trimmed().toStdString();
        if (text.empty()) {
            target->reset();
            continue;
        }
        auto number = parseImportedNumber(text, forms);
        if (!number.ok()) {
            Error e = number.error();
            e.field = field;
            return e;
        }
        *target = number.value();
    }
    o.kind = static_cast<Kind>(m_kind->currentData().toInt());
    o.grade = static_cast<Grade>(m_grade->currentData().toInt());
    o.source = m_source->currentData().toString().toStdString();
    o.asOf = m_asOf->text().trimmed().toStdString();
    o.noteEn = m_noteEn->text().trimmed().toStdString();
    o.noteZh = m_noteZh->text().trimmed().toStdString();
    return o;
}

void ObservationEditor::accept()
{
    auto o = read();
    Status status = o.ok() ? checkObservation(o.value(), m_store) : Status(o.error());
    if (!status.ok()) {
        Error e = status.error();
        QWidget *widget = widgetFor(e.field);
        e.field = fieldLabel(e.field).toStdString();
        m_error->setText(errorText(e));
        m_error->show();
        if (widget)
            widget->setFocus();
        return;
    }
    m_error->clear();
    m_error->hide();
    m_result = o.value();
    QDialog::accept();
}

QString ObservationEditor::problem() const
{
    return m_error->text();
}

QWidget *ObservationEditor::widgetFor(const std::string &field) const
{
    const std::pair<const char *, QWidget *> widgets[] = {{"entity", m_entity}, {"metric", m_metric},
        {"period", m_periodType}, {"value", m_value}, {"low", m_low}, {"high", m_high}, {"unit", m_unit},
        {"currency", m_currency}, {"kind", m_kind}, {"grade", m_grade}, {"source", m_source}, {"as_of", m_asOf}};
    for (auto [name, widget] : widgets)
        if (field == name)
            return widget;
    return nullptr;
}

QString ObservationEditor::fieldLabel(const std::string &field) const
{
    if (field == "low")
        return tr("Low");
    if (field == "high")
        return tr("High");
    // The form's own label, without its mnemonic and colon, so that the message names what the user sees.
    const std::pair<const char *, int> rows[] = {{"entity", 0}, {"metric", 1}, {"period", 2}, {"value", 3}, {"unit", 6},
        {"currency", 7}, {"kind", 8}, {"grade", 9}, {"source", 10}, {"as_of", 11}, {"note_en", 12}, {"note_zh", 13}};
    for (auto [name, row] : rows) {
        if (field != name)
            continue;
        if (auto *label = qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::LabelRole)->widget())) {
            QString text = label->text();
            text.remove(QRegularExpression(QStringLiteral("\\(&\\w\\)"))); // Chinese mnemonics: 实体(&E)
            text.remove(QLatin1Char('&'));
            while (text.endsWith(QLatin1Char(':')) || text.endsWith(QChar(0xFF1A)))
                text.chop(1);
            return text.trimmed();
        }
    }
    return QString::fromStdString(field);
}

void ObservationEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ObservationEditor::retranslateUi()
{
    setWindowTitle(m_result.rowId == 0 ? tr("Add figure") : tr("Edit figure"));
    fillChoices();
    auto label = [this](QWidget *field, const QString &text) {
        if (auto *l = qobject_cast<QLabel *>(m_form->labelForField(field))) {
            l->setText(text);
            l->setBuddy(field);
        }
    };
    label(m_entity, tr("&Entity:"));
    label(m_metric, tr("&Metric:"));
    if (auto *l = qobject_cast<QLabel *>(m_form->itemAt(2, QFormLayout::LabelRole)->widget())) {
        l->setText(tr("&Period:"));
        l->setBuddy(m_periodType);
    }
    label(m_value, tr("&Value:"));
    if (auto *l = qobject_cast<QLabel *>(m_form->itemAt(4, QFormLayout::LabelRole)->widget())) {
        l->setText(tr("&Range (low – high):"));
        l->setBuddy(m_low);
    }
    label(m_unit, tr("&Unit:"));
    label(m_currency, tr("C&urrency:"));
    label(m_kind, tr("&Kind:"));
    label(m_grade, tr("&Grade:"));
    label(m_source, tr("&Source:"));
    label(m_asOf, tr("&As of:"));
    label(m_noteEn, tr("Note (&English):"));
    label(m_noteZh, tr("Note (&Chinese):"));
    m_endLabel->setText(tr("ending in"));
    m_quarter->setToolTip(tr("For a fiscal quarter, Q1 starts the month after the previous fiscal year ends"));
    const QString numberHint = tr("e.g. 96.4e9, 96,400,000,000 or 964亿");
    m_value->setPlaceholderText(numberHint);
    m_low->setPlaceholderText(tr("low (optional)"));
    m_high->setPlaceholderText(tr("high (optional)"));
    m_asOf->setPlaceholderText(tr("YYYY-MM-DD, when the figure was published (optional)"));
    m_value->setToolTip(tr("The figure itself; leave empty for a range without a point value"));
    m_currency->setToolTip(tr("The currency the figure was published in; needs an exchange rate in the store"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_result.rowId == 0 ? tr("Add") : tr("Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

} // namespace capex::ui

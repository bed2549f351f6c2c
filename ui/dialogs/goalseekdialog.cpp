#include "goalseekdialog.h"

#include "errortext.h"
#include "goalseek.h"
#include "parametertext.h"
#include "scenariodocument.h"
#include "tornadochart.h"
#include "translation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace capex::ui {

GoalSeekDialog::GoalSeekDialog(ScenarioDocument &document, QWidget *parent)
    : QDialog(parent), m_document(document), m_output(new QComboBox(this)), m_parameter(new QComboBox(this)),
      m_year(new QSpinBox(this)), m_target(new QDoubleSpinBox(this)), m_answer(new QLabel(this)),
      m_outputLabel(new QLabel(this)), m_yearLabel(new QLabel(this)), m_targetLabel(new QLabel(this)),
      m_parameterLabel(new QLabel(this)), m_solve(new QPushButton(this)), m_apply(new QPushButton(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("goalSeekDialog"));
    for (ModelOutput o : {ModelOutput::SpendIndex, ModelOutput::RequiredH100e, ModelOutput::RequiredAiCapexUsd,
                          ModelOutput::PlanToRequiredRatio})
        m_output->addItem(TornadoChart::outputLabel(o), QString::fromLatin1(outputName(o)));
    for (const ParameterSpec &spec : document.parameters().specs())
        if (spec.sensitivity && !spec.integer)
            m_parameter->addItem(parameterLabel(spec.name, document.dataset()), QString::fromStdString(spec.name));
    m_year->setRange(document.parameters().t0(), document.parameters().horizon());
    m_year->setValue(std::min(2030, document.parameters().horizon()));
    m_target->setRange(-1e18, 1e18);
    m_target->setDecimals(4);
    m_target->setValue(1.0);
    m_parameter->setCurrentIndex(m_parameter->findData(QStringLiteral("elasticity")));
    m_answer->setWordWrap(true);
    m_answer->setMinimumHeight(60);
    m_apply->setEnabled(false);
    for (auto [label, field] : {std::pair<QLabel *, QWidget *>{m_outputLabel, m_output}, {m_yearLabel, m_year},
                                {m_targetLabel, m_target}, {m_parameterLabel, m_parameter}})
        label->setBuddy(field);

    auto *form = new QFormLayout;
    form->addRow(m_outputLabel, m_output);
    form->addRow(m_yearLabel, m_year);
    form->addRow(m_targetLabel, m_target);
    form->addRow(m_parameterLabel, m_parameter);
    m_buttons->addButton(m_solve, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_apply, QDialogButtonBox::ApplyRole);
    m_solve->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_answer);
    layout->addWidget(m_buttons);
    connect(m_solve, &QPushButton::clicked, this, &GoalSeekDialog::solve);
    connect(m_apply, &QPushButton::clicked, this, &GoalSeekDialog::apply);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
}

void GoalSeekDialog::setChoice(const QString &output, int year, double target, const QString &parameter)
{
    m_output->setCurrentIndex(m_output->findData(output));
    m_year->setValue(year);
    m_target->setValue(target);
    m_parameter->setCurrentIndex(m_parameter->findData(parameter));
}

void GoalSeekDialog::solve()
{
    const auto output = parseOutput(m_output->currentData().toString().toStdString());
    const std::string parameter = m_parameter->currentData().toString().toStdString();
    auto result = GoalSeek::solve(m_document.parameters(), parameter, *output, m_year->value(), m_target->value());
    m_reached = false;
    if (!result.ok()) {
        m_answer->setText(errorText(result.error()));
    } else {
        const GoalSeekResult &r = result.value();
        auto spec = m_document.parameters().spec(parameter);
        const QString name = parameterLabel(parameter, m_document.dataset());
        auto value = [&](double v) { return spec ? parameterValueText(*spec, v) : QString::number(v); };
        auto out = [&](const std::optional<double> &v) {
            if (!v)
                return tr("no value");
            // Outputs far from 1 (a spend index of 7.5e-6, or 3e20) in scientific notation
            // rather than "0" or "311000000T".
            const double magnitude = std::abs(*v);
            if (magnitude != 0 && (magnitude < 0.01 || magnitude >= 1e15))
                return QString::number(*v, 'g', 3);
            return QString::fromStdString(Translation::instance().format(4).number(*v));
        };
        const QString usualRange = tr("%1 – %2").arg(value(r.usualLow), value(r.usualHigh));
        if (r.outcome == GoalSeekResult::Outcome::Reached) {
            m_reached = true;
            m_found = r.value;
            QString text = tr("<b>%1 = %2</b> makes %3 reach %4 in %5.")
                               .arg(name, value(r.value), m_output->currentText())
                               .arg(m_target->value())
                               .arg(r.year);
            if (!r.inUsualRange)
                text += QLatin1Char(' ')
                    + tr("Nothing inside the usual range (%1) reaches it: this value lies outside it, where the "
                         "slider stops at its end.")
                          .arg(usualRange);
            m_answer->setText(text);
        } else {
            m_answer->setText(tr("Out of reach: across every value %1 may take (%2 – %3), %4 in %5 goes only from %6 "
                                 "to %7, never %8 (usual range %9).")
                                  .arg(name, value(r.low), value(r.high), m_output->currentText())
                                  .arg(r.year)
                                  .arg(out(r.outputAtLow), out(r.outputAtHigh))
                                  .arg(m_target->value())
                                  .arg(usualRange));
        }
    }
    m_apply->setEnabled(m_reached);
}

QString GoalSeekDialog::answerText() const { return m_answer->text(); }
bool GoalSeekDialog::canApply() const { return m_reached; }

void GoalSeekDialog::apply()
{
    if (m_reached)
        m_document.setParameter(m_parameter->currentData().toString(), m_found);
}

void GoalSeekDialog::retranslateUi()
{
    setWindowTitle(tr("Goal seek"));
    m_outputLabel->setText(tr("&Output:"));
    m_yearLabel->setText(tr("&Year:"));
    m_targetLabel->setText(tr("&Target value:"));
    m_target->setToolTip(tr("In the output's own unit: an index, H100e, US dollars, or a ratio"));
    m_parameterLabel->setText(tr("&Solve for:"));
    m_solve->setText(tr("&Solve"));
    m_apply->setText(tr("&Apply value"));
    m_apply->setToolTip(tr("Set the parameter to the value found (undoable)"));
}

} // namespace capex::ui

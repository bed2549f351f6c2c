#pragma once

#include "dataset.h"
#include "result.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace capex::ui {

/// Adds or edits one observation: entity and metric from the store, the period (a
/// calendar year, a fiscal year with its end month, or a date), value and range, unit and
/// currency, kind, grade, source and notes in both languages. OK checks everything
/// (checkObservation) and stays open with a message naming the field until it passes.
/// Numbers may be typed as analysts write them: "96.4e9", "96,400,000,000", "964亿", "86%".
class ObservationEditor : public QDialog
{
    Q_OBJECT

public:
    /// `store` supplies the entities, metrics, units, currencies and sources offered, and
    /// must outlive the dialog.
    explicit ObservationEditor(const Dataset &store, QWidget *parent = nullptr);

    /// Fills the fields from `observation` (editing); its id, uid and origin are kept.
    void setObservation(const Observation &observation);
    /// The record as the fields describe it; valid after accept() succeeded.
    const Observation &observation() const { return m_result; }
    /// The message shown for the last refused OK; empty when none.
    QString problem() const;

    /// Checks the fields; closes the dialog only when they describe a valid record.
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillChoices();
    void updatePeriodFields();
    void metricChanged();
    /// The record the fields describe, or the first field that is no number.
    Result<Observation> read() const;
    QWidget *widgetFor(const std::string &field) const;
    QString fieldLabel(const std::string &field) const;

    const Dataset &m_store;
    Observation m_result;
    QComboBox *m_entity, *m_metric, *m_periodType, *m_quarter, *m_month, *m_endMonth, *m_unit, *m_currency, *m_kind,
        *m_grade, *m_source;
    QSpinBox *m_year;
    QDateEdit *m_date;
    QLineEdit *m_value, *m_low, *m_high, *m_asOf, *m_noteEn, *m_noteZh;
    QLabel *m_error, *m_endLabel, *m_hint;
    QFormLayout *m_form;
    QDialogButtonBox *m_buttons;
};

} // namespace capex::ui

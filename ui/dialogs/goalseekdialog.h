#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace capex::ui {

class ScenarioDocument;

/// Goal seek: which value of one parameter makes one output reach a target in a given
/// year? It answers with the value (and can apply it, undoably), or says plainly that
/// the target is out of reach inside the parameter's range.
class GoalSeekDialog : public QDialog
{
    Q_OBJECT

public:
    explicit GoalSeekDialog(ScenarioDocument &document, QWidget *parent = nullptr);

    /// Solves with the current choices; the answer is in answerText().
    void solve();
    QString answerText() const;
    void setChoice(const QString &output, int year, double target, const QString &parameter);
    bool canApply() const;
    void apply();

private:
    void retranslateUi();

    ScenarioDocument &m_document;
    QComboBox *m_output, *m_parameter;
    QSpinBox *m_year;
    QDoubleSpinBox *m_target;
    QLabel *m_answer, *m_outputLabel, *m_yearLabel, *m_targetLabel, *m_parameterLabel;
    QPushButton *m_solve, *m_apply;
    QDialogButtonBox *m_buttons;
    double m_found = 0;
    bool m_reached = false;
};

} // namespace capex::ui

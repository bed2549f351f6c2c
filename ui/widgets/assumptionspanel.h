#pragma once

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QGridLayout;
class QLabel;
class QSlider;
class QToolButton;

namespace capex::ui {

class LiveLabel;
class ScenarioDocument;

/// Every model parameter as a slider and an exact spin box with its unit, its default
/// marked on the slider, a tooltip with its meaning and source, and a reset button; the
/// cost-curve preset with the decline it implies; the company selection. Edits go to
/// the document (undoable); the panel follows the document.
class AssumptionsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AssumptionsPanel(ScenarioDocument &document, QWidget *parent = nullptr);

    /// The slider and spin box of a parameter (tests drive them).
    QSlider *slider(const QString &name) const;
    QDoubleSpinBox *spinBox(const QString &name) const;
    QComboBox *costCurveBox() const { return m_curve; }
    QComboBox *fleetSourceBox() const { return m_fleetSource; }
    QCheckBox *asOfBox() const { return m_asOfCheck; }
    QDateEdit *asOfDate() const { return m_asOfDate; }
    QCheckBox *uncertainBox(const QString &name) const { return m_rows.value(name).uncertain; }

protected:
    void changeEvent(QEvent *event) override;

private:
    /// The company boxes' texts: each company's name in the current language.
    void nameCompanies();

    struct Row
    {
        QLabel *label = nullptr;
        QSlider *slider = nullptr;
        QDoubleSpinBox *spin = nullptr;
        QToolButton *reset = nullptr;
        QCheckBox *uncertain = nullptr; ///< drawn in the Monte Carlo
        double scale = 1; ///< spin value = parameter value × scale (100 for percentages)
    };
    void rebuildRows();
    void syncFromDocument();
    void retranslateUi();
    void sliderMoved(const QString &name, int position);

    ScenarioDocument &m_document;
    QGridLayout *m_grid;
    QComboBox *m_curve;
    QLabel *m_curveLabel, *m_companiesLabel, *m_title;
    LiveLabel *m_curveImplied;
    QToolButton *m_resetAll;
    QWidget *m_companyBox;
    QComboBox *m_fleetSource;
    QLabel *m_fleetSourceLabel;
    QCheckBox *m_asOfCheck;
    QDateEdit *m_asOfDate;
    QHash<QString, QCheckBox *> m_companyChecks;
    QHash<QString, Row> m_rows;
    QStringList m_order;
    QHash<QString, QLabel *> m_sections;
    int m_dragId = 0;
};

} // namespace capex::ui

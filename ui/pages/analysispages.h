#pragma once

#include "dashboardpage.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QSpinBox;

namespace capex::ui {

class OverbuildMapChart;
class ScenarioDocument;
class TrackRecordChart;

/// The over-build map: one output over two parameters' plausible ranges, the threshold line,
/// the current scenario marked; it follows the sliders.
class OverbuildMapPage : public DashboardPage
{
    Q_OBJECT

public:
    OverbuildMapPage(DataStore &store, ScenarioDocument &document, QWidget *parent = nullptr);
    QString pageId() const override { return QStringLiteral("overbuild-map"); }
    QString title() const override { return tr("Over-build map"); }
    void refresh() override {}
    OverbuildMapChart *chart() const { return m_chart; }
    QComboBox *xBox() const { return m_x; }
    QComboBox *yBox() const { return m_y; }
    QComboBox *outputBox() const { return m_output; }
    QLabel *readingLabel() const { return m_reading; }

protected:
    void retranslateUi() override;

private:
    void fillParameterBoxes();
    void apply();
    void updateReading();

    ScenarioDocument &m_document;
    OverbuildMapChart *m_chart;
    QLabel *m_xLabel, *m_yLabel, *m_outputLabel, *m_yearLabel, *m_reading;
    QComboBox *m_x, *m_y, *m_output;
    QSpinBox *m_year;
};

/// The track record: what the plan and the model said on a date against what followed.
class TrackRecordPage : public DashboardPage
{
    Q_OBJECT

public:
    TrackRecordPage(DataStore &store, ScenarioDocument &document, QWidget *parent = nullptr);
    QString pageId() const override { return QStringLiteral("track-record"); }
    QString title() const override { return tr("Track record"); }
    void refresh() override;
    TrackRecordChart *chart() const { return m_chart; }
    QLabel *readingLabel() const { return m_reading; }
    QDateEdit *dateEdit() const { return m_date; }

protected:
    void retranslateUi() override;

private:
    TrackRecordChart *m_chart;
    QLabel *m_dateLabel, *m_reading;
    QDateEdit *m_date;
};

} // namespace capex::ui

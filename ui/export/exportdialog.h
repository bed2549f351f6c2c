#pragma once

#include "chartexporter.h"

#include <QDialog>
#include <QPageSize>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace capex::ui {

/// What the user chose: the file, and the chart's format, size and DPI or the report's paper.
struct ExportAnswer
{
    QString path; ///< empty: cancelled
    ChartExportOptions chart;
    QPageSize::PageSizeId paper = QPageSize::A4;
};

/// Asks where and how to export: a chart (format, width and height in pixels, DPI, with
/// the print size that follows) or the report (paper). Like KeePassXC's file dialogs it
/// takes a pre-set answer instead of showing itself, so that tests never block on it.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Subject { Chart, Report };

    ExportDialog(Subject subject, const ExportAnswer &initial, QWidget *parent = nullptr);

    ExportAnswer answer() const;

    /// Asks about a chart export; nullopt when cancelled.
    static std::optional<ExportAnswer> askChart(QWidget *parent, const ExportAnswer &initial);
    /// Asks about the report; nullopt when cancelled.
    static std::optional<ExportAnswer> askReport(QWidget *parent, const ExportAnswer &initial);
    /// A save-file dialog (`filters` as QFileDialog takes them); empty when cancelled.
    static QString askFileName(QWidget *parent, const QString &caption, const QString &suggestedPath,
                               const QString &filters);

    /// Test hook: the next question is answered with `answer` (an empty path cancels)
    /// without showing anything.
    static void setNextAnswer(const ExportAnswer &answer);
    /// Drops an answer set but not used.
    static void clearNextAnswer();
    /// Whether the last question was answered by the test hook (errors are then not shown
    /// in message boxes either).
    static bool lastAnswerWasPreset();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void browse();
    void formatChanged();
    void updatePrintSize();

    Subject m_subject;
    QLabel *m_pathLabel, *m_formatLabel, *m_sizeLabel, *m_dpiLabel, *m_printSize, *m_paperLabel, *m_times;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QComboBox *m_format, *m_paper;
    QSpinBox *m_width, *m_height, *m_dpi;
    QDialogButtonBox *m_buttons;
};

} // namespace capex::ui

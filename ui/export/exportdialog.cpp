#include "exportdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

#include <utility>

namespace capex::ui {
namespace {

std::optional<ExportAnswer> &nextAnswer()
{
    static std::optional<ExportAnswer> answer;
    return answer;
}

bool &lastPreset()
{
    static bool preset = false;
    return preset;
}

/// The pre-set answer, consumed, if there is one.
std::optional<ExportAnswer> takeNextAnswer()
{
    std::optional<ExportAnswer> answer = std::exchange(nextAnswer(), std::nullopt);
    lastPreset() = answer.has_value();
    return answer;
}

QString withSuffix(const QString &path, const QString &suffix)
{
    if (path.isEmpty())
        return path;
    const QFileInfo info(path);
    const QString base = info.suffix().isEmpty() ? path : path.left(path.size() - info.suffix().size() - 1);
    return base + QLatin1Char('.') + suffix;
}

} // namespace

ExportDialog::ExportDialog(Subject subject, const ExportAnswer &initial, QWidget *parent)
    : QDialog(parent), m_subject(subject), m_pathLabel(new QLabel(this)), m_formatLabel(new QLabel(this)),
      m_sizeLabel(new QLabel(this)), m_dpiLabel(new QLabel(this)), m_printSize(new QLabel(this)),
      m_paperLabel(new QLabel(this)), m_times(new QLabel(QStringLiteral("×"), this)), m_path(new QLineEdit(this)),
      m_browse(new QPushButton(this)), m_format(new QComboBox(this)), m_paper(new QComboBox(this)),
      m_width(new QSpinBox(this)), m_height(new QSpinBox(this)), m_dpi(new QSpinBox(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("exportDialog"));
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_width->setObjectName(QStringLiteral("exportWidth"));
    m_height->setObjectName(QStringLiteral("exportHeight"));
    m_dpi->setObjectName(QStringLiteral("exportDpi"));
    m_printSize->setObjectName(QStringLiteral("exportPrintSize"));
    m_paper->setObjectName(QStringLiteral("exportPaper"));
    m_path->setMinimumWidth(380);
    m_path->setText(initial.path);
    for (ChartFormat f : {ChartFormat::Png, ChartFormat::Svg, ChartFormat::Pdf})
        m_format->addItem(ChartExporter::formatName(f).toUpper(), static_cast<int>(f));
    m_format->setCurrentIndex(m_format->findData(static_cast<int>(initial.chart.format)));
    for (QSpinBox *side : {m_width, m_height}) {
        side->setRange(ChartExporter::minimumPixels, ChartExporter::maximumPixels);
        side->setSingleStep(100);
    }
    m_width->setValue(initial.chart.pixelSize.width());
    m_height->setValue(initial.chart.pixelSize.height());
    m_dpi->setRange(ChartExporter::minimumDpi, ChartExporter::maximumDpi);
    m_dpi->setSingleStep(50);
    m_dpi->setValue(initial.chart.dpi);
    m_paper->addItem(QStringLiteral("A4"), static_cast<int>(QPageSize::A4));
    m_paper->addItem(QStringLiteral("Letter"), static_cast<int>(QPageSize::Letter));
    m_paper->setCurrentIndex(m_paper->findData(static_cast<int>(initial.paper)));
    m_printSize->setWordWrap(true);
    QPalette muted = m_printSize->palette();
    muted.setColor(QPalette::WindowText, QColor(0x55, 0x55, 0x55));
    m_printSize->setPalette(muted);

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(m_times);
    sizeRow->addWidget(m_height);
    sizeRow->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(m_pathLabel, pathRow);
    const bool chart = subject == Subject::Chart;
    if (chart) {
        form->addRow(m_formatLabel, m_format);
        form->addRow(m_sizeLabel, sizeRow);
        form->addRow(m_dpiLabel, m_dpi);
        form->addRow(QString(), m_printSize);
    } else {
        form->addRow(m_paperLabel, m_paper);
    }
    for (QWidget *w : std::initializer_list<QWidget *>{m_formatLabel, m_format, m_sizeLabel, m_width, m_times, m_height,
                                                       m_dpiLabel, m_dpi, m_printSize})
        w->setVisible(chart);
    m_paperLabel->setVisible(!chart);
    m_paper->setVisible(!chart);
    m_pathLabel->setBuddy(m_path);
    m_formatLabel->setBuddy(m_format);
    m_sizeLabel->setBuddy(m_width);
    m_dpiLabel->setBuddy(m_dpi);
    m_paperLabel->setBuddy(m_paper);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(m_path, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty()); });
    for (QSpinBox *box : {m_width, m_height, m_dpi})
        connect(box, &QSpinBox::valueChanged, this, &ExportDialog::updatePrintSize);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!initial.path.isEmpty());
    retranslateUi();
}

ExportAnswer ExportDialog::answer() const
{
    ExportAnswer a;
    a.path = m_path->text().trimmed();
    a.chart.format = static_cast<ChartFormat>(m_format->currentData().toInt());
    a.chart.pixelSize = QSize(m_width->value(), m_height->value());
    a.chart.dpi = m_dpi->value();
    a.paper = static_cast<QPageSize::PageSizeId>(m_paper->currentData().toInt());
    return a;
}

void ExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ExportDialog::retranslateUi()
{
    setWindowTitle(m_subject == Subject::Chart ? tr("Export chart") : tr("Export report"));
    m_pathLabel->setText(tr("&File:"));
    m_browse->setText(tr("&Browse…"));
    m_formatLabel->setText(tr("F&ormat:"));
    m_format->setToolTip(tr("PNG for documents and slides; SVG and PDF stay sharp at any zoom"));
    m_sizeLabel->setText(tr("&Size:"));
    m_width->setSuffix(tr(" px", "pixels"));
    m_height->setSuffix(tr(" px", "pixels"));
    m_width->setToolTip(tr("Width in pixels"));
    m_height->setToolTip(tr("Height in pixels"));
    m_dpiLabel->setText(tr("&Resolution:"));
    m_dpi->setSuffix(tr(" DPI"));
    m_dpi->setToolTip(tr("Dots per inch: more dots make the same pixels a smaller print with smaller text"));
    m_paperLabel->setText(tr("&Paper:"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    updatePrintSize();
}

void ExportDialog::formatChanged()
{
    const auto format = static_cast<ChartFormat>(m_format->currentData().toInt());
    m_path->setText(withSuffix(m_path->text(), ChartExporter::formatName(format)));
}

void ExportDialog::updatePrintSize()
{
    const double inchesWide = double(m_width->value()) / m_dpi->value();
    const double inchesHigh = double(m_height->value()) / m_dpi->value();
    m_printSize->setText(tr("Print size %1 × %2 cm (%3 × %4 in); text keeps its on-screen point size.")
                             .arg(inchesWide * 2.54, 0, 'f', 1)
                             .arg(inchesHigh * 2.54, 0, 'f', 1)
                             .arg(inchesWide, 0, 'f', 1)
                             .arg(inchesHigh, 0, 'f', 1));
}

void ExportDialog::browse()
{
    QString filter;
    if (m_subject == Subject::Report) {
        filter = tr("PDF documents (*.pdf)");
    } else {
        switch (static_cast<ChartFormat>(m_format->currentData().toInt())) {
        case ChartFormat::Png: filter = tr("PNG images (*.png)"); break;
        case ChartFormat::Svg: filter = tr("SVG drawings (*.svg)"); break;
        case ChartFormat::Pdf: filter = tr("PDF documents (*.pdf)"); break;
        }
    }
    const QString path = QFileDialog::getSaveFileName(this, windowTitle(), m_path->text(), filter);
    if (path.isEmpty())
        return;
    m_path->setText(path);
    if (m_subject == Subject::Chart)
        if (auto format = ChartExporter::formatOfPath(path))
            m_format->setCurrentIndex(m_format->findData(static_cast<int>(*format)));
}

std::optional<ExportAnswer> ExportDialog::askChart(QWidget *parent, const ExportAnswer &initial)
{
    if (auto preset = takeNextAnswer())
        return preset->path.isEmpty() ? std::nullopt : preset;
    ExportDialog dialog(Subject::Chart, initial, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.answer();
}

std::optional<ExportAnswer> ExportDialog::askReport(QWidget *parent, const ExportAnswer &initial)
{
    if (auto preset = takeNextAnswer())
        return preset->path.isEmpty() ? std::nullopt : preset;
    ExportDialog dialog(Subject::Report, initial, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.answer();
}

QString ExportDialog::askFileName(QWidget *parent, const QString &caption, const QString &suggestedPath,
                                  const QString &filters)
{
    if (auto preset = takeNextAnswer())
        return preset->path;
    return QFileDialog::getSaveFileName(parent, caption, suggestedPath, filters);
}

void ExportDialog::setNextAnswer(const ExportAnswer &answer) { nextAnswer() = answer; }

void ExportDialog::clearNextAnswer()
{
    nextAnswer().reset();
    lastPreset() = false;
}

bool ExportDialog::lastAnswerWasPreset() { return lastPreset(); }

} // namespace capex::ui

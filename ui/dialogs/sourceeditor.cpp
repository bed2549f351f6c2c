#include "sourceeditor.h"

#include "errortext.h"
#include "recordcheck.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace capex::ui {

SourceEditor::SourceEditor(QWidget *parent)
    : QDialog(parent)
    , m_publisher(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_date(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_error(new QLabel(this))
    , m_form(new QFormLayout)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("sourceEditor"));
    m_publisher->setObjectName(QStringLiteral("publisher"));
    m_title->setObjectName(QStringLiteral("title"));
    m_url->setObjectName(QStringLiteral("url"));
    m_date->setObjectName(QStringLiteral("date"));
    m_language->setObjectName(QStringLiteral("language"));
    m_error->setObjectName(QStringLiteral("error"));
    m_language->addItem(QString(), QStringLiteral("en"));
    m_language->addItem(QString(), QStringLiteral("zh"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b02020;"));
    m_error->hide();
    m_title->setMinimumWidth(380);

    m_form->addRow(new QLabel(this), m_publisher);
    m_form->addRow(new QLabel(this), m_title);
    m_form->addRow(new QLabel(this), m_url);
    m_form->addRow(new QLabel(this), m_date);
    m_form->addRow(new QLabel(this), m_language);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SourceEditor::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A Chinese publisher or title makes a Chinese source, unless the user says otherwise.
    connect(m_title, &QLineEdit::textEdited, this, [this](const QString &text) {
        const bool chinese = std::any_of(text.begin(), text.end(), [](QChar c) { return c.unicode() >= 0x2E80; });
        m_language->setCurrentIndex(chinese ? 1 : 0);
    });
    m_result.language = "en";
    retranslateUi();
}

void SourceEditor::setSource(const Source &source)
{
    m_result = source;
    m_editing = true;
    m_publisher->setText(QString::fromStdString(source.publisher));
    m_title->setText(QString::fromStdString(source.title));
    m_url->setText(QString::fromStdString(source.url));
    m_date->setText(QString::fromStdString(source.date));
    m_language->setCurrentIndex(source.language == "zh" ? 1 : 0);
    retranslateUi();
}

Source SourceEditor::read() const
{
    Source s = m_result;
    s.publisher = m_publisher->text().trimmed().toStdString();
    s.title = m_title->text().trimmed().toStdString();
    s.url = m_url->text().trimmed().toStdString();
    s.date = m_date->text().trimmed().toStdString();
    s.language = m_language->currentData().toString().toStdString();
    return s;
}

void SourceEditor::accept()
{
    const Source s = read();
    if (Status status = checkSource(s); !status) {
        Error e = status.error();
        const std::pair<const char *, QWidget *> fields[] = {
            {"publisher", m_publisher}, {"title", m_title}, {"url", m_url}, {"date", m_date}, {"language", m_language}};
        for (auto [name, widget] : fields)
            if (e.field == name) {
                if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(widget))) {
                    QString text = label->text();
                    text.remove(QRegularExpression(QStringLiteral("\\(&\\w\\)")));
                    text.remove(QLatin1Char('&'));
                    while (text.endsWith(QLatin1Char(':')) || text.endsWith(QChar(0xFF1A)))
                        text.chop(1);
                    e.field = text.trimmed().toStdString();
                }
                widget->setFocus();
            }
        m_error->setText(errorText(e));
        m_error->show();
        return;
    }
    m_error->clear();
    m_error->hide();
    m_result = s;
    QDialog::accept();
}

QString SourceEditor::problem() const
{
    return m_error->text();
}

void SourceEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SourceEditor::retranslateUi()
{
    setWindowTitle(m_editing ? tr("Edit source") : tr("Add source"));
    auto label = [this](QWidget *field, const QString &text) {
        if (auto *l = qobject_cast<QLabel *>(m_form->labelForField(field))) {
            l->setText(text);
            l->setBuddy(field);
        }
    };
    label(m_publisher, tr("&Publisher:"));
    label(m_title, tr("&Title:"));
    label(m_url, tr("&Web address:"));
    label(m_date, tr("&Date:"));
    label(m_language, tr("&Language:"));
    m_publisher->setPlaceholderText(tr("e.g. Meta, 财联社, Morgan Stanley"));
    m_url->setPlaceholderText(tr("https://… (optional)"));
    m_date->setPlaceholderText(tr("YYYY-MM-DD, YYYY-MM or YYYY"));
    m_language->setItemText(0, tr("English"));
    m_language->setItemText(1, tr("Chinese"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_editing ? tr("Save") : tr("Add"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

} // namespace capex::ui

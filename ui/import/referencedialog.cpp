#include "referencedialog.h"

#include "errortext.h"
#include "recordcheck.h"
#include "valuetext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <set>

namespace capex::ui {

ReferenceDialog::ReferenceDialog(Kind kind, const QString &id, const Dataset &store, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_id(id)
    , m_store(store)
    , m_idLabel(new QLabel(this))
    , m_type(new QComboBox(this))
    , m_nameEn(new QLineEdit(this))
    , m_nameZh(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_form(new QFormLayout)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("referenceDialog"));
    m_type->setObjectName(QStringLiteral("type"));
    m_nameEn->setObjectName(QStringLiteral("nameEn"));
    m_nameZh->setObjectName(QStringLiteral("nameZh"));
    m_error->setObjectName(QStringLiteral("error"));
    m_idLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (kind == Kind::Entity) {
        for (const std::string &type : entityTypes())
            m_type->addItem(QString(), QString::fromStdString(type));
    } else {
        // Units already in use, "money" first (the figure then carries its currency).
        m_type->setEditable(true);
        std::set<std::string> units;
        for (const Metric &m : store.metrics)
            if (m.unit != "money")
                units.insert(m.unit);
        m_type->addItem(QString(), QStringLiteral("money"));
        for (const std::string &unit : units)
            m_type->addItem(QString::fromStdString(unit), QString::fromStdString(unit));
    }
    m_nameEn->setText(id); // a start the user will usually refine
    m_nameEn->setMinimumWidth(280);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b02020;"));
    m_error->hide();

    m_form->addRow(new QLabel(this), m_idLabel);
    m_form->addRow(new QLabel(this), m_type);
    m_form->addRow(new QLabel(this), m_nameEn);
    m_form->addRow(new QLabel(this), m_nameZh);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReferenceDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
}

Entity ReferenceDialog::entity() const
{
    return {m_id.toStdString(), m_type->currentData().toString().toStdString(),
        m_nameEn->text().trimmed().toStdString(), m_nameZh->text().trimmed().toStdString(), true};
}

Metric ReferenceDialog::metric() const
{
    // An edited unit is typed text; a chosen one carries its id ("money").
    const QString typed = m_type->currentText().trimmed();
    const int index = m_type->findText(typed);
    const QString unit = index >= 0 ? m_type->itemData(index).toString() : typed;
    return {m_id.toStdString(), m_nameEn->text().trimmed().toStdString(), m_nameZh->text().trimmed().toStdString(),
        unit.toStdString(), true};
}

QString ReferenceDialog::problem() const
{
    return m_error->text();
}

void ReferenceDialog::accept()
{
    Status status = m_kind == Kind::Entity ? checkEntity(entity(), m_store) : checkMetric(metric(), m_store);
    if (!status.ok()) {
        Error e = status.error();
        if (e.field == "name_en")
            e.field = tr("English name").toStdString();
        else if (e.field == "type")
            e.field = tr("Type").toStdString();
        else if (e.field == "unit")
            e.field = tr("Unit").toStdString();
        else if (e.field == "id")
            e.field = tr("Id").toStdString();
        m_error->setText(errorText(e));
        m_error->show();
        return;
    }
    QDialog::accept();
}

void ReferenceDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ReferenceDialog::retranslateUi()
{
    const bool entity = m_kind == Kind::Entity;
    setWindowTitle(entity ? tr("Create entity “%1”").arg(m_id) : tr("Create metric “%1”").arg(m_id));
    auto label = [this](int row, const QString &text) {
        if (auto *l = qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::LabelRole)->widget()))
            l->setText(text);
    };
    label(0, tr("Id:"));
    label(1, entity ? tr("&Type:") : tr("&Unit:"));
    label(2, tr("&English name:"));
    label(3, tr("&Chinese name:"));
    m_idLabel->setText(m_id);
    if (entity) {
        const std::pair<const char *, QString> types[] = {{"company", tr("Company")}, {"model", tr("AI model")},
            {"country", tr("Country")}, {"project", tr("Project")}, {"lab", tr("Research lab")},
            {"aggregate", tr("Aggregate (a sum of several)")}};
        for (int i = 0; i < m_type->count(); ++i)
            for (const auto &[id, text] : types)
                if (m_type->itemData(i).toString() == QLatin1String(id))
                    m_type->setItemText(i, text);
    } else {
        m_type->setItemText(0, tr("money (the figure gives its currency)"));
    }
    m_nameZh->setPlaceholderText(tr("optional; the English name is shown when empty"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

} // namespace capex::ui

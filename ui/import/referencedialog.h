#pragma once

#include "dataset.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace capex::ui {

/// Creates the entity or metric an imported file refers to but the store lacks: its id
/// is the one the file uses; the user gives its type (entity) or unit (metric) and its
/// English and Chinese names. OK checks them (checkEntity, checkMetric) and stays open
/// with a message naming the field until they pass.
class ReferenceDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind
    {
        Entity,
        Metric
    };

    /// `store` lists the types and units offered and the ids already taken.
    ReferenceDialog(Kind kind, const QString &id, const Dataset &store, QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    /// Valid after accept() succeeded.
    Entity entity() const;
    Metric metric() const;
    QString problem() const;

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Kind m_kind;
    QString m_id;
    const Dataset &m_store;
    QLabel *m_idLabel;
    QComboBox *m_type; ///< the entity's type, or the metric's unit
    QLineEdit *m_nameEn, *m_nameZh;
    QLabel *m_error;
    QFormLayout *m_form;
    QDialogButtonBox *m_buttons;
};

} // namespace capex::ui

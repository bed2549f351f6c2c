#pragma once

#include "dataset.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace capex::ui {

/// Adds or edits one source: publisher, title, web address, publication date (YYYY,
/// YYYY-MM or YYYY-MM-DD) and language. OK checks everything (checkSource) and stays open
/// with a message naming the field until it passes.
class SourceEditor : public QDialog
{
    Q_OBJECT

public:
    explicit SourceEditor(QWidget *parent = nullptr);

    /// Fills the fields from `source` (editing); its id, seed mark and via are kept.
    void setSource(const Source &source);
    /// The source as the fields describe it; valid after accept() succeeded.
    const Source &source() const { return m_result; }
    /// The message shown for the last refused OK; empty when none.
    QString problem() const;

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    Source read() const;

    Source m_result;
    bool m_editing = false;
    QLineEdit *m_publisher, *m_title, *m_url, *m_date;
    QComboBox *m_language;
    QLabel *m_error;
    QFormLayout *m_form;
    QDialogButtonBox *m_buttons;
};

} // namespace capex::ui

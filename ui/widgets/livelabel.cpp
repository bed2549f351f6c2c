#include "livelabel.h"

#include <QEvent>
#include <QLabel>

namespace capex::ui {

LiveLabel::LiveLabel(QWidget *parent) : QWidget(parent), m_label(new QLabel(this))
{
    m_label->setWordWrap(true);
    // Any width will do: the text wraps; the height follows the width.
    QSizePolicy policy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void LiveLabel::setText(const QString &text)
{
    if (m_label->text() == text)
        return;
    // The label has no layout over it: its request for one stops here.
    m_label->setText(text);
    if (heightForWidth(width()) != m_height)
        updateGeometry();
}

QString LiveLabel::text() const { return m_label->text(); }

int LiveLabel::heightForWidth(int width) const { return m_label->heightForWidth(std::max(width, 1)); }

QSize LiveLabel::sizeHint() const
{
    const QSize label = m_label->sizeHint();
    return {label.width(), heightForWidth(width() > 1 ? width() : label.width())};
}

QSize LiveLabel::minimumSizeHint() const { return {0, m_label->fontMetrics().height()}; }

void LiveLabel::resizeEvent(QResizeEvent *event)
{
    m_label->setGeometry(rect());
    m_height = heightForWidth(width());
    if (m_height != height())
        updateGeometry();
    QWidget::resizeEvent(event);
}

bool LiveLabel::event(QEvent *event)
{
    // A new font or language may need another number of lines.
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateGeometry();
    return QWidget::event(event);
}

} // namespace capex::ui

#include "boundedscrollarea.h"

#include <QEvent>
#include <QScrollBar>

#include <algorithm>

namespace capex::ui {

BoundedScrollArea::BoundedScrollArea(QWidget *content, double lines, QWidget *parent)
    : QScrollArea(parent), m_lines(lines)
{
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    setWidget(content);
    // The content's boxes come and go with the data: the area follows its height.
    content->installEventFilter(this);
}

int BoundedScrollArea::limit() const { return static_cast<int>(m_lines * fontMetrics().lineSpacing()); }

QSize BoundedScrollArea::sizeHint() const
{
    const QSize content = widget() ? widget()->sizeHint() : QSize();
    const bool scrolls = content.height() > limit();
    return {content.width() + (scrolls ? verticalScrollBar()->sizeHint().width() : 0), std::min(content.height(), limit())};
}

QSize BoundedScrollArea::minimumSizeHint() const
{
    // Narrower than its content when the window is: it scrolls across too, rather than
    // widen the page past the screen (long names in rows of four).
    const QSize content = widget() ? widget()->minimumSizeHint() : QSize();
    const int narrow = 40 * fontMetrics().averageCharWidth();
    return {std::min(content.width(), narrow), std::min(content.height(), limit())};
}

bool BoundedScrollArea::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == widget() && event->type() == QEvent::LayoutRequest)
        updateGeometry();
    return QScrollArea::eventFilter(watched, event);
}

} // namespace capex::ui

#pragma once

#include <QScrollArea>

namespace capex::ui {

/// Holds a block of controls (a page's company check boxes) at its natural size up to a
/// height, and scrolls beyond it: a large store has two hundred companies, whose boxes would
/// push the page's chart off the screen. Where the window is narrower than the block, it
/// scrolls across as well.
class BoundedScrollArea : public QScrollArea
{
    Q_OBJECT

public:
    /// Takes `content`; at most `lines` lines of the widget's font high.
    BoundedScrollArea(QWidget *content, double lines, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int limit() const;
    double m_lines;
};

} // namespace capex::ui

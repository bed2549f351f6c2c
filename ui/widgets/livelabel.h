#pragma once

#include <QWidget>

class QLabel;

namespace capex::ui {

/// A line of text that changes at every step of a slider (a rate, a count) without laying
/// out the window again. A QLabel asks its parent's layout for a new layout at every new
/// text; in the Assumptions dock that resized the panel in its scroll area and repainted the
/// whole dock at each step. This widget wraps its text in the width it is given and asks for
/// a layout only when the text needs another number of lines.
class LiveLabel : public QWidget
{
    Q_OBJECT

public:
    explicit LiveLabel(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const;
    /// The label that draws the text (for its style and font).
    QLabel *label() const { return m_label; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    QLabel *m_label;
    int m_height = -1; ///< the height the layout was last asked for
};

} // namespace capex::ui

#pragma once

#include <QFrame>

class QLabel;

namespace capex::ui {

/// A headline figure: a caption, the figure, a line of detail and its source. A click
/// opens the page that explains it.
class OverviewCard : public QFrame
{
    Q_OBJECT

public:
    explicit OverviewCard(const QString &targetPage, QWidget *parent = nullptr);

    /// `more`: what the card has no room for, shown in its tooltip.
    void setContent(const QString &caption, const QString &figure, const QString &detail, const QString &source,
                    const QString &more = {});
    QString figureText() const;
    QString sourceText() const;

signals:
    void activated(const QString &pageId);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QString m_target;
    QLabel *m_caption, *m_figure, *m_detail, *m_source;
};

} // namespace capex::ui

#include "overviewcard.h"

#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace capex::ui {

OverviewCard::OverviewCard(const QString &targetPage, QWidget *parent)
    : QFrame(parent), m_target(targetPage), m_caption(new QLabel(this)), m_figure(new QLabel(this)),
      m_detail(new QLabel(this)), m_source(new QLabel(this))
{
    setObjectName(QStringLiteral("card-") + targetPage);
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setStyleSheet(QStringLiteral("capex--ui--OverviewCard { background: palette(base); border: 1px solid #c8ccd4; "
                                 "border-radius: 6px; } capex--ui--OverviewCard:focus { border: 2px solid #0072B2; }"));
    QFont figureFont = m_figure->font();
    figureFont.setPointSizeF(figureFont.pointSizeF() * 1.9);
    figureFont.setBold(true);
    m_figure->setFont(figureFont);
    m_caption->setStyleSheet(QStringLiteral("color: #444; font-weight: 600;"));
    m_source->setStyleSheet(QStringLiteral("color: #777;"));
    m_source->setObjectName(QStringLiteral("sourceCitation")); // publishers are proper nouns, not UI text
    for (QLabel *label : {m_caption, m_figure, m_detail, m_source})
        label->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_caption);
    layout->addWidget(m_figure);
    layout->addWidget(m_detail, 1);
    layout->addWidget(m_source);
}

void OverviewCard::setContent(const QString &caption, const QString &figure, const QString &detail,
                              const QString &source, const QString &more)
{
    m_caption->setText(caption);
    m_figure->setText(figure);
    m_detail->setText(detail);
    m_source->setText(source);
    setToolTip((more.isEmpty() ? QString() : more + QLatin1Char('\n'))
               + QStringLiteral("%1\n%2\n%3").arg(detail, source, tr("Click for details")));
}

QString OverviewCard::figureText() const { return m_figure->text(); }
QString OverviewCard::sourceText() const { return m_source->text(); }

void OverviewCard::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        emit activated(m_target);
    QFrame::mouseReleaseEvent(event);
}

void OverviewCard::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        emit activated(m_target);
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace capex::ui

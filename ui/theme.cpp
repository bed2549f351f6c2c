#include "theme.h"

#include <QApplication>
#include <QEvent>
#include <QStyle>
#include <QStyleFactory>

namespace capex::ui {
namespace {

bool paletteIsDark(const QPalette &palette) { return palette.color(QPalette::Window).lightness() < 128; }

void useStyle(const QString &name)
{
    if (QApplication::style()->name().compare(name, Qt::CaseInsensitive) != 0)
        if (QStyle *style = QStyleFactory::create(name))
            QApplication::setStyle(style);
}

} // namespace

Theme &Theme::instance()
{
    static Theme theme;
    return theme;
}

void Theme::setChoice(Choice choice)
{
    if (!m_captured) {
        m_captured = true;
        m_originalStyle = QApplication::style()->name();
        m_originalPalette = QApplication::palette();
    }
    m_choice = choice;
    switch (choice) {
    case Choice::Dark:
        useStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(darkPalette());
        break;
    case Choice::Light:
        if (paletteIsDark(m_originalPalette)) {
            useStyle(QStringLiteral("Fusion"));
            QApplication::setPalette(QApplication::style()->standardPalette());
            break;
        }
        [[fallthrough]];
    case Choice::System:
        useStyle(m_originalStyle);
        QApplication::setPalette(m_originalPalette);
        break;
    }
    // Widgets take the new palette from posted events: deliver them now, so that everything
    // reads the new colours when this returns.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::ApplicationPaletteChange);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::PaletteChange);
    emit changed(isDark());
}

bool Theme::isDark() const { return paletteIsDark(QApplication::palette()); }

QString Theme::code(Choice choice)
{
    switch (choice) {
    case Choice::Light: return QStringLiteral("light");
    case Choice::Dark: return QStringLiteral("dark");
    case Choice::System: break;
    }
    return QStringLiteral("system");
}

std::optional<Theme::Choice> Theme::parse(const QString &code)
{
    for (Choice choice : {Choice::System, Choice::Light, Choice::Dark})
        if (code.compare(Theme::code(choice), Qt::CaseInsensitive) == 0)
            return choice;
    return std::nullopt;
}

QPalette Theme::darkPalette()
{
    const QColor window(0x2B, 0x2D, 0x33), base(0x1F, 0x21, 0x26), text(0xE6, 0xE6, 0xE6);
    const QColor disabled(0x7F, 0x82, 0x88), highlight(0x3D, 0x8E, 0xD9);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, QColor(0x3A, 0x3D, 0x45));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x38, 0x3F));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xFF, 0x6B, 0x6B));
    p.setColor(QPalette::Light, QColor(0x4A, 0x4D, 0x55));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x43, 0x4A));
    p.setColor(QPalette::Mid, QColor(0x60, 0x63, 0x6A));
    p.setColor(QPalette::Dark, QColor(0x1A, 0x1B, 0x1F));
    p.setColor(QPalette::Shadow, QColor(0x10, 0x10, 0x12));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6C, 0xB4, 0xFF));
    p.setColor(QPalette::LinkVisited, QColor(0xB4, 0x8C, 0xFF));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x53, 0x5A));
    return p;
}

} // namespace capex::ui

#pragma once

#include <QObject>
#include <QPalette>
#include <QString>

#include <optional>

namespace capex::ui {

/// View → Theme: the system's colours, light, or dark. Dark puts the application on the
/// Fusion style with a dark palette; light and system go back to the style and palette the
/// program started with (light uses Fusion's light palette when the system's is dark).
/// Charts on screen follow (ChartPanel, ChartStyle::applyTheme); exports and the report
/// are always on white paper.
class Theme : public QObject
{
    Q_OBJECT

public:
    enum class Choice { System, Light, Dark };

    static Theme &instance();

    void setChoice(Choice choice);
    Choice choice() const { return m_choice; }
    /// Whether the application's palette is dark now (a dark system theme counts).
    bool isDark() const;

    /// "system", "light", "dark"; parse() also takes them in any case.
    static QString code(Choice choice);
    static std::optional<Choice> parse(const QString &code);
    /// The dark palette applied by Choice::Dark.
    static QPalette darkPalette();

signals:
    /// The theme was switched; `dark` tells whether the palette is dark now.
    void changed(bool dark);

private:
    Theme() = default;

    Choice m_choice = Choice::System;
    bool m_captured = false;
    QString m_originalStyle;
    QPalette m_originalPalette;
};

} // namespace capex::ui

#pragma once

#include "numberformat.h"

#include <QObject>
#include <QString>

#include <memory>

class QTranslator;

namespace capex::ui {

/// Installs the translators of one language and switches at run time: Qt then sends
/// QEvent::LanguageChange to every widget, and each widget's retranslateUi() follows.
class Translation : public QObject
{
    Q_OBJECT

public:
    static Translation &instance();

    /// Loads the program's and Qt's own catalogue for `language`; English needs none.
    void setLanguage(Language language);
    Language language() const { return m_language; }

    /// "zh" / "en" (also accepts "zh_CN", "zh-CN", "chinese", "english").
    static std::optional<Language> parse(const QString &code);
    static QString code(Language language);
    /// Chinese when the system locale is Chinese, else English.
    static Language systemDefault();

    /// The number and money formatter of the current language.
    NumberFormat format(int significantDigits = 3) const { return NumberFormat(m_language, significantDigits); }

signals:
    void languageChanged(capex::Language language);

private:
    Translation();
    ~Translation() override;

    Language m_language = Language::English;
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
};

/// Picks the Chinese or English text of a bilingual record for the current language.
inline QString localized(const std::string &en, const std::string &zh)
{
    const std::string &text = Translation::instance().language() == Language::Chinese && !zh.empty() ? zh : en;
    return QString::fromStdString(text);
}

} // namespace capex::ui

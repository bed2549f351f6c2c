#include "translation.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace capex::ui {

Translation::Translation() = default;
Translation::~Translation() = default;

Translation &Translation::instance()
{
    static Translation translation;
    return translation;
}

void Translation::setLanguage(Language language)
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app.reset();
    m_qt.reset();
    if (language == Language::Chinese) {
        m_app = std::make_unique<QTranslator>();
        if (m_app->load(QStringLiteral(":/i18n/capexlens_zh_CN.qm")))
            QCoreApplication::installTranslator(m_app.get());
        // Qt's own strings (standard buttons, file dialogs), when Debian's package is there.
        m_qt = std::make_unique<QTranslator>();
        if (m_qt->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(m_qt.get());
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    } else {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    const bool changed = language != m_language;
    m_language = language;
    // Deliver the LanguageChange events now rather than on the next turn of the event
    // loop, so that everything reads the new language when this returns: Qt posts one
    // to the application, which then posts one to every top-level widget.
    for (int round = 0; round < 2; ++round)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    if (changed)
        emit languageChanged(language);
}

std::optional<Language> Translation::parse(const QString &code)
{
    const QString c = code.trimmed().toLower();
    if (c == QLatin1String("zh") || c.startsWith(QLatin1String("zh_")) || c.startsWith(QLatin1String("zh-"))
        || c == QLatin1String("chinese") || c == QStringLiteral("中文"))
        return Language::Chinese;
    if (c == QLatin1String("en") || c.startsWith(QLatin1String("en_")) || c.startsWith(QLatin1String("en-"))
        || c == QLatin1String("english"))
        return Language::English;
    return std::nullopt;
}

QString Translation::code(Language language)
{
    return language == Language::Chinese ? QStringLiteral("zh") : QStringLiteral("en");
}

Language Translation::systemDefault()
{
    return QLocale::system().language() == QLocale::Chinese ? Language::Chinese : Language::English;
}

} // namespace capex::ui

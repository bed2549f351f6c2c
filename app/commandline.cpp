#include "commandline.h"

#include <QCoreApplication>
#include <QSet>

namespace capex::app {
namespace {

const QSet<QString> &valueOptions()
{
    static const QSet<QString> names = {QStringLiteral("db"), QStringLiteral("lang"), QStringLiteral("format"),
                                        QStringLiteral("out"), QStringLiteral("scenario"), QStringLiteral("set"),
                                        QStringLiteral("width"), QStringLiteral("height"), QStringLiteral("dpi"),
                                        QStringLiteral("runs"), QStringLiteral("seed"), QStringLiteral("output"),
                                        QStringLiteral("year"), QStringLiteral("paper"), QStringLiteral("threads"),
                                        QStringLiteral("page"), QStringLiteral("screenshot"),
                                        QStringLiteral("window-size"), QStringLiteral("view"),
                                        QStringLiteral("metric"), QStringLiteral("sheet"),
                                        QStringLiteral("as-of"), QStringLiteral("x"), QStringLiteral("y"),
                                        QStringLiteral("steps"), QStringLiteral("ticker"), QStringLiteral("cik"),
                                        QStringLiteral("from"), QStringLiteral("user-agent"),
                                        QStringLiteral("base-url")};
    return names;
}

const QSet<QString> &flagOptions()
{
    static const QSet<QString> names = {QStringLiteral("help"), QStringLiteral("version"), QStringLiteral("list"),
                                        QStringLiteral("dry-run"), QStringLiteral("exit-after-paint"),
                                        QStringLiteral("visit-all-pages")};
    return names;
}

QString tr(const char *text) { return QCoreApplication::translate("capex::app::CommandLine", text); }

} // namespace

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine cl;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("-h")) {
            cl.options.insert(QStringLiteral("help"), QStringLiteral("1"));
            continue;
        }
        if (!arg.startsWith(QLatin1String("--"))) {
            cl.words << arg;
            continue;
        }
        QString name = arg.mid(2);
        QString value;
        bool inlineValue = false;
        if (const auto eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
            inlineValue = true;
        }
        if (flagOptions().contains(name)) {
            if (inlineValue) {
                cl.error = tr("the option --%1 takes no value").arg(name);
                return cl;
            }
            cl.options.insert(name, QStringLiteral("1"));
        } else if (valueOptions().contains(name)) {
            if (!inlineValue) {
                if (i + 1 >= arguments.size()) {
                    cl.error = tr("the option --%1 needs a value").arg(name);
                    return cl;
                }
                value = arguments.at(++i);
            }
            if (name == QLatin1String("set"))
                cl.repeated << value;
            cl.options.insert(name, value);
            cl.given.append({name, value});
        } else {
            cl.error = tr("unknown option --%1").arg(name);
            return cl;
        }
    }
    return cl;
}

} // namespace capex::app

#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

#include <utility>

namespace capex::app {

/// The words and options of one invocation: `capexlens [options] [command words] [options]`.
/// Options are `--name value`, `--name=value` or bare flags; which take a value is
/// fixed by the table in commandline.cpp, so `--out FILE` never swallows a command word.
struct CommandLine
{
    QStringList words;              ///< e.g. {"data", "export"}
    QMap<QString, QString> options; ///< name without dashes → value (flags map to "1")
    QStringList repeated;           ///< values of repeatable options (--set), in order
    QList<std::pair<QString, QString>> given; ///< every option with a value, in order (--ticker A --ticker B)
    QString error;                  ///< non-empty: a usage error naming the bad argument

    bool has(const QString &name) const { return options.contains(name); }
    QString value(const QString &name, const QString &fallback = {}) const { return options.value(name, fallback); }
    /// Every value given to the option `name`, in order.
    QStringList values(const QString &name) const
    {
        QStringList out;
        for (const auto &[option, value] : given)
            if (option == name)
                out << value;
        return out;
    }

    static CommandLine parse(const QStringList &arguments);
};

} // namespace capex::app

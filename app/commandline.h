#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace capex::app {

/// The words and options of one invocation: `capexlens [options] [command words] [options]`.
/// Options are `--name value`, `--name=value` or bare flags; which take a value is
/// fixed by the table in commandline.cpp, so `--out FILE` never swallows a command word.
struct CommandLine
{
    QStringList words;              ///< e.g. {"data", "export"}
    QMap<QString, QString> options; ///< name without dashes → value (flags map to "1")
    QStringList repeated;           ///< values of repeatable options (--set), in order
    QString error;                  ///< non-empty: a usage error naming the bad argument

    bool has(const QString &name) const { return options.contains(name); }
    QString value(const QString &name, const QString &fallback = {}) const { return options.value(name, fallback); }

    static CommandLine parse(const QStringList &arguments);
};

} // namespace capex::app

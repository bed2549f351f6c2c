#pragma once

#include <QByteArray>
#include <QString>

namespace capex::ui {

/// Writes `bytes` to `path` through QSaveFile: the file appears whole or not at all.
/// Returns an empty string on success, else the reason, translated.
QString saveFile(const QString &path, const QByteArray &bytes);

} // namespace capex::ui

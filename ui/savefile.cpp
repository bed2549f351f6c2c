#include "savefile.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace capex::ui {

QString saveFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QCoreApplication::translate("capex::ui::SaveFile", "Cannot write %1: %2").arg(path, file.errorString());
    if (file.write(bytes) != bytes.size() || !file.commit())
        return QCoreApplication::translate("capex::ui::SaveFile", "Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace capex::ui

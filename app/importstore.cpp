#include "importstore.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

const QString kImportsKey = u"imports"_s;

void writeList(const QList<ImportFile> &imports)
{
    QSettings settings;
    settings.remove(kImportsKey); // a shorter list leaves no entries of the longer one behind
    settings.beginWriteArray(kImportsKey, int(imports.size()));
    for (qsizetype i = 0; i < imports.size(); ++i) {
        settings.setArrayIndex(int(i));
        settings.setValue(u"path"_s, imports.at(i).path);
        settings.setValue(u"name"_s, imports.at(i).name);
        settings.setValue(u"date"_s, imports.at(i).importedOn.toString(Qt::ISODate));
    }
    settings.endArray();
}

} // namespace

QList<ImportFile> storedImports()
{
    QSettings settings;
    QList<ImportFile> imports;
    const int count = settings.beginReadArray(kImportsKey);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        imports.append({settings.value(u"path"_s).toString(), settings.value(u"name"_s).toString(),
                        QDate::fromString(settings.value(u"date"_s).toString(), Qt::ISODate)});
    }
    settings.endArray();
    return imports;
}

QString storeImport(const ImportFile &file)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/imports"_s;
    if (!QDir().mkpath(folder))
        return QStringLiteral("%1: cannot make the folder for imported files").arg(folder);
    const QString copy =
        QDir(folder).filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + u".csv"_s);
    QFile source(file.path);
    if (!source.copy(copy))
        return QStringLiteral("%1: cannot keep a copy in %2: %3")
            .arg(file.path, folder, source.errorString());
    QList<ImportFile> imports = storedImports();
    imports.append({copy, file.name, file.importedOn});
    writeList(imports);
    return {};
}

void removeStoredImport(qsizetype index)
{
    QList<ImportFile> imports = storedImports();
    if (index < 0 || index >= imports.size())
        return;
    QFile::remove(imports.takeAt(index).path);
    writeList(imports);
}

// Fuzz target for the dataset loader (data/datasetstore.h): any file either loads or is refused with one
// line naming it, and never crashes or trips a sanitizer.

#include "datasetstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

// Qt loads its SQLite driver as a plugin, which needs an application object.
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication application(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dataset.sqlite"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
        qFatal("cannot write %s", qPrintable(path));
    file.close();
    const DatasetLoadResult loaded = readDatasetDatabase(path);
    if (!loaded.dataset && (!loaded.error.startsWith(path) || loaded.error.contains(u'\n')))
        qFatal("a refusal must be one line naming the file: %s", qPrintable(loaded.error));
    return 0;
}

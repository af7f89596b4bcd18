#include "testsupport.h"

#include "datasetcompiler.h"
#include "datasetstore.h"

#include <QDir>
#include <QFile>

QString fixtureDir()
{
    return QStringLiteral(APE_FIXTURE_DIR);
}

Dataset fixtureDataset()
{
    const CompileResult result = compileDatasetSources(fixtureDir());
    if (!result.ok())
        qFatal("fixture does not compile: %s", qPrintable(result.errors.join(u'\n')));
    return result.dataset;
}

std::shared_ptr<const Analysis> fixtureAnalysis()
{
    return std::make_shared<const Analysis>(std::make_shared<const Dataset>(fixtureDataset()));
}

bool copyFixture(const QString &targetDir)
{
    for (const QString &name : datasetSourceFiles()) {
        if (!QFile::copy(QDir(fixtureDir()).filePath(name), QDir(targetDir).filePath(name)))
            return false;
    }
    return true;
}

QString compileFixtureDatabase(const QString &targetDir)
{
    const QString path = QDir(targetDir).filePath(QStringLiteral("fixture.sqlite"));
    const QString error = writeDatasetDatabase(fixtureDataset(), path);
    if (!error.isEmpty())
        qFatal("cannot write the fixture database: %s", qPrintable(error));
    return path;
}

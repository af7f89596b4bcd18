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

Filter fixtureFilter()
{
    Filter filter;
    filter.fromYear = 2016;
    filter.toYear = 2026;
    return filter;
}

bool copyFixture(const QString &targetDir)
{
    for (const QString &name : datasetSourceFiles()) {
        if (!QFile::copy(QDir(fixtureDir()).filePath(name), QDir(targetDir).filePath(name)))
            return false;
    }
    return true;
}

bool replaceInFile(const QString &path, const QString &from, const QString &to)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QString text = QString::fromUtf8(file.readAll());
    file.close();
    const qsizetype at = text.indexOf(from);
    if (at < 0)
        return false;
    text.replace(at, from.size(), to);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(text.toUtf8()) >= 0;
}

Dataset fixtureWithSharedPart(const QString &targetDir)
{
    const QDir dir(targetDir);
    const bool written =
        copyFixture(targetDir) &&
        replaceInFile(
            dir.filePath(QStringLiteral("programmes.csv")), QStringLiteral("\njp-gpu,"),
            QStringLiteral("\njp-budget-2026,JPN,FY2026 chips and AI budget,,METI,,2026-01,2026,2026,"
                           "1239000000000,exact,JPY,chips,public,approved,,s-news,¥1.239 trillion.,"
                           "\njp-gpu,")) &&
        replaceInFile(
            dir.filePath(QStringLiteral("overlaps.csv")), QStringLiteral("quote,note\n"),
            QStringLiteral("quote,note\njp-first-year,jp-budget-2026,s-news,"
                           "\"The ¥387.3 billion is in the FY2026 budget.\",First-year tranche.\n"));
    if (!written)
        qFatal("cannot write the fixture with a shared part into %s", qPrintable(targetDir));
    const CompileResult result = compileDatasetSources(targetDir);
    if (!result.ok())
        qFatal("the fixture with a shared part does not compile: %s", qPrintable(result.errors.join(u'\n')));
    return result.dataset;
}

QString compileFixtureDatabase(const QString &targetDir)
{
    const QString path = QDir(targetDir).filePath(QStringLiteral("fixture.sqlite"));
    const QString error = writeDatasetDatabase(fixtureDataset(), path);
    if (!error.isEmpty())
        qFatal("cannot write the fixture database: %s", qPrintable(error));
    return path;
}

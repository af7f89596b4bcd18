#include "testsupport.h"

#include "datasetcompiler.h"
#include "datasetstore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

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
            QStringLiteral("\njp-budget-2026,JPN,FY2026 chips and AI budget,,,METI,,,2026-01,2026,2026,"
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

QString compileNextFixtureDatabase(const QString &targetDir)
{
    const QDir dir(targetDir);
    const auto edit = [&dir](const char *file, const QString &from, const QString &to) {
        return replaceInFile(dir.filePath(QLatin1StringView(file)), from, to);
    };
    const bool written =
        copyFixture(targetDir) && edit("meta.csv", u"test.1"_s, u"test.2"_s) &&
        edit("programmes.csv", u"72500000000,up_to,JPY,compute,public,allocated"_s,
             u"73000000000,up_to,JPY,compute,public,disbursed"_s) &&
        edit("programmes.csv",
             u"\nfr-withdrawn,FRA,Cancelled research fund,,,Government,,,2024-05,2024,2024,"
             "100000000,exact,EUR,research,public,withdrawn,,s-fr,€100 million.,"_s,
             QString()) &&
        edit("programmes.csv", u"\njp-gpu,"_s,
             u"\njp-ai-2026,JPN,AI basic plan,,,Cabinet Office,,,2026-02,2026,2026,20000000000,exact,JPY,"
             "strategy,public,approved,,s-news,¥20 billion.,\njp-gpu,"_s) &&
        edit("allocations.csv",
             u"jp-gpu,r-kddi,10240000000,about,JPY,s-meti,about ¥10.24 billion to KDDI.\n"_s, QString()) &&
        edit("milestones.csv", u"2025-07,6000000000"_s, u"2025-07,6500000000"_s) &&
        edit("events.csv", u"AI Promotion Act passed"_s, u"AI Promotion Act enacted"_s);
    if (!written)
        qFatal("cannot write the next fixture into %s", qPrintable(targetDir));
    const CompileResult result = compileDatasetSources(targetDir);
    if (!result.ok())
        qFatal("the next fixture does not compile: %s", qPrintable(result.errors.join(u'\n')));
    const QString path = dir.filePath(u"next.sqlite"_s);
    if (const QString error = writeDatasetDatabase(result.dataset, path); !error.isEmpty())
        qFatal("cannot write the next fixture database: %s", qPrintable(error));
    return path;
}

QString compileFixtureWithNextForm(const QString &targetDir)
{
    const QString path = compileFixtureDatabase(targetDir);
    const QDir dir(targetDir);
    if (path.isEmpty() || !dir.mkdir(u"next"_s))
        return {};
    const QString next = compileNextFixtureDatabase(dir.filePath(u"next"_s));
    const QString error =
        editDatabase(path, {u"ATTACH DATABASE '%1' AS next"_s.arg(next),
                            u"UPDATE checked_form SET form = (SELECT form FROM next.checked_form)"_s});
    return next.isEmpty() || !error.isEmpty() ? QString() : path;
}

QString editDatabase(const QString &path, const QStringList &statements)
{
    const QString connection = QStringLiteral("edit");
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (!db.open())
            error = db.lastError().text();
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            if (error.isEmpty() && !query.exec(statement))
                error = statement + QStringLiteral(": ") + query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return error;
}

QString compileFixtureDatabase(const QString &targetDir)
{
    const QString path = QDir(targetDir).filePath(QStringLiteral("fixture.sqlite"));
    const QString error = writeDatasetDatabase(fixtureDataset(), path);
    if (!error.isEmpty())
        qFatal("cannot write the fixture database: %s", qPrintable(error));
    return path;
}

QString pdfToText(const QString &pdf, const QString &mode, int page)
{
    QStringList arguments{mode};
    if (page > 0)
        arguments += {u"-f"_s, QString::number(page), u"-l"_s, QString::number(page)};
    QProcess process;
    process.start(QStandardPaths::findExecutable(u"pdftotext"_s), arguments + QStringList{pdf, u"-"_s});
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString comparableText(const QString &text)
{
    return text.simplified().normalized(QString::NormalizationForm_KC);
}

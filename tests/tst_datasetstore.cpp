#include "datasetstore.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDatasetStore : public QObject
{
    Q_OBJECT
private slots:
    void roundTripsEveryTable();
    void roundTripsOverlaps();
    void refusesMissingFile();
    void refusesFileThatIsNotADatabase();
    void refusesUnknownSchemaVersion();
};

void TestDatasetStore::roundTripsEveryTable()
{
    QTemporaryDir dir;
    const Dataset original = fixtureDataset();
    const QString path = compileFixtureDatabase(dir.path());
    const DatasetLoadResult loaded = readDatasetDatabase(path);
    QVERIFY2(loaded.dataset, qPrintable(loaded.error));
    const Dataset &d = *loaded.dataset;
    QCOMPARE(d.info.version, u"test.1"_s);
    QCOMPARE(d.info.dataAsOf, QDate(2026, 1, 31));
    QCOMPARE(d.info.startProgrammeId, u"jp-gpu"_s);
    QCOMPARE(d.info.labelledFirstIds, (QStringList{u"jp-gpu"_s, u"fr-strategy"_s}));
    QCOMPARE(d.programmes.size(), original.programmes.size());
    QCOMPARE(d.allocations.size(), 2);
    QCOMPARE(d.indicators.size(), 4);
    QCOMPARE(d.population.size(), 3);
    QCOMPARE(d.gdpUsd.size(), 3);
    QCOMPARE(d.exchangeRates.size(), 4);
    const Programme *gpu = d.programme(u"jp-gpu"_s);
    QVERIFY(gpu);
    QCOMPARE(gpu->amount, (Money{72500000000, u"JPY"_s, AmountQualifier::UpTo}));
    QCOMPARE(gpu->category, Category::Compute);
    QCOMPARE(gpu->status, Status::Allocated);
    QCOMPARE(gpu->nameJa, u"GPUクラウド"_s);
    QCOMPARE(d.programme(u"jp-first-year"_s)->parentId, u"jp-umbrella"_s);
    QCOMPARE(d.programme(u"us-stargate"_s)->funding, FundingType::Private);
    QCOMPARE(d.source(u"s-news"_s)->title, u"Foundation model support, \"reported\""_s);
    QVERIFY(!d.source(u"s-fr"_s)->published.isValid());
    QCOMPARE(d.disputes.size(), 1);
    QCOMPARE(d.disputes.constFirst().alternativeAmount->units, 300000000000);
    QCOMPARE(d.country(u"JPN"_s)->nameJa, u"日本"_s);
}

void TestDatasetStore::roundTripsOverlaps()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"shared.sqlite"_s);
    QCOMPARE(writeDatasetDatabase(fixtureWithSharedPart(dir.path()), path), QString());
    const DatasetLoadResult loaded = readDatasetDatabase(path);
    QVERIFY2(loaded.dataset, qPrintable(loaded.error));
    QCOMPARE(loaded.dataset->overlaps.size(), 1);
    const Overlap &overlap = loaded.dataset->overlaps.constFirst();
    QCOMPARE(overlap.programmeId, u"jp-first-year"_s);
    QCOMPARE(overlap.partOfId, u"jp-budget-2026"_s);
    QCOMPARE(overlap.source.sourceId, u"s-news"_s);
    QCOMPARE(overlap.source.quote, u"The ¥387.3 billion is in the FY2026 budget."_s);
    QCOMPARE(overlap.note, u"First-year tranche."_s);
}

void TestDatasetStore::refusesMissingFile()
{
    const DatasetLoadResult loaded = readDatasetDatabase(u"/nonexistent/dataset.sqlite"_s);
    QVERIFY(!loaded.dataset);
    QCOMPARE(loaded.error, u"/nonexistent/dataset.sqlite: no such file"_s);
}

void TestDatasetStore::refusesFileThatIsNotADatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"garbage.sqlite"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    const DatasetLoadResult loaded = readDatasetDatabase(path);
    QVERIFY(!loaded.dataset);
    QVERIFY2(loaded.error.startsWith(path + u": not a SQLite database"_s), qPrintable(loaded.error));
}

void TestDatasetStore::refusesUnknownSchemaVersion()
{
    QTemporaryDir dir;
    const QString path = compileFixtureDatabase(dir.path());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bump"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(u"PRAGMA user_version = 99"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"bump"_s);
    const DatasetLoadResult loaded = readDatasetDatabase(path);
    QVERIFY(!loaded.dataset);
    QVERIFY2(loaded.error.contains(u"schema version 99 is not supported"_s), qPrintable(loaded.error));
}

QTEST_GUILESS_MAIN(TestDatasetStore)
#include "tst_datasetstore.moc"

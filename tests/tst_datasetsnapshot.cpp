#include "analysis.h"
#include "datasetsnapshot.h"
#include "datasetstore.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// A test's folder, removed once a snapshot a load left being written into it is finished.
struct SnapshotFolder : QTemporaryDir
{
    ~SnapshotFolder() { DatasetSnapshots::waitForBackgroundWrites(); }
};

// Snapshots of checked datasets (datasetsnapshot.h): read back equal to the checked dataset, and never used
// for files that changed, a damaged snapshot or a database with changes beside it.
class TestDatasetSnapshot : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void aSecondLoadReadsTheSnapshotOfTheSameDataset_data();
    void aSecondLoadReadsTheSnapshotOfTheSameDataset();
    void aFileChangedJustNowIsCheckedAndNotKept();
    void anEditedDatasetIsCheckedAgain();
    void aChangedImportIsCheckedAgain();
    void aDamagedSnapshotIsIgnored_data();
    void aDamagedSnapshotIsIgnored();
    void aDatabaseWithAJournalBesideItIsAlwaysChecked();
    void keepsOnlyTheMostRecentlyUsedSnapshots();
    void withoutAFolderNothingIsKept();
    void aFirstOpenReadsTheCheckedFormAndItsCheckKeepsASnapshot();
    void aCheckShowsWhatTheTablesHoldWhereTheFormDiffers();
    void aCheckRefusesTablesChangedSinceTheBuild();

private:
    // A copy of the fixture database, made in initTestCase, whose status has not changed for long enough to
    // keep a snapshot.
    QString settledDatabase(const QString &name) const { return m_dir.filePath(name); }
    // The import template with its example row in use, one programme over the bundled dataset; made in
    // initTestCase and settled like the databases.
    ImportFile settledImport(const QString &name) const
    {
        return {m_dir.filePath(name), name, QDate(2026, 11, 30)};
    }
    static QStringList snapshotFiles(const DatasetSnapshots &snapshots);

    QTemporaryDir m_dir;
    QString m_fixture;
};

void TestDatasetSnapshot::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_fixture = compileFixtureDatabase(m_dir.path());
    QVERIFY(QFileInfo::exists(m_fixture));
    // Made at once and waited for once: a file must keep its status a few seconds to be kept.
    QList<ImportFile> files;
    for (const QString &name :
         {u"edited.sqlite"_s, u"damaged.sqlite"_s, u"journalled.sqlite"_s, u"opened.sqlite"_s}) {
        QVERIFY(QFile::copy(m_fixture, settledDatabase(name)));
        files.append({settledDatabase(name), name, {}});
    }
    for (int i = 0; i < 6; ++i) {
        const QString name = u"copy%1.sqlite"_s.arg(i);
        QVERIFY(QFile::copy(m_fixture, settledDatabase(name)));
        files.append({settledDatabase(name), name, {}});
    }
    // Changed after it was built, as aCheckRefusesTablesChangedSinceTheBuild needs it: settled like the rest.
    QVERIFY(QFile::copy(m_fixture, settledDatabase(u"refused.sqlite"_s)));
    QCOMPARE(editDatabase(settledDatabase(u"refused.sqlite"_s),
                          {u"UPDATE programmes SET amount = 1 WHERE id = 'jp-gpu'"_s}),
             QString());
    files.append({settledDatabase(u"refused.sqlite"_s), u"refused.sqlite"_s, {}});
    for (const QString &name : {u"kept.csv"_s, u"changed.csv"_s}) {
        QFile file(m_dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(programmeImportTemplate().replace("\n#jpn-example", "\njpn-example"));
        files.append(settledImport(name));
    }
    const DatasetSnapshots probe(m_dir.filePath(u"probe"_s));
    QTRY_VERIFY_WITH_TIMEOUT(probe.keyFor(m_fixture, files).settled, 10000);
}

QStringList TestDatasetSnapshot::snapshotFiles(const DatasetSnapshots &snapshots)
{
    DatasetSnapshots::waitForBackgroundWrites();
    return QDir(snapshots.folder()).entryList({u"*.snapshot"_s}, QDir::Files);
}

void TestDatasetSnapshot::aSecondLoadReadsTheSnapshotOfTheSameDataset_data()
{
    QTest::addColumn<QString>("dataset");
    QTest::addRow("fixture") << u"fixture"_s;
    QTest::addRow("bundled, with an import") << u"bundled"_s;
}

void TestDatasetSnapshot::aSecondLoadReadsTheSnapshotOfTheSameDataset()
{
    QFETCH(QString, dataset);
    SnapshotFolder folder;
    const DatasetSnapshots snapshots(folder.filePath(u"cache"_s));
    QString path = settledDatabase(u"copy0.sqlite"_s);
    QList<ImportFile> imports;
    if (dataset == u"bundled") {
        path = QStringLiteral(APE_BUNDLED_DATASET);
        imports.append(settledImport(u"kept.csv"_s));
    }
    QTRY_VERIFY_WITH_TIMEOUT(snapshots.keyFor(path, imports).settled,
                             10000); // the build may have just made it

    const AnalysisLoadResult checked = loadAnalysis(path, imports, snapshots);
    QVERIFY2(checked.analysis, qPrintable(checked.error));
    QVERIFY(!checked.fromSnapshot);
    QCOMPARE(snapshotFiles(snapshots).size(), 1);

    const AnalysisLoadResult kept = loadAnalysis(path, imports, snapshots);
    QVERIFY2(kept.analysis, qPrintable(kept.error));
    QVERIFY(kept.fromSnapshot);
    // Its text is read in place from the snapshot, which stays mapped when the file goes.
    QVERIFY(folder.remove());
    const Dataset &a = checked.analysis->dataset();
    const Dataset &b = kept.analysis->dataset();
    QCOMPARE(static_cast<const DatasetTables &>(b), static_cast<const DatasetTables &>(a));
    QCOMPARE(b.imports(), a.imports());
    QCOMPARE(kept.warnings, checked.warnings);
    // The indexes are built again from the tables: lookups answer alike.
    for (const Programme &p : a.programmes) {
        QCOMPARE(b.programme(p.id)->nameEn, p.nameEn);
        QCOMPARE(b.allocationsOf(p.id).size(), a.allocationsOf(p.id).size());
        QCOMPARE(b.umbrellasOf(p.id).size(), a.umbrellasOf(p.id).size());
        QCOMPARE(b.importOf(*b.programme(p.id)) != nullptr, a.importOf(p) != nullptr);
    }
    const Filter filter = defaultFilter(a);
    QCOMPARE(kept.analysis->countedProgrammes(filter).size(),
             checked.analysis->countedProgrammes(filter).size());
    if (!imports.isEmpty())
        QVERIFY(!b.imports().constFirst().programmeIds.isEmpty());
}

void TestDatasetSnapshot::aFileChangedJustNowIsCheckedAndNotKept()
{
    SnapshotFolder folder;
    const DatasetSnapshots snapshots(folder.filePath(u"cache"_s));
    const QString path = folder.filePath(u"new.sqlite"_s);
    QVERIFY(QFile::copy(m_fixture, path));
    QVERIFY(!snapshots.keyFor(path, {}).settled);
    const AnalysisLoadResult first = loadAnalysis(path, {}, snapshots);
    QVERIFY(first.analysis);
    QVERIFY(snapshotFiles(snapshots).isEmpty());
    QVERIFY(!loadAnalysis(path, {}, snapshots).fromSnapshot);
}

void TestDatasetSnapshot::anEditedDatasetIsCheckedAgain()
{
    SnapshotFolder folder;
    const DatasetSnapshots snapshots(folder.filePath(u"cache"_s));
    const QString path = settledDatabase(u"edited.sqlite"_s);
    QVERIFY(loadAnalysis(path, {}, snapshots).analysis);
    QVERIFY(loadAnalysis(path, {}, snapshots).fromSnapshot);
    // The same size and modification time, a different figure: only the status-change time tells.
    const QDateTime modified = QFileInfo(path).lastModified();
    const qint64 size = QFileInfo(path).size();
    QCOMPARE(editDatabase(path, {u"UPDATE programmes SET amount = amount + 1 WHERE rowid = 1"_s}), QString());
    QCOMPARE(QFileInfo(path).size(), size);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(modified, QFileDevice::FileModificationTime));
    file.close();
    const AnalysisLoadResult edited = loadAnalysis(path, {}, snapshots);
    QVERIFY(!edited.fromSnapshot);
    QVERIFY(!edited.analysis); // the compiler's checks ran, and the digest no longer matches
    QVERIFY2(edited.error.contains(u"digest"_s), qPrintable(edited.error));
}

void TestDatasetSnapshot::aChangedImportIsCheckedAgain()
{
    SnapshotFolder folder;
    const DatasetSnapshots snapshots(folder.filePath(u"cache"_s));
    const QList<ImportFile> imports{settledImport(u"changed.csv"_s)};
    const QString path = QStringLiteral(APE_BUNDLED_DATASET);
    QVERIFY(loadAnalysis(path, imports, snapshots).analysis);
    QVERIFY(loadAnalysis(path, imports, snapshots).fromSnapshot);
    QVERIFY(!loadAnalysis(path, {}, snapshots).fromSnapshot); // without the import: other files
    QVERIFY(replaceInFile(imports.constFirst().path, u"2025"_s, u"2024"_s));
    const AnalysisLoadResult changed = loadAnalysis(path, imports, snapshots);
    QVERIFY2(changed.analysis, qPrintable(changed.error));
    QVERIFY(!changed.fromSnapshot);
}

void TestDatasetSnapshot::aDamagedSnapshotIsIgnored_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addRow("a byte of a figure changed") << u"flip"_s;
    QTest::addRow("cut short") << u"truncate"_s;
    QTest::addRow("emptied") << u"empty"_s;
}

void TestDatasetSnapshot::aDamagedSnapshotIsIgnored()
{
    QFETCH(QString, damage);
    SnapshotFolder folder;
    const DatasetSnapshots snapshots(folder.filePath(u"cache"_s));
    const QString path = settledDatabase(u"damaged.sqlite"_s);
    const AnalysisLoadResult checked = loadAnalysis(path, {}, snapshots);
    QVERIFY(checked.analysis);
    const QStringList files = snapshotFiles(snapshots);
    QCOMPARE(files.size(), 1);
    QFile file(snapshots.folder() + u'/' + files.constFirst());
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    if (damage == u"flip")
        bytes[bytes.size() - 100] = char(bytes.at(bytes.size() - 100) ^ 0x01);
    else
        bytes.truncate(damage == u"empty" ? 0 : bytes.size() / 2);
    QVERIFY(file.resize(0));
    QVERIFY(file.seek(0));
    QCOMPARE(file.write(bytes), bytes.size());
    file.close();

    const AnalysisLoadResult again = loadAnalysis(path, {}, snapshots);
    QVERIFY2(again.analysis, qPrintable(again.error));
    QVERIFY(!again.fromSnapshot);
    QCOMPARE(static_cast<const DatasetTables &>(again.analysis->dataset()),
             static_cast<const DatasetTables &>(checked.analysis->dataset()));
    // Checked again, it is kept again.
    QVERIFY(loadAnalysis(path, {}, snapshots).fromSnapshot);
}

void TestDatasetSnapshot::aDatabaseWithAJournalBesideItIsAlwaysChecked()
{
    SnapshotFolder folder;
    const DatasetSnapshots snapshots(folder.filePath(u"cache"_s));
    const QString path = settledDatabase(u"journalled.sqlite"_s);
    QVERIFY(snapshots.keyFor(path, {}).isValid());
    for (const QString &beside : {u"-wal"_s, u"-journal"_s}) {
        QFile journal(path + beside);
        QVERIFY(journal.open(QIODevice::WriteOnly));
        journal.close();
        QVERIFY(!snapshots.keyFor(path, {}).isValid());
        QVERIFY(journal.remove());
    }
}

void TestDatasetSnapshot::keepsOnlyTheMostRecentlyUsedSnapshots()
{
    SnapshotFolder folder;
    const DatasetSnapshots snapshots(folder.filePath(u"cache"_s));
    QStringList paths;
    for (int i = 0; i < 6; ++i)
        paths.append(settledDatabase(u"copy%1.sqlite"_s.arg(i)));
    QVERIFY(loadAnalysis(paths.at(0), {}, snapshots).analysis);
    for (qsizetype i = 1; i < paths.size(); ++i) {
        QTest::qWait(20);                                               // modification times a tick apart
        QVERIFY(loadAnalysis(paths.at(0), {}, snapshots).fromSnapshot); // the first stays in use
        QVERIFY(!loadAnalysis(paths.at(i), {}, snapshots).fromSnapshot);
    }
    QCOMPARE(snapshotFiles(snapshots).size(), 4);
    QVERIFY(loadAnalysis(paths.at(0), {}, snapshots).fromSnapshot);
    QVERIFY(loadAnalysis(paths.at(5), {}, snapshots).fromSnapshot);
    QVERIFY(!loadAnalysis(paths.at(1), {}, snapshots).fromSnapshot);
}

void TestDatasetSnapshot::withoutAFolderNothingIsKept()
{
    const DatasetSnapshots none;
    QVERIFY(!none.keyFor(m_fixture, {}).isValid());
    QVERIFY(!loadAnalysis(m_fixture, {}, none).fromSnapshot);
}

// The window's first open of a file (openAnalysis()) reads the form its database carries, unchecked; the
// check that follows finds the same dataset and keeps its snapshot, which the next open reads.
void TestDatasetSnapshot::aFirstOpenReadsTheCheckedFormAndItsCheckKeepsASnapshot()
{
    SnapshotFolder folder;
    const DatasetSnapshots snapshots(folder.filePath(u"cache"_s));
    const QString path = settledDatabase(u"opened.sqlite"_s);
    const AnalysisLoadResult opened = openAnalysis(path, {}, snapshots);
    QVERIFY2(opened.analysis, qPrintable(opened.error));
    QVERIFY(opened.unchecked);
    QVERIFY(!opened.fromSnapshot);
    QVERIFY(snapshotFiles(snapshots).isEmpty());

    const AnalysisLoadResult checked = checkOpenedAnalysis(path, opened.analysis, snapshots);
    QVERIFY2(checked.error.isEmpty(), qPrintable(checked.error));
    QVERIFY(checked.analysis == opened.analysis);
    QCOMPARE(snapshotFiles(snapshots).size(), 1);

    const AnalysisLoadResult again = openAnalysis(path, {}, snapshots);
    QVERIFY(again.fromSnapshot);
    QVERIFY(!again.unchecked);
    QCOMPARE(static_cast<const DatasetTables &>(again.analysis->dataset()),
             static_cast<const DatasetTables &>(opened.analysis->dataset()));
    // With imports, the form does not hold what is opened: the files are checked first, as ever.
    const AnalysisLoadResult withImport =
        openAnalysis(QStringLiteral(APE_BUNDLED_DATASET), {settledImport(u"kept.csv"_s)});
    QVERIFY2(withImport.analysis, qPrintable(withImport.error));
    QVERIFY(!withImport.unchecked);
}

// A form that no longer holds what the tables hold (here another dataset's, under this file's digest) is
// shown only until the check, which gives what the tables hold.
void TestDatasetSnapshot::aCheckShowsWhatTheTablesHoldWhereTheFormDiffers()
{
    SnapshotFolder folder;
    const QString path = compileFixtureWithNextForm(folder.path());
    QVERIFY(!path.isEmpty());
    const AnalysisLoadResult opened = openAnalysis(path);
    QVERIFY(opened.unchecked);
    QCOMPARE(opened.analysis->dataset().info.version, u"test.2"_s);
    const AnalysisLoadResult checked = checkOpenedAnalysis(path, opened.analysis);
    QVERIFY2(checked.analysis, qPrintable(checked.error));
    QVERIFY(checked.analysis != opened.analysis);
    QCOMPARE(checked.analysis->dataset().info.version, u"test.1"_s);
    QCOMPARE(checked.analysis->dataset().programme(u"jp-gpu"_s)->amount.units, 72500000000);
}

void TestDatasetSnapshot::aCheckRefusesTablesChangedSinceTheBuild()
{
    SnapshotFolder folder;
    const DatasetSnapshots snapshots(folder.filePath(u"cache"_s));
    const QString path = settledDatabase(u"refused.sqlite"_s);
    QVERIFY(snapshots.keyFor(path, {}).settled); // a snapshot could be kept of it
    const AnalysisLoadResult opened = openAnalysis(path, {}, snapshots);
    QVERIFY(opened.unchecked);
    QCOMPARE(opened.analysis->dataset().programme(u"jp-gpu"_s)->amount.units, 72500000000); // as built
    const AnalysisLoadResult checked = checkOpenedAnalysis(path, opened.analysis, snapshots);
    QVERIFY(!checked.analysis);
    QVERIFY2(checked.error.contains(u"content digest does not match"_s), qPrintable(checked.error));
    QVERIFY(snapshotFiles(snapshots).isEmpty());
}

QTEST_GUILESS_MAIN(TestDatasetSnapshot)
#include "tst_datasetsnapshot.moc"

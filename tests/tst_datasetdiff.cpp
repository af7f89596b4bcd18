#include "csv.h"
#include "datasetdiff.h"
#include "datasetstore.h"
#include "testsupport.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// What changed between the fixture and its next version (compileNextFixtureDatabase), read back from their
// database files as the app and the command line compare them.
class TestDatasetDiff : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void listsAddedRemovedAndChangedRecords();
    void aDatasetEqualsItself();
    void csvHasARowPerChangedFieldWithBothSources();
    void csvCellsNeverRunAsFormulas();

private:
    QTemporaryDir m_dir;
    DatasetDiff m_diff;
};

void TestDatasetDiff::initTestCase()
{
    QTemporaryDir next;
    const DatasetLoadResult before = readDatasetDatabase(compileFixtureDatabase(m_dir.path()));
    const DatasetLoadResult after = readDatasetDatabase(compileNextFixtureDatabase(next.path()));
    QVERIFY2(before.dataset && after.dataset, qPrintable(before.error + after.error));
    m_diff = diffDatasets(*before.dataset, *after.dataset);
}

void TestDatasetDiff::listsAddedRemovedAndChangedRecords()
{
    using Kind = RecordChange::Kind;
    using Table = RecordChange::Table;
    QCOMPARE(m_diff.before.version, u"test.1"_s);
    QCOMPARE(m_diff.after.version, u"test.2"_s);
    QStringList seen;
    for (const RecordChange &change : m_diff.changes)
        seen.append(changeKindLabel(change.kind) + u' ' + changeTableLabel(change.table) + u' ' + change.key);
    QCOMPARE(seen,
             (QStringList{u"Removed Programme fr-withdrawn"_s, u"Added Programme jp-ai-2026"_s,
                          u"Changed Programme jp-gpu"_s, u"Removed Allocation jp-gpu → r-kddi"_s,
                          u"Changed Milestone us-chips · disbursed · 2025-07"_s, u"Changed Event e-act"_s}));
    const RecordChange &gpu = m_diff.changes.at(2);
    QCOMPARE(gpu.kind, Kind::Changed);
    QCOMPARE(gpu.table, Table::Programme);
    QCOMPARE(gpu.name, u"GPU cloud subsidies 2024"_s);
    QCOMPARE(gpu.fields, (QList<FieldChange>{{u"amount"_s, u"72500000000"_s, u"73000000000"_s},
                                             {u"status"_s, u"allocated"_s, u"disbursed"_s}}));
    QCOMPARE(gpu.sourceBefore, u"METI. GPU cloud subsidies. https://example.org/meti"_s);
    QCOMPARE(gpu.sourceBefore, gpu.sourceAfter);
    const RecordChange &added = m_diff.changes.at(1);
    QCOMPARE(added.fields, (QList<FieldChange>{{QString(), QString(), u"¥20 billion, 2026-02"_s}}));
    QVERIFY(added.sourceBefore.isEmpty());
    QVERIFY(!added.sourceAfter.isEmpty());
    const RecordChange &paid = m_diff.changes.at(4);
    QCOMPARE(paid.name, u"CHIPS Act"_s);
    QCOMPARE(paid.fields, (QList<FieldChange>{{u"amount"_s, u"6000000000"_s, u"6500000000"_s}}));
    QCOMPARE(m_diff.changes.at(5).fields, (QList<FieldChange>{{u"title_en"_s, u"AI Promotion Act passed"_s,
                                                               u"AI Promotion Act enacted"_s}}));
    QCOMPARE(diffSummary(m_diff), u"1 added, 2 removed, 3 changed"_s);
}

void TestDatasetDiff::aDatasetEqualsItself()
{
    const Dataset fixture = fixtureDataset();
    QVERIFY(diffDatasets(fixture, fixture).changes.isEmpty());
}

void TestDatasetDiff::csvHasARowPerChangedFieldWithBothSources()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(writeDiffCsv(buffer, m_diff));
    buffer.close();
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const CsvTable csv = readCsv(buffer);
    QVERIFY2(csv.error.isEmpty(), qPrintable(csv.error));
    QCOMPARE(csv.header, (QStringList{u"change"_s, u"record"_s, u"key"_s, u"name"_s, u"field"_s, u"before"_s,
                                      u"after"_s, u"source_before"_s, u"source_after"_s}));
    QCOMPARE(csv.records.size(), 7); // jp-gpu's two fields, and one row for each other change
    const QStringList amount = csv.records.at(2).fields;
    QCOMPARE(amount.mid(0, 7),
             (QStringList{u"changed"_s, u"programme"_s, u"jp-gpu"_s, u"GPU cloud subsidies 2024"_s,
                          u"amount"_s, u"72500000000"_s, u"73000000000"_s}));
    QCOMPARE(amount.at(7), u"METI. GPU cloud subsidies. https://example.org/meti"_s);
    QCOMPARE(amount.at(8), amount.at(7));
    QCOMPARE(csv.records.at(0).fields.mid(0, 3),
             (QStringList{u"removed"_s, u"programme"_s, u"fr-withdrawn"_s}));
    QCOMPARE(csv.records.at(0).fields.at(5), u"€100 million, 2024-05"_s);
    QCOMPARE(diffTable(m_diff).rows.size(), 7);
}

// The CSV is written as every other export: a name from the data that a spreadsheet would run is text.
void TestDatasetDiff::csvCellsNeverRunAsFormulas()
{
    DatasetDiff diff = m_diff;
    diff.changes[0].name = u"=HYPERLINK(\"http://example.org\")"_s;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(writeDiffCsv(buffer, diff));
    QVERIFY2(bytes.contains("'=HYPERLINK"), bytes.constData());
}

QTEST_GUILESS_MAIN(TestDatasetDiff)
#include "tst_datasetdiff.moc"

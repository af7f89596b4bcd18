#include "rowindex.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Row
{
    QString key;
};

QList<Row> rowsWithKeys(const QStringList &keys)
{
    QList<Row> rows;
    for (const QString &key : keys)
        rows.append({key});
    return rows;
}

QList<qint32> listOf(std::span<const qint32> rows)
{
    return QList<qint32>(rows.begin(), rows.end());
}

} // namespace

class TestRowIndex : public QObject
{
    Q_OBJECT

private slots:
    void findsEachKeysRowsInTableOrder()
    {
        const QList<Row> rows = rowsWithKeys({u"b"_s, u"a"_s, u"b"_s, u""_s, u"c"_s, u"a"_s, u"b"_s});
        const RowIndex index(rows, &Row::key);
        QCOMPARE(listOf(index.rowsOf(rows, u"a")), (QList<qint32>{1, 5}));
        QCOMPARE(listOf(index.rowsOf(rows, u"b")), (QList<qint32>{0, 2, 6}));
        QCOMPARE(listOf(index.rowsOf(rows, u"c")), (QList<qint32>{4}));
        QCOMPARE(index.firstRowOf(rows, u"b"), 0);
        QCOMPARE(index.firstRowOf(rows, u"a"), 1);
    }

    void leavesOutEmptyAndUnknownKeys()
    {
        const QList<Row> rows = rowsWithKeys({u""_s, u"a"_s, u""_s});
        const RowIndex index(rows, &Row::key);
        QVERIFY(index.rowsOf(rows, u"").empty());
        QCOMPARE(index.firstRowOf(rows, u""), -1);
        QCOMPARE(index.firstRowOf(rows, u"A"), -1);
        QCOMPARE(index.firstRowOf(rows, u"ab"), -1);
        QVERIFY(index.rowsOf(rows, u"b").empty());
    }

    void answersForAnEmptyTable()
    {
        const QList<Row> none;
        QCOMPARE(RowIndex<Row>().firstRowOf(none, u"a"), -1);
        QCOMPARE(RowIndex(none, &Row::key).firstRowOf(none, u"a"), -1);
    }

    // Enough keys that many share a first slot and are found further along.
    void findsEveryKeyOfALargeTable()
    {
        QStringList keys;
        for (int i = 0; i < 20000; ++i)
            keys.append(u"jpn-"_s + QString::number(i % 10000));
        const QList<Row> rows = rowsWithKeys(keys);
        const RowIndex index(rows, &Row::key);
        for (int i = 0; i < 10000; ++i) {
            const QString key = u"jpn-"_s + QString::number(i);
            QCOMPARE(listOf(index.rowsOf(rows, key)), (QList<qint32>{i, i + 10000}));
        }
        QCOMPARE(index.firstRowOf(rows, u"jpn-10000"), -1);
    }
};

QTEST_GUILESS_MAIN(TestRowIndex)
#include "tst_rowindex.moc"

#include "csv.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCsv : public QObject
{
    Q_OBJECT
private slots:
    void readsQuotedFieldsWithTheirStartLines();
    void reportsUnclosedQuoteWithItsLine();
    void rejectsQuoteInsideUnquotedField();
    void stripsByteOrderMark();
    void rowQuotesOnlyWhenNeeded();
};

static CsvTable parse(const QByteArray &bytes)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return readCsv(buffer);
}

void TestCsv::readsQuotedFieldsWithTheirStartLines()
{
    const CsvTable table = parse("a,b\r\n1,\"x, y\"\n2,\"multi\nline\"\n\n3,\"he said \"\"hi\"\"\"\n4,\n");
    QVERIFY(table.error.isEmpty());
    QCOMPARE(table.header, (QStringList{u"a"_s, u"b"_s}));
    QCOMPARE(table.records.size(), 4);
    QCOMPARE(table.records[0].line, 2);
    QCOMPARE(table.records[0].fields, (QStringList{u"1"_s, u"x, y"_s}));
    QCOMPARE(table.records[1].line, 3);
    QCOMPARE(table.records[1].fields.at(1), u"multi\nline"_s);
    QCOMPARE(table.records[2].line, 6);
    QCOMPARE(table.records[2].fields.at(1), u"he said \"hi\""_s);
    QCOMPARE(table.records[3].fields, (QStringList{u"4"_s, QString()}));
}

void TestCsv::reportsUnclosedQuoteWithItsLine()
{
    const CsvTable table = parse("a,b\n1,2\n3,\"open\n4,5\n");
    QCOMPARE(table.errorLine, 3);
    QVERIFY2(table.error.contains(u"never closed"), qPrintable(table.error));
}

void TestCsv::rejectsQuoteInsideUnquotedField()
{
    const CsvTable table = parse("a\nab\"c\n");
    QCOMPARE(table.errorLine, 2);
}

void TestCsv::stripsByteOrderMark()
{
    const CsvTable table = parse("\xEF\xBB\xBFid,name\nx,y\n");
    QCOMPARE(table.header.constFirst(), u"id"_s);
}

void TestCsv::rowQuotesOnlyWhenNeeded()
{
    QCOMPARE(csvRow({u"plain"_s, u"a,b"_s, u"say \"x\""_s, u"two\nlines"_s}),
             u"plain,\"a,b\",\"say \"\"x\"\"\",\"two\nlines\"\n"_s);
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"

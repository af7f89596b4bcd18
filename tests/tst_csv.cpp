#include "csv.h"

#include <QBuffer>
#include <QStringEncoder>
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
    void convertsShiftJisAsExcelSavesIt();
    void refusesTextThatWouldChangeUnseen_data();
    void refusesTextThatWouldChangeUnseen();
    void rowQuotesOnlyWhenNeeded();
};

static CsvTable parse(const QByteArray &bytes)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return readCsv(buffer);
}

// A literal's bytes, NULs included.
template <qsizetype N> static QByteArray bytesOf(const char (&text)[N])
{
    return QByteArray(text, N - 1);
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

// Japanese Excel's "CSV (comma delimited)": CP932, CRLF, quotes where a field holds a comma. CP932's own
// characters (a circled digit, NEC row 13) must come through too.
void TestCsv::convertsShiftJisAsExcelSavesIt()
{
    const QString text = u"id,name_ja,notes\r\njpn-1,経済産業省 ＧＰＵ補助,\"①計画, ソフトバンク\"\r\n"_s;
    QStringEncoder encoder("windows-31j");
    const QByteArray bytes = encoder.encode(text);
    QVERIFY(!encoder.hasError());
    QVERIFY(QString::fromUtf8(bytes) != text); // not UTF-8 as well
    const CsvTable table = parse(bytes);
    QVERIFY2(table.error.isEmpty(), qPrintable(table.error));
    QVERIFY(table.readAsShiftJis);
    QCOMPARE(table.records.size(), 1);
    QCOMPARE(table.records.constFirst().fields,
             (QStringList{u"jpn-1"_s, u"経済産業省 ＧＰＵ補助"_s, u"①計画, ソフトバンク"_s}));
    QVERIFY(!parse(text.toUtf8()).readAsShiftJis);
}

void TestCsv::refusesTextThatWouldChangeUnseen_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("problem");
    QTest::addRow("invalid UTF-8") << bytesOf("a,b\n1,2\n3,x\xFFy\n") << 3 << u"not UTF-8 text"_s;
    // A Latin-1 "ça" decodes as a CP932 kanji; with no kana anywhere it is not taken for Japanese.
    QTest::addRow("Latin-1") << bytesOf("a,b\n1,Fran\xE7"
                                        "aise\n")
                             << 2 << u"not UTF-8 text; save the file as UTF-8"_s;
    // A UTF-8 file with Japanese in it and one bad byte is UTF-8 gone wrong, not Shift-JIS.
    QTest::addRow("UTF-8 Japanese with a bad byte")
        << bytesOf("a,b\n1,\xE3\x81\x82\n2,x\x82\xA0\n") << 3 << u"not UTF-8 text"_s;
    QTest::addRow("truncated UTF-8 sequence") << bytesOf("a,b\n1,\xE6\x97\n") << 2 << u"not UTF-8 text"_s;
    QTest::addRow("UTF-16 little-endian") << bytesOf("\xFF\xFE"
                                                     "a\0,\0b\0\n\0")
                                          << 1 << u"the file is UTF-16"_s;
    QTest::addRow("UTF-16 big-endian") << bytesOf("\xFE\xFF\0a\0,\0b\0\n") << 1 << u"the file is UTF-16"_s;
    QTest::addRow("UTF-16 without a byte order mark")
        << bytesOf("a\0,\0b\0\n\0") << 1 << u"NUL character; is the file UTF-16?"_s;
    QTest::addRow("NUL in a field") << bytesOf("a,b\n1,x\0y\n") << 2 << u"NUL character"_s;
    QTest::addRow("NUL in a quoted field") << bytesOf("a,b\n1,\"x\0y\"\n") << 2 << u"NUL character"_s;
    QTest::addRow("control character") << bytesOf("a,b\n1,x\x1By\n") << 2 << u"control character U+001b"_s;
    QTest::addRow("byte order mark at a line's start") << bytesOf("a,b\n1,2\n\xEF\xBB\xBF"
                                                                  "3,4\n")
                                                       << 3 << u"byte order mark (U+FEFF) inside the file"_s;
    QTest::addRow("carriage return line endings")
        << bytesOf("a,b\r1,2\r3,4\r") << 1 << u"carriage return without a line feed"_s;
    QTest::addRow("carriage return inside a field")
        << bytesOf("a,b\r\n1,x\ry\r\n") << 2 << u"carriage return without a line feed"_s;
}

void TestCsv::refusesTextThatWouldChangeUnseen()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(QString, problem);
    const CsvTable table = parse(bytes);
    QCOMPARE(table.errorLine, line);
    QVERIFY2(table.error.startsWith(QStringLiteral("line %1: %2").arg(line).arg(problem)),
             qPrintable(table.error));
    QVERIFY(table.records.isEmpty());
}

void TestCsv::rowQuotesOnlyWhenNeeded()
{
    QCOMPARE(csvRow({u"plain"_s, u"a,b"_s, u"say \"x\""_s, u"two\nlines"_s}),
             u"plain,\"a,b\",\"say \"\"x\"\"\",\"two\nlines\"\n"_s);
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"

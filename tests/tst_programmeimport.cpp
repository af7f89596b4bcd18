#include "analysis.h"
#include "comparisonbuilder.h"
#include "csv.h"
#include "csvexport.h"
#include "programmeimport.h"
#include "testsupport.h"

#include <QBuffer>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Imports layered over the fixture dataset: read as the compiler reads the dataset, in the encodings and
// line endings a spreadsheet writes, marked, and counted once.
class TestProgrammeImport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void addsProgrammesAndTheirSourcesAndMarksThem();
    void readsWhatSpreadsheetsWrite_data();
    void readsWhatSpreadsheetsWrite();
    void countsAnImportedPartOnceInItsUmbrella();
    void reportsEveryProblemWithFileAndLine_data();
    void reportsEveryProblemWithFileAndLine();
    void templateHasEveryColumnAndImportsNothing();

private:
    enum class Encoding
    {
        Utf8,
        Utf8WithBom,
        ShiftJis
    };
    // A file of `rows` under the import header, with `lineEnd` between lines.
    ImportFile writeImport(const QString &name, const QStringList &rows, Encoding encoding = Encoding::Utf8,
                           const QString &lineEnd = u"\n"_s);
    double comparisonTotal(const Analysis &analysis, const QString &country) const;

    QTemporaryDir m_dir;
    QString m_database;
};

namespace {

// A Japanese prefecture's programme with a new source; 1.5 billion yen in 2025.
const QString kPrefectureRow =
    u"jp-pref-ai,JPN,Prefecture AI programme,県AI推進事業,,Example Prefecture,例示県,,2025-04-01,2025,2027,"
    "1500000000,up_to,JPY,compute,public,approved,,s-pref,\"県は、AI推進に最大15億円を計上する。\",,"
    "Example Prefecture,FY2025 budget,https://www.example.jp/budget,2025-04-01,2025-05-01"_s;

} // namespace

void TestProgrammeImport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_database = compileFixtureDatabase(m_dir.path());
    QVERIFY(!m_database.isEmpty());
}

ImportFile TestProgrammeImport::writeImport(const QString &name, const QStringList &rows, Encoding encoding,
                                            const QString &lineEnd)
{
    const QString text = (QStringList{programmeImportColumns().join(u',')} + rows).join(lineEnd) + lineEnd;
    QByteArray bytes;
    if (encoding == Encoding::ShiftJis) {
        QStringEncoder toShiftJis("windows-31j");
        bytes = toShiftJis.encode(text);
    } else {
        bytes =
            (encoding == Encoding::Utf8WithBom ? QByteArray("\xEF\xBB\xBF") : QByteArray()) + text.toUtf8();
    }
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return {};
    return {file.fileName(), name, QDate(2026, 12, 1)};
}

double TestProgrammeImport::comparisonTotal(const Analysis &analysis, const QString &country) const
{
    Filter filter = defaultFilter(analysis.dataset());
    filter.currency = u"JPY"_s;
    for (const ComparisonRow &row : buildComparison(analysis, filter).rows) {
        if (row.code == country)
            return row.total;
    }
    return 0;
}

void TestProgrammeImport::addsProgrammesAndTheirSourcesAndMarksThem()
{
    const ImportFile file = writeImport(u"mine.csv"_s, {kPrefectureRow});
    const AnalysisLoadResult plain = loadAnalysis(m_database);
    const AnalysisLoadResult loaded = loadAnalysis(m_database, {file});
    QVERIFY2(loaded.analysis, qPrintable(loaded.error));
    const Dataset &dataset = loaded.analysis->dataset();
    QCOMPARE(dataset.programmes.size(), plain.analysis->dataset().programmes.size() + 1);
    const Programme *imported = dataset.programme(u"jp-pref-ai"_s);
    QVERIFY(imported);
    QCOMPARE(imported->nameJa, u"県AI推進事業"_s);
    QCOMPARE(imported->amount, (Money{1500000000, u"JPY"_s, AmountQualifier::UpTo}));
    const Source *source = dataset.source(u"s-pref"_s);
    QVERIFY(source);
    QCOMPARE(source->url, u"https://www.example.jp/budget"_s);
    QCOMPARE(imported->source.quote, u"県は、AI推進に最大15億円を計上する。"_s);

    QCOMPARE(dataset.imports().size(), 1);
    const ProgrammeImport *mark = dataset.importOf(*imported);
    QVERIFY(mark);
    QCOMPARE(mark->fileName, u"mine.csv"_s);
    QCOMPARE(mark->importedOn, QDate(2026, 12, 1));
    QCOMPARE(mark->programmeIds, QStringList{u"jp-pref-ai"_s});
    QVERIFY(!dataset.importOf(*dataset.programme(u"jp-gpu"_s)));
    // Marked in the Table's CSV, in a column of its own.
    QByteArray csvBytes;
    QBuffer buffer(&csvBytes);
    QVERIFY(buffer.open(QIODevice::ReadWrite));
    const Filter everything = defaultFilter(dataset);
    QVERIFY(writeTableCsv(buffer, *loaded.analysis, everything));
    buffer.seek(0);
    const CsvTable csv = readCsv(buffer);
    const qsizetype importedFrom = csv.header.indexOf(u"imported_from"_s);
    QVERIFY(importedFrom > 0);
    QStringList marks;
    for (const CsvRecord &record : csv.records) {
        if (!record.fields.at(importedFrom).isEmpty())
            marks.append(record.fields.constFirst() + u": "_s + record.fields.at(importedFrom));
    }
    QCOMPARE(marks, QStringList{u"jp-pref-ai: mine.csv 2026-12-01"_s});
    // A top-level programme adds its amount to its country's total, once.
    QCOMPARE(comparisonTotal(*loaded.analysis, u"JPN"_s),
             comparisonTotal(*plain.analysis, u"JPN"_s) + 1500000000.0);
}

void TestProgrammeImport::readsWhatSpreadsheetsWrite_data()
{
    QTest::addColumn<int>("encoding");
    QTest::addColumn<QString>("lineEnd");
    QTest::addColumn<bool>("shiftJisWarning");
    QTest::addRow("UTF-8") << int(Encoding::Utf8) << u"\n"_s << false;
    QTest::addRow("UTF-8 with BOM, CRLF (Excel's CSV UTF-8)")
        << int(Encoding::Utf8WithBom) << u"\r\n"_s << false;
    QTest::addRow("Shift-JIS, CRLF (Japanese Excel's CSV)") << int(Encoding::ShiftJis) << u"\r\n"_s << true;
}

void TestProgrammeImport::readsWhatSpreadsheetsWrite()
{
    QFETCH(int, encoding);
    QFETCH(QString, lineEnd);
    QFETCH(bool, shiftJisWarning);
    const ImportFile file = writeImport(u"excel.csv"_s, {kPrefectureRow}, Encoding(encoding), lineEnd);
    const AnalysisLoadResult loaded = loadAnalysis(m_database, {file});
    QVERIFY2(loaded.analysis, qPrintable(loaded.error));
    const Programme *imported = loaded.analysis->dataset().programme(u"jp-pref-ai"_s);
    QVERIFY(imported);
    QCOMPARE(imported->nameJa, u"県AI推進事業"_s);
    QCOMPARE(imported->bodyJa, u"例示県"_s);
    QCOMPARE(loaded.warnings.filter(u"Shift-JIS"_s).size(), shiftJisWarning ? 1 : 0);
}

// A part of an umbrella already in the dataset changes no total: its money is the umbrella's.
void TestProgrammeImport::countsAnImportedPartOnceInItsUmbrella()
{
    const ImportFile file = writeImport(
        u"part.csv"_s,
        {u"jp-second-year,JPN,Foundation model second year,,,METI,,,2026-12,2027,2027,200000000000,exact,JPY,"
         "models,public,announced,jp-umbrella,s-news,¥200 billion in the second year.,,,,,,"_s});
    const AnalysisLoadResult plain = loadAnalysis(m_database);
    const AnalysisLoadResult loaded = loadAnalysis(m_database, {file});
    QVERIFY2(loaded.analysis, qPrintable(loaded.error));
    QCOMPARE(loaded.analysis->dataset().componentsOf(u"jp-umbrella"_s).size(), 2);
    QCOMPARE(comparisonTotal(*loaded.analysis, u"JPN"_s), comparisonTotal(*plain.analysis, u"JPN"_s));
}

void TestProgrammeImport::reportsEveryProblemWithFileAndLine_data()
{
    QTest::addColumn<QString>("row");
    QTest::addColumn<QString>("problem");
    QTest::addRow("dangling parent")
        << QString(kPrefectureRow).replace(u"approved,,s-pref"_s, u"approved,jp-nothing,s-pref"_s)
        << u"bad.csv:2: unknown programme 'jp-nothing'"_s;
    QTest::addRow("unknown currency") << QString(kPrefectureRow).replace(u",JPY,"_s, u",JPX,"_s)
                                      << u"bad.csv:2: currency 'JPX' is not an ISO 4217 currency code"_s;
    QTest::addRow("unknown country")
        << QString(kPrefectureRow).replace(u"jp-pref-ai,JPN"_s, u"jp-pref-ai,XXX"_s)
        << u"bad.csv:2: unknown country 'XXX'"_s;
    QTest::addRow("id the dataset has")
        << QString(kPrefectureRow).replace(u"jp-pref-ai,"_s, u"jp-gpu,"_s) << u"bad.csv:2: duplicate"_s;
    QTest::addRow("unknown source")
        << QString(kPrefectureRow).section(u',', 0, 18).replace(u"s-pref"_s, u"s-none"_s) + u",quote,,,,,,"_s
        << u"bad.csv:2: unknown source 's-none'"_s;
    QTest::addRow("short row") << u"jp-pref-ai,JPN"_s << u"bad.csv:2: expected 26 fields, found 2"_s;
}

void TestProgrammeImport::reportsEveryProblemWithFileAndLine()
{
    QFETCH(QString, row);
    QFETCH(QString, problem);
    const ImportFile file = writeImport(u"bad.csv"_s, {row});
    const AnalysisLoadResult loaded = loadAnalysis(m_database, {file});
    QVERIFY(!loaded.analysis);
    QVERIFY2(loaded.problems.join(u'\n').contains(problem), qPrintable(loaded.problems.join(u'\n')));
    // The dataset itself still opens.
    QVERIFY(loadAnalysis(m_database).analysis);
}

void TestProgrammeImport::templateHasEveryColumnAndImportsNothing()
{
    const QByteArray bytes = programmeImportTemplate();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const CsvTable csv = readCsv(buffer);
    QVERIFY2(csv.error.isEmpty(), qPrintable(csv.error));
    QCOMPARE(csv.header, programmeImportColumns());
    QCOMPARE(csv.records.size(), 3);
    for (const CsvRecord &record : csv.records) {
        QCOMPARE(record.fields.size(), programmeImportColumns().size());
        QVERIFY(record.fields.constFirst().startsWith(u'#'));
    }
    QVERIFY(csv.records.at(0).fields.at(0).startsWith(u"# Unique id"_s));
    QCOMPARE(csv.records.at(0).fields.at(14),
             u"one of strategy, compute, models, research, chips, talent, other"_s);
    QVERIFY(csv.records.at(1).fields.at(11).contains(u"15億円なら1500000000"_s));

    QFile file(m_dir.filePath(u"template.csv"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    const AnalysisLoadResult loaded =
        loadAnalysis(m_database, {{file.fileName(), u"template.csv"_s, QDate(2026, 12, 1)}});
    QVERIFY2(loaded.analysis, qPrintable(loaded.error));
    QCOMPARE(loaded.analysis->dataset().imports().constFirst().programmeIds, QStringList());
}

QTEST_GUILESS_MAIN(TestProgrammeImport)
#include "tst_programmeimport.moc"

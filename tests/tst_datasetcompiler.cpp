#include "datasetcompiler.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDatasetCompiler : public QObject
{
    Q_OBJECT
private slots:
    void compilesTheFixture();
    void rejectsBadRecordsWithFileAndLine_data();
    void rejectsBadRecordsWithFileAndLine();
    void rejectsBytesThatAreNotUtf8WithFileAndLine_data();
    void rejectsBytesThatAreNotUtf8WithFileAndLine();
    void readsShiftJisAndSaysSo();
    void reportsMissingFile();
    void warnsWhenAllocationsExceedTheProgramme();
    void warnsWhenASharedPartExceedsItsUmbrella();
    void warnsWhenAllocationsAddUpBeyond64Bits();
};

void TestDatasetCompiler::compilesTheFixture()
{
    const CompileResult result = compileDatasetSources(fixtureDir());
    QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
    QCOMPARE(result.dataset.programmes.size(), 7);
    QCOMPARE(result.dataset.allocations.size(), 2);
    QCOMPARE(result.dataset.events.size(), 2);
    QCOMPARE(result.dataset.exchangeRates.size(), 4);
    QCOMPARE(result.dataset.info.version, u"test.1"_s);
    const Programme *gpu = result.dataset.programme(u"jp-gpu"_s);
    QVERIFY(gpu);
    QCOMPARE(gpu->amount, (Money{72500000000, u"JPY"_s, AmountQualifier::UpTo}));
    QCOMPARE(gpu->announced, (PartialDate{2024, 4, 19}));
    QCOMPARE(result.dataset.programme(u"us-chips"_s)->announced, (PartialDate{2022, 8, 0}));
    QCOMPARE(result.dataset.programme(u"jp-first-year"_s)->parentId, u"jp-umbrella"_s);
    // Rates and indicator values in the order of their keys: EUR 2020 and France's 2023 value first.
    QCOMPARE(result.dataset.exchangeRates.at(0).perUsd, 0.8);
    QCOMPARE(result.dataset.indicators.at(0).value, 40.0);
    // Programmes and events in date order, then by id, whatever order the files list them in.
    QStringList programmeIds;
    for (const Programme &p : result.dataset.programmes)
        programmeIds.append(p.id);
    QCOMPARE(programmeIds, (QStringList{u"fr-strategy"_s, u"us-chips"_s, u"jp-gpu"_s, u"fr-withdrawn"_s,
                                        u"us-stargate"_s, u"jp-umbrella"_s, u"jp-first-year"_s}));
    QCOMPARE(result.dataset.events.at(0).id, u"e-old"_s);
    QCOMPARE(result.dataset.events.at(1).id, u"e-act"_s);
}

void TestDatasetCompiler::rejectsBadRecordsWithFileAndLine_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("expected");
    // programmes.csv: line 2 jp-umbrella, 3 jp-first-year, 4 jp-gpu, 5 us-chips, 6 us-stargate, 7
    // fr-strategy.
    QTest::addRow("impossible date") << u"programmes.csv"_s << u"2024-04-19,2024"_s << u"2024-13-19,2024"_s
                                     << u"programmes.csv:4: announced '2024-13-19' is not an ISO date"_s;
    QTest::addRow("year-only date") << u"programmes.csv"_s << u"2024-04-19,2024"_s << u"2024,2024"_s
                                    << u"programmes.csv:4: announced '2024' is not an ISO date"_s;
    QTest::addRow("date without leading zeros")
        << u"programmes.csv"_s << u"2024-04-19,2024"_s << u"2024-4-19,2024"_s
        << u"programmes.csv:4: announced '2024-4-19' is not an ISO date"_s;
    QTest::addRow("date in full-width digits")
        << u"programmes.csv"_s << u"2024-04-19,2024"_s << u"２０２４-04-19,2024"_s
        << u"programmes.csv:4: announced '２０２４-04-19' is not an ISO date"_s;
    QTest::addRow("date with a time")
        << u"programmes.csv"_s << u"2024-04-19,2024"_s << u"2024-04-19T10,2024"_s
        << u"programmes.csv:4: announced '2024-04-19T10' is not an ISO date"_s;
    QTest::addRow("Japanese name from an unknown source")
        << u"programmes.csv"_s << u"基盤モデル支援,,"_s << u"基盤モデル支援,s-nothing,"_s
        << u"programmes.csv:2: unknown source 's-nothing'"_s;
    QTest::addRow("source of a Japanese name that is not there")
        << u"programmes.csv"_s << u"Foundation model first year,,,"_s
        << u"Foundation model first year,,translation,"_s
        << u"programmes.csv:3: name_ja_source 'translation' with no name_ja"_s;
    QTest::addRow("unknown currency")
        << u"programmes.csv"_s << u"72500000000,up_to,JPY"_s << u"72500000000,up_to,JPX"_s
        << u"programmes.csv:4: currency 'JPX' is not an ISO 4217 currency code"_s;
    QTest::addRow("amount not whole") << u"programmes.csv"_s << u"72500000000,up_to"_s << u"72.5e9,up_to"_s
                                      << u"programmes.csv:4: amount '72.5e9' is not a whole number"_s;
    QTest::addRow("unknown qualifier")
        << u"programmes.csv"_s << u"72500000000,up_to"_s << u"72500000000,maybe"_s
        << u"programmes.csv:4: qualifier 'maybe' is not one of exact|up_to|about|at_least|more_than"_s;
    QTest::addRow("unknown category")
        << u"programmes.csv"_s << u"JPY,compute,public"_s << u"JPY,gpus,public"_s
        << u"programmes.csv:4: category 'gpus' is not one of"_s;
    QTest::addRow("unknown country") << u"programmes.csv"_s << u"jp-gpu,JPN,"_s << u"jp-gpu,JPX,"_s
                                     << u"programmes.csv:4: unknown country 'JPX'"_s;
    QTest::addRow("unknown source") << u"programmes.csv"_s << u",s-meti,up to"_s << u",s-nope,up to"_s
                                    << u"programmes.csv:4: unknown source 's-nope'"_s;
    QTest::addRow("figure without quote")
        << u"programmes.csv"_s << u"s-meti,up to ¥72.5 billion for five companies.,"_s << u"s-meti,,"_s
        << u"programmes.csv:4: quote is empty"_s;
    QTest::addRow("end before start")
        << u"programmes.csv"_s << u"2024-04-19,2024,2024"_s << u"2024-04-19,2024,2023"_s
        << u"programmes.csv:4: end_year 2023 is before start_year 2024"_s;
    QTest::addRow("period longer than fifty years")
        << u"programmes.csv"_s << u"2024-04-19,2024,2024"_s << u"2024-04-19,2024,2080"_s
        << u"programmes.csv:4: period 2024–2080 is longer than 50 years"_s;
    QTest::addRow("date before 1990") << u"events.csv"_s << u"2015-01,other"_s << u"1899-01,other"_s
                                      << u"events.csv:3: date '1899-01' is not between 1990 and 2100"_s;
    QTest::addRow("data as of a distant year")
        << u"meta.csv"_s << u"data_as_of,2026-01-31"_s << u"data_as_of,9999-01-31"_s
        << u"meta.csv:1: meta needs dataset_version, and data_as_of as a date (YYYY-MM-DD) between 1990 and 2100"_s;
    QTest::addRow("duplicate meta key")
        << u"meta.csv"_s << u"title,Test data"_s << u"title,Test data\ntitle,Again"_s
        << u"meta.csv:3: duplicate meta key 'title'"_s;
    QTest::addRow("duplicate id") << u"programmes.csv"_s << u"us-stargate,USA"_s << u"us-chips,USA"_s
                                  << u"programmes.csv:6: duplicate programme id 'us-chips'"_s;
    QTest::addRow("duplicate recipient id") << u"recipients.csv"_s << u"r-kddi,KDDI"_s << u"r-sakura,KDDI"_s
                                            << u"recipients.csv:3: duplicate recipient id 'r-sakura'"_s;
    QTest::addRow("duplicate event id") << u"events.csv"_s << u"e-old,USA"_s << u"e-act,USA"_s
                                        << u"events.csv:3: duplicate event id 'e-act'"_s;
    QTest::addRow("unknown parent") << u"programmes.csv"_s << u",jp-umbrella,s-news"_s << u",jp-nope,s-news"_s
                                    << u"programmes.csv:3: unknown programme 'jp-nope'"_s;
    QTest::addRow("unknown start programme")
        << u"meta.csv"_s << u"start_programme,jp-gpu"_s << u"start_programme,jp-nope"_s
        << u"meta.csv:5: unknown programme 'jp-nope'"_s;
    QTest::addRow("unknown programme labelled first")
        << u"meta.csv"_s << u"labelled_first,jp-gpu fr-strategy"_s << u"labelled_first,jp-gpu fr-nope"_s
        << u"meta.csv:6: unknown programme 'fr-nope'"_s;
    QTest::addRow("parent cycle") << u"programmes.csv"_s << u"announced,,s-news"_s
                                  << u"announced,jp-first-year,s-news"_s
                                  << u"programmes.csv:2: parent_id of 'jp-umbrella' forms a cycle"_s;
    QTest::addRow("own parent") << u"programmes.csv"_s << u"allocated,,s-meti"_s
                                << u"allocated,jp-gpu,s-meti"_s
                                << u"programmes.csv:4: parent_id of 'jp-gpu' forms a cycle"_s;
    QTest::addRow("currency without rate")
        << u"programmes.csv"_s << u"1500000000,exact,EUR"_s << u"1500000000,exact,GBP"_s
        << u"programmes.csv:7: currency GBP has no exchange rate"_s;
    QTest::addRow("wrong header") << u"sources.csv"_s << u"id,publisher,title"_s << u"id,publisher,name"_s
                                  << u"sources.csv:1: header must be exactly"_s;
    QTest::addRow("unclosed quote") << u"sources.csv"_s << u"\"Foundation model support, \"\"reported\"\"\""_s
                                    << u"\"Foundation model support"_s
                                    << u"sources.csv:3: quoted field is never closed"_s;
    QTest::addRow("not a web address")
        << u"sources.csv"_s << u"https://example.org/meti"_s << u"example.org/meti"_s
        << u"sources.csv:2: url 'example.org/meti' is not an http(s) address"_s;
    QTest::addRow("missing field") << u"allocations.csv"_s << u"about,JPY,s-meti,about ¥10.24"_s
                                   << u"about,JPY,about ¥10.24"_s
                                   << u"allocations.csv:3: expected 7 fields, found 6"_s;
    QTest::addRow("unknown recipient") << u"allocations.csv"_s << u"jp-gpu,r-kddi"_s << u"jp-gpu,r-nobody"_s
                                       << u"allocations.csv:3: unknown recipient 'r-nobody'"_s;
    QTest::addRow("bad event kind")
        << u"events.csv"_s << u"2025-05-28,law"_s << u"2025-05-28,decree"_s
        << u"events.csv:2: kind 'decree' is not one of strategy|law|institute|summit|other"_s;
    QTest::addRow("not a year") << u"population.csv"_s << u"JPN,2024"_s << u"JPN,20x4"_s
                                << u"population.csv:2: year '20x4' is not a year"_s;
    QTest::addRow("unknown series") << u"indicators.csv"_s << u"genai,JPN"_s << u"genia,JPN"_s
                                    << u"indicators.csv:2: unknown indicator series 'genia'"_s;
    QTest::addRow("negative rate") << u"exchange_rates.csv"_s << u"JPY,2024,150"_s << u"JPY,2024,-150"_s
                                   << u"exchange_rates.csv:2: per_usd '-150' is not a positive number"_s;
    // overlaps.csv starts empty; each row below is line 2.
    const QString overlapsHeader = u"quote,note\n"_s;
    QTest::addRow("overlap into unknown programme")
        << u"overlaps.csv"_s << overlapsHeader << overlapsHeader + u"jp-first-year,jp-nope,s-news,q,\n"_s
        << u"overlaps.csv:2: unknown programme 'jp-nope'"_s;
    QTest::addRow("overlap with itself")
        << u"overlaps.csv"_s << overlapsHeader << overlapsHeader + u"jp-gpu,jp-gpu,s-news,q,\n"_s
        << u"overlaps.csv:2: 'jp-gpu' cannot be part of itself"_s;
    QTest::addRow("overlap repeating the parent")
        << u"overlaps.csv"_s << overlapsHeader << overlapsHeader + u"jp-first-year,jp-umbrella,s-news,q,\n"_s
        << u"overlaps.csv:2: 'jp-first-year' is already inside 'jp-umbrella' through parent_id"_s;
    QTest::addRow("overlap cycle")
        << u"overlaps.csv"_s << overlapsHeader << overlapsHeader + u"jp-umbrella,jp-first-year,s-news,q,\n"_s
        << u"overlaps.csv:2: 'jp-umbrella' as part of 'jp-first-year' forms a cycle"_s;
    QTest::addRow("duplicate overlap")
        << u"overlaps.csv"_s << overlapsHeader
        << overlapsHeader + u"jp-first-year,jp-gpu,s-news,q,\njp-first-year,jp-gpu,s-news,q,\n"_s
        << u"overlaps.csv:3: duplicate overlap 'jp-first-year/jp-gpu'"_s;
    QTest::addRow("overlap without quote")
        << u"overlaps.csv"_s << overlapsHeader << overlapsHeader + u"jp-first-year,jp-gpu,s-news,,\n"_s
        << u"overlaps.csv:2: quote is empty"_s;
    QTest::addRow("duplicate rate") << u"exchange_rates.csv"_s << u"JPY,2025,140"_s << u"JPY,2024,140"_s
                                    << u"exchange_rates.csv:3: duplicate exchange rate 'JPY/2024'"_s;
    // QString::toDouble reads "inf" and "nan"; a NaN then failed the database insert with no file or line.
    QTest::addRow("infinite rate") << u"exchange_rates.csv"_s << u"JPY,2024,150"_s << u"JPY,2024,inf"_s
                                   << u"exchange_rates.csv:2: per_usd 'inf' is not a positive number"_s;
    QTest::addRow("rate not a number") << u"exchange_rates.csv"_s << u"JPY,2024,150"_s << u"JPY,2024,nan"_s
                                       << u"exchange_rates.csv:2: per_usd 'nan' is not a positive number"_s;
    QTest::addRow("zero rate") << u"exchange_rates.csv"_s << u"JPY,2024,150"_s << u"JPY,2024,0"_s
                               << u"exchange_rates.csv:2: per_usd '0' is not a positive number"_s;
    QTest::addRow("vanishing rate")
        << u"exchange_rates.csv"_s << u"JPY,2024,150"_s << u"JPY,2024,1e-300"_s
        << u"exchange_rates.csv:2: per_usd '1e-300' is not between 0.001 and 1000000"_s;
    QTest::addRow("population not a number")
        << u"population.csv"_s << u"JPN,2024,125000000"_s << u"JPN,2024,nan"_s
        << u"population.csv:2: value 'nan' is not a positive number"_s;
    QTest::addRow("infinite population")
        << u"population.csv"_s << u"JPN,2024,125000000"_s << u"JPN,2024,inf"_s
        << u"population.csv:2: value 'inf' is not a positive number"_s;
    QTest::addRow("infinite GDP") << u"gdp.csv"_s << u"USA,2024,28000000000000"_s << u"USA,2024,inf"_s
                                  << u"gdp.csv:3: value_usd 'inf' is not a positive number"_s;
    QTest::addRow("rate with a decimal comma")
        << u"exchange_rates.csv"_s << u"JPY,2024,150"_s << u"JPY,2024,\"150,5\""_s
        << u"exchange_rates.csv:2: per_usd '150,5' is not a positive number"_s;
    QTest::addRow("rate in hexadecimal")
        << u"exchange_rates.csv"_s << u"JPY,2024,150"_s << u"JPY,2024,0x96"_s
        << u"exchange_rates.csv:2: per_usd '0x96' is not a positive number"_s;
    QTest::addRow("indicator value not a number")
        << u"indicators.csv"_s << u"JPN,2024,26.7"_s << u"JPN,2024,abc"_s
        << u"indicators.csv:2: value 'abc' is not a number"_s;
    QTest::addRow("infinite indicator value")
        << u"indicators.csv"_s << u"USA,2023,46.3"_s << u"USA,2023,inf"_s
        << u"indicators.csv:4: value 'inf' is not a number"_s;
    QTest::addRow("infinite amount") << u"programmes.csv"_s << u"72500000000,up_to"_s << u"inf,up_to"_s
                                     << u"programmes.csv:4: amount 'inf' is not a whole number"_s;
    QTest::addRow("amount beyond 64 bits")
        << u"programmes.csv"_s << u"72500000000,up_to"_s << u"9223372036854775808,up_to"_s
        << u"programmes.csv:4: amount '9223372036854775808' is not a whole number"_s;
    // Characters that change a value without showing are refused where they are, not reported as their
    // consequences elsewhere.
    QTest::addRow("byte order mark at a line's start")
        << u"programmes.csv"_s << u"\njp-gpu,"_s << u"\n\uFEFFjp-gpu,"_s
        << u"programmes.csv:4: byte order mark (U+FEFF) inside the file"_s;
    QTest::addRow("NUL in a field") << u"programmes.csv"_s << u"Stargate"_s << u"Star\u0000gate"_s
                                    << u"programmes.csv:6: NUL character"_s;
    QTest::addRow("control character in a quote")
        << u"sources.csv"_s << u"Foundation model"_s << u"Foundation\u0007model"_s
        << u"sources.csv:3: control character U+0007"_s;
    // milestones.csv: line 2 appropriated, 3 awarded, 4 disbursed (us-chips), 5 awarded (jp-gpu).
    QTest::addRow("unknown milestone stage")
        << u"milestones.csv"_s << u"us-chips,disbursed"_s << u"us-chips,spent"_s
        << u"milestones.csv:4: stage 'spent' is not one of appropriated|awarded|disbursed"_s;
    QTest::addRow("milestone of an unknown programme")
        << u"milestones.csv"_s << u"jp-gpu,awarded"_s << u"jp-gpus,awarded"_s
        << u"milestones.csv:5: unknown programme 'jp-gpus'"_s;
    QTest::addRow("milestone without a date") << u"milestones.csv"_s << u"awarded,2025-01,"_s
                                              << u"awarded,,"_s << u"milestones.csv:3: date is empty"_s;
    QTest::addRow("carriage return line endings") << u"events.csv"_s << u"quote\n"_s << u"quote\r"_s
                                                  << u"events.csv:1: carriage return without a line feed"_s;
}

void TestDatasetCompiler::rejectsBadRecordsWithFileAndLine()
{
    QFETCH(QString, file);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QVERIFY(copyFixture(dir.path()));
    QVERIFY2(replaceInFile(dir.filePath(file), from, to), "the fixture no longer holds the text to break");
    const CompileResult result = compileDatasetSources(dir.path());
    QVERIFY(!result.ok());
    const QString errors = result.errors.join(u'\n');
    QVERIFY2(errors.contains(dir.filePath(expected)),
             qPrintable(u"expected: "_s + expected + u"\ngot:\n"_s + errors));
}

void TestDatasetCompiler::rejectsBytesThatAreNotUtf8WithFileAndLine_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("expected");
    QTest::addRow("invalid UTF-8") << u"programmes.csv"_s << QByteArray("Stargate")
                                   << QByteArray("Star\xFFgate") << u"programmes.csv:6: not UTF-8 text"_s;
    QTest::addRow("Latin-1") << u"countries.csv"_s << QByteArray("France")
                             << QByteArray("Fran\xE7"
                                           "aise")
                             << u"countries.csv:2: not UTF-8 text"_s;
    QTest::addRow("UTF-16") << u"sources.csv"_s << QByteArray() << QByteArray()
                            << u"sources.csv:1: the file is UTF-16; save it as UTF-8"_s;
}

// Rewrites the file's bytes: `from` replaced by `to`, or, when both are empty, the whole text as UTF-16 with
// a byte order mark, as a spreadsheet's "Unicode text" saves it.
static bool rewriteBytes(const QString &path, const QByteArray &from, const QByteArray &to)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QByteArray bytes = file.readAll();
    file.close();
    if (from.isEmpty()) {
        QStringEncoder toUtf16(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
        bytes = toUtf16.encode(QString::fromUtf8(bytes));
    } else if (bytes.contains(from)) {
        bytes.replace(from, to);
    } else {
        return false;
    }
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

void TestDatasetCompiler::rejectsBytesThatAreNotUtf8WithFileAndLine()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QVERIFY(copyFixture(dir.path()));
    QVERIFY2(rewriteBytes(dir.filePath(file), from, to), "the fixture no longer holds the bytes to break");
    const CompileResult result = compileDatasetSources(dir.path());
    const QString errors = result.errors.join(u'\n');
    QVERIFY2(errors.contains(dir.filePath(expected)),
             qPrintable(u"expected: "_s + expected + u"\ngot:\n"_s + errors));
}

// A source file saved by Japanese Excel, in CP932, gives the same dataset as the UTF-8 original.
void TestDatasetCompiler::readsShiftJisAndSaysSo()
{
    QTemporaryDir dir;
    QVERIFY(copyFixture(dir.path()));
    QFile countries(dir.filePath(u"countries.csv"_s));
    QVERIFY(countries.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(countries.readAll());
    countries.close();
    QStringEncoder toShiftJis("windows-31j");
    const QByteArray shiftJis = toShiftJis.encode(text);
    QVERIFY(!toShiftJis.hasError());
    QVERIFY(countries.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(countries.write(shiftJis), shiftJis.size());
    countries.close();

    const CompileResult original = compileDatasetSources(fixtureDir());
    const CompileResult converted = compileDatasetSources(dir.path());
    QVERIFY2(converted.ok(), qPrintable(converted.errors.join(u'\n')));
    QCOMPARE(converted.dataset.countries, original.dataset.countries);
    QVERIFY(!converted.dataset.countries.constFirst().nameJa.isEmpty());
    QCOMPARE(
        converted.warnings.filter(u"read as Shift-JIS"_s),
        QStringList{dir.filePath(u"countries.csv:1: warning: read as Shift-JIS (CP932); UTF-8 is what the "
                                 "tools write"_s)});
}

void TestDatasetCompiler::reportsMissingFile()
{
    QTemporaryDir dir;
    QVERIFY(copyFixture(dir.path()));
    QVERIFY(QFile::remove(dir.filePath(u"gdp.csv"_s)));
    const CompileResult result = compileDatasetSources(dir.path());
    QVERIFY(!result.ok());
    QVERIFY2(result.errors.join(u'\n').contains(dir.filePath(u"gdp.csv:0: cannot read the file"_s)),
             qPrintable(result.errors.join(u'\n')));
}

void TestDatasetCompiler::warnsWhenAllocationsExceedTheProgramme()
{
    QTemporaryDir dir;
    QVERIFY(copyFixture(dir.path()));
    QVERIFY(replaceInFile(dir.filePath(u"allocations.csv"_s), u"r-sakura,50100000000"_s,
                          u"r-sakura,70000000000"_s));
    const CompileResult result = compileDatasetSources(dir.path());
    QVERIFY(result.ok());
    QCOMPARE(result.warnings.size(), 1);
    QVERIFY(result.warnings.constFirst().contains(u"allocations to 'jp-gpu' add up to 80240000000"_s));
}

void TestDatasetCompiler::warnsWhenASharedPartExceedsItsUmbrella()
{
    QTemporaryDir dir;
    QVERIFY(copyFixture(dir.path()));
    QVERIFY(replaceInFile(dir.filePath(u"overlaps.csv"_s), u"quote,note\n"_s,
                          u"quote,note\njp-umbrella,jp-gpu,s-news,q,\n"_s));
    const CompileResult result = compileDatasetSources(dir.path());
    QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
    QCOMPARE(result.warnings.size(), 1);
    QVERIFY2(
        result.warnings.constFirst().contains(
            u"overlaps.csv:2: warning: 'jp-umbrella' (1000000000000) is larger than 'jp-gpu' (72500000000)"_s),
        qPrintable(result.warnings.constFirst()));
}

void TestDatasetCompiler::warnsWhenAllocationsAddUpBeyond64Bits()
{
    QTemporaryDir dir;
    QVERIFY(copyFixture(dir.path()));
    QVERIFY(replaceInFile(dir.filePath(u"programmes.csv"_s), u"72500000000,up_to"_s,
                          u"9000000000000000000,up_to"_s));
    QVERIFY(replaceInFile(dir.filePath(u"allocations.csv"_s), u"r-sakura,50100000000"_s,
                          u"r-sakura,9000000000000000000"_s));
    QVERIFY(replaceInFile(dir.filePath(u"allocations.csv"_s), u"r-kddi,10240000000"_s,
                          u"r-kddi,9000000000000000000"_s));
    const CompileResult result = compileDatasetSources(dir.path());
    QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
    QCOMPARE(result.warnings.size(), 1);
    QVERIFY2(
        result.warnings.constFirst().contains(
            u"allocations to 'jp-gpu' add up to more than 9223372036854775807, more than its amount 9000000000000000000"_s),
        qPrintable(result.warnings.constFirst()));
}

QTEST_GUILESS_MAIN(TestDatasetCompiler)
#include "tst_datasetcompiler.moc"

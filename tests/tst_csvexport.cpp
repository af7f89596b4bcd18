#include "comparisonbuilder.h"
#include "csv.h"
#include "csvexport.h"
#include "language.h"
#include "testsupport.h"

#include <QBuffer>
#include <QTest>
#include <cmath>

using namespace Qt::StringLiterals;

class TestCsvExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { m_analysis = fixtureAnalysis(); }
    void tableHasContractColumnsAndWholeUnits();
    void tableFollowsSearch();
    void recipientsListsSharesOfTheProgramme();
    void recipientsWithoutProgrammeListsEveryAllocation();
    void comparisonListsEverySeriesAndTotal();
    void mapListsEachCountrysValueAndClass();
    void timelineListsProgrammesAndEvents();
    void tableNamesEachProgrammesLatestMilestone();
    void datesStayIsoInEitherLanguage_data();
    void datesStayIsoInEitherLanguage();
    void textCannotRunAsAFormula_data();
    void textCannotRunAsAFormula();
    void carriageReturnCannotStartAFormula();
    void cleanup() { setDisplayLanguage(Language::English); }

private:
    CsvTable exported(ViewKind view, const Filter &filter) const;
    static CsvTable exported(const Analysis &analysis, ViewKind view, const Filter &filter);
    std::shared_ptr<const Analysis> m_analysis;
};

CsvTable TestCsvExport::exported(ViewKind view, const Filter &filter) const
{
    return exported(*m_analysis, view, filter);
}

CsvTable TestCsvExport::exported(const Analysis &analysis, ViewKind view, const Filter &filter)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!writeViewCsv(buffer, view, analysis, filter))
        return {};
    if (!bytes.startsWith("\xEF\xBB\xBF"))
        return {};
    buffer.close();
    buffer.open(QIODevice::ReadOnly);
    return readCsv(buffer);
}

void TestCsvExport::tableHasContractColumnsAndWholeUnits()
{
    const CsvTable table = exported(ViewKind::Table, fixtureFilter());
    const QStringList contract{u"id"_s,        u"country_code"_s,     u"country"_s,    u"programme"_s,
                               u"body"_s,      u"announced"_s,        u"start_year"_s, u"end_year"_s,
                               u"amount"_s,    u"amount_qualifier"_s, u"currency"_s,   u"amount_usd"_s,
                               u"category"_s,  u"funding"_s,          u"status"_s,     u"parent_id"_s,
                               u"source_url"_s};
    QCOMPARE(table.header.mid(0, contract.size()), contract); // in the contract's order
    QCOMPARE(table.records.size(), 6);
    const auto column = [&](const QString &name) { return table.header.indexOf(name); };
    const auto gpu = std::find_if(table.records.cbegin(), table.records.cend(), [&](const CsvRecord &r) {
        return r.fields.at(column(u"id"_s)) == u"jp-gpu";
    });
    QVERIFY(gpu != table.records.cend());
    QCOMPARE(gpu->fields.at(column(u"amount"_s)), u"72500000000"_s);
    QCOMPARE(gpu->fields.at(column(u"amount_qualifier"_s)), u"up_to"_s);
    QCOMPARE(gpu->fields.at(column(u"amount_usd"_s)), u"483333333"_s);
    QCOMPARE(gpu->fields.at(column(u"announced"_s)), u"2024-04-19"_s);
    QCOMPARE(gpu->fields.at(column(u"source_url"_s)), u"https://example.org/meti"_s);
}

void TestCsvExport::tableFollowsSearch()
{
    Filter filter = fixtureFilter();
    filter.search = u"foundation"_s;
    QCOMPARE(exported(ViewKind::Table, filter).records.size(), 2);
}

void TestCsvExport::recipientsListsSharesOfTheProgramme()
{
    Filter filter = fixtureFilter();
    filter.programmeId = u"jp-gpu"_s;
    const CsvTable table = exported(ViewKind::Recipients, filter);
    QCOMPARE(table.header,
             (QStringList{u"programme_id"_s, u"programme"_s, u"recipient"_s, u"amount"_s, u"currency"_s,
                          u"amount_usd"_s, u"share"_s, u"source_url"_s, u"amount_qualifier"_s}));
    QCOMPARE(table.records.size(), 2);
    QCOMPARE(table.records[0].fields,
             (QStringList{u"jp-gpu"_s, u"GPU cloud subsidies 2024"_s, u"Sakura Internet"_s, u"50100000000"_s,
                          u"JPY"_s, u"334000000"_s, u"0.6910"_s, u"https://example.org/meti"_s, u"about"_s}));
}

void TestCsvExport::recipientsWithoutProgrammeListsEveryAllocation()
{
    QCOMPARE(exported(ViewKind::Recipients, fixtureFilter()).records.size(), 2);
    Filter france = fixtureFilter();
    france.countries = {u"FRA"_s};
    QCOMPARE(exported(ViewKind::Recipients, france).records.size(), 0);
}

void TestCsvExport::comparisonListsEverySeriesAndTotal()
{
    const CsvTable table = exported(ViewKind::Comparison, fixtureFilter());
    QCOMPARE(table.header,
             (QStringList{u"country_code"_s, u"country"_s, u"series"_s, u"value"_s, u"unit"_s}));
    QCOMPARE(table.records.size(), 3 * 5); // four categories and a total for each of three countries
    QCOMPARE(table.records[3].fields,
             (QStringList{u"USA"_s, u"United States"_s, u"chips"_s, u"52700000000"_s, u"USD"_s}));
    QCOMPARE(table.records[4].fields.at(2), u"total"_s);
}

void TestCsvExport::mapListsEachCountrysValueAndClass()
{
    Filter filter = fixtureFilter();
    filter.comparisonDisplay = ComparisonDisplay::Map;
    const CsvTable table = exported(ViewKind::Comparison, filter);
    QCOMPARE(table.header, (QStringList{u"country_code"_s, u"country"_s, u"value"_s, u"unit"_s, u"class"_s,
                                        u"class_label"_s}));
    // Three countries, three classes: the US's $52.7 bn, Japan's ¥1 tn and ¥72.5 bn (about $7.6 bn), France's
    // €1.5 bn at the 2020 rate; each class's lower edge rounded down so the country that starts it stays in.
    QStringList rows;
    for (const CsvRecord &record : table.records)
        rows.append(QStringList{record.fields.at(0), record.fields.at(4), record.fields.at(5)}.join(u' '));
    QCOMPARE(rows, (QStringList{u"USA 3 $52 bn or more"_s, u"JPN 2 $7.6 bn to $52 bn"_s,
                                u"FRA 1 less than $7.6 bn"_s}));
    QCOMPARE(table.records.constFirst().fields.at(2), u"52700000000"_s);
    // One country is one class, named by its value rather than a range from it to itself.
    filter.countries = {u"USA"_s};
    const CsvTable one = exported(ViewKind::Comparison, filter);
    QCOMPARE(one.records.size(), 1);
    QCOMPARE(one.records.constFirst().fields.mid(4), (QStringList{u"1"_s, u"$52.7 bn"_s}));
    // The same values as the bars' totals.
    const ComparisonData bars = buildComparison(*m_analysis, fixtureFilter());
    for (qsizetype i = 0; i < bars.rows.size(); ++i)
        QCOMPARE(table.records.at(i).fields.at(2).toDouble(), std::round(bars.rows.at(i).total));
}

void TestCsvExport::timelineListsProgrammesAndEvents()
{
    const CsvTable table = exported(ViewKind::Timeline, fixtureFilter());
    QStringList types;
    for (const CsvRecord &record : table.records)
        types.append(record.fields.at(1));
    // The fixture's six programmes from 2016, then what was appropriated, awarded and paid of them, then
    // its event.
    QCOMPARE(types, (QStringList{u"programme"_s, u"programme"_s, u"programme"_s, u"programme"_s,
                                 u"programme"_s, u"programme"_s, u"appropriated"_s, u"awarded"_s,
                                 u"disbursed"_s, u"awarded"_s, u"event"_s}));
    const CsvRecord &paid = table.records.at(8);
    QCOMPARE(paid.fields.mid(0, 11),
             (QStringList{u"2025-07"_s, u"disbursed"_s, u"USA"_s, u"United States"_s, u"us-chips"_s,
                          u"CHIPS Act"_s, u"6000000000"_s, u"exact"_s, u"USD"_s, u"6000000000"_s, u"USD"_s}));
}

void TestCsvExport::tableNamesEachProgrammesLatestMilestone()
{
    const CsvTable table = exported(ViewKind::Table, fixtureFilter());
    const qsizetype stage = table.header.indexOf(u"milestone_stage"_s);
    QVERIFY(stage > 0);
    QStringList milestones;
    for (const CsvRecord &record : table.records) {
        if (!record.fields.at(stage).isEmpty())
            milestones.append(record.fields.constFirst() + u": "_s + record.fields.mid(stage, 5).join(u' '));
    }
    // The furthest stage at its latest date: paid beats awarded, although awarded is not the earliest.
    milestones.sort();
    QCOMPARE(milestones, (QStringList{u"jp-gpu: awarded 2024-04-19 72500000000 up_to JPY"_s,
                                      u"us-chips: disbursed 2025-07 6000000000 exact USD"_s}));
}

void TestCsvExport::datesStayIsoInEitherLanguage_data()
{
    QTest::addColumn<Language>("language");
    QTest::addRow("English") << Language::English;
    QTest::addRow("Japanese") << Language::Japanese;
}

// Screens and pages show dates in the display language; a CSV is for spreadsheets and scripts, so its dates
// stay ISO 8601, to the day or the month the source gives, in either language.
void TestCsvExport::datesStayIsoInEitherLanguage()
{
    QFETCH(Language, language);
    setDisplayLanguage(language);
    const auto field = [](const CsvTable &table, const QString &key, const QString &column) {
        const qsizetype keyColumn = table.header.indexOf(u"id"_s);
        for (const CsvRecord &record : table.records) {
            if (record.fields.at(keyColumn) == key)
                return record.fields.at(table.header.indexOf(column));
        }
        return QString();
    };
    const Filter filter = fixtureFilter();
    const CsvTable programmes = exported(ViewKind::Table, filter);
    QCOMPARE(field(programmes, u"jp-gpu"_s, u"announced"_s), u"2024-04-19"_s);
    QCOMPARE(field(programmes, u"jp-first-year"_s, u"announced"_s), u"2026-01"_s);
    const CsvTable timeline = exported(ViewKind::Timeline, filter);
    QCOMPARE(field(timeline, u"jp-gpu"_s, u"date"_s), u"2024-04-19"_s);
    QCOMPARE(field(timeline, u"jp-first-year"_s, u"date"_s), u"2026-01"_s);
    QCOMPARE(field(timeline, u"e-act"_s, u"date"_s), u"2025-05-28"_s);
}

void TestCsvExport::textCannotRunAsAFormula_data()
{
    // A programme's name as the data has it, and as the CSV must write it.
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("written");
    QTest::addRow("equals") << u"=HYPERLINK(\"https://example.org\",\"x\")"_s
                            << u"'=HYPERLINK(\"https://example.org\",\"x\")"_s;
    QTest::addRow("plus") << u"+1+2"_s << u"'+1+2"_s;
    QTest::addRow("minus") << u"-1+2"_s << u"'-1+2"_s;
    QTest::addRow("at") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
    QTest::addRow("tab") << u"\t=1+2"_s << u"'\t=1+2"_s;
    QTest::addRow("negative number") << u"-5"_s << u"-5"_s;
    QTest::addRow("negative decimal") << u"-2.5"_s << u"-2.5"_s;
    QTest::addRow("sign inside") << u"AI+ plan = 2"_s << u"AI+ plan = 2"_s;
}

void TestCsvExport::textCannotRunAsAFormula()
{
    QFETCH(QString, name);
    QFETCH(QString, written);
    DatasetTables tables = fixtureDataset();
    const auto gpu = std::find_if(tables.programmes.begin(), tables.programmes.end(),
                                  [](const Programme &p) { return p.id == u"jp-gpu"; });
    QVERIFY(gpu != tables.programmes.end());
    gpu->nameEn = name;
    const Analysis analysis(std::make_shared<const Dataset>(std::move(tables)));
    const CsvTable table = exported(analysis, ViewKind::Table, fixtureFilter());
    const auto column = [&](const QString &header) { return table.header.indexOf(header); };
    const auto row = std::find_if(table.records.cbegin(), table.records.cend(), [&](const CsvRecord &r) {
        return r.fields.at(column(u"id"_s)) == u"jp-gpu";
    });
    QVERIFY(row != table.records.cend());
    QCOMPARE(row->fields.at(column(u"programme"_s)), written);
    QCOMPARE(row->fields.at(column(u"amount"_s)), u"72500000000"_s); // numbers stay numbers
}

void TestCsvExport::carriageReturnCannotStartAFormula()
{
    // No dataset holds a carriage return in a name (the reader refuses it, so the CSV cannot be read back
    // here); the writer still neutralises one, as OWASP lists it.
    DatasetTables tables = fixtureDataset();
    for (Programme &programme : tables.programmes) {
        if (programme.id == u"jp-gpu")
            programme.nameEn = u"\r=1+2"_s;
    }
    const Analysis analysis(std::make_shared<const Dataset>(std::move(tables)));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(writeViewCsv(buffer, ViewKind::Table, analysis, fixtureFilter()));
    QVERIFY2(bytes.contains(",\"'\r=1+2\","), bytes.constData());
}

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csvexport.moc"

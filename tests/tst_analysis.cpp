#include "amountformat.h"
#include "analysis.h"
#include "comparisonbuilder.h"
#include "datasetcompiler.h"
#include "displaytext.h"
#include "freedonworker.h"
#include "programmedetail.h"
#include "recipientsbuilder.h"
#include "testsupport.h"
#include "timelinebuilder.h"

#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

// Hand-computed from tests/fixtures/tiny (rates per USD: JPY 150 in 2024, 140 in 2025; EUR 0.8 in 2020):
//   jp-umbrella   ¥1 tn, 2025-12, 2026–2030, models   -> 1e12/140      = 7,142,857,142.857 USD
//   jp-first-year ¥387.3 bn, 2026 (component of the umbrella; 2026 has no rate, 2025's is used)
//   jp-gpu        ¥72.5 bn, 2024, compute               -> 72.5e9/150    =   483,333,333.333 USD
//   us-chips      $52.7 bn, 2022–2026, chips
//   us-stargate   $500 bn private pledge (opt-in only)
//   fr-strategy   €1.5 bn, 2018–2022, strategy (2018 has no rate, 2020's is used) -> 1.875e9 USD
//   fr-withdrawn  €100 m, withdrawn: shown in lists, never in totals
class TestAnalysis : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { m_analysis = fixtureAnalysis(); }
    void selectsProgrammesByFilter_data();
    void selectsProgrammesByFilter();
    void removesRepeatedIdsKeepingTheFirst();
    void countsUmbrellasOnceAndSkipsWithdrawn();
    void countsComponentWhenItsUmbrellaIsFilteredOut();
    void countsAPartSharedByTwoUmbrellasOnce();
    void countsTheOtherUmbrellaInFullWhenOneIsFilteredOut();
    void takesANestedSharedPartOutOnlyWhereItsUmbrellaIsNotOut();
    void detailShowsBothUmbrellasOfASharedPart();
    void comparesCommittedTotalsByCategory();
    void comparesPerCapita();
    void comparesAnnualShareOfGdp();
    void leavesOutCountriesWithoutContextData();
    void comparesIndicatorWithItsSurvey();
    void annualisesOverProgrammePeriods();
    void stacksAnnualisedByCategory();
    void ranksRecipientsWithShares();
    void convertsRecipientsIntoDisplayCurrency();
    void ranksRecipientsAcrossProgrammes();
    void placesAnnouncementsAndEvents();
    void detailShowsSourceParentAndDispute();
    void detailShowsWhatWasAppropriatedAwardedAndPaid();
    void timelineJoinsMilestonesToTheirProgrammes();
    void describesTheFilter();
    void defaultFilterSpansTheDatasetsYears();
    void lastShareIsFreedOnAWorkerThread();

private:
    static QStringList ids(const QList<const Programme *> &programmes);
    static QStringList ids(const QList<CountedProgramme> &counted);
    std::shared_ptr<const Analysis> m_analysis;
};

static void compareClose(double actual, double expected)
{
    QVERIFY2(
        qAbs(actual - expected) <= qMax(1e-9, qAbs(expected) * 1e-9),
        qPrintable(QStringLiteral("actual %1, expected %2").arg(actual, 0, 'f', 6).arg(expected, 0, 'f', 6)));
}

QStringList TestAnalysis::ids(const QList<const Programme *> &programmes)
{
    QStringList result;
    for (const Programme *p : programmes)
        result.append(p->id);
    result.sort();
    return result;
}

QStringList TestAnalysis::ids(const QList<CountedProgramme> &counted)
{
    QList<const Programme *> programmes;
    for (const CountedProgramme &c : counted)
        programmes.append(c.programme);
    return ids(programmes);
}

void TestAnalysis::selectsProgrammesByFilter_data()
{
    QTest::addColumn<Filter>("filter");
    QTest::addColumn<QStringList>("expected");
    Filter all = fixtureFilter();
    QTest::addRow("defaults: public only")
        << all << QStringList{u"fr-strategy"_s, u"fr-withdrawn"_s, u"jp-first-year"_s,
                              u"jp-gpu"_s,      u"jp-umbrella"_s,  u"us-chips"_s};
    Filter france = fixtureFilter();
    france.countries = {u"FRA"_s};
    QTest::addRow("one country") << france << QStringList{u"fr-strategy"_s, u"fr-withdrawn"_s};
    Filter compute = fixtureFilter();
    compute.category = Category::Compute;
    QTest::addRow("category") << compute << QStringList{u"jp-gpu"_s};
    Filter privatePledges = fixtureFilter();
    privatePledges.funding = {FundingType::Private};
    QTest::addRow("private pledges opt in") << privatePledges << QStringList{u"us-stargate"_s};
    Filter year = fixtureFilter();
    year.fromYear = 2024;
    year.toYear = 2024;
    QTest::addRow("year range") << year << QStringList{u"fr-withdrawn"_s, u"jp-gpu"_s};
    Filter unknown = fixtureFilter();
    unknown.countries = {u"XXX"_s};
    QTest::addRow("a country without programmes") << unknown << QStringList{};
    Filter franceAndUnknown = fixtureFilter();
    franceAndUnknown.countries = {u"XXX"_s, u"FRA"_s};
    QTest::addRow("it and another") << franceAndUnknown << QStringList{u"fr-strategy"_s, u"fr-withdrawn"_s};
    Filter everyFunding = fixtureFilter();
    everyFunding.countries = {u"USA"_s};
    everyFunding.funding = {FundingType::Public, FundingType::Mixed, FundingType::Private,
                            FundingType::Target};
    QTest::addRow("every funding type") << everyFunding << QStringList{u"us-chips"_s, u"us-stargate"_s};
    Filter noFunding = fixtureFilter();
    noFunding.funding = {};
    QTest::addRow("no funding type") << noFunding << QStringList{};
}

void TestAnalysis::selectsProgrammesByFilter()
{
    QFETCH(Filter, filter);
    QFETCH(QStringList, expected);
    QCOMPARE(ids(m_analysis->programmes(filter)), expected);
    // The table's proxy tests one programme at a time, and must agree.
    const Selection selection(*m_analysis, filter);
    QStringList selected;
    for (const Programme &p : m_analysis->dataset().programmes) {
        if (selection.selects(p))
            selected.append(p.id);
    }
    selected.sort();
    QCOMPARE(selected, expected);
}

void TestAnalysis::removesRepeatedIdsKeepingTheFirst()
{
    QStringList ids{u"s-b"_s, u"s-a"_s, u"s-b"_s, u"s-c"_s, u"s-a"_s, u"s-b"_s};
    removeRepeatedIds(ids);
    QCOMPARE(ids, (QStringList{u"s-b"_s, u"s-a"_s, u"s-c"_s}));
}

void TestAnalysis::countsUmbrellasOnceAndSkipsWithdrawn()
{
    QCOMPARE(ids(m_analysis->countedProgrammes(fixtureFilter())),
             (QStringList{u"fr-strategy"_s, u"jp-gpu"_s, u"jp-umbrella"_s, u"us-chips"_s}));
}

void TestAnalysis::countsComponentWhenItsUmbrellaIsFilteredOut()
{
    Filter filter = fixtureFilter();
    filter.fromYear = 2026;
    QCOMPARE(ids(m_analysis->countedProgrammes(filter)), QStringList{u"jp-first-year"_s});
}

// With fixtureWithSharedPart: jp-first-year (¥387.3 bn) sits in jp-umbrella (its parent) and also in
// jp-budget-2026 (¥1.239 tn). Counted once, in its parent's line: the budget adds ¥851.7 bn.
void TestAnalysis::countsAPartSharedByTwoUmbrellasOnce()
{
    QTemporaryDir dir;
    const Analysis analysis(std::make_shared<const Dataset>(fixtureWithSharedPart(dir.path())));
    const QList<CountedProgramme> counted = analysis.countedProgrammes(fixtureFilter());
    QCOMPARE(ids(counted), (QStringList{u"fr-strategy"_s, u"jp-budget-2026"_s, u"jp-gpu"_s, u"jp-umbrella"_s,
                                        u"us-chips"_s}));
    for (const CountedProgramme &c : counted) {
        QStringList takenOut;
        for (const Programme *part : c.countedElsewhere)
            takenOut.append(part->id);
        QCOMPARE(takenOut,
                 c.programme->id == u"jp-budget-2026" ? QStringList{u"jp-first-year"_s} : QStringList{});
        if (c.programme->id == u"jp-budget-2026")
            compareClose(*analysis.countedValue(c, analysis.converter().target(u"JPY"_s)), 851.7e9);
    }

    Filter inYen = fixtureFilter();
    inYen.currency = u"JPY"_s;
    inYen.countries = {u"JPN"_s};
    const ComparisonData comparison = buildComparison(analysis, inYen);
    QCOMPARE(comparison.rows.size(), 1);
    compareClose(comparison.rows.constFirst().total, 1000e9 + 72.5e9 + 851.7e9);
    QVERIFY(comparison.sourceIds.contains(u"s-news"_s));

    // Annualised: the budget's net ¥851.7 bn and a fifth of the ¥1 tn envelope fall in 2026.
    inYen.timelineMode = TimelineMode::Annualised;
    const TimelineData timeline = buildTimeline(analysis, inYen);
    const qsizetype at2026 = timeline.years.indexOf(2026);
    QVERIFY(at2026 >= 0);
    double in2026 = 0;
    for (const StackedSeries &stack : timeline.stacks)
        in2026 += stack.values.at(at2026);
    compareClose(in2026, 851.7e9 + 200e9);
}

void TestAnalysis::countsTheOtherUmbrellaInFullWhenOneIsFilteredOut()
{
    QTemporaryDir dir;
    const Analysis analysis(std::make_shared<const Dataset>(fixtureWithSharedPart(dir.path())));
    Filter from2026 = fixtureFilter(); // leaves out the envelope announced in 2025: the part now counts only
                                       // through the budget
    from2026.fromYear = 2026;
    const QList<CountedProgramme> counted = analysis.countedProgrammes(from2026);
    QCOMPARE(ids(counted), QStringList{u"jp-budget-2026"_s});
    QVERIFY(counted.constFirst().countedElsewhere.isEmpty());
    compareClose(*analysis.countedValue(counted.constFirst(), analysis.converter().target(u"JPY"_s)), 1239e9);

    Filter modelsOnly =
        fixtureFilter(); // the chips budget is not selected: the envelope carries the part alone
    modelsOnly.category = Category::Models;
    QCOMPARE(ids(analysis.countedProgrammes(modelsOnly)), QStringList{u"jp-umbrella"_s});
}

// jp-grant (¥100 bn) is a component of jp-first-year and also sits in jp-robotics-fund (¥500 bn). The
// budget already has jp-first-year taken out, so taking jp-grant out of it too would count it negative.
void TestAnalysis::takesANestedSharedPartOutOnlyWhereItsUmbrellaIsNotOut()
{
    QTemporaryDir dir;
    fixtureWithSharedPart(dir.path());
    QVERIFY(replaceInFile(
        dir.filePath(u"programmes.csv"_s), u"\njp-gpu,"_s,
        u"\njp-grant,JPN,Grant,,,METI,,,2026-02,2026,2026,100000000000,exact,JPY,models,public,approved,"
        "jp-first-year,s-news,¥100 billion.,"
        "\njp-robotics-fund,JPN,Robotics fund,,,METI,,,2026-03,2026,2026,500000000000,exact,JPY,models,"
        "public,approved,,s-news,¥500 billion.,"
        "\njp-gpu,"_s));
    QVERIFY(replaceInFile(dir.filePath(u"overlaps.csv"_s), u"quote,note\n"_s,
                          u"quote,note\njp-grant,jp-robotics-fund,s-news,The grant is in the fund.,\n"_s));
    const CompileResult compiled = compileDatasetSources(dir.path());
    QVERIFY2(compiled.ok(), qPrintable(compiled.errors.join(u'\n')));
    const Analysis analysis(std::make_shared<const Dataset>(compiled.dataset));

    QHash<QString, QStringList> takenOut;
    for (const CountedProgramme &c : analysis.countedProgrammes(fixtureFilter())) {
        for (const Programme *part : c.countedElsewhere)
            takenOut[c.programme->id].append(part->id);
    }
    QCOMPARE(takenOut.value(u"jp-budget-2026"_s), QStringList{u"jp-first-year"_s});
    QCOMPARE(takenOut.value(u"jp-robotics-fund"_s), QStringList{u"jp-grant"_s});
    QCOMPARE(takenOut.size(), 2);

    Filter japanInYen = fixtureFilter();
    japanInYen.countries = {u"JPN"_s};
    japanInYen.currency = u"JPY"_s;
    compareClose(buildComparison(analysis, japanInYen).rows.constFirst().total,
                 1000e9 + 72.5e9 + (1239e9 - 387.3e9) + (500e9 - 100e9));
}

void TestAnalysis::detailShowsBothUmbrellasOfASharedPart()
{
    QTemporaryDir dir;
    const Analysis analysis(std::make_shared<const Dataset>(fixtureWithSharedPart(dir.path())));
    const auto field = [](const ProgrammeDetail &detail, const QString &label) {
        for (const DetailField &f : detail.fields) {
            if (f.label == label)
                return f.value;
        }
        return QString();
    };
    const ProgrammeDetail part = programmeDetail(analysis, u"jp-first-year"_s, fixtureFilter());
    QVERIFY(field(part, u"Part of"_s).startsWith(u"Foundation model support"_s));
    const QString alsoPartOf = field(part, u"Also part of (counted once)"_s);
    QVERIFY2(alsoPartOf.startsWith(u"FY2026 chips and AI budget"_s), qPrintable(alsoPartOf));
    QVERIFY2(alsoPartOf.contains(u"“The ¥387.3 billion is in the FY2026 budget.”\nFirst-year tranche."_s),
             qPrintable(alsoPartOf));
    const QString alsoContains = field(programmeDetail(analysis, u"jp-budget-2026"_s, fixtureFilter()),
                                       u"Also contains (counted once)"_s);
    QVERIFY2(alsoContains.startsWith(u"Foundation model first year"_s), qPrintable(alsoContains));
}

void TestAnalysis::comparesCommittedTotalsByCategory()
{
    const ComparisonData data = buildComparison(*m_analysis, fixtureFilter());
    QCOMPARE(data.unit, u"USD"_s);
    QCOMPARE(data.seriesKeys, (QStringList{u"strategy"_s, u"compute"_s, u"models"_s, u"chips"_s}));
    QCOMPARE(data.rows.size(), 3);
    QCOMPARE(data.rows[0].code, u"USA"_s);
    QCOMPARE(data.rows[1].code, u"JPN"_s);
    QCOMPARE(data.rows[2].code, u"FRA"_s);
    compareClose(data.rows[0].total, 52.7e9);
    compareClose(data.rows[1].values[1], 72.5e9 / 150);
    compareClose(data.rows[1].values[2], 1e12 / 140);
    compareClose(data.rows[1].total, 72.5e9 / 150 + 1e12 / 140); // the ¥387.3 bn component is not added
    compareClose(data.rows[2].total, 1.5e9 / 0.8);
    QCOMPARE(data.rows[1].totalText, u"$7.63 bn"_s);
}

void TestAnalysis::comparesPerCapita()
{
    Filter filter = fixtureFilter();
    filter.measure = Measure::PerCapita;
    const ComparisonData data = buildComparison(*m_analysis, filter);
    QCOMPARE(data.rows[0].code, u"USA"_s);
    compareClose(data.rows[0].total, 52.7e9 / 340e6);                      // 155.0
    compareClose(data.rows[1].total, (72.5e9 / 150 + 1e12 / 140) / 125e6); // 61.0095
    compareClose(data.rows[2].total, 1.875e9 / 68e6);                      // 27.5735
    QCOMPARE(data.rows[0].totalText, u"$155.00"_s);
}

void TestAnalysis::comparesAnnualShareOfGdp()
{
    Filter filter = fixtureFilter();
    filter.measure = Measure::GdpShare;
    const ComparisonData data = buildComparison(*m_analysis, filter);
    // Window 2016–2026 is 11 years. Japan: the umbrella's 2026 fifth plus the 2024 subsidy.
    const double japanPerYear = (1e12 / 140 / 5 + 72.5e9 / 150) / 11;
    QCOMPARE(data.rows[0].code, u"USA"_s);
    compareClose(data.rows[0].total, 52.7e9 / 11 / 28e12 * 100);
    compareClose(data.rows[1].total, 1.875e9 / 11 / 3e12 * 100); // France ahead of Japan on this measure
    QCOMPARE(data.rows[1].code, u"FRA"_s);
    compareClose(data.rows[2].total, japanPerYear / 4e12 * 100);
    QCOMPARE(data.unit, u"% of GDP"_s);
}

void TestAnalysis::leavesOutCountriesWithoutContextData()
{
    Filter filter = fixtureFilter();
    filter.measure = Measure::PerCapita;
    filter.toYear = 2023; // the fixture's population figures are for 2024
    const ComparisonData data = buildComparison(*m_analysis, filter);
    QVERIFY(data.rows.isEmpty());
    QCOMPARE(data.missing, (QStringList{u"France"_s, u"United States"_s}));
    QVERIFY(data.note.contains(u"No data for: France, United States."_s));
}

void TestAnalysis::comparesIndicatorWithItsSurvey()
{
    Filter filter = fixtureFilter();
    filter.measure = Measure::Adoption;
    ComparisonData data = buildComparison(*m_analysis, filter);
    QCOMPARE(data.rows.size(), 3);
    QCOMPARE(data.rows[0].code, u"USA"_s);
    QCOMPARE(data.rows[0].total, 68.8);
    QCOMPARE(data.rows[1].total, 40.0); // France has only a 2023 value
    QCOMPARE(data.rows[2].total, 26.7);
    QVERIFY(data.note.contains(u"Test survey 2025"_s));
    QVERIFY(data.note.contains(u"Share of respondents who used generative AI."_s));
    QVERIFY2(data.warning.contains(u"different survey years (2023, 2024)"_s), qPrintable(data.warning));
    filter.toYear = 2023;
    data = buildComparison(*m_analysis, filter);
    QCOMPARE(data.rows.size(), 2);
    QCOMPARE(data.rows[0].total, 46.3);
    QVERIFY(data.warning.isEmpty()); // every value from 2023
}

void TestAnalysis::annualisesOverProgrammePeriods()
{
    Filter filter = fixtureFilter();
    filter.timelineMode = TimelineMode::Annualised;
    const TimelineData data = buildTimeline(*m_analysis, filter);
    QCOMPARE(data.years.constFirst(), 2018);
    QCOMPARE(data.years.constLast(), 2030);
    QCOMPARE(data.stacks.size(), 3);
    QCOMPARE(data.stacks[0].key, u"USA"_s);
    QCOMPARE(data.stacks[1].key, u"JPN"_s);
    QCOMPARE(data.stacks[2].key, u"FRA"_s);
    const auto at = [&](int stack, int year) {
        return data.stacks[stack].values.at(data.years.indexOf(year));
    };
    compareClose(at(0, 2022), 52.7e9 / 5);
    compareClose(at(1, 2024), 72.5e9 / 150);
    compareClose(at(1, 2025), 0);
    compareClose(at(1, 2026), 1e12 / 140 / 5); // ¥1 tn over five years, not one spike
    compareClose(at(1, 2030), 1e12 / 140 / 5);
    compareClose(at(2, 2018), 1.875e9 / 5);
}

void TestAnalysis::stacksAnnualisedByCategory()
{
    Filter filter = fixtureFilter();
    filter.timelineMode = TimelineMode::Annualised;
    filter.stackBy = StackBy::Category;
    const TimelineData data = buildTimeline(*m_analysis, filter);
    QStringList keys;
    for (const StackedSeries &series : data.stacks)
        keys.append(series.key);
    QCOMPARE(keys, (QStringList{u"chips"_s, u"models"_s, u"strategy"_s, u"compute"_s}));
}

void TestAnalysis::ranksRecipientsWithShares()
{
    const RecipientsData data = buildRecipients(*m_analysis, fixtureFilter());
    QCOMPARE(data.programmeId, u"jp-gpu"_s);
    QCOMPARE(data.title, u"GPU cloud subsidies 2024 — up to ¥72.5 billion"_s);
    QCOMPARE(data.bars.size(), 2);
    QCOMPARE(data.bars[0].label, u"Sakura Internet"_s);
    compareClose(data.bars[0].value, 50.1e9 / 150);
    compareClose(data.bars[0].share, 50.1 / 72.5);
    QCOMPARE(data.bars[1].label, u"KDDI"_s);
    compareClose(data.bars[1].share, 10.24 / 72.5);
    QVERIFY(data.sourceIds.contains(u"s-meti"_s));
}

void TestAnalysis::convertsRecipientsIntoDisplayCurrency()
{
    Filter filter = fixtureFilter();
    filter.currency = u"JPY"_s;
    const RecipientsData data = buildRecipients(*m_analysis, filter);
    compareClose(data.bars[0].value, 50.1e9);
    QCOMPARE(data.bars[0].amountText, u"about ¥50.1 bn"_s); // the fixture's "about ¥50.1 billion"
    filter.currency = u"EUR"_s;
    QCOMPARE(buildRecipients(*m_analysis, filter).bars[1].amountText,
             u"about €61.4 m (¥10.2 bn)"_s); // 10.24e9/150*0.9
}

void TestAnalysis::ranksRecipientsAcrossProgrammes()
{
    Filter filter = fixtureFilter();
    filter.recipientsMode = RecipientsMode::Ranking;
    const RecipientsData data = buildRecipients(*m_analysis, filter);
    QCOMPARE(data.bars.size(), 2);
    QCOMPARE(data.bars[0].label, u"Sakura Internet"_s);
    QVERIFY(data.bars[0].share < 0);
}

void TestAnalysis::placesAnnouncementsAndEvents()
{
    const TimelineData data = buildTimeline(*m_analysis, fixtureFilter());
    QCOMPARE(data.points.size(), 6);
    QCOMPARE(data.events.size(), 1); // the 2015 event is outside 2016–2026
    QCOMPARE(eventTitle(*data.events[0]), u"AI Promotion Act passed"_s);
    QCOMPARE(formatPartialDate(data.events[0]->date), u"28 May 2025"_s);
    Filter from2015 = fixtureFilter();
    from2015.fromYear = 2015;
    const QList<DatasetRow<TimelineEvent>> events = buildTimeline(*m_analysis, from2015).events;
    const auto old = std::find_if(events.cbegin(), events.cend(), [](const DatasetRow<TimelineEvent> &e) {
        return eventTitle(*e) == u"Before the window";
    });
    QVERIFY(old != events.cend());
    QCOMPARE((*old)->date.firstDay(), QDate(2015, 1, 1));         // placed at the start of its month,
    QCOMPARE(formatPartialDate((*old)->date), u"January 2015"_s); // dated only as precisely as its source
    const auto gpu = std::find_if(data.points.cbegin(), data.points.cend(),
                                  [](const TimelinePoint &p) { return p.programme->id == u"jp-gpu"; });
    QVERIFY(gpu != data.points.cend());
    compareClose(gpu->value, 72.5e9 / 150);
    QCOMPARE(gpu->announced.firstDay(), QDate(2024, 4, 19));
    const TimelinePointText text = describePoint(*gpu, data.currency);
    QCOMPARE(text.name, u"GPU cloud subsidies 2024"_s);
    QCOMPARE(text.amountAsAnnounced, u"up to ¥72.5 billion"_s);
    QCOMPARE(compactAmount(*gpu, data.currency), u"up to $483 m"_s); // the direct label keeps the qualifier
    QCOMPARE(text.amountConverted, u"up to $483.3 million at 2024 average rates"_s);
    QCOMPARE(text.dateText, u"19 April 2024"_s);
    QCOMPARE(shortCitation(*data.dataset.dataset, gpu->programme->source.sourceId), u"METI, 19 April 2024"_s);
    QCOMPARE(data.countryOrder.constFirst(), u"USA"_s);
}

void TestAnalysis::detailShowsSourceParentAndDispute()
{
    const ProgrammeDetail detail = programmeDetail(*m_analysis, u"jp-first-year"_s, fixtureFilter());
    QCOMPARE(detail.title, u"Foundation model first year"_s);
    QHash<QString, QString> fields;
    for (const DetailField &field : detail.fields)
        fields.insert(field.label, field.value);
    QCOMPARE(fields.value(u"Announced"_s), u"January 2026"_s); // as precise as the source
    QCOMPARE(fields.value(u"Published"_s), u"21 December 2025"_s);
    QCOMPARE(fields.value(u"Amount as announced"_s), u"¥387.3 billion"_s);
    QCOMPARE(fields.value(u"In USD"_s), u"$2.766 billion (2025 average rate, nearest year available)"_s);
    QCOMPARE(fields.value(u"Part of"_s), u"Foundation model support (about ¥1 trillion)"_s);
    QCOMPARE(fields.value(u"URL"_s), u"https://example.org/news"_s);
    QCOMPARE(fields.value(u"Quoted"_s), u"“¥387.3 billion in the first year.”"_s);
    QVERIFY(fields.value(u"Disputed: another source says"_s)
                .startsWith(u"about ¥300 billion\nMETI, 19 April 2024"_s));
}

void TestAnalysis::detailShowsWhatWasAppropriatedAwardedAndPaid()
{
    const ProgrammeDetail detail = programmeDetail(*m_analysis, u"us-chips"_s, fixtureFilter());
    QStringList stages;
    QHash<QString, QString> fields;
    for (const DetailField &field : detail.fields) {
        fields.insert(field.label, field.value);
        if (field.label.contains(u" by "_s))
            stages.append(field.label);
    }
    // Earliest first, each with its figure, source, sentence and note.
    QCOMPARE(stages, (QStringList{u"Appropriated by August 2022"_s, u"Awarded by January 2025"_s,
                                  u"Disbursed by July 2025"_s}));
    QCOMPARE(
        fields.value(u"Awarded by January 2025"_s),
        u"up to $33.7 billion\nExample Gov, August 2022\n“Awards of up to $33.7 billion had been made.”"_s);
    QCOMPARE(
        fields.value(u"Disbursed by July 2025"_s),
        u"$6 billion\nExample Gov, August 2022\n“$6 billion had been paid out.”\nPaid to recipients by July 2025."_s);
    // In another currency, at the rate of the milestone's own year, with the figure as the source gives it.
    Filter inYen = fixtureFilter();
    inYen.currency = u"JPY"_s;
    const ProgrammeDetail yen = programmeDetail(*m_analysis, u"us-chips"_s, inYen);
    const auto paid = std::find_if(yen.fields.cbegin(), yen.fields.cend(),
                                   [](const DetailField &f) { return f.label == u"Disbursed by July 2025"; });
    QVERIFY(paid != yen.fields.cend());
    QVERIFY2(paid->value.startsWith(u"¥840 billion ($6 billion)\n"_s), qPrintable(paid->value));
}

void TestAnalysis::timelineJoinsMilestonesToTheirProgrammes()
{
    const TimelineData data = buildTimeline(*m_analysis, fixtureFilter());
    QStringList shown;
    for (const TimelineMilestone &m : data.milestones) {
        shown.append(data.points.at(m.point).programme->id + u' ' + enumKey(m.milestone->stage) + u' ' +
                     QString::number(m.value, 'f', 0));
        QCOMPARE(data.points.at(m.point).programme->id, m.milestone->programmeId);
        QVERIFY(data.sourceIds.contains(m.milestone->source.sourceId));
    }
    // jp-gpu's ¥72.5 bn award converts at the 2024 rate of 150 yen to the dollar.
    shown.sort();
    QCOMPARE(shown, (QStringList{u"jp-gpu awarded 483333333"_s, u"us-chips appropriated 52700000000"_s,
                                 u"us-chips awarded 33700000000"_s, u"us-chips disbursed 6000000000"_s}));
    // A milestone outside the filter's years is not drawn.
    Filter to2024 = fixtureFilter();
    to2024.toYear = 2024;
    QCOMPARE(buildTimeline(*m_analysis, to2024).milestones.size(), 2);
}

void TestAnalysis::describesTheFilter()
{
    Filter filter = fixtureFilter();
    filter.countries = {u"JPN"_s, u"FRA"_s};
    filter.fromYear = 2020;
    filter.toYear = 2025;
    filter.category = Category::Compute;
    filter.funding = {FundingType::Public, FundingType::Private};
    filter.currency = u"EUR"_s;
    QCOMPARE(describeFilter(*m_analysis, filter),
             u"Japan, France · 2020–2025 · Compute · Public + Private pledge · EUR"_s);
}

// The default window runs from the first programme's year to the data-as-of year; nothing else is narrowed.
void TestAnalysis::defaultFilterSpansTheDatasetsYears()
{
    const Filter defaults = defaultFilter(m_analysis->dataset());
    QCOMPARE(defaults.fromYear, 2018); // fr-strategy, announced 2018-03-29
    QCOMPARE(defaults.toYear, 2026);   // data as of 2026-01-31
    QVERIFY(defaults.countries.isEmpty());
    QCOMPARE(defaults.funding, QSet<FundingType>{FundingType::Public});
    QCOMPARE(defaults.currency, u"USD"_s);
    for (const Programme &p : m_analysis->dataset().programmes)
        QVERIFY(p.announced.year >= defaults.fromYear && p.announced.year <= defaults.toYear);
}

QTEST_GUILESS_MAIN(TestAnalysis)
// Letting go of a large dataset must not cost the thread that lets go: the object is freed on a worker.
void TestAnalysis::lastShareIsFreedOnAWorkerThread()
{
    struct Probe
    {
        QThread **freedOn;
        QSemaphore *freed;
        ~Probe()
        {
            *freedOn = QThread::currentThread();
            freed->release();
        }
    };
    QThread *freedOn = nullptr;
    QSemaphore freed;
    std::shared_ptr<Probe> first = shareFreedOnWorker(new Probe{&freedOn, &freed});
    std::shared_ptr<Probe> second = first;
    first.reset();
    QVERIFY(!freed.tryAcquire(1, 50)); // still shared
    second.reset();
    QVERIFY(freed.tryAcquire(1, 5000));
    QVERIFY(freedOn);
    QVERIFY(freedOn != QThread::currentThread());

    // A thread that frees shares in place (the snapshot writer's) frees it itself.
    freedOn = nullptr;
    std::shared_ptr<Probe> onWriter = shareFreedOnWorker(new Probe{&freedOn, &freed});
    QThread *writer = QThread::create([share = std::move(onWriter)]() mutable {
        freesSharesInPlace = true;
        share.reset();
    });
    writer->start();
    QVERIFY(writer->wait(5000));
    QCOMPARE(freedOn, writer);
    delete writer;
}

#include "tst_analysis.moc"

#include "datasetcompiler.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

// The real dataset shipped with the app: it must compile, and the Japanese starting point must read exactly
// as its sources state (figures checked against the quoted sentences in data/dataset).
class TestBundledDataset : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyFigureHasAQuotedSource();
    void metiGpuCloudRoundOf2024_data();
    void metiGpuCloudRoundOf2024();
    void foundationModelEnvelopeAndItsFirstYear();
    void semiconductorAndAiFrameToFy2030();
    void generativeAiUseIndicator_data();
    void generativeAiUseIndicator();
    void coversJapanAndAtLeastFiveOtherCountries();

private:
    Dataset m_dataset;
};

void TestBundledDataset::initTestCase()
{
    const CompileResult result = compileDatasetSources(QStringLiteral(APE_DATASET_SOURCE_DIR));
    QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
    m_dataset = result.dataset;
}

void TestBundledDataset::everyFigureHasAQuotedSource()
{
    for (const Programme &p : std::as_const(m_dataset.programmes)) {
        QVERIFY2(m_dataset.source(p.source.sourceId), qPrintable(p.id));
        QVERIFY2(!p.source.quote.isEmpty(), qPrintable(p.id));
    }
    for (const Allocation &a : std::as_const(m_dataset.allocations))
        QVERIFY2(m_dataset.source(a.source.sourceId) && !a.source.quote.isEmpty(), qPrintable(a.programmeId));
}

void TestBundledDataset::metiGpuCloudRoundOf2024_data()
{
    QTest::addColumn<QString>("recipient");
    QTest::addColumn<qint64>("amount");
    // Reuters (19 April 2024): 約19.3億円, 約501億円, 約25.6億円, 約102.4億円, 約77.0億円.
    QTest::addRow("Sakura Internet") << u"Sakura Internet"_s << qint64(50100000000);
    QTest::addRow("KDDI") << u"KDDI"_s << qint64(10240000000);
    QTest::addRow("Highreso") << u"Highreso and Highreso Kagawa"_s << qint64(7700000000);
    QTest::addRow("RUTILEA") << u"RUTILEA and AI Fukushima"_s << qint64(2560000000);
    QTest::addRow("GMO") << u"GMO Internet Group"_s << qint64(1930000000);
}

void TestBundledDataset::metiGpuCloudRoundOf2024()
{
    QFETCH(QString, recipient);
    QFETCH(qint64, amount);
    const Programme *round = m_dataset.programme(u"jpn-meti-gpu-cloud-2024"_s);
    QVERIFY(round);
    QCOMPARE(round->amount, (Money{72500000000, u"JPY"_s, AmountQualifier::UpTo}));
    const QList<const Allocation *> allocations = m_dataset.allocationsOf(round->id);
    QCOMPARE(allocations.size(), 5);
    const auto found = std::find_if(allocations.cbegin(), allocations.cend(), [&](const Allocation *a) {
        return m_dataset.recipient(a->recipientId)->nameEn == recipient;
    });
    QVERIFY(found != allocations.cend());
    QCOMPARE((*found)->amount.units, amount);
    QCOMPARE((*found)->amount.currency, u"JPY"_s);
}

void TestBundledDataset::foundationModelEnvelopeAndItsFirstYear()
{
    const Programme *envelope = nullptr;
    const Programme *firstYear = nullptr;
    for (const Programme &p : std::as_const(m_dataset.programmes)) {
        if (p.countryCode == u"JPN" && p.amount.units == 1000000000000 && p.category == Category::Models)
            envelope = &p;
        if (p.countryCode == u"JPN" && p.amount.units == 387300000000)
            firstYear = &p;
    }
    QVERIFY(envelope && firstYear);
    QCOMPARE(envelope->amount.qualifier, AmountQualifier::About);
    QCOMPARE(envelope->durationYears(), 5);
    QCOMPARE(firstYear->parentId, envelope->id); // the sources call it the first year of the five-year aid
}

void TestBundledDataset::semiconductorAndAiFrameToFy2030()
{
    const Programme *frame = m_dataset.programme(u"jpn-ai-semis-frame-2024"_s);
    QVERIFY(frame);
    QCOMPARE(frame->amount, (Money{10000000000000, u"JPY"_s, AmountQualifier::MoreThan}));
    QCOMPARE(frame->endYear, 2030);
}

void TestBundledDataset::generativeAiUseIndicator_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<double>("value");
    QTest::addRow("Japan") << u"JPN"_s << 26.7;
    QTest::addRow("United States") << u"USA"_s << 68.8;
    QTest::addRow("China") << u"CHN"_s << 81.2;
    QTest::addRow("Germany") << u"DEU"_s << 59.2;
}

void TestBundledDataset::generativeAiUseIndicator()
{
    QFETCH(QString, country);
    QFETCH(double, value);
    const IndicatorValue *latest = nullptr;
    for (const IndicatorValue &v : std::as_const(m_dataset.indicators)) {
        if (v.seriesId == u"genai-use-mic-2025" && v.countryCode == country && (!latest || v.year > latest->year))
            latest = &v;
    }
    QVERIFY(latest);
    QCOMPARE(latest->value, value);
}

void TestBundledDataset::coversJapanAndAtLeastFiveOtherCountries()
{
    QSet<QString> countries;
    for (const Programme &p : std::as_const(m_dataset.programmes))
        countries.insert(p.countryCode);
    QVERIFY(countries.contains(u"JPN"_s));
    QVERIFY2(countries.size() >= 6, qPrintable(QString::number(countries.size())));
}

QTEST_GUILESS_MAIN(TestBundledDataset)
#include "tst_bundleddataset.moc"

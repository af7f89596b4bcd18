#include "filterparser.h"
#include "testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;

using OptionList = QList<std::pair<QString, QString>>;

// The options a filter is written as (sessions, view and pack files) read back into the same filter.
class TestFilterParser : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { m_dataset = fixtureDataset(); }
    void optionsReadBackIntoTheSameFilter_data();
    void optionsReadBackIntoTheSameFilter();
    void optionsAreSpelledAsOnTheCommandLine();
    void yearsOutOfOrderNameOnlyTheYearsGiven_data();
    void yearsOutOfOrderNameOnlyTheYearsGiven();

private:
    FilterParseResult readBack(const QList<std::pair<QString, QString>> &options) const;

    Dataset m_dataset;
};

FilterParseResult TestFilterParser::readBack(const QList<std::pair<QString, QString>> &options) const
{
    return parseFilter(
        [&](const QString &name) -> std::optional<QString> {
            for (const auto &[key, value] : options) {
                if (key == name)
                    return value;
            }
            return std::nullopt;
        },
        m_dataset);
}

void TestFilterParser::optionsReadBackIntoTheSameFilter_data()
{
    QTest::addColumn<Filter>("filter");
    const Filter base = defaultFilter(m_dataset);
    QTest::newRow("default") << base;
    Filter narrowed = base;
    narrowed.countries = {u"JPN"_s, u"FRA"_s};
    narrowed.fromYear = 2020;
    narrowed.toYear = 2024;
    narrowed.category = Category::Compute;
    narrowed.funding = {FundingType::Public, FundingType::Private};
    narrowed.currency.clear(); // as announced
    QTest::newRow("narrowed") << narrowed;
    Filter options = base;
    options.timelineMode = TimelineMode::Annualised;
    options.stackBy = StackBy::Category;
    options.recipientsMode = RecipientsMode::Ranking;
    options.programmeId = u"jp-gpu"_s;
    options.measure = Measure::Adoption;
    options.indicatorSeriesId = u"genai"_s;
    options.search = u"GPU, \"cloud\""_s;
    options.currency = u"JPY"_s;
    QTest::newRow("every view option") << options;
    Filter nothing = base;
    nothing.funding.clear();
    QTest::newRow("no funding type") << nothing;
}

void TestFilterParser::optionsReadBackIntoTheSameFilter()
{
    QFETCH(Filter, filter);
    const FilterParseResult read = readBack(filterOptions(filter));
    QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
    QVERIFY(read.filter == filter);
}

void TestFilterParser::optionsAreSpelledAsOnTheCommandLine()
{
    Filter filter = defaultFilter(m_dataset);
    filter.countries = {u"JPN"_s, u"USA"_s};
    filter.category = Category::Compute;
    const QList<std::pair<QString, QString>> options = filterOptions(filter);
    QVERIFY(options.contains(std::pair(u"countries"_s, u"JPN,USA"_s)));
    QVERIFY(options.contains(std::pair(u"category"_s, u"compute"_s)));
    QVERIFY(options.contains(std::pair(u"funding"_s, u"public"_s)));
    QVERIFY(options.contains(std::pair(u"currency"_s, u"USD"_s)));
    QVERIFY(options.contains(std::pair(u"timeline-mode"_s, u"announcements"_s)));
    // What a default filter leaves empty is not written.
    for (const auto &[name, value] : options)
        QVERIFY2(name != u"search" && name != u"programme" && name != u"indicator", qPrintable(name));
}

void TestFilterParser::yearsOutOfOrderNameOnlyTheYearsGiven_data()
{
    QTest::addColumn<OptionList>("options");
    QTest::addColumn<QString>("error");
    const Filter defaults = defaultFilter(m_dataset);
    QTest::addRow("to alone") << OptionList{{u"to"_s, u"2010"_s}}
                              << u"to 2010 is before the first year, %1"_s.arg(defaults.fromYear);
    QTest::addRow("from alone") << OptionList{{u"from"_s, u"2030"_s}}
                                << u"from 2030 is after the last year, %1"_s.arg(defaults.toYear);
    QTest::addRow("both") << OptionList{{u"from"_s, u"2024"_s}, {u"to"_s, u"2020"_s}}
                          << u"from 2024 is after to 2020"_s;
}

void TestFilterParser::yearsOutOfOrderNameOnlyTheYearsGiven()
{
    // The year not given is the default, which the user never typed: the error names the given one.
    QFETCH(OptionList, options);
    QFETCH(QString, error);
    QCOMPARE(readBack(options).error, error);
}

QTEST_GUILESS_MAIN(TestFilterParser)
#include "tst_filterparser.moc"

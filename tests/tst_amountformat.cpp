#include "amountformat.h"
#include "language.h"

#include <QDate>
#include <QLocale>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;

class TestAmountFormat : public QObject
{
    Q_OBJECT
private slots:
    void formatsAnnouncedAmounts_data();
    void formatsAnnouncedAmounts();
    void formatsCompactLabels_data();
    void formatsCompactLabels();
    void formatsJapaneseUnits_data();
    void formatsJapaneseUnits();
    void formatsJapaneseCompactLabels_data();
    void formatsJapaneseCompactLabels();
    void formatsDatesForReaders_data();
    void formatsDatesForReaders();
    void formatsCalendarDatesForReaders_data();
    void formatsCalendarDatesForReaders();
    void namesEnglishMonthsWhateverTheSystemLocale();
    void formatsPerPersonAmountsInBothLanguages();
    void showsAFigureThatIsNotFiniteAsUnknown_data();
    void showsAFigureThatIsNotFiniteAsUnknown();
    void cleanup()
    {
        setDisplayLanguage(Language::English);
        QLocale::setDefault(QLocale::system());
    }
};

void TestAmountFormat::formatsAnnouncedAmounts_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<AmountQualifier>("qualifier");
    QTest::addColumn<QString>("expected");
    QTest::addRow("physical-AI model")
        << 387300000000.0 << u"JPY"_s << AmountQualifier::Exact << u"¥387.3 billion"_s;
    QTest::addRow("GPU subsidies") << 72500000000.0 << u"JPY"_s << AmountQualifier::UpTo
                                   << u"up to ¥72.5 billion"_s;
    QTest::addRow("one trillion") << 1e12 << u"JPY"_s << AmountQualifier::About << u"about ¥1 trillion"_s;
    QTest::addRow("ten trillion") << 1e13 << u"JPY"_s << AmountQualifier::MoreThan
                                  << u"more than ¥10 trillion"_s;
    QTest::addRow("four digits") << 10240000000.0 << u"JPY"_s << AmountQualifier::Exact
                                 << u"¥10.24 billion"_s;
    QTest::addRow("dollars") << 6.3e9 << u"USD"_s << AmountQualifier::Exact << u"$6.3 billion"_s;
    QTest::addRow("euros at least") << 7e9 << u"EUR"_s << AmountQualifier::AtLeast
                                    << u"at least €7 billion"_s;
    QTest::addRow("pounds") << 3e8 << u"GBP"_s << AmountQualifier::Exact << u"£300 million"_s;
    QTest::addRow("code prefix") << 125000000.0 << u"CAD"_s << AmountQualifier::Exact << u"CAD 125 million"_s;
    QTest::addRow("rounds to four digits")
        << 1234567890.0 << u"USD"_s << AmountQualifier::Exact << u"$1.235 billion"_s;
    QTest::addRow("rounds up a scale")
        << 999960000.0 << u"USD"_s << AmountQualifier::Exact << u"$1 billion"_s;
    QTest::addRow("thousands") << 150000.0 << u"USD"_s << AmountQualifier::Exact << u"$150 thousand"_s;
    QTest::addRow("small") << 999.0 << u"USD"_s << AmountQualifier::Exact << u"$999"_s;
    QTest::addRow("zero") << 0.0 << u"USD"_s << AmountQualifier::Exact << u"$0"_s;
    QTest::addRow("tens of trillions") << 3.5e13 << u"KRW"_s << AmountQualifier::Exact << u"₩35 trillion"_s;
}

void TestAmountFormat::formatsAnnouncedAmounts()
{
    QFETCH(double, value);
    QFETCH(QString, currency);
    QFETCH(AmountQualifier, qualifier);
    QFETCH(QString, expected);
    QCOMPARE(formatAmount(value, currency, qualifier), expected);
}

void TestAmountFormat::formatsCompactLabels_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<AmountQualifier>("qualifier");
    QTest::addColumn<QString>("expected");
    QTest::addRow("three digits") << 50.1e9 << u"JPY"_s << AmountQualifier::Exact << u"¥50.1 bn"_s;
    QTest::addRow("drops the fourth digit") << 6.903e9 << u"USD"_s << AmountQualifier::Exact << u"$6.9 bn"_s;
    QTest::addRow("trillion") << 1e12 << u"USD"_s << AmountQualifier::Exact << u"$1 tn"_s;
    QTest::addRow("thousand") << 135230.0 << u"USD"_s << AmountQualifier::Exact << u"$135 k"_s;
    QTest::addRow("keeps about") << 50.1e9 << u"JPY"_s << AmountQualifier::About << u"about ¥50.1 bn"_s;
    QTest::addRow("keeps up to") << 72.5e9 << u"JPY"_s << AmountQualifier::UpTo << u"up to ¥72.5 bn"_s;
    QTest::addRow("keeps at least") << 1e13 << u"JPY"_s << AmountQualifier::AtLeast << u"at least ¥10 tn"_s;
}

void TestAmountFormat::formatsCompactLabels()
{
    QFETCH(double, value);
    QFETCH(QString, currency);
    QFETCH(AmountQualifier, qualifier);
    QFETCH(QString, expected);
    QCOMPARE(formatAmountCompact(value, currency, qualifier), expected);
}

void TestAmountFormat::formatsJapaneseUnits_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<AmountQualifier>("qualifier");
    QTest::addColumn<QString>("expected");
    QTest::addRow("physical-AI model")
        << 387300000000.0 << u"JPY"_s << AmountQualifier::Exact << u"3,873億円"_s;
    QTest::addRow("GPU subsidies") << 72500000000.0 << u"JPY"_s << AmountQualifier::UpTo << u"最大725億円"_s;
    QTest::addRow("one trillion") << 1e12 << u"JPY"_s << AmountQualifier::About << u"約1兆円"_s;
    QTest::addRow("trillion and oku")
        << 1239000000000.0 << u"JPY"_s << AmountQualifier::Exact << u"1兆2,390億円"_s;
    QTest::addRow("more than") << 1e13 << u"JPY"_s << AmountQualifier::MoreThan << u"10兆円超"_s;
    QTest::addRow("at least") << 1.5e9 << u"EUR"_s << AmountQualifier::AtLeast << u"15億ユーロ以上"_s;
    QTest::addRow("decimal oku") << 10240000000.0 << u"JPY"_s << AmountQualifier::Exact << u"102.4億円"_s;
    QTest::addRow("dollars") << 6.3e9 << u"USD"_s << AmountQualifier::Exact << u"63億ドル"_s;
    QTest::addRow("rounds to four digits")
        << 1234567890.0 << u"USD"_s << AmountQualifier::Exact << u"12.35億ドル"_s;
    QTest::addRow("man") << 50000000.0 << u"JPY"_s << AmountQualifier::Exact << u"5,000万円"_s;
    QTest::addRow("small") << 9999.0 << u"JPY"_s << AmountQualifier::Exact << u"9,999円"_s;
    QTest::addRow("zero") << 0.0 << u"JPY"_s << AmountQualifier::Exact << u"0円"_s;
    QTest::addRow("tens of trillions") << 3.5e13 << u"KRW"_s << AmountQualifier::Exact << u"35兆ウォン"_s;
    QTest::addRow("named currency") << 125000000.0 << u"CAD"_s << AmountQualifier::Exact
                                    << u"1.25億カナダドル"_s;
}

void TestAmountFormat::formatsJapaneseUnits()
{
    QFETCH(double, value);
    QFETCH(QString, currency);
    QFETCH(AmountQualifier, qualifier);
    QFETCH(QString, expected);
    setDisplayLanguage(Language::Japanese);
    QCOMPARE(formatAmount(value, currency, qualifier), expected);
}

void TestAmountFormat::formatsJapaneseCompactLabels_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<AmountQualifier>("qualifier");
    QTest::addColumn<QString>("expected");
    QTest::addRow("three digits") << 50.1e9 << u"JPY"_s << AmountQualifier::Exact << u"501億円"_s;
    QTest::addRow("drops the fourth digit") << 6.903e9 << u"USD"_s << AmountQualifier::Exact << u"69億ドル"_s;
    QTest::addRow("trillion") << 1e12 << u"JPY"_s << AmountQualifier::Exact << u"1兆円"_s;
    QTest::addRow("trillion rounded") << 1.2395e12 << u"JPY"_s << AmountQualifier::Exact << u"1兆2,400億円"_s;
    QTest::addRow("keeps up to") << 72.5e9 << u"JPY"_s << AmountQualifier::UpTo << u"最大725億円"_s;
    QTest::addRow("keeps at least") << 1e13 << u"JPY"_s << AmountQualifier::AtLeast << u"10兆円以上"_s;
}

void TestAmountFormat::formatsJapaneseCompactLabels()
{
    QFETCH(double, value);
    QFETCH(QString, currency);
    QFETCH(AmountQualifier, qualifier);
    QFETCH(QString, expected);
    setDisplayLanguage(Language::Japanese);
    QCOMPARE(formatAmountCompact(value, currency, qualifier), expected);
}

void TestAmountFormat::formatsDatesForReaders_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");
    QTest::addColumn<QString>("expected");
    QTest::addRow("English day") << Language::English << 2025 << 12 << 21 << u"21 December 2025"_s;
    QTest::addRow("English day without a leading zero")
        << Language::English << 2024 << 4 << 9 << u"9 April 2024"_s;
    QTest::addRow("English month") << Language::English << 2025 << 12 << 0 << u"December 2025"_s;
    QTest::addRow("English year") << Language::English << 2025 << 0 << 0 << u"2025"_s;
    QTest::addRow("English no date") << Language::English << 0 << 0 << 0 << QString();
    QTest::addRow("Japanese day") << Language::Japanese << 2025 << 12 << 21 << u"2025年12月21日"_s;
    QTest::addRow("Japanese day without a leading zero")
        << Language::Japanese << 2024 << 4 << 9 << u"2024年4月9日"_s;
    QTest::addRow("Japanese month") << Language::Japanese << 2025 << 12 << 0 << u"2025年12月"_s;
    QTest::addRow("Japanese year") << Language::Japanese << 2025 << 0 << 0 << u"2025年"_s;
    QTest::addRow("Japanese no date") << Language::Japanese << 0 << 0 << 0 << QString();
}

void TestAmountFormat::formatsDatesForReaders()
{
    QFETCH(Language, language);
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(int, day);
    QFETCH(QString, expected);
    setDisplayLanguage(language);
    QCOMPARE(formatPartialDate({year, month, day}), expected);
}

void TestAmountFormat::formatsCalendarDatesForReaders_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected");
    QTest::addRow("English") << Language::English << QDate(2026, 1, 31) << u"31 January 2026"_s;
    QTest::addRow("Japanese") << Language::Japanese << QDate(2026, 1, 31) << u"2026年1月31日"_s;
    QTest::addRow("English invalid") << Language::English << QDate() << QString();
    QTest::addRow("Japanese invalid") << Language::Japanese << QDate() << QString();
}

void TestAmountFormat::formatsCalendarDatesForReaders()
{
    QFETCH(Language, language);
    QFETCH(QDate, date);
    QFETCH(QString, expected);
    setDisplayLanguage(language);
    QCOMPARE(formatDate(date), expected);
}

void TestAmountFormat::namesEnglishMonthsWhateverTheSystemLocale()
{
    // A German or Japanese desktop must not put "Dezember" or "12月" into an English page.
    for (const QLocale::Language system : {QLocale::German, QLocale::Japanese, QLocale::French}) {
        QLocale::setDefault(QLocale(system));
        QCOMPARE(formatPartialDate({2025, 12, 21}), u"21 December 2025"_s);
        QCOMPARE(formatPartialDate({2024, 3, 0}), u"March 2024"_s);
        QCOMPARE(formatDate(QDate(2026, 5, 1)), u"1 May 2026"_s);
    }
}

void TestAmountFormat::formatsPerPersonAmountsInBothLanguages()
{
    QCOMPARE(formatPerPerson(1155.5, u"USD"_s), u"$1,155.50"_s);
    setDisplayLanguage(Language::Japanese);
    QCOMPARE(formatPerPerson(1155.5, u"USD"_s), u"1,155.50ドル"_s);
}

void TestAmountFormat::showsAFigureThatIsNotFiniteAsUnknown_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<Language>("language");
    constexpr double infinity = std::numeric_limits<double>::infinity();
    QTest::addRow("infinity") << infinity << Language::English;
    QTest::addRow("minus infinity") << -infinity << Language::English;
    QTest::addRow("not a number") << std::numeric_limits<double>::quiet_NaN() << Language::English;
    QTest::addRow("infinity in Japanese") << infinity << Language::Japanese;
    QTest::addRow("not a number in Japanese")
        << std::numeric_limits<double>::quiet_NaN() << Language::Japanese;
}

void TestAmountFormat::showsAFigureThatIsNotFiniteAsUnknown()
{
    QFETCH(double, value);
    QFETCH(Language, language);
    setDisplayLanguage(language);
    QCOMPARE(formatAmount(value, u"USD"_s, AmountQualifier::UpTo), u"—"_s);
    QCOMPARE(formatAmountCompact(value, u"JPY"_s), u"—"_s);
}

QTEST_GUILESS_MAIN(TestAmountFormat)
#include "tst_amountformat.moc"

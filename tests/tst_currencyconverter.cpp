#include "currencyconverter.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Rates as in the fixture: JPY 150 (2024), 140 (2025); EUR 0.8 (2020), 0.9 (2024) per US dollar.
class TestCurrencyConverter : public QObject
{
    Q_OBJECT
private slots:
    void converts_data();
    void converts();
    void refusesCurrencyWithoutRates();

private:
    QList<ExchangeRate> m_rates{{u"JPY"_s, 2024, 150, {}},
                                {u"JPY"_s, 2025, 140, {}},
                                {u"EUR"_s, 2020, 0.8, {}},
                                {u"EUR"_s, 2024, 0.9, {}}};
};

void TestCurrencyConverter::converts_data()
{
    QTest::addColumn<qint64>("units");
    QTest::addColumn<QString>("from");
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("to");
    QTest::addColumn<double>("expected");
    QTest::addColumn<int>("rateYear");
    QTest::addColumn<bool>("fallback");
    QTest::addRow("yen to dollars") << qint64(72500000000) << u"JPY"_s << 2024 << u"USD"_s
                                    << 72500000000.0 / 150 << 2024 << false;
    QTest::addRow("no rate yet uses nearest year")
        << qint64(387300000000) << u"JPY"_s << 2026 << u"USD"_s << 387300000000.0 / 140 << 2025 << true;
    QTest::addRow("earlier gap uses nearest")
        << qint64(1500000000) << u"EUR"_s << 2018 << u"USD"_s << 1500000000.0 / 0.8 << 2020 << true;
    QTest::addRow("tie takes the earlier year")
        << qint64(1000000) << u"EUR"_s << 2022 << u"USD"_s << 1000000.0 / 0.8 << 2020 << true;
    QTest::addRow("dollars to yen") << qint64(1000000000) << u"USD"_s << 2024 << u"JPY"_s << 150e9 << 2024
                                    << false;
    QTest::addRow("yen to euros via dollars")
        << qint64(150000000) << u"JPY"_s << 2024 << u"EUR"_s << 900000.0 << 2024 << false;
    QTest::addRow("same currency unchanged")
        << qint64(42) << u"EUR"_s << 2019 << u"EUR"_s << 42.0 << 2019 << false;
    QTest::addRow("currency without rates, to itself")
        << qint64(42) << u"GBP"_s << 2024 << u"GBP"_s << 42.0 << 2024 << false;
    QTest::addRow("later gap uses the last year")
        << qint64(1000000) << u"EUR"_s << 2030 << u"JPY"_s << 1000000.0 / 0.9 * 140 << 2024 << true;
}

void TestCurrencyConverter::converts()
{
    QFETCH(qint64, units);
    QFETCH(QString, from);
    QFETCH(int, year);
    QFETCH(QString, to);
    QFETCH(double, expected);
    QFETCH(int, rateYear);
    QFETCH(bool, fallback);
    const CurrencyConverter converter(m_rates);
    const Money original{units, from, AmountQualifier::UpTo};
    const auto converted = converter.convert(original, year, to);
    QVERIFY(converted);
    QVERIFY2(qAbs(converted->value - expected) <= expected * 1e-12,
             qPrintable(QString::number(converted->value, 'f', 3)));
    QCOMPARE(converted->currency, to);
    QCOMPARE(converted->rateYear, rateYear);
    QCOMPARE(converted->rateFallback, fallback);
    QCOMPARE(converted->original, original); // the original travels with the converted figure
    // Numbered currencies, as the views convert thousands of programmes, give the same.
    const auto numbered =
        converter.convert(units, from, converter.currencyNumber(from), year, converter.target(to));
    QVERIFY(numbered);
    QCOMPARE(numbered->value, converted->value);
    QCOMPARE(numbered->rateYear, rateYear);
    QCOMPARE(numbered->rateFallback, fallback);
}

void TestCurrencyConverter::refusesCurrencyWithoutRates()
{
    const CurrencyConverter converter(m_rates);
    QVERIFY(!converter.convert(Money{100, u"GBP"_s, AmountQualifier::Exact}, 2024, u"USD"_s));
    QVERIFY(!converter.convert(Money{100, u"USD"_s, AmountQualifier::Exact}, 2024, u"GBP"_s));
    QCOMPARE(converter.currencyNumber(u"GBP"_s), -1);
    QCOMPARE(converter.currencyNumber(u"USD"_s), 0);
    QVERIFY(!converter.rateFor(u"GBP"_s, 2024));
    QVERIFY(!converter.rateFor(u"USD"_s, 2024));
    QCOMPARE(converter.rateFor(u"JPY"_s, 2027)->year, 2025);
}

QTEST_GUILESS_MAIN(TestCurrencyConverter)
#include "tst_currencyconverter.moc"

#pragma once

#include "exchangerate.h"
#include "money.h"

#include <QList>
#include <QString>

#include <optional>
#include <string_view>
#include <unordered_map>
#include <vector>

// A currency to convert many amounts into, numbered once by CurrencyConverter::target().
struct CurrencyTarget
{
    QString code;
    int number = -1;

    // Whether an amount in `currency`, numbered `currencyNumber`, is already in this currency.
    bool isCurrency(const QString &currency, int currencyNumber) const
    {
        return currencyNumber >= 0 ? currencyNumber == number : currency == code;
    }
};

// What a conversion gives besides the amount it started from (ConvertedMoney carries both).
struct ConvertedValue
{
    double value = 0;
    int rateYear = 0;
    bool rateFallback = false;
};

// The one place money changes currency. A figure announced in year Y converts at the annual average rates
// of year Y (units per US dollar, from the dataset); when Y has no rate yet, the nearest year's rate is
// used (the earlier one on a tie) and the result says so.
// Currencies are numbered (currencyNumber()) so that a caller converting thousands of amounts looks each code
// up once; every rate a conversion can use is found when the converter is built.
// Lifetime: it keeps its own implicitly shared copy of the rates (never detached), so it stays valid after
// the list or Dataset it was built from is gone; a pointer from rateFor() lives as long as the converter.
class CurrencyConverter
{
public:
    explicit CurrencyConverter(const QList<ExchangeRate> &rates);

    std::optional<ConvertedMoney> convert(const Money &amount, int year, const QString &targetCurrency) const;
    // As convert(), for an amount whose currency is numbered `currencyNumber`.
    std::optional<ConvertedValue> convert(qint64 units, const QString &currency, int currencyNumber, int year,
                                          const CurrencyTarget &target) const;
    // The rate used for `currency` in `year`, for citing its source; null for USD or an unknown currency.
    const ExchangeRate *rateFor(const QString &currency, int year) const;
    const ExchangeRate *rateFor(int currencyNumber, int year) const;

    // USD is 0, each other currency with rates has a number of its own, any other currency is -1.
    int currencyNumber(const QString &currency) const;
    CurrencyTarget target(const QString &currency) const { return {currency, currencyNumber(currency)}; }
    // The converter's rates are numbered from 0 to rateCount() - 1, for flags kept by rate.
    qsizetype rateCount() const { return m_rateList.size(); }
    qsizetype positionOf(const ExchangeRate &rate) const { return &rate - m_rateList.constData(); }

private:
    struct RateLookup
    {
        double perUsd = 1;
        int year = 0;
        bool fallback = false;
        const ExchangeRate *rate = nullptr;
    };
    // A currency's rate for every year from its first rate to its last, a missing year resolved to its
    // nearest; years outside take the first or last.
    struct YearlyRates
    {
        int firstYear = 0;
        std::vector<RateLookup> byYear;
    };
    RateLookup lookup(int currencyNumber, int year) const;

    QList<ExchangeRate> m_rateList; // shares the caller's data; never modified
    // By currency code, viewing m_rateList's own strings, which stay as they are.
    std::unordered_map<std::u16string_view, int> m_numbers;
    std::vector<YearlyRates> m_yearlyRates; // by currency number - 1: USD needs none
};

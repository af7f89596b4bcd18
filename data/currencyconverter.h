#pragma once

#include "exchangerate.h"
#include "money.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>
#include <string_view>
#include <unordered_map>

// The one place money changes currency. A figure announced in year Y converts at the annual average rates
// of year Y (units per US dollar, from the dataset); when Y has no rate yet, the nearest year's rate is
// used (the earlier one on a tie) and the result says so.
// Lifetime: it keeps its own implicitly shared copy of the rates (never detached), so it stays valid after
// the list or Dataset it was built from is gone; a pointer from rateFor() lives as long as the converter.
class CurrencyConverter
{
public:
    explicit CurrencyConverter(const QList<ExchangeRate> &rates);

    std::optional<ConvertedMoney> convert(const Money &amount, int year, const QString &targetCurrency) const;
    // The rate used for `currency` in `year`, for citing its source; null for USD or an unknown currency.
    const ExchangeRate *rateFor(const QString &currency, int year) const;
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
    std::optional<RateLookup> lookup(const QString &currency, int year) const;

    QList<ExchangeRate> m_rateList; // shares the caller's data; never modified
    // By currency code, viewing m_rateList's own strings, which stay as they are; the rates point into it.
    std::unordered_map<std::u16string_view, QMap<int, const ExchangeRate *>> m_rates;
};

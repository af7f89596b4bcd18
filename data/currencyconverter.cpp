#include "currencyconverter.h"

#include "stringhash.h"

#include <cstdlib>

using namespace Qt::StringLiterals;

CurrencyConverter::CurrencyConverter(const QList<ExchangeRate> &rates) : m_rateList(rates)
{
    for (const ExchangeRate &rate : std::as_const(m_rateList))
        m_rates[utf16View(rate.currency)].insert(rate.year, &rate);
}

std::optional<CurrencyConverter::RateLookup> CurrencyConverter::lookup(const QString &currency,
                                                                       int year) const
{
    if (currency == u"USD")
        return RateLookup{1, year, false, nullptr};
    const auto found = m_rates.find(utf16View(currency));
    if (found == m_rates.end() || found->second.isEmpty())
        return std::nullopt;
    const QMap<int, const ExchangeRate *> &byYear = found->second;
    const auto exact = byYear.constFind(year);
    if (exact != byYear.constEnd())
        return RateLookup{(*exact)->perUsd, year, false, *exact};
    const ExchangeRate *nearest = nullptr;
    for (const ExchangeRate *rate : byYear) {
        // QMap iterates in ascending year order, so a strict comparison keeps the earlier year on a tie.
        if (!nearest || std::abs(rate->year - year) < std::abs(nearest->year - year))
            nearest = rate;
    }
    return RateLookup{nearest->perUsd, nearest->year, true, nearest};
}

std::optional<ConvertedMoney> CurrencyConverter::convert(const Money &amount, int year,
                                                         const QString &targetCurrency) const
{
    if (amount.currency == targetCurrency)
        return ConvertedMoney{amount, double(amount.units), targetCurrency, year, false};
    const auto from = lookup(amount.currency, year);
    const auto to = lookup(targetCurrency, year);
    if (!from || !to)
        return std::nullopt;
    const double value = double(amount.units) / from->perUsd * to->perUsd;
    const int rateYear = amount.currency == u"USD" ? to->year : from->year;
    return ConvertedMoney{amount, value, targetCurrency, rateYear, from->fallback || to->fallback};
}

const ExchangeRate *CurrencyConverter::rateFor(const QString &currency, int year) const
{
    const auto found = lookup(currency, year);
    return found ? found->rate : nullptr;
}

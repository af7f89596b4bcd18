#include "currencyconverter.h"

#include "stringhash.h"

#include <QMap>

#include <algorithm>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

const QString kUsd = u"USD"_s;

} // namespace

CurrencyConverter::CurrencyConverter(const QList<ExchangeRate> &rates) : m_rateList(rates)
{
    std::vector<QMap<int, const ExchangeRate *>> byCurrency;
    for (const ExchangeRate &rate : std::as_const(m_rateList)) {
        if (rate.currency == kUsd)
            continue; // a dollar is a dollar
        const auto [entry, added] =
            m_numbers.try_emplace(utf16View(rate.currency), int(byCurrency.size()) + 1);
        if (added)
            byCurrency.emplace_back();
        byCurrency[std::size_t(entry->second - 1)].insert(rate.year, &rate);
    }
    for (const QMap<int, const ExchangeRate *> &byYear : byCurrency) {
        YearlyRates &yearly = m_yearlyRates.emplace_back();
        yearly.firstYear = byYear.firstKey();
        for (int year = byYear.firstKey(); year <= byYear.lastKey(); ++year) {
            const ExchangeRate *nearest = nullptr;
            for (const ExchangeRate *rate : byYear) {
                // QMap iterates in ascending year order, so a strict comparison keeps the earlier year on a
                // tie.
                if (!nearest || std::abs(rate->year - year) < std::abs(nearest->year - year))
                    nearest = rate;
            }
            yearly.byYear.push_back({nearest->perUsd, nearest->year, nearest->year != year, nearest});
        }
    }
}

int CurrencyConverter::currencyNumber(const QString &currency) const
{
    if (currency == kUsd)
        return 0;
    const auto found = m_numbers.find(utf16View(currency));
    return found == m_numbers.end() ? -1 : found->second;
}

CurrencyConverter::RateLookup CurrencyConverter::lookup(int currencyNumber, int year) const
{
    if (currencyNumber == 0)
        return RateLookup{1, year, false, nullptr};
    const YearlyRates &yearly = m_yearlyRates[std::size_t(currencyNumber - 1)];
    const int lastYear = yearly.firstYear + int(yearly.byYear.size()) - 1;
    RateLookup found =
        yearly.byYear[std::size_t(std::clamp(year, yearly.firstYear, lastYear) - yearly.firstYear)];
    found.fallback = found.year != year;
    return found;
}

std::optional<ConvertedValue> CurrencyConverter::convert(qint64 units, const QString &currency,
                                                         int currencyNumber, int year,
                                                         const CurrencyTarget &target) const
{
    if (target.isCurrency(currency, currencyNumber))
        return ConvertedValue{double(units), year, false};
    if (currencyNumber < 0 || target.number < 0)
        return std::nullopt;
    const RateLookup from = lookup(currencyNumber, year);
    const RateLookup to = lookup(target.number, year);
    const double value = double(units) / from.perUsd * to.perUsd;
    return ConvertedValue{value, currencyNumber == 0 ? to.year : from.year, from.fallback || to.fallback};
}

std::optional<ConvertedMoney> CurrencyConverter::convert(const Money &amount, int year,
                                                         const QString &targetCurrency) const
{
    const auto converted =
        convert(amount.units, amount.currency, currencyNumber(amount.currency), year, target(targetCurrency));
    if (!converted)
        return std::nullopt;
    return ConvertedMoney{amount, converted->value, targetCurrency, converted->rateYear,
                          converted->rateFallback};
}

const ExchangeRate *CurrencyConverter::rateFor(const QString &currency, int year) const
{
    return rateFor(currencyNumber(currency), year);
}

const ExchangeRate *CurrencyConverter::rateFor(int currencyNumber, int year) const
{
    return currencyNumber < 0 ? nullptr : lookup(currencyNumber, year).rate;
}

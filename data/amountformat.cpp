#include "amountformat.h"

#include "labels.h"

#include <QCoreApplication>
#include <QLocale>

#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

struct Scale
{
    double factor;
    const char *word;
    const char *abbreviation;
};

constexpr std::array<Scale, 4> kScales{{
    {1e12, QT_TRANSLATE_NOOP("Amount", "trillion"), QT_TRANSLATE_NOOP("Amount", "tn")},
    {1e9, QT_TRANSLATE_NOOP("Amount", "billion"), QT_TRANSLATE_NOOP("Amount", "bn")},
    {1e6, QT_TRANSLATE_NOOP("Amount", "million"), QT_TRANSLATE_NOOP("Amount", "m")},
    {1e3, QT_TRANSLATE_NOOP("Amount", "thousand"), QT_TRANSLATE_NOOP("Amount", "k")},
}};

QString significant(double value, int digits)
{
    // At most `digits` significant digits, trailing zeros dropped: 387.3, 72.5, 10.24, 1.
    const int integerDigits = value >= 1 ? int(std::floor(std::log10(value))) + 1 : 1;
    const int decimals = std::max(0, digits - integerDigits);
    QString text = QLocale::c().toString(value, 'f', decimals);
    if (text.contains(u'.')) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(u'.'))
            text.chop(1);
    }
    return text;
}

QString scaled(double value, const QString &currency, bool compact)
{
    const QString symbol = currencySymbol(currency);
    const QString sign = value < 0 ? u"−"_s : QString();
    const double magnitude = std::abs(value);
    for (const Scale &scale : kScales) {
        if (magnitude >= scale.factor * 0.9995) {
            const QString unit = QCoreApplication::translate("Amount", compact ? scale.abbreviation : scale.word);
            return sign + symbol + significant(magnitude / scale.factor, compact ? 3 : 4) + u' ' + unit;
        }
    }
    return sign + symbol + QLocale::c().toString(std::round(magnitude), 'f', 0);
}

} // namespace

QString currencySymbol(const QString &currency)
{
    if (currency == u"USD")
        return u"$"_s;
    if (currency == u"JPY")
        return u"¥"_s;
    if (currency == u"EUR")
        return u"€"_s;
    if (currency == u"GBP")
        return u"£"_s;
    if (currency == u"CNY")
        return u"CN¥"_s;
    if (currency == u"INR")
        return u"₹"_s;
    if (currency == u"KRW")
        return u"₩"_s;
    return currency + u' ';
}

QString formatAmount(double value, const QString &currency, AmountQualifier qualifier)
{
    const QString amount = scaled(value, currency, false);
    if (qualifier == AmountQualifier::Exact)
        return amount;
    return label(qualifier) + u' ' + amount;
}

QString formatMoney(const Money &money)
{
    return formatAmount(double(money.units), money.currency, money.qualifier);
}

QString formatAmountCompact(double value, const QString &currency)
{
    return scaled(value, currency, true);
}

#include "amountformat.h"

#include "currencies.h"
#include "language.h"
#include "vocabulary.h"

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

// At most `digits` significant digits, trailing zeros dropped: 387.3, 72.5, 10.24, 1; grouped as `locale`
// groups.
QString significant(double value, int digits, const QLocale &locale = QLocale::c())
{
    const int integerDigits = value >= 1 ? int(std::floor(std::log10(value))) + 1 : 1;
    const int decimals = std::max(0, digits - integerDigits);
    QString text = locale.toString(value, 'f', decimals);
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
            const QString unit =
                QCoreApplication::translate("Amount", compact ? scale.abbreviation : scale.word);
            return sign + symbol + significant(magnitude / scale.factor, compact ? 3 : 4) + u' ' + unit;
        }
    }
    return sign + symbol + QLocale::c().toString(std::round(magnitude), 'f', 0);
}

} // namespace

namespace {

// The currency after a Japanese number: 725億円, 63億ドル.
QString japaneseCurrency(const QString &currency)
{
    const CurrencyInfo *info = currencyInfo(currency);
    return info && info->japaneseName ? QString::fromUtf16(info->japaneseName) : u' ' + currency;
}

// Japanese units: 兆 (1e12), 億 (1e8), 万 (1e4). Below 1兆 one unit with grouping: 3,873億; 102.4億.
// From 1兆 up, 兆 and 億 together as Japanese writes them: 1兆2,390億.
QString japaneseNumber(double magnitude, int digits)
{
    const QLocale c(QLocale::English, QLocale::UnitedStates); // plain digits with comma grouping: 3,873
    const auto rounded = [&](double value) {
        // `digits` significant digits of the whole amount, applied before splitting into units.
        if (value <= 0)
            return 0.0;
        const double scale = std::pow(10.0, std::floor(std::log10(value)) + 1 - digits);
        return std::round(value / scale) * scale;
    };
    const double value = rounded(magnitude);
    const auto unitText = [&](double units) { return significant(units, digits, c); };
    if (value >= 1e12) {
        const double cho = std::floor(value / 1e12 + 1e-9);
        const double oku = std::round((value - cho * 1e12) / 1e8);
        return c.toString(cho, 'f', 0) + u"兆"_s + (oku >= 1 ? c.toString(oku, 'f', 0) + u"億"_s : QString());
    }
    if (value >= 1e8)
        return unitText(value / 1e8) + u"億"_s;
    if (value >= 1e4)
        return unitText(value / 1e4) + u"万"_s;
    return c.toString(value, 'f', 0);
}

QString japaneseAmount(double value, const QString &currency, bool compact)
{
    const QString sign = value < 0 ? u"−"_s : QString();
    return sign + japaneseNumber(std::abs(value), compact ? 3 : 4) + japaneseCurrency(currency);
}

} // namespace

QString currencySymbol(const QString &currency)
{
    const CurrencyInfo *info = currencyInfo(currency);
    return info && info->symbol ? QString::fromUtf16(info->symbol) : currency + u' ';
}

namespace {

// "up to ¥72.5 billion", "最大725億円", "10兆円以上": the qualifier in the display language's own word order.
QString withQualifier(const QString &amount, AmountQualifier qualifier)
{
    if (qualifier == AmountQualifier::Exact)
        return amount;
    if (displayLanguage() == Language::Japanese) {
        switch (qualifier) {
        case AmountQualifier::Exact:
            break;
        case AmountQualifier::UpTo:
            return u"最大"_s + amount;
        case AmountQualifier::About:
            return u"約"_s + amount;
        case AmountQualifier::AtLeast:
            return amount + u"以上"_s;
        case AmountQualifier::MoreThan:
            return amount + u"超"_s;
        }
    }
    return label(qualifier) + u' ' + amount;
}

// A figure that is not finite comes from no source; it reads as unknown rather than "$inf trillion" (and its
// logarithm, taken for the significant digits, fits no int).
QString qualifiedAmount(double value, const QString &currency, AmountQualifier qualifier, bool compact)
{
    if (!std::isfinite(value))
        return u"—"_s;
    const bool japanese = displayLanguage() == Language::Japanese;
    return withQualifier(
        japanese ? japaneseAmount(value, currency, compact) : scaled(value, currency, compact), qualifier);
}

} // namespace

QString formatAmount(double value, const QString &currency, AmountQualifier qualifier)
{
    return qualifiedAmount(value, currency, qualifier, false);
}

QString formatMoney(const Money &money)
{
    return formatAmount(double(money.units), money.currency, money.qualifier);
}

QString formatAmountCompact(double value, const QString &currency, AmountQualifier qualifier)
{
    return qualifiedAmount(value, currency, qualifier, true);
}

QString formatPerPerson(double value, const QString &currency)
{
    const QString number = QLocale(QLocale::English, QLocale::UnitedStates).toString(value, 'f', 2);
    if (displayLanguage() == Language::Japanese)
        return number + japaneseCurrency(currency);
    return currencySymbol(currency) + number;
}

QString formatPartialDate(const PartialDate &date)
{
    if (!date.isValid())
        return {};
    const bool hasMonth = date.month >= 1 && date.month <= 12;
    const bool hasDay = hasMonth && date.day > 0;
    if (displayLanguage() == Language::Japanese) {
        QString text = QString::number(date.year) + u'年';
        if (hasMonth)
            text += QString::number(date.month) + u'月';
        if (hasDay)
            text += QString::number(date.day) + u'日';
        return text;
    }
    // English month names whatever the system locale: the interface is English, and a German desktop must
    // not print "21 Dezember 2025" into an English memo.
    QString text = QString::number(date.year);
    if (hasMonth)
        text = QLocale(QLocale::English).monthName(date.month, QLocale::LongFormat) + u' ' + text;
    if (hasDay)
        text = QString::number(date.day) + u' ' + text;
    return text;
}

QString formatDate(const QDate &date)
{
    return formatPartialDate(PartialDate{date.year(), date.month(), date.day()});
}

QString formatPeriod(int startYear, int endYear)
{
    return startYear == endYear ? QString::number(startYear)
                                : QStringLiteral("%1–%2").arg(startYear).arg(endYear);
}

#include "displaytext.h"

#include "amountformat.h"
#include "language.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QString countryName(const Analysis &analysis, const QString &code)
{
    const Country *country = analysis.dataset().country(code);
    return country ? localised(country->nameEn, country->nameJa) : code;
}

QString programmeName(const Programme &programme)
{
    return localised(programme.nameEn, programme.nameJa);
}

QString bodyName(const Programme &programme)
{
    return localised(programme.bodyEn, programme.bodyJa);
}

QString recipientName(const Analysis &analysis, const QString &id)
{
    const Recipient *recipient = analysis.dataset().recipient(id);
    return recipient ? localised(recipient->nameEn, recipient->nameJa) : id;
}

QString shortCitation(const Analysis &analysis, const QString &sourceId)
{
    const Source *source = analysis.dataset().source(sourceId);
    if (!source)
        return sourceId;
    if (!source->published.isValid())
        return source->publisher;
    return source->publisher + u", "_s + formatPartialDate(source->published);
}

QString amountText(const Analysis &analysis, const Money &amount, int year, const Filter &filter,
                   bool compact)
{
    const auto inCurrency = [&](double value, const QString &currency, AmountQualifier qualifier) {
        return compact ? formatAmountCompact(value, currency, qualifier)
                       : formatAmount(value, currency, qualifier);
    };
    const double units = double(amount.units);
    const auto converted = filter.currency.isEmpty() || filter.currency == amount.currency
                               ? std::nullopt
                               : analysis.convert(amount, year, filter.currency);
    if (!converted)
        return inCurrency(units, amount.currency, amount.qualifier);
    // A compact label states the qualifier once, on the figure it leads with.
    const AmountQualifier bracketed = compact ? AmountQualifier::Exact : amount.qualifier;
    return inCurrency(converted->value, converted->currency, amount.qualifier) + u" ("_s +
           inCurrency(units, amount.currency, bracketed) + u')';
}

QString describeFilter(const Analysis &analysis, const Filter &filter)
{
    QStringList parts;
    if (filter.countries.isEmpty()) {
        parts.append(QCoreApplication::translate("DisplayText", "All countries"));
    } else {
        QStringList names;
        for (const QString &code : filter.countries)
            names.append(countryName(analysis, code));
        parts.append(names.join(u", "_s));
    }
    parts.append(QStringLiteral("%1–%2").arg(filter.fromYear).arg(filter.toYear));
    parts.append(filter.category ? label(*filter.category)
                                 : QCoreApplication::translate("DisplayText", "All categories"));
    QStringList funding;
    for (FundingType type : allEnumValues<FundingType>()) {
        if (filter.funding.contains(type))
            funding.append(label(type));
    }
    parts.append(funding.join(u" + "_s));
    parts.append(filter.currency.isEmpty()
                     ? QCoreApplication::translate("DisplayText", "Amounts as announced (charts in USD)")
                     : filter.currency);
    return parts.join(u" · "_s);
}

QString plainToolTip(const QString &text)
{
    return text.isEmpty() ? QString() : u"<p style='white-space:pre'>"_s + text.toHtmlEscaped() + u"</p>"_s;
}

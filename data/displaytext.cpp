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

QString eventTitle(const TimelineEvent &event)
{
    return localised(event.titleEn, event.titleJa);
}

QString programmeChoice(const Analysis &analysis, const Programme &programme)
{
    return countryName(analysis, programme.countryCode) + u" · "_s + programmeName(programme);
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

namespace {

QString citation(const Dataset &dataset, const QString &sourceId, QString (*dateText)(const PartialDate &))
{
    const Source *source = dataset.source(sourceId);
    if (!source)
        return sourceId;
    if (!source->published.isValid())
        return source->publisher;
    return source->publisher + u", "_s + dateText(source->published);
}

} // namespace

QString shortCitation(const Dataset &dataset, const QString &sourceId)
{
    return citation(dataset, sourceId, formatPartialDate);
}

QString isoCitation(const Dataset &dataset, const QString &sourceId)
{
    return citation(dataset, sourceId, [](const PartialDate &date) { return date.toIso(); });
}

QString fullCitation(const Dataset &dataset, const QString &sourceId)
{
    const Source *source = dataset.source(sourceId);
    if (!source)
        return sourceId;
    QString text;
    // Each part ends as a sentence does, without doubling the full stop of "Inc." or a title's "?".
    const auto appendPart = [&text](const QString &part) {
        if (part.isEmpty())
            return;
        text += part;
        if (!part.endsWith(u'.') && !part.endsWith(u'?') && !part.endsWith(u'!'))
            text += u'.';
        text += u' ';
    };
    appendPart(source->publisher);
    appendPart(source->title);
    if (source->published.isValid())
        appendPart(formatPartialDate(source->published));
    text += source->url;
    if (source->accessed.isValid())
        text +=
            QCoreApplication::translate("DisplayText", " (accessed %1)").arg(formatDate(source->accessed));
    return text + u'.';
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

namespace {

QString countriesText(const Analysis &analysis, const Filter &filter)
{
    if (filter.countries.isEmpty())
        return QCoreApplication::translate("DisplayText", "All countries");
    QStringList names;
    for (const QString &code : filter.countries)
        names.append(countryName(analysis, code));
    return names.join(u", "_s);
}

QString yearsText(const Filter &filter)
{
    return QStringLiteral("%1–%2").arg(filter.fromYear).arg(filter.toYear);
}

QString categoryText(const Filter &filter)
{
    return filter.category ? label(*filter.category)
                           : QCoreApplication::translate("DisplayText", "All categories");
}

QString fundingText(const Filter &filter)
{
    QStringList funding;
    for (FundingType type : allEnumValues<FundingType>()) {
        if (filter.funding.contains(type))
            funding.append(label(type));
    }
    return funding.join(u" + "_s);
}

QString currencyText(const Filter &filter)
{
    return filter.currency.isEmpty()
               ? QCoreApplication::translate("DisplayText", "Amounts as announced (charts in USD)")
               : filter.currency;
}

} // namespace

QString datasetEdition(const DatasetInfo &info)
{
    const QString name = info.title.isEmpty() ? info.version : info.title + u' ' + info.version;
    return QCoreApplication::translate("DisplayText", "%1, data as of %2")
        .arg(name, formatDate(info.dataAsOf));
}

QString datasetEdition(const Analysis &analysis)
{
    QString edition = datasetEdition(analysis.dataset().info);
    for (const ProgrammeImport &imported : analysis.dataset().imports()) {
        edition +=
            QCoreApplication::translate("DisplayText", "; includes %n programme(s) imported from %1 on %2",
                                        nullptr, int(imported.programmeIds.size()))
                .arg(imported.fileName, formatDate(imported.importedOn));
    }
    return edition;
}

QString importedFromText(const ProgrammeImport &imported)
{
    return QCoreApplication::translate("DisplayText", "From %1, imported on %2")
        .arg(imported.fileName, formatDate(imported.importedOn));
}

QString describeFilter(const Analysis &analysis, const Filter &filter)
{
    return QStringList{countriesText(analysis, filter), yearsText(filter), categoryText(filter),
                       fundingText(filter), currencyText(filter)}
        .join(u" · "_s);
}

QString describeFilterChange(const Analysis &analysis, const Filter &before, const Filter &after)
{
    QStringList changes;
    if (before.countries != after.countries)
        changes.append(
            QCoreApplication::translate("DisplayText", "Countries: %1").arg(countriesText(analysis, after)));
    if (before.fromYear != after.fromYear || before.toYear != after.toYear)
        changes.append(QCoreApplication::translate("DisplayText", "Years: %1").arg(yearsText(after)));
    if (before.category != after.category)
        changes.append(QCoreApplication::translate("DisplayText", "Category: %1").arg(categoryText(after)));
    if (before.funding != after.funding)
        changes.append(QCoreApplication::translate("DisplayText", "Funding: %1").arg(fundingText(after)));
    if (before.currency != after.currency)
        changes.append(QCoreApplication::translate("DisplayText", "Currency: %1").arg(currencyText(after)));
    if (before.measure != after.measure)
        changes.append(QCoreApplication::translate("DisplayText", "Measure: %1").arg(label(after.measure)));
    if (before.programmeId != after.programmeId) {
        const Programme *programme = analysis.dataset().programme(after.programmeId);
        changes.append(QCoreApplication::translate("DisplayText", "Programme: %1")
                           .arg(programme ? programmeName(*programme) : after.programmeId));
    }
    if (before.indicatorSeriesId != after.indicatorSeriesId)
        changes.append(QCoreApplication::translate("DisplayText", "Indicator"));
    if (before.timelineMode != after.timelineMode || before.stackBy != after.stackBy ||
        before.recipientsMode != after.recipientsMode)
        changes.append(QCoreApplication::translate("DisplayText", "Chart options"));
    if (before.search != after.search)
        changes.append(QCoreApplication::translate("DisplayText", "Search: “%1”").arg(after.search));
    return changes.join(u"; "_s);
}

QString plainToolTip(const QString &text)
{
    return text.isEmpty() ? QString() : u"<p style='white-space:pre'>"_s + text.toHtmlEscaped() + u"</p>"_s;
}

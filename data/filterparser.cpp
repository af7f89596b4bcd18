#include "filterparser.h"

#include "currencies.h"

using namespace Qt::StringLiterals;

namespace {

class FilterParser
{
public:
    FilterParser(const OptionLookup &lookup, const Dataset &dataset) : m_lookup(lookup), m_dataset(dataset) {}

    FilterParseResult run(Filter filter)
    {
        if (const auto countries = value(u"countries"_s)) {
            filter.countries.clear();
            for (const QString &code : countries->split(u',', Qt::SkipEmptyParts)) {
                const QString upper = code.trimmed().toUpper();
                if (!m_dataset.country(upper))
                    return fail(u"countries: unknown country code '%1'"_s.arg(code.trimmed()));
                filter.countries.append(upper);
            }
        }
        if (!year(u"from"_s, filter.fromYear) || !year(u"to"_s, filter.toYear))
            return {filter, m_error};
        if (filter.fromYear > filter.toYear) {
            // Name only the years given: the other is the default, which the user may never have seen.
            if (!value(u"from"_s))
                return fail(u"to %1 is before the first year, %2"_s.arg(filter.toYear).arg(filter.fromYear));
            if (!value(u"to"_s))
                return fail(u"from %1 is after the last year, %2"_s.arg(filter.fromYear).arg(filter.toYear));
            return fail(u"from %1 is after to %2"_s.arg(filter.fromYear).arg(filter.toYear));
        }
        if (const auto category = value(u"category"_s)) {
            filter.category = enumFromKey<Category>(*category);
            if (!filter.category)
                return fail(u"category: '%1' is not one of %2"_s.arg(*category, enumKeyList<Category>()));
        }
        if (const auto funding = value(u"funding"_s)) {
            filter.funding.clear();
            for (const QString &key : funding->split(u',', Qt::SkipEmptyParts)) {
                const auto type = enumFromKey<FundingType>(key.trimmed());
                if (!type)
                    return fail(
                        u"funding: '%1' is not one of %2"_s.arg(key.trimmed(), enumKeyList<FundingType>()));
                filter.funding.insert(*type);
            }
        }
        if (const auto currency = value(u"currency"_s)) {
            if (*currency == u"announced")
                filter.currency.clear();
            else if (displayCurrencies().contains(*currency))
                filter.currency = *currency;
            else
                return fail(u"currency: '%1' is not one of %2, announced"_s.arg(
                    *currency, displayCurrencies().join(u", "_s)));
        }
        if (!key(u"measure"_s, filter.measure) || !key(u"display"_s, filter.comparisonDisplay) ||
            !key(u"timeline-mode"_s, filter.timelineMode) || !key(u"stack-by"_s, filter.stackBy) ||
            !key(u"recipients-mode"_s, filter.recipientsMode))
            return {filter, m_error};
        if (const auto programme = value(u"programme"_s)) {
            if (!m_dataset.programme(*programme))
                return fail(u"programme: unknown programme '%1'"_s.arg(*programme));
            filter.programmeId = *programme;
        }
        if (const auto indicator = value(u"indicator"_s)) {
            if (!m_dataset.series(*indicator))
                return fail(u"indicator: unknown indicator series '%1'"_s.arg(*indicator));
            filter.indicatorSeriesId = *indicator;
        }
        if (const auto search = value(u"search"_s))
            filter.search = *search;
        return {filter, {}};
    }

private:
    std::optional<QString> value(const QString &name) const { return m_lookup(name); }

    FilterParseResult fail(const QString &error) { return {{}, error}; }

    bool year(const QString &name, int &into)
    {
        const auto text = value(name);
        if (!text)
            return true;
        bool ok = false;
        const int parsed = text->toInt(&ok);
        if (!ok || parsed < 1990 || parsed > 2100) {
            m_error = u"%1: '%2' is not a year"_s.arg(name, *text);
            return false;
        }
        into = parsed;
        return true;
    }

    template <typename E> bool key(const QString &name, E &into)
    {
        const auto text = value(name);
        if (!text)
            return true;
        const auto parsed = enumFromKey<E>(*text);
        if (!parsed) {
            m_error = u"%1: '%2' is not one of %3"_s.arg(name, *text, enumKeyList<E>());
            return false;
        }
        into = *parsed;
        return true;
    }

    const OptionLookup &m_lookup;
    const Dataset &m_dataset;
    QString m_error;
};

} // namespace

FilterParseResult parseFilter(const OptionLookup &lookup, const Dataset &dataset, const Filter &base)
{
    return FilterParser(lookup, dataset).run(base);
}

FilterParseResult parseFilter(const OptionLookup &lookup, const Dataset &dataset)
{
    return parseFilter(lookup, dataset, defaultFilter(dataset));
}

QList<std::pair<QString, QString>> filterOptions(const Filter &filter)
{
    QStringList funding;
    for (FundingType type : allEnumValues<FundingType>()) {
        if (filter.funding.contains(type))
            funding.append(enumKey(type));
    }
    QList<std::pair<QString, QString>> options{
        {u"countries"_s, filter.countries.join(u',')},
        {u"from"_s, QString::number(filter.fromYear)},
        {u"to"_s, QString::number(filter.toYear)},
        {u"funding"_s, funding.join(u',')},
        {u"currency"_s, filter.currency.isEmpty() ? u"announced"_s : filter.currency},
        {u"measure"_s, enumKey(filter.measure)},
        {u"display"_s, enumKey(filter.comparisonDisplay)},
        {u"timeline-mode"_s, enumKey(filter.timelineMode)},
        {u"stack-by"_s, enumKey(filter.stackBy)},
        {u"recipients-mode"_s, enumKey(filter.recipientsMode)},
    };
    if (filter.category)
        options.append({u"category"_s, enumKey(*filter.category)});
    if (!filter.programmeId.isEmpty())
        options.append({u"programme"_s, filter.programmeId});
    if (!filter.indicatorSeriesId.isEmpty())
        options.append({u"indicator"_s, filter.indicatorSeriesId});
    if (!filter.search.isEmpty())
        options.append({u"search"_s, filter.search});
    return options;
}

QStringList filterOptionNames()
{
    return {u"countries"_s,       u"from"_s,          u"to"_s,       u"category"_s,  u"funding"_s,
            u"currency"_s,        u"measure"_s,       u"display"_s,  u"indicator"_s, u"programme"_s,
            u"recipients-mode"_s, u"timeline-mode"_s, u"stack-by"_s, u"search"_s};
}

#include "comparisonbuilder.h"

#include "amountformat.h"
#include "displaytext.h"
#include "figuretable.h"
#include "language.h"
#include "seriescolours.h"
#include "stringhash.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// "2022, 2024": the distinct years, ascending.
QString yearList(const QSet<int> &years)
{
    QList<int> sorted(years.cbegin(), years.cend());
    std::sort(sorted.begin(), sorted.end());
    QStringList texts;
    for (int year : sorted)
        texts.append(QString::number(year));
    return texts.join(u", "_s);
}

} // namespace

// Builds one ComparisonData; the members carry what the measure's steps share.
class ComparisonBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonBuilder)

public:
    ComparisonBuilder(const Analysis &analysis, const Filter &filter)
        : m_analysis(analysis), m_dataset(analysis.dataset()), m_filter(filter),
          m_currency(Analysis::chartCurrency(filter))
    {
        m_data.measure = filter.measure;
    }

    ComparisonData build()
    {
        if (m_filter.measure == Measure::Adoption)
            buildIndicator();
        else
            buildFunding();
        std::sort(m_data.rows.begin(), m_data.rows.end(), [](const ComparisonRow &a, const ComparisonRow &b) {
            return a.total != b.total ? a.total > b.total : a.code < b.code;
        });
        if (m_filter.comparisonDisplay == ComparisonDisplay::Map)
            classifyForMap();
        return m_data;
    }

private:
    using Sums = QHash<QString, QHash<QString, double>>; // country -> category key -> amount

    const IndicatorSeries *indicatorSeries() const;
    void buildIndicator();
    QHash<QString, const IndicatorValue *> latestValues(const IndicatorSeries &series) const;
    void buildFunding();
    Sums fundingSums();
    void addSeries(const Sums &sums);
    QSet<int> addRows(const Sums &sums);
    QString totalText(double total) const;
    void describeFunding(const QString &contextYears);
    void classifyForMap();

    const Analysis &m_analysis;
    const Dataset &m_dataset;
    const Filter &m_filter;
    const QString m_currency;
    ComparisonData m_data;
    StringHash<QSet<QString>> m_countrySources; // for a map's tooltips: each country's programmes' sources
};

// The requested series, or the dataset's first.
const IndicatorSeries *ComparisonBuilder::indicatorSeries() const
{
    const IndicatorSeries *series = m_dataset.series(m_filter.indicatorSeriesId);
    if (!series && !m_dataset.indicatorSeries.isEmpty())
        series = &m_dataset.indicatorSeries.constFirst();
    return series;
}

// Per country, the latest value of the series up to the filter's last year.
QHash<QString, const IndicatorValue *> ComparisonBuilder::latestValues(const IndicatorSeries &series) const
{
    QHash<QString, const IndicatorValue *> latest;
    for (const IndicatorValue &value : m_dataset.indicators) {
        if (value.seriesId != series.id || value.year > m_filter.toYear ||
            (!m_filter.countries.isEmpty() && !m_filter.countries.contains(value.countryCode)))
            continue;
        const IndicatorValue *&current = latest[value.countryCode];
        if (!current || value.year > current->year)
            current = &value;
    }
    return latest;
}

void ComparisonBuilder::buildIndicator()
{
    const IndicatorSeries *series = indicatorSeries();
    if (!series)
        return;
    m_data.unit = u"%"_s;
    const QString seriesName = localised(series->nameEn, series->nameJa);
    m_data.valueAxis = seriesName + u" (%)"_s;
    m_data.seriesKeys = {series->id};
    m_data.seriesLabels = {seriesName};
    m_data.seriesColours = {0};
    QSet<int> years;
    for (const IndicatorValue *value : latestValues(*series)) {
        m_data.rows.append({value->countryCode,
                            countryName(m_analysis, value->countryCode),
                            {value->value},
                            value->value,
                            QLocale::c().toString(value->value, 'f', 1) + u'%',
                            shortCitation(m_analysis.dataset(), value->source.sourceId)});
        years.insert(value->year);
        appendSourceId(m_data.sourceIds, value->source.sourceId);
    }
    m_data.note = tr("Survey: %1 (%2). %3").arg(series->survey, yearList(years), series->definition);
    if (years.size() > 1) {
        m_data.warning = tr("Values come from different survey years (%1): the latest available for each "
                            "country up to %2. Compare with care.")
                             .arg(yearList(years))
                             .arg(m_filter.toYear);
    }
}

void ComparisonBuilder::buildFunding()
{
    const Sums sums = fundingSums();
    addSeries(sums);
    const QSet<int> contextYears = addRows(sums);
    std::sort(m_data.missing.begin(), m_data.missing.end());
    describeFunding(yearList(contextYears));
    if (!m_data.missing.isEmpty())
        m_data.note += u' ' + tr("No data for: %1.").arg(m_data.missing.join(u", "_s));
}

// Per country and category: committed totals, or for GDP share the average annual amount in USD.
ComparisonBuilder::Sums ComparisonBuilder::fundingSums()
{
    const QList<CountedProgramme> counted = m_analysis.countedProgrammes(m_filter);
    // Summed by country and the category's place in the vocabulary, and keyed by the category's name once
    // per country at the end: a key per programme was most of the sums' cost at scale.
    static constexpr auto categories = allEnumValues<Category>();
    StringHash<std::array<double, categories.size()>> byCountry;
    const int windowYears = m_filter.toYear - m_filter.fromYear + 1;
    const bool gdpShare = m_filter.measure == Measure::GdpShare;
    const QString sumCurrency = gdpShare ? u"USD"_s : m_currency;
    const CurrencyTarget target = m_analysis.converter().target(sumCurrency);
    for (const CountedProgramme &c : counted) {
        auto value = m_analysis.countedValue(c, target);
        if (!value)
            continue;
        const Programme *p = c.programme;
        if (gdpShare) {
            const int overlap =
                std::min(p->endYear, m_filter.toYear) - std::max(p->startYear, m_filter.fromYear) + 1;
            *value = overlap > 0 ? *value / p->durationYears() * overlap / windowYears : 0;
        }
        const auto category = std::find(categories.cbegin(), categories.cend(), p->category);
        byCountry[p->countryCode].at(std::size_t(category - categories.cbegin())) += *value;
        if (m_filter.comparisonDisplay == ComparisonDisplay::Map)
            m_countrySources[p->countryCode].insert(p->source.sourceId);
    }
    m_analysis.addTotalSources(m_data.sourceIds, counted, sumCurrency);
    Sums sums;
    for (const auto &[country, values] : byCountry) {
        QHash<QString, double> &byCategory = sums[country];
        for (std::size_t i = 0; i < categories.size(); ++i)
            byCategory.insert(enumKey(categories.at(i)), values.at(i));
    }
    return sums;
}

// One series per category that has money, in vocabulary order.
void ComparisonBuilder::addSeries(const Sums &sums)
{
    for (Category category : allEnumValues<Category>()) {
        const QString key = enumKey(category);
        const bool present =
            std::any_of(sums.cbegin(), sums.cend(),
                        [&](const QHash<QString, double> &byCategory) { return byCategory.value(key) > 0; });
        if (present) {
            m_data.seriesKeys.append(key);
            m_data.seriesLabels.append(label(category));
            m_data.seriesColours.append(categorySlot(category));
        }
    }
}

// One row per country, divided by population or GDP for those measures; returns the years of those figures.
QSet<int> ComparisonBuilder::addRows(const Sums &sums)
{
    QSet<int> contextYears;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
        double divisor = 1;
        if (m_filter.measure != Measure::Total) {
            const bool perCapita = m_filter.measure == Measure::PerCapita;
            const CountryFigure *figure = m_dataset.latestFigure(
                perCapita ? m_dataset.population : m_dataset.gdpUsd, it.key(), m_filter.toYear);
            if (!figure) {
                m_data.missing.append(countryName(m_analysis, it.key()));
                continue;
            }
            divisor = perCapita ? figure->value : figure->value / 100.0;
            contextYears.insert(figure->year);
            appendSourceId(m_data.sourceIds, figure->source.sourceId);
        }
        ComparisonRow row{it.key(), countryName(m_analysis, it.key()), {}, 0, {}, {}};
        for (const QString &key : std::as_const(m_data.seriesKeys)) {
            const double value = it->value(key) / divisor;
            row.values.append(value);
            row.total += value;
        }
        row.totalText = totalText(row.total);
        m_data.rows.append(row);
    }
    return contextYears;
}

QString ComparisonBuilder::totalText(double total) const
{
    if (m_filter.measure == Measure::GdpShare)
        return QLocale::c().toString(total, 'f', total < 0.01 ? 4 : 3) + u'%';
    if (m_filter.measure == Measure::PerCapita)
        return formatPerPerson(total, m_currency);
    return formatAmountCompact(total, m_currency);
}

void ComparisonBuilder::describeFunding(const QString &contextYears)
{
    switch (m_filter.measure) {
    case Measure::Total:
        m_data.unit = m_currency;
        m_data.valueAxis = tr("Committed funding (%1)").arg(m_currency);
        m_data.note = tr("Sum of programmes announced %1–%2 at announcement-year average exchange rates; "
                         "components of an umbrella counted once.")
                          .arg(m_filter.fromYear)
                          .arg(m_filter.toYear);
        break;
    case Measure::PerCapita:
        m_data.unit = tr("%1 per person").arg(m_currency);
        m_data.valueAxis = tr("Committed funding per person (%1)").arg(m_currency);
        m_data.note =
            tr("Committed funding divided by population of the latest year available up to %1 (%2).")
                .arg(m_filter.toYear)
                .arg(contextYears);
        break;
    case Measure::GdpShare:
        m_data.unit = tr("% of GDP");
        m_data.valueAxis = tr("Average annual funding, % of GDP");
        m_data.note =
            tr("Each programme spread evenly over its years; average per year over %1–%2, divided by "
               "GDP in current US dollars of the latest year available (%3).")
                .arg(m_filter.fromYear)
                .arg(m_filter.toYear)
                .arg(contextYears);
        break;
    case Measure::Adoption:
        break;
    }
}

namespace {

// Two significant figures, rounded down so the country whose value starts a class stays in it, and the edge
// reads as a round number: 1,289 → 1,200.
double roundedEdge(double value)
{
    if (value <= 0)
        return value;
    const double step = std::pow(10.0, std::floor(std::log10(value)) - 1);
    return std::floor(value / step * (1 + 1e-12)) * step;
}

} // namespace

// Up to five classes holding about as many countries each, their edges rounded: a quantile scale shows
// where a country stands among the others, which a linear one would not when one country dwarfs the rest.
void ComparisonBuilder::classifyForMap()
{
    m_data.map = true;
    QList<double> values;
    for (const ComparisonRow &row : std::as_const(m_data.rows))
        values.append(row.total);
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    constexpr qsizetype kMaxClasses = 5;
    const qsizetype classes = std::min(kMaxClasses, values.size());
    for (qsizetype i = 1; i < classes; ++i) {
        const double edge = roundedEdge(values.at(i * values.size() / classes));
        if (edge > values.constFirst() &&
            (m_data.binThresholds.isEmpty() || edge > m_data.binThresholds.constLast()))
            m_data.binThresholds.append(edge);
    }
    for (const ComparisonRow &row : std::as_const(m_data.rows)) {
        m_data.rowBins.append(
            int(std::upper_bound(m_data.binThresholds.cbegin(), m_data.binThresholds.cend(), row.total) -
                m_data.binThresholds.cbegin()));
    }
    // Edges are round numbers: shown without the decimals a value of the bars keeps.
    const auto edge = [this](double value) {
        if (m_data.measure == Measure::Total)
            return comparisonValueText(m_data, value);
        const QString number = QLocale::c().toString(value, 'g', 6);
        return m_data.measure == Measure::PerCapita ? number : number + u'%';
    };
    const QList<double> &edges = m_data.binThresholds;
    // One class: a range, or the one value every country has.
    if (edges.isEmpty() && !m_data.rows.isEmpty()) {
        m_data.binLabels.append(
            values.size() == 1 ? edge(values.constFirst())
                               : tr("%1 to %2").arg(edge(values.constFirst()), edge(values.constLast())));
    }
    for (qsizetype i = 0; i < edges.size(); ++i) {
        m_data.binLabels.append(i == 0 ? tr("less than %1").arg(edge(edges.at(i)))
                                       : tr("%1 to %2").arg(edge(edges.at(i - 1)), edge(edges.at(i))));
    }
    if (!edges.isEmpty())
        m_data.binLabels.append(tr("%1 or more").arg(edge(edges.constLast())));
    // Each country's sources, in the order of the figure's list, the first three named.
    constexpr qsizetype kNamedSources = 3;
    for (ComparisonRow &row : m_data.rows) {
        const auto ids = m_countrySources.find(row.code);
        if (ids == m_countrySources.end())
            continue; // an indicator's row names its one source already
        QStringList named;
        qsizetype count = 0;
        for (const QString &id : std::as_const(m_data.sourceIds)) {
            if (!ids->second.contains(id))
                continue;
            if (++count <= kNamedSources)
                named.append(shortCitation(m_analysis.dataset(), id));
        }
        row.sourcesText = named.join(u"; "_s);
        if (count > kNamedSources)
            row.sourcesText += u' ' + tr("and %n more", nullptr, int(count - kNamedSources));
    }
    m_data.note +=
        u' ' + tr("Map: Equal Earth projection, classes of about as many countries each; Natural Earth "
                  "1:110m boundaries, which imply no position on any border or territory.");
}

ComparisonData buildComparison(const Analysis &analysis, const Filter &filter)
{
    ComparisonData data = ComparisonBuilder(analysis, filter).build();
    removeRepeatedIds(data.sourceIds);
    return data;
}

#include "analysis.h"

#include "amountformat.h"
#include "datasetstore.h"
#include "vocabulary.h"
#include "language.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kMaxStacks = 10;

void appendUnique(QStringList &list, const QString &value)
{
    if (!value.isEmpty() && !list.contains(value))
        list.append(value);
}

// Orders keys by their summed value, largest first, with the key as a stable tie-break.
QStringList keysByTotal(const QHash<QString, double> &totals)
{
    QStringList keys = totals.keys();
    std::sort(keys.begin(), keys.end(), [&](const QString &a, const QString &b) {
        const double ta = totals.value(a), tb = totals.value(b);
        return ta != tb ? ta > tb : a < b;
    });
    return keys;
}

} // namespace

AnalysisLoadResult loadAnalysis(const QString &databasePath)
{
    DatasetLoadResult loaded = readDatasetDatabase(databasePath);
    if (!loaded.dataset)
        return {nullptr, loaded.error};
    return {std::make_shared<const Analysis>(std::make_shared<const Dataset>(std::move(*loaded.dataset))), {}};
}

Analysis::Analysis(std::shared_ptr<const Dataset> dataset)
    : m_dataset(std::move(dataset)), m_converter(m_dataset->exchangeRates)
{
}

bool Analysis::matches(const Programme &programme, const Filter &filter) const
{
    return (filter.countries.isEmpty() || filter.countries.contains(programme.countryCode))
        && programme.announced.year >= filter.fromYear && programme.announced.year <= filter.toYear
        && (!filter.category || *filter.category == programme.category) && filter.funding.contains(programme.funding);
}

QList<const Programme *> Analysis::programmes(const Filter &filter) const
{
    QList<const Programme *> result;
    for (const Programme &programme : m_dataset->programmes) {
        if (matches(programme, filter))
            result.append(&programme);
    }
    return result;
}

bool Analysis::matchesSearch(const Programme &p, const QString &search) const
{
    const QString needle = search.trimmed();
    if (needle.isEmpty())
        return true;
    for (const QString &field : {p.nameEn, p.nameJa, p.bodyEn, p.bodyJa, p.id, p.countryCode, countryName(p.countryCode),
                                 p.notes}) {
        if (field.contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QList<const Programme *> Analysis::tableRows(const Filter &filter) const
{
    QList<const Programme *> rows;
    for (const Programme *programme : programmes(filter)) {
        if (matchesSearch(*programme, filter.search))
            rows.append(programme);
    }
    return rows;
}

QList<const TimelineEvent *> Analysis::events(const Filter &filter) const
{
    QList<const TimelineEvent *> result;
    for (const TimelineEvent &event : m_dataset->events) {
        if ((filter.countries.isEmpty() || filter.countries.contains(event.countryCode))
            && event.date.year >= filter.fromYear && event.date.year <= filter.toYear)
            result.append(&event);
    }
    return result;
}

QList<CountedProgramme> Analysis::countedProgrammes(const Filter &filter) const
{
    QSet<QString> liveIds;
    QList<const Programme *> live;
    for (const Programme *programme : programmes(filter)) {
        if (programme->status != Status::Withdrawn) {
            live.append(programme);
            liveIds.insert(programme->id);
        }
    }
    const auto isLive = [&](const Programme *p) { return liveIds.contains(p->id); };
    QList<CountedProgramme> result;
    QHash<QString, qsizetype> resultIndex;
    for (const Programme *programme : std::as_const(live)) {
        const QList<const Programme *> umbrellas = m_dataset->umbrellasOf(programme->id);
        if (std::none_of(umbrellas.cbegin(), umbrellas.cend(), isLive)) {
            resultIndex.insert(programme->id, result.size());
            result.append(CountedProgramme{programme, {}});
        }
    }

    // Parts with a second umbrella, outermost first, so a part inside one already taken out is skipped.
    QList<std::pair<const Programme *, QList<const Programme *>>> sharedParts;
    for (const Overlap &overlap : m_dataset->overlaps) {
        const Programme *part = m_dataset->programme(overlap.programmeId);
        if (part && std::none_of(sharedParts.cbegin(), sharedParts.cend(), [&](const auto &s) { return s.first == part; }))
            sharedParts.append({part, m_dataset->umbrellasOf(part->id)});
    }
    std::stable_sort(sharedParts.begin(), sharedParts.end(),
                     [](const auto &a, const auto &b) { return a.second.size() < b.second.size(); });
    for (const auto &[part, umbrellas] : std::as_const(sharedParts)) {
        bool firstHolder = true;
        for (const Programme *umbrella : umbrellas) {
            const auto it = resultIndex.constFind(umbrella->id);
            if (it == resultIndex.constEnd())
                continue;
            if (std::exchange(firstHolder, false))
                continue;
            QList<const Programme *> &takenOut = result[*it].countedElsewhere;
            const bool alreadyOut = std::any_of(takenOut.cbegin(), takenOut.cend(), [&](const Programme *p) {
                return umbrellas.contains(p);
            });
            if (!alreadyOut)
                takenOut.append(part);
        }
    }
    return result;
}

std::optional<double> Analysis::countedValue(const CountedProgramme &counted, const QString &currency) const
{
    const Programme &programme = *counted.programme;
    const auto converted = convert(programme.amount, programme.announced.year, currency);
    if (!converted)
        return std::nullopt;
    double value = converted->value;
    // The part's money is counted as the umbrella announced it: at the umbrella's rate.
    for (const Programme *part : counted.countedElsewhere)
        value -= convertedValue(part->amount, programme.announced.year, currency);
    return std::max(0.0, value);
}

QString Analysis::chartCurrency(const Filter &filter)
{
    return filter.currency.isEmpty() ? u"USD"_s : filter.currency;
}

std::optional<ConvertedMoney> Analysis::convert(const Money &amount, int year, const QString &currency) const
{
    return m_converter.convert(amount, year, currency);
}

double Analysis::convertedValue(const Money &amount, int year, const QString &currency) const
{
    const auto converted = m_converter.convert(amount, year, currency);
    return converted ? converted->value : 0;
}

QString Analysis::countryName(const QString &code) const
{
    const Country *country = m_dataset->country(code);
    return country ? localised(country->nameEn, country->nameJa) : code;
}

QString Analysis::recipientName(const QString &id) const
{
    const Recipient *recipient = m_dataset->recipient(id);
    return recipient ? localised(recipient->nameEn, recipient->nameJa) : id;
}

QString Analysis::programmeName(const Programme &programme) const
{
    return localised(programme.nameEn, programme.nameJa);
}

QString Analysis::bodyName(const Programme &programme) const
{
    return localised(programme.bodyEn, programme.bodyJa);
}

QString Analysis::shortCitation(const QString &sourceId) const
{
    const Source *source = m_dataset->source(sourceId);
    if (!source)
        return sourceId;
    if (!source->published.isValid())
        return source->publisher;
    return source->publisher + u", "_s + formatPartialDate(source->published);
}

QString Analysis::amountText(const Money &amount, int year, const Filter &filter, bool compact) const
{
    const auto inCurrency = [&](double value, const QString &currency, AmountQualifier qualifier) {
        return compact ? formatAmountCompact(value, currency, qualifier) : formatAmount(value, currency, qualifier);
    };
    const double units = double(amount.units);
    const auto converted = filter.currency.isEmpty() || filter.currency == amount.currency
        ? std::nullopt
        : convert(amount, year, filter.currency);
    if (!converted)
        return inCurrency(units, amount.currency, amount.qualifier);
    // A compact label states the qualifier once, on the figure it leads with.
    const AmountQualifier bracketed = compact ? AmountQualifier::Exact : amount.qualifier;
    return inCurrency(converted->value, converted->currency, amount.qualifier) + u" ("_s
        + inCurrency(units, amount.currency, bracketed) + u')';
}

void Analysis::addTotalSources(QStringList &sourceIds, const QList<CountedProgramme> &counted,
                               const QString &currency) const
{
    QList<const Programme *> programmes;
    for (const CountedProgramme &c : counted) {
        appendUnique(sourceIds, c.programme->source.sourceId);
        programmes.append(c.programme);
        for (const Programme *part : c.countedElsewhere) {
            for (const Overlap *overlap : m_dataset->overlapsOf(part->id))
                appendUnique(sourceIds, overlap->source.sourceId);
        }
    }
    addFxSources(sourceIds, programmes, currency);
}

void Analysis::addFxSources(QStringList &sourceIds, const QList<const Programme *> &programmes,
                            const QString &currency) const
{
    for (const Programme *programme : programmes) {
        if (programme->amount.currency == currency)
            continue;
        for (const QString &code : {programme->amount.currency, currency}) {
            if (const ExchangeRate *rate = m_converter.rateFor(code, programme->announced.year))
                appendUnique(sourceIds, rate->source.sourceId);
        }
    }
}

TimelineData Analysis::timeline(const Filter &filter) const
{
    TimelineData data;
    data.mode = filter.timelineMode;
    data.currency = chartCurrency(filter);
    QHash<QString, double> countryTotals;

    if (filter.timelineMode == TimelineMode::Announcements) {
        const QList<const Programme *> shown = programmes(filter);
        for (const Programme *p : shown) {
            const auto converted = convert(p->amount, p->announced.year, data.currency);
            if (!converted)
                continue;
            TimelinePoint point;
            point.programmeId = p->id;
            point.countryCode = p->countryCode;
            point.name = programmeName(*p);
            point.date = p->announced.firstDay();
            point.value = converted->value;
            point.compactAmount = formatAmountCompact(converted->value, converted->currency, p->amount.qualifier);
            point.amountAsAnnounced = formatMoney(p->amount);
            point.amountConverted = formatAmount(converted->value, converted->currency, p->amount.qualifier)
                + tr(" at %1 average rates").arg(converted->rateYear);
            point.dateText = formatPartialDate(p->announced);
            point.status = label(p->status);
            point.source = shortCitation(p->source.sourceId);
            data.points.append(point);
            countryTotals[p->countryCode] += converted->value;
            appendUnique(data.sourceIds, p->source.sourceId);
        }
        addFxSources(data.sourceIds, shown, data.currency);
        for (const TimelineEvent *event : events(filter)) {
            data.events.append({event->countryCode, event->date.firstDay(), localised(event->titleEn, event->titleJa),
                                label(event->kind)});
            countryTotals.insert(event->countryCode, countryTotals.value(event->countryCode));
            appendUnique(data.sourceIds, event->source.sourceId);
        }
        data.note = tr("Each marker is one programme at its announcement date; amounts at announcement-year "
                       "average exchange rates, logarithmic scale.");
    } else {
        const QList<CountedProgramme> counted = countedProgrammes(filter);
        std::map<int, QHash<QString, double>> byYear;
        QHash<QString, double> groupTotals;
        QHash<QString, QString> groupLabels;
        for (const CountedProgramme &c : counted) {
            const auto value = countedValue(c, data.currency);
            if (!value)
                continue;
            const Programme *p = c.programme;
            const QString group = filter.stackBy == StackBy::Country ? p->countryCode : enumKey(p->category);
            groupLabels.insert(group, filter.stackBy == StackBy::Country ? countryName(group) : label(p->category));
            const double perYear = *value / p->durationYears();
            for (int year = p->startYear; year <= p->endYear; ++year)
                byYear[year][group] += perYear;
            groupTotals[group] += *value;
            if (filter.stackBy == StackBy::Country)
                countryTotals[p->countryCode] += *value;
        }
        addTotalSources(data.sourceIds, counted, data.currency);
        if (!byYear.empty()) {
            for (int year = byYear.begin()->first; year <= byYear.rbegin()->first; ++year)
                data.years.append(year);
        }
        // Past kMaxStacks series a chart is unreadable: the smallest groups fold into one "Others" stack.
        const QStringList groups = keysByTotal(groupTotals);
        for (qsizetype i = 0; i < groups.size(); ++i) {
            const bool fold = groups.size() > kMaxStacks && i >= kMaxStacks - 1;
            if (fold && i > kMaxStacks - 1) {
                for (qsizetype y = 0; y < data.years.size(); ++y)
                    data.stacks.last().values[y] += byYear[data.years.at(y)].value(groups.at(i));
                continue;
            }
            StackedSeries series{fold ? u"others"_s : groups.at(i), fold ? tr("Others") : groupLabels.value(groups.at(i)),
                                 {}};
            for (int year : std::as_const(data.years))
                series.values.append(byYear[year].value(groups.at(i)));
            data.stacks.append(series);
        }
        data.note = tr("Each programme's amount spread evenly over its start to end years; components of an "
                       "umbrella programme are not counted twice; withdrawn money is left out.");
    }
    data.countryOrder = keysByTotal(countryTotals);
    for (const QString &code : std::as_const(data.countryOrder))
        data.countryNames.insert(code, countryName(code));
    return data;
}

QString Analysis::recipientsProgramme(const Filter &filter) const
{
    if (!filter.programmeId.isEmpty() && m_dataset->programme(filter.programmeId))
        return filter.programmeId;
    const Programme *best = nullptr;
    qsizetype bestCount = 0;
    for (const Programme *p : programmes(filter)) {
        const qsizetype count = m_dataset->allocationsOf(p->id).size();
        if (count > bestCount || (count == bestCount && count > 0 && best && best->announced < p->announced)) {
            best = p;
            bestCount = count;
        }
    }
    return best ? best->id : QString();
}

RecipientsData Analysis::recipients(const Filter &filter) const
{
    RecipientsData data;
    data.mode = filter.recipientsMode;
    data.currency = chartCurrency(filter);
    for (const Programme *p : programmes(filter)) {
        if (!m_dataset->allocationsOf(p->id).isEmpty())
            data.programmes.append({p->id, countryName(p->countryCode) + u" · "_s + programmeName(*p)});
    }

    if (filter.recipientsMode == RecipientsMode::Programme) {
        data.programmeId = recipientsProgramme(filter);
        const Programme *p = m_dataset->programme(data.programmeId);
        if (!p)
            return data;
        data.title = programmeName(*p) + u" — "_s + formatMoney(p->amount);
        appendUnique(data.sourceIds, p->source.sourceId);
        for (const Allocation *a : m_dataset->allocationsOf(p->id)) {
            RecipientBar bar;
            bar.recipientId = a->recipientId;
            bar.label = recipientName(a->recipientId);
            bar.value = convertedValue(a->amount, p->announced.year, data.currency);
            if (a->amount.currency == p->amount.currency && p->amount.units > 0)
                bar.share = double(a->amount.units) / double(p->amount.units);
            bar.amountText = amountText(a->amount, p->announced.year, filter, true);
            data.bars.append(bar);
            appendUnique(data.sourceIds, a->source.sourceId);
        }
        addFxSources(data.sourceIds, {p}, data.currency);
        data.note = tr("Share: each recipient's amount as a share of the programme's announced amount (%1).")
                        .arg(formatMoney(p->amount));
    } else {
        QHash<QString, RecipientBar> byRecipient;
        QHash<QString, int> programmeCounts;
        QList<const Programme *> contributing;
        for (const Programme *p : programmes(filter)) {
            if (p->status == Status::Withdrawn)
                continue;
            const QList<const Allocation *> allocations = m_dataset->allocationsOf(p->id);
            if (allocations.isEmpty())
                continue;
            contributing.append(p);
            for (const Allocation *a : allocations) {
                RecipientBar &bar = byRecipient[a->recipientId];
                bar.recipientId = a->recipientId;
                bar.label = recipientName(a->recipientId);
                bar.value += convertedValue(a->amount, p->announced.year, data.currency);
                programmeCounts[a->recipientId] += 1;
                appendUnique(data.sourceIds, a->source.sourceId);
            }
        }
        addFxSources(data.sourceIds, contributing, data.currency);
        for (RecipientBar bar : std::as_const(byRecipient)) {
            bar.amountText = formatAmountCompact(bar.value, data.currency);
            bar.detail = tr("%n programme(s)", nullptr, programmeCounts.value(bar.recipientId));
            data.bars.append(bar);
        }
        data.title = tr("Recipients ranked across all programmes");
        data.note = tr("Sum of each recipient's allocations across the selected programmes, at announcement-year "
                       "average exchange rates.");
    }
    std::sort(data.bars.begin(), data.bars.end(), [](const RecipientBar &a, const RecipientBar &b) {
        return a.value != b.value ? a.value > b.value : a.label < b.label;
    });
    return data;
}

ComparisonData Analysis::comparison(const Filter &filter) const
{
    ComparisonData data;
    data.measure = filter.measure;
    const QString currency = chartCurrency(filter);

    if (filter.measure == Measure::Adoption) {
        const IndicatorSeries *series = m_dataset->series(filter.indicatorSeriesId);
        if (!series && !m_dataset->indicatorSeries.isEmpty())
            series = &m_dataset->indicatorSeries.constFirst();
        if (!series)
            return data;
        data.unit = u"%"_s;
        const QString seriesName = localised(series->nameEn, series->nameJa);
        data.valueAxis = seriesName + u" (%)"_s;
        data.seriesKeys = {series->id};
        data.seriesLabels = {seriesName};
        QHash<QString, const IndicatorValue *> latest;
        for (const IndicatorValue &value : m_dataset->indicators) {
            if (value.seriesId != series->id || value.year > filter.toYear
                || (!filter.countries.isEmpty() && !filter.countries.contains(value.countryCode)))
                continue;
            const IndicatorValue *&current = latest[value.countryCode];
            if (!current || value.year > current->year)
                current = &value;
        }
        QSet<int> years;
        for (const IndicatorValue *value : std::as_const(latest)) {
            data.rows.append({value->countryCode, countryName(value->countryCode), {value->value}, value->value,
                              QLocale::c().toString(value->value, 'f', 1) + u'%'});
            years.insert(value->year);
            appendUnique(data.sourceIds, value->source.sourceId);
        }
        QList<int> sortedYears(years.cbegin(), years.cend());
        std::sort(sortedYears.begin(), sortedYears.end());
        QStringList yearTexts;
        for (int year : sortedYears)
            yearTexts.append(QString::number(year));
        data.note = tr("Survey: %1 (%2). %3").arg(series->survey, yearTexts.join(u", "_s), series->definition);
        if (sortedYears.size() > 1) {
            data.warning = tr("Values come from different survey years (%1): the latest available for each "
                              "country up to %2. Compare with care.")
                               .arg(yearTexts.join(u", "_s))
                               .arg(filter.toYear);
        }
    } else {
        const QList<CountedProgramme> counted = countedProgrammes(filter);
        // Per country and category: committed totals, or for GDP share the average annual amount in USD.
        QHash<QString, QHash<QString, double>> sums;
        const int windowYears = filter.toYear - filter.fromYear + 1;
        const QString sumCurrency = filter.measure == Measure::GdpShare ? u"USD"_s : currency;
        for (const CountedProgramme &c : counted) {
            auto value = countedValue(c, sumCurrency);
            if (!value)
                continue;
            const Programme *p = c.programme;
            if (filter.measure == Measure::GdpShare) {
                const int overlap = std::min(p->endYear, filter.toYear) - std::max(p->startYear, filter.fromYear) + 1;
                *value = overlap > 0 ? *value / p->durationYears() * overlap / windowYears : 0;
            }
            sums[p->countryCode][enumKey(p->category)] += *value;
        }
        addTotalSources(data.sourceIds, counted, sumCurrency);
        for (Category category : allEnumValues<Category>()) {
            const QString key = enumKey(category);
            const bool present = std::any_of(sums.cbegin(), sums.cend(), [&](const QHash<QString, double> &byCategory) {
                return byCategory.value(key) > 0;
            });
            if (present) {
                data.seriesKeys.append(key);
                data.seriesLabels.append(label(category));
            }
        }
        QSet<int> contextYears;
        for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
            double divisor = 1;
            if (filter.measure != Measure::Total) {
                const auto &series = filter.measure == Measure::PerCapita ? m_dataset->population : m_dataset->gdpUsd;
                const CountryFigure *figure = m_dataset->latestFigure(series, it.key(), filter.toYear);
                if (!figure) {
                    data.missing.append(countryName(it.key()));
                    continue;
                }
                divisor = filter.measure == Measure::PerCapita ? figure->value : figure->value / 100.0;
                contextYears.insert(figure->year);
                appendUnique(data.sourceIds, figure->source.sourceId);
            }
            ComparisonRow row{it.key(), countryName(it.key()), {}, 0, {}};
            for (const QString &key : std::as_const(data.seriesKeys)) {
                const double value = it->value(key) / divisor;
                row.values.append(value);
                row.total += value;
            }
            if (filter.measure == Measure::GdpShare)
                row.totalText = QLocale::c().toString(row.total, 'f', row.total < 0.01 ? 4 : 3) + u'%';
            else if (filter.measure == Measure::PerCapita)
                row.totalText = formatPerPerson(row.total, currency);
            else
                row.totalText = formatAmountCompact(row.total, currency);
            data.rows.append(row);
        }
        std::sort(data.missing.begin(), data.missing.end());
        QList<int> years(contextYears.cbegin(), contextYears.cend());
        std::sort(years.begin(), years.end());
        QStringList yearTexts;
        for (int year : years)
            yearTexts.append(QString::number(year));
        switch (filter.measure) {
        case Measure::Total:
            data.unit = currency;
            data.valueAxis = tr("Committed funding (%1)").arg(currency);
            data.note = tr("Sum of programmes announced %1–%2 at announcement-year average exchange rates; "
                           "components of an umbrella counted once.")
                            .arg(filter.fromYear)
                            .arg(filter.toYear);
            break;
        case Measure::PerCapita:
            data.unit = tr("%1 per person").arg(currency);
            data.valueAxis = tr("Committed funding per person (%1)").arg(currency);
            data.note = tr("Committed funding divided by population of the latest year available up to %1 (%2).")
                            .arg(filter.toYear)
                            .arg(yearTexts.join(u", "_s));
            break;
        case Measure::GdpShare:
            data.unit = tr("% of GDP");
            data.valueAxis = tr("Average annual funding, % of GDP");
            data.note = tr("Each programme spread evenly over its years; average per year over %1–%2, divided by "
                           "GDP in current US dollars of the latest year available (%3).")
                            .arg(filter.fromYear)
                            .arg(filter.toYear)
                            .arg(yearTexts.join(u", "_s));
            break;
        case Measure::Adoption:
            break;
        }
        if (!data.missing.isEmpty())
            data.note += u' ' + tr("No data for: %1.").arg(data.missing.join(u", "_s));
    }
    std::sort(data.rows.begin(), data.rows.end(), [](const ComparisonRow &a, const ComparisonRow &b) {
        return a.total != b.total ? a.total > b.total : a.code < b.code;
    });
    return data;
}

ProgrammeDetail Analysis::detail(const QString &programmeId, const Filter &filter) const
{
    const Programme *p = m_dataset->programme(programmeId);
    if (!p)
        return {};
    ProgrammeDetail detail;
    detail.title = programmeName(*p);
    const auto add = [&](const QString &label, const QString &value) {
        if (!value.isEmpty())
            detail.fields.append({label, value});
    };
    add(displayLanguage() == Language::Japanese ? tr("English name") : tr("Japanese name"),
        displayLanguage() == Language::Japanese ? p->nameEn : p->nameJa);
    add(tr("Country"), countryName(p->countryCode));
    add(tr("Announced by"), bodyName(*p));
    add(tr("Announced"), formatPartialDate(p->announced));
    add(tr("Amount as announced"), formatMoney(p->amount));
    // The figure in US dollars, and in the display currency when that is another one.
    QStringList currencies{u"USD"_s};
    if (!filter.currency.isEmpty() && filter.currency != u"USD")
        currencies.append(filter.currency);
    for (const QString &currency : std::as_const(currencies)) {
        if (currency == p->amount.currency)
            continue;
        if (const auto converted = convert(p->amount, p->announced.year, currency)) {
            add(tr("In %1").arg(currency),
                formatAmount(converted->value, currency, p->amount.qualifier)
                    + tr(" (%1 average rate%2)")
                          .arg(converted->rateYear)
                          .arg(converted->rateFallback ? tr(", nearest year available") : QString()));
        }
    }
    add(tr("Period"), p->startYear == p->endYear ? QString::number(p->startYear)
                                                 : QStringLiteral("%1–%2").arg(p->startYear).arg(p->endYear));
    add(tr("Status"), label(p->status));
    add(tr("Category"), label(p->category));
    add(tr("Funding type"), label(p->funding));
    // "Foundation model support (about ¥1 trillion)": how a related programme is named in the pane.
    const auto withAmount = [&](const Programme &other) -> QString {
        return programmeName(other) + u" ("_s + formatMoney(other.amount) + u')';
    };
    if (const Programme *parent = m_dataset->programme(p->parentId))
        add(tr("Part of"), withAmount(*parent));
    QStringList components;
    for (const Programme *component : m_dataset->componentsOf(p->id))
        components.append(withAmount(*component));
    add(tr("Components"), components.join(u'\n'));
    // Overlaps: the same money in a second umbrella, with the source that says so. A link to a programme a
    // hand-edited database lacks is skipped rather than followed.
    const auto addOverlap = [&](QStringList &into, const Overlap *overlap, const QString &otherId) {
        const Programme *other = m_dataset->programme(otherId);
        if (!other)
            return;
        QString text = withAmount(*other) + u'\n' + shortCitation(overlap->source.sourceId) + u": “"_s
            + overlap->source.quote + u'”';
        if (!overlap->note.isEmpty())
            text += u'\n' + overlap->note;
        into.append(text);
    };
    QStringList alsoPartOf;
    for (const Overlap *overlap : m_dataset->overlapsOf(p->id))
        addOverlap(alsoPartOf, overlap, overlap->partOfId);
    add(tr("Also part of (counted once)"), alsoPartOf.join(u'\n'));
    QStringList alsoContains;
    for (const Overlap *overlap : m_dataset->overlapsInto(p->id))
        addOverlap(alsoContains, overlap, overlap->programmeId);
    add(tr("Also contains (counted once)"), alsoContains.join(u'\n'));
    QStringList recipients;
    for (const Allocation *a : m_dataset->allocationsOf(p->id))
        recipients.append(recipientName(a->recipientId) + u": "_s + formatMoney(a->amount));
    add(tr("Recipients"), recipients.join(u'\n'));
    add(tr("Notes"), p->notes);
    if (const Source *source = m_dataset->source(p->source.sourceId)) {
        add(tr("Source"), source->publisher + u'\n' + source->title);
        add(tr("Published"), source->published.isValid() ? formatPartialDate(source->published) : tr("undated"));
        add(tr("URL"), source->url);
        add(tr("Quoted"), u'“' + p->source.quote + u'”');
    }
    for (const Dispute *dispute : m_dataset->disputesOf(p->id)) {
        QStringList parts;
        if (dispute->alternativeAmount)
            parts.append(formatMoney(*dispute->alternativeAmount));
        if (dispute->alternativeDate)
            parts.append(formatPartialDate(*dispute->alternativeDate));
        const Source *source = m_dataset->source(dispute->source.sourceId);
        if (source)
            parts.append(shortCitation(source->id) + u'\n' + source->url);
        parts.append(u'“' + dispute->source.quote + u'”');
        if (!dispute->note.isEmpty())
            parts.append(dispute->note);
        add(tr("Disputed: another source says"), parts.join(u'\n'));
    }
    return detail;
}

QString Analysis::describe(const Filter &filter) const
{
    QStringList parts;
    if (filter.countries.isEmpty()) {
        parts.append(tr("All countries"));
    } else {
        QStringList names;
        for (const QString &code : filter.countries)
            names.append(countryName(code));
        parts.append(names.join(u", "_s));
    }
    parts.append(QStringLiteral("%1–%2").arg(filter.fromYear).arg(filter.toYear));
    parts.append(filter.category ? label(*filter.category) : tr("All categories"));
    QStringList funding;
    for (FundingType type : allEnumValues<FundingType>()) {
        if (filter.funding.contains(type))
            funding.append(label(type));
    }
    parts.append(funding.join(u" + "_s));
    parts.append(filter.currency.isEmpty() ? tr("Amounts as announced (charts in USD)") : filter.currency);
    return parts.join(u" · "_s);
}

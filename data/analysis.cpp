#include "analysis.h"

#include "datasetstore.h"
#include "displaytext.h"

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

QStringList keysByTotal(const StringHash<double> &totals)
{
    QStringList keys;
    keys.reserve(qsizetype(totals.size()));
    for (const auto &[key, total] : totals)
        keys.append(key);
    std::sort(keys.begin(), keys.end(), [&](const QString &a, const QString &b) {
        const double ta = totals.at(a), tb = totals.at(b);
        return ta != tb ? ta > tb : a < b;
    });
    return keys;
}

void appendSourceId(QStringList &list, const QString &value)
{
    if (!value.isEmpty())
        list.append(value);
}

void removeRepeatedIds(QStringList &ids)
{
    StringSet seen;
    const auto repeated =
        std::remove_if(ids.begin(), ids.end(), [&](const QString &id) { return !seen.insert(id).second; });
    ids.erase(repeated, ids.end());
}

AnalysisLoadResult loadAnalysis(const QString &databasePath)
{
    DatasetLoadResult loaded = readDatasetDatabase(databasePath);
    if (!loaded.dataset)
        return {nullptr, loaded.error};
    return {std::make_shared<const Analysis>(std::make_shared<const Dataset>(std::move(*loaded.dataset))),
            {}};
}

Analysis::Analysis(std::shared_ptr<const Dataset> dataset)
    : m_dataset(std::move(dataset)), m_converter(m_dataset->exchangeRates),
      m_countriesByFunding(rankCountriesByFunding())
{
}

QStringList Analysis::rankCountriesByFunding() const
{
    StringHash<double> totals;
    for (const CountedProgramme &counted : countedProgrammes(defaultFilter(*m_dataset)))
        totals[counted.programme->countryCode] += countedValue(counted, u"USD"_s).value_or(0);
    return keysByTotal(totals);
}

bool Analysis::matches(const Programme &programme, const Filter &filter) const
{
    return (filter.countries.isEmpty() || filter.countries.contains(programme.countryCode)) &&
           programme.announced.year >= filter.fromYear && programme.announced.year <= filter.toYear &&
           (!filter.category || *filter.category == programme.category) &&
           filter.funding.contains(programme.funding);
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
    for (const QString &field : {p.nameEn, p.nameJa, p.bodyEn, p.bodyJa, p.id, p.countryCode,
                                 countryName(*this, p.countryCode), p.notes}) {
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
        if ((filter.countries.isEmpty() || filter.countries.contains(event.countryCode)) &&
            event.date.year >= filter.fromYear && event.date.year <= filter.toYear)
            result.append(&event);
    }
    return result;
}

QList<CountedProgramme> Analysis::countedProgrammes(const Filter &filter) const
{
    QList<CountedProgramme> result = uppermostProgrammes(filter);
    takeOutSharedParts(result);
    return result;
}

// The live (not withdrawn) programmes the filter selects that no selected live umbrella contains.
QList<CountedProgramme> Analysis::uppermostProgrammes(const Filter &filter) const
{
    // Flags by a programme's position in the dataset: a set of ids cost more than the rest of the search.
    std::vector<bool> isLive(m_dataset->programmes.size());
    QList<const Programme *> live;
    for (const Programme *programme : programmes(filter)) {
        if (programme->status != Status::Withdrawn) {
            live.append(programme);
            isLive[m_dataset->positionOf(*programme)] = true;
        }
    }
    QList<CountedProgramme> result;
    for (const Programme *programme : std::as_const(live)) {
        const QList<const Programme *> umbrellas = m_dataset->umbrellasOf(*programme);
        if (std::none_of(umbrellas.cbegin(), umbrellas.cend(),
                         [&](const Programme *umbrella) { return isLive[m_dataset->positionOf(*umbrella)]; }))
            result.append(CountedProgramme{programme, {}});
    }
    return result;
}

// A part that several counted umbrellas contain stays in the first and is taken out of the others.
void Analysis::takeOutSharedParts(QList<CountedProgramme> &result) const
{
    std::vector<qsizetype> resultIndex(m_dataset->programmes.size(), -1); // by position in the dataset
    for (qsizetype i = 0; i < result.size(); ++i)
        resultIndex[m_dataset->positionOf(*result.at(i).programme)] = i;
    // Parts with a second umbrella, outermost first, so a part inside one already taken out is skipped.
    QList<std::pair<const Programme *, QList<const Programme *>>> sharedParts;
    for (const Overlap &overlap : m_dataset->overlaps) {
        const Programme *part = m_dataset->programme(overlap.programmeId);
        if (part && std::none_of(sharedParts.cbegin(), sharedParts.cend(),
                                 [&](const auto &s) { return s.first == part; }))
            sharedParts.append({part, m_dataset->umbrellasOf(*part)});
    }
    std::stable_sort(sharedParts.begin(), sharedParts.end(),
                     [](const auto &a, const auto &b) { return a.second.size() < b.second.size(); });
    for (const auto &[part, umbrellas] : std::as_const(sharedParts)) {
        bool firstHolder = true;
        for (const Programme *umbrella : umbrellas) {
            const qsizetype holder = resultIndex[m_dataset->positionOf(*umbrella)];
            if (holder < 0)
                continue;
            if (std::exchange(firstHolder, false))
                continue;
            QList<const Programme *> &takenOut = result[holder].countedElsewhere;
            // An init-capture: clang before 16 (the fuzz build's) cannot capture a structured binding.
            const bool alreadyOut =
                std::any_of(takenOut.cbegin(), takenOut.cend(),
                            [&umbrellas = umbrellas](const Programme *p) { return umbrellas.contains(p); });
            if (!alreadyOut)
                takenOut.append(part);
        }
    }
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

void Analysis::addTotalSources(QStringList &sourceIds, const QList<CountedProgramme> &counted,
                               const QString &currency) const
{
    QList<const Programme *> programmes;
    for (const CountedProgramme &c : counted) {
        appendSourceId(sourceIds, c.programme->source.sourceId);
        programmes.append(c.programme);
        for (const Programme *part : c.countedElsewhere) {
            for (const Overlap *overlap : m_dataset->overlapsOf(part->id))
                appendSourceId(sourceIds, overlap->source.sourceId);
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
                appendSourceId(sourceIds, rate->source.sourceId);
        }
    }
}

QString Analysis::recipientsProgramme(const Filter &filter) const
{
    if (!filter.programmeId.isEmpty() && m_dataset->programme(filter.programmeId))
        return filter.programmeId;
    // Where the dataset says to start, while the filter keeps it; else the one with the most recipients.
    const QList<const Programme *> shown = programmes(filter);
    const QString start = m_dataset->info.startProgrammeId;
    if (std::any_of(shown.cbegin(), shown.cend(), [&](const Programme *p) { return p->id == start; }) &&
        !m_dataset->allocationsOf(start).isEmpty())
        return start;
    const Programme *best = nullptr;
    qsizetype bestCount = 0;
    for (const Programme *p : shown) {
        const qsizetype count = m_dataset->allocationCount(*p);
        if (count > bestCount ||
            (count == bestCount && count > 0 && best && best->announced < p->announced)) {
            best = p;
            bestCount = count;
        }
    }
    return best ? best->id : QString();
}

#include "analysis.h"

#include "datasetstore.h"
#include "displaytext.h"
#include "freedonworker.h"

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

namespace {

std::shared_ptr<const Analysis> analysisOf(std::shared_ptr<const Dataset> dataset)
{
    return shareFreedOnWorker(new const Analysis(std::move(dataset)));
}

std::shared_ptr<const Dataset> shared(Dataset &&dataset)
{
    return shareFreedOnWorker(new const Dataset(std::move(dataset)));
}

// The analysis of a dataset the loader checked, its snapshot kept under `key`; or the problems it found.
AnalysisLoadResult checkedResult(DatasetLoadResult loaded, const DatasetSnapshots::Key &key,
                                 const DatasetSnapshots &snapshots)
{
    if (!loaded.dataset)
        return {nullptr, loaded.error, loaded.problems, loaded.warnings};
    std::shared_ptr<const Dataset> dataset = shared(std::move(*loaded.dataset));
    snapshots.writeInBackground(key, dataset, loaded.warnings);
    return {analysisOf(std::move(dataset)), {}, {}, loaded.warnings};
}

enum class CheckedForm
{
    Ignored,
    Read,
};

AnalysisLoadResult load(const QString &databasePath, const QList<ImportFile> &imports,
                        const DatasetSnapshots &snapshots, CheckedForm form)
{
    // Taken before the files are read, so a change while they are checked cannot hide behind the snapshot.
    const DatasetSnapshots::Key key = snapshots.keyFor(databasePath, imports);
    if (std::optional<DatasetSnapshots::Kept> kept = snapshots.read(key))
        return {analysisOf(shared(std::move(kept->dataset))), {}, {}, kept->warnings, true};
    if (form == CheckedForm::Read && imports.isEmpty()) {
        if (std::optional<Dataset> unchecked = readCheckedForm(databasePath))
            return {analysisOf(shared(std::move(*unchecked))), {}, {}, {}, false, true};
    }
    return checkedResult(readDatasetDatabase(databasePath, imports), key, snapshots);
}

} // namespace

AnalysisLoadResult loadAnalysis(const QString &databasePath, const QList<ImportFile> &imports,
                                const DatasetSnapshots &snapshots)
{
    return load(databasePath, imports, snapshots, CheckedForm::Ignored);
}

AnalysisLoadResult openAnalysis(const QString &databasePath, const QList<ImportFile> &imports,
                                const DatasetSnapshots &snapshots)
{
    return load(databasePath, imports, snapshots, CheckedForm::Read);
}

AnalysisLoadResult checkOpenedAnalysis(const QString &databasePath,
                                       const std::shared_ptr<const Analysis> &opened,
                                       const DatasetSnapshots &snapshots)
{
    const DatasetSnapshots::Key key = snapshots.keyFor(databasePath, {});
    DatasetLoadResult checked = readDatasetDatabase(databasePath);
    const DatasetTables &shown = opened->dataset();
    if (checked.dataset && static_cast<const DatasetTables &>(*checked.dataset) == shown) {
        snapshots.writeInBackground(key, opened->sharedDataset(), {});
        return {opened, {}};
    }
    return checkedResult(std::move(checked), key, snapshots);
}

Analysis::Analysis(std::shared_ptr<const Dataset> dataset)
    : m_dataset(std::move(dataset)), m_converter(m_dataset->exchangeRates)
{
    findFacts();
    m_countriesByFunding = rankCountriesByFunding();
}

void Analysis::findFacts()
{
    const Dataset &d = *m_dataset;
    const auto numberCountry = [&](const QString &code) {
        const auto [entry, added] = m_countryNumbers.try_emplace(code, int(m_countryCodes.size()));
        if (added)
            m_countryCodes.append(code);
        return entry->second;
    };
    m_programmeFacts.reserve(std::size_t(d.programmes.size()));
    for (const Programme &p : d.programmes) {
        ProgrammeFacts &facts = m_programmeFacts.emplace_back();
        facts.year = p.announced.year;
        facts.country = numberCountry(p.countryCode);
        facts.category = p.category;
        facts.funding = p.funding;
        facts.status = p.status;
        facts.source = sourcePosition(p.source);
        facts.currency = m_converter.currencyNumber(p.amount.currency);
        facts.rate = m_converter.rateFor(facts.currency, p.announced.year);
        facts.umbrellasBegin = qsizetype(m_umbrellaPositions.size());
        for (const Programme *umbrella : d.umbrellasOf(p))
            m_umbrellaPositions.push_back(qsizetype(d.positionOf(*umbrella)));
        facts.umbrellasEnd = qsizetype(m_umbrellaPositions.size());
    }
    std::vector<bool> isSharedPart(std::size_t(d.programmes.size()));
    for (const Overlap &overlap : d.overlaps) {
        const Programme *part = d.programme(overlap.programmeId);
        if (!part || isSharedPart[d.positionOf(*part)])
            continue;
        isSharedPart[d.positionOf(*part)] = true;
        m_sharedParts.append({part, d.umbrellasOf(*part)});
    }
    std::stable_sort(m_sharedParts.begin(), m_sharedParts.end(),
                     [](const auto &a, const auto &b) { return a.second.size() < b.second.size(); });
    m_eventFacts.reserve(std::size_t(d.events.size()));
    for (const TimelineEvent &event : d.events)
        m_eventFacts.push_back({numberCountry(event.countryCode), sourcePosition(event.source)});
}

qsizetype Analysis::sourcePosition(const SourceRef &source) const
{
    const Source *found = m_dataset->source(source.sourceId);
    return found ? found - m_dataset->sources.constData() : -1;
}

int Analysis::countryNumber(const QString &code) const
{
    const auto found = m_countryNumbers.find(code);
    return found == m_countryNumbers.end() ? -1 : found->second;
}

Selection::Selection(const Analysis &analysis, const Filter &filter)
    : m_analysis(&analysis), m_everyCountry(filter.countries.isEmpty()),
      m_countries(std::size_t(analysis.m_countryCodes.size())), m_fromYear(filter.fromYear),
      m_toYear(filter.toYear), m_category(filter.category)
{
    for (const QString &code : filter.countries) {
        if (const int country = analysis.countryNumber(code); country >= 0)
            m_countries[std::size_t(country)] = true;
    }
    for (FundingType funding : filter.funding)
        m_fundingTypes |= 1u << unsigned(funding);
}

bool Selection::selectsProgrammeAt(std::size_t position) const
{
    const Analysis::ProgrammeFacts &facts = m_analysis->m_programmeFacts[position];
    return selectsCountry(facts.country) && selectsYear(facts.year) &&
           (!m_category || *m_category == facts.category) &&
           (m_fundingTypes & (1u << unsigned(facts.funding))) != 0;
}

bool Selection::selects(const Programme &programme) const
{
    return selectsProgrammeAt(m_analysis->dataset().positionOf(programme));
}

bool Selection::selects(const TimelineEvent &event) const
{
    return selectsCountry(m_analysis->m_eventFacts[m_analysis->dataset().positionOf(event)].country) &&
           selectsYear(event.date.year);
}

QStringList Analysis::rankCountriesByFunding() const
{
    StringHash<double> totals;
    const CurrencyTarget usd = m_converter.target(u"USD"_s);
    for (const CountedProgramme &counted : countedProgrammes(defaultFilter(*m_dataset)))
        totals[counted.programme->countryCode] += countedValue(counted, usd).value_or(0);
    return keysByTotal(totals);
}

QList<const Programme *> Analysis::programmes(const Filter &filter) const
{
    const Selection selection(*this, filter);
    QList<const Programme *> result;
    for (std::size_t i = 0; i < m_programmeFacts.size(); ++i) {
        if (selection.selectsProgrammeAt(i))
            result.append(&m_dataset->programmes.at(qsizetype(i)));
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
    const Selection selection(*this, filter);
    QList<const TimelineEvent *> result;
    for (const TimelineEvent &event : m_dataset->events) {
        if (selection.selects(event))
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
    const Selection selection(*this, filter);
    // Flags by a programme's position in the dataset: a set of ids cost more than the rest of the search.
    std::vector<bool> isLive(m_programmeFacts.size());
    for (std::size_t i = 0; i < m_programmeFacts.size(); ++i)
        isLive[i] = countsInTotals(m_programmeFacts[i].status) && selection.selectsProgrammeAt(i);
    QList<CountedProgramme> result;
    for (std::size_t i = 0; i < m_programmeFacts.size(); ++i) {
        const ProgrammeFacts &facts = m_programmeFacts[i];
        if (isLive[i] && std::none_of(m_umbrellaPositions.cbegin() + facts.umbrellasBegin,
                                      m_umbrellaPositions.cbegin() + facts.umbrellasEnd,
                                      [&](qsizetype umbrella) { return isLive[std::size_t(umbrella)]; }))
            result.append(CountedProgramme{&m_dataset->programmes.at(qsizetype(i)), {}});
    }
    return result;
}

// A part that several counted umbrellas contain stays in the first and is taken out of the others.
void Analysis::takeOutSharedParts(QList<CountedProgramme> &result) const
{
    std::vector<qsizetype> resultIndex(m_dataset->programmes.size(), -1); // by position in the dataset
    for (qsizetype i = 0; i < result.size(); ++i)
        resultIndex[m_dataset->positionOf(*result.at(i).programme)] = i;
    for (const auto &[part, umbrellas] : std::as_const(m_sharedParts)) {
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

std::optional<double> Analysis::countedValue(const CountedProgramme &counted,
                                             const CurrencyTarget &target) const
{
    const Programme &programme = *counted.programme;
    const auto converted = convertProgramme(programme, target);
    if (!converted)
        return std::nullopt;
    double value = converted->value;
    // The part's money is counted as the umbrella announced it: at the umbrella's rate.
    for (const Programme *part : counted.countedElsewhere)
        value -= convertedValue(part->amount, programme.announced.year, target.code);
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

std::optional<ConvertedValue> Analysis::convertProgramme(const Programme &programme,
                                                         const CurrencyTarget &target) const
{
    const ProgrammeFacts &facts = m_programmeFacts[m_dataset->positionOf(programme)];
    return m_converter.convert(programme.amount.units, programme.amount.currency, facts.currency, facts.year,
                               target);
}

double Analysis::convertedValue(const Money &amount, int year, const QString &currency) const
{
    const auto converted = m_converter.convert(amount, year, currency);
    return converted ? converted->value : 0;
}

namespace {

// Appends each id once, known by its position among those it is cited from: a flag per position, where a set
// of ids hashed one string for every programme in a total.
class CitedOnce
{
public:
    CitedOnce(QStringList &sourceIds, qsizetype positions) : m_sourceIds(sourceIds), m_cited(positions) {}

    void cite(qsizetype position, const QString &sourceId)
    {
        if (position < 0)
            appendSourceId(m_sourceIds, sourceId);
        else if (!m_cited[std::size_t(position)]) {
            m_cited[std::size_t(position)] = true;
            appendSourceId(m_sourceIds, sourceId);
        }
    }

private:
    QStringList &m_sourceIds;
    std::vector<bool> m_cited;
};

} // namespace

void Analysis::addTotalSources(QStringList &sourceIds, const QList<CountedProgramme> &counted,
                               const QString &currency) const
{
    CitedOnce sources(sourceIds, m_dataset->sources.size());
    QList<const Programme *> programmes;
    programmes.reserve(counted.size());
    for (const CountedProgramme &c : counted) {
        sources.cite(m_programmeFacts[m_dataset->positionOf(*c.programme)].source,
                     c.programme->source.sourceId);
        programmes.append(c.programme);
        for (const Programme *part : c.countedElsewhere) {
            for (const Overlap *overlap : m_dataset->overlapsOf(part->id))
                appendSourceId(sourceIds, overlap->source.sourceId);
        }
    }
    addFxSources(sourceIds, programmes, currency);
}

void Analysis::addProgrammeSources(QStringList &sourceIds, const QList<const Programme *> &programmes) const
{
    CitedOnce sources(sourceIds, m_dataset->sources.size());
    for (const Programme *programme : programmes)
        sources.cite(m_programmeFacts[m_dataset->positionOf(*programme)].source, programme->source.sourceId);
}

void Analysis::addEventSources(QStringList &sourceIds, const QList<const TimelineEvent *> &events) const
{
    CitedOnce sources(sourceIds, m_dataset->sources.size());
    for (const TimelineEvent *event : events)
        sources.cite(m_eventFacts[m_dataset->positionOf(*event)].source, event->source.sourceId);
}

void Analysis::addFxSources(QStringList &sourceIds, const QList<const Programme *> &programmes,
                            const QString &currency) const
{
    CitedOnce rates(sourceIds, m_converter.rateCount());
    const auto citeRate = [&](const ExchangeRate *rate) {
        if (rate)
            rates.cite(m_converter.positionOf(*rate), rate->source.sourceId);
    };
    const CurrencyTarget target = m_converter.target(currency);
    for (const Programme *programme : programmes) {
        const ProgrammeFacts &facts = m_programmeFacts[m_dataset->positionOf(*programme)];
        if (target.isCurrency(programme->amount.currency, facts.currency))
            continue;
        citeRate(facts.rate);
        citeRate(m_converter.rateFor(target.number, facts.year));
    }
}

QString Analysis::recipientsProgramme(const Filter &filter) const
{
    return recipientsProgramme(filter, programmes(filter));
}

QString Analysis::recipientsProgramme(const Filter &filter, const QList<const Programme *> &shown) const
{
    if (!filter.programmeId.isEmpty() && m_dataset->programme(filter.programmeId))
        return filter.programmeId;
    // Where the dataset says to start, while the filter keeps it; else the one with the most recipients.
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

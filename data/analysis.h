#pragma once

#include "currencyconverter.h"
#include "dataset.h"
#include "datasetsnapshot.h"
#include "filter.h"
#include "programmeimport.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

class Analysis;

// A filter's tests of programmes and events, prepared once per filter: its countries and funding types
// become flags, checked against numbers the Analysis gives each programme and event when it is built. At a
// thousand times the bundled data, comparing every programme's country code with the filter's codes was a
// fifth of a chart's build. Valid while its Analysis lives.
class Selection
{
public:
    Selection(const Analysis &analysis, const Filter &filter);

    bool selects(const Programme &programme) const;
    bool selects(const TimelineEvent &event) const;

private:
    friend class Analysis;
    bool selectsProgrammeAt(std::size_t position) const;
    bool selectsCountry(int country) const
    {
        return m_everyCountry || (country >= 0 && m_countries[country]);
    }
    bool selectsYear(int year) const { return year >= m_fromYear && year <= m_toYear; }

    const Analysis *m_analysis;
    bool m_everyCountry;
    std::vector<bool> m_countries; // by the Analysis's country number
    int m_fromYear;
    int m_toYear;
    std::optional<Category> m_category;
    unsigned m_fundingTypes = 0; // a bit per FundingType
};

// An opened dataset ready for the views, or the reason it could not be opened (naming the file).
struct AnalysisLoadResult
{
    std::shared_ptr<const Analysis> analysis;
    QString error;
    QStringList problems = {}; // every problem, when the compiler found any
    QStringList warnings = {}; // about the imports
    bool fromSnapshot = false; // read from a snapshot of the same files checked before
    bool unchecked = false; // read from the database's checked form: checkOpenedAnalysis() is still to come
};

// The dataset at `databasePath`, with `imports` layered over it (readDatasetDatabase). With `snapshots`,
// the same files checked before are read from their snapshot, and files checked now are kept in one. The
// analysis and its dataset are freed on a worker thread (shareFreedOnWorker).
AnalysisLoadResult loadAnalysis(const QString &databasePath, const QList<ImportFile> &imports = {},
                                const DatasetSnapshots &snapshots = {});

// As loadAnalysis(), but a dataset without imports that has no snapshot is read from its database's checked
// form (readCheckedForm()) where it has one: at a thousand times the bundled data, in a fraction of a second
// where checking the tables takes seconds. Such a result is `unchecked`, to be shown only while
// checkOpenedAnalysis() checks the file.
AnalysisLoadResult openAnalysis(const QString &databasePath, const QList<ImportFile> &imports = {},
                                const DatasetSnapshots &snapshots = {});

// Checks the file an unchecked analysis was opened from, as loadAnalysis() would, and keeps its snapshot.
// The result is `opened` itself when the file holds exactly what it shows, a new analysis of what the file
// holds when that differs, and no analysis, with the problems, when the file does not pass the checks.
AnalysisLoadResult checkOpenedAnalysis(const QString &databasePath,
                                       const std::shared_ptr<const Analysis> &opened,
                                       const DatasetSnapshots &snapshots = {});

// A programme as it adds to a total: its amount, less the parts it contains that another counted programme
// already carries (see Overlap).
struct CountedProgramme
{
    const Programme *programme = nullptr;
    QList<const Programme *> countedElsewhere;
};

// The loaded dataset and what a filter selects from it: programmes, events, and the programmes that count
// towards totals (umbrellas and overlaps counted once). No text is formatted here; the view builders
// (timelinebuilder.h, recipientsbuilder.h, comparisonbuilder.h, programmedetail.h) and displaytext.h do
// that. Every view, export and CSV goes through these functions, so they agree on what a filter selects.
// Immutable and stateless apart from the dataset; safe to share between threads.
class Analysis
{
public:
    explicit Analysis(std::shared_ptr<const Dataset> dataset);

    const Dataset &dataset() const { return *m_dataset; }
    // For results that point into the dataset and must keep it alive.
    const std::shared_ptr<const Dataset> &sharedDataset() const { return m_dataset; }
    const CurrencyConverter &converter() const { return m_converter; }

    // Programmes the filter selects, withdrawn ones included (the table and timeline show them).
    QList<const Programme *> programmes(const Filter &filter) const;
    // The Table's rows: the filter's programmes that also match its free-text search.
    QList<const Programme *> tableRows(const Filter &filter) const;
    bool matchesSearch(const Programme &programme, const QString &search) const;
    // Dated events in the filter's countries and years.
    QList<const TimelineEvent *> events(const Filter &filter) const;
    // Programmes that count towards totals: not withdrawn, and not inside a selected umbrella. A part that
    // two counted umbrellas contain stays in the first of them (its parent's line) and is taken out of the
    // rest.
    QList<CountedProgramme> countedProgrammes(const Filter &filter) const;
    // What a counted programme adds to a total in the target currency, at its announcement-year rate;
    // nothing when no rate converts it.
    std::optional<double> countedValue(const CountedProgramme &counted, const CurrencyTarget &target) const;
    // Every country with counted public money over the dataset's years, the most (in USD) first: a ranking
    // no filter changes, so colours can follow it (seriescolours.h).
    const QStringList &countriesByFunding() const { return m_countriesByFunding; }
    // Every country code of a programme or an event, numbered from 0 in the order the dataset first names
    // them: sums by country kept by number cost no hashing of codes.
    const QStringList &countryCodes() const { return m_countryCodes; }
    int countryNumberOf(const Programme &programme) const
    {
        return m_programmeFacts[m_dataset->positionOf(programme)].country;
    }
    int countryNumberOf(const TimelineEvent &event) const
    {
        return m_eventFacts[m_dataset->positionOf(event)].country;
    }
    // The programme the Recipients view shows for this filter: the requested one, else the dataset's start
    // programme if the filter selects it, else the one with the most recipients.
    QString recipientsProgramme(const Filter &filter) const;
    // The same, for a caller that has the filter's programmes already.
    QString recipientsProgramme(const Filter &filter, const QList<const Programme *> &shown) const;

    // The currency charts are drawn in: the display currency, or USD when amounts are shown as announced.
    static QString chartCurrency(const Filter &filter);
    std::optional<ConvertedMoney> convert(const Money &amount, int year, const QString &currency) const;
    double convertedValue(const Money &amount, int year, const QString &currency) const;
    // A programme's amount at its announcement-year rate, as convert() gives it, from what was found at load.
    std::optional<ConvertedValue> convertProgramme(const Programme &programme,
                                                   const CurrencyTarget &target) const;

    // Source ids behind totals of these programmes: each programme's own, the sources of the overlaps
    // taken out, and the exchange rates that converted them into `currency`. Appended to `sourceIds` in the
    // order first cited; ids already in the list may repeat, for the caller to remove (appendSourceId()).
    void addTotalSources(QStringList &sourceIds, const QList<CountedProgramme> &counted,
                         const QString &currency) const;
    // The programmes' own sources, appended as addTotalSources() does.
    void addProgrammeSources(QStringList &sourceIds, const QList<const Programme *> &programmes) const;
    // The events' sources, appended the same way.
    void addEventSources(QStringList &sourceIds, const QList<const TimelineEvent *> &events) const;
    // The exchange-rate sources that convert these programmes into `currency`, appended the same way.
    void addFxSources(QStringList &sourceIds, const QList<const Programme *> &programmes,
                      const QString &currency) const;

private:
    friend class Selection;

    // What a filter change needs of each programme, found once here and kept by the programme's position:
    // builders then compare numbers instead of strings and cite sources and rates without looking them up.
    struct ProgrammeFacts
    {
        int year = 0;     // announced
        int country = -1; // its number in countryCodes()
        Category category = Category::Other;
        FundingType funding = FundingType::Public;
        Status status = Status::Announced;
        qsizetype source = -1;              // position in the dataset's sources
        int currency = -1;                  // CurrencyConverter::currencyNumber()
        const ExchangeRate *rate = nullptr; // converts its currency in its year; null for USD
        // Its umbrellas' positions (Dataset::umbrellasOf) in m_umbrellaPositions.
        qsizetype umbrellasBegin = 0;
        qsizetype umbrellasEnd = 0;
    };
    struct EventFacts
    {
        int country = -1;
        qsizetype source = -1;
    };
    void findFacts();
    qsizetype sourcePosition(const SourceRef &source) const;
    int countryNumber(const QString &code) const;

    QList<CountedProgramme> uppermostProgrammes(const Filter &filter) const;
    void takeOutSharedParts(QList<CountedProgramme> &counted) const;

    QStringList rankCountriesByFunding() const;

    std::shared_ptr<const Dataset> m_dataset;
    CurrencyConverter m_converter;
    QStringList m_countriesByFunding;
    StringHash<int> m_countryNumbers; // the number of each code in m_countryCodes
    QStringList m_countryCodes;
    std::vector<ProgrammeFacts> m_programmeFacts;
    std::vector<qsizetype> m_umbrellaPositions;
    std::vector<EventFacts> m_eventFacts; // by an event's position
    // Each part an overlap names, once, with its umbrellas (Dataset::umbrellasOf), outermost first, so a part
    // inside one already taken out is skipped: the same for every filter, so found at load.
    QList<std::pair<const Programme *, QList<const Programme *>>> m_sharedParts;
};

// Appends a source id unless it is empty. Builders list a source each time they use it and remove the
// repeats once, at the end, with removeRepeatedIds(): a search of the list for every id grew with the square
// of the sources.
void appendSourceId(QStringList &list, const QString &value);
// Keeps the first of each id, in order: QStringList::removeDuplicates, with a quicker hash for lists of
// hundreds of thousands.
void removeRepeatedIds(QStringList &ids);
// Orders keys by their summed value, largest first, with the key as a stable tie-break.
QStringList keysByTotal(const StringHash<double> &totals);

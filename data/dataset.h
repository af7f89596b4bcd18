#pragma once

#include "country.h"
#include "countryfigure.h"
#include "exchangerate.h"
#include "indicator.h"
#include "programme.h"
#include "recipient.h"
#include "rowindex.h"
#include "source.h"
#include "timelineevent.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

// The schema this build reads and writes; a database of any other version is refused.
inline constexpr int kSchemaVersion = 5;

struct DatasetInfo
{
    QString title;
    QString version; // the dataset's own version, e.g. "2026.11.1"
    QDate dataAsOf;
    QString startProgrammeId; // where the app starts, e.g. the programme Recipients opens on; may be empty
    QStringList labelledFirstIds; // programmes a chart labels before any other, in this order
    int schemaVersion = kSchemaVersion;

    friend bool operator==(const DatasetInfo &, const DatasetInfo &) = default;
};

// Programmes a user added from a CSV file of their own (File › Import Programmes), layered over the dataset.
struct ProgrammeImport
{
    QString fileName; // the file as the user named it, for provenance: "my-programmes.csv"
    QDate importedOn;
    QStringList programmeIds; // in the file's order

    friend bool operator==(const ProgrammeImport &, const ProgrammeImport &) = default;
};

// The dataset's tables as read from the CSV sources or the database, in file order, not yet indexed.
struct DatasetTables
{
    DatasetInfo info;
    QList<Country> countries;
    QList<Source> sources;
    QList<Programme> programmes;
    QList<Dispute> disputes;
    QList<Milestone> milestones;
    QList<Overlap> overlaps;
    QList<Recipient> recipients;
    QList<Allocation> allocations;
    QList<TimelineEvent> events;
    QList<IndicatorSeries> indicatorSeries;
    QList<IndicatorValue> indicators;
    QList<ExchangeRate> exchangeRates;
    QList<CountryFigure> population;
    QList<CountryFigure> gdpUsd;

    friend bool operator==(const DatasetTables &, const DatasetTables &) = default;
};

// The whole bundled dataset in memory: small enough (thousands of rows) to filter and aggregate on every
// filter change without touching the database. The constructor builds the id indexes, so every Dataset
// answers lookups; it is immutable once built (hold it const): to change a table, build a new Dataset.
class Dataset : public DatasetTables
{
public:
    Dataset() = default;
    explicit Dataset(DatasetTables tables);

    const Country *country(const QString &code) const { return find(countries, m_indexes->countries, code); }
    const Source *source(const QString &id) const { return find(sources, m_indexes->sources, id); }
    const Programme *programme(const QString &id) const
    {
        return find(programmes, m_indexes->programmes, id);
    }
    const Recipient *recipient(const QString &id) const
    {
        return find(recipients, m_indexes->recipients, id);
    }
    const IndicatorSeries *series(const QString &id) const
    {
        return find(indicatorSeries, m_indexes->series, id);
    }

    // The programme's parent, found by position rather than by id; null for a top-level programme and for
    // a parent id that names no programme.
    const Programme *parentOf(const Programme &programme) const
    {
        const qsizetype parent = m_indexes->parentPositions.at(positionOf(programme));
        return parent < 0 ? nullptr : &programmes.at(parent);
    }
    QList<const Allocation *> allocationsOf(const QString &programmeId) const;
    // How many allocations name this programme, without looking its id up: asked for every programme a
    // filter selects.
    qsizetype allocationCount(const Programme &programme) const
    {
        return m_indexes->allocationCounts.at(positionOf(programme));
    }
    QList<const Programme *> componentsOf(const QString &programmeId) const;
    QList<const Dispute *> disputesOf(const QString &programmeId) const;
    // What sources say had been appropriated, awarded or paid of the programme, earliest first.
    QList<const Milestone *> milestonesOf(const QString &programmeId) const;
    // The furthest stage the programme's money has reached, at its latest date: what the Table shows beside
    // the amount announced. Null for a programme without milestones.
    const Milestone *latestMilestone(const Programme &programme) const
    {
        const qsizetype row = m_indexes->latestMilestones.at(positionOf(programme));
        return row < 0 ? nullptr : &milestones.at(row);
    }
    // The programme a milestone is of, found by position rather than by id; null when its id names none.
    const Programme *programmeOf(const Milestone &milestone) const
    {
        const qsizetype position = m_indexes->milestoneProgrammes.at(positionOf(milestone));
        return position < 0 ? nullptr : &programmes.at(position);
    }
    // The programme's place in info.labelledFirstIds, or -1 when a chart need not label it first.
    int labelRank(const Programme &programme) const
    {
        return m_indexes->labelRanks.at(positionOf(programme));
    }
    // Links from a part to the umbrellas, other than its parent, that also contain it.
    QList<const Overlap *> overlapsOf(const QString &programmeId) const;
    // Links from parts that this umbrella contains besides its own components.
    QList<const Overlap *> overlapsInto(const QString &umbrellaId) const;
    // Every programme whose money includes this one's: the parent chain first, then the umbrellas reached
    // through overlaps, each once.
    QList<const Programme *> umbrellasOf(const QString &programmeId) const;
    QList<const Programme *> umbrellasOf(const Programme &programme) const;
    // A row's place in its table, for flags and indexes kept by position.
    std::size_t positionOf(const Programme &programme) const
    {
        return std::size_t(&programme - programmes.constData());
    }
    std::size_t positionOf(const TimelineEvent &event) const
    {
        return std::size_t(&event - events.constData());
    }
    std::size_t positionOf(const Milestone &milestone) const
    {
        return std::size_t(&milestone - milestones.constData());
    }
    // The imports layered over the dataset, in the order they were made; their programmes are in
    // `programmes` like the dataset's own.
    const QList<ProgrammeImport> &imports() const { return m_imports; }
    void setImports(QList<ProgrammeImport> imports);
    // The import a programme came from, or null for one of the dataset's own.
    const ProgrammeImport *importOf(const Programme &programme) const
    {
        const std::size_t position = positionOf(programme);
        if (position >= m_importNumbers.size() || m_importNumbers[position] < 0)
            return nullptr;
        return &m_imports.at(m_importNumbers[position]);
    }
    // The latest figure for a country in or before `year`, or null.
    const CountryFigure *latestFigure(const QList<CountryFigure> &series, const QString &code,
                                      int year) const;

private:
    void addUmbrellas(const Programme &programme, const Programme &start,
                      QList<const Programme *> &found) const;

    template <typename T>
    static const T *find(const QList<T> &list, const RowIndex<T> &index, QStringView key)
    {
        const qsizetype row = index.firstRowOf(list, key);
        return row < 0 ? nullptr : &list.at(row);
    }

    // Built once and shared by copies: a Dataset never changes, and the indexes of a large one take a while
    // to copy.
    struct Indexes
    {
        RowIndex<Country> countries;
        RowIndex<Source> sources;
        RowIndex<Programme> programmes;
        RowIndex<Recipient> recipients;
        RowIndex<IndicatorSeries> series;
        RowIndex<Allocation> allocationsByProgramme;
        RowIndex<Programme> componentsByParent;
        RowIndex<Dispute> disputesByProgramme;
        RowIndex<Milestone> milestonesByProgramme;
        RowIndex<Overlap> overlapsByPart;
        RowIndex<Overlap> overlapsByUmbrella;
        // By a programme's position: its parent's position or -1, and whether an overlap names it as a part.
        // The umbrella search runs for every programme in a total, so it follows these instead of ids.
        std::vector<qsizetype> parentPositions;
        std::vector<qsizetype> allocationCounts;
        std::vector<bool> isOverlapPart;
        std::vector<qsizetype> latestMilestones; // the row latestMilestone() gives, or -1
        std::vector<int> labelRanks;             // what labelRank() gives
        // By a milestone's row: its programme's position, or -1.
        std::vector<qsizetype> milestoneProgrammes;
    };
    std::shared_ptr<const Indexes> m_indexes = std::make_shared<const Indexes>();
    QList<ProgrammeImport> m_imports;
    std::vector<qsizetype> m_importNumbers; // by a programme's position: its import, or -1; empty without any
};

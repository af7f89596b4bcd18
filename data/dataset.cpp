#include "dataset.h"

#include <future>

namespace {

template <typename T> QList<const T *> rowsAt(const QList<T> &list, const RowIndex<T> &index, QStringView key)
{
    const std::span<const qint32> rows = index.rowsOf(list, key);
    QList<const T *> result;
    result.reserve(qsizetype(rows.size()));
    for (const qint32 row : rows)
        result.append(&list.at(row));
    return result;
}

} // namespace

Dataset::Dataset(DatasetTables tables) : DatasetTables(std::move(tables))
{
    auto indexes = std::make_shared<Indexes>();
    // The largest index is built on a second thread while the others are built here.
    auto programmeIndex =
        std::async(std::launch::async, [this] { return RowIndex(programmes, &Programme::id); });
    indexes->countries = RowIndex(countries, &Country::code);
    indexes->sources = RowIndex(sources, &Source::id);
    indexes->recipients = RowIndex(recipients, &Recipient::id);
    indexes->series = RowIndex(indicatorSeries, &IndicatorSeries::id);
    indexes->allocationsByProgramme = RowIndex(allocations, &Allocation::programmeId);
    indexes->componentsByParent = RowIndex(programmes, &Programme::parentId);
    indexes->disputesByProgramme = RowIndex(disputes, &Dispute::programmeId);
    indexes->milestonesByProgramme = RowIndex(milestones, &Milestone::programmeId);
    indexes->overlapsByPart = RowIndex(overlaps, &Overlap::programmeId);
    indexes->overlapsByUmbrella = RowIndex(overlaps, &Overlap::partOfId);
    indexes->programmes = programmeIndex.get();
    // A programme's position by its id; a repeated id (which the compiler refuses) finds its first row.
    const auto positionOfId = [&, &index = indexes->programmes](QStringView id) {
        return index.firstRowOf(programmes, id);
    };
    indexes->parentPositions.reserve(std::size_t(programmes.size()));
    for (const Programme &p : std::as_const(programmes))
        indexes->parentPositions.push_back(positionOfId(p.parentId));
    indexes->allocationCounts.resize(std::size_t(programmes.size()));
    for (const Allocation &a : std::as_const(allocations)) {
        if (const qsizetype position = positionOfId(a.programmeId); position >= 0)
            ++indexes->allocationCounts[std::size_t(position)];
    }
    indexes->latestMilestones.assign(std::size_t(programmes.size()), -1);
    indexes->milestoneProgrammes.assign(std::size_t(milestones.size()), -1);
    for (qsizetype row = 0; row < milestones.size(); ++row) {
        const Milestone &m = milestones.at(row);
        const qsizetype position = positionOfId(m.programmeId);
        if (position < 0)
            continue;
        indexes->milestoneProgrammes[std::size_t(row)] = position;
        qsizetype &latest = indexes->latestMilestones[std::size_t(position)];
        const auto further = [](const Milestone &a, const Milestone &b) {
            return std::tie(a.stage, a.date) > std::tie(b.stage, b.date);
        };
        if (latest < 0 || further(m, milestones.at(latest)))
            latest = row;
    }
    indexes->labelRanks.assign(std::size_t(programmes.size()), -1);
    for (qsizetype rank = info.labelledFirstIds.size() - 1; rank >= 0;
         --rank) { // the first of a repeated id wins
        if (const qsizetype position = positionOfId(info.labelledFirstIds.at(rank)); position >= 0)
            indexes->labelRanks[std::size_t(position)] = int(rank);
    }
    indexes->isOverlapPart.resize(std::size_t(programmes.size()));
    for (const Overlap &o : std::as_const(overlaps)) {
        if (const qsizetype position = positionOfId(o.programmeId); position >= 0)
            indexes->isOverlapPart[std::size_t(position)] = true;
    }
    m_indexes = std::move(indexes);
}

QList<const Allocation *> Dataset::allocationsOf(const QString &programmeId) const
{
    return rowsAt(allocations, m_indexes->allocationsByProgramme, programmeId);
}

QList<const Programme *> Dataset::componentsOf(const QString &programmeId) const
{
    return rowsAt(programmes, m_indexes->componentsByParent, programmeId);
}

QList<const Dispute *> Dataset::disputesOf(const QString &programmeId) const
{
    return rowsAt(disputes, m_indexes->disputesByProgramme, programmeId);
}

QList<const Milestone *> Dataset::milestonesOf(const QString &programmeId) const
{
    QList<const Milestone *> rows = rowsAt(milestones, m_indexes->milestonesByProgramme, programmeId);
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Milestone *a, const Milestone *b) { return a->date < b->date; });
    return rows;
}

QList<const Overlap *> Dataset::overlapsOf(const QString &programmeId) const
{
    return rowsAt(overlaps, m_indexes->overlapsByPart, programmeId);
}

QList<const Overlap *> Dataset::overlapsInto(const QString &umbrellaId) const
{
    return rowsAt(overlaps, m_indexes->overlapsByUmbrella, umbrellaId);
}

QList<const Programme *> Dataset::umbrellasOf(const QString &programmeId) const
{
    const Programme *p = programme(programmeId);
    return p ? umbrellasOf(*p) : QList<const Programme *>();
}

QList<const Programme *> Dataset::umbrellasOf(const Programme &programme) const
{
    QList<const Programme *> result;
    addUmbrellas(programme, programme, result);
    return result;
}

// Depth first, parent before overlaps, so the parent chain leads. Chains are short, so the list found so far
// serves as the visited set; it also stops a cycle in a hand-edited database.
void Dataset::addUmbrellas(const Programme &programme, const Programme &start,
                           QList<const Programme *> &found) const
{
    const auto visit = [&](const Programme *container) {
        if (!container || container == &start || found.contains(container))
            return;
        found.append(container);
        addUmbrellas(*container, start, found);
    };
    const std::size_t position = positionOf(programme);
    visit(parentOf(programme));
    if (m_indexes->isOverlapPart.at(position)) {
        for (const Overlap *overlap : overlapsOf(programme.id))
            visit(this->programme(overlap->partOfId));
    }
}

const CountryFigure *Dataset::latestFigure(const QList<CountryFigure> &series, const QString &code,
                                           int year) const
{
    const CountryFigure *best = nullptr;
    for (const CountryFigure &figure : series) {
        if (figure.countryCode == code && figure.year <= year && (!best || figure.year > best->year))
            best = &figure;
    }
    return best;
}

void Dataset::setImports(QList<ProgrammeImport> imports)
{
    m_imports = std::move(imports);
    m_importNumbers.assign(std::size_t(programmes.size()), -1);
    for (qsizetype i = 0; i < m_imports.size(); ++i) {
        for (const QString &id : std::as_const(m_imports.at(i).programmeIds)) {
            if (const qsizetype position = m_indexes->programmes.firstRowOf(programmes, id); position >= 0)
                m_importNumbers[std::size_t(position)] = i;
        }
    }
}

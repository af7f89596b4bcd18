#include "dataset.h"

namespace {

// Every row's position under its key; a key that repeats (which the compiler refuses) finds its first row.
template <typename T> StringHash<qsizetype> indexBy(const QList<T> &list, QString T::*field)
{
    StringHash<qsizetype> index;
    index.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i)
        index.try_emplace(list.at(i).*field, i);
    return index;
}

// Every row's position under its key, in table order: the rows of one programme without a scan. Rows without
// a key (most programmes have no parent) are left out.
template <typename T> StringHash<QList<qsizetype>> groupBy(const QList<T> &list, QString T::*field)
{
    StringHash<QList<qsizetype>> groups;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (const QString &key = list.at(i).*field; !key.isEmpty())
            groups[key].append(i);
    }
    return groups;
}

template <typename T>
QList<const T *> rowsAt(const QList<T> &list, const StringHash<QList<qsizetype>> &groups, const QString &key)
{
    QList<const T *> result;
    if (const auto group = groups.find(key); group != groups.end()) {
        result.reserve(group->second.size());
        for (qsizetype i : group->second)
            result.append(&list.at(i));
    }
    return result;
}

} // namespace

Dataset::Dataset(DatasetTables tables) : DatasetTables(std::move(tables))
{
    auto indexes = std::make_shared<Indexes>();
    indexes->countries = indexBy(countries, &Country::code);
    indexes->sources = indexBy(sources, &Source::id);
    indexes->programmes = indexBy(programmes, &Programme::id);
    indexes->recipients = indexBy(recipients, &Recipient::id);
    indexes->series = indexBy(indicatorSeries, &IndicatorSeries::id);
    indexes->allocationsByProgramme = groupBy(allocations, &Allocation::programmeId);
    indexes->componentsByParent = groupBy(programmes, &Programme::parentId);
    indexes->disputesByProgramme = groupBy(disputes, &Dispute::programmeId);
    indexes->milestonesByProgramme = groupBy(milestones, &Milestone::programmeId);
    indexes->overlapsByPart = groupBy(overlaps, &Overlap::programmeId);
    indexes->overlapsByUmbrella = groupBy(overlaps, &Overlap::partOfId);
    const StringHash<qsizetype> &programmeIndex = indexes->programmes;
    indexes->parentPositions.reserve(std::size_t(programmes.size()));
    for (const Programme &p : std::as_const(programmes)) {
        const auto parent = p.parentId.isEmpty() ? programmeIndex.end() : programmeIndex.find(p.parentId);
        indexes->parentPositions.push_back(parent == programmeIndex.end() ? -1 : parent->second);
    }
    indexes->allocationCounts.resize(std::size_t(programmes.size()));
    for (const auto &[programmeId, rows] : indexes->allocationsByProgramme) {
        if (const auto programme = programmeIndex.find(programmeId); programme != programmeIndex.end())
            indexes->allocationCounts[std::size_t(programme->second)] = rows.size();
    }
    indexes->latestMilestones.assign(std::size_t(programmes.size()), -1);
    indexes->milestoneProgrammes.assign(std::size_t(milestones.size()), -1);
    for (qsizetype row = 0; row < milestones.size(); ++row) {
        const Milestone &m = milestones.at(row);
        const auto programme = programmeIndex.find(m.programmeId);
        if (programme == programmeIndex.end())
            continue;
        indexes->milestoneProgrammes[std::size_t(row)] = programme->second;
        qsizetype &latest = indexes->latestMilestones[std::size_t(programme->second)];
        const auto further = [](const Milestone &a, const Milestone &b) {
            return std::tie(a.stage, a.date) > std::tie(b.stage, b.date);
        };
        if (latest < 0 || further(m, milestones.at(latest)))
            latest = row;
    }
    indexes->labelRanks.assign(std::size_t(programmes.size()), -1);
    for (qsizetype rank = info.labelledFirstIds.size() - 1; rank >= 0;
         --rank) { // the first of a repeated id wins
        if (const auto p = programmeIndex.find(info.labelledFirstIds.at(rank)); p != programmeIndex.end())
            indexes->labelRanks[std::size_t(p->second)] = int(rank);
    }
    indexes->isOverlapPart.resize(std::size_t(programmes.size()));
    for (const Overlap &o : std::as_const(overlaps)) {
        if (const auto part = programmeIndex.find(o.programmeId); part != programmeIndex.end())
            indexes->isOverlapPart[std::size_t(part->second)] = true;
    }
    m_indexes = std::move(indexes);
}

QList<const Allocation *> Dataset::allocationsOf(const QString &programmeId) const
{
    return rowsAt(allocations, m_indexes->allocationsByProgramme, programmeId);
}

QList<const Programme *> Dataset::componentsOf(const QString &programmeId) const
{
    return programmeId.isEmpty() ? QList<const Programme *>()
                                 : rowsAt(programmes, m_indexes->componentsByParent, programmeId);
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
            if (const auto found = m_indexes->programmes.find(id); found != m_indexes->programmes.end())
                m_importNumbers[std::size_t(found->second)] = i;
        }
    }
}

#include "dataset.h"

namespace {

template <typename T, typename KeyOf> StringHash<qsizetype> indexBy(const QList<T> &list, KeyOf keyOf)
{
    StringHash<qsizetype> index;
    index.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i)
        index.insert_or_assign(keyOf(list.at(i)), i);
    return index;
}

// Every row's position under its key, in table order: the rows of one programme without a scan.
template <typename T, typename KeyOf> StringHash<QList<qsizetype>> groupBy(const QList<T> &list, KeyOf keyOf)
{
    StringHash<QList<qsizetype>> groups;
    for (qsizetype i = 0; i < list.size(); ++i)
        groups[keyOf(list.at(i))].append(i);
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
    m_countryIndex = indexBy(countries, [](const Country &c) { return c.code; });
    m_sourceIndex = indexBy(sources, [](const Source &s) { return s.id; });
    m_programmeIndex = indexBy(programmes, [](const Programme &p) { return p.id; });
    m_recipientIndex = indexBy(recipients, [](const Recipient &r) { return r.id; });
    m_seriesIndex = indexBy(indicatorSeries, [](const IndicatorSeries &s) { return s.id; });
    m_allocationsByProgramme = groupBy(allocations, [](const Allocation &a) { return a.programmeId; });
    m_componentsByParent = groupBy(programmes, [](const Programme &p) { return p.parentId; });
    m_disputesByProgramme = groupBy(disputes, [](const Dispute &d) { return d.programmeId; });
    m_overlapsByPart = groupBy(overlaps, [](const Overlap &o) { return o.programmeId; });
    m_overlapsByUmbrella = groupBy(overlaps, [](const Overlap &o) { return o.partOfId; });
    m_parentPositions.reserve(std::size_t(programmes.size()));
    for (const Programme &p : std::as_const(programmes)) {
        const auto parent = p.parentId.isEmpty() ? m_programmeIndex.end() : m_programmeIndex.find(p.parentId);
        m_parentPositions.push_back(parent == m_programmeIndex.end() ? -1 : parent->second);
    }
    m_isOverlapPart.resize(std::size_t(programmes.size()));
    for (const Overlap &o : std::as_const(overlaps)) {
        if (const auto part = m_programmeIndex.find(o.programmeId); part != m_programmeIndex.end())
            m_isOverlapPart[std::size_t(part->second)] = true;
    }
}

QList<const Allocation *> Dataset::allocationsOf(const QString &programmeId) const
{
    return rowsAt(allocations, m_allocationsByProgramme, programmeId);
}

QList<const Programme *> Dataset::componentsOf(const QString &programmeId) const
{
    return programmeId.isEmpty() ? QList<const Programme *>()
                                 : rowsAt(programmes, m_componentsByParent, programmeId);
}

QList<const Dispute *> Dataset::disputesOf(const QString &programmeId) const
{
    return rowsAt(disputes, m_disputesByProgramme, programmeId);
}

QList<const Overlap *> Dataset::overlapsOf(const QString &programmeId) const
{
    return rowsAt(overlaps, m_overlapsByPart, programmeId);
}

QList<const Overlap *> Dataset::overlapsInto(const QString &umbrellaId) const
{
    return rowsAt(overlaps, m_overlapsByUmbrella, umbrellaId);
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
    if (const qsizetype parent = m_parentPositions.at(position); parent >= 0)
        visit(&programmes.at(parent));
    if (m_isOverlapPart.at(position)) {
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

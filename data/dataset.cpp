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
    QList<const Programme *> result;
    addUmbrellas(programmeId, programmeId, result);
    return result;
}

// Depth first, parent before overlaps, so the parent chain leads. Chains are short, so the list found so far
// serves as the visited set; it also stops a cycle in a hand-edited database.
void Dataset::addUmbrellas(const QString &programmeId, const QString &startId,
                           QList<const Programme *> &found) const
{
    const auto visit = [&](const QString &containerId) {
        const Programme *container = programme(containerId);
        if (!container || containerId == startId || found.contains(container))
            return;
        found.append(container);
        addUmbrellas(containerId, startId, found);
    };
    if (const Programme *p = programme(programmeId); p && !p->parentId.isEmpty())
        visit(p->parentId);
    if (const auto links = m_overlapsByPart.find(programmeId); links != m_overlapsByPart.end()) {
        for (qsizetype i : links->second)
            visit(overlaps.at(i).partOfId);
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

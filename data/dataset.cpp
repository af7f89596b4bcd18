#include "dataset.h"

#include <QSet>

#include <functional>

namespace {

template <typename T, typename KeyOf> QHash<QString, qsizetype> indexBy(const QList<T> &list, KeyOf keyOf)
{
    QHash<QString, qsizetype> index;
    index.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i)
        index.insert(keyOf(list.at(i)), i);
    return index;
}

// Every row's position under its key, in table order: the rows of one programme without a scan.
template <typename T, typename KeyOf>
QHash<QString, QList<qsizetype>> groupBy(const QList<T> &list, KeyOf keyOf)
{
    QHash<QString, QList<qsizetype>> groups;
    for (qsizetype i = 0; i < list.size(); ++i)
        groups[keyOf(list.at(i))].append(i);
    return groups;
}

template <typename T>
QList<const T *> rowsAt(const QList<T> &list, const QHash<QString, QList<qsizetype>> &groups,
                        const QString &key)
{
    QList<const T *> result;
    for (qsizetype i : groups.value(key))
        result.append(&list.at(i));
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
    QSet<QString> visited{programmeId};
    // Depth first, parent before overlaps, so the parent chain leads; the visited set also stops a cycle in
    // a hand-edited database.
    const std::function<void(const QString &)> visit = [&](const QString &id) {
        QStringList containers;
        if (const Programme *p = programme(id); p && !p->parentId.isEmpty())
            containers.append(p->parentId);
        for (const Overlap *overlap : overlapsOf(id))
            containers.append(overlap->partOfId);
        for (const QString &containerId : std::as_const(containers)) {
            const Programme *container = programme(containerId);
            if (!container || visited.contains(containerId))
                continue;
            visited.insert(containerId);
            result.append(container);
            visit(containerId);
        }
    };
    visit(programmeId);
    return result;
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

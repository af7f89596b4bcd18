#pragma once

#include "stringhash.h"

#include <QList>
#include <QString>

#include <algorithm>
#include <bit>
#include <span>
#include <vector>

// The rows of one table by the text of one of their fields, in table order. Every load of a dataset builds
// a dozen of these over up to a few hundred thousand rows, so it holds row numbers only: an open-addressing
// table of the distinct keys, whose text is read back from the rows instead of copied, and each key's rows
// side by side. A node-based map cost a copied string and an allocation or two per row (a third of reading
// a large dataset). Look up with the rows it was built from; rows with an empty field are left out.
template <typename T> class RowIndex
{
public:
    RowIndex() = default;
    RowIndex(const QList<T> &rows, QString T::*field) : m_field(field)
    {
        // At most half full; sized by the keys there are, as most programmes have no parent.
        const auto keyed = std::count_if(rows.begin(), rows.end(),
                                         [field](const T &row) { return !(row.*field).isEmpty(); });
        m_slots.resize(std::bit_ceil(std::size_t(std::max<qsizetype>(8, keyed * 2))));
        std::vector<qint32> groupOfRow(std::size_t(rows.size()), -1);
        std::vector<qint32> groupSizes;
        for (qsizetype row = 0; row < rows.size(); ++row) {
            const QString &key = rows.at(row).*field;
            if (key.isEmpty())
                continue;
            const quint32 hash = hashOf(key);
            Slot &slot = m_slots[slotOf(rows, key, hash)];
            if (slot.group < 0) {
                slot = {hash, qint32(m_firstRows.size())};
                m_firstRows.push_back(qint32(row));
                groupSizes.push_back(0);
            }
            groupOfRow[std::size_t(row)] = slot.group;
            ++groupSizes[std::size_t(slot.group)];
        }
        // Each group's rows start where the groups before it end; filled in table order.
        m_groupStarts.resize(groupSizes.size() + 1);
        for (std::size_t group = 0; group < groupSizes.size(); ++group)
            m_groupStarts[group + 1] = m_groupStarts[group] + groupSizes[group];
        m_rows.resize(std::size_t(m_groupStarts.back()));
        std::vector<qint32> filled(m_groupStarts.begin(), m_groupStarts.end() - 1);
        for (std::size_t row = 0; row < groupOfRow.size(); ++row) {
            if (const qint32 group = groupOfRow[row]; group >= 0)
                m_rows[std::size_t(filled[std::size_t(group)]++)] = qint32(row);
        }
    }

    // The rows whose field is `key`, in table order; empty when there are none.
    std::span<const qint32> rowsOf(const QList<T> &rows, QStringView key) const
    {
        const qint32 group = groupOf(rows, key);
        if (group < 0)
            return {};
        const auto begin = std::size_t(m_groupStarts[std::size_t(group)]);
        const auto end = std::size_t(m_groupStarts[std::size_t(group) + 1]);
        return std::span<const qint32>(m_rows).subspan(begin, end - begin);
    }
    // The first row whose field is `key`, or -1.
    qsizetype firstRowOf(const QList<T> &rows, QStringView key) const
    {
        const qint32 group = groupOf(rows, key);
        return group < 0 ? -1 : m_firstRows[std::size_t(group)];
    }

private:
    struct Slot
    {
        quint32 hash = 0;
        qint32 group = -1; // -1: free
    };

    static quint32 hashOf(QStringView key) { return quint32(Utf16Hash{}(key)); }

    // Where `key` is, or the free slot where it belongs. The table is at most half full, so a probe ends
    // soon.
    std::size_t slotOf(const QList<T> &rows, QStringView key, quint32 hash) const
    {
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t at = hash & mask;; at = (at + 1) & mask) {
            const Slot &slot = m_slots[at];
            if (slot.group < 0 ||
                (slot.hash == hash && rows.at(m_firstRows[std::size_t(slot.group)]).*m_field == key))
                return at;
        }
    }
    qint32 groupOf(const QList<T> &rows, QStringView key) const
    {
        if (m_slots.empty() || key.isEmpty())
            return -1;
        return m_slots[slotOf(rows, key, hashOf(key))].group;
    }

    QString T::*m_field = nullptr;
    std::vector<Slot> m_slots;
    std::vector<qint32> m_firstRows;   // by group
    std::vector<qint32> m_groupStarts; // by group, where its rows start in m_rows; one more at the end
    std::vector<qint32> m_rows;        // the rows of group 0, then those of group 1, ...
};

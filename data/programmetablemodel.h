#pragma once

#include "analysis.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

// Every programme of the dataset, one per row. Amounts are shown in the display currency next to the
// figure as announced; SortRole gives numbers (dates as yyyymmdd) so columns sort by value, not by text.
class ProgrammeTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        CountryColumn,
        ProgrammeColumn,
        AmountColumn,
        ConvertedColumn,
        AnnouncedColumn,
        StatusColumn,
        CategoryColumn,
        FundingColumn,
        PeriodColumn,
        BodyColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole,
        ProgrammeIdRole
    };

    explicit ProgrammeTableModel(std::shared_ptr<const Analysis> analysis, QObject *parent = nullptr);

    void setFilter(const Filter &filter);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Programme &programmeAt(int row) const { return m_analysis->dataset().programmes.at(row); }

private:
    std::shared_ptr<const Analysis> m_analysis;
    Filter m_filter;
};

// The table's rows: the shared filter plus its free-text search, decided by Analysis like every export.
class ProgrammeFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ProgrammeFilterProxy(std::shared_ptr<const Analysis> analysis, QObject *parent = nullptr);

    void setFilter(const Filter &filter);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::shared_ptr<const Analysis> m_analysis;
    Filter m_filter;
};

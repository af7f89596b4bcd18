#pragma once

#include "analysis.h"
#include "language.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

class QThreadPool;

// Every programme of the dataset, one per row. Amounts are shown in the display currency next to the
// figure as announced; SortRole gives numbers (dates as yyyymmdd) so columns sort by value, not by text.
// The model sorts itself, each key made once per sort: the filter proxy in front of it then only filters,
// and a filter change keeps the order instead of sorting 200,000 rows again.
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
        MilestoneColumn, // the furthest stage beyond announcement a source dates: "Disbursed: $6.0 billion"
        CategoryColumn,
        FundingColumn,
        PeriodColumn,
        BodyColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole,
        ProgrammeIdRole,
        ImportedRole // where a programme a user imported came from; none for the dataset's own
    };

    explicit ProgrammeTableModel(std::shared_ptr<const Analysis> analysis, QObject *parent = nullptr);

    void setFilter(const Filter &filter);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // As QSortFilterProxyModel sorts: stable from the dataset's order, text case-sensitive, no key last in
    // ascending order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const Programme &programmeAt(int row) const { return *m_rows.at(row); }

    // Sorts of many rows are then worked out on these threads and shown when done, the last one asked for
    // winning; the rows keep their order meanwhile. Without workers, or for a few rows, a sort is done at
    // once. The pool must outlive the model.
    void setSortWorkers(QThreadPool *workers);
    bool isSorting() const { return m_sorting; }

signals:
    // A sort went to the workers (true), or its order is shown (false).
    void sortingChanged(bool sorting);

private:
    void showOrder(const QList<const Programme *> &sorted);

    std::shared_ptr<const Analysis> m_analysis;
    Filter m_filter;
    QList<const Programme *> m_rows; // every programme, in the sorted order
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    Language m_sortedIn = Language::English; // the display language of the sorted names
    QThreadPool *m_sortWorkers = nullptr;
    quint64 m_sortRequest = 0; // the latest sort asked for; a result for an earlier one is dropped
    bool m_sorting = false;
};

// The table's rows: the shared filter plus its free-text search, decided by Analysis like every export.
class ProgrammeFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ProgrammeFilterProxy(std::shared_ptr<const Analysis> analysis, QObject *parent = nullptr);

    void setFilter(const Filter &filter);

    // Sorting is the source model's: the proxy keeps its order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::shared_ptr<const Analysis> m_analysis;
    Filter m_filter;
    Selection m_selection; // m_filter's, prepared once rather than for every row
};

#include "programmetablemodel.h"

#include "amountformat.h"
#include "displaytext.h"
#include "vocabulary.h"

#include <QFutureWatcher>
#include <QPromise>
#include <QThreadPool>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// Sorts of this many rows or more are worked out on the workers: at 200,000 rows one took a quarter of a
// second, all of it on the UI thread.
constexpr qsizetype kBackgroundSortFrom = 10000;

using enum ProgrammeTableModel::Column;

QString cellText(const Analysis &analysis, const Filter &filter, const Programme &p, int column)
{
    const QString currency = Analysis::chartCurrency(filter);
    switch (column) {
    case CountryColumn:
        return countryName(analysis, p.countryCode);
    case ProgrammeColumn:
        return programmeName(p);
    case BodyColumn:
        return bodyName(p);
    case AnnouncedColumn:
        return formatPartialDate(p.announced);
    case AmountColumn:
        return formatMoney(p.amount);
    case ConvertedColumn: {
        const auto converted = analysis.convert(p.amount, p.announced.year, currency);
        return converted ? formatAmount(converted->value, currency, p.amount.qualifier) : QString();
    }
    case CategoryColumn:
        return label(p.category);
    case FundingColumn:
        return label(p.funding);
    case StatusColumn:
        return label(p.status);
    case MilestoneColumn:
        if (const Milestone *milestone = analysis.dataset().latestMilestone(p)) {
            const auto converted = analysis.convert(milestone->amount, milestone->date.year, currency);
            return ProgrammeTableModel::tr("%1: %2 (%3)")
                .arg(label(milestone->stage),
                     converted ? formatAmount(converted->value, currency, milestone->amount.qualifier)
                               : formatMoney(milestone->amount),
                     formatPartialDate(milestone->date));
        }
        return {};
    case PeriodColumn:
        return formatPeriod(p.startYear, p.endYear);
    default:
        return {};
    }
}

QVariant sortKey(const Analysis &analysis, const Filter &filter, const Programme &p, int column)
{
    switch (column) {
    case AnnouncedColumn:
        // A number orders as the ISO date does (a month before its days).
        return p.announced.year * 10000 + p.announced.month * 100 + p.announced.day;
    case AmountColumn:
    case ConvertedColumn:
        return analysis.convertedValue(p.amount, p.announced.year, Analysis::chartCurrency(filter));
    case PeriodColumn:
        return p.startYear * 10000 + p.endYear;
    case MilestoneColumn:
        if (const Milestone *milestone = analysis.dataset().latestMilestone(p))
            return analysis.convertedValue(milestone->amount, milestone->date.year,
                                           Analysis::chartCurrency(filter));
        return {};
    default:
        return cellText(analysis, filter, p, column);
    }
}

// Every programme in the order of `column`, as QSortFilterProxyModel sorts: stable from the dataset's order,
// text case-sensitive, no key last in ascending order. Safe on any thread: it reads only the analysis.
QList<const Programme *> sortedProgrammes(const Analysis &analysis, const Filter &filter, int column,
                                          Qt::SortOrder order)
{
    const QList<Programme> &programmes = analysis.dataset().programmes;
    QList<const Programme *> sorted;
    sorted.reserve(programmes.size());
    for (const Programme &p : programmes)
        sorted.append(&p);
    if (column >= 0 && column < ColumnCount) {
        // Numbers as numbers, anything else as its text; a programme without a key is the largest.
        struct Key
        {
            bool valid;
            bool numeric;
            double number;
            QString text;
        };
        std::vector<Key> keys;
        keys.reserve(std::size_t(programmes.size()));
        for (const Programme &p : programmes) {
            const QVariant key = sortKey(analysis, filter, p, column);
            const bool numeric = key.typeId() == QMetaType::Int || key.typeId() == QMetaType::Double;
            keys.push_back(
                {key.isValid(), numeric, numeric ? key.toDouble() : 0, numeric ? QString() : key.toString()});
        }
        const auto keyOf = [&](const Programme *p) -> const Key & {
            return keys[std::size_t(p - programmes.constData())];
        };
        const auto less = [&](const Programme *a, const Programme *b) {
            const Key &x = keyOf(a);
            const Key &y = keyOf(b);
            if (!x.valid)
                return false;
            if (!y.valid)
                return true;
            return x.numeric ? x.number < y.number : x.text < y.text;
        };
        if (order == Qt::AscendingOrder)
            std::stable_sort(sorted.begin(), sorted.end(), less);
        else
            std::stable_sort(sorted.begin(), sorted.end(), [&](auto *a, auto *b) { return less(b, a); });
    }
    return sorted;
}

} // namespace

ProgrammeTableModel::ProgrammeTableModel(std::shared_ptr<const Analysis> analysis, QObject *parent)
    : QAbstractTableModel(parent), m_analysis(std::move(analysis))
{
    for (const Programme &p : m_analysis->dataset().programmes)
        m_rows.append(&p);
}

void ProgrammeTableModel::setFilter(const Filter &filter)
{
    const bool currencyChanged = filter.currency != m_filter.currency;
    m_filter = filter;
    // The converted amount and the milestone, and the columns between them.
    if (currencyChanged && rowCount() > 0)
        emit dataChanged(index(0, ConvertedColumn), index(rowCount() - 1, MilestoneColumn));
    // Amounts sort by their value in the display currency, names in the display language.
    const bool sortedByAmount =
        m_sortColumn == AmountColumn || m_sortColumn == ConvertedColumn || m_sortColumn == MilestoneColumn;
    const bool keysChanged = sortedByAmount ? currencyChanged : m_sortedIn != displayLanguage();
    if (m_sortColumn >= 0 && keysChanged)
        sort(m_sortColumn, m_sortOrder);
}

int ProgrammeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

void ProgrammeTableModel::setSortWorkers(QThreadPool *workers)
{
    m_sortWorkers = workers;
}

void ProgrammeTableModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    m_sortedIn = displayLanguage();
    const quint64 request = ++m_sortRequest; // a sort still on the workers is now stale
    if (!m_sortWorkers || m_rows.size() < kBackgroundSortFrom) {
        showOrder(sortedProgrammes(*m_analysis, m_filter, column, order));
        if (std::exchange(m_sorting, false))
            emit sortingChanged(false);
        return;
    }
    using Rows = QList<const Programme *>;
    auto *watcher = new QFutureWatcher<Rows>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, request] {
        watcher->deleteLater();
        if (request != m_sortRequest)
            return;
        showOrder(watcher->result());
        m_sorting = false;
        emit sortingChanged(false);
    });
    // Shared: the pool takes copyable work. The worker holds its own reference to the analysis.
    auto promise = std::make_shared<QPromise<Rows>>();
    watcher->setFuture(promise->future());
    promise->start();
    m_sortWorkers->start([promise, analysis = m_analysis, filter = m_filter, column, order] {
        promise->addResult(sortedProgrammes(*analysis, filter, column, order));
        promise->finish();
    });
    if (!std::exchange(m_sorting, true))
        emit sortingChanged(true);
}

void ProgrammeTableModel::showOrder(const QList<const Programme *> &sorted)
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // Rows held by a proxy or a selection follow their programme.
    const QModelIndexList persistent = persistentIndexList();
    std::vector<int> newRows; // by the programme's position in the dataset
    if (!persistent.isEmpty()) {
        const Dataset &dataset = m_analysis->dataset();
        newRows.resize(std::size_t(dataset.programmes.size()));
        for (int row = 0; row < sorted.size(); ++row)
            newRows[dataset.positionOf(*sorted.at(row))] = row;
    }
    QModelIndexList moved;
    for (const QModelIndex &index : persistent) {
        const std::size_t position = m_analysis->dataset().positionOf(*m_rows.at(index.row()));
        moved.append(this->index(newRows[position], index.column()));
    }
    m_rows = sorted;
    changePersistentIndexList(persistent, moved);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

int ProgrammeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProgrammeTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Programme &p = programmeAt(index.row());
    if (role == ProgrammeIdRole)
        return p.id;
    if (role == ImportedRole) {
        const ProgrammeImport *imported = m_analysis->dataset().importOf(p);
        return imported ? QVariant(importedFromText(*imported)) : QVariant();
    }
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == AmountColumn || index.column() == ConvertedColumn ||
            index.column() == MilestoneColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role == SortRole)
        return sortKey(*m_analysis, m_filter, p, index.column());
    if (role == Qt::ToolTipRole) {
        // The full text of a cell the column may elide.
        QString text = data(index, Qt::DisplayRole).toString();
        if (const QVariant imported = data(index, ImportedRole);
            imported.isValid() && index.column() == ProgrammeColumn)
            text += u" · "_s + imported.toString();
        const QString tip = plainToolTip(text);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    if (role != Qt::DisplayRole)
        return {};
    return cellText(*m_analysis, m_filter, p, index.column());
}

QVariant ProgrammeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == MilestoneColumn)
        return tr("The furthest a programme's money has gone beyond its announcement, as a source dates it: "
                  "appropriated, awarded or paid");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CountryColumn:
        return tr("Country");
    case ProgrammeColumn:
        return tr("Programme");
    case BodyColumn:
        return tr("Announced by");
    case AnnouncedColumn:
        return tr("Announced");
    case AmountColumn:
        return tr("Amount as announced");
    case ConvertedColumn:
        return tr("In %1").arg(Analysis::chartCurrency(m_filter));
    case CategoryColumn:
        return tr("Category");
    case FundingColumn:
        return tr("Funding");
    case StatusColumn:
        return tr("Status");
    case MilestoneColumn:
        return tr("Progress");
    case PeriodColumn:
        return tr("Period");
    default:
        return {};
    }
}

ProgrammeFilterProxy::ProgrammeFilterProxy(std::shared_ptr<const Analysis> analysis, QObject *parent)
    : QSortFilterProxyModel(parent), m_analysis(std::move(analysis)),
      m_filter(defaultFilter(m_analysis->dataset())), m_selection(*m_analysis, m_filter)
{
    setSortRole(ProgrammeTableModel::SortRole);
}

void ProgrammeFilterProxy::setFilter(const Filter &filter)
{
    m_filter = filter;
    m_selection = Selection(*m_analysis, filter);
    invalidateFilter();
}

void ProgrammeFilterProxy::sort(int column, Qt::SortOrder order)
{
    sourceModel()->sort(column, order);
}

bool ProgrammeFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const Programme &p = static_cast<const ProgrammeTableModel *>(sourceModel())->programmeAt(sourceRow);
    return m_selection.selects(p) && m_analysis->matchesSearch(p, m_filter.search);
}

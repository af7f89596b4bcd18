#include "programmetablemodel.h"

#include "amountformat.h"
#include "displaytext.h"
#include "vocabulary.h"

using namespace Qt::StringLiterals;

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
    if (currencyChanged && rowCount() > 0)
        emit dataChanged(index(0, ConvertedColumn), index(rowCount() - 1, ConvertedColumn));
    // Amounts sort by their value in the display currency, names in the display language.
    const bool keysChanged = m_sortColumn == AmountColumn || m_sortColumn == ConvertedColumn
                                 ? currencyChanged
                                 : m_sortedIn != displayLanguage();
    if (m_sortColumn >= 0 && keysChanged)
        sort(m_sortColumn, m_sortOrder);
}

int ProgrammeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

void ProgrammeTableModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    m_sortedIn = displayLanguage();
    const QList<Programme> &programmes = m_analysis->dataset().programmes;
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
            const QVariant key = sortKey(p, column);
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
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // Rows held by a proxy or a selection follow their programme.
    QHash<const Programme *, int> newRow;
    const QModelIndexList persistent = persistentIndexList();
    if (!persistent.isEmpty()) {
        for (int row = 0; row < sorted.size(); ++row)
            newRow.insert(sorted.at(row), row);
    }
    QModelIndexList moved;
    for (const QModelIndex &index : persistent)
        moved.append(this->index(newRow.value(m_rows.at(index.row())), index.column()));
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
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == AmountColumn || index.column() == ConvertedColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role == SortRole)
        return sortKey(p, index.column());
    if (role == Qt::ToolTipRole) {
        // The full text of a cell the column may elide.
        const QString tip = plainToolTip(data(index, Qt::DisplayRole).toString());
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    if (role != Qt::DisplayRole)
        return {};
    return displayText(p, index.column());
}

QString ProgrammeTableModel::displayText(const Programme &p, int column) const
{
    const QString currency = Analysis::chartCurrency(m_filter);
    switch (column) {
    case CountryColumn:
        return countryName(*m_analysis, p.countryCode);
    case ProgrammeColumn:
        return programmeName(p);
    case BodyColumn:
        return bodyName(p);
    case AnnouncedColumn:
        return formatPartialDate(p.announced);
    case AmountColumn:
        return formatMoney(p.amount);
    case ConvertedColumn: {
        const auto converted = m_analysis->convert(p.amount, p.announced.year, currency);
        return converted ? formatAmount(converted->value, currency, p.amount.qualifier) : QString();
    }
    case CategoryColumn:
        return label(p.category);
    case FundingColumn:
        return label(p.funding);
    case StatusColumn:
        return label(p.status);
    case PeriodColumn:
        return formatPeriod(p.startYear, p.endYear);
    default:
        return {};
    }
}

QVariant ProgrammeTableModel::sortKey(const Programme &p, int column) const
{
    switch (column) {
    case AnnouncedColumn:
        // A number orders as the ISO date does (a month before its days).
        return p.announced.year * 10000 + p.announced.month * 100 + p.announced.day;
    case AmountColumn:
    case ConvertedColumn:
        return m_analysis->convertedValue(p.amount, p.announced.year, Analysis::chartCurrency(m_filter));
    case PeriodColumn:
        return p.startYear * 10000 + p.endYear;
    default:
        return displayText(p, column);
    }
}

QVariant ProgrammeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
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
    case PeriodColumn:
        return tr("Period");
    default:
        return {};
    }
}

ProgrammeFilterProxy::ProgrammeFilterProxy(std::shared_ptr<const Analysis> analysis, QObject *parent)
    : QSortFilterProxyModel(parent), m_analysis(std::move(analysis)),
      m_filter(defaultFilter(m_analysis->dataset()))
{
    setSortRole(ProgrammeTableModel::SortRole);
}

void ProgrammeFilterProxy::setFilter(const Filter &filter)
{
    m_filter = filter;
    invalidateFilter();
}

void ProgrammeFilterProxy::sort(int column, Qt::SortOrder order)
{
    sourceModel()->sort(column, order);
}

bool ProgrammeFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const Programme &p = static_cast<const ProgrammeTableModel *>(sourceModel())->programmeAt(sourceRow);
    return m_analysis->matches(p, m_filter) && m_analysis->matchesSearch(p, m_filter.search);
}

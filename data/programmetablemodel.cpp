#include "programmetablemodel.h"

#include "amountformat.h"
#include "displaytext.h"
#include "vocabulary.h"

using namespace Qt::StringLiterals;

ProgrammeTableModel::ProgrammeTableModel(std::shared_ptr<const Analysis> analysis, QObject *parent)
    : QAbstractTableModel(parent), m_analysis(std::move(analysis))
{
}

void ProgrammeTableModel::setFilter(const Filter &filter)
{
    const bool currencyChanged = filter.currency != m_filter.currency;
    m_filter = filter;
    if (currencyChanged && rowCount() > 0)
        emit dataChanged(index(0, ConvertedColumn), index(rowCount() - 1, ConvertedColumn));
}

int ProgrammeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_analysis->dataset().programmes.size());
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
    const QString currency = Analysis::chartCurrency(m_filter);
    if (role == SortRole) {
        switch (index.column()) {
        case AnnouncedColumn:
            // A number orders as the ISO date does (a month before its days) without making a string per
            // comparison.
            return p.announced.year * 10000 + p.announced.month * 100 + p.announced.day;
        case AmountColumn:
        case ConvertedColumn:
            return m_analysis->convertedValue(p.amount, p.announced.year, currency);
        case PeriodColumn:
            return p.startYear * 10000 + p.endYear;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole) {
        // The full text of a cell the column may elide.
        const QString tip = plainToolTip(data(index, Qt::DisplayRole).toString());
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
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

bool ProgrammeFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const Programme &p = m_analysis->dataset().programmes.at(sourceRow);
    return m_analysis->matches(p, m_filter) && m_analysis->matchesSearch(p, m_filter.search);
}

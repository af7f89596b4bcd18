#include "figuretable.h"

#include "amountformat.h"
#include "comparisonbuilder.h"
#include "displaytext.h"
#include "recipientsbuilder.h"
#include "timelinebuilder.h"
#include "vocabulary.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

QString convertedText(const Analysis &analysis, const Programme &p, const QString &currency)
{
    const auto converted = analysis.convert(p.amount, p.announced.year, currency);
    return converted ? formatAmount(converted->value, currency, p.amount.qualifier) : QString();
}

} // namespace

FigureTable programmeTable(const Analysis &analysis, const Filter &filter,
                           const QList<const Programme *> &programmes)
{
    const QString currency = Analysis::chartCurrency(filter);
    FigureTable table;
    // "30 September 2025" fits the date column on an A4 portrait page, the narrowest preset.
    table.columns = {{QCoreApplication::translate("FigureTable", "Country"), 0.12, false},
                     {QCoreApplication::translate("FigureTable", "Programme"), 0.32, false},
                     {QCoreApplication::translate("FigureTable", "Announced"), 0.16, false},
                     {QCoreApplication::translate("FigureTable", "Amount as announced"), 0.16, true},
                     {QCoreApplication::translate("FigureTable", "In %1").arg(currency), 0.13, true},
                     {QCoreApplication::translate("FigureTable", "Status"), 0.11, false}};
    for (const Programme *p : programmes) {
        table.rows.append({countryName(analysis, p->countryCode), programmeName(*p),
                           formatPartialDate(p->announced), formatMoney(p->amount),
                           convertedText(analysis, *p, currency), label(p->status)});
    }
    return table;
}

namespace {

// Annualised timeline: one row per stack, one column per year.
FigureTable annualisedTable(const Analysis &analysis, const Filter &filter)
{
    const TimelineData data = buildTimeline(analysis, filter);
    FigureTable table;
    table.columns.append({filter.stackBy == StackBy::Country
                              ? QCoreApplication::translate("FigureTable", "Country")
                              : QCoreApplication::translate("FigureTable", "Category"),
                          0.22, false});
    const double yearWidth = data.years.isEmpty() ? 0 : 0.78 / data.years.size();
    for (int year : data.years)
        table.columns.append({QString::number(year), yearWidth, true});
    for (const StackedSeries &series : data.stacks) {
        QStringList row{series.label};
        for (double value : series.values)
            row.append(value > 0 ? formatAmountCompact(value, data.currency) : QString());
        table.rows.append(row);
    }
    return table;
}

FigureTable recipientsTable(const Analysis &analysis, const Filter &filter)
{
    const RecipientsData data = buildRecipients(analysis, filter);
    FigureTable table;
    table.columns = {{QCoreApplication::translate("FigureTable", "Recipient"), 0.5, false},
                     {QCoreApplication::translate("FigureTable", "Amount"), 0.3, true},
                     {QCoreApplication::translate("FigureTable", "Share"), 0.2, true}};
    for (const RecipientBar &bar : data.bars) {
        table.rows.append(
            {bar.label, bar.amountText,
             bar.share >= 0 ? QLocale::c().toString(bar.share * 100, 'f', 1) + u'%' : bar.detail});
    }
    return table;
}

FigureTable comparisonTable(const Analysis &analysis, const Filter &filter)
{
    const ComparisonData data = buildComparison(analysis, filter);
    FigureTable table;
    const bool stacked = data.seriesLabels.size() > 1;
    const double valueWidth = 0.8 / (data.seriesLabels.size() + (stacked ? 1 : 0));
    table.columns.append({QCoreApplication::translate("FigureTable", "Country"), 0.2, false});
    for (const QString &series : data.seriesLabels)
        table.columns.append({series, valueWidth, true});
    if (stacked)
        table.columns.append({QCoreApplication::translate("FigureTable", "Total"), valueWidth, true});
    for (const ComparisonRow &row : data.rows) {
        QStringList cells{row.name};
        for (double value : row.values)
            cells.append(comparisonValueText(data, value));
        if (stacked)
            cells.append(row.totalText);
        table.rows.append(cells);
    }
    return table;
}

} // namespace

QString comparisonValueText(const ComparisonData &data, double value)
{
    switch (data.measure) {
    case Measure::Total:
        return value > 0 ? formatAmountCompact(value, data.unit) : QString();
    case Measure::PerCapita:
        return value > 0 ? QLocale::c().toString(value, 'f', 2) : QString();
    case Measure::GdpShare:
        return value > 0 ? QLocale::c().toString(value, 'f', 4) + u'%' : QString();
    case Measure::Adoption:
        return QLocale::c().toString(value, 'f', 1) + u'%';
    }
    return QString();
}

FigureTable figureTable(ViewKind view, const Analysis &analysis, const Filter &filter)
{
    switch (view) {
    case ViewKind::Table:
        return programmeTable(analysis, filter, analysis.tableRows(filter));
    case ViewKind::Timeline:
        if (filter.timelineMode == TimelineMode::Announcements)
            return programmeTable(analysis, filter, analysis.programmes(filter));
        return annualisedTable(analysis, filter);
    case ViewKind::Recipients:
        return recipientsTable(analysis, filter);
    case ViewKind::Comparison:
        return comparisonTable(analysis, filter);
    }
    return {};
}

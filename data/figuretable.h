#pragma once

#include "analysis.h"
#include "chartdata.h"
#include "filter.h"

#include <QList>
#include <QString>
#include <QStringList>

// The figures behind a view as a printable table: what the chart plots, row for row, so a page can carry
// its numbers. Widths are shares of the page width; amount columns are right-aligned.
struct FigureTableColumn
{
    QString title;
    double width = 0.1;
    bool amount = false;

    friend bool operator==(const FigureTableColumn &, const FigureTableColumn &) = default;
};

struct FigureTable
{
    QList<FigureTableColumn> columns;
    QList<QStringList> rows;

    friend bool operator==(const FigureTable &, const FigureTable &) = default;
};

FigureTable figureTable(ViewKind view, const Analysis &analysis, const Filter &filter);
// The Table's columns for these programmes, in their order.
FigureTable programmeTable(const Analysis &analysis, const Filter &filter,
                           const QList<const Programme *> &programmes);

// One comparison value as the table prints it (and the chart's tooltip shows it); empty for no money.
QString comparisonValueText(const ComparisonData &data, double value);

#pragma once

#include "analysis.h"
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
};

struct FigureTable
{
    QList<FigureTableColumn> columns;
    QList<QStringList> rows;
};

FigureTable figureTable(ViewKind view, const Analysis &analysis, const Filter &filter);

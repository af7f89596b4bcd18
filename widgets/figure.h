#pragma once

#include "analysis.h"
#include "chartdata.h"
#include "datasetdiff.h"
#include "figuretable.h"
#include "filter.h"

#include <QCoreApplication>
#include <QRect>
#include <QString>
#include <QStringList>

#include <variant>

class QCPPainter;

// How a figure is drawn, whatever it is drawn on.
struct FigureOptions
{
    bool greyscale = false; // greys, patterns and marker shapes instead of colour
    bool withTable = false; // a chart's figures as a table under it
};

// One view under one filter, as plain values: everything the screen, a printed page or an exported file
// shows of it. Every output builds its figure afresh from (analysis, filter, options), never from a
// widget's state, so screen, print, export, clipboard and briefing packs cannot disagree.
struct Figure
{
    Q_DECLARE_TR_FUNCTIONS(Figure)

public:
    using Chart = std::variant<std::monostate, TimelineData, RecipientsData, ComparisonData>;

    ViewKind view = ViewKind::Table;
    QString title;
    QString subtitle; // the filters in words
    QString warning;  // set when the figure is not strictly comparable, e.g. survey years differ
    QString note;     // method notes: conversion, annualisation, survey
    QStringList sourceIds;
    QStringList citations;  // short citations of sourceIds, each once
    QStringList references; // each of sourceIds in full, in the same order
    QStringList publishers; // who published sourceIds, each once: the shortest way to name every source
    QString edition;   // the app and dataset to cite: "AI Policy Explorer, dataset 2026.11.1, data as of …"
    QString footer;    // dataset version, data as of, date printed
    Chart chart;       // empty for the Table
    FigureTable table; // the Table's rows, or a chart's figures when FigureOptions::withTable
    bool greyscale = false;

    bool hasChart() const { return !std::holds_alternative<std::monostate>(chart); }
    // Paints the chart into `area` of any painter: screen, printer, PDF, SVG or image.
    void paintChart(QCPPainter &painter, const QRect &area) const;

    friend bool operator==(const Figure &, const Figure &) = default;
};

Figure buildFigure(const Analysis &analysis, const Filter &filter, ViewKind view,
                   const FigureOptions &options = {});

// What changed between two datasets as a page: a row per changed field, the sources the changed records
// cite, and both datasets named.
Figure datasetDiffFigure(const DatasetDiff &diff);

#pragma once

#include "dataset.h"
#include "filter.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

// Several views, each with its own filters, printed as one document: a cover, a page (or more) per
// figure, and an appendix of every source cited.
struct PackFigure
{
    ViewKind view = ViewKind::Timeline;
    Filter filter;
    QString caption; // empty: the view's own title
};

struct BriefingPack
{
    QString title;
    QString organisation;
    QString author;
    QDate date;
    QList<PackFigure> figures;
};

// Every chart view and the table, each under `filter`.
BriefingPack defaultBriefingPack(const Filter &filter);

struct PackReadResult
{
    BriefingPack pack;
    QString error; // names the figure and option at fault
};

// Reads a pack specification:
//   {"title": "...", "organisation": "...", "author": "...", "date": "2026-11-23",
//    "figures": [{"view": "comparison", "caption": "...", "countries": "JPN,USA", "measure": "per-capita"}]}
// Each figure takes the command line's filter options by name, on top of `defaults`.
PackReadResult readBriefingPack(const QByteArray &json, const Dataset &dataset, const Filter &defaults);

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
// Each figure takes the command line's filter options by name, on top of `defaults`. A pack is refused
// whole, with one line naming the key, for an unknown key, a value of the wrong type, an unknown view,
// country or programme, or a format version newer than this build's.
PackReadResult readBriefingPack(const QByteArray &json, const Dataset &dataset, const Filter &defaults);
// The pack as a file readBriefingPack() reads back: every figure's filter in full, with the format version.
QByteArray writeBriefingPack(const BriefingPack &pack);

// A view file: one figure, as a pack's figure entry with the file's format and version.
//   {"format": "ai-policy-explorer-view", "version": 1, "view": "timeline", "countries": "JPN", ...}
struct ViewReadResult
{
    PackFigure figure;
    QString error;
};
ViewReadResult readViewFile(const QByteArray &json, const Dataset &dataset);
QByteArray writeViewFile(const PackFigure &figure);

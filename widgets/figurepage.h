#pragma once

#include "analysis.h"
#include "filter.h"

#include <QRect>
#include <QString>
#include <QStringList>

#include <functional>

class QCPPainter;
class QFont;
class QPainter;

// The furniture of a report figure: what it shows, under which filters, from which sources and which
// dataset. One layout paints it on any QPainter (screen, printer, PDF, SVG, image).
struct FigurePage
{
    QString title;
    QString subtitle; // the filters in words
    QString warning;  // shown under the subtitle when the figure is not strictly comparable
    QString note;     // method notes: conversion, annualisation, survey
    QStringList citations;
    QString footer; // dataset version, data as of, date printed
};

FigurePage makeFigurePage(const Analysis &analysis, const Filter &filter, const QString &title, const QString &note,
                          const QStringList &sourceIds, const QString &warning = {});

// The painter's font at `pointSize`, for page furniture.
QFont pageFont(const QPainter &painter, double pointSize, bool bold = false);

using PaintBody = std::function<void(QCPPainter &painter, const QRect &area)>;

// Paints the page into `page` and calls paintBody for the area left between header and footer.
void paintFigurePage(QCPPainter &painter, const QRect &page, const FigurePage &content, const PaintBody &paintBody);

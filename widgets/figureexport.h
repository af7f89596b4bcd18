#pragma once

#include "analysis.h"
#include "filter.h"

#include <QImage>
#include <QSize>
#include <QString>

#include <functional>

#include <memory>
#include <optional>

class ChartView;
class QPdfWriter;
class QPrinter;
class QCPPainter;

enum class ExportFormat { Png, Pdf, Svg, Csv };

// The format a file name asks for by its extension (.png, .pdf, .svg, .csv), if any.
std::optional<ExportFormat> exportFormatForPath(const QString &path);

// The chart widget for a view; null for the Table, which exports without one.
std::unique_ptr<ChartView> createChartView(ViewKind view);

// How a figure is put on paper or into a file.
struct ExportOptions
{
    QSize size;            // PNG: pixels; PDF and SVG: the page in pixels at 96 dpi; invalid for the default
    int dpi = 300;         // PNG resolution, written into the file
    bool withTable = false; // the figures behind the chart as a table under it
    QString title;          // replaces the figure's own title (briefing packs number their figures)
};

// Default page in pixels at 96 dpi: A4 landscape.
QSize defaultPageSize();

// Paints the figure on as many pages as it needs onto `painter`, whose device is `page` pixels at 96 dpi.
// `newPage` starts the next page and returns false when the device holds one page only. `chart` is the
// view's widget already showing the filter, or null for the Table. Printing uses this directly.
void paintFigure(QCPPainter &painter, const QRect &page, const Analysis &analysis, const Filter &filter,
                 ViewKind view, ChartView *chart, const ExportOptions &options, const std::function<bool()> &newPage);

// The sources behind the figures `view` shows: the chart's, or the table rows'.
QStringList figureSourceIds(const Analysis &analysis, const Filter &filter, ViewKind view, const ChartView *chart);

// A PDF writer for pages of `pageSize` pixels at 96 dpi, vector, with the document title set.
void setUpPdfWriter(QPdfWriter &writer, const QSize &pageSize, const QString &title);

// Vector output: no cached pixmaps, no cosmetic shortcuts.
void prepareVectorPainter(QCPPainter &painter);

// Prints the figure through the same page layout; `printer` should be at 96 dpi so text sizes match exports.
void printFigure(QPrinter &printer, const Analysis &analysis, const Filter &filter, ViewKind view, ChartView *chart,
                 const ExportOptions &options);

// Renders the figure into an image of `pixels` at `dpi` (white background, DPI in the metadata).
QImage renderFigureImage(const Analysis &analysis, const Filter &filter, ViewKind view, ChartView *chart,
                         const QSize &pixels, int dpi, const ExportOptions &options);

// Writes what `view` shows under `filter` to `path`, in the format its extension names. The file is replaced
// only when complete. Returns an error message naming the file, or an empty string.
QString exportView(const Analysis &analysis, const Filter &filter, ViewKind view, ChartView *chart,
                   const QString &path, const ExportOptions &options = {});

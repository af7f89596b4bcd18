#pragma once

#include "analysis.h"
#include "figure.h"
#include "filter.h"

#include <QImage>
#include <QSize>
#include <QString>

#include <optional>

class QPdfWriter;
class QPrinter;
class QCPPainter;

enum class ExportFormat
{
    Png,
    Pdf,
    Svg,
    Csv
};

// The format a file name asks for by its extension (.png, .pdf, .svg, .csv), if any.
std::optional<ExportFormat> exportFormatForPath(const QString &path);

// How a figure is put on paper or into a file.
struct ExportOptions : FigureOptions
{
    QSize size;    // PNG: pixels; PDF and SVG: the page in pixels at 96 dpi; invalid for the default
    int dpi = 300; // PNG resolution, written into the file
};

// The page sizes offered for paper and slides, named for the user, in pixels at 96 dpi.
QList<std::pair<QString, QSize>> pageSizePresets();
// The first preset: A4 landscape.
QSize defaultPageSize();

// The smallest `ExportOptions::size` that gives a legible page (kMinimumPageSize): for PNG in pixels at
// `dpi`, for PDF and SVG in pixels at 96 dpi; empty for CSV.
QSize minimumExportSize(ExportFormat format, int dpi);

// An error naming `path` and the smallest size when `options` ask for a page too small to read, or an empty
// string.
QString pageSizeError(const QString &path, ExportFormat format, const ExportOptions &options);

// A PDF writer for pages of `pageSize` pixels at 96 dpi, vector, with the document title set.
void setUpPdfWriter(QPdfWriter &writer, const QSize &pageSize, const QString &title);

// Vector output: no cached pixmaps, no cosmetic shortcuts.
void prepareVectorPainter(QCPPainter &painter);

// Prints the figure through the page layout; `printer` should be at 96 dpi so text sizes match exports.
void printFigure(QPrinter &printer, const Figure &figure);

// Renders the figure into an image of `pixels` at `dpi` (white background, DPI in the metadata).
QImage renderFigureImage(const Figure &figure, const QSize &pixels, int dpi);

// Writes what `view` shows under `filter` to `path`, in the format its extension names: the figure built
// afresh, or for CSV the data behind it, through saveExportFile(). Returns an error message naming the
// file, or an empty string.
QString exportView(const Analysis &analysis, const Filter &filter, ViewKind view, const QString &path,
                   const ExportOptions &options = {});

// Writes a figure built elsewhere (a dataset comparison, say) to `path` as a PNG, PDF or SVG, the same way.
QString exportFigure(const Figure &figure, const QString &path, const ExportOptions &options = {});

// Writes what changed between two datasets to `path`: a CSV of the changes, or a page of them as a PNG, PDF
// or SVG.
QString exportDatasetDiff(const DatasetDiff &diff, const QString &path, const ExportOptions &options = {});

// Replaces the file at `path` with `bytes`, or creates it, only once every byte is on disk: after a failed
// write (a full disk, a file-size limit) the old file is as it was. Anything but a regular file there (a
// FIFO, a device, a folder) is refused; a symlink is followed to its target. Returns an error message naming
// the file and the system's reason, or an empty string.
QString saveExportFile(const QString &path, const QByteArray &bytes);

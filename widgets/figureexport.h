#pragma once

#include "analysis.h"
#include "filter.h"

#include <QSize>
#include <QString>

#include <memory>
#include <optional>

class ChartView;

enum class ExportFormat { Png, Pdf, Svg, Csv };

// The format a file name asks for by its extension (.png, .pdf, .svg, .csv), if any.
std::optional<ExportFormat> exportFormatForPath(const QString &path);

// The chart widget for a view; null for the Table, which exports without one.
std::unique_ptr<ChartView> createChartView(ViewKind view);

// Default page size in pixels at 96 dpi: A4 landscape for PDF, a wide figure for images.
QSize defaultExportSize(ExportFormat format);

// Writes what `view` shows under `filter` to `path`, in the format its extension names. `chart` must be the
// view's widget already showing the filter (null for the Table). The file is replaced only when complete.
// Returns an error message naming the file, or an empty string.
QString exportView(const Analysis &analysis, const Filter &filter, ViewKind view, ChartView *chart,
                   const QString &path, const QSize &size = {});

#pragma once

#include "analysis.h"
#include "briefingpack.h"
#include "figureexport.h"

#include <QRect>

#include <functional>

class QPagedPaintDevice;

// Called before each page group with (done, total); returning false cancels the export.
using ExportProgress = std::function<bool(int done, int total)>;

// Paints a briefing pack onto `device`, whose pages are `page` at 96 dpi: a cover (title, organisation,
// author, date, dataset, contents with page numbers), one page or more per figure, each citing the numbered
// appendix entries of its sources, and the appendix listing each source once in full. Every page says
// "Page N of M". False when `progress` cancelled it.
bool paintBriefingPack(QPagedPaintDevice &device, const QRect &page, const Analysis &analysis,
                       const BriefingPack &pack, const FigureOptions &options,
                       const ExportProgress &progress = {});

// Writes a briefing pack as one PDF, as paintBriefingPack() paints it. A cancelled or failed export leaves
// any old file as it was. Returns an error message naming the file, or an empty string.
QString exportBriefingPack(const Analysis &analysis, const BriefingPack &pack, const QString &path,
                           const ExportOptions &options, const ExportProgress &progress = {});

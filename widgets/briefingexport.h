#pragma once

#include "analysis.h"
#include "briefingpack.h"
#include "figureexport.h"

#include <functional>

// Called before each page group with (done, total); returning false cancels the export.
using ExportProgress = std::function<bool(int done, int total)>;

// Writes a briefing pack as one PDF: a cover (title, organisation, author, date, dataset, contents), one
// page or more per figure, numbered, and an appendix listing every source cited with its URL. A cancelled
// or failed export leaves any old file as it was. Returns an error message naming the file, or an empty
// string.
QString exportBriefingPack(const Analysis &analysis, const BriefingPack &pack, const QString &path,
                           const ExportOptions &options, const ExportProgress &progress = {});

#pragma once

#include "analysis.h"

class QIODevice;

// Data exports of exactly what a view shows for a filter. UTF-8 with a byte-order mark so spreadsheet
// programs detect the encoding; amounts in whole currency units, dates as YYYY-MM-DD or YYYY-MM.
// Each returns false when the device refuses the write.
bool writeTableCsv(QIODevice &device, const Analysis &analysis, const Filter &filter);
bool writeTimelineCsv(QIODevice &device, const Analysis &analysis, const Filter &filter);
bool writeRecipientsCsv(QIODevice &device, const Analysis &analysis, const Filter &filter);
bool writeComparisonCsv(QIODevice &device, const Analysis &analysis, const Filter &filter);
bool writeViewCsv(QIODevice &device, ViewKind view, const Analysis &analysis, const Filter &filter);

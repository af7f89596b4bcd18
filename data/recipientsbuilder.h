#pragma once

#include "analysis.h"
#include "chartdata.h"

// The Recipients view's data for a filter: one programme's allocations (Programme), or every recipient's
// allocations summed across the selected programmes (Ranking). Bars are sorted largest first.
RecipientsData buildRecipients(const Analysis &analysis, const Filter &filter);

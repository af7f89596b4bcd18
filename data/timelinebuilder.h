#pragma once

#include "analysis.h"
#include "chartdata.h"

// The Timeline view's data for a filter: one marker per programme at its announcement (Announcements), or
// counted money spread over each programme's years and stacked by country or category (Annualised).
TimelineData buildTimeline(const Analysis &analysis, const Filter &filter);

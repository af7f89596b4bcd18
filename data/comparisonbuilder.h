#pragma once

#include "analysis.h"
#include "chartdata.h"

// The Comparison view's data for a filter: counted funding per country stacked by category (total, per
// person, or average annual share of GDP), or the latest value of one indicator series per country.
// Rows are sorted largest first.
ComparisonData buildComparison(const Analysis &analysis, const Filter &filter);

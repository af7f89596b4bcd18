#pragma once

#include "enumkeys.h"
#include "filter.h"

#include <QString>

// Translated display labels for the dataset's vocabularies (the keys in enumkeys.h never change).
QString label(Category value);
QString label(FundingType value);
QString label(Status value);
QString label(EventKind value);
QString label(AmountQualifier value);
QString label(Measure value);
QString label(ViewKind value);

#pragma once

#include "dataset.h"
#include "filter.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

// Reads a Filter from named options as the command line and briefing-pack files spell them: countries,
// from, to, category, funding, currency, measure, indicator, programme, recipients-mode, timeline-mode,
// stack-by, search. Names and codes are checked against the dataset; an error names the option.
using OptionLookup = std::function<std::optional<QString>(const QString &name)>;

struct FilterParseResult
{
    Filter filter;
    QString error; // "countries: unknown country code 'XXX'"
};

// Options not given keep their value in `base`, by default defaultFilter(dataset).
FilterParseResult parseFilter(const OptionLookup &lookup, const Dataset &dataset, const Filter &base);
FilterParseResult parseFilter(const OptionLookup &lookup, const Dataset &dataset);

// Every option name parseFilter() reads, in the order --help lists them.
QStringList filterOptionNames();

// The options, by name, that parseFilter() reads back into `filter` on top of defaultFilter(): the ones a
// default filter leaves empty (category, programme, indicator, search) only when set.
QList<std::pair<QString, QString>> filterOptions(const Filter &filter);

#pragma once

#include "analysis.h"

#include <QString>

// Dataset names, citations and amounts as the views show them, in the display language (language.h).

// The country's name, or its code when the dataset lacks it.
QString countryName(const Analysis &analysis, const QString &code);
// Names in the display language, falling back to English where the dataset has no Japanese.
QString programmeName(const Programme &programme);
QString eventTitle(const TimelineEvent &event);
// A programme among others of several countries: "Japan · GPU cloud subsidies 2024".
QString programmeChoice(const Analysis &analysis, const Programme &programme);
QString bodyName(const Programme &programme);
QString recipientName(const Analysis &analysis, const QString &id);
// "METI, 19 April 2024" ("METI, 2024年4月19日"): the publisher and the date it gives, for readers.
QString shortCitation(const Dataset &dataset, const QString &sourceId);
// The source in full, for a list of references: publisher, title, date, address and when it was read.
// "METI. GPU cloud subsidies. 19 April 2024. https://… (accessed 2 May 2024)."
QString fullCitation(const Dataset &dataset, const QString &sourceId);
// "METI, 2024-04-19": the same with an ISO date whatever the display language, for machine-readable
// fields such as BibTeX's note.
QString isoCitation(const Dataset &dataset, const QString &sourceId);
// The amount in the display currency with the original in brackets when they differ; compact for labels.
QString amountText(const Analysis &analysis, const Money &amount, int year, const Filter &filter,
                   bool compact = false);
// What changed from `before` to `after`, in words for an undo entry: "Currency: JPY", "Years: 2019–2024".
QString describeFilterChange(const Analysis &analysis, const Filter &before, const Filter &after);
// A tooltip that shows `text` as written, never as markup, on one line (a rich-text tooltip otherwise wraps
// even short texts): data may contain "<" and "&". Empty for an empty text.
QString plainToolTip(const QString &text);
// Which data a figure shows, for its edition line, footer and citation: the dataset's title and version and
// the date its data is as of, "National AI funding 2026.11.1, data as of 26 November 2026", then the
// programmes imported over it, "; includes 12 programmes imported from mine.csv on 1 December 2026".
QString datasetEdition(const Analysis &analysis);
// The first part of that, for any dataset: "National AI funding 2026.11.1, data as of 26 November 2026".
QString datasetEdition(const DatasetInfo &info);
// "From mine.csv, imported on 1 December 2026": where a user's programme came from.
QString importedFromText(const ProgrammeImport &imported);
// A one-line statement of the filter for subtitles: "Japan, United States · 2016–2026 · Public · USD".
QString describeFilter(const Analysis &analysis, const Filter &filter);

#pragma once

#include "analysis.h"
#include "chartdata.h"

// The Timeline view's data for a filter: one marker per programme at its announcement (Announcements), or
// counted money spread over each programme's years and stacked by country or category (Annualised).
TimelineData buildTimeline(const Analysis &analysis, const Filter &filter);

// A programme marker's direct label: its value in the chart's currency with its qualifier, "up to $480 m".
QString compactAmount(const TimelinePoint &point, const QString &currency);

// The lines of a programme marker's tooltip that the builder leaves unformatted (chartdata.h).
struct TimelinePointText
{
    QString name; // in the display language
    QString amountAsAnnounced;
    QString amountConverted;
    QString dateText;
    QString period;
    QString status;
};
TimelinePointText describePoint(const TimelinePoint &point, const QString &currency);

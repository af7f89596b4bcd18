#pragma once

#include "filter.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// Plain values the chart widgets draw. Amounts are in `currency`, whole units; text fields are ready to show.

struct TimelinePoint
{
    QString programmeId;
    QString countryCode;
    QString name;
    QDate date;
    double value = 0; // converted into the chart currency
    QString compactAmount; // the value for a direct label, with its qualifier: "up to $480 m"
    QString amountAsAnnounced;
    QString amountConverted;
    QString dateText;
    QString status;
    QString source;
};

struct TimelineMarker
{
    QString countryCode;
    QDate date;
    QString title;
    QString kind;
};

// One stacked series: a value per entry of the owning data's `years` (or rows).
struct StackedSeries
{
    QString key;
    QString label;
    QList<double> values;
};

struct TimelineData
{
    TimelineMode mode = TimelineMode::Announcements;
    QString currency;
    QList<TimelinePoint> points;
    QList<TimelineMarker> events;
    QList<int> years;
    QList<StackedSeries> stacks;
    QStringList countryOrder; // codes, for stable colours and legend order
    QHash<QString, QString> countryNames;
    QStringList sourceIds;
    QString note;
};

struct RecipientBar
{
    QString recipientId;
    QString label;
    double value = 0;
    double share = -1; // of the programme's amount, 0..1; negative when not meaningful
    QString amountText;
    QString detail;
};

struct ProgrammeChoice
{
    QString id;
    QString label;
};

struct RecipientsData
{
    RecipientsMode mode = RecipientsMode::Programme;
    QString title;
    QString currency;
    QString programmeId;
    QList<ProgrammeChoice> programmes; // those with named recipients under the current filter
    QList<RecipientBar> bars;          // largest first
    QStringList sourceIds;
    QString note;
};

struct ComparisonRow
{
    QString code;
    QString name;
    QList<double> values; // one per series
    double total = 0;
    QString totalText;
};

struct ComparisonData
{
    Measure measure = Measure::Total;
    QString unit;      // "USD", "USD per person", "% of GDP", "%"
    QString valueAxis; // axis title
    QStringList seriesKeys;
    QStringList seriesLabels;
    QList<ComparisonRow> rows; // largest first
    QStringList missing;       // countries left out for lack of population, GDP or indicator data
    QStringList sourceIds;
    QString note;
    QString warning; // set when the bars are not strictly comparable, e.g. values from different survey years
};

#pragma once

#include "filter.h"
#include "money.h"
#include "partialdate.h"
#include "programme.h"
#include "timelineevent.h"
#include "vocabulary.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class Dataset;

// Plain values the chart widgets draw. Amounts are in `currency`, whole units; text fields are ready to show.
// Rows of the dataset a chart shows in full (programmes, events) are pointed to rather than copied.

// A row of the dataset a chart was built from. It compares by the row's value, so the charts built from two
// loads of the same dataset are equal.
template <typename Row> class DatasetRow
{
public:
    DatasetRow(const Row *row = nullptr) : m_row(row) {} // implicit: a pointer into the dataset is one
    const Row &operator*() const { return *m_row; }
    const Row *operator->() const { return m_row; }

    friend bool operator==(const DatasetRow &a, const DatasetRow &b)
    {
        return a.m_row == b.m_row || (a.m_row && b.m_row && *a.m_row == *b.m_row);
    }

private:
    const Row *m_row;
};

// Keeps alive the dataset a chart's rows point into. It is not part of what the chart shows, so it is left
// out of comparisons.
struct DatasetKeeper
{
    std::shared_ptr<const Dataset> dataset;

    friend bool operator==(const DatasetKeeper &, const DatasetKeeper &) { return true; }
};

// A programme marker: the programme, and what the filter made of it. Its tooltip's and direct label's texts
// are read from the programme and formatted only when shown (timelinebuilder.h): at a thousand times the
// bundled data, copying and formatting them for every marker was most of the timeline's build.
struct TimelinePoint
{
    DatasetRow<Programme> programme;
    // The programme's, kept beside the value: drawing reads them for every marker.
    QString countryCode;
    PartialDate announced; // drawn at its first day when the source gives only the month
    double value = 0;      // converted into the chart currency
    int rateYear = 0;      // of the average exchange rate that converted it
    int labelRank = -1;    // its place among the dataset's programmes labelled first; -1 when not one of them

    friend bool operator==(const TimelinePoint &, const TimelinePoint &) = default;
};

// A programme's money at a stage beyond its announcement (appropriated, awarded, paid), drawn at its date
// beside the programme's marker, so the gap between pledge and payment shows.
struct TimelineMilestone
{
    DatasetRow<Milestone> milestone;
    qsizetype point = -1; // the programme's marker among the data's points
    double value = 0;     // converted into the chart currency at its own year's rate
    int rateYear = 0;

    friend bool operator==(const TimelineMilestone &, const TimelineMilestone &) = default;
};

// One stacked series: a value per entry of the owning data's `years` (or rows).
struct StackedSeries
{
    QString key;
    QString label;
    QList<double> values;
    int colour = -1; // palette slot of its country or category (seriescolours.h); -1 for "Others"

    friend bool operator==(const StackedSeries &, const StackedSeries &) = default;
};

struct TimelineData
{
    DatasetKeeper dataset; // of the points' programmes and the events
    TimelineMode mode = TimelineMode::Announcements;
    QString currency;
    QList<TimelinePoint> points;
    QList<TimelineMilestone> milestones; // of the points' programmes, dated within the filter's years
    // Events in the filter's countries and years, dated to the precision their source gives ("May 2025") and
    // drawn at its first day; their titles are read when shown (eventTitle()).
    QList<DatasetRow<TimelineEvent>> events;
    QList<int> years; // annualised: every year from the first to the last with money
    int fromYear = 0; // the filter's years, which an empty chart still spans
    int toYear = 0;
    QList<StackedSeries> stacks;
    QStringList countryOrder;           // codes, largest total first: the legend's order
    QHash<QString, int> countryColours; // palette slots of the countries drawn in their own colour
    QHash<QString, QString> countryNames;
    QStringList sourceIds;
    QString note;

    friend bool operator==(const TimelineData &, const TimelineData &) = default;
};

struct RecipientBar
{
    QString recipientId;
    QString label;
    double value = 0;
    double share = -1; // of the programme's amount, 0..1; negative when not meaningful
    QString amountText;
    QString detail;

    friend bool operator==(const RecipientBar &, const RecipientBar &) = default;
};

struct RecipientsData
{
    RecipientsMode mode = RecipientsMode::Programme;
    QString title;
    QString currency;
    QString programmeId;
    DatasetKeeper dataset; // of the programmes
    // Those with named recipients under the current filter, named by programmeChoice() when shown.
    QList<DatasetRow<Programme>> programmes;
    QList<RecipientBar> bars; // largest first
    QStringList sourceIds;
    QString note;

    friend bool operator==(const RecipientsData &, const RecipientsData &) = default;
};

struct ComparisonRow
{
    QString code;
    QString name;
    QList<double> values; // one per series
    double total = 0;
    QString totalText;
    QString sourcesText; // on a map: the sources of the country's programmes, the first few named

    friend bool operator==(const ComparisonRow &, const ComparisonRow &) = default;
};

struct ComparisonData
{
    Measure measure = Measure::Total;
    QString unit;      // "USD", "USD per person", "% of GDP", "%"
    QString valueAxis; // axis title
    QStringList seriesKeys;
    QStringList seriesLabels;
    QList<int> seriesColours;  // palette slot per series (seriescolours.h)
    QList<ComparisonRow> rows; // largest first
    QStringList missing;       // countries left out for lack of population, GDP or indicator data
    QStringList sourceIds;
    QString note;
    QString warning; // set when the bars are not strictly comparable, e.g. values from different survey years
    // Shown as a map: each row's total falls in one of a few classes, coloured from light to dark. A row is
    // in class i when it is at least binThresholds[i - 1] and below binThresholds[i].
    bool map = false;
    QList<double> binThresholds; // ascending, one fewer than the classes
    QStringList binLabels;       // "less than $1 bn", "$1 bn–$5 bn", …, "$20 bn or more"
    QList<int> rowBins;          // the class of each row

    friend bool operator==(const ComparisonData &, const ComparisonData &) = default;
};

#pragma once

#include "vocabulary.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

enum class ViewKind
{
    Timeline,
    Recipients,
    Comparison,
    Table
};
enum class TimelineMode
{
    Announcements,
    Annualised
};
enum class StackBy
{
    Country,
    Category
};
enum class RecipientsMode
{
    Programme,
    Ranking
};
// How the Comparison shows its countries: as bars, or as a world map coloured by the measure.
enum class ComparisonDisplay
{
    Bars,
    Map
};
enum class Measure
{
    Total,
    PerCapita,
    GdpShare,
    Adoption
};

template <> struct Vocabulary<ViewKind>
{
    static constexpr std::array<VocabularyEntry<ViewKind>, 4> entries{{
        {ViewKind::Timeline, "timeline", QT_TRANSLATE_NOOP("Labels", "Timeline")},
        {ViewKind::Recipients, "recipients", QT_TRANSLATE_NOOP("Labels", "Recipients")},
        {ViewKind::Comparison, "comparison", QT_TRANSLATE_NOOP("Labels", "Comparison")},
        {ViewKind::Table, "table", QT_TRANSLATE_NOOP("Labels", "Table")},
    }};
};

template <> struct Vocabulary<TimelineMode>
{
    static constexpr std::array<VocabularyEntry<TimelineMode>, 2> entries{{
        {TimelineMode::Announcements, "announcements", nullptr},
        {TimelineMode::Annualised, "annualised", nullptr},
    }};
};

template <> struct Vocabulary<StackBy>
{
    static constexpr std::array<VocabularyEntry<StackBy>, 2> entries{{
        {StackBy::Country, "country", nullptr},
        {StackBy::Category, "category", nullptr},
    }};
};

template <> struct Vocabulary<RecipientsMode>
{
    static constexpr std::array<VocabularyEntry<RecipientsMode>, 2> entries{{
        {RecipientsMode::Programme, "programme", nullptr},
        {RecipientsMode::Ranking, "ranking", nullptr},
    }};
};

template <> struct Vocabulary<ComparisonDisplay>
{
    static constexpr std::array<VocabularyEntry<ComparisonDisplay>, 2> entries{{
        {ComparisonDisplay::Bars, "bars", QT_TRANSLATE_NOOP("Labels", "Bars")},
        {ComparisonDisplay::Map, "map", QT_TRANSLATE_NOOP("Labels", "Map")},
    }};
};

template <> struct Vocabulary<Measure>
{
    static constexpr std::array<VocabularyEntry<Measure>, 4> entries{{
        {Measure::Total, "total", QT_TRANSLATE_NOOP("Labels", "Total committed")},
        {Measure::PerCapita, "per-capita", QT_TRANSLATE_NOOP("Labels", "Per capita")},
        {Measure::GdpShare, "gdp-share", QT_TRANSLATE_NOOP("Labels", "Annual share of GDP")},
        {Measure::Adoption, "adoption", QT_TRANSLATE_NOOP("Labels", "Indicator")},
    }};
};

class Dataset;

// Everything that decides what the views show: the shared filters and each view's own options. The GUI
// and the command line both build one of these, so the same filter renders the same chart. Start from
// defaultFilter(dataset): a default-constructed Filter has no year window (0–0) and selects nothing.
struct Filter
{
    QStringList countries; // ISO alpha-3 codes; empty means every country
    int fromYear = 0;      // announcement years, inclusive
    int toYear = 0;
    std::optional<Category> category; // empty means every category
    QSet<FundingType> funding{FundingType::Public};
    QString currency = QStringLiteral("USD"); // USD, JPY, EUR, or empty for amounts as announced

    TimelineMode timelineMode = TimelineMode::Announcements;
    StackBy stackBy = StackBy::Country;
    RecipientsMode recipientsMode = RecipientsMode::Programme;
    QString programmeId; // the programme the Recipients view shows; empty picks a default
    Measure measure = Measure::Total;
    ComparisonDisplay comparisonDisplay = ComparisonDisplay::Bars;
    QString indicatorSeriesId; // empty picks the dataset's first series (indicator_series.csv order)
    QString search;            // the Table's free-text search; the charts ignore it

    friend bool operator==(const Filter &, const Filter &) = default;
};

// What the views show before the user changes anything: every country, public money in USD, announced from
// the dataset's first programme year to the year of its data-as-of date.
Filter defaultFilter(const Dataset &dataset);

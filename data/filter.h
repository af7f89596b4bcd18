#pragma once

#include "enumkeys.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

enum class ViewKind { Timeline, Recipients, Comparison, Table };
enum class TimelineMode { Announcements, Annualised };
enum class StackBy { Country, Category };
enum class RecipientsMode { Programme, Ranking };
enum class Measure { Total, PerCapita, GdpShare, Adoption };

template <> struct EnumKeys<ViewKind>
{
    static constexpr std::array<std::pair<ViewKind, const char *>, 4> keys{{
        {ViewKind::Timeline, "timeline"},
        {ViewKind::Recipients, "recipients"},
        {ViewKind::Comparison, "comparison"},
        {ViewKind::Table, "table"},
    }};
};

template <> struct EnumKeys<TimelineMode>
{
    static constexpr std::array<std::pair<TimelineMode, const char *>, 2> keys{{
        {TimelineMode::Announcements, "announcements"},
        {TimelineMode::Annualised, "annualised"},
    }};
};

template <> struct EnumKeys<StackBy>
{
    static constexpr std::array<std::pair<StackBy, const char *>, 2> keys{{
        {StackBy::Country, "country"},
        {StackBy::Category, "category"},
    }};
};

template <> struct EnumKeys<RecipientsMode>
{
    static constexpr std::array<std::pair<RecipientsMode, const char *>, 2> keys{{
        {RecipientsMode::Programme, "programme"},
        {RecipientsMode::Ranking, "ranking"},
    }};
};

template <> struct EnumKeys<Measure>
{
    static constexpr std::array<std::pair<Measure, const char *>, 4> keys{{
        {Measure::Total, "total"},
        {Measure::PerCapita, "per-capita"},
        {Measure::GdpShare, "gdp-share"},
        {Measure::Adoption, "adoption"},
    }};
};

// Everything that decides what the views show: the shared filters and each view's own options. The GUI
// and the command line both build one of these, so the same filter renders the same chart.
struct Filter
{
    QStringList countries; // ISO alpha-3 codes; empty means every country
    int fromYear = 2016;
    int toYear = 2026;
    std::optional<Category> category; // empty means every category
    QSet<FundingType> funding{FundingType::Public};
    QString currency = QStringLiteral("USD"); // USD, JPY, EUR, or empty for amounts as announced

    TimelineMode timelineMode = TimelineMode::Announcements;
    StackBy stackBy = StackBy::Country;
    RecipientsMode recipientsMode = RecipientsMode::Programme;
    QString programmeId; // the programme the Recipients view shows; empty picks a default
    Measure measure = Measure::Total;
    QString indicatorSeriesId; // empty picks the dataset's first series (indicator_series.csv order)
    QString search;            // the Table's free-text search; the charts ignore it

    friend bool operator==(const Filter &, const Filter &) = default;
};

#pragma once

#include <QString>

#include <array>
#include <optional>
#include <utility>

// The dataset's vocabularies: each enum has one stable key per value, used in the CSV sources, the SQLite
// database and the command line. Display labels live in labels.h.

enum class AmountQualifier { Exact, UpTo, About, AtLeast, MoreThan };
enum class Category { Strategy, Compute, Models, Research, Chips, Talent, Other };
enum class FundingType { Public, Mixed, Private, Target };
enum class Status { Announced, Approved, Enacted, Allocated, Disbursed, Withdrawn };
enum class EventKind { Strategy, Law, Institute, Summit, Other };

template <typename E> struct EnumKeys;

template <> struct EnumKeys<AmountQualifier>
{
    static constexpr std::array<std::pair<AmountQualifier, const char *>, 5> keys{{
        {AmountQualifier::Exact, "exact"},
        {AmountQualifier::UpTo, "up_to"},
        {AmountQualifier::About, "about"},
        {AmountQualifier::AtLeast, "at_least"},
        {AmountQualifier::MoreThan, "more_than"},
    }};
};

template <> struct EnumKeys<Category>
{
    static constexpr std::array<std::pair<Category, const char *>, 7> keys{{
        {Category::Strategy, "strategy"},
        {Category::Compute, "compute"},
        {Category::Models, "models"},
        {Category::Research, "research"},
        {Category::Chips, "chips"},
        {Category::Talent, "talent"},
        {Category::Other, "other"},
    }};
};

template <> struct EnumKeys<FundingType>
{
    static constexpr std::array<std::pair<FundingType, const char *>, 4> keys{{
        {FundingType::Public, "public"},
        {FundingType::Mixed, "mixed"},
        {FundingType::Private, "private"},
        {FundingType::Target, "target"},
    }};
};

template <> struct EnumKeys<Status>
{
    static constexpr std::array<std::pair<Status, const char *>, 6> keys{{
        {Status::Announced, "announced"},
        {Status::Approved, "approved"},
        {Status::Enacted, "enacted"},
        {Status::Allocated, "allocated"},
        {Status::Disbursed, "disbursed"},
        {Status::Withdrawn, "withdrawn"},
    }};
};

template <> struct EnumKeys<EventKind>
{
    static constexpr std::array<std::pair<EventKind, const char *>, 5> keys{{
        {EventKind::Strategy, "strategy"},
        {EventKind::Law, "law"},
        {EventKind::Institute, "institute"},
        {EventKind::Summit, "summit"},
        {EventKind::Other, "other"},
    }};
};

template <typename E> QString enumKey(E value)
{
    for (const auto &[candidate, key] : EnumKeys<E>::keys) {
        if (candidate == value)
            return QString::fromLatin1(key);
    }
    return {};
}

template <typename E> std::optional<E> enumFromKey(QStringView key)
{
    for (const auto &[candidate, name] : EnumKeys<E>::keys) {
        if (key == QLatin1StringView(name))
            return candidate;
    }
    return std::nullopt;
}

// All keys of E joined for error messages: "exact|up_to|about".
template <typename E> QString enumKeyList()
{
    QString list;
    for (const auto &[value, key] : EnumKeys<E>::keys) {
        if (!list.isEmpty())
            list += u'|';
        list += QLatin1StringView(key);
    }
    return list;
}

template <typename E> constexpr auto allEnumValues()
{
    std::array<E, EnumKeys<E>::keys.size()> values{};
    for (std::size_t i = 0; i < values.size(); ++i)
        values[i] = EnumKeys<E>::keys[i].first;
    return values;
}

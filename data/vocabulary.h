#pragma once

#include <QCoreApplication>
#include <QString>

#include <array>
#include <optional>

// The dataset's vocabularies, one list each: every value has a stable key, used in the CSV sources, the
// SQLite database and the command line (keys never change), and an English display label, marked for
// translation in the "Labels" context and translated at use by label().

template <typename E> struct VocabularyEntry
{
    E value;
    const char *key;
    const char *label; // untranslated; see label()
};

// Specialised next to each enum: `static constexpr std::array<VocabularyEntry<E>, N> entries`.
template <typename E> struct Vocabulary;

enum class AmountQualifier
{
    Exact,
    UpTo,
    About,
    AtLeast,
    MoreThan
};
enum class Category
{
    Strategy,
    Compute,
    Models,
    Research,
    Chips,
    Talent,
    Other
};
enum class FundingType
{
    Public,
    Mixed,
    Private,
    Target
};
enum class Status
{
    Proposed, // recommended or requested, with no money committed: a task force's budget estimate
    Announced,
    Approved,
    Enacted,
    Allocated,
    Disbursed,
    Withdrawn
};
// Money a total counts: neither withdrawn nor merely proposed. Both stay listed in the table and the
// timeline.
constexpr bool countsInTotals(Status status)
{
    return status != Status::Withdrawn && status != Status::Proposed;
}

// How far money has gone beyond its announcement, as a source dates it: a legislature or cabinet budget
// provided it, contracts or grants were signed with recipients, or it was paid out.
enum class MilestoneStage
{
    Appropriated,
    Awarded,
    Disbursed
};

enum class EventKind
{
    Strategy,
    Law,
    Institute,
    Summit,
    Other
};

template <> struct Vocabulary<AmountQualifier>
{
    static constexpr std::array<VocabularyEntry<AmountQualifier>, 5> entries{{
        {AmountQualifier::Exact, "exact", QT_TRANSLATE_NOOP("Labels", "exact")},
        {AmountQualifier::UpTo, "up_to", QT_TRANSLATE_NOOP("Labels", "up to")},
        {AmountQualifier::About, "about", QT_TRANSLATE_NOOP("Labels", "about")},
        {AmountQualifier::AtLeast, "at_least", QT_TRANSLATE_NOOP("Labels", "at least")},
        {AmountQualifier::MoreThan, "more_than", QT_TRANSLATE_NOOP("Labels", "more than")},
    }};
};

template <> struct Vocabulary<Category>
{
    static constexpr std::array<VocabularyEntry<Category>, 7> entries{{
        {Category::Strategy, "strategy", QT_TRANSLATE_NOOP("Labels", "Strategy")},
        {Category::Compute, "compute", QT_TRANSLATE_NOOP("Labels", "Compute")},
        {Category::Models, "models", QT_TRANSLATE_NOOP("Labels", "Models")},
        {Category::Research, "research", QT_TRANSLATE_NOOP("Labels", "Research")},
        {Category::Chips, "chips", QT_TRANSLATE_NOOP("Labels", "Chips")},
        {Category::Talent, "talent", QT_TRANSLATE_NOOP("Labels", "Talent")},
        {Category::Other, "other", QT_TRANSLATE_NOOP("Labels", "Other")},
    }};
};

template <> struct Vocabulary<FundingType>
{
    static constexpr std::array<VocabularyEntry<FundingType>, 4> entries{{
        {FundingType::Public, "public", QT_TRANSLATE_NOOP("Labels", "Public")},
        {FundingType::Mixed, "mixed", QT_TRANSLATE_NOOP("Labels", "Public–private")},
        {FundingType::Private, "private", QT_TRANSLATE_NOOP("Labels", "Private pledge")},
        {FundingType::Target, "target", QT_TRANSLATE_NOOP("Labels", "Mobilisation target")},
    }};
};

template <> struct Vocabulary<Status>
{
    static constexpr std::array<VocabularyEntry<Status>, 7> entries{{
        {Status::Proposed, "proposed", QT_TRANSLATE_NOOP("Labels", "Proposed")},
        {Status::Announced, "announced", QT_TRANSLATE_NOOP("Labels", "Announced")},
        {Status::Approved, "approved", QT_TRANSLATE_NOOP("Labels", "Approved")},
        {Status::Enacted, "enacted", QT_TRANSLATE_NOOP("Labels", "Enacted")},
        {Status::Allocated, "allocated", QT_TRANSLATE_NOOP("Labels", "Allocated")},
        {Status::Disbursed, "disbursed", QT_TRANSLATE_NOOP("Labels", "Disbursed")},
        {Status::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("Labels", "Withdrawn")},
    }};
};

template <> struct Vocabulary<MilestoneStage>
{
    static constexpr std::array<VocabularyEntry<MilestoneStage>, 3> entries{{
        {MilestoneStage::Appropriated, "appropriated", QT_TRANSLATE_NOOP("Labels", "Appropriated")},
        {MilestoneStage::Awarded, "awarded", QT_TRANSLATE_NOOP("Labels", "Awarded")},
        {MilestoneStage::Disbursed, "disbursed", QT_TRANSLATE_NOOP("Labels", "Disbursed")},
    }};
};

template <> struct Vocabulary<EventKind>
{
    static constexpr std::array<VocabularyEntry<EventKind>, 5> entries{{
        {EventKind::Strategy, "strategy", QT_TRANSLATE_NOOP("Labels", "Strategy")},
        {EventKind::Law, "law", QT_TRANSLATE_NOOP("Labels", "Law")},
        {EventKind::Institute, "institute", QT_TRANSLATE_NOOP("Labels", "Institute")},
        {EventKind::Summit, "summit", QT_TRANSLATE_NOOP("Labels", "Summit")},
        {EventKind::Other, "other", QT_TRANSLATE_NOOP("Labels", "Event")},
    }};
};

template <typename E> QString enumKey(E value)
{
    for (const VocabularyEntry<E> &entry : Vocabulary<E>::entries) {
        if (entry.value == value)
            return QString::fromLatin1(entry.key);
    }
    return {};
}

template <typename E> std::optional<E> enumFromKey(QStringView key)
{
    for (const VocabularyEntry<E> &entry : Vocabulary<E>::entries) {
        if (key == QLatin1StringView(entry.key))
            return entry.value;
    }
    return std::nullopt;
}

// All keys of E joined for error messages: "exact|up_to|about".
template <typename E> QString enumKeyList()
{
    QString list;
    for (const VocabularyEntry<E> &entry : Vocabulary<E>::entries) {
        if (!list.isEmpty())
            list += u'|';
        list += QLatin1StringView(entry.key);
    }
    return list;
}

template <typename E> constexpr auto allEnumValues()
{
    std::array<E, Vocabulary<E>::entries.size()> values{};
    for (std::size_t i = 0; i < values.size(); ++i)
        values[i] = Vocabulary<E>::entries[i].value;
    return values;
}

// The value's display label in the current UI language; empty for a value that has no label.
template <typename E> QString label(E value)
{
    for (const VocabularyEntry<E> &entry : Vocabulary<E>::entries) {
        if (entry.value == value && entry.label)
            return QCoreApplication::translate("Labels", entry.label);
    }
    return {};
}

#include "labels.h"

#include <QCoreApplication>

namespace {

template <typename E, std::size_t N>
QString lookup(E value, const std::array<std::pair<E, const char *>, N> &texts)
{
    for (const auto &[candidate, text] : texts) {
        if (candidate == value)
            return QCoreApplication::translate("Labels", text);
    }
    return {};
}

} // namespace

QString label(Category value)
{
    static constexpr std::array<std::pair<Category, const char *>, 7> texts{{
        {Category::Strategy, QT_TRANSLATE_NOOP("Labels", "Strategy")},
        {Category::Compute, QT_TRANSLATE_NOOP("Labels", "Compute")},
        {Category::Models, QT_TRANSLATE_NOOP("Labels", "Models")},
        {Category::Research, QT_TRANSLATE_NOOP("Labels", "Research")},
        {Category::Chips, QT_TRANSLATE_NOOP("Labels", "Chips")},
        {Category::Talent, QT_TRANSLATE_NOOP("Labels", "Talent")},
        {Category::Other, QT_TRANSLATE_NOOP("Labels", "Other")},
    }};
    return lookup(value, texts);
}

QString label(FundingType value)
{
    static constexpr std::array<std::pair<FundingType, const char *>, 4> texts{{
        {FundingType::Public, QT_TRANSLATE_NOOP("Labels", "Public")},
        {FundingType::Mixed, QT_TRANSLATE_NOOP("Labels", "Public–private")},
        {FundingType::Private, QT_TRANSLATE_NOOP("Labels", "Private pledge")},
        {FundingType::Target, QT_TRANSLATE_NOOP("Labels", "Mobilisation target")},
    }};
    return lookup(value, texts);
}

QString label(Status value)
{
    static constexpr std::array<std::pair<Status, const char *>, 6> texts{{
        {Status::Announced, QT_TRANSLATE_NOOP("Labels", "Announced")},
        {Status::Approved, QT_TRANSLATE_NOOP("Labels", "Approved")},
        {Status::Enacted, QT_TRANSLATE_NOOP("Labels", "Enacted")},
        {Status::Allocated, QT_TRANSLATE_NOOP("Labels", "Allocated")},
        {Status::Disbursed, QT_TRANSLATE_NOOP("Labels", "Disbursed")},
        {Status::Withdrawn, QT_TRANSLATE_NOOP("Labels", "Withdrawn")},
    }};
    return lookup(value, texts);
}

QString label(EventKind value)
{
    static constexpr std::array<std::pair<EventKind, const char *>, 5> texts{{
        {EventKind::Strategy, QT_TRANSLATE_NOOP("Labels", "Strategy")},
        {EventKind::Law, QT_TRANSLATE_NOOP("Labels", "Law")},
        {EventKind::Institute, QT_TRANSLATE_NOOP("Labels", "Institute")},
        {EventKind::Summit, QT_TRANSLATE_NOOP("Labels", "Summit")},
        {EventKind::Other, QT_TRANSLATE_NOOP("Labels", "Event")},
    }};
    return lookup(value, texts);
}

QString label(AmountQualifier value)
{
    static constexpr std::array<std::pair<AmountQualifier, const char *>, 5> texts{{
        {AmountQualifier::Exact, QT_TRANSLATE_NOOP("Labels", "exact")},
        {AmountQualifier::UpTo, QT_TRANSLATE_NOOP("Labels", "up to")},
        {AmountQualifier::About, QT_TRANSLATE_NOOP("Labels", "about")},
        {AmountQualifier::AtLeast, QT_TRANSLATE_NOOP("Labels", "at least")},
        {AmountQualifier::MoreThan, QT_TRANSLATE_NOOP("Labels", "more than")},
    }};
    return lookup(value, texts);
}

QString label(Measure value)
{
    static constexpr std::array<std::pair<Measure, const char *>, 4> texts{{
        {Measure::Total, QT_TRANSLATE_NOOP("Labels", "Total committed")},
        {Measure::PerCapita, QT_TRANSLATE_NOOP("Labels", "Per capita")},
        {Measure::GdpShare, QT_TRANSLATE_NOOP("Labels", "Annual share of GDP")},
        {Measure::Adoption, QT_TRANSLATE_NOOP("Labels", "Indicator")},
    }};
    return lookup(value, texts);
}

QString label(ViewKind value)
{
    static constexpr std::array<std::pair<ViewKind, const char *>, 4> texts{{
        {ViewKind::Timeline, QT_TRANSLATE_NOOP("Labels", "Timeline")},
        {ViewKind::Recipients, QT_TRANSLATE_NOOP("Labels", "Recipients")},
        {ViewKind::Comparison, QT_TRANSLATE_NOOP("Labels", "Comparison")},
        {ViewKind::Table, QT_TRANSLATE_NOOP("Labels", "Table")},
    }};
    return lookup(value, texts);
}

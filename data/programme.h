#pragma once

#include "money.h"
#include "partialdate.h"
#include "source.h"
#include "vocabulary.h"

#include <QString>

#include <optional>

// A funding programme as announced. A component of an umbrella programme names it in parentId; totals
// count the umbrella and never both.
struct Programme
{
    QString id;
    QString countryCode;
    QString nameEn;
    QString nameJa;
    QString nameJaSource; // where nameJa comes from (japanesename.h)
    QString bodyEn;
    QString bodyJa;
    QString bodyJaSource; // where bodyJa comes from (japanesename.h)
    PartialDate announced;
    int startYear = 0;
    int endYear = 0;
    Money amount;
    Category category = Category::Other;
    FundingType funding = FundingType::Public;
    Status status = Status::Announced;
    QString parentId;
    SourceRef source;
    QString notes;

    int durationYears() const { return endYear - startYear + 1; }

    friend bool operator==(const Programme &, const Programme &) = default;
};

// A programme whose money a second umbrella also contains, besides its parent: the first-year tranche of a
// multi-year envelope that is also a line of that year's budget. Totals that count both umbrellas subtract it
// once, so the money is never counted twice.
struct Overlap
{
    QString programmeId;
    QString partOfId;
    SourceRef source;
    QString note;

    friend bool operator==(const Overlap &, const Overlap &) = default;
};

// What a source says had been appropriated, awarded or paid of a programme by a date, beside what was
// announced: the gap between pledge and payment.
struct Milestone
{
    QString programmeId;
    MilestoneStage stage = MilestoneStage::Awarded;
    PartialDate date;
    Money amount;
    SourceRef source;
    QString note; // what the figure covers when the source's wording alone does not say

    friend bool operator==(const Milestone &, const Milestone &) = default;
};

// A credible source that disagrees with the figure a programme cites.
struct Dispute
{
    QString programmeId;
    std::optional<Money> alternativeAmount;
    std::optional<PartialDate> alternativeDate;
    SourceRef source;
    QString note;

    friend bool operator==(const Dispute &, const Dispute &) = default;
};

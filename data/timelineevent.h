#pragma once

#include "partialdate.h"
#include "source.h"
#include "vocabulary.h"

#include <QString>

// A dated policy event without an amount: a strategy adopted, a law passed, an institute founded.
struct TimelineEvent
{
    QString id;
    QString countryCode;
    PartialDate date;
    EventKind kind = EventKind::Other;
    QString titleEn;
    QString titleJa;
    SourceRef source;
    QString titleJaSource; // where titleJa comes from (japanesename.h)

    friend bool operator==(const TimelineEvent &, const TimelineEvent &) = default;
};

#pragma once

#include "money.h"
#include "source.h"

#include <QString>

// An organisation that receives programme money. Joint applicants are one recipient with both names.
struct Recipient
{
    QString id;
    QString nameEn;
    QString nameJa;
    QString countryCode;
    QString nameJaSource; // where nameJa comes from (japanesename.h)

    friend bool operator==(const Recipient &, const Recipient &) = default;
};

struct Allocation
{
    QString programmeId;
    QString recipientId;
    Money amount;
    SourceRef source;

    friend bool operator==(const Allocation &, const Allocation &) = default;
};

#pragma once

#include "vocabulary.h"

#include <QString>
#include <QtGlobal>

// An amount as announced: whole units of an ISO 4217 currency (387300000000 JPY), with the qualifier the
// source used ("up to", "about").
struct Money
{
    qint64 units = 0;
    QString currency;
    AmountQualifier qualifier = AmountQualifier::Exact;

    friend bool operator==(const Money &, const Money &) = default;
};

// A converted figure never travels without the original it came from and the rate year used.
struct ConvertedMoney
{
    Money original;
    double value = 0; // whole units of `currency`
    QString currency;
    int rateYear = 0;          // year of the annual average rate applied
    bool rateFallback = false; // no rate for the announcement year; the nearest year's was used
};

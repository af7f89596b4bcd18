#pragma once

#include "source.h"

#include <QString>

// A non-money series, such as the share of people using generative AI, with the survey that defines it.
struct IndicatorSeries
{
    QString id;
    QString nameEn;
    QString nameJa;
    QString unit; // "percent"
    QString survey;
    QString definition;

    friend bool operator==(const IndicatorSeries &, const IndicatorSeries &) = default;
};

struct IndicatorValue
{
    QString seriesId;
    QString countryCode;
    int year = 0;
    double value = 0;
    SourceRef source;

    friend bool operator==(const IndicatorValue &, const IndicatorValue &) = default;
};

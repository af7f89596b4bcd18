#pragma once

#include "source.h"

#include <QString>

// A yearly country figure: population in persons or GDP in current US dollars.
struct CountryFigure
{
    QString countryCode;
    int year = 0;
    double value = 0;
    SourceRef source;

    friend bool operator==(const CountryFigure &, const CountryFigure &) = default;
};

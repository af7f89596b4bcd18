#pragma once

#include "source.h"

#include <QString>

// Annual average exchange rate: units of `currency` per one US dollar.
struct ExchangeRate
{
    QString currency;
    int year = 0;
    double perUsd = 0;
    SourceRef source;

    friend bool operator==(const ExchangeRate &, const ExchangeRate &) = default;
};

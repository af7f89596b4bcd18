#pragma once

#include <QString>

// A country (ISO 3166-1 alpha-3) or a bloc such as the European Union (EUU).
struct Country
{
    QString code;
    QString nameEn;
    QString nameJa;
    bool isBloc = false;

    friend bool operator==(const Country &, const Country &) = default;
};

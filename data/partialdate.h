#pragma once

#include <QDate>
#include <QString>

#include <optional>

// A date known to the day or only to the month, as sources state it ("2024-04-19" or "2024-04").
struct PartialDate
{
    int year = 0;
    int month = 0;
    int day = 0; // 0 when only the month is known

    static std::optional<PartialDate> fromIso(QStringView text);
    QString toIso() const;
    bool isValid() const { return year > 0; }
    // The first day of the period, for placing the date on an axis.
    QDate firstDay() const { return QDate(year, month, day > 0 ? day : 1); }

    friend bool operator==(const PartialDate &, const PartialDate &) = default;
    friend auto operator<=>(const PartialDate &, const PartialDate &) = default;
};

#include "partialdate.h"

#include <QRegularExpression>

std::optional<PartialDate> PartialDate::fromIso(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})(?:-(\\d{2}))?$"));
    const auto match = pattern.match(text.toString());
    if (!match.hasMatch())
        return std::nullopt;
    PartialDate date{match.captured(1).toInt(), match.captured(2).toInt(),
                     match.hasCaptured(3) ? match.captured(3).toInt() : 0};
    if (date.month < 1 || date.month > 12)
        return std::nullopt;
    if (date.day > 0 && !QDate(date.year, date.month, date.day).isValid())
        return std::nullopt;
    return date;
}

QString PartialDate::toIso() const
{
    QString iso =
        QStringLiteral("%1-%2").arg(year, 4, 10, QLatin1Char('0')).arg(month, 2, 10, QLatin1Char('0'));
    if (day > 0)
        iso += QStringLiteral("-%1").arg(day, 2, 10, QLatin1Char('0'));
    return iso;
}

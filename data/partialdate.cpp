#include "partialdate.h"

namespace {

// The number in text[from, from + digits), when every character there is an ASCII digit.
std::optional<int> asciiNumber(QStringView text, qsizetype from, qsizetype digits)
{
    int number = 0;
    for (const QChar c : text.sliced(from, digits)) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        number = number * 10 + (c.unicode() - u'0');
    }
    return number;
}

} // namespace

// YYYY-MM or YYYY-MM-DD, read by hand: every date of a large dataset passes through here.
std::optional<PartialDate> PartialDate::fromIso(QStringView text)
{
    const bool withDay = text.size() == 10;
    if ((text.size() != 7 && !withDay) || text.at(4) != u'-' || (withDay && text.at(7) != u'-'))
        return std::nullopt;
    const auto year = asciiNumber(text, 0, 4);
    const auto month = asciiNumber(text, 5, 2);
    const auto day = withDay ? asciiNumber(text, 8, 2) : std::optional<int>(0);
    if (!year || !month || !day || *month < 1 || *month > 12)
        return std::nullopt;
    if (withDay && !QDate(*year, *month, *day).isValid())
        return std::nullopt;
    return PartialDate{*year, *month, *day};
}

QString PartialDate::toIso() const
{
    QString iso =
        QStringLiteral("%1-%2").arg(year, 4, 10, QLatin1Char('0')).arg(month, 2, 10, QLatin1Char('0'));
    if (day > 0)
        iso += QStringLiteral("-%1").arg(day, 2, 10, QLatin1Char('0'));
    return iso;
}

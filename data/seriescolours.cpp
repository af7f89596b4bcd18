#include "seriescolours.h"

#include "analysis.h"

#include <algorithm>

int categorySlot(Category category)
{
    const auto values = allEnumValues<Category>();
    return int(std::find(values.begin(), values.end(), category) - values.begin());
}

QHash<QString, int> countrySlots(const Analysis &analysis, const QStringList &shownCodes)
{
    const QStringList &ranked = analysis.countriesByFunding();
    QHash<QString, int> assigned;
    QList<bool> taken(kCountrySlots, false);
    for (const QString &code : shownCodes) {
        const qsizetype rank = ranked.indexOf(code);
        if (rank >= 0 && rank < kCountrySlots) {
            assigned.insert(code, int(rank));
            taken[rank] = true;
        }
    }
    for (const QString &code : shownCodes) {
        if (assigned.contains(code))
            continue;
        const auto free = std::find(taken.begin(), taken.end(), false);
        if (free == taken.end())
            break; // more countries than assigned: the rest are drawn as "others"
        *free = true;
        assigned.insert(code, int(free - taken.begin()));
    }
    return assigned;
}

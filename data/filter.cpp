#include "filter.h"

#include "dataset.h"

#include <QDate>

#include <algorithm>

Filter defaultFilter(const Dataset &dataset)
{
    Filter filter;
    const auto first = std::min_element(
        dataset.programmes.cbegin(), dataset.programmes.cend(),
        [](const Programme &a, const Programme &b) { return a.announced.year < b.announced.year; });
    const int asOfYear =
        dataset.info.dataAsOf.isValid() ? dataset.info.dataAsOf.year() : QDate::currentDate().year();
    filter.toYear = asOfYear;
    filter.fromYear =
        first == dataset.programmes.cend() ? asOfYear : std::min(first->announced.year, asOfYear);
    return filter;
}

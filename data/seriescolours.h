#pragma once

#include "vocabulary.h"

#include <QHash>
#include <QString>
#include <QStringList>

class Analysis;

// Palette slots that give a country or a category the same colour in every chart, on screen and on paper,
// whatever is filtered: a slot is chosen by key, never by a series' position in one chart. The widgets map
// a slot to a colour (chartstyle.h); -1 stands for the grey of "others".

// How many countries keep a slot of their own.
inline constexpr int kCountrySlots = 16;

// A category's slot: its place in the vocabulary.
int categorySlot(Category category);

// Slots for the countries one chart shows. The kCountrySlots countries with the most public money in the
// whole dataset own their slots; another country takes the first slot no shown country owns.
QHash<QString, int> countrySlots(const Analysis &analysis, const QStringList &shownCodes);

#pragma once

#include "money.h"

#include <QString>

// Human-readable money: "up to ¥72.5 billion", "$6.3 billion", "€1.5 billion". Four significant digits at
// most, so a figure is never shown more precisely than it was announced at that scale.
QString formatAmount(double value, const QString &currency, AmountQualifier qualifier = AmountQualifier::Exact);
QString formatMoney(const Money &money);
// Short form for axis ticks and bar labels, three significant digits: "¥500 bn", "$1.2 tn", "$6.9 bn".
QString formatAmountCompact(double value, const QString &currency);
QString currencySymbol(const QString &currency);

#pragma once

#include "money.h"
#include "partialdate.h"

#include <QString>

// Human-readable money in the display language: "up to ¥72.5 billion", "$6.3 billion"; in Japanese
// "最大725億円", "63億ドル", "約1兆円". Four significant digits at most, so a figure is never shown more
// precisely than it was announced at that scale.
QString formatAmount(double value, const QString &currency,
                     AmountQualifier qualifier = AmountQualifier::Exact);
QString formatMoney(const Money &money);
// Short form for axis ticks and bar labels, three significant digits: "¥500 bn", "$1.2 tn", "about $6.9 bn".
QString formatAmountCompact(double value, const QString &currency,
                            AmountQualifier qualifier = AmountQualifier::Exact);
QString currencySymbol(const QString &currency);
// A small amount to the cent, such as funding per person: "$155.00", "155.00ドル".
QString formatPerPerson(double value, const QString &currency);
// A date for readers, in the display language and to the precision the source gives: "21 December 2025",
// "December 2025", "2025"; in Japanese "2025年12月21日", "2025年12月", "2025年". English month names whatever
// the system locale. Never for machine-readable output (CSV, view and pack files, BibTeX, the database):
// those write PartialDate::toIso() or Qt::ISODate.
QString formatPartialDate(const PartialDate &date);
QString formatDate(const QDate &date);
// The years a programme's money covers: "2024" or "2024–2030".
QString formatPeriod(int startYear, int endYear);

#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <span>

// The currencies the app knows how to write, one row each: how an amount in it is written in English and
// in Japanese, and whether the user may choose it as the display currency (the filter panel's combo box,
// --currency and briefing-pack files). A currency not listed is written with its ISO code.
struct CurrencyInfo
{
    const char *code;             // ISO 4217
    const char16_t *symbol;       // before the number in English ("$6.3 billion"); null: "SEK 12 billion"
    const char16_t *japaneseName; // after the number in Japanese ("63億ドル"); null: "63億 SEK"
    bool displayCurrency = false; // offered as a display currency
};

std::span<const CurrencyInfo> currencies();
// The row for an ISO code, or null.
const CurrencyInfo *currencyInfo(QStringView code);
// The display currencies in the order they are offered: USD, JPY, EUR.
QStringList displayCurrencies();

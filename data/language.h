#pragma once

#include <QString>

// The language figures, dates and dataset names are shown in.
enum class Language
{
    English,
    Japanese
};

// The one piece of global state in the data layer, on purpose: like the installed QTranslator it is a
// process-wide choice, and threading it through every formatter would not make it less global.
// Contract: set only through applyLanguage() (app/translation.cpp, which also swaps the translators) on the
// GUI thread, at start-up or when the user switches, and the views are rebuilt after; tests set it directly.
// Never changed while another thread formats text. Read by everything under data/ that formats text
// (amountformat, displaytext, the view builders, programmedetail).
Language displayLanguage();
void setDisplayLanguage(Language language);

// "ja" or "en", as the command line and settings spell it.
QString languageCode(Language language);

// The Japanese text when the display language is Japanese and the dataset has it, else the English.
QString localised(const QString &english, const QString &japanese);

#pragma once

#include <QString>

// The language figures, dates and dataset names are shown in. Set once at start-up (or when the user switches),
// before any view is built; read wherever text is formatted.
enum class Language { English, Japanese };

Language displayLanguage();
void setDisplayLanguage(Language language);

// "ja" or "en", as the command line and settings spell it.
QString languageCode(Language language);

// The Japanese text when the display language is Japanese and the dataset has it, else the English.
QString localised(const QString &english, const QString &japanese);

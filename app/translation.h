#pragma once

#include "language.h"

#include <QStringList>

// The language the app starts in: --lang ja|en, else the choice saved in the settings, else the system
// locale.
Language startupLanguage(const QStringList &arguments);

// Installs the app's and Qt's own catalogues for `language` (replacing any installed before) and makes it the
// display language for figures, dates and dataset names. Call before any window or export is built.
void applyLanguage(Language language);

// Latin text in DejaVu Sans, Japanese in IPA P Gothic: Japanese renders everywhere and a PDF's text copies
// back as the characters written (Noto CJK, fontconfig's usual pick, maps 月 and 大 to look-alike Kangxi
// radicals).
void preferJapaneseFontWithFaithfulPdfText();

// Remembers the user's choice for the next start.
void saveLanguage(Language language);

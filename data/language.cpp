#include "language.h"

namespace {

Language g_language = Language::English;

} // namespace

Language displayLanguage()
{
    return g_language;
}

void setDisplayLanguage(Language language)
{
    g_language = language;
}

QString languageCode(Language language)
{
    return language == Language::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
}

QString localised(const QString &english, const QString &japanese)
{
    return g_language == Language::Japanese && !japanese.isEmpty() ? japanese : english;
}

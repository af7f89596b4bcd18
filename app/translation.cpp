#include "translation.h"

#include <QCoreApplication>
#include <QFont>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<QTranslator> g_appTranslator;
std::unique_ptr<QTranslator> g_qtTranslator;

std::optional<Language> languageFromCode(const QString &code)
{
    if (code == u"ja")
        return Language::Japanese;
    if (code == u"en")
        return Language::English;
    return std::nullopt;
}

} // namespace

Language startupLanguage(const QStringList &arguments)
{
    for (qsizetype i = 1; i + 1 < arguments.size(); ++i) {
        if (arguments.at(i) == u"--lang") {
            if (const auto language = languageFromCode(arguments.at(i + 1)))
                return *language;
        }
    }
    if (const auto saved = languageFromCode(QSettings().value(u"language"_s).toString()))
        return *saved;
    return QLocale::system().language() == QLocale::Japanese ? Language::Japanese : Language::English;
}

void applyLanguage(Language language)
{
    for (auto *translator : {&g_appTranslator, &g_qtTranslator}) {
        if (*translator)
            QCoreApplication::removeTranslator(translator->get());
        translator->reset();
    }
    setDisplayLanguage(language);
    if (language != Language::Japanese)
        return;
    g_appTranslator = std::make_unique<QTranslator>();
    if (g_appTranslator->load(u":/i18n/ai-policy-explorer_ja.qm"_s))
        QCoreApplication::installTranslator(g_appTranslator.get());
    g_qtTranslator = std::make_unique<QTranslator>();
    if (g_qtTranslator->load(u"qtbase_ja"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(g_qtTranslator.get());
}

void preferJapaneseFontWithFaithfulPdfText()
{
    QFont font = QGuiApplication::font();
    font.setFamilies({u"DejaVu Sans"_s, font.family(), u"IPAPGothic"_s});
    QGuiApplication::setFont(font);
}

void saveLanguage(Language language)
{
    QSettings().setValue(u"language"_s, languageCode(language));
}

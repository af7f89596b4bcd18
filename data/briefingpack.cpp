#include "briefingpack.h"

#include "filterparser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

// Translated when a pack is made, so a pack made in Japanese has a Japanese cover.
QString defaultTitle()
{
    return QCoreApplication::translate("BriefingPack", "National AI funding");
}

} // namespace

BriefingPack defaultBriefingPack(const Filter &filter)
{
    BriefingPack pack;
    pack.title = defaultTitle();
    pack.date = QDate::currentDate();
    for (ViewKind view : allEnumValues<ViewKind>())
        pack.figures.append({view, filter, {}});
    return pack;
}

PackReadResult readBriefingPack(const QByteArray &json, const Dataset &dataset, const Filter &defaults)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull())
        return {{},
                u"not valid JSON at offset %1: %2"_s.arg(parseError.offset).arg(parseError.errorString())};
    if (!document.isObject())
        return {{}, u"the pack must be a JSON object"_s};
    const QJsonObject root = document.object();
    BriefingPack pack;
    pack.title = root.value(u"title"_s).toString(defaultTitle());
    pack.organisation = root.value(u"organisation"_s).toString();
    pack.author = root.value(u"author"_s).toString();
    pack.date = root.contains(u"date"_s) ? QDate::fromString(root.value(u"date"_s).toString(), Qt::ISODate)
                                         : QDate::currentDate();
    if (!pack.date.isValid())
        return {{}, u"date: '%1' is not YYYY-MM-DD"_s.arg(root.value(u"date"_s).toString())};
    const QJsonArray figures = root.value(u"figures"_s).toArray();
    if (figures.isEmpty())
        return {{}, u"figures: the pack lists no figures"_s};
    for (qsizetype i = 0; i < figures.size(); ++i) {
        const QJsonObject figure = figures.at(i).toObject();
        const QString where = u"figures[%1]"_s.arg(i);
        const auto view = enumFromKey<ViewKind>(figure.value(u"view"_s).toString());
        if (!view) {
            return {{},
                    u"%1.view: '%2' is not one of %3"_s.arg(where, figure.value(u"view"_s).toString(),
                                                            enumKeyList<ViewKind>())};
        }
        const FilterParseResult parsed = parseFilter(
            [&](const QString &name) -> std::optional<QString> {
                if (!figure.contains(name))
                    return std::nullopt;
                return figure.value(name).toVariant().toString();
            },
            dataset, defaults);
        if (!parsed.error.isEmpty())
            return {{}, where + u'.' + parsed.error};
        pack.figures.append({*view, parsed.filter, figure.value(u"caption"_s).toString()});
    }
    return {pack, {}};
}

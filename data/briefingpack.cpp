#include "briefingpack.h"

#include "filterparser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>
#include <cmath>

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

namespace {

constexpr int kFormatVersion = 1;
const QString kViewFormat = u"ai-policy-explorer-view"_s;
const QString kPackFormat = u"ai-policy-explorer-pack"_s;

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Array:
        return u"a list"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Bool:
        return u"true or false"_s;
    case QJsonValue::Double:
        return u"a number"_s;
    case QJsonValue::Null:
        return u"null"_s;
    default:
        return u"text"_s;
    }
}

// The first key of `object` not in `known`, named with where it is; empty when all are known.
QString unknownKey(const QJsonObject &object, const QStringList &known, const QString &where)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!known.contains(it.key()))
            return u"%1%2: unknown key (expected one of %3)"_s.arg(where, it.key(), known.join(u", "_s));
    }
    return {};
}

// A text value, or an error naming the key; a year may also be a number.
std::optional<QString> textValue(const QJsonValue &value, const QString &key, QString &error)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble() && (key == u"from" || key == u"to") &&
        value.toDouble() == std::trunc(value.toDouble()))
        return QString::number(qint64(value.toDouble()));
    error = u"%1: expected text%2, found %3"_s.arg(
        key, key == u"countries" ? u" such as \"JPN,USA\""_s : QString(), typeName(value));
    return std::nullopt;
}

// The figure entry keys: the view, its caption and every filter option.
QStringList figureKeys()
{
    return QStringList{u"view"_s, u"caption"_s} + filterOptionNames();
}

struct FigureRead
{
    PackFigure figure;
    QString error;
};

FigureRead readFigure(const QJsonObject &entry, const QString &where, const Dataset &dataset,
                      const Filter &defaults, const QStringList &extraKeys = {})
{
    if (const QString error = unknownKey(entry, figureKeys() + extraKeys, where); !error.isEmpty())
        return {{}, error};
    QString error;
    const auto view = textValue(entry.value(u"view"_s), u"view"_s, error);
    if (!view)
        return {{}, where + error};
    const auto kind = enumFromKey<ViewKind>(*view);
    if (!kind)
        return {{}, u"%1view: '%2' is not one of %3"_s.arg(where, *view, enumKeyList<ViewKind>())};
    QString caption;
    if (entry.contains(u"caption"_s)) {
        const auto text = textValue(entry.value(u"caption"_s), u"caption"_s, error);
        if (!text)
            return {{}, where + error};
        caption = *text;
    }
    const FilterParseResult parsed = parseFilter(
        [&](const QString &name) -> std::optional<QString> {
            if (!entry.contains(name) || !error.isEmpty())
                return std::nullopt;
            return textValue(entry.value(name), name, error);
        },
        dataset, defaults);
    if (!error.isEmpty())
        return {{}, where + error};
    if (!parsed.error.isEmpty())
        return {{}, where + parsed.error};
    return {{*kind, parsed.filter, caption}, {}};
}

QJsonObject figureJson(const PackFigure &figure)
{
    QJsonObject entry{{u"view"_s, enumKey(figure.view)}};
    if (!figure.caption.isEmpty())
        entry.insert(u"caption"_s, figure.caption);
    for (const auto &[name, value] : filterOptions(figure.filter))
        entry.insert(name, value);
    return entry;
}

// The root object of a file of `format`, or an error; a file without a version is a hand-written version 1.
std::optional<QJsonObject> readRoot(const QByteArray &json, const QString &format, QString &error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull()) {
        error = u"not valid JSON at offset %1: %2"_s.arg(parseError.offset).arg(parseError.errorString());
        return std::nullopt;
    }
    if (!document.isObject()) {
        error = u"the file must be a JSON object"_s;
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (root.contains(u"format"_s) && root.value(u"format"_s).toString() != format) {
        error = u"format: '%1' is not %2"_s.arg(root.value(u"format"_s).toVariant().toString(), format);
        return std::nullopt;
    }
    if (root.contains(u"version"_s)) {
        const QJsonValue version = root.value(u"version"_s);
        if (!version.isDouble() || version.toDouble() < 1 ||
            version.toDouble() != std::trunc(version.toDouble())) {
            error = u"version: expected a whole number, found %1"_s.arg(typeName(version));
            return std::nullopt;
        }
        if (version.toInt() > kFormatVersion) {
            error = u"version %1 is newer than this version of AI Policy Explorer reads (%2)"_s
                        .arg(version.toInt())
                        .arg(kFormatVersion);
            return std::nullopt;
        }
    }
    return root;
}

} // namespace

PackReadResult readBriefingPack(const QByteArray &json, const Dataset &dataset, const Filter &defaults)
{
    QString error;
    const std::optional<QJsonObject> root = readRoot(json, kPackFormat, error);
    if (!root)
        return {{}, error};
    error = unknownKey(
        *root,
        {u"format"_s, u"version"_s, u"title"_s, u"organisation"_s, u"author"_s, u"date"_s, u"figures"_s}, {});
    if (!error.isEmpty())
        return {{}, error};
    BriefingPack pack;
    std::array<std::pair<QString, QString *>, 3> texts{
        {{u"title"_s, &pack.title}, {u"organisation"_s, &pack.organisation}, {u"author"_s, &pack.author}}};
    pack.title = defaultTitle();
    for (const auto &[key, into] : texts) {
        if (!root->contains(key))
            continue;
        const auto text = textValue(root->value(key), key, error);
        if (!text)
            return {{}, error};
        *into = *text;
    }
    pack.date = QDate::currentDate();
    if (root->contains(u"date"_s)) {
        const auto text = textValue(root->value(u"date"_s), u"date"_s, error);
        if (!text)
            return {{}, error};
        pack.date = QDate::fromString(*text, Qt::ISODate);
        if (!pack.date.isValid())
            return {{}, u"date: '%1' is not YYYY-MM-DD"_s.arg(*text)};
    }
    const QJsonValue figures = root->value(u"figures"_s);
    if (!figures.isArray())
        return {{},
                figures.isUndefined() ? u"figures: the pack lists no figures"_s
                                      : u"figures: expected a list, found %1"_s.arg(typeName(figures))};
    if (figures.toArray().isEmpty())
        return {{}, u"figures: the pack lists no figures"_s};
    const QJsonArray list = figures.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString where = u"figures[%1]."_s.arg(i);
        if (!list.at(i).isObject())
            return {{}, u"figures[%1]: expected an object, found %2"_s.arg(i).arg(typeName(list.at(i)))};
        FigureRead read = readFigure(list.at(i).toObject(), where, dataset, defaults);
        if (!read.error.isEmpty())
            return {{}, read.error};
        pack.figures.append(read.figure);
    }
    return {pack, {}};
}

QByteArray writeBriefingPack(const BriefingPack &pack)
{
    QJsonArray figures;
    for (const PackFigure &figure : pack.figures)
        figures.append(figureJson(figure));
    const QJsonObject root{{u"format"_s, kPackFormat}, {u"version"_s, kFormatVersion},
                           {u"title"_s, pack.title},   {u"organisation"_s, pack.organisation},
                           {u"author"_s, pack.author}, {u"date"_s, pack.date.toString(Qt::ISODate)},
                           {u"figures"_s, figures}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

ViewReadResult readViewFile(const QByteArray &json, const Dataset &dataset)
{
    QString error;
    const std::optional<QJsonObject> root = readRoot(json, kViewFormat, error);
    if (!root)
        return {{}, error};
    FigureRead read = readFigure(*root, {}, dataset, defaultFilter(dataset), {u"format"_s, u"version"_s});
    return {read.figure, read.error};
}

QByteArray writeViewFile(const PackFigure &figure)
{
    QJsonObject root = figureJson(figure);
    root.insert(u"format"_s, kViewFormat);
    root.insert(u"version"_s, kFormatVersion);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

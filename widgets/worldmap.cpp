#include "worldmap.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

WorldMap readWorldMap()
{
    QFile file(u":/map/world-110m.json"_s);
    const bool opened = file.open(QIODevice::ReadOnly);
    Q_ASSERT(opened); // embedded at build time
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const double unit = root.value(u"unit"_s).toDouble();
    WorldMap map;
    for (const QJsonValue &entry : root.value(u"countries"_s).toArray()) {
        const QJsonObject country = entry.toObject();
        MapCountryShape shape{country.value(u"code"_s).toString(),
                              country.value(u"name_en"_s).toString(),
                              country.value(u"name_ja"_s).toString(),
                              {},
                              std::nullopt};
        // Each polygon's rings, each ring its coordinates flat: x0, y0, x1, y1, …
        for (const QJsonValue &polygon : country.value(u"polygons"_s).toArray()) {
            for (const QJsonValue &ringValue : polygon.toArray()) {
                const QJsonArray ring = ringValue.toArray();
                for (qsizetype i = 0; i + 1 < ring.size(); i += 2) {
                    const QPointF at(ring.at(i).toDouble() * unit, ring.at(i + 1).toDouble() * unit);
                    if (i == 0)
                        shape.path.moveTo(at);
                    else
                        shape.path.lineTo(at);
                }
                shape.path.closeSubpath();
            }
        }
        shape.path.setFillRule(Qt::OddEvenFill); // a hole (Lesotho in South Africa) stays open
        if (const QJsonArray point = country.value(u"point"_s).toArray(); point.size() == 2)
            shape.point = QPointF(point.at(0).toDouble() * unit, point.at(1).toDouble() * unit);
        map.bounds |= shape.path.boundingRect(); // the points lie among the shapes
        map.countries.append(std::move(shape));
    }
    return map;
}

} // namespace

const WorldMap &worldMap()
{
    static const WorldMap map = readWorldMap();
    return map;
}

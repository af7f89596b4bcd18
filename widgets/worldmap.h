#pragma once

#include <QList>
#include <QPainterPath>
#include <QPointF>
#include <QString>

#include <optional>

// The world's countries as the map draws them: Natural Earth's 1:110m shapes in the Equal Earth projection,
// read once from the resource that resources/map/make_world_map.py made. Coordinates are the projection's,
// x east and y north; a country too small for that scale is a point.
struct MapCountryShape
{
    QString code; // ISO 3166-1 alpha-3; empty for an area Natural Earth draws without one (Kosovo)
    QString nameEn;
    QString nameJa;
    QPainterPath path; // empty for a point
    std::optional<QPointF> point;
};

struct WorldMap
{
    QList<MapCountryShape> countries;
    QRectF bounds; // of every shape
};

const WorldMap &worldMap();

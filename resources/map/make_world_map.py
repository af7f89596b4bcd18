#!/usr/bin/env python3
"""Makes world-110m.json, the country shapes the map draws, from the npm package world-atlas 2.0.2
(Natural Earth 4.1.0, public domain; TopoJSON by Mike Bostock, ISC licence), run once by hand:

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python3 make_world_map.py package > world-110m.json

Shapes come from the 1:110m countries, projected to Equal Earth (Savric, Patterson and Jenny, 2018) in
units of 1/10000 and with Antarctica left out. Countries too small for that scale (Singapore, Bahrain,
Malta…) come from the 1:50m file as a point, their largest polygon's centre, for the map to mark. Codes are
ISO 3166-1 alpha-3 from Debian's iso-codes, Japanese names from its Japanese catalogue; the three areas
Natural Earth draws without an ISO code (Kosovo, N. Cyprus, Somaliland) keep their Natural Earth name and no
code, so they are drawn but never hold data."""
import gettext, json, math, sys

A1, A2, A3, A4 = 1.340264, -0.081106, 0.000893, 0.003796
M = math.sqrt(3) / 2
SCALE = 10000


def equal_earth(lon, lat):
    lam, phi = math.radians(lon), math.radians(lat)
    theta = math.asin(M * math.sin(phi))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    x = lam * math.cos(theta) / (M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)))
    y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2))
    return round(x * SCALE), round(y * SCALE)


def decode(topology):
    sx, sy = topology['transform']['scale']
    tx, ty = topology['transform']['translate']
    arcs = []
    for arc in topology['arcs']:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)

    def ring(indexes):
        points = []
        for i in indexes:
            arc = arcs[i] if i >= 0 else arcs[~i][::-1]
            points.extend(arc if not points else arc[1:])
        return points

    def polygons(geometry):
        if geometry['type'] == 'Polygon':
            return [[ring(r) for r in geometry['arcs']]]
        if geometry['type'] == 'MultiPolygon':
            return [[ring(r) for r in p] for p in geometry['arcs']]
        return []

    return [(g.get('id'), g['properties']['name'], polygons(g))
            for g in topology['objects']['countries']['geometries']]


def unwrapped(ring):
    """A ring that crosses the antimeridian (Fiji) as one piece on the side it mostly lies: its far points
    brought round and held at the edge, instead of a stripe across the whole map."""
    crosses = any(abs(a[0] - b[0]) > 180 for a, b in zip(ring, ring[1:]))
    if not crosses:
        return ring
    east = sum(1 for lon, _ in ring if lon > 0) >= len(ring) / 2
    return [(max(lon, 180 - 1e-9) if east and lon < 0 else min(lon, -180 + 1e-9) if not east and lon > 0 else lon, lat)
            for lon, lat in ring]


def area(points):
    return abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1]))) / 2


def main(package):
    iso = json.load(open('/usr/share/iso-codes/json/iso_3166-1.json'))['3166-1']
    by_numeric = {c['numeric']: c for c in iso}
    japanese = gettext.translation('iso_3166-1', localedir='/usr/share/locale', languages=['ja'])

    def names(numeric, fallback):
        c = by_numeric.get(numeric)
        if not c:
            return '', fallback, fallback
        english = c.get('common_name', c['name'])
        # The common name's translation where there is one ("Taiwan"), else the official name's.
        ja = japanese.gettext(english)
        return c['alpha_3'], english, ja if ja != english else japanese.gettext(c['name'])

    countries = []
    seen = set()
    for numeric, name, shapes in decode(json.load(open(f'{package}/countries-110m.json'))):
        code, english, ja = names(numeric, name)
        if code == 'ATA':
            continue
        seen.add(numeric)
        rings = [[[c for lon, lat in unwrapped(r) for c in equal_earth(lon, lat)] for r in p] for p in shapes]
        countries.append({'code': code, 'name_en': english, 'name_ja': ja, 'polygons': rings})
    for numeric, name, shapes in decode(json.load(open(f'{package}/countries-50m.json'))):
        if numeric in seen or numeric not in by_numeric or not shapes or by_numeric[numeric]['alpha_3'] == 'ATA':
            continue
        outer = max((p[0] for p in shapes), key=area)
        lon = sum(p[0] for p in outer) / len(outer)
        lat = sum(p[1] for p in outer) / len(outer)
        code, english, ja = names(numeric, name)
        countries.append({'code': code, 'name_en': english, 'name_ja': ja, 'point': list(equal_earth(lon, lat))})
    countries.sort(key=lambda c: (c['code'] == '', c['code'], c['name_en']))
    json.dump({'source': 'Natural Earth 4.1.0 via world-atlas 2.0.2 (countries-110m, points from countries-50m)',
               'projection': 'Equal Earth', 'unit': 1 / SCALE, 'countries': countries},
              sys.stdout, ensure_ascii=False, separators=(',', ':'))
    sys.stdout.write('\n')


main(sys.argv[1])

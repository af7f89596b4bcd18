#include "mapplot.h"

#include "chartstyle.h"
#include "figure.h"
#include "worldmap.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

constexpr double kMarkerRadius = 5;         // pixels, of a country drawn as a marker
constexpr double kSmallestCountryArea = 30; // square pixels at the map's printed size; smaller is a marker
// Where the EU's marker stands: west of Europe in the Atlantic, clear of its members, named beneath it over
// the open ocean, which stays clear of land however narrow the map (Equal Earth of 25.3° W, 41.1° N).
const QPointF kBlocMarker(-0.3345, 0.7929);
const QString kBloc = u"EUU"_s;

// From the projection's coordinates to the widget's pixels, as the axes stand (both are linear).
QTransform toPixels(const QCPAxis *x, const QCPAxis *y)
{
    const double x0 = x->coordToPixel(0), y0 = y->coordToPixel(0);
    return QTransform(x->coordToPixel(1) - x0, 0, 0, y->coordToPixel(1) - y0, x0, y0);
}

QColor noDataGrey()
{
    return QColor(0xF0, 0xF0, 0xF0);
}

} // namespace

// Draws every country's outline and fill in one pass, beneath the markers: a plottable per country would
// cost the legend and the layout a few hundred entries for nothing.
class CountryShapesLayer : public QCPLayerable
{
public:
    struct Fill
    {
        qsizetype shape;
        QBrush brush;
    };

    CountryShapesLayer(QCustomPlot *plot, QCPAxisRect *rect) : QCPLayerable(plot, u"main"_s), m_rect(rect)
    {
        setAntialiased(true);
    }

    void setFills(QList<Fill> fills) { m_fills = std::move(fills); }

protected:
    void applyDefaultAntialiasingHint(QCPPainter *painter) const override
    {
        applyAntialiasingHint(painter, mAntialiased, QCP::aePlottables);
    }
    QRect clipRect() const override { return m_rect->rect(); }

    void draw(QCPPainter *painter) override
    {
        const QTransform pixels = toPixels(m_rect->axis(QCPAxis::atBottom), m_rect->axis(QCPAxis::atLeft));
        painter->setPen(QPen(Qt::white, 0.6));
        const QList<MapCountryShape> &countries = worldMap().countries;
        for (const Fill &fill : std::as_const(m_fills)) {
            const MapCountryShape &country = countries.at(fill.shape);
            if (country.path.isEmpty())
                continue;
            painter->setBrush(QColor(noDataGrey())); // under a hatch, so "no data" reads as a tone too
            const QPainterPath path = pixels.map(country.path);
            if (fill.brush.style() != Qt::SolidPattern)
                painter->drawPath(path);
            painter->setBrush(fill.brush);
            painter->drawPath(path);
        }
    }

private:
    QCPAxisRect *m_rect;
    QList<Fill> m_fills;
};

MapPlot::MapPlot(QWidget *parent) : FigurePlot(parent)
{
    connect(this, &QCustomPlot::afterLayout, this, &MapPlot::fitToLayout);
}

QBrush MapPlot::classBrush(int bin, qsizetype classes, bool greyscale)
{
    // ColorBrewer's YlGnBu, a sequence that colour-blind readers and photocopies both read in order; in
    // greyscale, lightness steps from light grey to near black.
    static constexpr std::array<QRgb, 5> kColours{0xC7E9B4, 0x7FCDBB, 0x41B6C4, 0x2C7FB8, 0x253494};
    static constexpr std::array<int, 5> kGreys{0xD9, 0xAD, 0x82, 0x57, 0x25};
    // Fewer classes take steps spread over the whole range, so the darkest always means the most.
    const qsizetype step = classes <= 1 ? 4 : bin * 4 / (classes - 1);
    return greyscale ? QBrush(QColor(kGreys.at(step), kGreys.at(step), kGreys.at(step)))
                     : QBrush(QColor::fromRgb(kColours.at(step)));
}

QBrush MapPlot::noDataBrush()
{
    return QBrush(QColor(0xA8, 0xA8, 0xA8), Qt::BDiagPattern);
}

void MapPlot::drawFigure(const Figure &figure)
{
    m_data = std::get<ComparisonData>(figure.chart);
    m_shown.clear();
    for (QCPAxis *axis : {xAxis, yAxis}) {
        axis->setVisible(false);
        axis->grid()->setVisible(false);
    }
    const WorldMap &world = worldMap();
    QHash<QString, qsizetype> shapeOf;
    for (qsizetype i = 0; i < world.countries.size(); ++i) {
        if (!world.countries.at(i).code.isEmpty())
            shapeOf.insert(world.countries.at(i).code, i);
    }
    const qsizetype classes = m_data.binLabels.size();
    QList<CountryShapesLayer::Fill> withData;
    QSet<qsizetype> filled;
    // A country too small to see at this scale: about 30 square pixels on a page, in projection units.
    const double pageWidth = 900;
    const double unitsPerPixel = world.bounds.width() / pageWidth;
    const double smallestArea = kSmallestCountryArea * unitsPerPixel * unitsPerPixel;
    for (qsizetype row = 0; row < m_data.rows.size(); ++row) {
        const QString &code = m_data.rows.at(row).code;
        const QBrush brush = classBrush(m_data.rowBins.value(row), classes, figure.greyscale);
        if (code == kBloc) {
            m_shown.append({row, -1, true, kBlocMarker});
            continue;
        }
        const qsizetype shape = shapeOf.value(code, -1);
        if (shape < 0)
            continue; // not on the map: listed in the data table and the CSV
        const MapCountryShape &country = world.countries.at(shape);
        const QRectF box = country.path.boundingRect();
        const bool tiny = country.point || box.width() * box.height() < smallestArea;
        m_shown.append({row, shape, tiny, country.point ? *country.point : box.center()});
        withData.append({shape, brush});
        filled.insert(shape);
    }
    // Countries without data first, so a shared border takes the colour of the country with data.
    QList<CountryShapesLayer::Fill> fills;
    for (qsizetype i = 0; i < world.countries.size(); ++i) {
        if (!filled.contains(i))
            fills.append({i, noDataBrush()});
    }
    fills.append(withData);
    // reset() cleared the plottables and items but knows nothing of this layerable, whose axis rect it
    // deleted: the previous figure's goes before it could draw with it.
    delete m_shapes;
    m_shapes = new CountryShapesLayer(this, axisRect());
    m_shapes->setFills(std::move(fills));

    // Markers over the shapes, in their class's colour with a dark ring; the EU's named beneath it.
    for (const Shown &shown : std::as_const(m_shown)) {
        if (!shown.marker)
            continue;
        auto *marker = new QCPItemEllipse(this);
        marker->setClipToAxisRect(true);
        marker->topLeft->setType(QCPItemPosition::ptAbsolute);
        marker->bottomRight->setType(QCPItemPosition::ptAbsolute);
        auto *centre = new QCPItemTracer(this);
        centre->setVisible(false);
        centre->position->setCoords(shown.centre);
        marker->topLeft->setParentAnchor(centre->position);
        marker->bottomRight->setParentAnchor(centre->position);
        marker->topLeft->setCoords(-kMarkerRadius, -kMarkerRadius);
        marker->bottomRight->setCoords(kMarkerRadius, kMarkerRadius);
        marker->setPen(QPen(QColor(0x22, 0x22, 0x22), 1));
        marker->setBrush(classBrush(m_data.rowBins.value(shown.row), classes, figure.greyscale));
        if (shown.shape < 0) {
            auto *name = new QCPItemText(this);
            name->setClipToAxisRect(true);
            name->position->setParentAnchor(centre->position);
            name->position->setType(QCPItemPosition::ptAbsolute);
            name->position->setCoords(0, kMarkerRadius + 2);
            name->setPositionAlignment(Qt::AlignTop | Qt::AlignHCenter);
            name->setText(m_data.rows.at(shown.row).name);
            name->setColor(QColor(0x22, 0x22, 0x22));
        }
    }

    // The legend: each class's edges, then "No data"; empty bar series carry the swatches.
    for (qsizetype bin = 0; bin < classes; ++bin) {
        auto *swatch = new QCPBars(xAxis, yAxis);
        swatch->setName(m_data.binLabels.at(bin));
        swatch->setBrush(classBrush(int(bin), classes, figure.greyscale));
        swatch->setPen(QPen(QColor(0x66, 0x66, 0x66), 0.5));
    }
    auto *noData = new QCPBars(xAxis, yAxis);
    noData->setName(QCoreApplication::translate("MapPlot", "No data"));
    noData->setBrush(noDataBrush());
    noData->setPen(QPen(QColor(0x66, 0x66, 0x66), 0.5));
    legend->setVisible(true);
    placeLegendBelow(int(classes) + 1);
    xAxis->setRange(world.bounds.left(), world.bounds.right());
    yAxis->setRange(world.bounds.top(), world.bounds.bottom());
}

void MapPlot::fitToLayout()
{
    const QRect area = axisRect()->rect();
    const QRectF world = worldMap().bounds;
    if (area.width() <= 0 || area.height() <= 0)
        return;
    const double scale = std::min(area.width() / world.width(), area.height() / world.height());
    const QPointF centre = world.center();
    xAxis->setRange(centre.x() - area.width() / scale / 2, centre.x() + area.width() / scale / 2);
    yAxis->setRange(centre.y() - area.height() / scale / 2, centre.y() + area.height() / scale / 2);
}

QPainterPath MapPlot::pixelPath(qsizetype index) const
{
    const Shown &shown = m_shown.at(index);
    QPainterPath path;
    if (shown.marker) {
        const QPointF at(xAxis->coordToPixel(shown.centre.x()), yAxis->coordToPixel(shown.centre.y()));
        path.addEllipse(at, kMarkerRadius + 2, kMarkerRadius + 2);
        return path;
    }
    return toPixels(xAxis, yAxis).map(worldMap().countries.at(shown.shape).path);
}

qsizetype MapPlot::markCount() const
{
    return m_shown.size();
}

QString MapPlot::markId(qsizetype index) const
{
    return m_data.rows.at(m_shown.at(index).row).code;
}

QRectF MapPlot::markBounds(qsizetype index) const
{
    return pixelPath(index).boundingRect();
}

std::optional<QPainterPath> MapPlot::markOutline(qsizetype index) const
{
    return pixelPath(index);
}

PlotMark MapPlot::mark(qsizetype index) const
{
    const qsizetype row = m_shown.at(index).row;
    const ComparisonRow &country = m_data.rows.at(row);
    PlotMark mark{country.code, {}, country.code, {}, markBounds(index)};
    // A total names its currency in its symbol and a share its per cent sign; per capita needs its unit.
    const QString value = comparisonValueText(m_data, country.total);
    mark.lines = {
        country.name,
        m_data.measure == Measure::PerCapita
            ? QCoreApplication::translate("MapPlot", "%1 %2").arg(value, m_data.unit)
            : value,
        QCoreApplication::translate("MapPlot", "Rank %1 of %2").arg(row + 1).arg(m_data.rows.size()),
        QCoreApplication::translate("MapPlot", "Class: %1")
            .arg(m_data.binLabels.value(m_data.rowBins.value(row)))};
    if (!country.sourcesText.isEmpty())
        mark.lines.append(QCoreApplication::translate("MapPlot", "Sources: %1").arg(country.sourcesText));
    return mark;
}

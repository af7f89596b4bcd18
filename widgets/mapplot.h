#pragma once

#include "chartdata.h"
#include "figureplot.h"

class CountryShapesLayer;

// The Comparison as a world map: each country with a value filled with its class's colour, light to dark
// (grey steps in greyscale), countries without one hatched grey, in the Equal Earth projection. A country
// too small to see at this scale, and the EU as a bloc, are a round marker of their class's colour. Hover,
// click and the arrows find the countries with a value, largest first, as on the bars.
class MapPlot : public FigurePlot
{
    Q_OBJECT
public:
    explicit MapPlot(QWidget *parent = nullptr);

    qsizetype markCount() const override;
    QString markId(qsizetype index) const override;
    QRectF markBounds(qsizetype index) const override;
    PlotMark mark(qsizetype index) const override;
    std::optional<QPainterPath> markOutline(qsizetype index) const override;

    // The fill of class `bin` of `classes`, lightest first; the same on screen and paper.
    static QBrush classBrush(int bin, qsizetype classes, bool greyscale);
    static QBrush noDataBrush();

protected:
    void drawFigure(const Figure &figure) override;

private:
    // Keeps one unit of the projection as wide as it is tall, the world centred, whatever the plot's shape.
    void fitToLayout();
    // A country's place on the widget: its outline, or the marker's circle.
    QPainterPath pixelPath(qsizetype row) const;

    struct Shown
    {
        qsizetype row = -1;   // in the comparison's rows
        qsizetype shape = -1; // in worldMap().countries; -1 for the EU's marker
        bool marker = false;  // drawn as a marker: a point, a tiny country or a bloc
        QPointF centre;       // in projection coordinates
    };
    ComparisonData m_data;
    QList<Shown> m_shown; // the rows with a place on the map, in the rows' order
    CountryShapesLayer *m_shapes = nullptr;
};

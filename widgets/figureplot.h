#pragma once

#include <qcustomplot.h>

#include <QStringList>

#include <memory>
#include <optional>

struct Figure;
enum class ViewKind;

// What the pointer is over: the programme and country it stands for (either may be empty), and the lines
// its tooltip shows.
struct PlotMark
{
    QString programmeId;
    QString countryCode;
    QStringList lines;
};

// A QCustomPlot that draws one figure's chart. Each chart view on screen owns one; a page or an image
// draws through a fresh one, so both show the same plottables, axes and ranges for the same figure.
class FigurePlot : public QCustomPlot
{
    Q_OBJECT
public:
    explicit FigurePlot(QWidget *parent = nullptr);

    // Replaces everything the previous figure drew (axis rects, axes, legend, plottables, items) with the
    // figure's chart, exactly as a freshly constructed FigurePlot shows it.
    void showFigure(const Figure &figure);
    // The mark at this widget position, if any.
    virtual std::optional<PlotMark> markAt(const QPointF &position) const;
    // The tooltip a hover at this widget position shows, as HTML, or empty.
    QString toolTipAt(const QPointF &position) const;

protected:
    // Draws the figure's chart onto the plot as reset() left it.
    virtual void drawFigure(const Figure &figure) = 0;
    // Puts the legend in a row of its own under the chart, at most `maxColumns` entries wide and never
    // wider than the plot.
    void placeLegendBelow(int maxColumns);
    void resizeEvent(QResizeEvent *event) override;

private:
    void reset();
    // Re-flows a legend under the chart into as many columns as the plot's width holds.
    void fitLegendColumns();

    int m_legendColumns = 0; // the most a legend under the chart may have; 0 when it is not there
};

// The plot that draws `view`'s chart; null for the Table, which has none.
std::unique_ptr<FigurePlot> createFigurePlot(ViewKind view);

// A tooltip's lines as HTML: the first in bold, every line escaped, so data is never read as markup.
QString toolTipHtml(const QStringList &lines);

#pragma once

#include <qcustomplot.h>

#include <QStringList>

#include <memory>
#include <optional>

struct Figure;
enum class ViewKind;

// One thing a chart draws that answers the pointer and the keyboard: a marker, a bar, a stacked segment or
// an event. It names what it stands for (the programme and country, either may be empty) and carries the
// lines its tooltip shows.
struct PlotMark
{
    QString id; // identifies the mark across redraws of the same view: a zoom, a resize, a new filter
    QString programmeId;
    QString countryCode;
    QStringList lines;
    QRectF bounds; // in widget pixels, as the plot was last laid out

    // The mark is the programme itself (a timeline marker), not a part of it such as one recipient's bar.
    bool isProgramme() const { return !programmeId.isEmpty() && id == programmeId; }
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
    // Draws what was changed at the next turn of the event loop, or a hidden plot once it is shown at the
    // size the window gives it: laying out a timeline's labels is a good part of drawing one.
    void redraw();
    // The marks drawn, by index in reading order: the keyboard moves through them in this order. A mark's
    // text is worked out only when it is asked for, so a chart of many thousand marks draws, hovers and
    // repaints without formatting them all.
    virtual qsizetype markCount() const = 0;
    virtual QString markId(qsizetype index) const = 0;
    // Where mark `index` is, in widget pixels, as the plot was last laid out.
    virtual QRectF markBounds(qsizetype index) const = 0;
    // Mark `index` in full, tooltip lines and bounds included.
    virtual PlotMark mark(qsizetype index) const = 0;
    // The mark's own outline in widget pixels, where it is not its bounds (a country on a map): the pointer
    // is over the mark when inside it, and the selection ring follows it.
    virtual std::optional<QPainterPath> markOutline(qsizetype index) const
    {
        Q_UNUSED(index);
        return std::nullopt;
    }
    // Every mark in full.
    QList<PlotMark> marks() const;
    // The mark at this widget position, if any: the one under the pointer, or the nearest one within a few
    // pixels, so small markers are easy to hit.
    std::optional<PlotMark> markAt(const QPointF &position) const;
    // The tooltip a hover at this widget position shows, as HTML, or empty.
    QString toolTipAt(const QPointF &position) const;

    // The selected mark, outlined on screen (never on paper); it stays selected while a redraw still shows
    // it.
    std::optional<PlotMark> selectedMark() const;
    void selectMark(const QString &id);
    void clearSelection() { selectMark({}); }

signals:
    // The selection changed, by a click, the keyboard or a redraw that no longer shows the selected mark;
    // `mark` is empty when nothing is selected.
    void selectionChanged(const std::optional<PlotMark> &mark);
    // Enter on the selected mark: open what it stands for, as a double click does.
    void markActivated(const PlotMark &mark);

protected:
    // Draws the figure's chart onto the plot as reset() left it.
    virtual void drawFigure(const Figure &figure) = 0;
    // Puts the legend in a row of its own under the chart, at most `maxColumns` entries wide and never
    // wider than the plot; no row when the legend lists nothing.
    void placeLegendBelow(int maxColumns);
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    // The arrows, Home and End move the selection through marks(); Enter activates it, Escape clears it.
    void keyPressEvent(QKeyEvent *event) override;

    // The mark's centre lies in one of the plot's axis rects, not scrolled or zoomed out of view.
    bool isInView(const QRectF &markBounds) const;

private:
    void reset();
    // The index of the mark with this id, or -1.
    qsizetype indexOf(const QString &id) const;
    // Re-flows a legend under the chart into as many columns as the plot's width holds.
    void fitLegendColumns();
    void scheduleDraw();

    int m_legendColumns = 0; // the most a legend under the chart may have; 0 when it is not there
    QString m_selectedId;
    qsizetype m_selectedIndex = -1; // of m_selectedId in the figure drawn
    bool m_drawPending = false;     // changed or resized since last drawn
};

// The plot that draws `view`'s chart; null for the Table, which has none.
std::unique_ptr<FigurePlot> createFigurePlot(ViewKind view);
// The plot that draws this figure's chart: the view's, or the map for a comparison shown as one.
std::unique_ptr<FigurePlot> createFigurePlot(const Figure &figure);
// Whether `plot` is the kind createFigurePlot(figure) makes.
bool drawsFigure(const FigurePlot &plot, const Figure &figure);

// A tooltip's lines as HTML: the first in bold, every line escaped, so data is never read as markup.
QString toolTipHtml(const QStringList &lines);

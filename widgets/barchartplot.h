#pragma once

#include "figureplot.h"

// Ranked horizontal bars: one programme's recipients with amounts and shares, or countries side by side,
// stacked by category when there are several series. The largest row is at the top; the text at each
// bar's end is a right-hand axis of its own, so the layout always makes room for it.
class BarChartPlot : public FigurePlot
{
    Q_OBJECT
public:
    explicit BarChartPlot(QWidget *parent = nullptr);

    qsizetype markCount() const override;
    QString markId(qsizetype index) const override;
    QRectF markBounds(qsizetype index) const override;
    PlotMark mark(qsizetype index) const override;

    // One bar: its label, a value per stacked series, the text at its end, each segment's tooltip lines,
    // and the programme or country it stands for.
    struct Row
    {
        QString label;
        QList<double> values;
        QString endLabel;
        QList<QStringList> toolTips;
        QString programmeId;
        QString countryCode;
    };

protected:
    void drawFigure(const Figure &figure) override;

private:
    // A stacked segment of a bar, in plot coordinates: the bar's key and the values it spans.
    struct Segment
    {
        PlotMark mark; // without bounds, which change with every layout
        double key;
        double base;
        double value;
    };
    // The rows' segments, top row first.
    void listSegments(const QList<Row> &rows);

    QList<Segment> m_segments; // in reading order
};

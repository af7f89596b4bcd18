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

    QList<PlotMark> marks() const override;

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
    QList<Row> m_rows; // top row first
};

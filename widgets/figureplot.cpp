#include "figureplot.h"

#include "barchartplot.h"
#include "chartstyle.h"
#include "figure.h"
#include "timelineplot.h"

using namespace Qt::StringLiterals;

FigurePlot::FigurePlot(QWidget *parent) : QCustomPlot(parent)
{
    reset();
}

void FigurePlot::showFigure(const Figure &figure)
{
    reset();
    drawFigure(figure);
}

void FigurePlot::placeLegendBelow(int maxColumns)
{
    const int row = plotLayout()->rowCount();
    plotLayout()->addElement(row, 0, legend);
    plotLayout()->setRowStretchFactor(row, 0.001);
    legend->setMargins(QMargins(6, 4, 6, 4));
    legend->setVisible(true);
    m_legendColumns = maxColumns;
    fitLegendColumns();
}

void FigurePlot::fitLegendColumns()
{
    if (m_legendColumns == 0 || !legend)
        return;
    int widest = 1;
    for (int i = 0; i < legend->itemCount(); ++i) {
        if (const QCPAbstractLegendItem *item = legend->item(i)) // a wrapped grid has empty cells
            widest = std::max(widest, item->minimumOuterSizeHint().width());
    }
    const int fits =
        (width() - legend->margins().left() - legend->margins().right()) / (widest + legend->columnSpacing());
    legend->setWrap(std::clamp(fits, 1, m_legendColumns));
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true); // re-flows the existing entries
}

void FigurePlot::resizeEvent(QResizeEvent *event)
{
    fitLegendColumns();
    QCustomPlot::resizeEvent(event);
}

std::optional<PlotMark> FigurePlot::markAt(const QPointF &) const
{
    return std::nullopt;
}

QString FigurePlot::toolTipAt(const QPointF &position) const
{
    const std::optional<PlotMark> mark = markAt(position);
    return mark ? toolTipHtml(mark->lines) : QString();
}

void FigurePlot::reset()
{
    // Rebuilt from nothing, laid out as QCustomPlot's constructor does: a figure drawn after another must not
    // inherit its ranges, tickers, extra axis rects or signal connections.
    clearPlottables();
    clearItems();
    m_legendColumns = 0;
    plotLayout()->clear(); // deletes the axis rects and the legend, which reset the public pointers
    auto *axisRect = new QCPAxisRect(this, true);
    plotLayout()->addElement(0, 0, axisRect);
    xAxis = axisRect->axis(QCPAxis::atBottom);
    yAxis = axisRect->axis(QCPAxis::atLeft);
    xAxis2 = axisRect->axis(QCPAxis::atTop);
    yAxis2 = axisRect->axis(QCPAxis::atRight);
    legend = new QCPLegend;
    legend->setVisible(false);
    axisRect->insetLayout()->addElement(legend, Qt::AlignRight | Qt::AlignTop);
    axisRect->insetLayout()->setMargins(QMargins(12, 12, 12, 12));
    axisRect->setLayer(u"background"_s);
    // In the constructor's order: axes() iterates a hash, whose order changes from process to process.
    for (QCPAxis *axis : {xAxis, yAxis, xAxis2, yAxis2}) {
        axis->setLayer(u"axes"_s);
        axis->grid()->setLayer(u"grid"_s);
    }
    legend->setLayer(u"legend"_s);
    applyChartStyle(this);
}

std::unique_ptr<FigurePlot> createFigurePlot(ViewKind view)
{
    switch (view) {
    case ViewKind::Timeline:
        return std::make_unique<TimelinePlot>();
    case ViewKind::Recipients:
    case ViewKind::Comparison:
        return std::make_unique<BarChartPlot>();
    case ViewKind::Table:
        return nullptr;
    }
    return nullptr;
}

QString toolTipHtml(const QStringList &lines)
{
    QString html = u"<p style='white-space:pre'><b>"_s + lines.value(0).toHtmlEscaped() + u"</b>"_s;
    for (qsizetype i = 1; i < lines.size(); ++i)
        html += u"<br>"_s + lines.at(i).toHtmlEscaped();
    return html + u"</p>"_s;
}

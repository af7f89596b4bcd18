#pragma once

#include "chartdata.h"
#include "figureplot.h"

// Funding over time. Announcements: one marker per programme at its announcement date, coloured by
// country, on a logarithmic amount axis, the largest amounts labelled, and dated policy events in a lane
// beneath. Annualised: each programme spread over its years, stacked by country or category.
class TimelinePlot : public FigurePlot
{
    Q_OBJECT
public:
    explicit TimelinePlot(QWidget *parent = nullptr);

    std::optional<PlotMark> markAt(const QPointF &position) const override;

protected:
    void drawFigure(const Figure &figure) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void drawAnnouncements(bool greyscale);
    void drawMarkers(bool greyscale);
    void drawAmountLabels();
    void drawEventLane(bool greyscale);
    void drawAnnualised(bool greyscale);
    void hideCrowdedLabels();
    std::optional<PlotMark> announcementAt(const QPointF &position) const;
    std::optional<PlotMark> annualisedAt(const QPointF &position) const;

    TimelineData m_data;
    QCPMarginGroup *m_marginGroup;
    QCPAxisRect *m_eventLane = nullptr;
    QList<QCPItemText *> m_eventLabels;
    QList<QCPItemText *> m_pointLabels; // in placing order: the start programme, then the largest amounts
};

#pragma once

#include "chartdata.h"
#include "figureplot.h"

#include <QTimer>

// Funding over time. Announcements: one marker per programme at its announcement date, coloured by
// country, on a logarithmic amount axis, the largest amounts labelled; what sources say was appropriated,
// awarded or paid of it at later dates, joined to it by a dotted line; and dated policy events in a lane
// beneath. Annualised: each programme spread over its years, stacked by country or category.
class TimelinePlot : public FigurePlot
{
    Q_OBJECT
public:
    explicit TimelinePlot(QWidget *parent = nullptr);

    qsizetype markCount() const override;
    QString markId(qsizetype index) const override;
    QRectF markBounds(qsizetype index) const override;
    PlotMark mark(qsizetype index) const override;

signals:
    // The user zoomed or panned the announcements to show these years, inclusive; the caller decides
    // whether they become the year filters.
    void visibleYearsChosen(int fromYear, int toYear);

protected:
    void drawFigure(const Figure &figure) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void drawAnnouncements(bool greyscale);
    void drawMarkers(bool greyscale);
    void drawMilestones();
    void drawAmountLabels();
    void drawEventLane(bool greyscale);
    void drawAnnualised(bool greyscale);
    // Keeps markers and direct labels readable at the current zoom and size: called after every layout.
    void fitToLayout();
    void thinMarkers();
    void placePointLabels();
    void placeEventLabels();
    QCPItemText *addEventLabel();
    void reportVisibleYears();
    // Where a mark stands in plot coordinates and what it stands for; mark() adds the pixels, which change
    // with every zoom, pan and resize, and the text, which only a hover, a click or a key needs.
    struct MarkSpot
    {
        enum class Shape
        {
            Marker,      // a programme, m_data.points[item], at (key, low)
            Milestone,   // m_data.milestones[item], at (key, low)
            EventColumn, // m_data.events[item] at key, the events lane's height
            Segment      // m_data.stacks[item]'s bar for m_data.years[year], at key, from low to high
        };
        Shape shape;
        qsizetype item;
        qsizetype year;
        double key; // date key, or year
        double low;
        double high;
    };
    QList<MarkSpot> announcementSpots() const;
    QList<MarkSpot> annualisedSpots() const;
    TimelineData m_data;
    QList<MarkSpot> m_spots; // in reading order
    QCPMarginGroup *m_marginGroup;
    QCPAxisRect *m_eventLane = nullptr;
    // A programme's amount and name beside its marker, at its coordinates, joined to it by a leader line
    // when there is no room beside it.
    struct PointLabel
    {
        QCPItemText *text;
        QCPItemLine *leader;
        QPointF coords; // date key, amount
    };
    struct EventTitle
    {
        double key;                 // the event's date
        const TimelineEvent *event; // its title is cut to the lane's height when placed
    };
    QList<EventTitle> m_eventTitles; // by date
    // Labels for the titles that fit the lane, reused as it zooms: never more than its width holds, however
    // many events there are.
    QList<QCPItemText *> m_eventLabels;
    QList<PointLabel> m_pointLabels; // in placing order: the seed programmes, then the largest amounts
    // A marker series, programmes or events, with every point it stands for; on a dense timeline its graph
    // draws only those that do not fall on one already drawn (thinMarkers()).
    struct MarkerSeries
    {
        QCPGraph *graph;
        QList<QPointF> points; // date key, amount
        QList<QPointF> scaled; // the points in their axes' scales, at the first layout (AxisLine)
    };
    QList<MarkerSeries> m_markerSeries;
    QTimer m_settleTimer;
};

#pragma once

#include "chartdata.h"
#include "chartview.h"

class QComboBox;
class QCPAxisRect;
class QCPMarginGroup;
class QCPItemText;
class QMouseEvent;

// Funding over time. Announcements: one marker per programme at its announcement date, coloured by
// country, on a logarithmic amount axis, with dated policy events in a lane beneath. Annualised: each
// programme spread over its years, stacked by country or category.
class TimelineChart : public ChartView
{
    Q_OBJECT
public:
    explicit TimelineChart(QWidget *parent = nullptr);

    void apply(const Analysis &analysis, const Filter &filter) override;
    void setData(const TimelineData &data);
    const TimelineData &data() const { return m_data; }
    // The text a hover at this widget position shows, or empty; public so tests can check it.
    QString toolTipAt(const QPointF &position) const;

private:
    void buildAnnouncements();
    void buildAnnualised();
    void hideCrowdedLabels();
    void showToolTip(QMouseEvent *event);

    QComboBox *m_mode;
    QComboBox *m_stackBy;
    TimelineData m_data;
    QCPMarginGroup *m_marginGroup;
    QCPAxisRect *m_eventLane = nullptr;
    QList<QCPItemText *> m_eventLabels;
    QList<QCPItemText *> m_pointLabels; // largest amount first
};

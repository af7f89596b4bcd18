#pragma once

#include "chartdata.h"
#include "chartview.h"

class QComboBox;

// Funding over time: announcements with the events lane, or annualised spending stacked by country or
// category (see TimelinePlot).
class TimelineChart : public ChartView
{
    Q_OBJECT
public:
    explicit TimelineChart(std::shared_ptr<const Analysis> analysis, QWidget *parent = nullptr);

    const TimelineData &data() const { return std::get<TimelineData>(shownFigure().chart); }

protected:
    void syncControls(const Filter &filter) override;

private:
    QComboBox *m_mode;
    QComboBox *m_stackBy;
};

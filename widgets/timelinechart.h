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
    // Also gives back the year filters a zoom or pan replaced.
    void resetView() override;

protected:
    void syncControls(const Filter &filter) override;

private:
    // A zoom or pan of the announcements that came to rest: its years become the year filters, within the
    // dataset's.
    void showYears(int fromYear, int toYear);

    QComboBox *m_mode;
    QComboBox *m_stackBy;
    // The year filters before the first zoom, while the filters still hold the years zooming set.
    std::optional<std::pair<int, int>> m_yearsBeforeZoom;
    std::pair<int, int> m_zoomedYears;
};

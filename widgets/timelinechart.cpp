#include "timelinechart.h"

#include "timelineplot.h"

#include <QComboBox>
#include <QHBoxLayout>

TimelineChart::TimelineChart(std::shared_ptr<const Analysis> analysis, QWidget *parent)
    : ChartView(ViewKind::Timeline, std::move(analysis), parent), m_mode(new QComboBox(this)),
      m_stackBy(new QComboBox(this))
{
    m_mode->addItem(tr("Announcements"), QVariant::fromValue(int(TimelineMode::Announcements)));
    m_mode->addItem(tr("Annualised spending"), QVariant::fromValue(int(TimelineMode::Annualised)));
    m_stackBy->addItem(tr("Stack by country"), QVariant::fromValue(int(StackBy::Country)));
    m_stackBy->addItem(tr("Stack by category"), QVariant::fromValue(int(StackBy::Category)));
    addLabelledControl(tr("&Show:"), m_mode);
    m_stackBy->setAccessibleName(tr("Stack by"));
    controls()->addWidget(m_stackBy);

    connect(m_mode, &QComboBox::activated, this, [this] {
        editFilter([&](Filter &f) { f.timelineMode = TimelineMode(m_mode->currentData().toInt()); });
    });
    connect(m_stackBy, &QComboBox::activated, this, [this] {
        editFilter([&](Filter &f) { f.stackBy = StackBy(m_stackBy->currentData().toInt()); });
    });
    connect(static_cast<TimelinePlot *>(plot()), &TimelinePlot::visibleYearsChosen, this,
            &TimelineChart::showYears);
}

void TimelineChart::showYears(int fromYear, int toYear)
{
    const Filter every = defaultFilter(analysis().dataset());
    fromYear = std::clamp(fromYear, every.fromYear, every.toYear);
    toYear = std::clamp(toYear, fromYear, every.toYear);
    const Filter &shown = shownFilter();
    if (!m_yearsBeforeZoom)
        m_yearsBeforeZoom = {shown.fromYear, shown.toYear};
    m_zoomedYears = {fromYear, toYear};
    editFilter([&](Filter &f) {
        f.fromYear = fromYear;
        f.toYear = toYear;
    });
}

void TimelineChart::resetView()
{
    if (const auto years = std::exchange(m_yearsBeforeZoom, std::nullopt)) {
        editFilter([&](Filter &f) {
            f.fromYear = years->first;
            f.toYear = years->second;
        });
    }
    ChartView::resetView();
}

void TimelineChart::syncControls(const Filter &filter)
{
    // Years set anywhere else start a new zoom history.
    if (m_yearsBeforeZoom && std::pair(filter.fromYear, filter.toYear) != m_zoomedYears)
        m_yearsBeforeZoom.reset();
    m_mode->setCurrentIndex(m_mode->findData(int(filter.timelineMode)));
    m_stackBy->setCurrentIndex(m_stackBy->findData(int(filter.stackBy)));
    m_stackBy->setVisible(filter.timelineMode == TimelineMode::Annualised);
}

#include "timelinechart.h"

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
    controls()->addStretch();

    connect(m_mode, &QComboBox::activated, this, [this] {
        editFilter([&](Filter &f) { f.timelineMode = TimelineMode(m_mode->currentData().toInt()); });
    });
    connect(m_stackBy, &QComboBox::activated, this, [this] {
        editFilter([&](Filter &f) { f.stackBy = StackBy(m_stackBy->currentData().toInt()); });
    });
}

void TimelineChart::syncControls(const Filter &filter)
{
    m_mode->setCurrentIndex(m_mode->findData(int(filter.timelineMode)));
    m_stackBy->setCurrentIndex(m_stackBy->findData(int(filter.stackBy)));
    m_stackBy->setVisible(filter.timelineMode == TimelineMode::Annualised);
}

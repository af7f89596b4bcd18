#include "chartview.h"

#include "chartstyle.h"

#include <QHBoxLayout>
#include <QVBoxLayout>

ChartView::ChartView(QWidget *parent)
    : QWidget(parent), m_plot(new QCustomPlot(this)), m_controls(new QHBoxLayout)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_controls->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(m_controls);
    layout->addWidget(m_plot, 1);
    applyChartStyle(m_plot);
}

void ChartView::setFigure(const QString &title, const QString &note, const QStringList &sourceIds)
{
    m_title = title;
    m_note = note;
    m_sourceIds = sourceIds;
}

#include "figureview.h"

#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>

#include <algorithm>

QThreadPool *figureWorkers()
{
    static QThreadPool *pool = [] {
        auto *workers = new QThreadPool(qApp);
        workers->setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1));
        return workers;
    }();
    return pool;
}

FigureView::FigureView(ViewKind kind, std::shared_ptr<const Analysis> analysis, QWidget *parent)
    : QWidget(parent), m_kind(kind), m_analysis(std::move(analysis))
{
}

void FigureView::apply(const Filter &filter)
{
    m_filter = filter;
    m_stale = true;
    if (!m_deferredWhileHidden || isVisible())
        refreshIfStale();
}

void FigureView::refreshIfStale()
{
    if (!m_stale)
        return;
    m_stale = false;
    refresh();
}

void FigureView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refreshIfStale(); // before the first paint
}

#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <qcustomplot.h>

#include <cstdlib>

// Ends the process once the first chart that has drawn data is painted on its window, for timing a start to
// first painted chart as a whole process (bench_views' coldStart). Exits without destructors: tearing down
// is not part of starting. Install it on the application.
class ExitOnFirstPaintedChart : public QObject
{
protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        const auto *plot = qobject_cast<const QCustomPlot *>(watched);
        // replotTime() stays 0 until the plot has drawn into its buffer; a paint before that shows nothing.
        if (event->type() == QEvent::Paint && plot && plot->plottableCount() > 0 && plot->replotTime() > 0)
            QMetaObject::invokeMethod(
                this, [] { std::_Exit(EXIT_SUCCESS); }, Qt::QueuedConnection);
        return false;
    }
};

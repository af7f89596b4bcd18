#pragma once

#include <QApplication>
#include <QEvent>
#include <qcustomplot.h>

#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>

// Ends the process once the first chart that has drawn data is painted on its window, for timing a start to
// first painted chart as a whole process (bench_views' coldStart). Says "painted" on standard output at that
// moment, then exits without destructors, tearing down is not part of starting, once `finishWork` has
// returned (what the program must finish even so, which a timer can leave out). Install it on the
// application.
class ExitOnFirstPaintedChart : public QObject
{
public:
    explicit ExitOnFirstPaintedChart(std::function<void()> finishWork) : m_finishWork(std::move(finishWork))
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        const auto *plot = qobject_cast<const QCustomPlot *>(watched);
        // replotTime() stays 0 until the plot has drawn into its buffer; a paint before that shows nothing.
        if (event->type() == QEvent::Paint && plot && plot->plottableCount() > 0 && plot->replotTime() > 0)
            QMetaObject::invokeMethod(
                this,
                [this] {
                    std::fputs("painted\n", stdout);
                    std::fflush(stdout);
                    if (m_finishWork)
                        m_finishWork();
                    std::_Exit(EXIT_SUCCESS);
                },
                Qt::QueuedConnection);
        return false;
    }

private:
    std::function<void()> m_finishWork;
};

// The main of `program DATASET`: a QApplication on argc/argv, then `showFirstChart(DATASET)`, whose result
// keeps what it showed (null when it could not start), and its event loop until the first painted chart ends
// the process, after `finishWork`.
inline int
runToFirstPaintedChart(int argc, char *argv[], const char *program,
                       const std::function<std::unique_ptr<QObject>(const QString &)> &showFirstChart,
                       const std::function<void()> &finishWork = {})
{
    QApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s DATASET\n", program);
        return EXIT_FAILURE;
    }
    ExitOnFirstPaintedChart exitOnPaint(finishWork);
    app.installEventFilter(&exitOnPaint);
    const std::unique_ptr<QObject> shown = showFirstChart(QString::fromLocal8Bit(argv[1]));
    return shown ? app.exec() : EXIT_FAILURE;
}

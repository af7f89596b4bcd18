#include "exitonfirstpaintedchart.h"
#include "windowhost.h"

#include <QApplication>

#include <cstdio>

// `coldstart DATASET`: the application's window started on DATASET as ai-policy-explorer starts it, ending
// the moment its first chart is painted. bench_views times the whole process beside coldstart-bare.
int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc != 2) {
        std::fputs("usage: coldstart DATASET\n", stderr);
        return EXIT_FAILURE;
    }
    ExitOnFirstPaintedChart exitOnPaint;
    app.installEventFilter(&exitOnPaint);
    setUpApplication({});
    WindowHost host;
    if (!host.start(QString::fromLocal8Bit(argv[1]), true, {}))
        return EXIT_FAILURE;
    return app.exec();
}

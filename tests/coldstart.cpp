#include "datasetsnapshot.h"
#include "exitonfirstpaintedchart.h"
#include "hugepages.h"
#include "windowhost.h"

#include <QThreadPool>

// `coldstart DATASET`: the application's window started on DATASET as ai-policy-explorer starts it, ending
// the moment its first chart is painted, once the check of a dataset it opened for the first time (on the
// global pool) is done and its snapshot kept.
// bench_views times the whole process beside coldstart-bare.
int main(int argc, char *argv[])
{
    restartAskingForHugePages(argv);
    return runToFirstPaintedChart(
        argc, argv, "coldstart",
        [](const QString &dataset) {
            setUpApplication({});
            auto host = std::make_unique<WindowHost>();
            return host->start(dataset, true, {}) ? std::move(host) : nullptr;
        },
        [] {
            QThreadPool::globalInstance()->waitForDone();
            DatasetSnapshots::waitForBackgroundWrites();
        });
}

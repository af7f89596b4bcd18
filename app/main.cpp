#include "commandline.h"
#include "datasetsnapshot.h"
#include "hugepages.h"
#include "windowhost.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QThreadPool>

#include <csignal>
#include <optional>

int main(int argc, char *argv[])
{
    restartAskingForHugePages(argv);
    // Past a file-size limit (ulimit -f) a write then fails with EFBIG, which the export reports, keeping the
    // old file, instead of SIGXFSZ ending the process.
#ifdef SIGXFSZ // POSIX; Windows has no file-size signal
    std::signal(SIGXFSZ, SIG_IGN);
#endif
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    // Exports, --help and --version must work on a machine with no display, and print nothing but their
    // own output: the offscreen platform wants a runtime folder and warns when XDG_RUNTIME_DIR is unset. A
    // start of the window with no display runs so too, to say why it cannot open instead of aborting.
    const bool displayAvailable = hasDisplay();
    // A new folder of this process's own (mode 0700), removed after the application: a fixed name in the
    // shared temp folder could be made first, or linked elsewhere, by another user.
    std::optional<QTemporaryDir> runtimeDir;
    if (isHeadlessInvocation(arguments) || !displayAvailable) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            runtimeDir.emplace(QDir::tempPath() + QStringLiteral("/ai-policy-explorer-runtime-XXXXXX"));
            if (runtimeDir->isValid())
                qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtimeDir->path()));
        }
    }

    QApplication app(argc, argv);
    // A dataset's check still under way on the global pool, and the snapshot it keeps or one still being
    // written, are finished while the application still stands.
    const struct SnapshotsFinished
    {
        ~SnapshotsFinished()
        {
            QThreadPool::globalInstance()->waitForDone();
            DatasetSnapshots::waitForBackgroundWrites();
        }
    } snapshotsFinished;
    setUpApplication(arguments);
    const LaunchRequest request = runCommandLine(arguments, displayAvailable);
    if (!request.startGui)
        return request.exitCode;

    WindowHost host;
    if (!host.start(request.datasetPath, request.datasetGiven, request.viewFilePath))
        return ExitDataset;
    return app.exec();
}

#include "analysis.h"
#include "commandline.h"
#include "mainwindow.h"
#include "translation.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QMessageBox>
#include <QTemporaryDir>

#include <csignal>
#include <functional>
#include <memory>
#include <optional>

int main(int argc, char *argv[])
{
    // Past a file-size limit (ulimit -f) a write then fails with EFBIG, which the export reports, keeping the
    // old file, instead of SIGXFSZ ending the process.
    std::signal(SIGXFSZ, SIG_IGN);
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
    QApplication::setApplicationName(QStringLiteral("ai-policy-explorer"));
    QApplication::setApplicationDisplayName(QStringLiteral("AI Policy Explorer"));
    QApplication::setOrganizationName(QStringLiteral("AI Policy Explorer"));
    QApplication::setApplicationVersion(QStringLiteral(APE_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/ai-policy-explorer.svg")));

    preferJapaneseFontWithFaithfulPdfText();
    applyLanguage(startupLanguage(arguments));
    const LaunchRequest request = runCommandLine(arguments, displayAvailable);
    if (!request.startGui)
        return request.exitCode;

    // The dataset the user opened last, unless the command line names one; the bundled one if it is gone.
    QString datasetPath = request.datasetPath;
    if (const QString remembered = MainWindow::rememberedDatasetPath();
        !request.datasetGiven && !remembered.isEmpty())
        datasetPath = remembered;
    AnalysisLoadResult loaded = loadAnalysis(datasetPath);
    if (!loaded.analysis && datasetPath != request.datasetPath) {
        QMessageBox::warning(nullptr, QObject::tr("AI Policy Explorer"),
                             QObject::tr("The dataset opened last time cannot be opened; the bundled dataset "
                                         "opens instead.\n\n%1")
                                 .arg(loaded.error));
        datasetPath = request.datasetPath;
        loaded = loadAnalysis(datasetPath);
    }
    if (!loaded.analysis) {
        QMessageBox::critical(nullptr, QObject::tr("AI Policy Explorer"),
                              QObject::tr("The dataset cannot be opened.\n\n%1").arg(loaded.error));
        return ExitDataset;
    }
    std::shared_ptr<const Analysis> analysis = loaded.analysis;
    // Switching language or dataset rebuilds the window, so every string, figure and name is made anew.
    std::unique_ptr<MainWindow> window;
    QString viewFile = request.viewFilePath; // opened by the first window only
    std::function<void()> openWindow;
    // `change` runs once the old window is closed, so what it changes never reaches that window.
    const auto reopenWindow = [&](const std::function<void()> &change) {
        window->close(); // saves geometry and state for the new window
        window.release()->deleteLater();
        change();
        openWindow();
    };
    openWindow = [&] {
        window = std::make_unique<MainWindow>(analysis, datasetPath);
        QObject::connect(window.get(), &MainWindow::languageChangeRequested, &app, [&](Language language) {
            saveLanguage(language);
            reopenWindow([language] { applyLanguage(language); });
        });
        QObject::connect(window.get(), &MainWindow::datasetChangeRequested, &app, [&](const QString &path) {
            QApplication::setOverrideCursor(Qt::WaitCursor);
            const AnalysisLoadResult next = loadAnalysis(path);
            QApplication::restoreOverrideCursor();
            if (!next.analysis) {
                QMessageBox::warning(
                    window.get(), QObject::tr("Dataset not opened"),
                    QObject::tr("%1\n\nThe dataset that was open stays open.").arg(next.error));
                return;
            }
            reopenWindow([&, next, path] {
                analysis = next.analysis;
                datasetPath = path;
            });
        });
        window->show();
        if (const QString file = std::exchange(viewFile, {}); !file.isEmpty())
            window->openViewOrSayWhy(file);
    };
    openWindow();
    return app.exec();
}

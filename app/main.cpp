#include "analysis.h"
#include "commandline.h"
#include "datasetstore.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QMessageBox>

#include <unistd.h>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    // Exports, --help and --version must work on a machine with no display, and print nothing but their
    // own output: the offscreen platform wants a runtime folder and warns when XDG_RUNTIME_DIR is unset.
    if (isHeadlessInvocation(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            const QString runtimeDir = QDir::tempPath() + QStringLiteral("/ai-policy-explorer-runtime-")
                + QString::number(getuid());
            QDir().mkpath(runtimeDir);
            QFile::setPermissions(runtimeDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtimeDir));
        }
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ai-policy-explorer"));
    QApplication::setApplicationDisplayName(QStringLiteral("AI Policy Explorer"));
    QApplication::setOrganizationName(QStringLiteral("AI Policy Explorer"));
    QApplication::setApplicationVersion(QStringLiteral(APE_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/ai-policy-explorer.svg")));

    const LaunchRequest request = runCommandLine(arguments);
    if (!request.startGui)
        return request.exitCode;

    DatasetLoadResult loaded = readDatasetDatabase(request.datasetPath);
    if (!loaded.dataset) {
        QMessageBox::critical(nullptr, QObject::tr("AI Policy Explorer"),
                              QObject::tr("The dataset cannot be opened.\n\n%1").arg(loaded.error));
        return ExitDataset;
    }
    auto analysis = std::make_shared<const Analysis>(std::make_shared<const Dataset>(std::move(*loaded.dataset)));
    MainWindow window(analysis);
    window.show();
    return app.exec();
}

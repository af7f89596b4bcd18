#include "analysis.h"
#include "commandline.h"
#include "datasetstore.h"
#include "mainwindow.h"

#include <QApplication>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    // Exports, --help and --version must work on a machine with no display.
    if (isHeadlessInvocation(arguments) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ai-policy-explorer"));
    QApplication::setApplicationDisplayName(QStringLiteral("AI Policy Explorer"));
    QApplication::setOrganizationName(QStringLiteral("AI Policy Explorer"));
    QApplication::setApplicationVersion(QStringLiteral(APE_VERSION));

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

#pragma once

#include <QStringList>

// Exit codes are a contract scripts rely on.
enum ExitCode
{
    ExitOk = 0,
    ExitUsage = 2,
    ExitDataset = 3
};

// What the arguments ask for before any window exists: whether to start the GUI, and with which dataset.
struct LaunchRequest
{
    bool startGui = false;
    QString datasetPath;
    int exitCode = ExitOk;     // when not starting the GUI
    QString viewFilePath;      // a view file for the window to open, or empty
    bool datasetGiven = false; // --dataset named the dataset; otherwise the window may reopen the user's last
};

// True unless the arguments ask for the main window, so the command line runs without a display.
bool isHeadlessInvocation(const QStringList &arguments);

// True when a window can open: DISPLAY or WAYLAND_DISPLAY names a display, or QT_QPA_PLATFORM a platform.
// Without any, Qt's default platform aborts the process.
bool hasDisplay();

// Handles --help, --version and `export`; otherwise says to start the GUI, or, with no display, checks what
// the GUI would be given and says plainly that no window can open. Prints to stdout/stderr.
LaunchRequest runCommandLine(const QStringList &arguments, bool displayAvailable);

// The licences, as --version and the About box state them.
QString licenceStatement();

// The bundled dataset, found relative to the executable in the build tree and in the install tree.
QString bundledDatasetPath();
// True when `path` names the bundled dataset, however it is spelled.
bool isBundledDataset(const QString &path);

#pragma once

#include "analysis.h"
#include "language.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class MainWindow;

// What every start does before its first window or export: the application's names and icon, its fonts, and
// the language `arguments` ask for (startupLanguage()).
void setUpApplication(const QStringList &arguments);

// Keeps the one main window and what it shows: a dataset file, the imports layered over it, and the
// language. A change of any of them is loaded first and replaces the window only if it opens, so every
// string, figure and name is made anew; when it does not open, a message says why and the window stays.
// A dataset asked for from the window loads on a worker thread while the window stays usable and says it is
// busy; the last one asked for wins. At start the window may show a dataset read from its database's checked
// form, while the file is checked on a worker.
class WindowHost : public QObject
{
    Q_OBJECT
public:
    WindowHost();
    ~WindowHost() override;

    // Opens the window on `datasetPath` with the stored imports, or, unless `datasetGiven`, on the dataset
    // the user opened last. False, after saying why, when no dataset opens at all.
    bool start(const QString &datasetPath, bool datasetGiven, const QString &viewFile);
    MainWindow *window() const { return m_window.get(); }
    // Whether a dataset asked for from the window is still loading, or the one opened is being checked.
    bool isLoading() const { return m_loading > 0; }

private:
    void openWindow();
    // Closes the window, runs `change`, and opens a new one; `change` so never reaches the old window.
    void replaceWindow(const std::function<void()> &change);
    enum class Check
    {
        Later, // perhaps read from the database's checked form, to be shown while checkOpenedDataset() runs
        Now,
    };
    // The dataset at `path` with `imports`, with a busy cursor while it loads.
    static AnalysisLoadResult load(const QString &path, const QList<ImportFile> &imports,
                                   Check check = Check::Later);
    // Checks the file the window's unchecked dataset was read from, on a worker: the window stays as it is
    // when the file holds what it shows, shows what the file holds when that differs, and when the file does
    // not pass, says why and falls back as start() does.
    void checkOpenedDataset();
    void refuseOpenedDataset(AnalysisLoadResult refused);
    // Loads the dataset at `path` with `imports` on a worker, the window saying so, and gives `then` the
    // result, unless another load has been asked for since.
    void loadThen(const QString &path, const QList<ImportFile> &imports,
                  const std::function<void(const AnalysisLoadResult &)> &then);
    void openDataset(const QString &path);
    void importProgrammes(const QString &path);
    void removeImport(qsizetype index);
    void changeLanguage(Language language);

    std::shared_ptr<const Analysis> m_analysis;
    QString m_startPath; // the dataset the application was started on, or the bundled one
    QString m_datasetPath;
    std::unique_ptr<MainWindow> m_window;
    int m_loading = 0;      // loads under way
    quint64 m_lastLoad = 0; // the number of the load asked for last; only its result is used
};

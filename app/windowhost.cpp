#include "windowhost.h"

#include "commandline.h"
#include "importstore.h"
#include "mainwindow.h"
#include "runwhilebusy.h"
#include "translation.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QPointer>
#include <QScopeGuard>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace {

// A message with its first line as the text and every problem in the details, which a long list needs. On
// the heap: a window replaced while the box waits deletes it with its other children, which ends the wait.
void sayProblems(QWidget *parent, const QString &title, const QString &text, const AnalysisLoadResult &result)
{
    const QPointer box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box->setTextFormat(Qt::PlainText); // file names and data are never markup
    box->setInformativeText(result.error);
    if (result.problems.size() > 1)
        box->setDetailedText(result.problems.join(u'\n'));
    box->exec();
    delete box;
}

} // namespace

void setUpApplication(const QStringList &arguments)
{
    QApplication::setApplicationName(u"ai-policy-explorer"_s);
    QApplication::setApplicationDisplayName(u"AI Policy Explorer"_s);
    QApplication::setOrganizationName(u"AI Policy Explorer"_s);
    QApplication::setApplicationVersion(QStringLiteral(APE_VERSION));
    QApplication::setWindowIcon(QIcon(u":/icons/ai-policy-explorer.svg"_s));
    // Wayland docks and task bars match the window to ai-policy-explorer.desktop by this name.
    QGuiApplication::setDesktopFileName(u"ai-policy-explorer"_s);
    preferJapaneseFontWithFaithfulPdfText();
    applyLanguage(startupLanguage(arguments));
}

WindowHost::WindowHost() = default;
WindowHost::~WindowHost() = default;

bool WindowHost::start(const QString &datasetPath, bool datasetGiven, const QString &viewFile)
{
    m_startPath = datasetPath;
    m_datasetPath = datasetPath;
    if (const QString remembered = MainWindow::rememberedDatasetPath();
        !datasetGiven && !remembered.isEmpty())
        m_datasetPath = remembered;
    const QList<ImportFile> imports = storedImports();
    AnalysisLoadResult loaded = load(m_datasetPath, imports);
    if (!loaded.analysis && !imports.isEmpty()) {
        // Checked now: the imports are to blame only when the dataset passes without them.
        const AnalysisLoadResult plain = load(m_datasetPath, {}, Check::Now);
        if (plain.analysis) {
            sayProblems(
                nullptr, tr("Imported programmes left out"),
                tr("The imported programmes do not fit this dataset and are left out. They are kept: "
                   "remove them under Dataset › Imported Programmes, or open the dataset they were made "
                   "for."),
                loaded);
            loaded = plain;
        }
    }
    if (!loaded.analysis && m_datasetPath != datasetPath) {
        QMessageBox::warning(nullptr, tr("AI Policy Explorer"),
                             tr("The dataset opened last time cannot be opened; the bundled dataset opens "
                                "instead.\n\n%1")
                                 .arg(loaded.error));
        m_datasetPath = datasetPath;
        loaded = load(m_datasetPath, {});
    }
    if (!loaded.analysis) {
        QMessageBox::critical(nullptr, tr("AI Policy Explorer"),
                              tr("The dataset cannot be opened.\n\n%1").arg(loaded.error));
        return false;
    }
    m_analysis = loaded.analysis;
    openWindow();
    if (loaded.unchecked)
        checkOpenedDataset();
    if (!viewFile.isEmpty())
        m_window->openViewOrSayWhy(viewFile);
    return true;
}

void WindowHost::checkOpenedDataset()
{
    const std::shared_ptr<const Analysis> opened = m_analysis;
    const QString checking = tr("Checking %1…").arg(QFileInfo(m_datasetPath).fileName());
    m_window->statusBar()->showMessage(checking);
    ++m_loading;
    runWhileBusy(
        this,
        [path = m_datasetPath, opened, snapshots = DatasetSnapshots::inUserCache()] {
            return checkOpenedAnalysis(path, opened, snapshots);
        },
        [this, opened, checking](const AnalysisLoadResult &checked) {
            const auto checkDone = qScopeGuard([this] { --m_loading; }); // once what it found is acted on
            if (m_analysis != opened)
                return; // another dataset or import has been opened since
            if (m_window->statusBar()->currentMessage() == checking)
                m_window->statusBar()->clearMessage();
            if (checked.analysis == opened)
                return;
            if (checked.analysis) {
                replaceWindow([&] { m_analysis = checked.analysis; });
                m_window->statusBar()->showMessage(
                    tr("The tables of %1 hold other figures than the dataset stored with them; the tables' "
                       "figures are shown")
                        .arg(QFileInfo(m_datasetPath).fileName()));
                return;
            }
            refuseOpenedDataset(checked);
        });
}

void WindowHost::refuseOpenedDataset(AnalysisLoadResult refused)
{
    const std::shared_ptr<const Analysis> opened = m_analysis;
    if (m_datasetPath != m_startPath) {
        sayProblems(m_window.get(), tr("Dataset not opened"),
                    tr("%1 does not pass the checks; the bundled dataset opens instead.")
                        .arg(QFileInfo(m_datasetPath).fileName()),
                    refused);
        if (m_analysis != opened)
            return; // a dataset asked for from the window opened while the message was shown
        const AnalysisLoadResult bundled = load(m_startPath, {});
        if (bundled.analysis) {
            replaceWindow([&] {
                m_analysis = bundled.analysis;
                m_datasetPath = m_startPath;
            });
            if (bundled.unchecked)
                checkOpenedDataset();
            return;
        }
        refused = bundled;
    }
    sayProblems(m_window.get(), tr("Dataset not opened"), tr("The dataset cannot be opened."), refused);
    if (m_analysis != opened)
        return;
    m_window->close();
    QCoreApplication::exit(ExitDataset); // as a start on a dataset that does not open ends
}

void WindowHost::openWindow()
{
    m_window = std::make_unique<MainWindow>(m_analysis, m_datasetPath);
    connect(m_window.get(), &MainWindow::languageChangeRequested, this, &WindowHost::changeLanguage);
    connect(m_window.get(), &MainWindow::datasetChangeRequested, this, &WindowHost::openDataset);
    connect(m_window.get(), &MainWindow::importRequested, this, &WindowHost::importProgrammes);
    connect(m_window.get(), &MainWindow::importRemovalRequested, this, &WindowHost::removeImport);
    m_window->show();
}

void WindowHost::replaceWindow(const std::function<void()> &change)
{
    m_window->close(); // saves geometry and state for the new window
    m_window.release()->deleteLater();
    change();
    openWindow();
}

AnalysisLoadResult WindowHost::load(const QString &path, const QList<ImportFile> &imports, Check check)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const DatasetSnapshots snapshots = DatasetSnapshots::inUserCache();
    AnalysisLoadResult result = check == Check::Later ? openAnalysis(path, imports, snapshots)
                                                      : loadAnalysis(path, imports, snapshots);
    QApplication::restoreOverrideCursor();
    return result;
}

void WindowHost::loadThen(const QString &path, const QList<ImportFile> &imports,
                          const std::function<void(const AnalysisLoadResult &)> &then)
{
    const quint64 load = ++m_lastLoad;
    ++m_loading;
    m_window->statusBar()->showMessage(tr("Opening %1…").arg(QFileInfo(path).fileName()));
    runWhileBusy(
        this,
        [path, imports, snapshots = DatasetSnapshots::inUserCache()] {
            return loadAnalysis(path, imports, snapshots);
        },
        [this, load, then](const AnalysisLoadResult &loaded) {
            --m_loading;
            if (load != m_lastLoad)
                return; // another was asked for since
            m_window->statusBar()->clearMessage();
            then(loaded);
        });
}

void WindowHost::openDataset(const QString &path)
{
    loadThen(path, storedImports(), [this, path](const AnalysisLoadResult &next) {
        if (!next.analysis) {
            sayProblems(
                m_window.get(), tr("Dataset not opened"),
                tr("%1 cannot be opened with the imported programmes; the dataset that was open stays "
                   "open.")
                    .arg(QFileInfo(path).fileName()),
                next);
            return;
        }
        replaceWindow([&] {
            m_analysis = next.analysis;
            m_datasetPath = path;
        });
    });
}

void WindowHost::importProgrammes(const QString &path)
{
    const ImportFile candidate{path, QFileInfo(path).fileName(), QDate::currentDate()};
    loadThen(
        m_datasetPath, storedImports() + QList{candidate}, [this, candidate](const AnalysisLoadResult &next) {
            if (!next.analysis) {
                sayProblems(
                    m_window.get(), tr("Programmes not imported"),
                    tr("%1 was not imported; nothing was added. Correct the lines named here and import it "
                       "again.")
                        .arg(candidate.name),
                    next);
                return;
            }
            if (const QString error = storeImport(candidate); !error.isEmpty()) {
                QMessageBox::warning(m_window.get(), tr("Programmes not imported"), error);
                return;
            }
            replaceWindow([&] { m_analysis = next.analysis; });
            const qsizetype added = m_analysis->dataset().imports().constLast().programmeIds.size();
            const QString message =
                tr("Imported %n programme(s) from %1", nullptr, int(added)).arg(candidate.name);
            // Said once here; the file's copy is read the same way at every start.
            const bool shiftJis =
                !next.warnings.filter(candidate.name + u':').filter(u"Shift-JIS"_s).isEmpty();
            m_window->statusBar()->showMessage(shiftJis ? tr("%1 (read as Shift-JIS)").arg(message) : message,
                                               10000);
        });
}

void WindowHost::removeImport(qsizetype index)
{
    removeStoredImport(index);
    const auto open = [this](const AnalysisLoadResult &next) {
        if (next.analysis)
            replaceWindow([&] { m_analysis = next.analysis; });
    };
    loadThen(m_datasetPath, storedImports(), [this, open](const AnalysisLoadResult &next) {
        if (next.analysis)
            open(next);
        else // the rest still does not fit: the dataset alone, as at a start
            loadThen(m_datasetPath, {}, open);
    });
}

void WindowHost::changeLanguage(Language language)
{
    saveLanguage(language);
    replaceWindow([language] { applyLanguage(language); });
}

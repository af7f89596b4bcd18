#include "comparisonchart.h"
#include "detailpane.h"
#include "mainwindow.h"
#include "programmeimport.h"
#include "programmetablemodel.h"
#include "programmetableview.h"
#include "testsupport.h"
#include "windowhost.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

// The window as a user changes what it shows: imports made, kept across a restart and removed, a bad one
// refused with its lines, and a dataset opened from the menu.
class TestWindowHost : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void importJoinsEveryViewAndSurvivesARestart();
    void badImportIsRefusedWithEveryLineAndAddsNothing();
    void opensAnotherDataset();
    void aFirstOpenIsCheckedWhileTheWindowIsShown();
    void aRememberedDatasetFailingItsCheckGivesWayToTheOneStartedOn();
    void aDatasetStartedOnThatFailsItsCheckClosesTheWindow();
    void tablesDifferingFromTheirFormAreShownOnceChecked();

private:
    QString writeImport(const QString &name, const QString &row);
    // Runs `action` and waits for what it loads, answering the message box it then opens, whose text and
    // details are returned.
    static QString answerMessageBox(WindowHost &host, const std::function<void()> &action);
    // Returns once what the window asked for has loaded and, if it opened, replaced the window.
    static void waitForLoad(WindowHost &host) { QTRY_VERIFY_WITH_TIMEOUT(!host.isLoading(), 20000); }
    static double japanTotal(MainWindow &window);

    QTemporaryDir m_dir;
    QString m_database;
};

namespace {

const QString kRow =
    u"jp-pref-ai,JPN,Prefecture AI programme,県AI推進事業,,Example Prefecture,例示県,,2025-04-01,2025,2027,"
    "1500000000,up_to,JPY,compute,public,approved,,s-pref,\"県は、AI推進に最大15億円を計上する。\",,"
    "Example Prefecture,FY2025 budget,https://www.example.jp/budget,2025-04-01,2025-05-01"_s;

} // namespace

void TestWindowHost::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"AI Policy Explorer tests"_s);
    QCoreApplication::setApplicationName(u"tst_windowhost"_s);
    m_database = compileFixtureDatabase(m_dir.path());
    QVERIFY(!m_database.isEmpty());
}

void TestWindowHost::init()
{
    QSettings().clear();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
}

QString TestWindowHost::writeImport(const QString &name, const QString &row)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write((programmeImportColumns().join(u',') + u"\r\n"_s + row + u"\r\n"_s).toUtf8());
    return file.fileName();
}

QString TestWindowHost::answerMessageBox(WindowHost &host, const std::function<void()> &action)
{
    QString shown;
    QTimer answer; // the box opens once the load is done, and runs its own event loop
    connect(&answer, &QTimer::timeout, qApp, [&shown, &answer] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shown = box->text() + u'\n' + box->informativeText() + u'\n' + box->detailedText();
            answer.stop();
            box->accept();
        }
    });
    answer.start(10);
    action();
    waitForLoad(host); // the box is answered within the same turn that ends the load
    return shown;
}

double TestWindowHost::japanTotal(MainWindow &window)
{
    Filter filter = window.filter();
    filter.currency = u"JPY"_s;
    filter.countries = {u"JPN"_s};
    window.setFilter(filter);
    window.setCurrentView(ViewKind::Comparison);
    const auto *comparison = static_cast<ComparisonChart *>(window.view(ViewKind::Comparison));
    return comparison->data().rows.value(0).total;
}

void TestWindowHost::importJoinsEveryViewAndSurvivesARestart()
{
    const QString csv = writeImport(u"prefecture.csv"_s, kRow);
    double before = 0;
    {
        WindowHost host;
        QVERIFY(host.start(m_database, true, {}));
        before = japanTotal(*host.window());
        emit host.window()->importRequested(csv);
        waitForLoad(host);
        MainWindow &window = *host.window();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Counted in the totals, in the table marked and explained, and named in the provenance.
        QCOMPARE(japanTotal(window), before + 1500000000.0);
        window.setCurrentView(ViewKind::Table);
        ProgrammeTableView *table = window.tableView();
        QVERIFY(table->selectProgramme(u"jp-pref-ai"_s));
        const QModelIndex current = table->table()->currentIndex();
        QCOMPARE(current.data(ProgrammeTableModel::ImportedRole).toString(),
                 u"From prefecture.csv, imported on "_s +
                     QLocale(QLocale::English).toString(QDate::currentDate(), u"d MMMM yyyy"_s));
        QVERIFY2(table->detailPane()->text().contains(u"Imported"_s),
                 qPrintable(table->detailPane()->text()));
        QVERIFY(window.citation().contains(u"includes 1 programme(s) imported from prefecture.csv"_s));
        QCOMPARE(window.statusBar()->currentMessage(), u"Imported 1 programme(s) from prefecture.csv"_s);
        const QList<QLabel *> labels = window.statusBar()->findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.begin(), labels.end(), [](const QLabel *label) {
            return label->text().contains(u"includes 1 programme(s) imported from prefecture.csv"_s);
        }));
        QFile::remove(csv); // the app keeps its own copy
    }
    {
        WindowHost restarted;
        QVERIFY(restarted.start(m_database, true, {}));
        MainWindow &window = *restarted.window();
        QVERIFY(window.citation().contains(u"includes 1 programme(s) imported from prefecture.csv"_s));
        QCOMPARE(japanTotal(window), before + 1500000000.0);
        emit window.importRemovalRequested(0);
        waitForLoad(restarted);
        QVERIFY(!restarted.window()->citation().contains(u"imported"_s));
        QCOMPARE(japanTotal(*restarted.window()), before);
    }
    QCOMPARE(QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/imports"_s)
                 .entryList(QDir::Files),
             QStringList());
}

void TestWindowHost::badImportIsRefusedWithEveryLineAndAddsNothing()
{
    const QString csv = writeImport(u"bad.csv"_s, QString(kRow).replace(u",JPY,"_s, u",JPX,"_s) + u"\r\n"_s +
                                                      QString(kRow)
                                                          .replace(u"jp-pref-ai,JPN"_s, u"jp-pref-2,JPN"_s)
                                                          .replace(u"2025-04-01,2025"_s, u"2025-13-01,2025"_s)
                                                          .replace(u"s-pref"_s, u"s-pref-2"_s));
    WindowHost host;
    QVERIFY(host.start(m_database, true, {}));
    const MainWindow *before = host.window();
    const QString shown = answerMessageBox(host, [&] { emit host.window()->importRequested(csv); });
    QVERIFY2(shown.contains(u"bad.csv was not imported; nothing was added"_s), qPrintable(shown));
    QVERIFY2(shown.contains(u"bad.csv:2: currency 'JPX' is not an ISO 4217 currency code"_s),
             qPrintable(shown));
    QVERIFY2(shown.contains(u"bad.csv:3: announced '2025-13-01' is not an ISO date"_s), qPrintable(shown));
    QCOMPARE(host.window(), before);
    QVERIFY(!host.window()->citation().contains(u"imported"_s));
    QCOMPARE(QSettings().value(u"imports/size"_s, 0).toInt(), 0);
}

void TestWindowHost::opensAnotherDataset()
{
    QTemporaryDir other;
    const QString copy = compileFixtureDatabase(other.path());
    WindowHost host;
    QVERIFY(host.start(m_database, true, {}));
    const MainWindow *first = host.window();
    emit host.window()->datasetChangeRequested(copy);
    // Loaded on a worker: meanwhile the window stays, usable, and says what it is opening.
    QVERIFY(host.isLoading());
    QCOMPARE(host.window(), first);
    QVERIFY(host.window()->isEnabled());
    QCOMPARE(host.window()->statusBar()->currentMessage(), u"Opening %1…"_s.arg(QFileInfo(copy).fileName()));
    waitForLoad(host);
    QVERIFY(host.window() != first);
    QVERIFY(host.window()->windowTitle().startsWith(QFileInfo(copy).fileName() + u" · "_s));
    QCOMPARE(MainWindow::rememberedDatasetPath(), QFileInfo(copy).absoluteFilePath());
    // A file that is no dataset is refused, and the window stays on the one open.
    const MainWindow *before = host.window();
    const QString shown = answerMessageBox(
        host, [&] { emit host.window()->datasetChangeRequested(m_dir.filePath(u"bad.csv"_s)); });
    QVERIFY2(!shown.isEmpty(), "no message");
    QCOMPARE(host.window(), before);

    // Asked for twice before the first has loaded, the last wins.
    emit host.window()->datasetChangeRequested(m_dir.filePath(u"bad.csv"_s));
    emit host.window()->datasetChangeRequested(m_database);
    waitForLoad(host);
    QVERIFY(host.window() != before);
    QVERIFY(!QApplication::activeModalWidget());
    QCOMPARE(MainWindow::rememberedDatasetPath(), QFileInfo(m_database).absoluteFilePath());
}

// A file opened for the first time shows at once from the form its database carries, and is checked on a
// worker while the window is in use; the window stays when the file holds what it shows.
void TestWindowHost::aFirstOpenIsCheckedWhileTheWindowIsShown()
{
    QTemporaryDir other;
    const QString copy = compileFixtureDatabase(other.path());
    WindowHost host;
    QVERIFY(host.start(copy, true, {}));
    const MainWindow *shown = host.window();
    QVERIFY(host.isLoading());
    QVERIFY(shown->isEnabled());
    QCOMPARE(shown->statusBar()->currentMessage(), u"Checking %1…"_s.arg(QFileInfo(copy).fileName()));
    const double total = japanTotal(*host.window());
    QVERIFY(total > 0);
    waitForLoad(host);
    QCOMPARE(host.window(), shown);
    QCOMPARE(japanTotal(*host.window()), total);
    QCOMPARE(shown->statusBar()->currentMessage(), QString());
    QVERIFY(!QApplication::activeModalWidget());
}

// The file opened last time was changed after it was built: the window shows it as built, then, once the
// check finds the change, says so and opens the dataset the application was started on.
void TestWindowHost::aRememberedDatasetFailingItsCheckGivesWayToTheOneStartedOn()
{
    QTemporaryDir other;
    const QString edited = compileFixtureDatabase(other.path());
    QCOMPARE(editDatabase(edited, {u"UPDATE programmes SET amount = 1 WHERE id = 'jp-gpu'"_s}), QString());
    QSettings().setValue(u"datasets/current"_s, edited);
    WindowHost host;
    const QString shown = answerMessageBox(host, [&] {
        QVERIFY(host.start(m_database, false, {}));
        QVERIFY(host.window()->windowTitle().startsWith(QFileInfo(edited).fileName() + u" · "_s));
    });
    QVERIFY2(shown.contains(u"%1 does not pass the checks; the bundled dataset opens instead."_s.arg(
                 QFileInfo(edited).fileName())),
             qPrintable(shown));
    QVERIFY2(shown.contains(u"content digest does not match"_s), qPrintable(shown));
    QVERIFY(host.window()->windowTitle().startsWith(QFileInfo(m_database).fileName() + u" · "_s));
    QCOMPARE(MainWindow::rememberedDatasetPath(), QFileInfo(m_database).absoluteFilePath());
}

// Started on a file that fails its check, there is nothing to fall back on: the window says why and closes,
// and the application ends (with ExitDataset, which a test cannot see: its event loop is not the
// application's).
void TestWindowHost::aDatasetStartedOnThatFailsItsCheckClosesTheWindow()
{
    QTemporaryDir other;
    const QString edited = compileFixtureDatabase(other.path());
    QCOMPARE(editDatabase(edited, {u"UPDATE programmes SET amount = 1 WHERE id = 'jp-gpu'"_s}), QString());
    WindowHost host;
    const QString shown = answerMessageBox(host, [&] { QVERIFY(host.start(edited, true, {})); });
    QVERIFY2(shown.startsWith(u"The dataset cannot be opened."_s), qPrintable(shown));
    QVERIFY2(shown.contains(u"content digest does not match"_s), qPrintable(shown));
    QVERIFY(!host.window()->isVisible());
}

// A database whose tables hold other figures than the dataset stored with them (here the next version's
// form, under this file's digest): the window shows the form, then the tables' figures once checked.
void TestWindowHost::tablesDifferingFromTheirFormAreShownOnceChecked()
{
    QTemporaryDir other;
    const QString path = compileFixtureWithNextForm(other.path());
    QVERIFY(!path.isEmpty());
    const double asBuilt = [&] {
        WindowHost reference;
        reference.start(m_database, true, {});
        return japanTotal(*reference.window());
    }();
    WindowHost host;
    QVERIFY(host.start(path, true, {}));
    const MainWindow *first = host.window();
    QVERIFY(japanTotal(*host.window()) != asBuilt); // the next version's jp-gpu: 73 rather than 72.5 billion
    waitForLoad(host);
    QVERIFY(host.window() != first);
    QCOMPARE(japanTotal(*host.window()), asBuilt);
    QVERIFY2(host.window()->statusBar()->currentMessage().contains(u"hold other figures"_s),
             qPrintable(host.window()->statusBar()->currentMessage()));
}

QTEST_MAIN(TestWindowHost)
#include "tst_windowhost.moc"

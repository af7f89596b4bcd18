#include "chartview.h"
#include "comparisonbuilder.h"
#include "comparisonchart.h"
#include "datasetstore.h"
#include "figureexport.h"
#include "figureplot.h"
#include "hugepages.h"
#include "mainwindow.h"
#include "programmetablemodel.h"
#include "programmetableview.h"
#include "recipientsbuilder.h"
#include "recipientschart.h"
#include "syntheticdataset.h"
#include "timelinebuilder.h"
#include "timelinechart.h"
#include "windowhost.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QPdfWriter>
#include <QProcess>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <vector>

using namespace Qt::StringLiterals;

// Benchmarks on the bundled dataset and on synthetic ones N times its size (syntheticdataset.h): load,
// aggregation per view, chart build and replot per view, a filter change through the whole window and the
// longest the window stalls in one, a PDF export beside a bare QCustomPlot drawing the same bars, and start
// to first painted chart, as a whole process, beside a bare Qt program. Each row is named by its scale, so
// one run compares growth side by side. The scales come from APE_BENCH_SCALES ("1,10,100,1000"; default "1");
// CTest runs every benchmark once at 1x so none can rot.
class BenchViews : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    // Datasets let go of by the row before are freed on workers (shareFreedOnWorker), and the snapshots of
    // those opened first written on another (writeInBackground); a row is measured once they are done, not
    // beside them.
    void init()
    {
        DatasetSnapshots::waitForBackgroundWrites();
        QThreadPool::globalInstance()->waitForDone();
    }
    void load_data() { scaleRows(); }
    void load();
    void openFromCheckedForm_data() { scaleRows(); }
    void openFromCheckedForm();
    void loadAndKeepSnapshot_data() { scaleRows(); }
    void loadAndKeepSnapshot();
    void loadFromSnapshot_data() { scaleRows(); }
    void loadFromSnapshot();
    void letGoOfADataset_data() { scaleRows(); }
    void letGoOfADataset();
    void aggregation_data();
    void aggregation();
    void chart_data();
    void chart();
    void windowFilterChange_data() { scaleAndViewRows(); }
    void windowFilterChange();
    void windowLongestFreeze_data() { scaleAndViewRows(); }
    void windowLongestFreeze();
    void windowLongestFreezeWhileChecking_data() { scaleRows(); }
    void windowLongestFreezeWhileChecking();
    void tableScrollPage_data() { scaleRows(); }
    void tableScrollPage();
    void tableSortByAmount_data() { scaleRows(); }
    void tableSortByAmount();
    void tableSortLongestFreeze_data() { scaleRows(); }
    void tableSortLongestFreeze();
    void exportPdf_data() { scaleRows(); }
    void exportPdf();
    void bareQCustomPlotPdf_data() { scaleRows(); }
    void bareQCustomPlotPdf();
    void firstStartToFirstPaint_data() { scaleRows(); }
    void firstStartToFirstPaint();
    void startToFirstPaint_data() { scaleRows(); }
    void startToFirstPaint();
    void bareStartToFirstPaint_data() { scaleRows(); }
    void bareStartToFirstPaint();

private:
    // Reports the median of five starts of `program DATASET` at the scale the row names, the snapshots kept
    // in `cache` (each start a new one when it is empty).
    void timeStartToFirstPaint(const QString &program, const QString &cache);
    // Starts `program` on the dataset at `scale` as a user starts it, the snapshots it keeps in `cache`:
    // the milliseconds until it says its first chart is painted (tests/exitonfirstpaintedchart.h), or -1
    // when it fails. What it does after that is waited for, not timed.
    qint64 startToPaint(const QString &program, int scale, const QString &cache) const;
    void scaleRows();
    void scaleAndViewRows();
    // A window on the dataset at `scale`, shown, with `view` in front.
    std::unique_ptr<MainWindow> shownWindow(int scale, ViewKind view) const;
    // Changes the window's countries and returns once the view in front has drawn and painted the result.
    static void changeFilter(MainWindow &window, Filter &filter);
    // Returns once the view in front has drawn the filter last applied, built off the UI thread or not, and
    // the window is painted.
    static void waitUntilPainted(MainWindow &window);
    // Turns the event loop until `busy` says the work off the UI thread is done and its result shown.
    static void waitWhile(const std::function<bool()> &busy);
    // The longest the window cannot answer input from `start` until `busy` says the work is done: the widest
    // gap between two turns of its event loop, which a timer ticking at every turn measures.
    qint64 longestStall(QObject *context, const std::function<void()> &start,
                        const std::function<bool()> &busy);
    static const ProgrammeTableModel &tableModel(MainWindow &window);
    // Where every scale's dataset is kept once opened, as the app keeps them in the user's cache.
    DatasetSnapshots keptSnapshots() const { return DatasetSnapshots(m_dir.filePath(u"snapshots"_s)); }
    // The countries a filter change toggles: a few, then all of them.
    static QStringList nextCountries(const QStringList &countries)
    {
        return countries.isEmpty() ? QStringList{u"JPN"_s, u"USA"_s, u"CHN"_s} : QStringList{};
    }

    QList<int> m_scales;
    QMap<int, std::shared_ptr<const Analysis>> m_analyses;
    QMap<int, QString> m_paths;
    int m_snapshotFolders = 0;
    QTemporaryDir m_dir;
};

void BenchViews::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the window's settings stay away from the user's
    const DatasetLoadResult base = readDatasetDatabase(QStringLiteral(APE_BUNDLED_DATASET));
    QVERIFY2(base.dataset, qPrintable(base.error));
    for (const QString &scale : qEnvironmentVariable("APE_BENCH_SCALES", u"1"_s).split(u',')) {
        const int factor = scale.toInt();
        QVERIFY2(factor >= 1, qPrintable(scale));
        m_scales.append(factor);
        const QString path = m_dir.filePath(u"x%1.sqlite"_s.arg(factor));
        QCOMPARE(writeDatasetDatabase(syntheticDataset(*base.dataset, factor, 7), path), QString());
        m_paths.insert(factor, path);
    }
    // Opened as the app opens a dataset it has seen before: from its snapshot, kept once every file has
    // settled.
    for (const QString &path : std::as_const(m_paths))
        QTRY_VERIFY_WITH_TIMEOUT(keptSnapshots().keyFor(path, {}).settled, 10000);
    for (const int scale : std::as_const(m_scales)) {
        const AnalysisLoadResult loaded = loadAnalysis(m_paths.value(scale), {}, keptSnapshots());
        QVERIFY2(loaded.analysis, qPrintable(loaded.error));
        m_analyses.insert(scale, loaded.analysis);
    }
}

void BenchViews::scaleRows()
{
    QTest::addColumn<int>("scale");
    for (int scale : std::as_const(m_scales))
        QTest::addRow("%dx", scale) << scale;
}

void BenchViews::load()
{
    QFETCH(int, scale);
    QBENCHMARK
    {
        QVERIFY(loadAnalysis(m_paths.value(scale)).analysis);
    }
}

// The window's first open of a file: read from its database's checked form, to be shown while the file is
// checked on a worker (openAnalysis()).
void BenchViews::openFromCheckedForm()
{
    QFETCH(int, scale);
    const QString path = m_paths.value(scale);
    QBENCHMARK
    {
        QVERIFY(openAnalysis(path).unchecked);
    }
}

// The first open of a file: checked, then kept as a snapshot (datasetsnapshot.h).
void BenchViews::loadAndKeepSnapshot()
{
    QFETCH(int, scale);
    const QString path = m_paths.value(scale);
    QBENCHMARK
    {
        // A new folder each time: Qt Test may run this function more than once.
        const DatasetSnapshots snapshots(m_dir.filePath(u"kept-%1"_s.arg(++m_snapshotFolders)));
        const AnalysisLoadResult loaded = loadAnalysis(path, {}, snapshots);
        QVERIFY2(loaded.analysis, qPrintable(loaded.error));
        QVERIFY(!loaded.fromSnapshot);
        DatasetSnapshots::waitForBackgroundWrites();
        QCOMPARE(QDir(snapshots.folder()).entryList(QDir::Files).size(), 1);
    }
}

// Every later open of the same file.
void BenchViews::loadFromSnapshot()
{
    QFETCH(int, scale);
    const QString path = m_paths.value(scale);
    const DatasetSnapshots snapshots = keptSnapshots();
    QBENCHMARK
    {
        QVERIFY(loadAnalysis(path, {}, snapshots).fromSnapshot);
    }
}

// What letting go of an opened dataset costs the thread that lets go, as a window replaced by one on another
// dataset does: the dataset is freed on a worker.
void BenchViews::letGoOfADataset()
{
    QFETCH(int, scale);
    std::shared_ptr<const Analysis> analysis =
        loadAnalysis(m_paths.value(scale), {}, keptSnapshots()).analysis;
    QVERIFY(analysis);
    QElapsedTimer letGo;
    QBENCHMARK_ONCE
    {
        letGo.start();
        analysis.reset();
    }
    QTest::setBenchmarkResult(double(letGo.nsecsElapsed()) / 1e6, QTest::WalltimeMilliseconds);
}

void BenchViews::scaleAndViewRows()
{
    QTest::addColumn<int>("scale");
    QTest::addColumn<ViewKind>("view");
    for (int scale : std::as_const(m_scales)) {
        for (ViewKind view : allEnumValues<ViewKind>())
            QTest::addRow("%dx %s", scale, qPrintable(enumKey(view))) << scale << view;
    }
}

void BenchViews::aggregation_data()
{
    scaleAndViewRows();
}

void BenchViews::aggregation()
{
    QFETCH(int, scale);
    QFETCH(ViewKind, view);
    const Analysis &analysis = *m_analyses.value(scale);
    Filter filter = defaultFilter(analysis.dataset());
    QBENCHMARK
    {
        filter.countries = nextCountries(filter.countries);
        switch (view) {
        case ViewKind::Timeline:
            QVERIFY(!buildTimeline(analysis, filter).points.isEmpty());
            break;
        case ViewKind::Recipients:
            QVERIFY(!buildRecipients(analysis, filter).bars.isEmpty());
            break;
        case ViewKind::Comparison:
            QVERIFY(!buildComparison(analysis, filter).rows.isEmpty());
            break;
        case ViewKind::Table:
            QVERIFY(!analysis.tableRows(filter).isEmpty());
            break;
        }
    }
}

void BenchViews::chart_data()
{
    QTest::addColumn<int>("scale");
    QTest::addColumn<ViewKind>("view");
    for (int scale : std::as_const(m_scales)) {
        for (ViewKind view : {ViewKind::Timeline, ViewKind::Recipients, ViewKind::Comparison})
            QTest::addRow("%dx %s", scale, qPrintable(enumKey(view))) << scale << view;
    }
}

void BenchViews::chart()
{
    QFETCH(int, scale);
    QFETCH(ViewKind, view);
    const std::shared_ptr<const Analysis> analysis = m_analyses.value(scale);
    std::unique_ptr<ChartView> chart;
    switch (view) {
    case ViewKind::Timeline:
        chart = std::make_unique<TimelineChart>(analysis);
        break;
    case ViewKind::Recipients:
        chart = std::make_unique<RecipientsChart>(analysis);
        break;
    default:
        chart = std::make_unique<ComparisonChart>(analysis);
        break;
    }
    chart->resize(1200, 800);
    chart->setBuildsInBackground(false); // the build itself is measured, wherever it would run
    Filter filter = defaultFilter(analysis->dataset());
    QBENCHMARK
    {
        filter.countries = nextCountries(filter.countries);
        chart->apply(filter);
        chart->plot()->replot(QCustomPlot::rpImmediateRefresh);
    }
}

std::unique_ptr<MainWindow> BenchViews::shownWindow(int scale, ViewKind view) const
{
    auto window = std::make_unique<MainWindow>(m_analyses.value(scale));
    window->resize(1280, 800);
    window->setCurrentView(view); // opens on it, as a session left on that tab does: no other view builds
    window->show();
    return window;
}

void BenchViews::changeFilter(MainWindow &window, Filter &filter)
{
    filter.countries = nextCountries(filter.countries);
    window.setFilter(filter);
    waitUntilPainted(window);
}

void BenchViews::waitWhile(const std::function<bool()> &busy)
{
    while (busy())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
}

void BenchViews::waitUntilPainted(MainWindow &window)
{
    if (const auto *chart = qobject_cast<const ChartView *>(window.view(window.currentView())))
        waitWhile([chart] { return chart->isUpdating(); });
    QCoreApplication::sendPostedEvents(); // a plot shown draws at the size it is given once shown
    window.repaint();
}

// From a filter edit to the view in front drawn and painted.
void BenchViews::windowFilterChange()
{
    QFETCH(int, scale);
    QFETCH(ViewKind, view);
    const std::unique_ptr<MainWindow> window = shownWindow(scale, view);
    Filter filter = window->filter();
    QBENCHMARK
    {
        changeFilter(*window, filter);
    }
}

qint64 BenchViews::longestStall(QObject *context, const std::function<void()> &start,
                                const std::function<bool()> &busy)
{
    qint64 longest = 0;
    QElapsedTimer sinceTick;
    QTimer ticker;
    ticker.setInterval(0);
    connect(&ticker, &QTimer::timeout, this, [&] { longest = std::max(longest, sinceTick.restart()); });
    ticker.start();
    sinceTick.start();
    QTimer::singleShot(0, context, start);
    QTest::qWait(20);
    waitWhile(busy);
    QTest::qWait(20);
    return longest;
}

const ProgrammeTableModel &BenchViews::tableModel(MainWindow &window)
{
    const auto *proxy = qobject_cast<const QSortFilterProxyModel *>(window.tableView()->table()->model());
    return *qobject_cast<const ProgrammeTableModel *>(proxy->sourceModel());
}

// The longest the window cannot answer input during a filter change.
void BenchViews::windowLongestFreeze()
{
    QFETCH(int, scale);
    QFETCH(ViewKind, view);
    const std::unique_ptr<MainWindow> window = shownWindow(scale, view);
    Filter filter = window->filter();
    changeFilter(*window, filter); // the first build of each view is not a filter change
    const auto *chart = qobject_cast<const ChartView *>(window->view(view));
    qint64 longest = 0;
    // Measured once per row: what matters is the worst gap, not an average over repeats.
    QBENCHMARK_ONCE
    {
        longest = longestStall(
            window.get(), [&] { changeFilter(*window, filter); },
            [&] { return chart && chart->isUpdating(); });
    }
    QTest::setBenchmarkResult(double(longest), QTest::WalltimeMilliseconds);
}

// The longest the window cannot answer input while a file opened for the first time is checked behind it
// (WindowHost), the user changing the filter meanwhile.
void BenchViews::windowLongestFreezeWhileChecking()
{
    QFETCH(int, scale);
    // A copy made now, too new for a snapshot to be read or kept: the window opens from the checked form.
    const QString path = m_dir.filePath(u"unchecked-%1.sqlite"_s.arg(scale));
    QFile::remove(path);
    QVERIFY(QFile::copy(m_paths.value(scale), path));
    WindowHost host;
    QVERIFY(host.start(path, true, {}));
    QVERIFY(host.isLoading());
    MainWindow &window = *host.window();
    Filter filter = window.filter();
    qint64 longest = 0;
    QBENCHMARK_ONCE
    {
        longest = longestStall(
            &window, [&] { changeFilter(window, filter); }, [&] { return host.isLoading(); });
    }
    QCOMPARE(host.window(), &window); // the file holds what the window showed
    QTest::setBenchmarkResult(double(longest), QTest::WalltimeMilliseconds);
}

// One page down the Table, drawn and painted, over every row the default filters select: pages spread
// from the first row to the last, so a page far down costs what the first does.
void BenchViews::tableScrollPage()
{
    QFETCH(int, scale);
    const std::unique_ptr<MainWindow> window = shownWindow(scale, ViewKind::Table);
    QTableView *table = window->tableView()->table();
    QScrollBar *bar = table->verticalScrollBar();
    waitUntilPainted(*window);
    QVERIFY(table->isVisible());
    QVERIFY(bar->maximum() > 0);
    constexpr int kPages = 50;
    int page = 0;
    QBENCHMARK
    {
        bar->setValue(int(qint64(bar->maximum()) * (page++ % kPages) / (kPages - 1)));
        QVERIFY(!table->viewport()->grab().isNull()); // paints the rows now in view
    }
}

// A click on the Table's converted-amount header, until the rows are sorted and painted.
void BenchViews::tableSortByAmount()
{
    QFETCH(int, scale);
    const std::unique_ptr<MainWindow> window = shownWindow(scale, ViewKind::Table);
    QTableView *table = window->tableView()->table();
    waitUntilPainted(*window);
    const ProgrammeTableModel &model = tableModel(*window);
    Qt::SortOrder order = Qt::AscendingOrder;
    QBENCHMARK
    {
        table->sortByColumn(ProgrammeTableModel::ConvertedColumn, order);
        order = order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
        waitWhile([&model] { return model.isSorting(); }); // a large table sorts on the workers
        QVERIFY(!table->viewport()->grab().isNull());
    }
}

// The longest the window cannot answer input while the Table sorts by its converted amounts.
void BenchViews::tableSortLongestFreeze()
{
    QFETCH(int, scale);
    const std::unique_ptr<MainWindow> window = shownWindow(scale, ViewKind::Table);
    QTableView *table = window->tableView()->table();
    waitUntilPainted(*window);
    const ProgrammeTableModel &model = tableModel(*window);
    qint64 longest = 0;
    QBENCHMARK_ONCE
    {
        longest = longestStall(
            window.get(),
            [&] {
                table->sortByColumn(ProgrammeTableModel::ConvertedColumn, Qt::AscendingOrder);
                table->viewport()->repaint();
            },
            [&] { return model.isSorting(); });
    }
    QTest::setBenchmarkResult(double(longest), QTest::WalltimeMilliseconds);
}

void BenchViews::exportPdf()
{
    QFETCH(int, scale);
    const Analysis &analysis = *m_analyses.value(scale);
    QBENCHMARK
    {
        QVERIFY(exportView(analysis, defaultFilter(analysis.dataset()), ViewKind::Comparison,
                           m_dir.filePath(u"c.pdf"_s))
                    .isEmpty());
    }
}

// The reference for exportPdf: the same comparison bars drawn by a bare QCustomPlot into a PDF page.
void BenchViews::bareQCustomPlotPdf()
{
    QFETCH(int, scale);
    const Analysis &analysis = *m_analyses.value(scale);
    const ComparisonData data = buildComparison(analysis, defaultFilter(analysis.dataset()));
    QBENCHMARK
    {
        QCustomPlot plot;
        auto *bars = new QCPBars(plot.yAxis, plot.xAxis);
        QVector<double> keys, values;
        for (qsizetype i = 0; i < data.rows.size(); ++i) {
            keys.append(double(data.rows.size() - i));
            values.append(data.rows.at(i).total);
        }
        bars->setData(keys, values);
        plot.rescaleAxes();
        QPdfWriter pdf(m_dir.filePath(u"bare.pdf"_s));
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageOrientation(QPageLayout::Landscape);
        pdf.setResolution(96);
        QCPPainter painter(&pdf);
        plot.toPainter(&painter, pdf.width(), pdf.height());
    }
}

// From launching the app's window on the dataset to its first chart painted, as a whole process: a start of
// ai-policy-explorer on a dataset it has opened before, from its snapshot in the user's cache.
void BenchViews::startToFirstPaint()
{
    timeStartToFirstPaint(QStringLiteral(APE_COLDSTART), m_dir.filePath(u"cache"_s));
}

// The reference for startToFirstPaint: a bare Qt program linking only Qt and QCustomPlot, whose window's
// QCustomPlot draws each country's summed amounts read from the same file with plain SQL.
void BenchViews::bareStartToFirstPaint()
{
    timeStartToFirstPaint(QStringLiteral(APE_COLDSTART_BARE), m_dir.filePath(u"cache"_s));
}

// From launching the app's window on a dataset it has not opened before to its first chart painted: shown
// from the database's checked form while the file is checked behind it (openAnalysis()), which is waited for
// before the next start but not timed.
void BenchViews::firstStartToFirstPaint()
{
    timeStartToFirstPaint(QStringLiteral(APE_COLDSTART), QString());
}

void BenchViews::timeStartToFirstPaint(const QString &program, const QString &cache)
{
    QFETCH(int, scale);
    const auto cacheFor = [&] {
        return cache.isEmpty() ? m_dir.filePath(u"first-start-%1"_s.arg(++m_snapshotFolders)) : cache;
    };
    // A start keeps the dataset's snapshot, as the app's first start on it does; single starts vary too much
    // on a busy machine to compare one with another.
    QVERIFY(startToPaint(program, scale, cacheFor()) >= 0);
    std::vector<qint64> painted;
    QBENCHMARK_ONCE
    {
        for (int run = 0; run < 5; ++run) {
            painted.push_back(startToPaint(program, scale, cacheFor()));
            QVERIFY(painted.back() >= 0);
        }
    }
    std::sort(painted.begin(), painted.end());
    QTest::setBenchmarkResult(double(painted[painted.size() / 2]), QTest::WalltimeMilliseconds);
}

qint64 BenchViews::startToPaint(const QString &program, int scale, const QString &cache) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_CACHE_HOME"_s, cache);
    environment.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    // As a user starts it: the app asks for huge pages (restartAskingForHugePages), a bare program not.
    environment.remove(u"GLIBC_TUNABLES"_s);
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer started;
    started.start();
    process.start(program, {m_paths.value(scale)});
    while (!process.canReadLine() && process.waitForReadyRead(-1)) {
    }
    const qint64 painted = started.elapsed();
    const bool said = process.readLine() == "painted\n";
    return process.waitForFinished(-1) && process.exitStatus() == QProcess::NormalExit &&
                   process.exitCode() == EXIT_SUCCESS && said
               ? painted
               : -1;
}

// Runs as the application does, asking for huge pages where that helps.
QTEST_MAIN_WRAPPER(BenchViews, restartAskingForHugePages(argv); QTEST_MAIN_SETUP())
#include "bench_views.moc"

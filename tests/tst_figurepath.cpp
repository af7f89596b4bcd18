#include "chartview.h"
#include "figureexport.h"
#include "figureplot.h"
#include "mainwindow.h"
#include "programmetableview.h"
#include "testsupport.h"
#include "translation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QListWidget>
#include <QProcess>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

// A user's sequence of filter changes in a live window, on the bundled dataset: after every step each view
// shows exactly the figure a fresh build gives for the window's filter (same data, same axes and ranges,
// events present), and the window's export of each view equals the command line's for that filter.
class TestFigurePath : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup() { m_window.reset(); }
    void everyViewMatchesAFreshFigureAfterEachStep();
    void windowExportEqualsCommandLineExport_data();
    void windowExportEqualsCommandLineExport();

private:
    template <typename Widget> Widget *find(const QString &name) const;
    // Activates the item of a view's own combo box whose data is `value`, as a click would.
    void activate(ViewKind view, int comboIndex, const QVariant &value) const;
    void checkEveryView(const QString &step) const;

    std::shared_ptr<const Analysis> m_analysis;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
};

// What a plot shows, as text: axis rects with their axes (range, scale, visibility), plottables with their
// data, and how many items (labels) there are. Two plots showing the same figure describe alike.
static QStringList describePlot(QCustomPlot *plot)
{
    QStringList lines;
    for (QCPAxisRect *rect : plot->axisRects()) {
        for (QCPAxis::AxisType type :
             {QCPAxis::atBottom, QCPAxis::atLeft, QCPAxis::atTop, QCPAxis::atRight}) {
            const QCPAxis *axis = rect->axis(type);
            lines.append(u"axis %1 [%2, %3] log=%4 visible=%5 labels=%6 '%7'"_s.arg(axis->axisType())
                             .arg(axis->range().lower, 0, 'g', 12)
                             .arg(axis->range().upper, 0, 'g', 12)
                             .arg(axis->scaleType() == QCPAxis::stLogarithmic)
                             .arg(axis->visible())
                             .arg(axis->tickLabels())
                             .arg(axis->label()));
        }
    }
    for (int i = 0; i < plot->plottableCount(); ++i) {
        QCPAbstractPlottable *plottable = plot->plottable(i);
        QString line = plottable->name() + u':';
        if (auto *graph = qobject_cast<QCPGraph *>(plottable)) {
            for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
                line += u" %1/%2"_s.arg(it->key, 0, 'g', 12).arg(it->value, 0, 'g', 12);
        } else if (auto *bars = qobject_cast<QCPBars *>(plottable)) {
            for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
                line += u" %1/%2"_s.arg(it->key, 0, 'g', 12).arg(it->value, 0, 'g', 12);
        }
        lines.append(line);
    }
    // Items drawn: a plot keeps labels it hid for reuse as it zooms.
    int items = 0;
    for (int i = 0; i < plot->itemCount(); ++i)
        items += plot->item(i)->visible() ? 1 : 0;
    lines.append(u"items %1, legend %2"_s.arg(items).arg(plot->legend && plot->legend->visible()));
    return lines;
}

void TestFigurePath::initTestCase()
{
    QVERIFY(m_dir.isValid());
    preferJapaneseFontWithFaithfulPdfText(); // as main() does, so both processes draw with the same fonts
    const AnalysisLoadResult loaded = loadAnalysis(QStringLiteral(APE_BUNDLED_DATASET));
    QVERIFY2(loaded.analysis, qPrintable(loaded.error));
    m_analysis = loaded.analysis;
}

void TestFigurePath::init()
{
    m_window = std::make_unique<MainWindow>(m_analysis);
    m_window->resize(1300, 850);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

template <typename Widget> Widget *TestFigurePath::find(const QString &name) const
{
    auto *widget = m_window->findChild<Widget *>(name);
    if (!widget)
        qFatal("no widget named %s", qPrintable(name));
    return widget;
}

void TestFigurePath::activate(ViewKind view, int comboIndex, const QVariant &value) const
{
    m_window->setCurrentView(view);
    QComboBox *combo = m_window->view(view)->findChildren<QComboBox *>().at(comboIndex);
    combo->setCurrentIndex(combo->findData(value));
    QVERIFY(combo->currentIndex() >= 0);
    emit combo->activated(combo->currentIndex());
}

void TestFigurePath::checkEveryView(const QString &step) const
{
    const Filter &filter = m_window->filter();
    for (ViewKind kind : allEnumValues<ViewKind>()) {
        FigureView *view = m_window->view(kind);
        const Figure fresh = buildFigure(*m_analysis, filter, kind);
        QVERIFY2(view->figure() == fresh, qPrintable(step + u": "_s + enumKey(kind)));
        auto *chart = qobject_cast<ChartView *>(view);
        if (!chart)
            continue;
        m_window->setCurrentView(kind);
        FigurePlot *live = chart->plot();
        live->replot();
        const std::unique_ptr<FigurePlot> plot = createFigurePlot(fresh);
        plot->resize(live->size());
        plot->setViewport(plot->rect()); // a hidden widget gets no resize event to set it
        plot->showFigure(fresh);
        plot->replot();
        QCOMPARE(describePlot(live), describePlot(plot.get()));
        if (const auto *timeline = std::get_if<TimelineData>(&fresh.chart)) {
            if (timeline->mode != TimelineMode::Announcements)
                continue;
            // The events lane shares the main date axis and holds one marker per event.
            QCPAxisRect *lane = live->axisRect(1);
            QVERIFY2(lane, qPrintable(step));
            QCOMPARE(lane->axis(QCPAxis::atBottom)->range(), live->xAxis->range());
            int markers = 0;
            for (const QCPGraph *graph : lane->graphs())
                markers += graph->dataCount();
            QCOMPARE(markers, timeline->events.size());
            const double from =
                QCPAxisTickerDateTime::dateTimeToKey(QDate(filter.fromYear, 1, 1).addYears(-1));
            QVERIFY2(timeline->events.isEmpty() || live->xAxis->range().lower > from, qPrintable(step));
        }
    }
}

void TestFigurePath::everyViewMatchesAFreshFigureAfterEachStep()
{
    const auto tickCountry = [this](const QString &name) {
        const QList<QListWidgetItem *> items =
            find<QListWidget>(u"countries"_s)->findItems(name, Qt::MatchExactly);
        QCOMPARE(items.size(), 1);
        items.constFirst()->setCheckState(Qt::Checked);
    };
    const auto chooseCurrency = [this](const QString &code) {
        auto *currency = find<QComboBox>(u"currency"_s);
        currency->setCurrentIndex(currency->findData(code));
    };
    const QList<std::pair<QString, std::function<void()>>> steps{
        {u"as opened"_s, [] {}},
        {u"currency JPY"_s, [&] { chooseCurrency(u"JPY"_s); }},
        {u"Japan ticked"_s, [&] { tickCountry(u"Japan"_s); }},
        {u"United States ticked"_s, [&] { tickCountry(u"United States"_s); }},
        {u"private pledges too"_s, [this] { find<QCheckBox>(u"funding-private"_s)->click(); }},
        {u"from 2020"_s, [this] { find<QSpinBox>(u"fromYear"_s)->setValue(2020); }},
        {u"currency EUR"_s, [&] { chooseCurrency(u"EUR"_s); }},
        {u"annualised"_s, [this] { activate(ViewKind::Timeline, 0, int(TimelineMode::Annualised)); }},
        {u"stacked by category"_s, [this] { activate(ViewKind::Timeline, 1, int(StackBy::Category)); }},
        {u"compute only"_s,
         [this] {
             auto *category = find<QComboBox>(u"category"_s);
             category->setCurrentIndex(category->findData(u"compute"_s));
         }},
        {u"announcements again"_s,
         [this] { activate(ViewKind::Timeline, 0, int(TimelineMode::Announcements)); }},
        {u"all categories, as announced"_s,
         [&] {
             find<QComboBox>(u"category"_s)->setCurrentIndex(0);
             chooseCurrency(QString());
         }},
        {u"per capita"_s, [this] { activate(ViewKind::Comparison, 1, int(Measure::PerCapita)); }},
        {u"per capita on a map"_s,
         [this] { activate(ViewKind::Comparison, 0, int(ComparisonDisplay::Map)); }},
        {u"recipients ranked"_s, [this] { activate(ViewKind::Recipients, 0, int(RecipientsMode::Ranking)); }},
        {u"countries cleared, USD"_s,
         [&] {
             QListWidget *countries = find<QListWidget>(u"countries"_s);
             for (int i = 0; i < countries->count(); ++i)
                 countries->item(i)->setCheckState(Qt::Unchecked);
             chooseCurrency(u"USD"_s);
         }},
    };
    Filter previous = m_window->filter();
    for (const auto &[name, change] : steps) {
        change();
        if (name != u"as opened")
            QVERIFY2(!(m_window->filter() == previous), qPrintable(name + u" changed nothing"_s));
        previous = m_window->filter();
        checkEveryView(name);
        if (QTest::currentTestFailed())
            return;
    }
}

void TestFigurePath::windowExportEqualsCommandLineExport_data()
{
    QTest::addColumn<ViewKind>("view");
    QTest::addColumn<QString>("format");
    for (ViewKind view : allEnumValues<ViewKind>()) {
        for (const QString &format : {u"svg"_s, u"png"_s, u"csv"_s})
            QTest::addRow("%s.%s", qPrintable(enumKey(view)), qPrintable(format)) << view << format;
    }
}

void TestFigurePath::windowExportEqualsCommandLineExport()
{
    QFETCH(ViewKind, view);
    QFETCH(QString, format);
    // The user's filter, set in the window: Japan and Korea, in yen, public and mixed money, annualised.
    Filter filter = m_window->filter();
    filter.countries = {u"JPN"_s, u"KOR"_s};
    filter.currency = u"JPY"_s;
    filter.funding = {FundingType::Public, FundingType::Mixed};
    filter.timelineMode = TimelineMode::Annualised;
    m_window->setFilter(filter);
    m_window->setCurrentView(view);
    ExportOptions options;
    options.size = QSize(1123, 794);
    options.dpi = 96;
    const QString windowFile = m_dir.filePath(u"window-%1.%2"_s.arg(enumKey(view), format));
    QCOMPARE(m_window->exportCurrentView(windowFile, options), QString());

    const QString cliFile = m_dir.filePath(u"cli-%1.%2"_s.arg(enumKey(view), format));
    QProcess cli;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_CACHE_HOME"_s, m_dir.filePath(u"cache"_s)); // its dataset snapshots
    cli.setProcessEnvironment(environment);
    cli.start(QStringLiteral(APE_EXECUTABLE),
              {u"export"_s, u"--lang"_s, u"en"_s, u"--view"_s, enumKey(view), u"--countries"_s, u"JPN,KOR"_s,
               u"--currency"_s, u"JPY"_s, u"--funding"_s, u"public,mixed"_s, u"--timeline-mode"_s,
               u"annualised"_s, u"--size"_s, u"1123x794"_s, u"--dpi"_s, u"96"_s, u"--output"_s, cliFile});
    QVERIFY(cli.waitForFinished(60000));
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());

    if (format == u"png") {
        const QImage fromWindow(windowFile);
        QVERIFY(!fromWindow.isNull());
        QCOMPARE(fromWindow, QImage(cliFile));
    } else {
        QFile a(windowFile), b(cliFile);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        const QByteArray windowBytes = a.readAll();
        QVERIFY(windowBytes.size() > 100);
        QCOMPARE(windowBytes, b.readAll());
    }
}

QTEST_MAIN(TestFigurePath)
#include "tst_figurepath.moc"

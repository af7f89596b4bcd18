#include "comparisonchart.h"
#include "detailpane.h"
#include "figuretable.h"
#include "recipientschart.h"
#include "testsupport.h"
#include "timelinechart.h"

#include "chartstyle.h"
#include "figureplot.h"
#include "mapplot.h"
#include "seriescolours.h"
#include "syntheticdataset.h"
#include "worldmap.h"

#include <QApplication>
#include <QLabel>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QTextEdit>
#include <QToolTip>

#include <set>
#include <tuple>

using namespace Qt::StringLiterals;

// Each chart fed the fixture: what it plots (series, values, labels, order), checked against hand values.
class TestCharts : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void timelinePlotsOneMarkerPerProgrammeByCountry();
    void timelineLabelsEachYearOnceAtItsStart_data();
    void timelineLabelsEachYearOnceAtItsStart();
    void timelineHoverNamesTheProgramme();
    void timelineDrawsMilestonesJoinedToTheirProgramme();
    void timelineLabelsSeedProgrammesFirstWithoutOverlaps();
    void timelineAnnualisedStacksCountries();
    void emptyTimelineKeepsItsWidth_data();
    void shortTimelineLabelsEachMonthOnceAtItsStart_data();
    void shortTimelineLabelsEachMonthOnceAtItsStart();
    void emptyTimelineKeepsItsWidth();
    void denseTimelineDrawsEachSpotOnceAndKeepsEveryMark();
    void recipientsRankBarsWithShares();
    void comparisonStacksCategoriesInRankOrder();
    void comparisonIndicatorPlotsSurveyValues();
    void barsAndSegmentsAnswerThePointer();
    void mapColoursCountriesByClassAndAnswersThePointer();
    void mapShowsTheEuAsABlocAndSmallStatesAsMarkers();
    void categoryKeepsItsColourInEveryChartAndFilter();
    void countryKeepsItsColourWhateverIsFiltered();
    void everySlotHasAStyleOfItsOwn_data();
    void everySlotHasAStyleOfItsOwn();
    void greyscaleMarkersAreOutlinedAndNeverTooSmall();
    void greyscaleStacksAreHatchedAndOutlined_data();
    void greyscaleStacksAreHatchedAndOutlined();
    void detailPaneShowsDataAsPlainText();
    void textReadsOnADarkDesktop_data();
    void textReadsOnADarkDesktop();

private:
    static QList<QCPBars *> bars(QCustomPlot *plot);
    std::shared_ptr<const Analysis> m_analysis;
    std::shared_ptr<const Analysis> m_bundled; // many countries: the timeline groups the rest as others
};

void TestCharts::initTestCase()
{
    m_analysis = fixtureAnalysis();
    const AnalysisLoadResult bundled = loadAnalysis(QStringLiteral(APE_BUNDLED_DATASET));
    QVERIFY2(bundled.analysis, qPrintable(bundled.error));
    m_bundled = bundled.analysis;
}

// The value a bar series plots at exactly `key`, or NaN.
static double valueAt(const QCPBars *bars, double key)
{
    for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it) {
        if (it->key == key)
            return it->value;
    }
    return qQNaN();
}

QList<QCPBars *> TestCharts::bars(QCustomPlot *plot)
{
    QList<QCPBars *> result;
    for (int i = 0; i < plot->plottableCount(); ++i) {
        if (auto *b = qobject_cast<QCPBars *>(plot->plottable(i)))
            result.append(b);
    }
    return result;
}

void TestCharts::timelinePlotsOneMarkerPerProgrammeByCountry()
{
    TimelineChart chart(m_analysis);
    chart.apply(fixtureFilter());
    QCustomPlot *plot = chart.plot();
    QHash<QString, int> pointsByName;
    for (int i = 0; i < plot->graphCount(); ++i) {
        if (plot->graph(i)->valueAxis() == plot->yAxis)
            pointsByName.insert(plot->graph(i)->name(), plot->graph(i)->dataCount());
    }
    QCOMPARE(pointsByName.value(u"Japan"_s), 3);
    QCOMPARE(pointsByName.value(u"United States"_s), 1);
    QCOMPARE(pointsByName.value(u"France"_s), 2);
    QCOMPARE(plot->yAxis->scaleType(), QCPAxis::stLogarithmic);
    QCOMPARE(chart.figure().title, u"AI funding announcements"_s);
    QVERIFY(chart.figure().sourceIds.contains(u"s-meti"_s));
    // One event marker in the lane beneath.
    int eventMarkers = 0;
    for (int i = 0; i < plot->graphCount(); ++i)
        eventMarkers += plot->graph(i)->valueAxis() != plot->yAxis ? plot->graph(i)->dataCount() : 0;
    QCOMPARE(eventMarkers, 1);
}

void TestCharts::timelineLabelsEachYearOnceAtItsStart_data()
{
    QTest::addColumn<int>("fromYear");
    QTest::addColumn<QStringList>("countries");
    QTest::addColumn<int>("width");
    const QStringList four{u"JPN"_s, u"USA"_s, u"CHN"_s, u"KOR"_s};
    QTest::addRow("four countries since 2020") << 2020 << four << 1000;
    QTest::addRow("Japan since 2016") << 2016 << QStringList{u"JPN"_s} << 1000;
    QTest::addRow("every country since 2016") << 2016 << QStringList{} << 1000;
    // As narrow as the detail pane leaves the plot in a 1280-pixel window.
    QTest::addRow("every country, narrow") << 2016 << QStringList{} << 450;
}

// The first problem with a date axis's labels, or an empty string: a label repeated, a tick off the first day
// its label names (`startsPeriod`), or neighbours closer than `minimumGap` label widths, so they run
// together.
static QString dateLabelProblem(const QCPAxis *axis,
                                const std::function<bool(const QDate &, const QString &)> &startsPeriod,
                                double minimumGap)
{
    const QVector<QString> labels = axis->tickVectorLabels();
    const QString all = QStringList(labels.cbegin(), labels.cend()).join(u' ');
    if (labels.size() < 2 || QSet<QString>(labels.cbegin(), labels.cend()).size() != labels.size())
        return u"too few or repeated labels: "_s + all;
    const QFontMetricsF metrics(axis->tickLabelFont());
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const QDate date = QCPAxisTickerDateTime::keyToDateTime(axis->tickVector().at(i)).toUTC().date();
        if (!startsPeriod(date, labels.at(i)))
            return labels.at(i) + u" is ticked on "_s + date.toString(Qt::ISODate);
        const double gap = i == 0 ? minimumGap * metrics.horizontalAdvance(labels.at(i))
                                  : axis->coordToPixel(axis->tickVector().at(i)) -
                                        axis->coordToPixel(axis->tickVector().at(i - 1));
        if (gap < minimumGap * metrics.horizontalAdvance(labels.at(i)))
            return u"labels run together: "_s + all;
    }
    return {};
}

// The date axis under the events lane, the plot's last axis rect, as a plot `width` pixels wide draws
// `figure`.
static QCPAxis *timelineDateAxis(FigurePlot &plot, const Figure &figure, int width)
{
    plot.resize(width, 600);
    plot.setViewport(plot.rect()); // a hidden widget gets no resize event to set it
    plot.showFigure(figure);
    plot.replot();
    return plot.axisRect(plot.axisRectCount() - 1)->axis(QCPAxis::atBottom);
}

void TestCharts::timelineLabelsEachYearOnceAtItsStart()
{
    // A span of a few years once got half-year ticks labelled by year: "2023" twice, the second at July.
    QFETCH(int, fromYear);
    QFETCH(QStringList, countries);
    QFETCH(int, width);
    Filter filter = defaultFilter(m_bundled->dataset());
    filter.fromYear = fromYear;
    filter.countries = countries;
    const std::unique_ptr<FigurePlot> plot = createFigurePlot(ViewKind::Timeline);
    const QCPAxis *axis = timelineDateAxis(*plot, buildFigure(*m_bundled, filter, ViewKind::Timeline), width);
    QVERIFY(axis->tickLabels());
    QVERIFY(axis->tickVectorLabels().size() >= 3);
    // Labels never run together: a gap of at least a label's width between neighbours.
    const QString problem = dateLabelProblem(
        axis, [](const QDate &date, const QString &label) { return date == QDate(label.toInt(), 1, 1); }, 2);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestCharts::timelineHoverNamesTheProgramme()
{
    TimelineChart chart(m_analysis);
    chart.resize(1000, 700);
    chart.apply(fixtureFilter());
    chart.plot()->replot();
    const double key =
        QCPAxisTickerDateTime::dateTimeToKey(QDateTime(QDate(2024, 4, 19), QTime(0, 0), Qt::UTC));
    const QPointF at(chart.plot()->xAxis->coordToPixel(key), chart.plot()->yAxis->coordToPixel(72.5e9 / 150));
    const QString tip = chart.plot()->toolTipAt(at + QPointF(2, 1));
    QVERIFY2(tip.contains(u"GPU cloud subsidies 2024"_s), qPrintable(tip));
    QVERIFY(tip.contains(u"up to ¥72.5 billion"_s));
    QVERIFY2(tip.contains(u"Announced: 19 April 2024"_s), qPrintable(tip));
    QVERIFY(tip.contains(u"METI, 19 April 2024"_s));
    QVERIFY2(tip.contains(u"Period: 2024"_s), qPrintable(tip));
    QVERIFY(chart.plot()->toolTipAt(QPointF(5, 5)).isEmpty());
}

void TestCharts::timelineDrawsMilestonesJoinedToTheirProgramme()
{
    TimelineChart chart(m_analysis);
    chart.resize(1000, 700);
    chart.apply(fixtureFilter());
    QCustomPlot *plot = chart.plot();
    plot->replot();
    // A series per stage, named in the legend, each marker where the stage's figure stands.
    QHash<QString, int> pointsByName;
    for (int i = 0; i < plot->graphCount(); ++i)
        pointsByName.insert(plot->graph(i)->name(), plot->graph(i)->dataCount());
    QCOMPARE(pointsByName.value(u"Appropriated"_s), 1);
    QCOMPARE(pointsByName.value(u"Awarded"_s), 2);
    QCOMPARE(pointsByName.value(u"Disbursed"_s), 1);
    // One dotted line from each milestone back to its programme's marker: two points and a break each.
    const QCPCurve *joins = nullptr;
    for (int i = 0; i < plot->plottableCount(); ++i) {
        if (auto *curve = qobject_cast<QCPCurve *>(plot->plottable(i)))
            joins = curve;
    }
    QVERIFY(joins);
    QCOMPARE(joins->dataCount(), 4 * 3);
    // The pointer on the paid marker names the stage, the programme and both figures.
    const double key =
        QCPAxisTickerDateTime::dateTimeToKey(QDateTime(QDate(2025, 7, 1), QTime(0, 0), Qt::UTC));
    const QPointF at(plot->xAxis->coordToPixel(key), plot->yAxis->coordToPixel(6e9));
    const QString tip = chart.plot()->toolTipAt(at + QPointF(1, 1));
    QVERIFY2(tip.contains(u"Disbursed by July 2025"_s), qPrintable(tip));
    QVERIFY(tip.contains(u"CHIPS Act"_s));
    QVERIFY(tip.contains(u"As the source states it: $6 billion"_s));
    QVERIFY(tip.contains(u"Announced: $52.7 billion"_s));
    QVERIFY(tip.contains(u"Source: Example Gov, August 2022"_s));
}

// The amount labels beside the announcements' markers that are shown, as widget rectangles, in placing
// order.
static QList<std::pair<QString, QRectF>> shownAmountLabels(QCustomPlot *plot)
{
    QList<std::pair<QString, QRectF>> shown;
    for (int i = 0; i < plot->itemCount(); ++i) {
        const auto *label = qobject_cast<QCPItemText *>(plot->item(i));
        if (!label || label->clipAxisRect() != plot->axisRect() || !label->visible())
            continue;
        const QSizeF size = QFontMetricsF(label->font()).boundingRect(label->text()).size();
        const QPointF at = label->position->pixelPosition(); // the left end, vertically centred
        shown.append({label->text(), QRectF(at - QPointF(0, size.height() / 2), size)});
    }
    return shown;
}

void TestCharts::timelineLabelsSeedProgrammesFirstWithoutOverlaps()
{
    TimelineChart chart(m_analysis);
    for (const QSize size : {QSize(1000, 700), QSize(520, 380)}) {
        chart.resize(size);
        chart.apply(fixtureFilter());
        chart.plot()->replot();
        const QList<std::pair<QString, QRectF>> labels = shownAmountLabels(chart.plot());
        // meta.csv's labelled_first: the GPU round, then France's strategy, whatever their amounts.
        QVERIFY(labels.size() >= 2);
        QVERIFY2(labels.at(0).first.contains(u"GPU cloud subsidies"_s), qPrintable(labels.at(0).first));
        QVERIFY2(labels.at(1).first.contains(u"AI strategy"_s), qPrintable(labels.at(1).first));
        const QRect area = chart.plot()->axisRect()->rect();
        for (qsizetype i = 0; i < labels.size(); ++i) {
            QVERIFY2(QRectF(area).contains(labels.at(i).second), qPrintable(labels.at(i).first));
            for (qsizetype j = i + 1; j < labels.size(); ++j)
                QVERIFY2(!labels.at(i).second.intersects(labels.at(j).second),
                         qPrintable(labels.at(i).first + u" / "_s + labels.at(j).first));
        }
    }
}

void TestCharts::denseTimelineDrawsEachSpotOnceAndKeepsEveryMark()
{
    // Forty times the bundled data: thousands of markers, many drawn over each other. Each series draws
    // one marker per spot; every point left out lies under a drawn marker of its series, the labelled
    // points keep theirs, and the pointer still finds every programme.
    const Analysis analysis(std::make_shared<const Dataset>(syntheticDataset(m_bundled->dataset(), 40, 7)));
    const Figure figure = buildFigure(analysis, defaultFilter(analysis.dataset()), ViewKind::Timeline);
    const auto &data = std::get<TimelineData>(figure.chart);
    QVERIFY(data.points.size() > 5000);
    const std::unique_ptr<FigurePlot> plot = createFigurePlot(ViewKind::Timeline);
    plot->resize(1000, 700);
    plot->showFigure(figure);
    plot->replot();
    qsizetype drawn = 0;
    qsizetype programmeMarks = 0;
    for (qsizetype i = 0; i < plot->markCount(); ++i)
        programmeMarks += plot->mark(i).isProgramme() ? 1 : 0;
    QCOMPARE(programmeMarks, std::count_if(data.points.cbegin(), data.points.cend(),
                                           [](const TimelinePoint &p) { return p.value > 0; }));
    const QRect area = plot->axisRect()->rect();
    constexpr double kRadius = 4.5; // the marker's
    for (int g = 0; g < plot->graphCount(); ++g) {
        const QCPGraph *graph = plot->graph(g);
        if (graph->valueAxis() != plot->yAxis)
            continue;
        QList<QPointF> shown;
        for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
            shown.append({plot->xAxis->coordToPixel(it->key), plot->yAxis->coordToPixel(it->value)});
        drawn += shown.size();
        // A sample of the series' programmes, each under one of its drawn markers.
        for (qsizetype p = 0; p < data.points.size(); p += 37) {
            const TimelinePoint &point = data.points.at(p);
            const QString series = data.countryColours.contains(point.countryCode)
                                       ? data.countryNames.value(point.countryCode)
                                       : QString();
            if (point.value <= 0 || (series.isEmpty() ? !graph->name().startsWith(u"Other countries"_s)
                                                      : graph->name() != series))
                continue;
            const double key =
                QCPAxisTickerDateTime::dateTimeToKey(point.announced.firstDay().startOfDay(Qt::UTC));
            const QPointF at(plot->xAxis->coordToPixel(key), plot->yAxis->coordToPixel(point.value));
            if (!area.contains(at.toPoint()))
                continue;
            QVERIFY2(std::any_of(shown.cbegin(), shown.cend(),
                                 [&](const QPointF &s) { return QLineF(s, at).length() <= 2 * kRadius; }),
                     qPrintable(point.programme->id));
            const std::optional<PlotMark> found = plot->markAt(at);
            QVERIFY2(found && !found->programmeId.isEmpty(), qPrintable(point.programme->id));
        }
    }
    QVERIFY2(drawn < data.points.size() / 4, qPrintable(QString::number(drawn)));
    // The programmes labelled first keep their markers.
    for (const QString &id : analysis.dataset().info.labelledFirstIds) {
        const auto point = std::find_if(data.points.cbegin(), data.points.cend(),
                                        [&](const TimelinePoint &p) { return p.programme->id == id; });
        if (point == data.points.cend() || point->value <= 0)
            continue;
        const double key =
            QCPAxisTickerDateTime::dateTimeToKey(point->announced.firstDay().startOfDay(Qt::UTC));
        bool kept = false;
        for (int g = 0; g < plot->graphCount() && !kept; ++g) {
            for (auto it = plot->graph(g)->data()->constBegin(); it != plot->graph(g)->data()->constEnd();
                 ++it)
                kept = kept || (it->key == key && it->value == point->value);
        }
        QVERIFY2(kept, qPrintable(id));
    }
}

void TestCharts::timelineAnnualisedStacksCountries()
{
    TimelineChart chart(m_analysis);
    Filter filter = fixtureFilter();
    filter.timelineMode = TimelineMode::Annualised;
    chart.apply(filter);
    const QList<QCPBars *> stacks = bars(chart.plot());
    QCOMPARE(stacks.size(), 3);
    QCOMPARE(stacks[0]->name(), u"United States"_s);
    QCOMPARE(stacks[1]->name(), u"Japan"_s);
    QCOMPARE(stacks[1]->barBelow(), stacks[0]);
    QVERIFY(qAbs(valueAt(stacks[1], 2026) - 1e12 / 140 / 5) < 1);
    QCOMPARE(valueAt(stacks[1], 2025), 0.0);
}

void TestCharts::emptyTimelineKeepsItsWidth_data()
{
    QTest::addColumn<TimelineMode>("mode");
    QTest::addRow("announcements") << TimelineMode::Announcements;
    QTest::addRow("annualised") << TimelineMode::Annualised;
}

// A filter nothing matches leaves the axes spanning the plot, as with programmes: a legend row with nothing
// in it once squeezed the chart down to its axis labels.
void TestCharts::emptyTimelineKeepsItsWidth()
{
    QFETCH(TimelineMode, mode);
    TimelineChart chart(m_analysis);
    Filter filter = fixtureFilter();
    filter.timelineMode = mode;
    filter.category = Category::Talent; // the fixture has none
    chart.apply(filter);
    QCustomPlot *plot = chart.plot();
    QVERIFY(chart.data().points.isEmpty() && chart.data().stacks.isEmpty());
    plot->resize(900, 600);
    plot->replot();
    QVERIFY2(plot->axisRect()->width() > plot->width() / 2,
             qPrintable(QString::number(plot->axisRect()->width())));
}

void TestCharts::shortTimelineLabelsEachMonthOnceAtItsStart_data()
{
    QTest::addColumn<int>("width");
    QTest::addRow("wide") << 1000;
    QTest::addRow("narrow") << 450;
}

// A span of months, here the fixture's one event, once got half-month ticks naming each month twice, run
// together.
void TestCharts::shortTimelineLabelsEachMonthOnceAtItsStart()
{
    QFETCH(int, width);
    Filter filter = fixtureFilter();
    filter.category = Category::Talent; // no programme: the span is the event's months
    const std::unique_ptr<FigurePlot> plot = createFigurePlot(ViewKind::Timeline);
    const QCPAxis *axis =
        timelineDateAxis(*plot, buildFigure(*m_analysis, filter, ViewKind::Timeline), width);
    const QString problem = dateLabelProblem(
        axis, [](const QDate &date, const QString &) { return date.day() == 1; }, 1.2);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestCharts::recipientsRankBarsWithShares()
{
    RecipientsChart chart(m_analysis);
    chart.apply(fixtureFilter());
    const QList<QCPBars *> series = bars(chart.plot());
    QCOMPARE(series.size(), 1);
    QCOMPARE(series[0]->dataCount(), 2);
    // Largest at the top: key 2 is Sakura Internet, key 1 is KDDI.
    QVERIFY(qAbs(valueAt(series[0], 2) - 50.1e9 / 150) < 1);
    QVERIFY(qAbs(valueAt(series[0], 1) - 10.24e9 / 150) < 1);
    const auto names = chart.plot()->yAxis->ticker().dynamicCast<QCPAxisTickerText>();
    QCOMPARE(names->ticks().value(2), u"Sakura Internet"_s);
    QCOMPARE(names->ticks().value(1), u"KDDI"_s);
    const auto ends = chart.plot()->yAxis2->ticker().dynamicCast<QCPAxisTickerText>();
    QCOMPARE(ends->ticks().value(2),
             u"about $334 m (¥50.1 bn) · 69.1%"_s); // qualifier once, on the lead figure
    QCOMPARE(chart.figure().title, u"GPU cloud subsidies 2024 — up to ¥72.5 billion"_s);
}

void TestCharts::comparisonStacksCategoriesInRankOrder()
{
    ComparisonChart chart(m_analysis);
    chart.apply(fixtureFilter());
    const QList<QCPBars *> series = bars(chart.plot());
    QStringList names;
    for (QCPBars *b : series)
        names.append(b->name());
    QCOMPARE(names, (QStringList{u"Strategy"_s, u"Compute"_s, u"Models"_s, u"Chips"_s}));
    const auto countries = chart.plot()->yAxis->ticker().dynamicCast<QCPAxisTickerText>();
    QCOMPARE(countries->ticks().value(3), u"United States"_s);
    QCOMPARE(countries->ticks().value(2), u"Japan"_s);
    QCOMPARE(countries->ticks().value(1), u"France"_s);
    QVERIFY(qAbs(valueAt(series[2], 2) - 1e12 / 140) < 1); // Japan's models stack
    QCOMPARE(series[2]->barBelow(), series[1]);
}

void TestCharts::comparisonIndicatorPlotsSurveyValues()
{
    ComparisonChart chart(m_analysis);
    Filter filter = fixtureFilter();
    filter.measure = Measure::Adoption;
    chart.apply(filter);
    const QList<QCPBars *> series = bars(chart.plot());
    QCOMPARE(series.size(), 1);
    QCOMPARE(valueAt(series[0], 3), 68.8);
    QCOMPARE(valueAt(series[0], 2), 40.0);
    QCOMPARE(valueAt(series[0], 1), 26.7);
    QCOMPARE(chart.figure().title, u"Generative AI use"_s);
    QVERIFY(chart.figure().note.contains(u"Test survey 2025"_s));
    QVERIFY(
        chart.figure().warning.contains(u"different survey years"_s)); // shown above the chart and on paper
}

// Moves the pointer to `at` in the chart's plot, as a user would, and returns the tooltip then shown.
static QString hover(ChartView &chart, const QPointF &at)
{
    QTest::mouseMove(chart.plot(), at.toPoint());
    const bool shown = QTest::qWaitFor([] { return QToolTip::isVisible(); }, 1000);
    return shown ? QToolTip::text() : QString();
}

// Shows the chart in a window of its own under `filter`, laid out, so pointer events reach its plot.
static bool showOnScreen(ChartView &chart, const Filter &filter)
{
    chart.resize(1000, 700);
    chart.show();
    if (!QTest::qWaitForWindowExposed(&chart))
        return false;
    chart.apply(filter);
    chart.plot()->replot();
    return true;
}

// A point inside the country's outline on the plot, away from its edges.
static QPointF insideOf(const FigurePlot &plot, const QString &code)
{
    for (qsizetype i = 0; i < plot.markCount(); ++i) {
        if (plot.markId(i) != code)
            continue;
        const QPainterPath outline = *plot.markOutline(i);
        const QRectF box = outline.boundingRect();
        for (double dy = 0.5; dy < 1; dy += 0.05) {
            for (double dx = 0.3; dx < 0.8; dx += 0.05) {
                const QPointF at(box.left() + dx * box.width(), box.top() + (1 - dy) * box.height());
                if (outline.contains(at) && outline.contains(at + QPointF(3, 3)) &&
                    outline.contains(at - QPointF(3, 3)))
                    return at;
            }
        }
    }
    return {};
}

void TestCharts::mapColoursCountriesByClassAndAnswersThePointer()
{
    ComparisonChart comparison(m_analysis);
    Filter filter = fixtureFilter();
    filter.comparisonDisplay = ComparisonDisplay::Map;
    QVERIFY(showOnScreen(comparison, filter));
    auto *map = qobject_cast<MapPlot *>(comparison.plot());
    QVERIFY2(map, "the Comparison shown as a map draws a MapPlot");
    // The three countries with programmes are its marks, largest first; the legend names each class by its
    // edges, then "No data".
    QCOMPARE(map->markCount(), 3);
    QCOMPARE((QStringList{map->markId(0), map->markId(1), map->markId(2)}),
             (QStringList{u"USA"_s, u"JPN"_s, u"FRA"_s}));
    QStringList legend;
    for (int i = 0; i < map->legend->itemCount(); ++i)
        legend.append(static_cast<QCPPlottableLegendItem *>(map->legend->item(i))->plottable()->name());
    QCOMPARE(legend, (QStringList{u"less than $7.6 bn"_s, u"$7.6 bn to $52 bn"_s, u"$52 bn or more"_s,
                                  u"No data"_s}));
    // Hovering inside the United States names it, its value, rank and class.
    const QString tip = hover(comparison, insideOf(*map, u"USA"_s));
    QVERIFY2(tip.contains(u"United States"_s), qPrintable(tip));
    QVERIFY(tip.contains(u"$52.7 bn"_s));
    QVERIFY(tip.contains(u"Rank 1 of 3"_s));
    QVERIFY(tip.contains(u"Class: $52 bn or more"_s));
    QVERIFY2(tip.contains(u"Sources: Example Gov, August 2022"_s), qPrintable(tip));
    // Canada has no programme: drawn as "No data", and nothing answers inside it.
    const auto &countries = worldMap().countries;
    const auto canada = std::find_if(countries.cbegin(), countries.cend(),
                                     [](const MapCountryShape &c) { return c.code == u"CAN"; });
    QVERIFY(canada != countries.cend());
    const QPointF inCanada(map->xAxis->coordToPixel(canada->path.boundingRect().center().x()),
                           map->yAxis->coordToPixel(canada->path.boundingRect().center().y()));
    QVERIFY(!map->markAt(inCanada).has_value());
    // Nothing answers in the open Pacific, west of every country with a value.
    const QRect area = map->axisRect()->rect();
    QVERIFY(!map->markAt(QPointF(area.left() + 10, area.center().y())).has_value());
    // A double click filters to the country.
    QSignalSpy edited(&comparison, &FigureView::filterEdited);
    QTest::mouseDClick(map, Qt::LeftButton, {}, insideOf(*map, u"JPN"_s).toPoint());
    QCOMPARE(edited.size(), 1);
    QCOMPARE(edited.constFirst().constFirst().value<Filter>().countries, QStringList{u"JPN"_s});
    // Back to bars: the view draws them again.
    filter.comparisonDisplay = ComparisonDisplay::Bars;
    comparison.apply(filter);
    QVERIFY(!qobject_cast<MapPlot *>(comparison.plot()));
}

void TestCharts::mapShowsTheEuAsABlocAndSmallStatesAsMarkers()
{
    Filter filter = defaultFilter(m_bundled->dataset());
    filter.countries = {u"EUU"_s, u"DEU"_s, u"SGP"_s};
    filter.comparisonDisplay = ComparisonDisplay::Map;
    const Figure figure = buildFigure(*m_bundled, filter, ViewKind::Comparison);
    const std::unique_ptr<FigurePlot> plot = createFigurePlot(figure);
    plot->resize(1000, 600);
    plot->showFigure(figure);
    plot->replot();
    QHash<QString, QRectF> bounds;
    for (qsizetype i = 0; i < plot->markCount(); ++i)
        bounds.insert(plot->markId(i), plot->markBounds(i));
    QCOMPARE(bounds.size(), 3);
    // The EU is a marker of its own in the Atlantic, west of its members; Germany keeps its own shape and
    // value; Singapore, too small for this scale, is a marker.
    QVERIFY(bounds.value(u"EUU"_s).width() < 20);
    QVERIFY(bounds.value(u"EUU"_s).right() < bounds.value(u"DEU"_s).left());
    QVERIFY(bounds.value(u"DEU"_s).width() > 10);
    QVERIFY(bounds.value(u"SGP"_s).width() < 20);
    const auto countries = worldMap().countries;
    QVERIFY(std::none_of(countries.cbegin(), countries.cend(),
                         [](const MapCountryShape &c) { return c.code == u"ATA"; })); // no Antarctica
}

void TestCharts::barsAndSegmentsAnswerThePointer()
{
    RecipientsChart recipients(m_analysis);
    QVERIFY(showOnScreen(recipients, fixtureFilter()));
    QCustomPlot *plot = recipients.plot();
    // Sakura Internet is the top bar (key 2); halfway along it.
    const QString sakura =
        hover(recipients, {plot->xAxis->coordToPixel(50.1e9 / 150 / 2), plot->yAxis->coordToPixel(2)});
    QVERIFY2(sakura.contains(u"Sakura Internet"_s), qPrintable(sakura));
    QVERIFY(sakura.contains(u"about $334 m (¥50.1 bn)"_s));
    QVERIFY(sakura.contains(u"69.1% of the programme"_s));
    QTest::mouseMove(
        plot, QPoint(int(plot->xAxis->coordToPixel(50.1e9 / 150 / 2)), int(plot->yAxis->coordToPixel(1.5))));
    QTRY_VERIFY(!QToolTip::isVisible()); // between the bars
    recipients.close();                  // the pointer goes to the window on top

    ComparisonChart comparison(m_analysis);
    QVERIFY(showOnScreen(comparison, fixtureFilter()));
    plot = comparison.plot();
    // Japan is the second row (key 2): Compute then Models stacked; the Models segment's middle.
    const ComparisonData &data = comparison.data();
    const ComparisonRow &japan = data.rows.at(1);
    QCOMPARE(japan.code, u"JPN"_s);
    const qsizetype models = data.seriesKeys.indexOf(u"models"_s);
    double base = 0;
    for (qsizetype s = 0; s < models; ++s)
        base += japan.values.at(s);
    const QString segment = hover(comparison, {plot->xAxis->coordToPixel(base + japan.values.at(models) / 2),
                                               plot->yAxis->coordToPixel(2)});
    QVERIFY2(segment.contains(u"Japan"_s), qPrintable(segment));
    QVERIFY(segment.contains(u"Models: "_s + comparisonValueText(data, japan.values.at(models))));
    QVERIFY(segment.contains(u"% of the total, "_s + japan.totalText));
}

// The colour each named series is drawn in (markers' base colour, bars' fill), opaque.
static QHash<QString, QRgb> seriesColours(QCustomPlot *plot)
{
    QHash<QString, QRgb> colours;
    for (int i = 0; i < plot->plottableCount(); ++i) {
        QCPAbstractPlottable *plottable = plot->plottable(i);
        if (auto *graph = qobject_cast<QCPGraph *>(plottable); graph && !graph->name().isEmpty())
            colours.insert(graph->name(), graph->scatterStyle().brush().color().rgb());
        else if (auto *bars = qobject_cast<QCPBars *>(plottable))
            colours.insert(bars->name(), bars->brush().color().rgb());
    }
    return colours;
}

void TestCharts::categoryKeepsItsColourInEveryChartAndFilter()
{
    ComparisonChart comparison(m_analysis);
    comparison.apply(fixtureFilter());
    const QHash<QString, QRgb> everyCountry = seriesColours(comparison.plot());
    Filter japan = fixtureFilter();
    japan.countries = {u"JPN"_s}; // Compute and Models only: Compute is no longer the second series
    comparison.apply(japan);
    const QHash<QString, QRgb> japanOnly = seriesColours(comparison.plot());
    TimelineChart timeline(m_analysis);
    japan.timelineMode = TimelineMode::Annualised;
    japan.stackBy = StackBy::Category;
    timeline.apply(japan);
    const QHash<QString, QRgb> stacked = seriesColours(timeline.plot());
    for (const QString &category : {u"Compute"_s, u"Models"_s}) {
        QVERIFY2(everyCountry.contains(category) && japanOnly.contains(category) &&
                     stacked.contains(category),
                 qPrintable(category));
        QCOMPARE(japanOnly.value(category), everyCountry.value(category));
        QCOMPARE(stacked.value(category), everyCountry.value(category));
    }
    QCOMPARE(QSet<QRgb>(everyCountry.cbegin(), everyCountry.cend()).size(), everyCountry.size());
}

void TestCharts::countryKeepsItsColourWhateverIsFiltered()
{
    TimelineChart timeline(m_analysis);
    timeline.apply(fixtureFilter());
    const QRgb amongAll = seriesColours(timeline.plot()).value(u"France"_s);
    Filter france = fixtureFilter();
    france.countries = {u"FRA"_s}; // France alone: first in its own chart, third in the dataset
    timeline.apply(france);
    QCOMPARE(seriesColours(timeline.plot()).value(u"France"_s), amongAll);
    france.timelineMode = TimelineMode::Annualised;
    timeline.apply(france);
    QCOMPARE(seriesColours(timeline.plot()).value(u"France"_s), amongAll);
    QCOMPARE(m_analysis->countriesByFunding(), (QStringList{u"USA"_s, u"JPN"_s, u"FRA"_s}));
}

void TestCharts::everySlotHasAStyleOfItsOwn_data()
{
    QTest::addColumn<bool>("greyscale");
    QTest::addRow("colour") << false;
    QTest::addRow("greyscale") << true;
}

void TestCharts::everySlotHasAStyleOfItsOwn()
{
    QFETCH(bool, greyscale);
    QVERIFY(allEnumValues<Category>().size() <= kCountrySlots); // categories take country slots' styles
    // Bars show a fill, markers a shape filled with the series colour: each must tell every slot and the
    // others (-1) apart.
    std::set<std::tuple<QRgb, Qt::BrushStyle, QCPScatterStyle::ScatterShape>> fills;
    std::set<std::pair<QRgb, QCPScatterStyle::ScatterShape>> markers;
    for (int slot = -1; slot < kCountrySlots; ++slot) {
        const SeriesStyle style = seriesStyle(slot, greyscale);
        QVERIFY2(fills.insert({style.fill.color().rgb(), style.fill.style(), style.marker}).second,
                 qPrintable(QString::number(slot)));
        QVERIFY2(markers.insert({style.colour.rgb(), style.marker}).second,
                 qPrintable(QString::number(slot)));
        QVERIFY(style.marker != QCPScatterStyle::ssDot && style.marker != QCPScatterStyle::ssNone);
        if (greyscale) // a light marker on white paper shows by its outline
            QVERIFY(style.markerOutline.lightness() < 110);
        if (slot > 0) { // neighbours in a stack
            const QBrush below = seriesStyle(slot - 1, greyscale).fill;
            QVERIFY2(below.color() != style.fill.color() || below.style() != style.fill.style(),
                     qPrintable(QString::number(slot)));
        }
    }
}

void TestCharts::greyscaleMarkersAreOutlinedAndNeverTooSmall()
{
    // In greyscale a marker's shape tells its series apart, so every marker, the other countries' and the
    // events' too, is outlined in a dark ink and at least kMinimumMarkerSize across: smaller, it prints as a
    // speck whose shape no one can read.
    const std::unique_ptr<FigurePlot> plot = createFigurePlot(ViewKind::Timeline);
    plot->resize(1000, 600);
    plot->showFigure(buildFigure(*m_bundled, defaultFilter(m_bundled->dataset()), ViewKind::Timeline,
                                 {.greyscale = true}));
    bool others = false, events = false;
    for (int i = 0; i < plot->graphCount(); ++i) {
        const QCPGraph *graph = plot->graph(i);
        const QCPScatterStyle marker = graph->scatterStyle();
        const QString name = graph->name().isEmpty() ? u"events %1"_s.arg(i) : graph->name();
        QVERIFY2(!marker.isNone() && marker.size() >= kMinimumMarkerSize, qPrintable(name));
        const QPen outline = marker.pen();
        QVERIFY2(outline.style() == Qt::SolidLine && outline.widthF() >= 1 &&
                     outline.color().alpha() == 255 && outline.color().lightness() < 110,
                 qPrintable(name));
        others |= graph->name().startsWith(u"Other countries"_s);
        events |= graph->valueAxis() != plot->yAxis;
    }
    QVERIFY(others && events);
    // A marker asked for at less than the minimum, as a denser chart might ask, gets the minimum.
    for (int slot = -1; slot < kCountrySlots; ++slot) {
        const QCPScatterStyle small = markerStyle(seriesStyle(slot, true), 2);
        QCOMPARE(small.size(), kMinimumMarkerSize);
        QCOMPARE(small.pen().style(), Qt::SolidLine);
    }
}

void TestCharts::greyscaleStacksAreHatchedAndOutlined_data()
{
    QTest::addColumn<ViewKind>("view");
    QTest::addColumn<TimelineMode>("mode");
    QTest::addRow("annualised timeline") << ViewKind::Timeline << TimelineMode::Annualised;
    QTest::addRow("comparison") << ViewKind::Comparison << TimelineMode::Announcements;
}

void TestCharts::greyscaleStacksAreHatchedAndOutlined()
{
    // Stacked bars in greyscale: hatching and stipples among the grey tones, and an outline on every
    // segment, so neighbours stay apart on paper.
    QFETCH(ViewKind, view);
    QFETCH(TimelineMode, mode);
    Filter filter = defaultFilter(m_bundled->dataset());
    filter.timelineMode = mode;
    const std::unique_ptr<FigurePlot> plot = createFigurePlot(view);
    plot->resize(1000, 600);
    plot->showFigure(buildFigure(*m_bundled, filter, view, {.greyscale = true}));
    const QList<QCPBars *> stacks = bars(plot.get());
    QVERIFY(stacks.size() > 3);
    int hatched = 0;
    for (const QCPBars *stack : stacks) {
        QVERIFY2(stack->pen().style() == Qt::SolidLine && stack->pen().color().lightness() < 110,
                 qPrintable(stack->name()));
        const Qt::BrushStyle fill = stack->brush().style();
        QVERIFY2(fill != Qt::NoBrush, qPrintable(stack->name()));
        hatched += fill != Qt::SolidPattern;
    }
    QVERIFY2(hatched >= stacks.size() / 3, qPrintable(u"%1 of %2"_s.arg(hatched).arg(stacks.size())));
}

void TestCharts::detailPaneShowsDataAsPlainText()
{
    DetailPane pane;
    pane.showDetail({u"<b>Bold?</b>"_s, {{u"Quoted"_s, u"<i>as written</i>"_s}}});
    QCOMPARE(pane.text(), u"<b>Bold?</b>\nQuoted\n<i>as written</i>"_s); // shown as written, not as markup
}

void TestCharts::textReadsOnADarkDesktop_data()
{
    QTest::addColumn<bool>("darkFirst");
    QTest::addRow("dark from the start") << true;
    QTest::addRow("turned dark while open") << false;
}

// `colour` as seen over `background`, its transparency resolved.
static QColor over(const QColor &colour, const QColor &background)
{
    const double a = colour.alphaF();
    return QColor::fromRgbF(float(colour.redF() * a + background.redF() * (1 - a)),
                            float(colour.greenF() * a + background.greenF() * (1 - a)),
                            float(colour.blueF() * a + background.blueF() * (1 - a)));
}

void TestCharts::textReadsOnADarkDesktop()
{
    // The title, warning and note beside the chart, and the detail pane's field names, follow the desktop's
    // palette: on a dark window each contrasts with it, whether the window was dark when made or turned dark.
    QFETCH(bool, darkFirst);
    const QPalette light = QApplication::palette();
    const auto restore = qScopeGuard([&] { QApplication::setPalette(light); });
    const QPalette dark(QColor(0x2B, 0x2B, 0x2E)); // dark window, light text
    if (darkFirst)
        QApplication::setPalette(dark);
    ComparisonChart chart(m_analysis);
    Filter filter = fixtureFilter();
    filter.measure = Measure::Adoption; // survey years differ: the figure has a warning
    chart.apply(filter);
    DetailPane pane;
    pane.showDetail({u"Title"_s, {{u"Field"_s, u"Value"_s}}});
    QApplication::setPalette(dark);
    QCoreApplication::processEvents(); // widgets learn of the new palette through posted events

    const Figure figure = chart.figure();
    QVERIFY(!figure.warning.isEmpty());
    const QStringList texts{figure.title, figure.warning, figure.note};
    int checked = 0;
    for (const QLabel *label : chart.findChildren<QLabel *>()) {
        if (!texts.contains(label->text()))
            continue;
        const QColor window = label->palette().color(QPalette::Window);
        const QColor text = over(label->palette().color(label->foregroundRole()), window);
        QVERIFY2(qAbs(text.lightness() - window.lightness()) > 100, qPrintable(label->text()));
        ++checked;
    }
    QCOMPARE(checked, 3);

    QTextCursor field(pane.findChild<QTextEdit *>()->document()->findBlockByNumber(1)); // "Field"
    field.movePosition(QTextCursor::NextCharacter);
    const QColor base = pane.palette().color(QPalette::Base);
    const QColor name = over(field.charFormat().foreground().color(), base);
    QVERIFY2(qAbs(name.lightness() - base.lightness()) > 100, qPrintable(name.name()));
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"

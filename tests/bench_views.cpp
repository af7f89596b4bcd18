#include "comparisonbuilder.h"
#include "comparisonchart.h"
#include "datasetstore.h"
#include "figureexport.h"
#include "recipientsbuilder.h"
#include "recipientschart.h"
#include "timelinebuilder.h"
#include "timelinechart.h"

#include "figureplot.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Benchmarks on the bundled dataset: start-up load, one filter change through every view, and a PDF export.
// Run `bench_views` directly for the figures; CTest runs it once so it cannot rot.
class BenchViews : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void loadDataset();
    void filterChangeAggregation();
    void filterChangeRedrawsCharts();
    void exportPdf();

private:
    std::shared_ptr<const Analysis> m_analysis;
};

void BenchViews::initTestCase()
{
    const AnalysisLoadResult loaded = loadAnalysis(QStringLiteral(APE_BUNDLED_DATASET));
    QVERIFY2(loaded.analysis, qPrintable(loaded.error));
    m_analysis = loaded.analysis;
}

void BenchViews::loadDataset()
{
    QBENCHMARK
    {
        const DatasetLoadResult loaded = readDatasetDatabase(QStringLiteral(APE_BUNDLED_DATASET));
        QVERIFY(loaded.dataset);
    }
}

void BenchViews::filterChangeAggregation()
{
    Filter filter = defaultFilter(m_analysis->dataset());
    filter.countries = {u"JPN"_s, u"USA"_s, u"CHN"_s};
    QBENCHMARK
    {
        QVERIFY(!buildTimeline(*m_analysis, filter).points.isEmpty());
        QVERIFY(!buildComparison(*m_analysis, filter).rows.isEmpty());
        buildRecipients(*m_analysis, filter);
        QVERIFY(!m_analysis->tableRows(filter).isEmpty());
    }
}

void BenchViews::filterChangeRedrawsCharts()
{
    TimelineChart timeline(m_analysis);
    RecipientsChart recipients(m_analysis);
    ComparisonChart comparison(m_analysis);
    const QList<ChartView *> charts{&timeline, &recipients, &comparison};
    for (ChartView *chart : charts)
        chart->resize(1200, 800);
    Filter filter = defaultFilter(m_analysis->dataset());
    QBENCHMARK
    {
        filter.countries = filter.countries.isEmpty() ? QStringList{u"JPN"_s} : QStringList{};
        for (ChartView *chart : charts) {
            chart->apply(filter);
            chart->plot()->replot(QCustomPlot::rpImmediateRefresh);
        }
    }
}

void BenchViews::exportPdf()
{
    QTemporaryDir dir;
    QBENCHMARK
    {
        QVERIFY(exportView(*m_analysis, defaultFilter(m_analysis->dataset()), ViewKind::Comparison,
                           dir.filePath(u"c.pdf"_s))
                    .isEmpty());
    }
}

QTEST_MAIN(BenchViews)
#include "bench_views.moc"

#include "comparisonchart.h"

#include "amountformat.h"
#include "chartstyle.h"
#include "comparisonbuilder.h"
#include "language.h"
#include "vocabulary.h"

#include <QComboBox>
#include <QHBoxLayout>

using namespace Qt::StringLiterals;

ComparisonChart::ComparisonChart(QWidget *parent)
    : ChartView(parent), m_measure(new QComboBox(this)), m_series(new QComboBox(this))
{
    for (Measure measure : allEnumValues<Measure>())
        m_measure->addItem(label(measure), int(measure));
    addLabelledControl(tr("&Measure:"), m_measure);
    controls()->addWidget(m_series);
    controls()->addStretch();

    connect(m_measure, &QComboBox::activated, this, [this] {
        editFilter([&](Filter &f) { f.measure = Measure(m_measure->currentData().toInt()); });
    });
    connect(m_series, &QComboBox::activated, this, [this] {
        editFilter([&](Filter &f) { f.indicatorSeriesId = m_series->currentData().toString(); });
    });
}

void ComparisonChart::apply(const Analysis &analysis, const Filter &filter)
{
    rememberFilter(filter);
    m_measure->setCurrentIndex(m_measure->findData(int(filter.measure)));
    m_series->clear();
    for (const IndicatorSeries &series : analysis.dataset().indicatorSeries)
        m_series->addItem(localised(series.nameEn, series.nameJa), series.id);
    m_series->setVisible(filter.measure == Measure::Adoption);
    setData(buildComparison(analysis, filter));
    if (!m_data.seriesKeys.isEmpty() && filter.measure == Measure::Adoption)
        m_series->setCurrentIndex(m_series->findData(m_data.seriesKeys.constFirst()));
}

void ComparisonChart::setData(const ComparisonData &data)
{
    m_data = data;
    clearChart(plot());
    QList<BarRow> rows;
    for (const ComparisonRow &row : std::as_const(m_data.rows))
        rows.append({row.name, row.values, row.totalText});

    QSharedPointer<QCPAxisTicker> ticker;
    QString title;
    switch (m_data.measure) {
    case Measure::Total:
        ticker = QSharedPointer<MoneyAxisTicker>::create(m_data.unit);
        title = tr("Committed AI funding by country and category");
        break;
    case Measure::PerCapita:
        ticker = QSharedPointer<QCPAxisTicker>::create();
        title = tr("Committed AI funding per person");
        break;
    case Measure::GdpShare:
        ticker = QSharedPointer<SuffixAxisTicker>::create(u"%"_s);
        title = tr("Average annual AI funding as a share of GDP");
        break;
    case Measure::Adoption:
        ticker = QSharedPointer<SuffixAxisTicker>::create(u"%"_s);
        title = m_data.seriesLabels.value(0);
        break;
    }
    drawHorizontalBars(plot(), rows, m_data.seriesLabels, ticker, m_data.valueAxis, greyscale());
    setFigure(title, m_data.note, m_data.sourceIds, m_data.warning);
    plot()->replot(QCustomPlot::rpQueuedReplot);
}

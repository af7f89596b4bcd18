#include "comparisonchart.h"

#include "language.h"
#include "vocabulary.h"

#include <QComboBox>
#include <QHBoxLayout>

ComparisonChart::ComparisonChart(std::shared_ptr<const Analysis> analysis, QWidget *parent)
    : ChartView(ViewKind::Comparison, std::move(analysis), parent), m_display(new QComboBox(this)),
      m_measure(new QComboBox(this)), m_series(new QComboBox(this))
{
    for (ComparisonDisplay display : allEnumValues<ComparisonDisplay>())
        m_display->addItem(label(display), int(display));
    addLabelledControl(tr("S&how:"), m_display);
    for (Measure measure : allEnumValues<Measure>())
        m_measure->addItem(label(measure), int(measure));
    for (const IndicatorSeries &series : this->analysis().dataset().indicatorSeries)
        m_series->addItem(localised(series.nameEn, series.nameJa), series.id);
    addLabelledControl(tr("&Measure:"), m_measure);
    m_series->setAccessibleName(tr("Indicator"));
    controls()->addWidget(m_series);

    connect(m_display, &QComboBox::activated, this, [this] {
        editFilter(
            [&](Filter &f) { f.comparisonDisplay = ComparisonDisplay(m_display->currentData().toInt()); });
    });
    connect(m_measure, &QComboBox::activated, this, [this] {
        editFilter([&](Filter &f) { f.measure = Measure(m_measure->currentData().toInt()); });
    });
    connect(m_series, &QComboBox::activated, this, [this] {
        editFilter([&](Filter &f) { f.indicatorSeriesId = m_series->currentData().toString(); });
    });
}

void ComparisonChart::syncControls(const Filter &filter)
{
    m_display->setCurrentIndex(m_display->findData(int(filter.comparisonDisplay)));
    m_measure->setCurrentIndex(m_measure->findData(int(filter.measure)));
    m_series->setVisible(filter.measure == Measure::Adoption);
    // The series shown: the one asked for, or the default the builder chose.
    const QString series =
        filter.indicatorSeriesId.isEmpty() ? data().seriesKeys.value(0) : filter.indicatorSeriesId;
    m_series->setCurrentIndex(m_series->findData(series));
}

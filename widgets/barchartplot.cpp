#include "barchartplot.h"

#include "chartstyle.h"
#include "figure.h"
#include "figuretable.h"

#include <QLocale>

#include <numeric>

using namespace Qt::StringLiterals;

namespace {

using BarRow = BarChartPlot::Row;

constexpr double kBarThickness = 0.68; // of a row

struct BarChart
{
    QList<BarRow> rows;
    QStringList seriesNames;
    QList<int> seriesColours; // palette slots, one per series
    QSharedPointer<QCPAxisTicker> valueTicker;
    QString valueAxisLabel;
};

BarChart recipientsBars(const RecipientsData &data)
{
    BarChart chart;
    for (const RecipientBar &bar : data.bars) {
        QString end = bar.amountText;
        if (bar.share >= 0)
            end += u" · "_s + QLocale::c().toString(bar.share * 100, 'f', 1) + u'%';
        if (!bar.detail.isEmpty())
            end += u" · "_s + bar.detail;
        QStringList tip{bar.label, bar.amountText};
        if (bar.share >= 0)
            tip.append(
                BarChartPlot::tr("%1% of the programme").arg(QLocale::c().toString(bar.share * 100, 'f', 1)));
        if (!bar.detail.isEmpty())
            tip.append(bar.detail);
        // A bar of one programme's recipients stands for that programme; a ranked recipient for none.
        const QString programme = data.mode == RecipientsMode::Programme ? data.programmeId : QString();
        chart.rows.append({bar.label, {bar.value}, end, {tip}, programme, {}});
    }
    chart.seriesNames = {BarChartPlot::tr("Allocated")};
    chart.seriesColours = {0};
    chart.valueTicker = QSharedPointer<MoneyAxisTicker>::create(data.currency);
    chart.valueAxisLabel = BarChartPlot::tr("Allocated (%1)").arg(data.currency);
    return chart;
}

BarChart comparisonBars(const ComparisonData &data)
{
    BarChart chart;
    for (const ComparisonRow &row : data.rows) {
        BarRow bar{row.name, row.values, row.totalText, {}, {}, row.code};
        for (qsizetype s = 0; s < row.values.size(); ++s) {
            QStringList tip{row.name, data.seriesLabels.value(s) + u": "_s +
                                          comparisonValueText(data, row.values.at(s))};
            if (row.values.size() > 1 && row.total > 0) {
                tip.append(BarChartPlot::tr("%1% of the total, %2")
                               .arg(QLocale::c().toString(row.values.at(s) / row.total * 100, 'f', 1),
                                    row.totalText));
            }
            bar.toolTips.append(tip);
        }
        chart.rows.append(bar);
    }
    chart.seriesNames = data.seriesLabels;
    chart.seriesColours = data.seriesColours;
    chart.valueAxisLabel = data.valueAxis;
    switch (data.measure) {
    case Measure::Total:
        chart.valueTicker = QSharedPointer<MoneyAxisTicker>::create(data.unit);
        break;
    case Measure::PerCapita:
        chart.valueTicker = QSharedPointer<QCPAxisTicker>::create();
        break;
    case Measure::GdpShare:
    case Measure::Adoption:
        chart.valueTicker = QSharedPointer<SuffixAxisTicker>::create(u"%"_s);
        break;
    }
    return chart;
}

void setUpCategoryAxes(QCustomPlot *plot, const QList<BarRow> &rows)
{
    // The largest row sits at the top: key n for the first row, 1 for the last.
    const int count = int(rows.size());
    QSharedPointer<QCPAxisTickerText> names(new QCPAxisTickerText);
    QSharedPointer<QCPAxisTickerText> ends(new QCPAxisTickerText);
    for (int i = 0; i < count; ++i) {
        names->addTick(count - i, rows.at(i).label);
        ends->addTick(count - i, rows.at(i).endLabel);
    }
    plot->yAxis->grid()->setVisible(false);
    // Labels without tick marks (QCustomPlot draws no labels without ticks): the ticks have no length and no
    // pen, with flat ends, since Qt's SVG writer draws a zero-length line with square ends as a dot, pen
    // or no pen, which showed before every end label in other renderers.
    QPen noTick(Qt::NoPen);
    noTick.setCapStyle(Qt::FlatCap);
    for (QCPAxis *axis : {plot->yAxis, plot->yAxis2}) {
        axis->setSubTicks(false);
        axis->setTickLength(0, 0);
        axis->setTickPen(noTick);
        axis->setRange(0.4, count + 0.6);
    }
    plot->yAxis->setTicker(names);
    QCPAxis *endLabels = plot->yAxis2;
    endLabels->setTicker(ends);
    endLabels->setVisible(true);
    endLabels->setBasePen(Qt::NoPen);
    endLabels->setTickLabels(true);
    endLabels->setTickLabelColor(QColor(0x22, 0x22, 0x22));
}

void drawStacks(QCustomPlot *plot, const BarChart &chart, bool greyscale)
{
    const int count = int(chart.rows.size());
    QVector<double> keys;
    for (int i = 0; i < count; ++i)
        keys.append(count - i);
    QCPBars *below = nullptr;
    for (int s = 0; s < chart.seriesNames.size(); ++s) {
        auto *bars = new QCPBars(plot->yAxis, plot->xAxis);
        bars->setName(chart.seriesNames.at(s));
        bars->setWidth(kBarThickness);
        const SeriesStyle style = seriesStyle(chart.seriesColours.value(s), greyscale);
        bars->setPen(style.outline);
        bars->setBrush(style.fill);
        QVector<double> values;
        for (const BarRow &row : chart.rows)
            values.append(row.values.value(s));
        bars->setData(keys, values);
        if (below)
            bars->moveAbove(below);
        below = bars;
    }
}

} // namespace

BarChartPlot::BarChartPlot(QWidget *parent) : FigurePlot(parent) {}

void BarChartPlot::drawFigure(const Figure &figure)
{
    const auto *recipients = std::get_if<RecipientsData>(&figure.chart);
    const BarChart chart =
        recipients ? recipientsBars(*recipients) : comparisonBars(std::get<ComparisonData>(figure.chart));
    xAxis->setTicker(chart.valueTicker);
    xAxis->setLabel(chart.valueAxisLabel);
    listSegments(chart.rows);
    setUpCategoryAxes(this, chart.rows);
    drawStacks(this, chart, figure.greyscale);

    double maxTotal = 0;
    for (const BarRow &row : chart.rows)
        maxTotal = std::max(maxTotal, std::accumulate(row.values.cbegin(), row.values.cend(), 0.0));
    xAxis->setRange(0, maxTotal > 0 ? maxTotal * 1.04 : 1);
    if (chart.seriesNames.size() > 1)
        placeLegendBelow(7);
}

qsizetype BarChartPlot::markCount() const
{
    return m_segments.size();
}

QString BarChartPlot::markId(qsizetype index) const
{
    return m_segments.at(index).mark.id;
}

QRectF BarChartPlot::markBounds(qsizetype index) const
{
    const Segment &segment = m_segments.at(index);
    const QPointF corner(xAxis->coordToPixel(segment.base),
                         yAxis->coordToPixel(segment.key + kBarThickness / 2));
    const QPointF opposite(xAxis->coordToPixel(segment.base + segment.value),
                           yAxis->coordToPixel(segment.key - kBarThickness / 2));
    return QRectF(corner, opposite).normalized();
}

PlotMark BarChartPlot::mark(qsizetype index) const
{
    PlotMark mark = m_segments.at(index).mark;
    mark.bounds = markBounds(index);
    return mark;
}

void BarChartPlot::listSegments(const QList<Row> &rows)
{
    // Top row first, each row's segments from the axis outwards. Row keys run from n at the top to 1.
    m_segments.clear();
    const qsizetype count = rows.size();
    for (qsizetype r = 0; r < count; ++r) {
        const Row &row = rows.at(r);
        const double key = double(count - r);
        double base = 0;
        for (qsizetype s = 0; s < row.values.size(); ++s) {
            const double value = row.values.at(s);
            if (value <= 0)
                continue;
            m_segments.append({{u"%1:%2"_s.arg(row.label).arg(s),
                                row.programmeId,
                                row.countryCode,
                                row.toolTips.value(s),
                                {}},
                               key,
                               base,
                               value});
            base += value;
        }
    }
}

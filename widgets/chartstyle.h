#pragma once

#include "amountformat.h"

#include <qcustomplot.h>

#include <QColor>
#include <QString>

// Colours and axis formatting shared by every chart, on screen and on paper.

// How the series in palette slot `slot` (seriescolours.h) is drawn. In colour: Okabe–Ito, distinguishable
// with the common colour-vision deficiencies. In greyscale: grey tones, fill patterns and marker shapes
// keep every slot apart on paper. A negative slot is everything grouped as "others": neutral grey.
struct SeriesStyle
{
    QColor colour; // markers' fill
    QBrush fill;   // bars' fill
    QPen outline;  // bars' outline
    QCPScatterStyle::ScatterShape marker = QCPScatterStyle::ssCircle;
    QColor markerOutline; // dark enough in greyscale that a light marker shows on white
};
SeriesStyle seriesStyle(int slot, bool greyscale);

// Light, print-friendly look: white background, grey grid, readable fonts.
void applyChartStyle(QCustomPlot *plot);

// Value axis labels as money in one currency ("¥500 bn", "$1.2 tn") on a linear or logarithmic axis.
template <typename Base> class MoneyTicker : public Base
{
public:
    explicit MoneyTicker(const QString &currency) : m_currency(currency) {}

protected:
    QString getTickLabel(double tick, const QLocale &, QChar, int) override
    {
        return tick == 0 ? QStringLiteral("0") : formatAmountCompact(tick, m_currency);
    }

private:
    QString m_currency;
};
using MoneyAxisTicker = MoneyTicker<QCPAxisTicker>;
using MoneyLogAxisTicker = MoneyTicker<QCPAxisTickerLog>;

// Plain numbers with a fixed suffix: "0.05%", "12.5 USD".
class SuffixAxisTicker : public QCPAxisTicker
{
public:
    explicit SuffixAxisTicker(const QString &suffix) : m_suffix(suffix) {}

protected:
    QString getTickLabel(double tick, const QLocale &locale, QChar formatChar, int precision) override;

private:
    QString m_suffix;
};

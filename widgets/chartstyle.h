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

// The smallest marker, in pixels at 96 dpi; pages are laid out at 96 dpi, so this is also its printed size.
// 5 px is 1.3 mm, about the x-height of the smallest text on the page (the 7.5-point event titles, 1.4 mm):
// whoever can read the labels can see every mark. Its 1-pixel outline leaves a 3-pixel inside, so a light
// shape still reads as light and circle, square, diamond and triangle still differ; smaller, they print as
// the same speck, and in greyscale, where the shape tells the series apart, the series is lost.
inline constexpr double kMinimumMarkerSize = 5;

// A scatter marker `size` pixels across in `style`, its fill at `fillAlpha`: always outlined in
// style.markerOutline, so a light shape shows on white paper, and never smaller than kMinimumMarkerSize.
QCPScatterStyle markerStyle(const SeriesStyle &style, double size, int fillAlpha = 255);

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

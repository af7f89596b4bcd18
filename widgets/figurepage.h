#pragma once

#include <QRect>
#include <QSize>

#include <functional>

struct Figure;
class QCPPainter;
class QFont;
class QPainter;

// One layout puts a figure on paper, whatever the device (printer, PDF, SVG, image): title, the filters in
// words, any warning, the chart and/or its table, the method note, the sources and the dataset version.

// The smallest page, in pixels at 96 dpi, that leaves a chart room to be read: on a smaller one the title,
// filters, note and sources take the page, and the chart is squeezed to a sliver or left out.
inline constexpr QSize kMinimumPageSize{720, 540};

// Paints `figure` on as many pages as it needs onto `painter`, whose device is `page` pixels at 96 dpi.
// `newPage` starts the next page and returns false when the device holds one page only; the rows that
// did not fit are then counted at the foot of the page.
void paintFigure(QCPPainter &painter, const QRect &page, const Figure &figure,
                 const std::function<bool()> &newPage);

// The painter's font at `pointSize`, for page furniture.
QFont pageFont(const QPainter &painter, double pointSize, bool bold = false);

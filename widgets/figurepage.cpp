#include "figurepage.h"

#include "figure.h"

#include <qcustomplot.h>

#include <QCoreApplication>
#include <QPainter>

#include <array>

using namespace Qt::StringLiterals;

namespace {

constexpr int kMargin = 32;
constexpr int kGap = 8;
constexpr int kMaxCitationLines = 4;
constexpr double kChartShareWithTable = 0.6; // of the page body, when the table goes under the chart

// Draws wrapped text from the top of `area` and returns the height it took.
int drawWrapped(QPainter &painter, const QRect &area, const QFont &font, const QColor &colour,
                const QString &text, int flags = Qt::AlignLeft | Qt::TextWordWrap)
{
    if (text.isEmpty())
        return 0;
    painter.setFont(font);
    painter.setPen(colour);
    const QRect bounds = painter.boundingRect(area, flags, text);
    painter.drawText(QRect(area.left(), area.top(), area.width(), bounds.height()), flags, text);
    return bounds.height();
}

// Citations joined into as many lines as fit; the rest are counted, since the CSV lists every source.
QString fittedCitations(const QPainter &painter, const QFont &font, int width, const QStringList &citations)
{
    if (citations.isEmpty())
        return {};
    const QFontMetrics metrics(font, painter.device());
    const QString prefix = QCoreApplication::translate("FigurePage", "Sources: ");
    for (qsizetype shown = citations.size(); shown > 0; --shown) {
        QString text = prefix + citations.mid(0, shown).join(u"; "_s);
        if (shown < citations.size())
            text += QCoreApplication::translate("FigurePage", "; and %n more (listed in the CSV export).",
                                                nullptr, int(citations.size() - shown));
        else
            text += u'.';
        const QRect bounds = metrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, text);
        if (bounds.height() <= metrics.lineSpacing() * kMaxCitationLines)
            return text;
    }
    return prefix + QCoreApplication::translate("FigurePage", "%n sources (listed in the CSV export).",
                                                nullptr, int(citations.size()));
}

// Title, subtitle and warning from the top of `inner`; returns the y below them.
int paintHeader(QCPPainter &painter, const QRect &inner, const Figure &figure)
{
    int top = inner.top();
    const auto below = [&](int y) { return QRect(inner.left(), y, inner.width(), inner.height()); };
    top +=
        drawWrapped(painter, below(top), pageFont(painter, 15, true), QColor(0x11, 0x11, 0x11), figure.title);
    top += 2;
    top +=
        drawWrapped(painter, below(top), pageFont(painter, 9.5), QColor(0x55, 0x55, 0x55), figure.subtitle);
    if (!figure.warning.isEmpty()) {
        top += 2;
        top += drawWrapped(painter, below(top), pageFont(painter, 9.5, true), QColor(0xA6, 0x3C, 0x00),
                           figure.warning);
    }
    return top + kGap;
}

// Note, citations and dataset line from the bottom of `inner` up, under a rule; returns the rule's y.
int paintFooter(QCPPainter &painter, const QRect &inner, const Figure &figure)
{
    const QFont small = pageFont(painter, 8);
    painter.setFont(small);
    const auto heightOf = [&](const QString &text) {
        return text.isEmpty()
                   ? 0
                   : painter.boundingRect(QRect(0, 0, inner.width(), 100000), Qt::TextWordWrap, text)
                         .height();
    };
    const std::array<std::pair<QString, QColor>, 3> blocks{{
        {figure.footer, QColor(0x66, 0x66, 0x66)},
        {fittedCitations(painter, small, inner.width(), figure.citations), QColor(0x33, 0x33, 0x33)},
        {figure.note, QColor(0x55, 0x55, 0x55)},
    }};
    int bottom = inner.bottom() + 4;
    for (const auto &[text, colour] : blocks) {
        const int height = heightOf(text);
        bottom -= height + 4;
        drawWrapped(painter, QRect(inner.left(), bottom, inner.width(), height), small, colour, text);
    }
    bottom -= kGap;
    painter.setPen(QPen(QColor(0xBB, 0xBB, 0xBB), 0.8));
    painter.drawLine(QLineF(inner.left(), bottom, inner.right(), bottom));
    return bottom;
}

// Paints the page's furniture and returns the area left for the chart and table.
QRect paintFurniture(QCPPainter &painter, const QRect &page, const Figure &figure)
{
    painter.save();
    painter.fillRect(page, Qt::white);
    const QRect inner = page.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const int top = paintHeader(painter, inner, figure);
    const int bottom = paintFooter(painter, inner, figure);
    painter.restore();
    return {inner.left(), top, inner.width(), std::max(0, bottom - kGap - top)};
}

// Paints table rows from `first` into `area`; returns the index after the last row that fitted.
qsizetype paintTableRows(QCPPainter &painter, const QRect &area, const FigureTable &table, qsizetype first)
{
    painter.save();
    QFont font = painter.font();
    font.setPointSizeF(8);
    const QFontMetrics metrics(font, painter.device());
    const int rowHeight = int(metrics.lineSpacing() * 1.5);
    const auto drawRow = [&](int y, const QStringList &cells, bool header) {
        double x = area.left();
        QFont cellFont = font;
        cellFont.setBold(header);
        painter.setFont(cellFont);
        const QFontMetrics cellMetrics(cellFont, painter.device());
        for (qsizetype c = 0; c < table.columns.size(); ++c) {
            const FigureTableColumn &column = table.columns.at(c);
            const double width = column.width * area.width();
            const QRectF cell(x + 3, y, width - 6, rowHeight);
            painter.drawText(cell, Qt::AlignVCenter | (column.amount ? Qt::AlignRight : Qt::AlignLeft),
                             cellMetrics.elidedText(cells.value(c), Qt::ElideRight, int(cell.width())));
            x += width;
        }
    };
    QStringList headers;
    for (const FigureTableColumn &column : table.columns)
        headers.append(column.title);
    int y = area.top();
    painter.setPen(QColor(0x11, 0x11, 0x11));
    drawRow(y, headers, true);
    y += rowHeight;
    painter.setPen(QPen(QColor(0x88, 0x88, 0x88), 0.8));
    painter.drawLine(QLineF(area.left(), y, area.right(), y));
    qsizetype index = first;
    for (; index < table.rows.size() && y + rowHeight <= area.bottom(); ++index, y += rowHeight) {
        if ((index - first) % 2 == 1)
            painter.fillRect(QRect(area.left(), y, area.width(), rowHeight), QColor(0xF3, 0xF5, 0xF8));
        painter.setPen(QColor(0x22, 0x22, 0x22));
        drawRow(y, table.rows.at(index), false);
    }
    painter.restore();
    return index;
}

// Notes that rows did not fit a single-page device, at the bottom of the page.
void noteMissingRows(QCPPainter &painter, const QRect &page, qsizetype missing)
{
    painter.setPen(QColor(0x55, 0x55, 0x55));
    painter.drawText(page.adjusted(kMargin, 0, -kMargin, -4), Qt::AlignRight | Qt::AlignBottom,
                     QCoreApplication::translate("FigurePage", "%n more rows in the PDF or CSV export",
                                                 nullptr, int(missing)));
}

} // namespace

QFont pageFont(const QPainter &painter, double pointSize, bool bold)
{
    QFont font = painter.font();
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

void paintFigure(QCPPainter &painter, const QRect &page, const Figure &figure,
                 const std::function<bool()> &newPage)
{
    // Text sizes are the page's own, never the desktop's: what sets no font of its own (the note on rows
    // that did not fit, the SVG's state) gets this one instead of the application font.
    painter.setFont(pageFont(painter, 8));
    const FigureTable &table = figure.table;
    qsizetype next = 0;
    bool firstPage = true;
    do {
        const qsizetype first = next;
        const QRect body = paintFurniture(painter, page, figure);
        const bool chartHere = figure.hasChart() && firstPage;
        if (body.height() > 0) {
            QRect tableArea = body;
            if (chartHere) {
                const int chartHeight =
                    table.columns.isEmpty() ? body.height() : int(body.height() * kChartShareWithTable);
                figure.paintChart(painter, QRect(body.topLeft(), QSize(body.width(), chartHeight)));
                tableArea.setTop(body.top() + chartHeight + 12);
            }
            if (!table.columns.isEmpty())
                next = paintTableRows(painter, tableArea, table, next);
        }
        firstPage = false;
        // A page of table alone that held no row is too short for one: more pages would never end.
        const bool pageTooShort = next == first && !chartHere;
        if (next < table.rows.size() && (pageTooShort || !newPage())) {
            noteMissingRows(painter, page, table.rows.size() - next);
            break;
        }
    } while (next < table.rows.size());
}

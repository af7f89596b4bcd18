#include "figureexport.h"

#include "amountformat.h"
#include "chartview.h"
#include "comparisonchart.h"
#include "csvexport.h"
#include "displaytext.h"
#include "figurepage.h"
#include "figuretable.h"
#include "recipientschart.h"
#include "timelinechart.h"
#include "vocabulary.h"

#include <qcustomplot.h>

#include <QFileInfo>
#include <QImage>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>
#include <QSvgGenerator>

using namespace Qt::StringLiterals;

namespace {

constexpr double kPointsPerPixel = 72.0 / 96.0;
constexpr double kChartShareWithTable = 0.6; // of the page body, when the table goes under the chart


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

void paintChart(QCPPainter &painter, const QRect &area, ChartView *chart)
{
    painter.save();
    painter.translate(area.topLeft());
    chart->plot()->toPainter(&painter, area.width(), area.height());
    painter.restore();
}

// Notes that rows did not fit a single-page device, at the bottom of the page.
void noteMissingRows(QCPPainter &painter, const QRect &page, qsizetype missing)
{
    painter.setPen(QColor(0x55, 0x55, 0x55));
    painter.drawText(page.adjusted(32, 0, -32, -4), Qt::AlignRight | Qt::AlignBottom,
                     QCoreApplication::translate("FigureExport", "%n more rows in the PDF or CSV export", nullptr, int(missing)));
}

} // namespace

void paintFigure(QCPPainter &painter, const QRect &page, const Analysis &analysis, const Filter &filter,
                 ViewKind view, ChartView *chart, const ExportOptions &options, const std::function<bool()> &newPage)
{
    FigurePage content;
    FigureTable table;
    const QStringList sourceIds = figureSourceIds(analysis, filter, view, chart);
    if (chart) {
        content = makeFigurePage(analysis, filter, chart->title(), chart->note(), sourceIds, chart->warning());
        if (options.withTable)
            table = figureTable(view, analysis, filter);
    } else {
        table = figureTable(ViewKind::Table, analysis, filter);
        content = makeFigurePage(
            analysis, filter, QCoreApplication::translate("FigureExport", "AI funding programmes (%n)", nullptr, int(table.rows.size())),
            QCoreApplication::translate("FigureExport", "Amounts as announced; converted at announcement-year annual average exchange rates."),
            sourceIds);
    }
    if (!options.title.isEmpty())
        content.title = options.title;

    qsizetype next = 0;
    bool firstPage = true;
    do {
        paintFigurePage(painter, page, content, [&](QCPPainter &p, const QRect &area) {
            QRect tableArea = area;
            if (chart && firstPage) {
                const int chartHeight = table.columns.isEmpty() ? area.height() : int(area.height() * kChartShareWithTable);
                paintChart(p, QRect(area.topLeft(), QSize(area.width(), chartHeight)), chart);
                tableArea.setTop(area.top() + chartHeight + 12);
            }
            if (!table.columns.isEmpty())
                next = paintTableRows(p, tableArea, table, next);
        });
        firstPage = false;
        if (next < table.rows.size() && !newPage()) {
            noteMissingRows(painter, page, table.rows.size() - next);
            break;
        }
    } while (next < table.rows.size());
    // toPainter laid the plot out for the page; lay it out for the screen again.
    if (chart)
        chart->plot()->replot(QCustomPlot::rpQueuedReplot);
}

QStringList figureSourceIds(const Analysis &analysis, const Filter &filter, ViewKind view, const ChartView *chart)
{
    if (chart)
        return chart->sourceIds();
    QStringList sourceIds;
    if (view == ViewKind::Table) {
        for (const Programme *p : analysis.tableRows(filter))
            sourceIds.append(p->source.sourceId);
        sourceIds.removeDuplicates();
    }
    return sourceIds;
}

void setUpPdfWriter(QPdfWriter &writer, const QSize &pageSize, const QString &title)
{
    writer.setResolution(96);
    writer.setPageSize(QPageSize(QSizeF(pageSize) * kPointsPerPixel, QPageSize::Point, QString(), QPageSize::ExactMatch));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(title);
    writer.setCreator(u"AI Policy Explorer"_s);
}

void printFigure(QPrinter &printer, const Analysis &analysis, const Filter &filter, ViewKind view, ChartView *chart,
                 const ExportOptions &options)
{
    QCPPainter painter(&printer);
    prepareVectorPainter(painter);
    const QRect page(QPoint(0, 0), printer.pageLayout().paintRectPixels(printer.resolution()).size());
    paintFigure(painter, page, analysis, filter, view, chart, options, [&printer] { return printer.newPage(); });
}

QSize defaultPageSize()
{
    return {1123, 794};
}

QImage renderFigureImage(const Analysis &analysis, const Filter &filter, ViewKind view, ChartView *chart,
                         const QSize &pixels, int dpi, const ExportOptions &options)
{
    // Painted in 96-dpi page units under one uniform scale, so text, lines and layout grow together.
    const double scale = dpi / 96.0;
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QCPPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        painter.scale(scale, scale);
        const QRect page(0, 0, int(pixels.width() / scale), int(pixels.height() / scale));
        paintFigure(painter, page, analysis, filter, view, chart, options, [] { return false; });
    }
    const int dotsPerMeter = qRound(dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    return image;
}


void prepareVectorPainter(QCPPainter &painter)
{
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
}

std::optional<ExportFormat> exportFormatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"png")
        return ExportFormat::Png;
    if (suffix == u"pdf")
        return ExportFormat::Pdf;
    if (suffix == u"svg")
        return ExportFormat::Svg;
    if (suffix == u"csv")
        return ExportFormat::Csv;
    return std::nullopt;
}

std::unique_ptr<ChartView> createChartView(ViewKind view)
{
    switch (view) {
    case ViewKind::Timeline:
        return std::make_unique<TimelineChart>();
    case ViewKind::Recipients:
        return std::make_unique<RecipientsChart>();
    case ViewKind::Comparison:
        return std::make_unique<ComparisonChart>();
    case ViewKind::Table:
        return nullptr;
    }
    return nullptr;
}

QString exportView(const Analysis &analysis, const Filter &filter, ViewKind view, ChartView *chart,
                   const QString &path, const ExportOptions &options)
{
    const auto format = exportFormatForPath(path);
    if (!format)
        return QCoreApplication::translate("FigureExport", "%1: unknown format; use .png, .pdf, .svg or .csv").arg(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QCoreApplication::translate("FigureExport", "%1: cannot write: %2").arg(path, file.errorString());

    const QSize pageSize = options.size.isValid() ? options.size : defaultPageSize();
    const QRect page(QPoint(0, 0), pageSize);
    bool written = true;
    switch (*format) {
    case ExportFormat::Csv:
        written = writeViewCsv(file, view, analysis, filter);
        break;
    case ExportFormat::Png: {
        const QSize pixels = options.size.isValid() ? options.size : defaultPageSize() * (options.dpi / 96.0);
        written = renderFigureImage(analysis, filter, view, chart, pixels, options.dpi, options).save(&file, "PNG");
        break;
    }
    case ExportFormat::Svg: {
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setSize(pageSize);
        generator.setViewBox(page);
        generator.setResolution(96);
        generator.setTitle(chart ? chart->title() : label(view));
        generator.setDescription(describeFilter(analysis, filter));
        QCPPainter painter(&generator);
        prepareVectorPainter(painter);
        paintFigure(painter, page, analysis, filter, view, chart, options, [] { return false; });
        break;
    }
    case ExportFormat::Pdf: {
        QPdfWriter writer(&file);
        setUpPdfWriter(writer, pageSize, chart ? chart->title() : label(view));
        QCPPainter painter(&writer);
        prepareVectorPainter(painter);
        paintFigure(painter, page, analysis, filter, view, chart, options, [&] { return writer.newPage(); });
        break;
    }
    }
    if (!written) {
        file.cancelWriting();
        return QCoreApplication::translate("FigureExport", "%1: writing failed: %2").arg(path, file.errorString());
    }
    if (!file.commit())
        return QCoreApplication::translate("FigureExport", "%1: cannot write: %2").arg(path, file.errorString());
    return {};
}

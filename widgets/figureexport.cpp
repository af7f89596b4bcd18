#include "figureexport.h"

#include "amountformat.h"
#include "chartview.h"
#include "comparisonchart.h"
#include "csvexport.h"
#include "figurepage.h"
#include "labels.h"
#include "recipientschart.h"
#include "timelinechart.h"

#include <qcustomplot.h>

#include <QFileInfo>
#include <QImage>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

using namespace Qt::StringLiterals;

namespace {

constexpr double kPointsPerPixel = 72.0 / 96.0;

struct TableColumn
{
    const char *title;
    double width; // share of the page width
    bool amount;  // right-aligned
};

constexpr int kConvertedColumn = 4; // its title names the display currency
constexpr std::array<TableColumn, 6> kTableColumns{{
    {QT_TRANSLATE_NOOP("FigureExport", "Country"), 0.12, false},
    {QT_TRANSLATE_NOOP("FigureExport", "Programme"), 0.39, false},
    {QT_TRANSLATE_NOOP("FigureExport", "Announced"), 0.09, false},
    {QT_TRANSLATE_NOOP("FigureExport", "Amount as announced"), 0.16, true},
    {QT_TRANSLATE_NOOP("FigureExport", "Converted"), 0.13, true},
    {QT_TRANSLATE_NOOP("FigureExport", "Status"), 0.11, false},
}};

QString translate(const char *text, int n = -1)
{
    return QCoreApplication::translate("FigureExport", text, nullptr, n);
}

QStringList tableCells(const Analysis &analysis, const Filter &filter, const Programme &p)
{
    const QString currency = Analysis::chartCurrency(filter);
    const auto converted = analysis.convert(p.amount, p.announced.year, currency);
    return {analysis.countryName(p.countryCode), p.nameEn, p.announced.toIso(), formatMoney(p.amount),
            converted ? formatAmount(converted->value, currency, p.amount.qualifier) : QString(), label(p.status)};
}

// Paints table rows from `first` into `area`; returns the index after the last row that fitted.
qsizetype paintTableRows(QCPPainter &painter, const QRect &area, const Analysis &analysis, const Filter &filter,
                         const QList<const Programme *> &rows, qsizetype first)
{
    painter.save();
    QFont font = painter.font();
    font.setPointSizeF(8);
    painter.setFont(font);
    const QFontMetrics metrics(font, painter.device());
    const int rowHeight = int(metrics.lineSpacing() * 1.5);
    const auto drawRow = [&](int y, const QStringList &cells, bool header) {
        double x = area.left();
        for (qsizetype c = 0; c < qsizetype(kTableColumns.size()); ++c) {
            const double width = kTableColumns[c].width * area.width();
            const QRectF cell(x + 3, y, width - 6, rowHeight);
            QFont cellFont = font;
            cellFont.setBold(header);
            painter.setFont(cellFont);
            painter.drawText(cell, Qt::AlignVCenter | (kTableColumns[c].amount ? Qt::AlignRight : Qt::AlignLeft),
                             QFontMetrics(cellFont, painter.device()).elidedText(cells.value(c), Qt::ElideRight,
                                                                                 int(cell.width())));
            x += width;
        }
    };
    QStringList headers;
    for (const TableColumn &column : kTableColumns)
        headers.append(translate(column.title));
    headers[kConvertedColumn] = translate("In %1").arg(Analysis::chartCurrency(filter));
    int y = area.top();
    painter.setPen(QColor(0x11, 0x11, 0x11));
    drawRow(y, headers, true);
    y += rowHeight;
    painter.setPen(QPen(QColor(0x88, 0x88, 0x88), 0.8));
    painter.drawLine(QLineF(area.left(), y, area.right(), y));
    qsizetype index = first;
    for (; index < rows.size() && y + rowHeight <= area.bottom(); ++index, y += rowHeight) {
        if ((index - first) % 2 == 1)
            painter.fillRect(QRect(area.left(), y, area.width(), rowHeight), QColor(0xF3, 0xF5, 0xF8));
        painter.setPen(QColor(0x22, 0x22, 0x22));
        drawRow(y, tableCells(analysis, filter, *rows.at(index)), false);
    }
    painter.restore();
    return index;
}

// Paints one or more pages; `newPage` starts the next page and returns false when the device has only one.
void paintPages(QCPPainter &painter, const QRect &page, const Analysis &analysis, const Filter &filter,
                ChartView *chart, const std::function<bool()> &newPage)
{
    if (chart) {
        const FigurePage content =
            makeFigurePage(analysis, filter, chart->title(), chart->note(), chart->sourceIds(), chart->warning());
        paintFigurePage(painter, page, content, [chart](QCPPainter &p, const QRect &area) {
            p.save();
            p.translate(area.topLeft());
            chart->plot()->toPainter(&p, area.width(), area.height());
            p.restore();
        });
        // toPainter laid the plot out for the page; lay it out for the screen again.
        chart->plot()->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    const QList<const Programme *> rows = analysis.tableRows(filter);
    QStringList sourceIds;
    for (const Programme *p : rows)
        sourceIds.append(p->source.sourceId);
    sourceIds.removeDuplicates();
    const FigurePage content = makeFigurePage(
        analysis, filter, translate("AI funding programmes (%n)", int(rows.size())),
        translate("Amounts as announced; converted at announcement-year annual average exchange rates."), sourceIds);
    qsizetype next = 0;
    do {
        paintFigurePage(painter, page, content, [&](QCPPainter &p, const QRect &area) {
            next = paintTableRows(p, area, analysis, filter, rows, next);
        });
        if (next < rows.size() && !newPage()) {
            painter.setPen(QColor(0x55, 0x55, 0x55));
            painter.drawText(page.adjusted(32, 0, -32, -4), Qt::AlignRight | Qt::AlignBottom,
                             translate("%n more rows in the PDF or CSV export", int(rows.size() - next)));
            break;
        }
    } while (next < rows.size());
}

void prepareVectorPainter(QCPPainter &painter)
{
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
}

} // namespace

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

QSize defaultExportSize(ExportFormat format)
{
    return format == ExportFormat::Pdf ? QSize(1123, 794) : QSize(1400, 900);
}

QString exportView(const Analysis &analysis, const Filter &filter, ViewKind view, ChartView *chart,
                   const QString &path, const QSize &requestedSize)
{
    const auto format = exportFormatForPath(path);
    if (!format)
        return translate("%1: unknown format; use .png, .pdf, .svg or .csv").arg(path);
    const QSize size = requestedSize.isValid() ? requestedSize : defaultExportSize(*format);
    const QRect page(QPoint(0, 0), size);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return translate("%1: cannot write: %2").arg(path, file.errorString());

    bool written = true;
    switch (*format) {
    case ExportFormat::Csv:
        written = writeViewCsv(file, view, analysis, filter);
        break;
    case ExportFormat::Png: {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        image.setDotsPerMeterX(3780); // 96 dpi
        image.setDotsPerMeterY(3780);
        {
            QCPPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::TextAntialiasing);
            paintPages(painter, page, analysis, filter, chart, [] { return false; });
        }
        written = image.save(&file, "PNG");
        break;
    }
    case ExportFormat::Svg: {
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setSize(size);
        generator.setViewBox(page);
        generator.setResolution(96);
        generator.setTitle(chart ? chart->title() : label(view));
        generator.setDescription(analysis.describe(filter));
        QCPPainter painter(&generator);
        prepareVectorPainter(painter);
        paintPages(painter, page, analysis, filter, chart, [] { return false; });
        break;
    }
    case ExportFormat::Pdf: {
        QPdfWriter writer(&file);
        writer.setResolution(96);
        writer.setPageSize(QPageSize(QSizeF(size) * kPointsPerPixel, QPageSize::Point, QString(),
                                     QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(chart ? chart->title() : label(view));
        writer.setCreator(u"AI Policy Explorer"_s);
        QCPPainter painter(&writer);
        prepareVectorPainter(painter);
        paintPages(painter, page, analysis, filter, chart, [&] { return writer.newPage(); });
        break;
    }
    }
    if (!written) {
        file.cancelWriting();
        return translate("%1: writing failed: %2").arg(path, file.errorString());
    }
    if (!file.commit())
        return translate("%1: cannot write: %2").arg(path, file.errorString());
    return {};
}

#include "briefingexport.h"

#include "amountformat.h"
#include "figurepage.h"

#include <qcustomplot.h>

#include <QBuffer>
#include <QCoreApplication>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

namespace {

constexpr int kMargin = 48;

// Draws wrapped text at `top` and returns the y below it.
int drawBlock(QPainter &painter, int top, const QRect &page, const QFont &font, const QColor &colour,
              const QString &text)
{
    painter.setFont(font);
    painter.setPen(colour);
    const QRect area(page.left() + kMargin, top, page.width() - 2 * kMargin, page.bottom() - top);
    const QRect bounds = painter.boundingRect(area, Qt::TextWordWrap, text);
    painter.drawText(area, Qt::TextWordWrap, text);
    return top + bounds.height();
}

QString figureTitle(int number, const QString &caption)
{
    return QCoreApplication::translate("BriefingExport", "Figure %1. %2").arg(number).arg(caption);
}

void paintCover(QCPPainter &painter, const QRect &page, const Analysis &analysis, const BriefingPack &pack,
                const QList<Figure> &figures)
{
    painter.fillRect(page, Qt::white);
    int y = page.top() + kMargin * 3;
    y = drawBlock(painter, y, page, pageFont(painter, 11), QColor(0x00, 0x72, 0xB2),
                  QCoreApplication::translate("BriefingExport", "Briefing pack"));
    y = drawBlock(painter, y + 6, page, pageFont(painter, 26, true), QColor(0x11, 0x11, 0x11), pack.title);
    QStringList byline;
    if (!pack.organisation.isEmpty())
        byline.append(pack.organisation);
    if (!pack.author.isEmpty())
        byline.append(pack.author);
    byline.append(formatDate(pack.date));
    y = drawBlock(painter, y + 12, page, pageFont(painter, 12), QColor(0x33, 0x33, 0x33),
                  byline.join(u" · "_s));
    const DatasetInfo &info = analysis.dataset().info;
    y = drawBlock(
        painter, y + 4, page, pageFont(painter, 9.5), QColor(0x55, 0x55, 0x55),
        QCoreApplication::translate("BriefingExport", "AI Policy Explorer · dataset %1, data as of %2")
            .arg(info.version, formatDate(info.dataAsOf)));
    y = drawBlock(painter, y + 36, page, pageFont(painter, 12, true), QColor(0x11, 0x11, 0x11),
                  QCoreApplication::translate("BriefingExport", "Contents"));
    QStringList contents;
    for (const Figure &figure : figures)
        contents.append(figure.title);
    contents.append(QCoreApplication::translate("BriefingExport", "Appendix. Sources"));
    drawBlock(painter, y + 6, page, pageFont(painter, 10.5), QColor(0x22, 0x22, 0x22), contents.join(u'\n'));
}

// Paints the sources appendix over as many pages as it needs.
void paintAppendix(QCPPainter &painter, const QRect &page, const Analysis &analysis,
                   const QStringList &sourceIds, QPagedPaintDevice &device)
{
    QStringList entries;
    for (const QString &id : sourceIds) {
        const Source *source = analysis.dataset().source(id);
        if (!source)
            continue;
        QString entry = source->publisher + u". "_s + source->title + u". "_s + source->url;
        if (source->published.isValid())
            entry += u" ("_s + formatPartialDate(source->published) + u')';
        entries.append(entry);
    }
    entries.sort(Qt::CaseInsensitive);
    const QFont font = pageFont(painter, 8);
    painter.fillRect(page, Qt::white);
    int y =
        drawBlock(painter, page.top() + kMargin, page, pageFont(painter, 15, true), QColor(0x11, 0x11, 0x11),
                  QCoreApplication::translate("BriefingExport", "Appendix. Sources"));
    y = drawBlock(
        painter, y + 2, page, pageFont(painter, 9), QColor(0x55, 0x55, 0x55),
        QCoreApplication::translate(
            "BriefingExport",
            "%n source(s) behind the figures in this pack; the app itself opens no network connection.",
            nullptr, int(entries.size())));
    y += 10;
    painter.setFont(font);
    const QRect column(page.left() + kMargin, 0, page.width() - 2 * kMargin, page.height());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString text = QStringLiteral("%1. %2").arg(i + 1).arg(entries.at(i));
        const int height =
            painter.boundingRect(QRect(column.left(), 0, column.width(), 100000), Qt::TextWordWrap, text)
                .height();
        if (y + height > page.bottom() - kMargin) {
            device.newPage();
            painter.fillRect(page, Qt::white);
            y = page.top() + kMargin;
        }
        y = drawBlock(painter, y, page, font, QColor(0x22, 0x22, 0x22), text) + 3;
    }
}

} // namespace

bool paintBriefingPack(QPagedPaintDevice &device, const QRect &page, const Analysis &analysis,
                       const BriefingPack &pack, const FigureOptions &options, const ExportProgress &progress)
{
    QList<Figure> figures;
    QStringList sourceIds;
    for (const PackFigure &packFigure : pack.figures) {
        Figure figure = buildFigure(analysis, packFigure.filter, packFigure.view, options);
        QString caption = packFigure.caption;
        if (caption.isEmpty()) {
            caption = packFigure.view == ViewKind::Table
                          ? QCoreApplication::translate("BriefingExport", "AI funding programmes")
                          : figure.title;
        }
        figure.title = figureTitle(int(figures.size()) + 1, caption);
        figures.append(std::move(figure));
        for (const QString &id : std::as_const(figures.constLast().sourceIds))
            appendUnique(sourceIds, id);
    }

    QCPPainter painter(&device);
    prepareVectorPainter(painter);
    paintCover(painter, page, analysis, pack, figures);
    for (qsizetype i = 0; i < figures.size(); ++i) {
        if (progress && !progress(int(i), int(figures.size())))
            return false;
        device.newPage();
        paintFigure(painter, page, figures.at(i), [&] { return device.newPage(); });
    }
    device.newPage();
    paintAppendix(painter, page, analysis, sourceIds, device);
    if (progress)
        progress(int(figures.size()), int(figures.size()));
    return true;
}

QString exportBriefingPack(const Analysis &analysis, const BriefingPack &pack, const QString &path,
                           const ExportOptions &options, const ExportProgress &progress)
{
    if (const QString error = pageSizeError(path, ExportFormat::Pdf, options); !error.isEmpty())
        return error;
    const QSize pageSize = options.size.isValid() ? options.size : defaultPageSize();
    // Made in memory first, so a cancelled or failed export leaves any old file as it was.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        setUpPdfWriter(writer, pageSize, pack.title);
        if (!paintBriefingPack(writer, QRect(QPoint(0, 0), pageSize), analysis, pack, options, progress))
            return QCoreApplication::translate("BriefingExport", "%1: export cancelled; no file was written")
                .arg(path);
    }
    return saveExportFile(path, bytes);
}

#include "figureexport.h"

#include "csvexport.h"
#include "figurepage.h"

#include <qcustomplot.h>

#include <QBuffer>
#include <QFileInfo>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QtMath>

using namespace Qt::StringLiterals;

namespace {

constexpr double kPointsPerPixel = 72.0 / 96.0;

void writeSvg(QIODevice &device, const Figure &figure, const QSize &pageSize)
{
    QSvgGenerator generator;
    generator.setOutputDevice(&device);
    generator.setSize(pageSize);
    generator.setViewBox(QRect(QPoint(0, 0), pageSize));
    generator.setResolution(96);
    generator.setTitle(figure.title);
    generator.setDescription(figure.subtitle);
    QCPPainter painter(&generator);
    prepareVectorPainter(painter);
    paintFigure(painter, QRect(QPoint(0, 0), pageSize), figure, nullptr);
}

void writePdf(QIODevice &device, const Figure &figure, const QSize &pageSize)
{
    QPdfWriter writer(&device);
    setUpPdfWriter(writer, pageSize, figure.title);
    QCPPainter painter(&writer);
    prepareVectorPainter(painter);
    paintFigure(painter, QRect(QPoint(0, 0), pageSize), figure, &writer);
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

QList<std::pair<QString, QSize>> pageSizePresets()
{
    return {{QCoreApplication::translate("FigureExport", "A4 landscape"), {1123, 794}},
            {QCoreApplication::translate("FigureExport", "A4 portrait"), {794, 1123}},
            {QCoreApplication::translate("FigureExport", "US Letter landscape"), {1056, 816}},
            {QCoreApplication::translate("FigureExport", "Slide 16:9"), {1280, 720}}};
}

QSize defaultPageSize()
{
    return pageSizePresets().constFirst().second;
}

QSize minimumExportSize(ExportFormat format, int dpi)
{
    if (format == ExportFormat::Csv)
        return {};
    if (format == ExportFormat::Pdf || format == ExportFormat::Svg)
        return kMinimumPageSize;
    return {qCeil(kMinimumPageSize.width() * dpi / 96.0), qCeil(kMinimumPageSize.height() * dpi / 96.0)};
}

QString pageSizeError(const QString &path, ExportFormat format, const ExportOptions &options)
{
    const int dpi = format == ExportFormat::Png ? options.dpi : 96;
    const QSize minimum = minimumExportSize(format, dpi);
    if (!options.size.isValid() || options.size.expandedTo(minimum) == options.size)
        return {};
    return QCoreApplication::translate(
               "FigureExport", "%1: %2×%3 pixels at %4 dpi is too small to read; the smallest is %5×%6")
        .arg(path)
        .arg(options.size.width())
        .arg(options.size.height())
        .arg(dpi)
        .arg(minimum.width())
        .arg(minimum.height());
}

void setUpPdfWriter(QPdfWriter &writer, const QSize &pageSize, const QString &title)
{
    writer.setResolution(96);
    writer.setPageSize(
        QPageSize(QSizeF(pageSize) * kPointsPerPixel, QPageSize::Point, QString(), QPageSize::ExactMatch));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(title);
    writer.setCreator(u"AI Policy Explorer"_s);
}

void prepareVectorPainter(QCPPainter &painter)
{
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
}

void printFigure(QPrinter &printer, const Figure &figure)
{
    QCPPainter painter(&printer);
    prepareVectorPainter(painter);
    const QRect page(QPoint(0, 0), printer.pageLayout().paintRectPixels(printer.resolution()).size());
    paintFigure(painter, page, figure, &printer);
}

QImage renderFigureImage(const Figure &figure, const QSize &pixels, int dpi)
{
    // Painted in 96-dpi page units under one uniform scale, so text, lines and layout grow together.
    const double scale = dpi / 96.0;
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QCPPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        painter.setRenderHint(QPainter::NonCosmeticBrushPatterns); // greyscale hatching scales with the rest
        painter.scale(scale, scale);
        const QRect page(0, 0, int(pixels.width() / scale), int(pixels.height() / scale));
        paintFigure(painter, page, figure, nullptr);
    }
    const int dotsPerMeter = qRound(dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    return image;
}

QString exportView(const Analysis &analysis, const Filter &filter, ViewKind view, const QString &path,
                   const ExportOptions &options)
{
    const auto format = exportFormatForPath(path);
    if (!format)
        return QCoreApplication::translate("FigureExport", "%1: unknown format; use .png, .pdf, .svg or .csv")
            .arg(path);
    if (const QString error = pageSizeError(path, *format, options); !error.isEmpty())
        return error;

    // Made in memory first, so nothing on disk changes unless the whole file can be written.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const QSize pageSize = options.size.isValid() ? options.size : defaultPageSize();
    bool rendered = true;
    switch (*format) {
    case ExportFormat::Csv:
        rendered = writeViewCsv(buffer, view, analysis, filter);
        break;
    case ExportFormat::Png: {
        const QSize pixels = options.size.isValid() ? options.size : defaultPageSize() * (options.dpi / 96.0);
        rendered = renderFigureImage(buildFigure(analysis, filter, view, options), pixels, options.dpi)
                       .save(&buffer, "PNG");
        break;
    }
    case ExportFormat::Svg:
        writeSvg(buffer, buildFigure(analysis, filter, view, options), pageSize);
        break;
    case ExportFormat::Pdf:
        writePdf(buffer, buildFigure(analysis, filter, view, options), pageSize);
        break;
    }
    if (!rendered)
        return QCoreApplication::translate("FigureExport", "%1: the export could not be made").arg(path);
    return saveExportFile(path, bytes);
}

QString saveExportFile(const QString &path, const QByteArray &bytes)
{
    const auto cannotWrite = [&path](const QString &reason) {
        return QCoreApplication::translate("FigureExport", "%1: cannot write: %2").arg(path, reason);
    };
    // QSaveFile would put a regular file in the place of a FIFO or a device node. A symlink is followed: its
    // target is replaced and the link kept.
    const QFileInfo target(path);
    if (target.exists() && !target.isFile())
        return QCoreApplication::translate("FigureExport",
                                           "%1: not a regular file; an export replaces only files")
            .arg(path);
    QSaveFile file(path);
    // Unbuffered and written in a loop, so the write that fails is ours and its error is the system's reason
    // ("File too large", "No space left on device"): a short write sets no error, and Qt 6.4's commit()
    // misses a failure in its final flush.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return cannotWrite(file.errorString());
    for (qsizetype written = 0; written < bytes.size();) {
        const qint64 count = file.write(bytes.constData() + written, bytes.size() - written);
        if (count <= 0)
            return cannotWrite(file.errorString()); // the temporary file goes with `file`
        written += count;
    }
    if (!file.commit())
        return cannotWrite(file.errorString());
    return {};
}

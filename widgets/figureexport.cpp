#include "figureexport.h"

#include "csvexport.h"
#include "figurepage.h"

#include <qcustomplot.h>

#include <QBuffer>
#include <QFileInfo>
#include <QFontDatabase>
#include <QPdfWriter>
#include <QPrinter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>
#include <QtMath>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

constexpr double kPointsPerPixel = 72.0 / 96.0;

// A CSS font-family list: the painter font's families that are installed, in its order, as Qt falls back
// along them for characters the first lacks (Japanese in IPAPGothic after DejaVu Sans), then the generic
// sans-serif. A family that is not installed (the offscreen platform's "Sans Serif") drew nothing here, and
// elsewhere it would be resolved to a font Qt never used. Names are quoted only where CSS needs it, since
// some readers take the quotes for part of the name.
QString cssFontFamilies(const QStringList &families)
{
    static const QRegularExpression plain(u"^[A-Za-z_][A-Za-z0-9_-]*( [A-Za-z_][A-Za-z0-9_-]*)*$"_s);
    QStringList names;
    for (const QString &family : families) {
        const QString name = plain.match(family).hasMatch() ? family : u'\'' + family + u'\'';
        if ((family == families.first() || QFontDatabase::hasFamily(family)) && !names.contains(name))
            names.append(name);
    }
    names.append(u"sans-serif"_s);
    return names.join(u", "_s);
}

// QSvgGenerator (Qt 6.4) writes SVG that Qt reads back as painted, but other renderers (librsvg, Inkscape,
// LibreOffice, Word) read four things in it differently from how Qt painted them; this puts them right:
// - font-size: the point size in pixels (9.5 pt: 12.6667), while Qt lays text out, and the PDF sets it, at
//   that size rounded to whole pixels (13); elsewhere every run of text came out 2.6% narrower than the room
//   Qt left for it, so right-aligned labels stood off their axis. The size Qt used is written.
// - font-family: the first family only, so Japanese, which DejaVu Sans lacks, fell back to the renderer's
//   pick (fontconfig's is the monospaced IPAGothic) instead of the proportional IPAPGothic Qt measured, and
//   the characters of a run overlapped. The painter font's list of families is written.
// - A pattern brush (greyscale hatching) is a tile filled through a luminance mask of one-pixel rectangles,
//   which librsvg rasterises: the hatching of a PDF made from the SVG came out blurred. The rectangles are
//   drawn in the tile in the brush's colour, plain vector hatching.
// - The root declares SVG Tiny 1.2, which has neither patterns nor masks, so a reader that keeps to it may
//   leave the hatching out. It declares SVG 1.1, which has both.
QByteArray portableSvg(const QByteArray &svg, const QStringList &families)
{
    const QString familyList = cssFontFamilies(families);
    QXmlStreamReader reader(svg);
    reader.setNamespaceProcessing(false); // xmlns and xml:space pass through as written
    QByteArray result;
    QXmlStreamWriter writer(&result);
    QHash<QString, QList<QXmlStreamAttributes>> masks; // a pattern's mask: its rectangles
    QList<QXmlStreamAttributes> *mask = nullptr;       // the mask being read, not written
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartDocument:
            writer.writeStartDocument(reader.documentVersion().toString(), reader.isStandaloneDocument());
            writer.writeCharacters(u"\n"_s);
            break;
        case QXmlStreamReader::StartElement: {
            const QStringView name = reader.qualifiedName();
            QXmlStreamAttributes attributes = reader.attributes();
            if (name == u"mask") {
                mask = &masks[attributes.value(u"id"_s).toString()];
                break;
            }
            if (mask) {
                mask->append(attributes);
                break;
            }
            const QString maskUrl = attributes.value(u"mask"_s).toString();
            if (name == u"rect" && maskUrl.startsWith(u"url(#") && maskUrl.endsWith(u')')) {
                // The tile of a pattern brush: its mask's rectangles in the brush's colour.
                const QString id = maskUrl.mid(5, maskUrl.size() - 6);
                writer.writeStartElement(u"g"_s);
                for (const char *paint : {"fill", "fill-opacity"}) {
                    const QString key = QString::fromLatin1(paint);
                    if (attributes.hasAttribute(key))
                        writer.writeAttribute(key, attributes.value(key).toString());
                }
                for (const QXmlStreamAttributes &rect : masks.value(id)) {
                    writer.writeEmptyElement(u"rect"_s);
                    writer.writeAttributes(rect);
                }
                break; // its end element closes the group
            }
            writer.writeStartElement(name.toString());
            for (const QXmlStreamAttribute &attribute : std::as_const(attributes)) {
                const QStringView key = attribute.qualifiedName();
                if (key == u"font-size") {
                    writer.writeAttribute(u"font-size"_s,
                                          QString::number(qRound(attribute.value().toDouble())));
                } else if (name == u"svg" && key == u"version") {
                    writer.writeAttribute(u"version"_s, u"1.1"_s);
                } else if (name == u"svg" && key == u"baseProfile") {
                    continue; // SVG 1.1 has no Tiny profile
                } else if (key == u"font-family") {
                    const QString family = attribute.value().toString();
                    writer.writeAttribute(u"font-family"_s, family == families.value(0)
                                                                ? familyList
                                                                : cssFontFamilies({family}));
                } else {
                    writer.writeAttribute(attribute);
                }
            }
            break;
        }
        case QXmlStreamReader::EndElement:
            if (mask) {
                if (reader.qualifiedName() == u"mask")
                    mask = nullptr;
                break;
            }
            writer.writeEndElement();
            break;
        case QXmlStreamReader::Characters:
            if (!mask)
                writer.writeCharacters(reader.text().toString());
            break;
        case QXmlStreamReader::Comment:
            writer.writeComment(reader.text().toString());
            break;
        default:
            break;
        }
    }
    writer.writeEndDocument();
    return result;
}

void writeSvg(QIODevice &device, const Figure &figure, const QSize &pageSize)
{
    QByteArray svg;
    QStringList families;
    {
        QBuffer buffer(&svg);
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(pageSize);
        generator.setViewBox(QRect(QPoint(0, 0), pageSize));
        generator.setResolution(96);
        generator.setTitle(figure.title);
        generator.setDescription(figure.subtitle);
        QCPPainter painter(&generator);
        prepareVectorPainter(painter);
        families = painter.font().families();
        paintFigure(painter, QRect(QPoint(0, 0), pageSize), figure, nullptr);
    }
    device.write(portableSvg(svg, families));
}

void writePdf(QIODevice &device, const Figure &figure, const QSize &pageSize)
{
    QPdfWriter writer(&device);
    setUpPdfWriter(writer, pageSize, figure.title);
    QCPPainter painter(&writer);
    prepareVectorPainter(painter);
    paintFigure(painter, QRect(QPoint(0, 0), pageSize), figure, &writer);
}

// A PNG, SVG or PDF of the figure, as the options size it; false when the image could not be made.
bool writeFigure(QIODevice &device, const Figure &figure, ExportFormat format, const ExportOptions &options)
{
    const QSize pageSize = options.size.isValid() ? options.size : defaultPageSize();
    if (format == ExportFormat::Png) {
        const QSize pixels = options.size.isValid() ? options.size : defaultPageSize() * (options.dpi / 96.0);
        return renderFigureImage(figure, pixels, options.dpi).save(&device, "PNG");
    }
    if (format == ExportFormat::Svg)
        writeSvg(device, figure, pageSize);
    else
        writePdf(device, figure, pageSize);
    return true;
}

// What `write` writes, saved to `path` (saveExportFile). Made in memory first, so nothing on disk changes
// unless the whole file can be written.
QString saveWrittenFile(const QString &path, const std::function<bool(QIODevice &)> &write)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!write(buffer))
        return QCoreApplication::translate("FigureExport", "%1: the export could not be made").arg(path);
    return saveExportFile(path, bytes);
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
    if (*format == ExportFormat::Csv)
        return saveWrittenFile(
            path, [&](QIODevice &device) { return writeViewCsv(device, view, analysis, filter); });
    return saveWrittenFile(path, [&](QIODevice &device) {
        return writeFigure(device, buildFigure(analysis, filter, view, options), *format, options);
    });
}

QString exportFigure(const Figure &figure, const QString &path, const ExportOptions &options)
{
    const auto format = exportFormatForPath(path);
    if (!format || *format == ExportFormat::Csv)
        return QCoreApplication::translate("FigureExport", "%1: unknown format; use .png, .pdf or .svg")
            .arg(path);
    if (const QString error = pageSizeError(path, *format, options); !error.isEmpty())
        return error;
    return saveWrittenFile(path,
                           [&](QIODevice &device) { return writeFigure(device, figure, *format, options); });
}

QString exportDatasetDiff(const DatasetDiff &diff, const QString &path, const ExportOptions &options)
{
    if (exportFormatForPath(path) != ExportFormat::Csv)
        return exportFigure(datasetDiffFigure(diff), path, options);
    return saveWrittenFile(path, [&](QIODevice &device) { return writeDiffCsv(device, diff); });
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

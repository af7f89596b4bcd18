#include "briefingexport.h"

#include "displaytext.h"

#include "amountformat.h"
#include "figurepage.h"

#include <qcustomplot.h>

#include <QBuffer>
#include <QCoreApplication>
#include <QHash>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

namespace {

constexpr int kMargin = 48;
constexpr int kGap = 8;

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

QString appendixTitle()
{
    return QCoreApplication::translate("BriefingExport", "Appendix. Sources");
}

// "[3], [7–9]": the appendix entries a figure cites, runs of three or more as a range.
QString appendixReferences(QList<int> numbers)
{
    std::sort(numbers.begin(), numbers.end());
    QStringList parts;
    for (qsizetype first = 0; first < numbers.size();) {
        qsizetype last = first;
        while (last + 1 < numbers.size() && numbers.at(last + 1) == numbers.at(last) + 1)
            ++last;
        if (last - first >= 2) {
            parts.append(u"[%1–%2]"_s.arg(numbers.at(first)).arg(numbers.at(last)));
        } else {
            for (qsizetype i = first; i <= last; ++i)
                parts.append(u"[%1]"_s.arg(numbers.at(i)));
        }
        first = last + 1;
    }
    return parts.join(u", "_s);
}

// A contents line: the title, wrapped, with its page number on the right of its first line.
int drawContentsEntry(QPainter &painter, int top, const QRect &page, const QString &title, int pageNumber)
{
    const QRect column(page.left() + kMargin, top, page.width() - 2 * kMargin, page.bottom() - top);
    const QString number = QString::number(pageNumber);
    const int numberWidth = painter.fontMetrics().horizontalAdvance(number) + 4 * kGap;
    const QRect text = column.adjusted(0, 0, -numberWidth, 0);
    const QRect bounds = painter.boundingRect(text, Qt::TextWordWrap, title);
    painter.drawText(text, Qt::TextWordWrap, title);
    painter.drawText(column, Qt::AlignRight | Qt::AlignTop, number);
    return top + bounds.height() + 4;
}

void paintCover(QCPPainter &painter, const QRect &page, const Analysis &analysis, const BriefingPack &pack,
                const QList<std::pair<QString, int>> &contents)
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
    y = drawBlock(painter, y + 4, page, pageFont(painter, 9.5), QColor(0x55, 0x55, 0x55),
                  QCoreApplication::translate("BriefingExport", "AI Policy Explorer · dataset %1")
                      .arg(datasetEdition(analysis)));
    y = drawBlock(painter, y + 36, page, pageFont(painter, 12, true), QColor(0x11, 0x11, 0x11),
                  QCoreApplication::translate("BriefingExport", "Contents"));
    y += 6;
    painter.setFont(pageFont(painter, 10.5));
    painter.setPen(QColor(0x22, 0x22, 0x22));
    for (const auto &[title, pageNumber] : contents)
        y = drawContentsEntry(painter, y, page, title, pageNumber);
}

// The sources appendix, laid out before it is painted so its pages can be counted: each source once, in the
// order the figures first cite it, numbered as the figures' footers cite it.
class Appendix
{
public:
    Appendix(const QPainter &painter, const QRect &page, const QStringList &references)
        : m_page(page), m_font(pageFont(painter, 8))
    {
        for (qsizetype i = 0; i < references.size(); ++i)
            m_entries.append(u"[%1] %2"_s.arg(i + 1).arg(references.at(i)));
        const QFontMetrics metrics(m_font, painter.device());
        const QRect column(0, 0, page.width() - 2 * kMargin, 1000000);
        const int bottom = page.bottom() - kMargin;
        int y = page.top() + kMargin + introHeight(painter);
        m_firstEntries.append(0);
        for (qsizetype i = 0; i < m_entries.size(); ++i) {
            const int height = metrics.boundingRect(column, Qt::TextWordWrap, m_entries.at(i)).height();
            if (y + height > bottom && i > m_firstEntries.constLast()) {
                m_firstEntries.append(i);
                y = page.top() + kMargin;
            }
            y += height + kEntrySpacing;
        }
    }

    int count() const { return int(m_firstEntries.size()); }

    void paint(QCPPainter &painter, int index, int number, int total) const
    {
        painter.fillRect(m_page, Qt::white);
        int y = m_page.top() + kMargin;
        if (index == 0) {
            y = drawBlock(painter, y, m_page, pageFont(painter, 15, true), QColor(0x11, 0x11, 0x11),
                          appendixTitle());
            y = drawBlock(painter, y + 2, m_page, pageFont(painter, 9), QColor(0x55, 0x55, 0x55), intro()) +
                10;
        }
        const qsizetype end = index + 1 < count() ? m_firstEntries.at(index + 1) : m_entries.size();
        for (qsizetype i = m_firstEntries.at(index); i < end; ++i)
            y = drawBlock(painter, y, m_page, m_font, QColor(0x22, 0x22, 0x22), m_entries.at(i)) +
                kEntrySpacing;
        paintPageNumber(painter, m_page, number, total);
    }

private:
    static constexpr int kEntrySpacing = 3;

    QString intro() const
    {
        return QCoreApplication::translate(
            "BriefingExport",
            "%n source(s) behind the figures in this pack; the app itself opens no network connection.",
            nullptr, int(m_entries.size()));
    }

    int introHeight(const QPainter &painter) const
    {
        const QRect column(0, 0, m_page.width() - 2 * kMargin, 1000000);
        const auto height = [&](const QFont &font, const QString &text) {
            return QFontMetrics(font, painter.device()).boundingRect(column, Qt::TextWordWrap, text).height();
        };
        return height(pageFont(painter, 15, true), appendixTitle()) + 2 +
               height(pageFont(painter, 9), intro()) + 10;
    }

    QRect m_page;
    QFont m_font;
    QStringList m_entries;
    QList<qsizetype> m_firstEntries; // the first entry of each page
};

} // namespace

bool paintBriefingPack(QPagedPaintDevice &device, const QRect &page, const Analysis &analysis,
                       const BriefingPack &pack, const FigureOptions &options, const ExportProgress &progress)
{
    QList<Figure> figures;
    // Sources numbered in the order the figures first cite them, as the appendix lists them.
    QHash<QString, int> numberOf;
    QStringList references;
    for (const PackFigure &packFigure : pack.figures) {
        Figure figure = buildFigure(analysis, packFigure.filter, packFigure.view, options);
        QString caption = packFigure.caption;
        if (caption.isEmpty()) {
            caption = packFigure.view == ViewKind::Table
                          ? QCoreApplication::translate("BriefingExport", "AI funding programmes")
                          : figure.title;
        }
        figure.title = figureTitle(int(figures.size()) + 1, caption);
        for (qsizetype i = 0; i < figure.sourceIds.size(); ++i) {
            if (!numberOf.contains(figure.sourceIds.at(i))) {
                references.append(figure.references.at(i));
                numberOf.insert(figure.sourceIds.at(i), int(references.size()));
            }
        }
        figures.append(std::move(figure));
    }

    QCPPainter painter(&device);
    prepareVectorPainter(painter);
    painter.setFont(pageFont(painter, 8));
    std::vector<FigurePages> layouts;
    layouts.reserve(figures.size());
    for (const Figure &figure : std::as_const(figures)) {
        QList<int> cited;
        for (const QString &id : figure.sourceIds)
            cited.append(numberOf.value(id));
        layouts.emplace_back(
            painter, page, figure,
            FigurePageOptions{.onePage = false, .appendixReferences = appendixReferences(cited)});
    }
    const Appendix appendix(painter, page, references);

    QList<std::pair<QString, int>> contents;
    int pageCount = 1; // the cover
    for (qsizetype i = 0; i < figures.size(); ++i) {
        contents.append({figures.at(i).title, pageCount + 1});
        pageCount += layouts.at(i).count();
    }
    contents.append({appendixTitle(), pageCount + 1});
    pageCount += appendix.count();

    paintCover(painter, page, analysis, pack, contents);
    paintPageNumber(painter, page, 1, pageCount);
    int number = 1;
    for (qsizetype i = 0; i < figures.size(); ++i) {
        if (progress && !progress(int(i), int(figures.size())))
            return false;
        for (int p = 0; p < layouts.at(i).count(); ++p) {
            device.newPage();
            layouts.at(i).paint(painter, p, ++number, pageCount);
        }
    }
    for (int p = 0; p < appendix.count(); ++p) {
        device.newPage();
        appendix.paint(painter, p, ++number, pageCount);
    }
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

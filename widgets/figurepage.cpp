#include "figurepage.h"

#include "figure.h"

#include <qcustomplot.h>

#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>

#include <array>

using namespace Qt::StringLiterals;

namespace {

constexpr int kMargin = 32;
constexpr int kGap = 8;
constexpr int kBlockSpacing = 4; // between the footer's blocks
constexpr int kEntrySpacing = 3; // between listed sources
constexpr int kCellPadding = 3;
constexpr int kChartGap = 12;                // below the chart
constexpr int kSourcesGap = 16;              // above the list of sources
constexpr double kChartShareWithTable = 0.6; // of the page body, when the table goes under the chart
// The most of a page's body that sources may take beside a chart: a longer list goes on pages of its own,
// or on a one-page device is set smaller.
constexpr double kSourcesShareOfBody = 0.4;
// What the publishers alone, the last and shortest form of a one-page output's sources, may take before the
// list is cut short: more than the fuller forms, since every source named is worth a smaller chart, but not
// so much that the chart is lost.
constexpr double kPublishersShareOfBody = 0.55;
constexpr double kTextPointSize = 8;
// Sizes, in points, tried for each form of the sources of a one-page figure, largest first: 6 pt is the
// smallest that still reads on an office printer.
constexpr std::array kCompactSourcePointSizes{8.0, 7.0, 6.5, 6.0};

const QColor kTitleColour(0x11, 0x11, 0x11);
const QColor kSubtitleColour(0x55, 0x55, 0x55);
const QColor kWarningColour(0xA6, 0x3C, 0x00);
const QColor kSourcesColour(0x33, 0x33, 0x33);
const QColor kFaintColour(0x66, 0x66, 0x66);
const QColor kCellColour(0x22, 0x22, 0x22);
const QColor kStripeColour(0xF3, 0xF5, 0xF8);

constexpr int kWrap = Qt::AlignLeft | Qt::TextWordWrap;

QString pageNumberText(int number, int total)
{
    return QCoreApplication::translate("FigurePage", "Page %1 of %2").arg(number).arg(total);
}

QString sourcesText(const QString &list)
{
    return QCoreApplication::translate("FigurePage", "Sources: %1").arg(list);
}

// The width the page number takes, kept free on every footer so the dataset line never runs into it.
int pageNumberWidth(const QFont &font, const QPaintDevice *device)
{
    return QFontMetrics(font, device).horizontalAdvance(pageNumberText(888, 888)) + kGap;
}

} // namespace

QFont pageFont(const QPainter &painter, double pointSize, bool bold)
{
    QFont font = painter.font();
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

FigurePages::FigurePages(const QPainter &painter, const QRect &page, const Figure &figure,
                         const FigurePageOptions &options)
    : m_figure(figure), m_options(options), m_device(painter.device()), m_baseFont(painter.font()),
      m_page(page), m_inner(page.adjusted(kMargin, kMargin, -kMargin, -kMargin))
{
    m_headerHeight = headerHeight();
    measureTable();
    measureSources();
    if (options.onePage) {
        layOut(compactSources(m_inner.height() - m_headerHeight - footer({}).height - kGap), false);
    } else if (!options.appendixReferences.isEmpty()) {
        layOut(footer(QCoreApplication::translate("FigurePage", "Sources: %1, listed in the appendix.")
                          .arg(options.appendixReferences)),
               false);
    } else {
        layOut(footer({}), true);
        // Sources that went to later pages are pointed to from every page; the line is measured with the
        // widest page numbers, then says where they are.
        if (m_pages.size() > 1 && !m_sourceEntries.isEmpty()) {
            layOut(footer(QCoreApplication::translate("FigurePage", "Sources: listed in full on pages %1–%2.")
                              .arg(888)
                              .arg(888)),
                   true);
            m_footer.sources = sourcesPointer();
        }
    }
}

int FigurePages::textHeight(const QFont &font, int width, const QString &text) const
{
    if (text.isEmpty())
        return 0;
    return QFontMetrics(font, m_device).boundingRect(QRect(0, 0, width, 1000000), kWrap, text).height();
}

QFont FigurePages::font(double pointSize, bool bold) const
{
    QFont font = m_baseFont;
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

int FigurePages::headerHeight() const
{
    int height = textHeight(font(15, true), m_inner.width(), m_figure.title) + 2 +
                 textHeight(font(9.5), m_inner.width(), m_figure.subtitle);
    if (!m_figure.warning.isEmpty())
        height += 2 + textHeight(font(9.5, true), m_inner.width(), m_figure.warning);
    return height + kGap;
}

// The footer's blocks, top to bottom: method note, sources, "Cite as", and the dataset line beside the page
// number, all under a rule.
FigurePages::Footer FigurePages::footer(const QString &sources, double sourcesPointSize) const
{
    const QFont text = font(kTextPointSize);
    const int width = m_inner.width();
    int height = kGap;
    for (const int block :
         {textHeight(text, width, m_figure.note), textHeight(font(sourcesPointSize), width, sources),
          textHeight(text, width, citeAs()),
          textHeight(text, width - pageNumberWidth(text, m_device), m_figure.footer)}) {
        if (block > 0)
            height += block + kBlockSpacing;
    }
    return {sources, sourcesPointSize, height};
}

void FigurePages::measureTable()
{
    const FigureTable &table = m_figure.table;
    QStringList headers;
    for (const FigureTableColumn &column : table.columns)
        headers.append(column.title);
    const auto rowHeight = [&](const QStringList &cells, const QFont &cellFont) {
        int height = 0;
        for (qsizetype c = 0; c < table.columns.size(); ++c) {
            const int width = int(table.columns.at(c).width * m_inner.width()) - 2 * kCellPadding;
            height = std::max(height, textHeight(cellFont, width, cells.value(c)));
        }
        return height + QFontMetrics(cellFont, m_device).lineSpacing() / 2;
    };
    m_tableHeaderHeight = rowHeight(headers, font(kTextPointSize, true));
    m_rowHeights.clear();
    for (const QStringList &row : table.rows)
        m_rowHeights.append(rowHeight(row, font(kTextPointSize)));
}

void FigurePages::measureSources()
{
    m_sourcesHeadingHeight =
        textHeight(font(10, true), m_inner.width(), QCoreApplication::translate("FigurePage", "Sources")) + 4;
    m_sourceEntries.clear();
    m_sourceHeights.clear();
    for (qsizetype i = 0; i < m_figure.references.size(); ++i) {
        m_sourceEntries.append(u"[%1] %2"_s.arg(i + 1).arg(m_figure.references.at(i)));
        m_sourceHeights.append(
            textHeight(font(kTextPointSize), m_inner.width(), m_sourceEntries.constLast()));
    }
}

// Every source on the one page, in the fullest form that fits the share of the body sources may take: in
// full, as publisher and date, or by publisher alone (a figure of every country cites two hundred), each at
// the largest size that fits. Where not even the publishers fit, as many as do are named and the rest
// counted, and the chart keeps its room: the PDF export, which can add pages, lists every source.
FigurePages::Footer FigurePages::compactSources(int bodyHeight) const
{
    if (m_figure.references.isEmpty())
        return footer({});
    const int baseHeight = footer({}).height;
    const int budget = int(bodyHeight * kSourcesShareOfBody);
    const std::array lists{sourcesText(m_sourceEntries.join(u' ')),
                           sourcesText(m_figure.citations.join(u"; "_s) + u'.'),
                           sourcesText(m_figure.publishers.join(u"; "_s) + u'.')};
    const auto fits = [&](const Footer &candidate) { return candidate.height - baseHeight <= budget; };
    for (const QString &list : lists) {
        for (const double pointSize : kCompactSourcePointSizes) {
            if (const Footer fitted = footer(list, pointSize); fits(fitted))
                return fitted;
        }
    }
    const int publishersBudget = int(bodyHeight * kPublishersShareOfBody);
    if (const Footer all = footer(lists.back(), kCompactSourcePointSizes.back());
        all.height - baseHeight <= publishersBudget)
        return all;
    const QStringList &publishers = m_figure.publishers;
    const auto firstPublishers = [&](qsizetype named) {
        const QString rest =
            QCoreApplication::translate("FigurePage", "%n more, listed in full in the PDF export.", nullptr,
                                        int(publishers.size() - named));
        return footer(sourcesText(QStringList(publishers.mid(0, named) + QStringList{rest}).join(u"; "_s)),
                      kCompactSourcePointSizes.back());
    };
    // The most publishers that fit, found by halving: each try lays the text out once.
    qsizetype fitting = 0;
    for (qsizetype low = 1, high = publishers.size() - 1; low <= high;) {
        const qsizetype middle = (low + high) / 2;
        if (firstPublishers(middle).height - baseHeight <= publishersBudget) {
            fitting = middle;
            low = middle + 1;
        } else {
            high = middle - 1;
        }
    }
    return firstPublishers(fitting);
}

void FigurePages::layOut(const Footer &footer, bool sourcesInBody)
{
    m_footer = footer;
    m_pages.clear();
    m_missingRows = 0;
    const int top = m_inner.top() + m_headerHeight;
    const int bottom = m_inner.top() + m_inner.height() - footer.height - kGap;
    const int bodyHeight = std::max(0, bottom - top);
    Page page;
    int y = top;
    const auto place = [&](Placement::Kind kind, qsizetype index, int height) {
        page.append({kind, index, QRect(m_inner.left(), y, m_inner.width(), height)});
        y += height;
    };
    const auto startPage = [&] {
        m_pages.append(page);
        page.clear();
        y = top;
    };
    int sourcesHeight = m_sourcesHeadingHeight;
    for (const int height : m_sourceHeights)
        sourcesHeight += height + kEntrySpacing;

    const FigureTable &table = m_figure.table;
    if (m_figure.hasChart()) {
        int chartHeight = bodyHeight;
        if (!table.columns.isEmpty())
            chartHeight = int(bodyHeight * kChartShareWithTable);
        else if (sourcesInBody && kChartGap + kSourcesGap + sourcesHeight <= bodyHeight * kSourcesShareOfBody)
            chartHeight = bodyHeight - kChartGap - kSourcesGap - sourcesHeight;
        place(Placement::Kind::Chart, 0, chartHeight);
        y += kChartGap;
    }
    if (!table.columns.isEmpty()) {
        if (table.rows.isEmpty())
            place(Placement::Kind::TableHeader, 0, m_tableHeaderHeight);
        for (qsizetype row = 0; row < table.rows.size();) {
            if (bottom - y < m_tableHeaderHeight + m_rowHeights.at(row)) {
                // A fresh page too short for one row would start pages forever: the rest are counted instead.
                if (m_options.onePage || page.isEmpty()) {
                    m_missingRows = table.rows.size() - row;
                    break;
                }
                startPage();
                continue;
            }
            place(Placement::Kind::TableHeader, 0, m_tableHeaderHeight);
            for (; row < table.rows.size() && bottom - y >= m_rowHeights.at(row); ++row)
                place(Placement::Kind::Row, row, m_rowHeights.at(row));
        }
    }
    if (sourcesInBody && !m_sourceEntries.isEmpty() && m_missingRows == 0) {
        if (!page.isEmpty()) {
            y += kSourcesGap;
            if (bottom - y < m_sourcesHeadingHeight + m_sourceHeights.constFirst())
                startPage();
        }
        place(Placement::Kind::SourcesHeading, 0, m_sourcesHeadingHeight);
        for (qsizetype i = 0; i < m_sourceEntries.size(); ++i) {
            // An entry taller than a page still goes on one: a fresh page is never left empty.
            if (bottom - y < m_sourceHeights.at(i) && page.size() > 1)
                startPage();
            place(Placement::Kind::Source, i, m_sourceHeights.at(i));
            y += kEntrySpacing;
        }
    }
    m_pages.append(page);
}

// "Sources: listed in full on pages 7–8.", numbered as the figure's own document numbers them.
QString FigurePages::sourcesPointer() const
{
    QList<int> pages;
    for (qsizetype i = 0; i < m_pages.size(); ++i) {
        if (listsSources(m_pages.at(i)))
            pages.append(int(i) + 1);
    }
    if (pages.size() == 1)
        return QCoreApplication::translate("FigurePage", "Sources: listed in full on page %1.")
            .arg(pages.constFirst());
    return QCoreApplication::translate("FigurePage", "Sources: listed in full on pages %1–%2.")
        .arg(pages.constFirst())
        .arg(pages.constLast());
}

void FigurePages::paint(QCPPainter &painter, int index, int number, int total) const
{
    const Page &page = m_pages.at(index);
    painter.save();
    painter.fillRect(m_page, Qt::white);
    paintHeader(painter);
    paintFooter(painter, page, number, total);
    QStringList headers;
    for (const FigureTableColumn &column : m_figure.table.columns)
        headers.append(column.title);
    for (const Placement &item : page) {
        switch (item.kind) {
        case Placement::Kind::Chart:
            m_figure.paintChart(painter, item.rect);
            break;
        case Placement::Kind::TableHeader:
            painter.setPen(kTitleColour);
            paintRow(painter, item.rect, headers, true);
            painter.setPen(QPen(QColor(0x88, 0x88, 0x88), 0.8));
            painter.drawLine(
                QLineF(item.rect.left(), item.rect.bottom() + 1, item.rect.right(), item.rect.bottom() + 1));
            break;
        case Placement::Kind::Row:
            if (item.index % 2 == 1)
                painter.fillRect(item.rect, kStripeColour);
            painter.setPen(kCellColour);
            paintRow(painter, item.rect, m_figure.table.rows.at(item.index), false);
            break;
        case Placement::Kind::SourcesHeading:
            painter.setFont(font(10, true));
            painter.setPen(kTitleColour);
            painter.drawText(item.rect, kWrap, QCoreApplication::translate("FigurePage", "Sources"));
            break;
        case Placement::Kind::Source:
            painter.setFont(font(kTextPointSize));
            painter.setPen(kSourcesColour);
            painter.drawText(item.rect, kWrap, m_sourceEntries.at(item.index));
            break;
        }
    }
    if (index == count() - 1 && m_missingRows > 0) {
        painter.setFont(font(kTextPointSize));
        painter.setPen(kSubtitleColour);
        painter.drawText(m_page.adjusted(kMargin, 0, -kMargin, -4), Qt::AlignRight | Qt::AlignBottom,
                         QCoreApplication::translate("FigurePage", "%n more rows in the PDF or CSV export",
                                                     nullptr, int(m_missingRows)));
    }
    painter.restore();
}

QString FigurePages::citeAs() const
{
    return QCoreApplication::translate("FigurePage", "Cite as: “%1”, %2.")
        .arg(m_figure.title, m_figure.edition);
}

bool FigurePages::listsSources(const Page &page)
{
    return std::any_of(page.cbegin(), page.cend(),
                       [](const Placement &item) { return item.kind == Placement::Kind::Source; });
}

int FigurePages::drawBlock(QPainter &painter, int y, const QFont &font, const QColor &colour,
                           const QString &text, int width) const
{
    const int height = textHeight(font, width, text);
    if (height > 0) {
        painter.setFont(font);
        painter.setPen(colour);
        painter.drawText(QRect(m_inner.left(), y, width, height), kWrap, text);
    }
    return height;
}

// As headerHeight() measures it.
void FigurePages::paintHeader(QPainter &painter) const
{
    const int width = m_inner.width();
    int y = m_inner.top();
    y += drawBlock(painter, y, font(15, true), kTitleColour, m_figure.title, width) + 2;
    y += drawBlock(painter, y, font(9.5), kSubtitleColour, m_figure.subtitle, width) + 2;
    if (!m_figure.warning.isEmpty())
        drawBlock(painter, y, font(9.5, true), kWarningColour, m_figure.warning, width);
}

// As footer() measures it: an empty block takes no room.
void FigurePages::paintFooter(QPainter &painter, const Page &page, int number, int total) const
{
    const int width = m_inner.width();
    int y = m_inner.top() + m_inner.height() - m_footer.height + kGap;
    painter.setPen(QPen(QColor(0xBB, 0xBB, 0xBB), 0.8));
    painter.drawLine(QLineF(m_inner.left(), y - kGap, m_inner.right(), y - kGap));
    const auto below = [&y](int height) {
        if (height > 0)
            y += height + kBlockSpacing;
    };
    const QFont text = font(kTextPointSize);
    below(drawBlock(painter, y, text, kSubtitleColour, m_figure.note, width));
    // The page that lists the sources needs no pointer to itself; the line keeps its place.
    const QFont sourcesFont = font(m_footer.sourcesPointSize);
    below(listsSources(page) ? textHeight(sourcesFont, width, m_footer.sources)
                             : drawBlock(painter, y, sourcesFont, kSourcesColour, m_footer.sources, width));
    below(drawBlock(painter, y, text, kSubtitleColour, citeAs(), width));
    below(
        drawBlock(painter, y, text, kFaintColour, m_figure.footer, width - pageNumberWidth(text, m_device)));
    paintPageNumber(painter, m_page, number, total);
}

void FigurePages::paintRow(QPainter &painter, const QRect &rect, const QStringList &cells, bool header) const
{
    painter.setFont(font(kTextPointSize, header));
    const int padding = QFontMetrics(painter.font(), m_device).lineSpacing() / 4;
    double x = rect.left();
    for (qsizetype c = 0; c < m_figure.table.columns.size(); ++c) {
        const FigureTableColumn &column = m_figure.table.columns.at(c);
        const double width = column.width * rect.width();
        const QRectF cell(x + kCellPadding, rect.top() + padding, width - 2 * kCellPadding,
                          rect.height() - padding);
        painter.drawText(cell, Qt::TextWordWrap | (column.amount ? Qt::AlignRight : Qt::AlignLeft),
                         cells.value(c));
        x += width;
    }
}

void paintPageNumber(QPainter &painter, const QRect &page, int number, int total)
{
    if (total <= 1)
        return;
    painter.setFont(pageFont(painter, kTextPointSize));
    painter.setPen(kSubtitleColour);
    painter.drawText(page.adjusted(kMargin, kMargin, -kMargin, -kMargin), Qt::AlignRight | Qt::AlignBottom,
                     pageNumberText(number, total));
}

void paintFigure(QCPPainter &painter, const QRect &page, const Figure &figure, QPagedPaintDevice *device)
{
    // Text sizes are the page's own, never the desktop's: what sets no font of its own (the SVG's state)
    // gets this one instead of the application font.
    painter.setFont(pageFont(painter, kTextPointSize));
    const FigurePages pages(painter, page, figure, {.onePage = device == nullptr, .appendixReferences = {}});
    for (int i = 0; i < pages.count(); ++i) {
        if (i > 0)
            device->newPage();
        pages.paint(painter, i, i + 1, pages.count());
    }
}

#include "figurepage.h"

#include "amountformat.h"
#include "displaytext.h"

#include <qcustomplot.h>

#include <QCoreApplication>
#include <QDate>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace {

constexpr int kMargin = 32;
constexpr int kGap = 8;
constexpr int kMaxCitationLines = 4;

// Draws wrapped text from the top of `area` and returns the height it took.
int drawWrapped(QPainter &painter, const QRect &area, const QFont &font, const QColor &colour, const QString &text,
                int flags = Qt::AlignLeft | Qt::TextWordWrap)
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
            text += QCoreApplication::translate("FigurePage", "; and %n more (listed in the CSV export).", nullptr,
                                                int(citations.size() - shown));
        else
            text += u'.';
        const QRect bounds = metrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, text);
        if (bounds.height() <= metrics.lineSpacing() * kMaxCitationLines)
            return text;
    }
    return prefix + QCoreApplication::translate("FigurePage", "%n sources (listed in the CSV export).", nullptr,
                                                int(citations.size()));
}

} // namespace

QFont pageFont(const QPainter &painter, double pointSize, bool bold)
{
    QFont font = painter.font();
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

FigurePage makeFigurePage(const Analysis &analysis, const Filter &filter, const QString &title, const QString &note,
                          const QStringList &sourceIds, const QString &warning)
{
    FigurePage page;
    page.title = title;
    page.warning = warning;
    page.subtitle = describeFilter(analysis, filter);
    page.note = note;
    for (const QString &id : sourceIds)
        page.citations.append(shortCitation(analysis, id));
    page.citations.removeDuplicates();
    const DatasetInfo &info = analysis.dataset().info;
    page.footer = QCoreApplication::translate("FigurePage", "AI Policy Explorer · dataset %1, data as of %2 · printed %3")
                      .arg(info.version, formatDate(info.dataAsOf), formatDate(QDate::currentDate()));
    return page;
}

void paintFigurePage(QCPPainter &painter, const QRect &page, const FigurePage &content, const PaintBody &paintBody)
{
    painter.save();
    painter.fillRect(page, Qt::white);
    const QRect inner = page.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    int top = inner.top();
    top += drawWrapped(painter, QRect(inner.left(), top, inner.width(), inner.height()), pageFont(painter, 15, true),
                       QColor(0x11, 0x11, 0x11), content.title);
    top += 2;
    top += drawWrapped(painter, QRect(inner.left(), top, inner.width(), inner.height()), pageFont(painter, 9.5),
                       QColor(0x55, 0x55, 0x55), content.subtitle);
    if (!content.warning.isEmpty()) {
        top += 2;
        top += drawWrapped(painter, QRect(inner.left(), top, inner.width(), inner.height()), pageFont(painter, 9.5, true),
                           QColor(0xA6, 0x3C, 0x00), content.warning);
    }
    top += kGap;

    // Footer from the bottom up: dataset line, citations, note.
    const QFont small = pageFont(painter, 8);
    const QString citations = fittedCitations(painter, small, inner.width(), content.citations);
    int bottom = inner.bottom();
    const auto heightOf = [&](const QFont &font, const QString &text) {
        if (text.isEmpty())
            return 0;
        painter.setFont(font);
        return painter.boundingRect(QRect(0, 0, inner.width(), 100000), Qt::TextWordWrap, text).height();
    };
    const int footerHeight = heightOf(small, content.footer);
    const int citationHeight = heightOf(small, citations);
    const int noteHeight = heightOf(small, content.note);
    bottom -= footerHeight;
    drawWrapped(painter, QRect(inner.left(), bottom, inner.width(), footerHeight), small, QColor(0x66, 0x66, 0x66),
                content.footer);
    bottom -= citationHeight + 4;
    drawWrapped(painter, QRect(inner.left(), bottom, inner.width(), citationHeight), small, QColor(0x33, 0x33, 0x33),
                citations);
    bottom -= noteHeight + 4;
    drawWrapped(painter, QRect(inner.left(), bottom, inner.width(), noteHeight), small, QColor(0x55, 0x55, 0x55),
                content.note);
    bottom -= kGap;
    painter.setPen(QPen(QColor(0xBB, 0xBB, 0xBB), 0.8));
    painter.drawLine(QLineF(inner.left(), bottom, inner.right(), bottom));

    const QRect body(inner.left(), top, inner.width(), std::max(0, bottom - kGap - top));
    painter.restore();
    if (body.height() > 0)
        paintBody(painter, body);
}

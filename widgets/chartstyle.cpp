#include "chartstyle.h"

#include <array>

namespace {

SeriesStyle othersStyle(bool greyscale)
{
    const QColor grey(0x9A, 0x9A, 0x9A);
    return {grey, grey, greyscale ? QPen(QColor(0x20, 0x20, 0x20), 0.8) : QPen(Qt::white, 0.5),
            greyscale ? QCPScatterStyle::ssDot : QCPScatterStyle::ssCircle};
}

} // namespace

SeriesStyle seriesStyle(int slot, bool greyscale)
{
    if (slot < 0)
        return othersStyle(greyscale);
    if (!greyscale) {
        static constexpr std::array<QRgb, 8> okabeIto{0x0072B2, 0xE69F00, 0x009E73, 0xD55E00,
                                                      0x56B4E9, 0xCC79A7, 0x999933, 0x000000};
        const QColor base = QColor::fromRgb(okabeIto[std::size_t(slot) % okabeIto.size()]);
        const int round = slot / int(okabeIto.size());
        const QColor colour = round == 0 ? base : base.darker(100 + 35 * round);
        return {colour, colour, QPen(Qt::white, 0.5), QCPScatterStyle::ssCircle};
    }
    // Alternate solid lightness steps with dark hatching, so neighbours in a stack never look alike.
    struct Grey
    {
        int level;
        Qt::BrushStyle pattern;
        QCPScatterStyle::ScatterShape marker;
    };
    static constexpr std::array<Grey, 8> greys{{
        {0x30, Qt::SolidPattern, QCPScatterStyle::ssCircle},
        {0xB8, Qt::SolidPattern, QCPScatterStyle::ssSquare},
        {0x30, Qt::BDiagPattern, QCPScatterStyle::ssTriangle},
        {0x78, Qt::SolidPattern, QCPScatterStyle::ssDiamond},
        {0x30, Qt::CrossPattern, QCPScatterStyle::ssTriangleInverted},
        {0xE0, Qt::SolidPattern, QCPScatterStyle::ssCrossCircle},
        {0x30, Qt::FDiagPattern, QCPScatterStyle::ssPlusSquare},
        {0x58, Qt::Dense4Pattern, QCPScatterStyle::ssStar},
    }};
    const Grey &grey = greys[std::size_t(slot) % greys.size()];
    const QColor colour(grey.level, grey.level, grey.level);
    return {colour, QBrush(colour, grey.pattern), QPen(QColor(0x20, 0x20, 0x20), 0.8), grey.marker};
}

void applyChartStyle(QCustomPlot *plot)
{
    plot->setBackground(Qt::white);
    plot->setAntialiasedElements(QCP::aeAll);
    plot->setNoAntialiasingOnDrag(true);
    QFont font = plot->font();
    font.setPointSizeF(9);
    plot->setFont(font);
    plot->legend->setFont(font);
    plot->legend->setBorderPen(QPen(QColor(0xCC, 0xCC, 0xCC)));
    plot->legend->setBrush(QColor(255, 255, 255, 230));
}

QString SuffixAxisTicker::getTickLabel(double tick, const QLocale &locale, QChar formatChar, int precision)
{
    return QCPAxisTicker::getTickLabel(tick, locale, formatChar, precision) + m_suffix;
}

#include "chartstyle.h"

#include "seriescolours.h"

#include <algorithm>
#include <array>

namespace {

// Greyscale outlines: near black, so a light fill or marker still shows on white paper.
const QColor kInk(0x20, 0x20, 0x20);

SeriesStyle othersStyle(bool greyscale)
{
    const QColor grey(0x9A, 0x9A, 0x9A);
    if (!greyscale)
        return {grey, grey, QPen(Qt::white, 0.5), QCPScatterStyle::ssCircle, grey.darker(130)};
    // An open cross: every slot's marker is a filled shape, so the others never pass for a country. Drawn
    // in mid grey rather than the countries' near black, so the many small programmes stay behind them.
    return {grey, grey, QPen(kInk, 0.8), QCPScatterStyle::ssCross, grey.darker(150)};
}

} // namespace

SeriesStyle seriesStyle(int slot, bool greyscale)
{
    if (slot < 0)
        return othersStyle(greyscale);
    if (!greyscale) {
        // Okabe–Ito, then the same eight darkened (QColor::darker(135)) and marked with squares, so a
        // timeline tells the second eight from the first where two hues are close. Black does not darken:
        // indigo takes its place.
        static constexpr std::array<QRgb, kCountrySlots> palette{
            0x0072B2, 0xE69F00, 0x009E73, 0xD55E00, 0x56B4E9, 0xCC79A7, 0x999933, 0x000000,
            0x005484, 0xAA7600, 0x007555, 0x9E4600, 0x4085AD, 0x975A7C, 0x717126, 0x332288,
        };
        const QColor colour = QColor::fromRgb(palette[std::size_t(slot) % palette.size()]);
        const bool secondEight = slot % int(palette.size()) >= 8;
        return {colour, colour, QPen(Qt::white, 0.5),
                secondEight ? QCPScatterStyle::ssSquare : QCPScatterStyle::ssCircle, colour.darker(130)};
    }
    // Fills alternate solid tones with hatching and stipples, so neighbours in a stack never look alike;
    // the last four repeat hatches in lighter lines. No stipple is 50%: blurred in print it would read as
    // the others' grey. Markers show no pattern: they cycle five shapes against three tones, which share no
    // factor, so no two of the first fifteen slots repeat a (shape, tone) pair; the sixteenth has a shape of
    // its own.
    struct Grey
    {
        int fillLevel;
        Qt::BrushStyle pattern;
        QCPScatterStyle::ScatterShape marker;
        int markerLevel;
    };
    static constexpr std::array<Grey, kCountrySlots> greys{{
        {0x30, Qt::SolidPattern, QCPScatterStyle::ssCircle, 0x30},
        {0xCC, Qt::SolidPattern, QCPScatterStyle::ssSquare, 0x90},
        {0x30, Qt::BDiagPattern, QCPScatterStyle::ssDiamond, 0xE8},
        {0x68, Qt::SolidPattern, QCPScatterStyle::ssTriangle, 0x30},
        {0x30, Qt::CrossPattern, QCPScatterStyle::ssTriangleInverted, 0x90},
        {0xFF, Qt::SolidPattern, QCPScatterStyle::ssCircle, 0xE8},
        {0x30, Qt::FDiagPattern, QCPScatterStyle::ssSquare, 0x30},
        {0x30, Qt::Dense2Pattern, QCPScatterStyle::ssDiamond, 0x90},
        {0x30, Qt::HorPattern, QCPScatterStyle::ssTriangle, 0xE8},
        {0x30, Qt::Dense6Pattern, QCPScatterStyle::ssTriangleInverted, 0x30},
        {0x30, Qt::VerPattern, QCPScatterStyle::ssCircle, 0x90},
        {0x30, Qt::DiagCrossPattern, QCPScatterStyle::ssSquare, 0xE8},
        {0x90, Qt::HorPattern, QCPScatterStyle::ssDiamond, 0x30},
        {0x90, Qt::BDiagPattern, QCPScatterStyle::ssTriangle, 0x90},
        {0x90, Qt::VerPattern, QCPScatterStyle::ssTriangleInverted, 0xE8},
        {0x90, Qt::FDiagPattern, QCPScatterStyle::ssCrossCircle, 0xE8},
    }};
    const Grey &grey = greys[std::size_t(slot) % greys.size()];
    const QColor fill(grey.fillLevel, grey.fillLevel, grey.fillLevel);
    return {QColor(grey.markerLevel, grey.markerLevel, grey.markerLevel), QBrush(fill, grey.pattern),
            QPen(kInk, 0.8), grey.marker, kInk};
}

QCPScatterStyle markerStyle(const SeriesStyle &style, double size, int fillAlpha)
{
    QColor fill = style.colour;
    fill.setAlpha(fillAlpha);
    return QCPScatterStyle(style.marker, QPen(style.markerOutline, 1), fill,
                           std::max(size, kMinimumMarkerSize));
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

#pragma once

#include <QFont>
#include <QList>
#include <QRect>
#include <QSize>
#include <QString>

struct Figure;
class QCPPainter;
class QPagedPaintDevice;
class QPaintDevice;
class QPainter;

// One layout puts a figure on paper, whatever the device (printer, PDF, SVG, image): title, the filters in
// words, any warning, the chart and/or its table, the method note, every source, a line to cite it by, the
// dataset version and, on a document of several pages, "Page N of M".

// The smallest page, in pixels at 96 dpi, that leaves a chart room to be read: on a smaller one the title,
// filters, note and sources take the page, and the chart is squeezed to a sliver or left out.
inline constexpr QSize kMinimumPageSize{720, 540};

// How a figure's pages cite their sources.
struct FigurePageOptions
{
    // The device holds one page (an image, an SVG): the sources are set compactly on it, and table rows that
    // do not fit are counted at its foot.
    bool onePage = false;
    // In a briefing pack: the appendix entries the figure cites, such as "[3], [7–9]", in place of the
    // figure's own list of sources.
    QString appendixReferences;
};

// A figure laid out on pages before any is painted, so every page can say "Page N of M" and a pack can list
// its contents with page numbers. Tables repeat their header row on each page and wrap long cells rather
// than cut them; the sources follow the figure, each listed once in full.
class FigurePages
{
public:
    // Lays out `figure` for pages `page` pixels at 96 dpi, measured with the painter's device and font.
    // `figure` must outlive this object.
    FigurePages(const QPainter &painter, const QRect &page, const Figure &figure,
                const FigurePageOptions &options = {});

    int count() const { return int(m_pages.size()); }
    // Paints page `index` of the figure; it is page `number` of `total` in the document (0 of 0: unnumbered).
    void paint(QCPPainter &painter, int index, int number, int total) const;

private:
    struct Placement
    {
        enum class Kind
        {
            Chart,
            TableHeader,
            Row,
            SourcesHeading,
            Source
        };
        Kind kind;
        qsizetype index; // of the row or source
        QRect rect;
    };
    using Page = QList<Placement>;

    struct Footer
    {
        QString sources; // a paragraph of sources, appendix references or where the sources are listed
        double sourcesPointSize = 8;
        int height = 0;
    };

    int textHeight(const QFont &font, int width, const QString &text) const;
    QFont font(double pointSize, bool bold = false) const;
    int headerHeight() const;
    Footer footer(const QString &sources, double sourcesPointSize = 8) const;
    void measureTable();
    void measureSources();
    Footer compactSources(int bodyHeight) const;
    void layOut(const Footer &footer, bool sourcesInBody);
    QString sourcesPointer() const;
    QString citeAs() const;
    static bool listsSources(const Page &page);
    // Draws `text` wrapped to `width` at `y` and returns the height it took.
    int drawBlock(QPainter &painter, int y, const QFont &font, const QColor &colour, const QString &text,
                  int width) const;
    void paintHeader(QPainter &painter) const;
    void paintFooter(QPainter &painter, const Page &page, int number, int total) const;
    void paintRow(QPainter &painter, const QRect &rect, const QStringList &cells, bool header) const;

    const Figure &m_figure;
    FigurePageOptions m_options;
    const QPaintDevice *m_device;
    QFont m_baseFont;
    QRect m_page;
    QRect m_inner;
    int m_headerHeight = 0;
    int m_tableHeaderHeight = 0;
    QList<int> m_rowHeights;
    int m_sourcesHeadingHeight = 0;
    QStringList m_sourceEntries; // numbered, for the list after the figure
    QList<int> m_sourceHeights;
    Footer m_footer;
    QList<Page> m_pages;
    qsizetype m_missingRows = 0; // rows that did not fit a one-page device or a page too short for a row
};

// Paints `figure` in `page` pixels at 96 dpi onto `painter`: on as many pages of `device` as it needs, or on
// the one page of a device that holds only one (an image, an SVG) when `device` is null.
void paintFigure(QCPPainter &painter, const QRect &page, const Figure &figure, QPagedPaintDevice *device);

// "Page N of M" at the foot of `page`, where every page of a figure or pack has it.
void paintPageNumber(QPainter &painter, const QRect &page, int number, int total);

// The painter's font at `pointSize`, for page furniture.
QFont pageFont(const QPainter &painter, double pointSize, bool bold = false);

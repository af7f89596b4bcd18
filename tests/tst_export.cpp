#include "briefingexport.h"
#include "comparisonchart.h"
#include "csv.h"
#include "csvexport.h"
#include "figureexport.h"
#include "figurepage.h"
#include "recipientsbuilder.h"
#include "testsupport.h"
#include "translation.h"

#include "figureplot.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QPdfWriter>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <csignal>
#include <cstring>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

// Lowers this process's file-size limit while it lives, so a write stops part-way as on a full disk. SIGXFSZ
// is ignored meanwhile, as the app ignores it, so the write fails with EFBIG instead of ending the process.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_saved);
        rlimit lowered = m_saved;
        lowered.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &lowered);
        m_handler = std::signal(SIGXFSZ, SIG_IGN);
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_handler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

private:
    rlimit m_saved{};
    void (*m_handler)(int) = nullptr;
};

} // namespace

// Paper and file outputs: what a reader of the PDF, SVG, PNG or CSV actually gets.
class TestExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pdfHasOnePageWithTitleFiltersSourcesAndVersion();
    void pdfEmbedsEveryFont();
    void mapPdfNamesItsClassesAndMethod();
    void tablePdfContinuesOverPages();
    void printedPackHasThePagesOfTheExportedOne();
    void recipientsCsvHoldsTheBarsShown();
    void pageTooShortForARowEndsTheTable();
    void tooSmallPageIsRefused_data();
    void tooSmallPageIsRefused();
    void smallestPageShowsTheChart_data();
    void smallestPageShowsTheChart();
    void svgIsSelfContainedWithTitle();
    void svgReadsAsThePdfInAnotherRenderer_data();
    void svgReadsAsThePdfInAnotherRenderer();
    void pngHasRequestedSizeAndDpi_data();
    void pngHasRequestedSizeAndDpi();
    void greyscaleUsesNoColour();
    void paperIgnoresTheDesktopPaletteAndFont_data();
    void paperIgnoresTheDesktopPaletteAndFont();
    void csvEqualsPlottedValues();
    void chartWithTablePrintsTheFigures();
    void briefingPackHasCoverFiguresAndSources();
    void briefingPackSpecNamesWhatIsWrong();
    void cancelledPackLeavesNoFile();
    void failedWriteSaysWhy();
    void failedWriteKeepsTheOldFile_data();
    void failedWriteKeepsTheOldFile();
    void printingToPdfUsesTheSamePage();
    void everyPageOfATableSaysPageNOfM();
    void tableExportNeverCutsAnAmount();
    void everySourceIsListed_data();
    void everySourceIsListed();
    void onePageOutputsNameEverySource();
    void smallestOnePageCountsTheSourcesItCannotName();
    void packFiguresCiteTheirAppendixEntries();

private:
    QString tool(const QString &name) const;
    QString run(const QString &program, const QStringList &arguments) const;
    int pageCount(const QString &pdf) const;
    QString pdfText(const QString &pdf, int page = 0) const { return pdfToText(pdf, u"-layout"_s, page); }
    struct PdfWord
    {
        QString text;
        QRectF box; // points, from the page's top left
    };
    QList<PdfWord> pdfWordBoxes(const QString &pdf) const;

    std::shared_ptr<const Analysis> m_analysis;
    std::shared_ptr<const Analysis> m_bundled;
    QTemporaryDir m_dir;
};

void TestExport::initTestCase()
{
    m_analysis = fixtureAnalysis();
    const AnalysisLoadResult bundled = loadAnalysis(QStringLiteral(APE_BUNDLED_DATASET));
    QVERIFY2(bundled.analysis, qPrintable(bundled.error));
    m_bundled = bundled.analysis;
    for (const QString &name : {u"pdftotext"_s, u"pdfinfo"_s, u"pdffonts"_s})
        QVERIFY2(!tool(name).isEmpty(), qPrintable(name + u" (poppler-utils) is part of the test setup"_s));
    QVERIFY2(!tool(u"rsvg-convert"_s).isEmpty(),
             "rsvg-convert (librsvg2-bin, installed by packaging/dev.sh) is part of the test setup");
}

QString TestExport::tool(const QString &name) const
{
    return QStandardPaths::findExecutable(name);
}

QString TestExport::run(const QString &program, const QStringList &arguments) const
{
    QProcess process;
    process.start(tool(program), arguments);
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

int TestExport::pageCount(const QString &pdf) const
{
    for (const QString &line : run(u"pdfinfo"_s, {pdf}).split(u'\n')) {
        if (line.startsWith(u"Pages:"))
            return line.mid(6).trimmed().toInt();
    }
    return -1;
}

void TestExport::pdfHasOnePageWithTitleFiltersSourcesAndVersion()
{
    Filter filter = fixtureFilter();
    filter.countries = {u"JPN"_s, u"USA"_s};
    const QString path = m_dir.filePath(u"comparison.pdf"_s);
    QCOMPARE(exportView(*m_analysis, filter, ViewKind::Comparison, path), QString());
    QCOMPARE(pageCount(path), 1);
    const QString text = pdfText(path);
    QVERIFY2(text.contains(u"Committed AI funding by country and category"_s), qPrintable(text));
    QVERIFY(text.contains(u"Japan, United States · 2016–2026 · All categories · Public · USD"_s));
    QVERIFY(text.contains(u"[1] Example Gov. CHIPS. August 2022. "_s));
    QVERIFY(text.contains(u"[3] Example News. Foundation model support, \"reported\". "_s));
    QVERIFY(text.contains(u"dataset Test data test.1, data as of 31 January 2026"_s));
    QVERIFY2(pdfWords(path).contains(u"Cite as: “Committed AI funding by country and category”, AI Policy "
                                     u"Explorer, dataset Test data test.1, data as of "_s),
             qPrintable(pdfWords(path)));
    QVERIFY(!text.contains(u"Page 1 of"_s)); // a one-page document is not numbered
}

void TestExport::pdfEmbedsEveryFont()
{
    const QString path = m_dir.filePath(u"fonts.pdf"_s);
    QCOMPARE(exportView(*m_analysis, fixtureFilter(), ViewKind::Recipients, path), QString());
    const QStringList lines = run(u"pdffonts"_s, {path}).split(u'\n', Qt::SkipEmptyParts).mid(2);
    QVERIFY(!lines.isEmpty());
    for (const QString &line : lines) {
        // Columns: name type encoding emb sub uni object ID; "emb" must be yes for every font.
        QVERIFY2(line.contains(u" yes "_s), qPrintable(line));
    }
}

void TestExport::mapPdfNamesItsClassesAndMethod()
{
    Filter filter = fixtureFilter();
    filter.comparisonDisplay = ComparisonDisplay::Map;
    const QString path = m_dir.filePath(u"map.pdf"_s);
    QCOMPARE(exportView(*m_analysis, filter, ViewKind::Comparison, path), QString());
    QCOMPARE(pageCount(path), 1);
    const QString words = pdfWords(path);
    for (const QString &expected :
         {u"Committed AI funding by country"_s, u"less than $7.6 bn"_s, u"$7.6 bn to $52 bn"_s,
          u"$52 bn or more"_s, u"No data"_s, u"Equal Earth projection"_s,
          u"imply no position on any border"_s, u"dataset Test data test.1"_s})
        QVERIFY2(words.contains(expected), qPrintable(expected + u" not in: "_s + words));
}

void TestExport::tablePdfContinuesOverPages()
{
    const QString path = m_dir.filePath(u"table.pdf"_s);
    QCOMPARE(exportView(*m_bundled, fixtureFilter(), ViewKind::Table, path), QString());
    const int rows = int(m_bundled->tableRows(fixtureFilter()).size());
    QVERIFY2(pageCount(path) >= rows / 30, qPrintable(QString::number(pageCount(path))));
    // Every programme is on paper: the last row of the table appears in the text.
    const QString lastName = m_bundled->tableRows(fixtureFilter()).constLast()->nameEn.left(25);
    QVERIFY2(pdfText(path).contains(lastName), qPrintable(lastName));
}

void TestExport::recipientsCsvHoldsTheBarsShown()
{
    // On the bundled dataset many programmes have recipients; the CSV holds those of the bars on screen.
    for (const RecipientsMode mode : {RecipientsMode::Programme, RecipientsMode::Ranking}) {
        Filter filter = defaultFilter(m_bundled->dataset());
        filter.recipientsMode = mode;
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadWrite);
        QVERIFY(writeViewCsv(buffer, ViewKind::Recipients, *m_bundled, filter));
        buffer.seek(0);
        QSet<QString> inCsv;
        for (const CsvRecord &record : readCsv(buffer).records)
            inCsv.insert(record.fields.at(2));
        QSet<QString> bars;
        for (const RecipientBar &bar : buildRecipients(*m_bundled, filter).bars)
            bars.insert(bar.label);
        QCOMPARE(inCsv, bars);
    }
}

void TestExport::pageTooShortForARowEndsTheTable()
{
    // Header and footer fill a 150-pixel page, so no row fits: one page that says so, not pages forever.
    // Exports refuse so small a page, so the layout is given one directly.
    const QString path = m_dir.filePath(u"short.pdf"_s);
    const QRect page(0, 0, 1123, 150);
    {
        QPdfWriter writer(path);
        setUpPdfWriter(writer, page.size(), {});
        QCPPainter painter(&writer);
        prepareVectorPainter(painter);
        paintFigure(painter, page, buildFigure(*m_analysis, fixtureFilter(), ViewKind::Table), &writer);
    }
    QCOMPARE(pageCount(path), 1);
    const int rows = int(m_analysis->tableRows(fixtureFilter()).size());
    QVERIFY2(pdfText(path).contains(u"%1 more rows"_s.arg(rows)), qPrintable(pdfText(path)));
}

void TestExport::tooSmallPageIsRefused_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("smallest");
    QTest::addRow("PNG of one colour") << u"tiny.png"_s << QSize(200, 150) << u"2250×1688"_s;
    QTest::addRow("A4 in pixels at 300 dpi") << u"a4.png"_s << QSize(1123, 794) << u"2250×1688"_s;
    QTest::addRow("narrow PDF") << u"narrow.pdf"_s << QSize(719, 1123) << u"720×540"_s;
    QTest::addRow("short SVG") << u"short.svg"_s << QSize(1123, 539) << u"720×540"_s;
    QTest::addRow("short briefing pack") << u"briefing.pdf"_s << QSize(1123, 539) << u"720×540"_s;
}

void TestExport::tooSmallPageIsRefused()
{
    // Title, filters, note and sources would leave the chart no room: the export says how large it must be.
    QFETCH(QString, fileName);
    QFETCH(QSize, size);
    QFETCH(QString, smallest);
    const QString path = m_dir.filePath(fileName);
    ExportOptions options;
    options.size = size;
    const QString error =
        fileName.startsWith(u"briefing")
            ? exportBriefingPack(*m_bundled, defaultBriefingPack(fixtureFilter()), path, options)
            : exportView(*m_bundled, fixtureFilter(), ViewKind::Comparison, path, options);
    QVERIFY2(error.startsWith(path + u": "_s) && error.endsWith(u"the smallest is "_s + smallest),
             qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

void TestExport::smallestPageShowsTheChart_data()
{
    QTest::addColumn<ViewKind>("view");
    for (const ViewKind view : {ViewKind::Timeline, ViewKind::Recipients, ViewKind::Comparison})
        QTest::addRow("%s", qPrintable(enumKey(view))) << view;
}

void TestExport::smallestPageShowsTheChart()
{
    // The chart is drawn on the smallest page allowed: its markers or bars colour the picture, which the
    // title, filters and sources alone, all in greys, would not.
    QFETCH(ViewKind, view);
    const QString path = m_dir.filePath(u"smallest-%1.png"_s.arg(enumKey(view)));
    ExportOptions options;
    options.size = minimumExportSize(ExportFormat::Png, options.dpi);
    QCOMPARE(exportView(*m_bundled, fixtureFilter(), view, path, options), QString());
    const QImage image(path);
    QCOMPARE(image.size(), options.size);
    int coloured = 0;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4)
            coloured += image.pixelColor(x, y).hsvSaturation() > 80;
    }
    QVERIFY2(coloured > 500, qPrintable(QString::number(coloured)));
}

void TestExport::svgIsSelfContainedWithTitle()
{
    const QString path = m_dir.filePath(u"recipients.svg"_s);
    QCOMPARE(exportView(*m_analysis, fixtureFilter(), ViewKind::Recipients, path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll());
    QVERIFY(svg.contains(u"<title>GPU cloud subsidies 2024 — up to ¥72.5 billion</title>"_s));
    QVERIFY(!svg.contains(u"href=\"http"_s)); // no external references
    QVERIFY(!svg.contains(u"href=\"file"_s));
    QVERIFY(svg.contains(u"fill=\"#ffffff\""_s)); // white page, not transparent
}

QList<TestExport::PdfWord> TestExport::pdfWordBoxes(const QString &pdf) const
{
    // The first page's words with their boxes; ligatures (ﬁ) and full-width forms read as plain letters.
    QList<PdfWord> words;
    QXmlStreamReader xml(run(u"pdftotext"_s, {u"-bbox"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, pdf, u"-"_s}));
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"word")
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        const QRectF box(QPointF(a.value(u"xMin"_s).toDouble(), a.value(u"yMin"_s).toDouble()),
                         QPointF(a.value(u"xMax"_s).toDouble(), a.value(u"yMax"_s).toDouble()));
        words.append({xml.readElementText().normalized(QString::NormalizationForm_KC), box});
    }
    return words;
}

void TestExport::svgReadsAsThePdfInAnotherRenderer_data()
{
    QTest::addColumn<ViewKind>("view");
    QTest::addColumn<bool>("japanese");
    QTest::addColumn<bool>("greyscale");
    QTest::addRow("timeline") << ViewKind::Timeline << false << false;
    QTest::addRow("recipients") << ViewKind::Recipients << false << false;
    QTest::addRow("comparison, greyscale") << ViewKind::Comparison << false << true;
    QTest::addRow("recipients, Japanese") << ViewKind::Recipients << true << false;
    QTest::addRow("table, Japanese") << ViewKind::Table << true << false;
}

void TestExport::svgReadsAsThePdfInAnotherRenderer()
{
    // An SVG goes into Word, LibreOffice or Inkscape, which read it with renderers of their own. librsvg,
    // one of them, turns it into a PDF whose words are the words of our own PDF of the same page, in the
    // same places; and it draws nothing Qt did not, such as a dot before each of the bars' end labels. The
    // PDF is painted on one page, as the SVG is: a PDF export of several pages lists the sources apart.
    QFETCH(ViewKind, view);
    QFETCH(bool, japanese);
    QFETCH(bool, greyscale);
    const QFont font = QApplication::font();
    const auto restore = qScopeGuard([&] {
        applyLanguage(Language::English);
        QApplication::setFont(font);
    });
    preferJapaneseFontWithFaithfulPdfText(); // as main() does
    if (japanese)
        applyLanguage(Language::Japanese);
    ExportOptions options;
    options.greyscale = greyscale;
    const QString name = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-').remove(u',');
    const QString pdf = m_dir.filePath(name + u".pdf"_s);
    const QString svg = m_dir.filePath(name + u".svg"_s);
    QCOMPARE(exportView(*m_analysis, fixtureFilter(), view, svg, options), QString());
    {
        const QRect page(QPoint(0, 0), defaultPageSize());
        QPdfWriter writer(pdf);
        setUpPdfWriter(writer, page.size(), {});
        QCPPainter painter(&writer);
        prepareVectorPainter(painter);
        paintFigure(painter, page, buildFigure(*m_analysis, fixtureFilter(), view, options), nullptr);
    }
    if (greyscale) { // hatching, drawn in its tiles rather than through masks, which librsvg rasterises
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("<pattern") && !bytes.contains("<mask") &&
                !bytes.contains("baseProfile=\"tiny\""));
    }
    const QString rendered = m_dir.filePath(name + u".rsvg.pdf"_s);
    const QString image = m_dir.filePath(name + u".rsvg.png"_s);
    QProcess rsvg;
    for (const auto &[format, output] : {std::pair{u"pdf"_s, rendered}, std::pair{u"png"_s, image}}) {
        rsvg.start(tool(u"rsvg-convert"_s), {u"-f"_s, format, u"-o"_s, output, svg});
        QVERIFY(rsvg.waitForFinished(30000));
        QVERIFY2(rsvg.exitCode() == 0, rsvg.readAllStandardError().constData());
    }

    const QList<PdfWord> ours = pdfWordBoxes(pdf);
    const QList<PdfWord> theirs = pdfWordBoxes(rendered);
    // The same words, in any order. Where pdftotext cuts words depends on the fonts' boxes, which differ:
    // Japanese, written without spaces, it cuts at changes of font, and it may join "(" to what follows.
    // So words are compared as their runs of Latin letters and digits, and every other character alone.
    const auto tokens = [](const QList<PdfWord> &words) {
        QStringList tokens;
        for (const PdfWord &word : words) {
            QString run;
            for (const QChar c : word.text) {
                if (c.unicode() < 0x2E80 && c.isLetterOrNumber()) { // below the CJK blocks
                    run += c;
                    continue;
                }
                if (!run.isEmpty())
                    tokens.append(std::exchange(run, {}));
                tokens.append(c);
            }
            if (!run.isEmpty())
                tokens.append(run);
        }
        tokens.sort();
        return tokens;
    };
    QVERIFY(ours.size() > 20);
    QCOMPARE(tokens(theirs), tokens(ours));

    // In the same places: a word both cut alike lies where ours does, to within the rounding of their
    // coordinates. Text set in another font or size than Qt measured ends up points away.
    QList<PdfWord> unmatched = theirs;
    int placed = 0;
    for (const PdfWord &word : ours) {
        const auto nearest = std::min_element(unmatched.begin(), unmatched.end(), [&](auto &a, auto &b) {
            const auto distance = [&](const PdfWord &w) {
                return w.text != word.text ? 1e9 : QLineF(w.box.center(), word.box.center()).length();
            };
            return distance(a) < distance(b);
        });
        if (nearest == unmatched.end() || nearest->text != word.text)
            continue;
        const QRectF box = nearest->box;
        unmatched.erase(nearest);
        QVERIFY2(qAbs(box.left() - word.box.left()) < 2 && qAbs(box.right() - word.box.right()) < 2 &&
                     qAbs(box.center().y() - word.box.center().y()) < 2,
                 qPrintable(u"'%1' at %2,%3–%4 in the SVG, %5,%6–%7 in the PDF"_s.arg(word.text)
                                .arg(box.left())
                                .arg(box.top())
                                .arg(box.right())
                                .arg(word.box.left())
                                .arg(word.box.top())
                                .arg(word.box.right())));
        ++placed;
    }
    QVERIFY2(placed > ours.size() * 3 / 4, qPrintable(u"%1 of %2"_s.arg(placed).arg(ours.size())));

    // Nothing just before a bar's end label ("$334 m · 69.1%"), between the plot and its first word.
    if (view != ViewKind::Recipients)
        return;
    const QImage png(image);
    QCOMPARE(png.size(), defaultPageSize()); // one pixel per unit of the page
    int labels = 0;
    for (const PdfWord &share : ours) {
        if (!share.text.endsWith(u'%'))
            continue;
        QRectF first = share.box;
        for (bool moved = true; moved;) {
            moved = false;
            for (const PdfWord &word : ours) {
                if (qAbs(word.box.center().y() - first.center().y()) < 1 &&
                    word.box.right() <= first.left() && word.box.right() > first.left() - 8) {
                    first = word.box;
                    moved = true;
                }
            }
        }
        constexpr double kPixelsPerPoint = 96.0 / 72.0;
        const QRect before =
            QRectF(QPointF(first.left() - 12, first.top()), QPointF(first.left() - 1, first.bottom()))
                .toAlignedRect();
        for (int y = int(before.top() * kPixelsPerPoint); y <= int(before.bottom() * kPixelsPerPoint); ++y) {
            for (int x = int(before.left() * kPixelsPerPoint); x <= int(before.right() * kPixelsPerPoint);
                 ++x)
                QVERIFY2(png.pixelColor(x, y).lightness() > 200,
                         qPrintable(u"a mark at %1,%2, before '%3'"_s.arg(x).arg(y).arg(share.text)));
        }
        ++labels;
    }
    QVERIFY(labels > 0);
}

void TestExport::pngHasRequestedSizeAndDpi_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("dpi");
    QTest::addRow("print resolution") << QSize(2400, 1800) << 300;
    QTest::addRow("screen resolution") << QSize(900, 600) << 96;
}

void TestExport::pngHasRequestedSizeAndDpi()
{
    QFETCH(QSize, size);
    QFETCH(int, dpi);
    const QString path = m_dir.filePath(u"comparison-%1.png"_s.arg(dpi));
    ExportOptions options;
    options.size = size;
    options.dpi = dpi;
    QCOMPARE(exportView(*m_analysis, fixtureFilter(), ViewKind::Comparison, path, options), QString());
    const QImage image(path);
    QCOMPARE(image.size(), size);
    QCOMPARE(image.dotsPerMeterX(), qRound(dpi / 0.0254));
    QCOMPARE(image.dotsPerMeterY(), qRound(dpi / 0.0254));
}

void TestExport::greyscaleUsesNoColour()
{
    ComparisonChart chart(m_analysis);
    chart.setGreyscale(true);
    chart.apply(fixtureFilter());
    const QImage image = renderFigureImage(
        buildFigure(*m_analysis, fixtureFilter(), ViewKind::Comparison, {.greyscale = true}),
        defaultPageSize(), 96);
    int coloured = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            coloured += qMax(qAbs(c.red() - c.green()), qAbs(c.green() - c.blue())) > 12;
        }
    }
    QCOMPARE(coloured, 0);
    // Neighbouring stacks differ: the first series is solid dark, the second solid light.
    const QList<QCPBars *> bars{qobject_cast<QCPBars *>(chart.plot()->plottable(0)),
                                qobject_cast<QCPBars *>(chart.plot()->plottable(1))};
    QVERIFY(bars[0]->brush().color().lightness() < 100);
    QVERIFY(bars[1]->brush().color().lightness() > 150);
}

void TestExport::paperIgnoresTheDesktopPaletteAndFont_data()
{
    QTest::addColumn<ViewKind>("view");
    for (const ViewKind view : allEnumValues<ViewKind>())
        QTest::addRow("%s", qPrintable(enumKey(view))) << view;
}

void TestExport::paperIgnoresTheDesktopPaletteAndFont()
{
    // Paper is always light and sizes its own text: a dark desktop with a large font changes nothing on the
    // page, neither its pixels nor the SVG's fonts and colours. The page is as short as allowed and the
    // bundled dataset's tables are long, so their rows do not all fit and the note saying so is on it too.
    QFETCH(ViewKind, view);
    ExportOptions options;
    options.withTable = true;
    options.size = QSize(1123, kMinimumPageSize.height());
    const Figure figure = buildFigure(*m_bundled, fixtureFilter(), view, options);
    const auto render = [&](const QString &svgPath) {
        const QString error = exportView(*m_bundled, fixtureFilter(), view, svgPath, options);
        QFile svg(svgPath);
        return std::pair{renderFigureImage(figure, options.size, 96),
                         error.isEmpty() && svg.open(QIODevice::ReadOnly) ? svg.readAll() : QByteArray()};
    };
    const auto [image, svg] = render(m_dir.filePath(u"desktop-default.svg"_s));
    const QPalette palette = QApplication::palette();
    const QFont font = QApplication::font();
    const auto restore = qScopeGuard([&] {
        QApplication::setPalette(palette);
        QApplication::setFont(font);
    });
    QFont large = font;
    large.setPointSize(16);
    QApplication::setPalette(QPalette(QColor(0x2B, 0x2B, 0x2E))); // dark window, light text
    QApplication::setFont(large);
    const auto [darkImage, darkSvg] = render(m_dir.filePath(u"desktop-dark.svg"_s));
    QVERIFY(!svg.isEmpty());
    QCOMPARE(darkImage, image);
    QCOMPARE(darkSvg, svg);
}

void TestExport::csvEqualsPlottedValues()
{
    ComparisonChart chart(m_analysis);
    chart.apply(fixtureFilter());
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadWrite);
    QVERIFY(writeViewCsv(buffer, ViewKind::Comparison, *m_analysis, fixtureFilter()));
    buffer.seek(0);
    const CsvTable csv = readCsv(buffer);
    const auto countries = chart.plot()->yAxis->ticker().dynamicCast<QCPAxisTickerText>()->ticks();
    int compared = 0;
    for (int i = 0; i < chart.plot()->plottableCount(); ++i) {
        auto *bars = qobject_cast<QCPBars *>(chart.plot()->plottable(i));
        const QString seriesKey = chart.data().seriesKeys.at(i);
        for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it) {
            const QString country = countries.value(it->key);
            const auto row = std::find_if(csv.records.cbegin(), csv.records.cend(), [&](const CsvRecord &r) {
                return r.fields.at(1) == country && r.fields.at(2) == seriesKey;
            });
            QVERIFY2(row != csv.records.cend(), qPrintable(country + u' ' + seriesKey));
            QVERIFY(qAbs(row->fields.at(3).toDouble() - it->value) < 1); // whole units
            ++compared;
        }
    }
    QCOMPARE(compared, 3 * 4);
}

void TestExport::chartWithTablePrintsTheFigures()
{
    ExportOptions options;
    options.withTable = true;
    const QString path = m_dir.filePath(u"with-table.pdf"_s);
    QCOMPARE(exportView(*m_analysis, fixtureFilter(), ViewKind::Recipients, path, options), QString());
    QCOMPARE(pageCount(path), 1);
    const QString text = pdfText(path);
    QVERIFY2(text.contains(u"Recipient"_s) && text.contains(u"Share"_s), qPrintable(text));
    QCOMPARE(text.count(u"69.1%"_s), 2); // the bar's label and the table row
}

void TestExport::briefingPackHasCoverFiguresAndSources()
{
    BriefingPack pack = defaultBriefingPack(fixtureFilter());
    pack.title = u"Test pack"_s;
    pack.organisation = u"Policy Unit"_s;
    pack.author = u"A. Analyst"_s;
    const QString path = m_dir.filePath(u"pack.pdf"_s);
    QCOMPARE(exportBriefingPack(*m_analysis, pack, path, {}), QString());
    // Cover, four figures (the fixture's table fits one page), one appendix page.
    QCOMPARE(pageCount(path), 6);
    const QString cover = pdfText(path, 1);
    QVERIFY2(cover.contains(u"Test pack"_s) && cover.contains(u"Policy Unit · A. Analyst"_s),
             qPrintable(cover));
    QVERIFY(cover.contains(u"Figure 3. Committed AI funding by country and category"_s));
    QVERIFY(pdfText(path, 2).contains(u"Figure 1. AI funding announcements"_s));
    const QString appendix = pdfText(path, 6);
    QVERIFY2(appendix.contains(u"Appendix. Sources"_s), qPrintable(appendix));
    QVERIFY(appendix.contains(u"https://example.org/meti"_s));
    QVERIFY(appendix.contains(u"https://example.org/chips"_s));
}

void TestExport::briefingPackSpecNamesWhatIsWrong()
{
    const Dataset &dataset = m_analysis->dataset();
    PackReadResult read = readBriefingPack(R"({"figures":[{"view":"pie"}]})", dataset, fixtureFilter());
    QVERIFY2(read.error.startsWith(u"figures[0].view: 'pie'"_s), qPrintable(read.error));
    read = readBriefingPack(R"({"figures":[{"view":"table"},{"view":"comparison","countries":"JPN,XXX"}]})",
                            dataset, fixtureFilter());
    QVERIFY2(read.error.startsWith(u"figures[1].countries: unknown country code 'XXX'"_s),
             qPrintable(read.error));
    read = readBriefingPack(
        R"({"title":"T","figures":[{"view":"comparison","measure":"per-capita","from":2020}]})", dataset,
        fixtureFilter());
    QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
    QCOMPARE(read.pack.figures.constFirst().filter.measure, Measure::PerCapita);
    QCOMPARE(read.pack.figures.constFirst().filter.fromYear, 2020);
    QVERIFY(!readBriefingPack("{", dataset, fixtureFilter()).error.isEmpty());
}

void TestExport::cancelledPackLeavesNoFile()
{
    const QString path = m_dir.filePath(u"cancelled.pdf"_s);
    const QString error = exportBriefingPack(*m_analysis, defaultBriefingPack(fixtureFilter()), path, {},
                                             [](int done, int) { return done < 2; });
    QVERIFY2(error.contains(u"cancelled"_s), qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

void TestExport::failedWriteSaysWhy()
{
    const QString path = u"/nonexistent/folder/figure.pdf"_s;
    const QString error = exportView(*m_analysis, fixtureFilter(), ViewKind::Recipients, path);
    QVERIFY2(error.startsWith(path + u": cannot write"_s), qPrintable(error));
}

void TestExport::failedWriteKeepsTheOldFile_data()
{
    QTest::addColumn<QString>("fileName");
    for (const QString &name :
         {u"timeline.pdf"_s, u"timeline.svg"_s, u"timeline.png"_s, u"timeline.csv"_s, u"briefing.pdf"_s})
        QTest::addRow("%s", qPrintable(name)) << name;
}

void TestExport::failedWriteKeepsTheOldFile()
{
    // Every format of the bundled dataset is larger than the limit, so each write fails part-way.
    QFETCH(QString, fileName);
    QTemporaryDir dir;
    const QString path = dir.filePath(fileName);
    const QByteArray old = "the previous export\n";
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(old) == old.size());
    file.close();
    QString error;
    {
        const FileSizeLimit limit(16 * 1024);
        error = fileName.startsWith(u"briefing")
                    ? exportBriefingPack(*m_bundled, defaultBriefingPack(fixtureFilter()), path, {})
                    : exportView(*m_bundled, fixtureFilter(), ViewKind::Timeline, path);
    }
    QCOMPARE(error, u"%1: cannot write: %2"_s.arg(path, QString::fromLocal8Bit(std::strerror(EFBIG))));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), old);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{fileName}); // no temporary file left
}

void TestExport::printingToPdfUsesTheSamePage()
{
    const QString path = m_dir.filePath(u"printed.pdf"_s);
    QPrinter printer(QPrinter::HighResolution);
    printer.setResolution(96);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setPageMargins(QMarginsF(0, 0, 0, 0));
    printFigure(printer, buildFigure(*m_analysis, fixtureFilter(), ViewKind::Recipients));
    QCOMPARE(pageCount(path), 1);
    const QString text = pdfText(path);
    QVERIFY2(text.contains(u"GPU cloud subsidies 2024 — up to ¥72.5 billion"_s), qPrintable(text));
    QVERIFY(text.contains(u"[1] METI. GPU cloud subsidies. 19 April 2024. "_s));
    QVERIFY(text.contains(u"printed "_s +
                          QLocale(QLocale::English).toString(QDate::currentDate(), u"d MMMM yyyy"_s)));
}

void TestExport::printedPackHasThePagesOfTheExportedOne()
{
    // Print preview and printing paint the pack as the PDF export does.
    const BriefingPack pack = defaultBriefingPack(fixtureFilter());
    const QString exported = m_dir.filePath(u"exported-pack.pdf"_s);
    QCOMPARE(exportBriefingPack(*m_analysis, pack, exported, {}), QString());
    const QString printed = m_dir.filePath(u"printed-pack.pdf"_s);
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(printed);
        printer.setResolution(96);
        printer.setPageSize(QPageSize(QPageSize::A4));
        printer.setPageOrientation(QPageLayout::Landscape);
        printer.setPageMargins(QMarginsF(0, 0, 0, 0));
        const QRect page(QPoint(0, 0), printer.pageLayout().paintRectPixels(printer.resolution()).size());
        QVERIFY(paintBriefingPack(printer, page, *m_analysis, pack, {}));
    }
    QCOMPARE(pageCount(printed), pageCount(exported));
    QVERIFY(pdfText(printed).contains(u"Appendix. Sources"_s));
    QVERIFY(pdfText(printed).contains(pack.title));
}

void TestExport::everyPageOfATableSaysPageNOfM()
{
    const QString path = m_dir.filePath(u"numbered.pdf"_s);
    QCOMPARE(exportView(*m_bundled, fixtureFilter(), ViewKind::Table, path), QString());
    const int pages = pageCount(path);
    QVERIFY(pages > 2);
    int pagesWithRows = 0;
    for (int page = 1; page <= pages; ++page) {
        const QString text = pdfText(path, page);
        QVERIFY2(text.contains(u"Page %1 of %2"_s.arg(page).arg(pages)), qPrintable(text));
        // Rows sit under a header row on every page that has any; the sources follow the last row, once.
        if (text.contains(u"Amount as announced"_s)) {
            ++pagesWithRows;
            QVERIFY2(pagesWithRows == page, "the rows run on from the first page");
        }
    }
    QVERIFY(pagesWithRows >= 2);
    const QString words = pdfWords(path);
    QCOMPARE(words.count(u"[1] "_s), 1);
    QVERIFY(pdfText(path, 1).contains(
        u"Sources: listed in full on pages %1–%2."_s.arg(pagesWithRows).arg(pages)));
}

void TestExport::tableExportNeverCutsAnAmount()
{
    // "more than AUD 29.9 million" is wider than its column: it wraps onto a second line, whole.
    const QString path = m_dir.filePath(u"amounts.pdf"_s);
    QCOMPARE(exportView(*m_bundled, fixtureFilter(), ViewKind::Table, path), QString());
    const QString words = pdfWords(path);
    const Figure figure = buildFigure(*m_bundled, fixtureFilter(), ViewKind::Table);
    int checked = 0;
    for (const QStringList &row : figure.table.rows) {
        for (qsizetype c = 0; c < figure.table.columns.size(); ++c) {
            if (!figure.table.columns.at(c).amount || row.value(c).isEmpty())
                continue;
            QVERIFY2(words.contains(comparableText(row.value(c))), qPrintable(row.value(c)));
            ++checked;
        }
    }
    QVERIFY(checked > 100);
    QVERIFY(!words.contains(u'…'));
}

void TestExport::everySourceIsListed_data()
{
    QTest::addColumn<ViewKind>("view");
    for (const ViewKind view : allEnumValues<ViewKind>())
        QTest::addRow("%s", qPrintable(enumKey(view))) << view;
}

void TestExport::everySourceIsListed()
{
    // Every country and year cites two hundred sources: each is listed in full and numbered, none is
    // counted away.
    QFETCH(ViewKind, view);
    const QString path = m_dir.filePath(u"all-sources.pdf"_s);
    QCOMPARE(exportView(*m_bundled, fixtureFilter(), view, path), QString());
    const QString words = pdfWords(path);
    const Figure figure = buildFigure(*m_bundled, fixtureFilter(), view);
    QVERIFY(figure.references.size() > (view == ViewKind::Recipients ? 1 : 40));
    for (qsizetype i = 0; i < figure.references.size(); ++i) {
        // The entry's publisher and title; a long address may break where pdftotext sees no space.
        const QString entry = comparableText(u"[%1] %2"_s.arg(i + 1).arg(figure.references.at(i))).left(40);
        QVERIFY2(words.contains(entry), qPrintable(entry));
    }
    QVERIFY(!words.contains(u"more (listed"_s));
    QVERIFY(!words.contains(u"[%1] "_s.arg(figure.references.size() + 1)));
}

void TestExport::onePageOutputsNameEverySource()
{
    // An SVG has one page: the sources are set smaller and shorter, but every one is named on it while they
    // leave the chart its room (four countries' hundred or so publishers do; all countries' do not).
    Filter fourCountries = fixtureFilter();
    fourCountries.countries = {u"JPN"_s, u"USA"_s, u"GBR"_s, u"FRA"_s};
    const QString path = m_dir.filePath(u"all-sources.svg"_s);
    QCOMPARE(exportView(*m_bundled, fourCountries, ViewKind::Timeline, path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QStringList texts;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"text")
            texts.append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
    }
    QVERIFY(!xml.hasError());
    // Japanese wraps between any two characters, so the lines are compared without white space.
    const auto withoutSpaces = [](QString text) { return text.remove(QRegularExpression(u"\\s"_s)); };
    const QString words = withoutSpaces(texts.join(QString()));
    const Figure figure = buildFigure(*m_bundled, fourCountries, ViewKind::Timeline);
    QVERIFY(figure.publishers.size() > 40);
    for (const QString &publisher : figure.publishers)
        QVERIFY2(words.contains(withoutSpaces(publisher)), qPrintable(publisher));
    QVERIFY(!words.contains(u"more(listed"_s));
    QVERIFY(words.contains(u"Citeas:“AIfundingannouncements”"_s));
}

// On the smallest page every country's publishers would leave the chart no room: as many as fit are named,
// the rest counted, and the PDF, which can add pages, lists them all.
void TestExport::smallestOnePageCountsTheSourcesItCannotName()
{
    const QString path = m_dir.filePath(u"smallest-sources.svg"_s);
    ExportOptions options;
    options.size = minimumExportSize(ExportFormat::Svg, 96);
    QCOMPARE(exportView(*m_bundled, fixtureFilter(), ViewKind::Comparison, path, options), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll()).simplified();
    const Figure figure = buildFigure(*m_bundled, fixtureFilter(), ViewKind::Comparison);
    static const QRegularExpression counted(u"(\\d+) more, listed in full in the PDF export."_s);
    const QRegularExpressionMatch match = counted.match(svg);
    QVERIFY2(match.hasMatch(), "no count of the sources left out");
    const int leftOut = match.captured(1).toInt();
    QVERIFY(leftOut > 0 && leftOut < figure.publishers.size());
    QVERIFY(svg.contains(figure.publishers.constFirst().toHtmlEscaped()));
}

void TestExport::packFiguresCiteTheirAppendixEntries()
{
    BriefingPack pack = defaultBriefingPack(fixtureFilter());
    const QString path = m_dir.filePath(u"cited-pack.pdf"_s);
    QCOMPARE(exportBriefingPack(*m_analysis, pack, path, {}), QString());
    const int pages = pageCount(path);

    // The appendix, the last page: "[n] entry" for n = 1, 2, … each once.
    const QString appendix = pdfWords(path, pages);
    QStringList entries;
    static const QRegularExpression entryStart(u"\\[(\\d+)\\] "_s);
    QList<QRegularExpressionMatch> starts;
    for (const QRegularExpressionMatch &match : entryStart.globalMatch(appendix))
        starts.append(match);
    QVERIFY(starts.size() >= 3);
    for (qsizetype i = 0; i < starts.size(); ++i) {
        QCOMPARE(starts.at(i).captured(1).toInt(), int(i) + 1);
        const qsizetype end = i + 1 < starts.size() ? starts.at(i + 1).capturedStart() : appendix.size();
        entries.append(appendix.mid(starts.at(i).capturedEnd(), end - starts.at(i).capturedEnd()));
    }

    // Each figure's footer cites exactly the entries of its own sources.
    static const QRegularExpression cited(
        u"Sources: ((?:\\[[0-9–]+\\](?:, )?)+), listed in the appendix\\."_s);
    static const QRegularExpression reference(u"\\[(\\d+)(?:–(\\d+))?\\]"_s);
    QSet<int> everyCited;
    for (qsizetype f = 0; f < pack.figures.size(); ++f) {
        const QString page = pdfWords(path, int(f) + 2); // after the cover; the fixture's figures fit a page
        const QRegularExpressionMatch match = cited.match(page);
        QVERIFY2(match.hasMatch(), qPrintable(page));
        QSet<int> numbers;
        for (const QRegularExpressionMatch &ref : reference.globalMatch(match.captured(1))) {
            const int first = ref.captured(1).toInt();
            const int last = ref.captured(2).isEmpty() ? first : ref.captured(2).toInt();
            for (int n = first; n <= last; ++n)
                numbers.insert(n);
        }
        const PackFigure &packFigure = pack.figures.at(f);
        const Figure figure = buildFigure(*m_analysis, packFigure.filter, packFigure.view);
        QSet<int> expected;
        for (const QString &reference : figure.references) {
            const auto entry = std::find_if(entries.cbegin(), entries.cend(), [&](const QString &text) {
                return text.startsWith(comparableText(reference).left(30));
            });
            QVERIFY2(entry != entries.cend(), qPrintable(reference));
            expected.insert(int(entry - entries.cbegin()) + 1);
        }
        QCOMPARE(numbers, expected);
        everyCited.unite(numbers);
    }
    QCOMPARE(everyCited.size(), entries.size()); // the appendix lists what the figures cite, nothing else
    QVERIFY(pdfWords(path, 1).contains(u"Appendix. Sources %1"_s.arg(pages)));
    for (int page = 1; page <= pages; ++page)
        QVERIFY(pdfWords(path, page).contains(u"Page %1 of %2"_s.arg(page).arg(pages)));
}

QTEST_MAIN(TestExport)
#include "tst_export.moc"

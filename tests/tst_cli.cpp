#include "briefingpack.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImageReader>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <cstring>

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

// The command line is a contract: outputs, headers and exit codes, run as a user would, with no display.
class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void versionNamesTheDataset();
    void helpDocumentsExport();
    void rejectsBadUsage_data();
    void rejectsBadUsage();
    void rejectsUnusableDataset_data();
    void rejectsUnusableDataset();
    void windowWithoutDisplaySaysWhy_data();
    void windowWithoutDisplaySaysWhy();
    void runtimeFolderIsPrivateAndRemoved();
    void exportsTableCsv();
    void emptyListsMeanEveryValue();
    void exportsRecipientsCsvForOneProgramme();
    void exportsComparisonCsv();
    void exportsPngAtRequestedSize();
    void exportsWellFormedSvg();
    void exportsPdfWithTitleFiltersAndSources();
    void exportsBriefingPack();
    void japaneseBriefingPackHasJapaneseDefaultTitle_data();
    void japaneseBriefingPackHasJapaneseDefaultTitle();
    void exportsJapanesePdf();
    void exportsJapanesePack();
    void packReportsProgressOnATerminalOnly();
    void pagesReadDatesAndCsvKeepsIso_data();
    void pagesReadDatesAndCsvKeepsIso();
    void exportsBundledDatasetInEveryFormat_data();
    void exportsBundledDatasetInEveryFormat();
    void failedWriteKeepsTheOldFile_data();
    void failedWriteKeepsTheOldFile();
    void refusesOutputThatIsNoFileToReplace_data();
    void refusesOutputThatIsNoFileToReplace();
    void replacesTheTargetOfALinkedOutput();
    void exportsASavedView();
    void compilesSourcesIntoADatasetTheAppOpens();
    void compileReportsEveryProblemAndWritesNothing();
    void diffListsWhatChangedAndWritesCsvAndPdf();
    void aDatasetOpenedBeforeIsReadFromItsSnapshot();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    // `setUp` may change the process's environment or give it a child-process modifier before it starts.
    Run run(const QStringList &arguments, const std::function<void(QProcess &)> &setUp = {}) const;
    Run exportFixture(const QStringList &arguments) const;
    QString cacheFolder() const { return m_dir.filePath(u"cache"_s); }

    QTemporaryDir m_dir;
    QString m_fixture;
};

TestCli::Run TestCli::run(const QStringList &arguments, const std::function<void(QProcess &)> &setUp) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"QT_QPA_PLATFORM"_s);
    environment.remove(u"DISPLAY"_s);
    environment.remove(u"WAYLAND_DISPLAY"_s);
    environment.insert(u"XDG_CACHE_HOME"_s, cacheFolder()); // the snapshots of datasets it opens
    process.setProcessEnvironment(environment);
    if (setUp)
        setUp(process);
    process.start(QStringLiteral(APE_EXECUTABLE), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

TestCli::Run TestCli::exportFixture(const QStringList &arguments) const
{
    return run(QStringList{u"export"_s, u"--dataset"_s, m_fixture} + arguments);
}

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_fixture = compileFixtureDatabase(m_dir.path());
}

void TestCli::versionNamesTheDataset()
{
    Run result = run({u"--version"_s, u"--dataset"_s, m_fixture});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(u"ai-policy-explorer "_s), qPrintable(result.out));
    QVERIFY(result.out.contains(u"dataset test.1 (data as of 2026-01-31"_s));
    QVERIFY(result.out.contains(u"Licence: GPL-3.0-or-later. Dataset compilation: CC BY 4.0"_s));
    result = run({u"--version"_s}); // the bundled dataset
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(u"dataset 20"_s), qPrintable(result.out + result.err));
}

void TestCli::helpDocumentsExport()
{
    const Run result = run({u"--help"_s});
    QCOMPARE(result.exitCode, 0);
    for (const QString &option : {u"--view"_s, u"--output"_s, u"--countries"_s, u"--measure"_s, u"--size"_s})
        QVERIFY2(result.out.contains(option), qPrintable(option));
}

void TestCli::rejectsBadUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named");
    const QString csv = m_dir.filePath(u"x.csv"_s);
    QTest::addRow("unknown option") << QStringList{u"--bogus"_s} << u"bogus"_s;
    QTest::addRow("unknown command") << QStringList{u"frobnicate"_s} << u"frobnicate"_s;
    QTest::addRow("unknown view") << QStringList{u"export"_s, u"--view"_s, u"pie"_s, u"--output"_s,
                                                 u"x.csv"_s}
                                  << u"pie"_s;
    QTest::addRow("missing output") << QStringList{u"export"_s, u"--view"_s, u"table"_s} << u"--output"_s;
    QTest::addRow("unknown display")
        << QStringList{u"export"_s,   u"--view"_s, u"comparison"_s, u"--display"_s, u"globe"_s,
                       u"--output"_s, csv}
        << u"display: 'globe' is not one of bars|map"_s;
    QTest::addRow("compile without output") << QStringList{u"compile"_s, m_dir.path()} << u"--output"_s;
    QTest::addRow("compile without sources") << QStringList{u"compile"_s, u"--output"_s, csv} << u"compile"_s;
    QTest::addRow("unknown format") << QStringList{u"export"_s, u"--view"_s, u"table"_s, u"--output"_s,
                                                   u"x.doc"_s}
                                    << u"x.doc"_s;
    QTest::addRow("empty dataset name")
        << QStringList{u"--dataset"_s, QString()} << u"--dataset: the file name is empty"_s;
    QTest::addRow("empty output name")
        << QStringList{u"export"_s, u"--view"_s, u"table"_s, u"--output"_s, QString()}
        << u"--output: the file name is empty"_s;
    // The year not given is not blamed.
    QTest::addRow("to alone before the first year")
        << QStringList{u"export"_s, u"--view"_s, u"table"_s, u"--to"_s, u"2010"_s, u"--output"_s, csv}
        << u"--to 2010 is before the first year"_s;
    // Pages too small to leave the chart room, named with the smallest that does.
    const auto sized = [](const QString &view, const QString &size, const QString &output) {
        return QStringList{u"export"_s, u"--view"_s, view, u"--size"_s, size, u"--output"_s, output};
    };
    QTest::addRow("PNG of one colour")
        << sized(u"timeline"_s, u"200x150"_s, m_dir.filePath(u"x.png"_s)) << u"the smallest is 2250×1688"_s;
    QTest::addRow("A4 in pixels at 300 dpi")
        << sized(u"comparison"_s, u"1123x794"_s, m_dir.filePath(u"x.png"_s))
        << u"the smallest is 2250×1688"_s;
    QTest::addRow("narrow PDF") << sized(u"comparison"_s, u"600x800"_s, m_dir.filePath(u"x.pdf"_s))
                                << u"the smallest is 720×540"_s;
}

void TestCli::rejectsBadUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(named), qPrintable(result.err));
    QCOMPARE(result.err.trimmed().count(u'\n'), 0); // one line naming the problem
}

void TestCli::rejectsUnusableDataset_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addRow("missing") << u"missing"_s;
    QTest::addRow("corrupt") << u"corrupt"_s;
    QTest::addRow("unknown schema") << u"schema"_s;
}

void TestCli::rejectsUnusableDataset()
{
    QFETCH(QString, kind);
    QTemporaryDir dir;
    QString path = dir.filePath(u"dataset.sqlite"_s);
    if (kind == u"corrupt") {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a database");
    } else if (kind == u"schema") {
        path = compileFixtureDatabase(dir.path());
        QCOMPARE(editDatabase(path, {u"PRAGMA user_version = 42"_s}), QString());
    }
    const Run result = run({u"export"_s, u"--view"_s, u"table"_s, u"--output"_s, dir.filePath(u"t.csv"_s),
                            u"--dataset"_s, path});
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains(path), qPrintable(result.err));
    QVERIFY(!QFile::exists(dir.filePath(u"t.csv"_s)));
}

void TestCli::windowWithoutDisplaySaysWhy_data()
{
    // The arguments of a start of the window, and whether they are refused as an export refuses them.
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("asExport");
    QTest::addRow("bare start") << QStringList() << false;
    QTest::addRow("another dataset") << QStringList{u"--dataset"_s, m_fixture} << false;
    QTest::addRow("missing dataset") << QStringList{u"--dataset"_s, m_dir.filePath(u"missing.sqlite"_s)}
                                     << true;
    QTest::addRow("unknown language") << QStringList{u"--lang"_s, u"xx"_s} << true;
    QTest::addRow("a view file to open") << QStringList{QStringLiteral(APE_EXECUTABLE)} << false; // any file
}

void TestCli::windowWithoutDisplaySaysWhy()
{
    // run() leaves out DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM: the window cannot open. Arguments it
    // would have refused anyway are refused first, with the export's message and exit code; then the app
    // says there is no display, instead of aborting in Qt's platform plugin.
    QFETCH(QStringList, arguments);
    QFETCH(bool, asExport);
    const Run result = run(arguments);
    if (asExport) {
        const Run exported =
            run(QStringList{u"export"_s, u"--view"_s, u"table"_s, u"--output"_s, m_dir.filePath(u"t.csv"_s)} +
                arguments);
        QCOMPARE(result.exitCode, exported.exitCode);
        QCOMPARE(result.err, exported.err);
    } else {
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.startsWith(u"error: no display"_s), qPrintable(result.err));
    }
    QVERIFY(result.exitCode != 0);
    QCOMPARE(result.err.trimmed().count(u'\n'), 0); // one line
    QVERIFY(result.out.isEmpty());
}

void TestCli::runtimeFolderIsPrivateAndRemoved()
{
    // Without XDG_RUNTIME_DIR the offscreen platform wants a runtime folder. The app makes a new one of its
    // own in the temp folder and removes it at exit; a folder of the fixed name it once used, made there
    // first by someone else, is neither used nor changed.
    QTemporaryDir temp;
    const QString planted = temp.filePath(u"ai-policy-explorer-runtime-%1"_s.arg(getuid()));
    QVERIFY(QDir().mkdir(planted));
    const QFile::Permissions open = QFile::permissions(planted) | QFile::WriteOther | QFile::ExeOther;
    QVERIFY(QFile::setPermissions(planted, open));
    const Run result = run({u"--version"_s, u"--dataset"_s, m_fixture}, [&temp](QProcess &process) {
        QProcessEnvironment environment = process.processEnvironment();
        environment.remove(u"XDG_RUNTIME_DIR"_s);
        environment.insert(u"TMPDIR"_s, temp.path());
        process.setProcessEnvironment(environment);
    });
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err)); // no warning about the runtime folder
    QCOMPARE(QDir(temp.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QFileInfo(planted).fileName()});
    QCOMPARE(QFile::permissions(planted), open);
}

void TestCli::exportsTableCsv()
{
    const QString output = m_dir.filePath(u"table.csv"_s);
    const Run result =
        exportFixture({u"--view"_s, u"table"_s, u"--output"_s, output, u"--countries"_s, u"JPN"_s});
    QCOMPARE(result.exitCode, 0);
    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                             "id,country_code,country,programme")); // UTF-8 with a byte-order mark
    const QStringList lines = QString::fromUtf8(bytes).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY(std::any_of(lines.cbegin(), lines.cend(), [](const QString &line) {
        return line.startsWith(u"jp-gpu,JPN,Japan,GPU cloud subsidies 2024"_s) &&
               line.contains(
                   u",METI,2024-04-19,2024,2024,72500000000,up_to,JPY,483333333,compute,public,allocated,"_s);
    }));
}

void TestCli::emptyListsMeanEveryValue()
{
    // An empty --countries or --funding leaves that filter off, as a script with an unset variable expects.
    const auto rows = [this](const QStringList &filters) {
        const QString output = m_dir.filePath(u"lists.csv"_s);
        QFile::remove(output);
        const Run result = exportFixture(
            QStringList{u"--view"_s, u"table"_s, u"--from"_s, u"2016"_s, u"--output"_s, output} + filters);
        QFile file(output);
        return result.exitCode == 0 && file.open(QIODevice::ReadOnly) ? file.readAll().count('\n') - 1 : -1;
    };
    const qsizetype everyFunding = rows({u"--funding"_s, enumKeyList<FundingType>().replace(u'|', u',')});
    QVERIFY(everyFunding > rows({})); // more than the default, public money only
    QCOMPARE(rows({u"--funding"_s, QString()}), everyFunding);
    QCOMPARE(rows({u"--countries"_s, QString()}), rows({}));
}

void TestCli::exportsRecipientsCsvForOneProgramme()
{
    const QString output = m_dir.filePath(u"recipients.csv"_s);
    Run result =
        exportFixture({u"--view"_s, u"recipients"_s, u"--programme"_s, u"jp-gpu"_s, u"--output"_s, output});
    QCOMPARE(result.exitCode, 0);
    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(
        u"jp-gpu,GPU cloud subsidies 2024,Sakura Internet,50100000000,JPY,334000000,0.6910,"_s));
    result =
        exportFixture({u"--view"_s, u"recipients"_s, u"--programme"_s, u"nope"_s, u"--output"_s, output});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains(u"nope"_s));
    result = exportFixture({u"--view"_s, u"table"_s, u"--countries"_s, u"JPN,XXX"_s, u"--output"_s, output});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains(u"XXX"_s));
    result = exportFixture({u"--view"_s, u"table"_s, u"--output"_s, u"/nonexistent/folder/out.csv"_s});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains(u"/nonexistent/folder/out.csv"_s));
}

void TestCli::exportsComparisonCsv()
{
    const QString output = m_dir.filePath(u"comparison.csv"_s);
    const Run result = exportFixture({u"--view"_s, u"comparison"_s, u"--measure"_s, u"per-capita"_s,
                                      u"--currency"_s, u"USD"_s, u"--output"_s, output});
    QCOMPARE(result.exitCode, 0);
    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                             "country_code,country,series,value,unit\n"));
    const QString text = QString::fromUtf8(bytes);
    QVERIFY2(text.contains(u"USA,United States,chips,155.000000,USD per person\n"_s), qPrintable(text));

    // The same as a map: a value and a class per country.
    const QString map = m_dir.filePath(u"map.csv"_s);
    QCOMPARE(exportFixture({u"--view"_s, u"comparison"_s, u"--measure"_s, u"per-capita"_s, u"--display"_s,
                            u"map"_s, u"--output"_s, map})
                 .exitCode,
             0);
    QFile mapFile(map);
    QVERIFY(mapFile.open(QIODevice::ReadOnly));
    const QString mapText = QString::fromUtf8(mapFile.readAll());
    QVERIFY2(mapText.contains(u"country_code,country,value,unit,class,class_label\n"
                              "USA,United States,155.000000,USD per person,3,150 or more\n"_s),
             qPrintable(mapText));
}

void TestCli::exportsPngAtRequestedSize()
{
    const QString output = m_dir.filePath(u"timeline.png"_s);
    const Run result = exportFixture(
        {u"--view"_s, u"timeline"_s, u"--size"_s, u"800x600"_s, u"--dpi"_s, u"96"_s, u"--output"_s, output});
    QCOMPARE(result.exitCode, 0);
    QImageReader reader(output);
    QCOMPARE(reader.format(), QByteArray("png"));
    QCOMPARE(reader.size(), QSize(800, 600));
    const QImage image = reader.read();
    int dark = 0; // something was drawn: text and markers, not a blank page
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            dark += qGray(image.pixel(x, y)) < 128;
    QVERIFY2(dark > 500, qPrintable(QString::number(dark)));
}

void TestCli::exportsWellFormedSvg()
{
    const QString output = m_dir.filePath(u"comparison.svg"_s);
    const Run result = exportFixture({u"--view"_s, u"comparison"_s, u"--output"_s, output});
    QCOMPARE(result.exitCode, 0);
    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QStringList texts;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::Characters)
            texts.append(xml.text().toString());
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    const QString all = texts.join(u' ');
    QVERIFY(all.contains(u"Committed AI funding by country and category"_s));
    QVERIFY(all.contains(u"United States"_s));
}

void TestCli::exportsPdfWithTitleFiltersAndSources()
{
    QVERIFY2(!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty(),
             "pdftotext (poppler-utils) is part of the test setup");
    const QString output = m_dir.filePath(u"recipients.pdf"_s);
    const Run result =
        exportFixture({u"--view"_s, u"recipients"_s, u"--currency"_s, u"JPY"_s, u"--output"_s, output});
    QCOMPARE(result.exitCode, 0);
    const QString text = pdfToText(output, u"-layout"_s);
    QVERIFY2(text.contains(u"GPU cloud subsidies 2024 — up to ¥72.5 billion"_s), qPrintable(text));
    const Filter defaults = defaultFilter(fixtureDataset()); // the years the command line starts from
    QVERIFY(text.contains(u"All countries · %1–%2 · All categories · Public · JPY"_s.arg(defaults.fromYear)
                              .arg(defaults.toYear)));
    QVERIFY(text.contains(u"Sakura Internet"_s));
    // Each source in full, numbered, under the chart.
    QVERIFY(text.contains(u"Sources\n"_s));
    QVERIFY(text.contains(u"[1] METI. GPU cloud subsidies. "_s));
    QVERIFY(text.contains(u"https://example.org/meti (accessed "_s));
    QVERIFY(text.contains(u"dataset Test data test.1, data as of 31 January 2026"_s));
}

void TestCli::exportsJapanesePdf()
{
    const QString output = m_dir.filePath(u"ja.pdf"_s);
    const Run result = exportFixture({u"--lang"_s, u"ja"_s, u"--view"_s, u"recipients"_s, u"--currency"_s,
                                      u"JPY"_s, u"--output"_s, output});
    QCOMPARE(result.exitCode, 0);
    const QString page = pdfToText(output, u"-layout"_s);
    QVERIFY2(page.contains(u"GPUクラウド — 最大725億円"_s), qPrintable(page));
    QVERIFY(page.contains(u"さくらインターネット"_s));
    QVERIFY(page.contains(u"501億円 · 69.1%"_s));
    QVERIFY(page.contains(u"すべての国・地域"_s));
    QVERIFY(page.contains(
        u"[1] METI. GPU cloud subsidies. 2024年4月19日. https://example.org/meti（2026年1月31日閲覧）."_s));
    QProcess fonts;
    fonts.start(QStandardPaths::findExecutable(u"pdffonts"_s), {output});
    QVERIFY(fonts.waitForFinished(30000));
    const QStringList rows =
        QString::fromUtf8(fonts.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts).mid(2);
    QVERIFY(std::any_of(rows.cbegin(), rows.cend(),
                        [](const QString &row) { return row.startsWith(u"IPAPGothic"_s); }));
    for (const QString &row : rows)
        QVERIFY2(row.contains(u" yes "_s), qPrintable(row)); // embedded
    QVERIFY(exportFixture({u"--lang"_s, u"fr"_s, u"--view"_s, u"table"_s, u"--output"_s, output}).exitCode ==
            2);
}

void TestCli::exportsJapanesePack()
{
    // Furniture, default title, contents, captions, footers and appendix in the export language; only data
    // the dataset has in English alone (the fixture's source titles) stays English.
    const QString output = m_dir.filePath(u"ja-pack.pdf"_s);
    QCOMPARE(
        exportFixture({u"--lang"_s, u"ja"_s, u"--view"_s, u"briefing"_s, u"--output"_s, output}).exitCode, 0);
    const QString text = pdfToText(output, u"-raw"_s).simplified();
    for (const QString &expected :
         {u"ブリーフィング資料 各国のAI関連予算"_s, u"目次 図1. "_s, u"付録. 出典"_s, u"1 / 6 ページ"_s,
          u"6 / 6 ページ"_s, u"引用表記：「図1. "_s, u"（付録に掲載）。"_s, u"2026年1月31日閲覧"_s})
        QVERIFY2(text.contains(expected), qPrintable(expected + u" in "_s + text));
    for (const QString &english : {u"Briefing pack"_s, u"National AI funding"_s, u"Contents"_s, u"Figure"_s,
                                   u"Appendix"_s, u"Sources"_s, u"Cite as"_s, u"Page "_s, u"accessed"_s})
        QVERIFY2(!text.contains(english), qPrintable(english + u" in "_s + text));
}

void TestCli::packReportsProgressOnATerminalOnly()
{
    const QStringList arguments{u"export"_s,
                                u"--dataset"_s,
                                m_fixture,
                                u"--view"_s,
                                u"briefing"_s,
                                u"--output"_s,
                                m_dir.filePath(u"progress.pdf"_s)};
    const Run piped = run(arguments); // stderr is a pipe, as in a log: errors only
    QCOMPARE(piped.exitCode, 0);
    QCOMPARE(piped.err, QString());

    // `script` runs the command on a terminal of its own and copies what it shows.
    const QString script = QStandardPaths::findExecutable(u"script"_s);
    QVERIFY2(!script.isEmpty(), "script (bsdutils, essential on Debian) provides the terminal");
    QStringList quoted{u"'%1'"_s.arg(QStringLiteral(APE_EXECUTABLE))};
    for (const QString &argument : arguments)
        quoted.append(u"'%1'"_s.arg(QString(argument).replace(u"'"_s, u"'\\''"_s)));
    const Run onTerminal = [&] {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"DISPLAY"_s);
        process.setProcessEnvironment(environment);
        process.start(script, {u"-qec"_s, quoted.join(u' '), u"/dev/null"_s});
        process.waitForFinished(60000);
        return Run{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), {}};
    }();
    QCOMPARE(onTerminal.exitCode, 0);
    for (int figure = 1; figure <= 4; ++figure)
        QVERIFY2(onTerminal.out.contains(u"\rFigure %1 of 4"_s.arg(figure)), qPrintable(onTerminal.out));
}

void TestCli::pagesReadDatesAndCsvKeepsIso_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("onPaper");
    // English on a Japanese desktop: the month names are still English.
    QTest::addRow("English") << u"en"_s
                             << QStringList{u"21 December 2025"_s, u"January 2026"_s, u"19 April 2024"_s,
                                            u"[1] METI. GPU cloud subsidies. 19 April 2024."_s,
                                            u"data as of 31 January 2026"_s};
    QTest::addRow("Japanese") << u"ja"_s
                              << QStringList{u"2025年12月21日"_s, u"2026年1月"_s, u"2024年4月19日"_s,
                                             u"2026年1月31日"_s};
}

// The same rows on paper and in a CSV: "21 December 2025" for a reader, 2025-12-21 for a spreadsheet.
void TestCli::pagesReadDatesAndCsvKeepsIso()
{
    QFETCH(QString, language);
    QFETCH(QStringList, onPaper);
    const auto japaneseDesktop = [](QProcess &process) {
        QProcessEnvironment environment = process.processEnvironment();
        environment.remove(u"LC_ALL"_s);
        environment.insert(u"LANG"_s, u"ja_JP.UTF-8"_s);
        process.setProcessEnvironment(environment);
    };
    const QStringList filters{u"--lang"_s, language, u"--view"_s, u"table"_s, u"--countries"_s, u"JPN"_s};
    const QString pdf = m_dir.filePath(u"dates.pdf"_s);
    QCOMPARE(run(QStringList{u"export"_s, u"--dataset"_s, m_fixture, u"--output"_s, pdf} + filters,
                 japaneseDesktop)
                 .exitCode,
             0);
    const QString page = pdfToText(pdf, u"-layout"_s);
    for (const QString &date : onPaper)
        QVERIFY2(page.contains(date), qPrintable(date + u" is missing from:\n"_s + page));
    QVERIFY2(!page.contains(u"2025-12-21"_s) && !page.contains(u"2026-01"_s), qPrintable(page));

    const QString csv = m_dir.filePath(u"dates.csv"_s);
    QCOMPARE(run(QStringList{u"export"_s, u"--dataset"_s, m_fixture, u"--output"_s, csv} + filters,
                 japaneseDesktop)
                 .exitCode,
             0);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(text.contains(u",2025-12-21,"_s) && text.contains(u",2026-01,"_s) &&
                 text.contains(u",2024-04-19,"_s),
             qPrintable(text));
    QVERIFY2(!text.contains(u"December"_s) && !text.contains(u"年"_s), qPrintable(text));
}

void TestCli::exportsBriefingPack()
{
    const QString output = m_dir.filePath(u"pack.pdf"_s);
    Run result = exportFixture(
        {u"--view"_s, u"briefing"_s, u"--title"_s, u"Cabinet briefing"_s, u"--output"_s, output});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(QFileInfo(output).size() > 1000);

    const QString spec = m_dir.filePath(u"pack.json"_s);
    QFile file(spec);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"figures": [{"view": "recipients", "programme": "jp-gpu"}, {"view": "pie"}]})");
    file.close();
    result = exportFixture({u"--view"_s, u"briefing"_s, u"--pack"_s, spec, u"--output"_s, output});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(u"figures[1].view: 'pie'"_s), qPrintable(result.err));
    result = exportFixture({u"--view"_s, u"briefing"_s, u"--output"_s, m_dir.filePath(u"pack.png"_s)});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains(u"must end in .pdf"_s));
}

void TestCli::japaneseBriefingPackHasJapaneseDefaultTitle_data()
{
    QTest::addColumn<QString>("spec"); // empty: no --pack, the default pack
    QTest::addRow("default pack") << QString();
    QTest::addRow("pack spec without a title") << QStringLiteral(R"({"figures": [{"view": "table"}]})");
}

void TestCli::japaneseBriefingPackHasJapaneseDefaultTitle()
{
    QFETCH(QString, spec);
    const QString output = m_dir.filePath(u"pack-ja.pdf"_s);
    QStringList arguments{u"--lang"_s, u"ja"_s, u"--view"_s, u"briefing"_s, u"--output"_s, output};
    if (!spec.isEmpty()) {
        const QString specPath = m_dir.filePath(u"pack-ja.json"_s);
        QFile file(specPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(spec.toUtf8());
        file.close();
        arguments << u"--pack"_s << specPath;
    }
    const Run result = exportFixture(arguments);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QString pages = pdfToText(output, u"-layout"_s);
    QVERIFY2(pages.contains(u"各国のAI関連予算"_s), qPrintable(pages));
    QVERIFY(!pages.contains(u"National AI funding"_s));
}

void TestCli::exportsBundledDatasetInEveryFormat_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<QString>("format");
    for (const QString &view : {u"timeline"_s, u"recipients"_s, u"comparison"_s, u"table"_s}) {
        for (const QString &format : {u"png"_s, u"pdf"_s, u"svg"_s, u"csv"_s})
            QTest::addRow("%s.%s", qPrintable(view), qPrintable(format)) << view << format;
    }
}

void TestCli::exportsBundledDatasetInEveryFormat()
{
    QFETCH(QString, view);
    QFETCH(QString, format);
    const QString output = m_dir.filePath(u"bundled-"_s + view + u'.' + format);
    const Run result = run({u"export"_s, u"--view"_s, view, u"--output"_s, output});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(QFileInfo(output).size() > 1000);
}

void TestCli::failedWriteKeepsTheOldFile_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<QString>("format");
    for (const QString &format : {u"pdf"_s, u"svg"_s, u"png"_s, u"csv"_s})
        QTest::addRow("timeline.%s", qPrintable(format)) << u"timeline"_s << format;
    QTest::addRow("briefing.pdf") << u"briefing"_s << u"pdf"_s;
}

void TestCli::failedWriteKeepsTheOldFile()
{
    // A file-size limit below every export of the bundled dataset stops the write part-way, as a full disk
    // would: the app says why, fails, and the previous export is untouched.
    QFETCH(QString, view);
    QFETCH(QString, format);
    QTemporaryDir dir;
    const QString output = dir.filePath(view + u'.' + format);
    const QByteArray old = "the previous export\n";
    QFile file(output);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(old) == old.size());
    file.close();
    const Run result = run({u"export"_s, u"--view"_s, view, u"--output"_s, output}, [](QProcess &process) {
        process.setChildProcessModifier([] {
            rlimit limit{};
            getrlimit(RLIMIT_FSIZE, &limit);
            limit.rlim_cur = 20 * 1024;
            setrlimit(RLIMIT_FSIZE, &limit);
        });
    });
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.err,
             u"error: %1: cannot write: %2\n"_s.arg(output, QString::fromLocal8Bit(std::strerror(EFBIG))));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), old);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
             QStringList{QFileInfo(output).fileName()}); // nothing left over
}

void TestCli::refusesOutputThatIsNoFileToReplace_data()
{
    QTest::addColumn<QString>("kind"); // what is at the output's path
    QTest::addColumn<QString>("named");
    QTest::addRow("FIFO") << u"fifo"_s << u"not a regular file"_s;
    QTest::addRow("symlink to a FIFO") << u"link to fifo"_s << u"not a regular file"_s;
    QTest::addRow("folder") << u"folder"_s << u"not a regular file"_s;
    QTest::addRow("the dataset") << u"dataset"_s << u"is the same file as --dataset"_s;
    QTest::addRow("the pack") << u"pack"_s << u"is the same file as --pack"_s;
}

void TestCli::refusesOutputThatIsNoFileToReplace()
{
    QFETCH(QString, kind);
    QFETCH(QString, named);
    QTemporaryDir dir;
    const QString target = dir.filePath(u"target.pdf"_s);
    QString output = target;
    QByteArray contents; // of a regular file at `target`
    if (kind == u"fifo" || kind == u"link to fifo") {
        QVERIFY(mkfifo(QFile::encodeName(target).constData(), 0600) == 0);
        if (kind == u"link to fifo") {
            output = dir.filePath(u"link.pdf"_s);
            QVERIFY(QFile::link(target, output));
        }
    } else if (kind == u"folder") {
        QVERIFY(QDir(dir.path()).mkdir(u"target.pdf"_s));
    } else {
        QFile input(kind == u"dataset" ? m_fixture : target);
        QVERIFY(kind == u"dataset" ? input.open(QIODevice::ReadOnly) : input.open(QIODevice::ReadWrite));
        if (kind == u"pack")
            input.write(R"({"figures": [{"view": "table"}]})");
        input.seek(0);
        contents = input.readAll();
        if (kind == u"dataset")
            QVERIFY(input.copy(target));
    }
    // The input is named by another spelling of the output's path.
    const QString sameFile = dir.path() + u"/./target.pdf"_s;
    QStringList arguments{u"export"_s, u"--output"_s, output};
    if (kind == u"dataset")
        arguments << u"--view"_s << u"table"_s << u"--dataset"_s << sameFile;
    else if (kind == u"pack")
        arguments << u"--view"_s << u"briefing"_s << u"--pack"_s << sameFile << u"--dataset"_s << m_fixture;
    else
        arguments << u"--view"_s << u"table"_s << u"--dataset"_s << m_fixture;
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(output) && result.err.contains(named), qPrintable(result.err));
    QCOMPARE(result.err.trimmed().count(u'\n'), 0);
    QFile after(target);
    QCOMPARE(QFileInfo(target).isFile(), !contents.isEmpty()); // a FIFO or a folder is still one
    QVERIFY(contents.isEmpty() || (after.open(QIODevice::ReadOnly) && after.readAll() == contents));
}

void TestCli::replacesTheTargetOfALinkedOutput()
{
    // A link to a regular file is followed, as other programs do: the file it names gets the export and the
    // link stays a link.
    QTemporaryDir dir;
    const QString target = dir.filePath(u"target.csv"_s);
    const QString link = dir.filePath(u"link.csv"_s);
    QFile file(target);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write("old\n") == 4);
    file.close();
    QVERIFY(QFile::link(target, link));
    const Run result = exportFixture({u"--view"_s, u"table"_s, u"--output"_s, link});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(QFileInfo(link).isSymLink());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("\xEF\xBB\xBFid,"));
}

static QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void TestCli::exportsASavedView()
{
    const Dataset dataset = fixtureDataset();
    PackFigure figure{ViewKind::Comparison, defaultFilter(dataset), {}};
    figure.filter.measure = Measure::PerCapita;
    figure.filter.countries = {u"USA"_s, u"JPN"_s};
    const QString viewFile = m_dir.filePath(u"per-capita.apeview"_s);
    QFile file(viewFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(writeViewFile(figure));
    file.close();

    // The file's view and filters give what the same options give.
    const QString fromFile = m_dir.filePath(u"from-file.csv"_s);
    const QString fromOptions = m_dir.filePath(u"from-options.csv"_s);
    QCOMPARE(exportFixture({u"--view-file"_s, viewFile, u"--output"_s, fromFile}).exitCode, 0);
    QCOMPARE(exportFixture({u"--view"_s, u"comparison"_s, u"--measure"_s, u"per-capita"_s, u"--countries"_s,
                            u"USA,JPN"_s, u"--output"_s, fromOptions})
                 .exitCode,
             0);
    QVERIFY(readAll(fromFile).contains(u"USD per person"_s));
    QCOMPARE(readAll(fromFile), readAll(fromOptions));
    // Filter options apply on top of the file's.
    const QString narrowed = m_dir.filePath(u"narrowed.csv"_s);
    QCOMPARE(exportFixture({u"--view-file"_s, viewFile, u"--countries"_s, u"JPN"_s, u"--output"_s, narrowed})
                 .exitCode,
             0);
    QVERIFY(!readAll(narrowed).contains(u"USA,United States"_s));
    QVERIFY(readAll(narrowed).contains(u"JPN,Japan"_s));

    // A view and a view file at once, or a broken file, are refused with one line.
    Run result =
        exportFixture({u"--view"_s, u"table"_s, u"--view-file"_s, viewFile, u"--output"_s, narrowed});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(u"either --view or --view-file"_s), qPrintable(result.err));
    QFile broken(m_dir.filePath(u"broken.apeview"_s));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(R"({"view":"table","countries":["JPN"]})");
    broken.close();
    result = exportFixture({u"--view-file"_s, broken.fileName(), u"--output"_s, narrowed});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(u"countries: expected text such as \"JPN,USA\", found a list"_s),
             qPrintable(result.err));
    // A window start with a file that is not there names it.
    result = run({m_dir.filePath(u"missing.apeview"_s)});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(u"is neither a command"_s), qPrintable(result.err));
}

void TestCli::compilesSourcesIntoADatasetTheAppOpens()
{
    QTemporaryDir sources;
    QVERIFY(copyFixture(sources.path()));
    const QString output = m_dir.filePath(u"compiled.sqlite"_s);
    const Run compiled = run({u"compile"_s, sources.path(), u"--output"_s, output});
    QVERIFY2(compiled.exitCode == 0, qPrintable(compiled.err));
    QCOMPARE(compiled.out,
             u"dataset test.1: 7 programmes, 2 allocations, 4 milestones, 2 events, 3 countries\n"_s);
    const Run version = run({u"--version"_s, u"--dataset"_s, output});
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(version.out.contains(u"dataset test.1 (data as of 2026-01-31"_s), qPrintable(version.out));
}

void TestCli::compileReportsEveryProblemAndWritesNothing()
{
    QTemporaryDir sources;
    QVERIFY(copyFixture(sources.path()));
    QFile programmes(sources.filePath(u"programmes.csv"_s));
    QVERIFY(programmes.open(QIODevice::ReadOnly));
    QByteArray text = programmes.readAll();
    programmes.close();
    QVERIFY(text.contains("72500000000,up_to,JPY") && text.contains("2024-04-19,2024"));
    text.replace("72500000000,up_to,JPY", "72500000000,up_to,JPX")
        .replace("2024-04-19,2024", "2024-13-19,2024");
    QVERIFY(programmes.open(QIODevice::WriteOnly | QIODevice::Truncate));
    programmes.write(text);
    programmes.close();

    const QString output = m_dir.filePath(u"never.sqlite"_s);
    const Run result = run({u"compile"_s, sources.path(), u"--output"_s, output});
    QCOMPARE(result.exitCode, 3);
    const QString file = sources.filePath(u"programmes.csv"_s);
    QVERIFY2(result.err.contains(file + u":4: currency 'JPX' is not an ISO 4217 currency code"_s),
             qPrintable(result.err));
    QVERIFY2(result.err.contains(file + u":4: announced '2024-13-19' is not an ISO date"_s),
             qPrintable(result.err));
    QVERIFY(result.err.contains(u"nothing was written"_s));
    QVERIFY(!QFileInfo::exists(output));
    QCOMPARE(QDir(m_dir.path()).entryList({u"never.sqlite*"_s}), QStringList());
}

void TestCli::diffListsWhatChangedAndWritesCsvAndPdf()
{
    QTemporaryDir next;
    const QString newer = compileNextFixtureDatabase(next.path());
    const Run listed = run({u"diff"_s, m_fixture, newer});
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(
        listed.out.split(u'\n'),
        (QStringList{
            u"dataset test.1 → test.2: 1 added, 2 removed, 3 changed"_s,
            u"removed programme fr-withdrawn (Cancelled research fund): €100 million, 2024-05"_s,
            u"added programme jp-ai-2026 (AI basic plan): ¥20 billion, 2026-02"_s,
            u"changed programme jp-gpu (GPU cloud subsidies 2024) amount: 72500000000 → 73000000000"_s,
            u"changed programme jp-gpu (GPU cloud subsidies 2024) status: allocated → disbursed"_s,
            u"removed allocation jp-gpu → r-kddi (KDDI): about ¥10.24 billion"_s,
            u"changed milestone us-chips · disbursed · 2025-07 (CHIPS Act) amount: 6000000000 → 6500000000"_s,
            u"changed event e-act (AI Promotion Act enacted) title_en: AI Promotion Act passed → AI "
            "Promotion Act enacted"_s,
            QString()}));

    const QString csv = m_dir.filePath(u"changes.csv"_s);
    QCOMPARE(run({u"diff"_s, m_fixture, newer, u"--output"_s, csv}).exitCode, 0);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(
        text.contains(u"changed,programme,jp-gpu,GPU cloud subsidies 2024,amount,72500000000,73000000000,"
                      "METI. GPU cloud subsidies. https://example.org/meti"_s),
        qPrintable(text));

    const QString pdf = m_dir.filePath(u"changes.pdf"_s);
    QCOMPARE(run({u"diff"_s, m_fixture, newer, u"--output"_s, pdf}).exitCode, 0);
    const QString words = pdfWords(pdf);
    for (const QString &expected :
         {u"What changed from dataset test.1 to test.2"_s, u"1 added, 2 removed, 3 changed"_s,
          u"73000000000"_s, u"fr-withdrawn"_s, u"https://example.org/meti"_s})
        QVERIFY2(words.contains(expected), qPrintable(expected + u" not in: "_s + words));

    const Run missing = run({u"diff"_s, m_fixture, m_dir.filePath(u"none.sqlite"_s)});
    QCOMPARE(missing.exitCode, 3);
    QVERIFY(missing.err.contains(u"none.sqlite: no such file"_s));
    QCOMPARE(run({u"diff"_s, m_fixture}).exitCode, 2);
}

// The second export of the same dataset reads the snapshot the first kept in the user's cache, and writes
// the same file; a damaged snapshot is passed over.
void TestCli::aDatasetOpenedBeforeIsReadFromItsSnapshot()
{
    const QString dataset = m_dir.filePath(u"settled.sqlite"_s);
    QVERIFY(QFile::copy(m_fixture, dataset));
    // A snapshot stands only for a file that has kept its status a few seconds.
    QTest::qWait(3500);
    const auto exportTable = [&](const QString &name) -> QByteArray {
        const QString output = m_dir.filePath(name);
        const Run result =
            run({u"export"_s, u"--dataset"_s, dataset, u"--view"_s, u"table"_s, u"--output"_s, output});
        if (result.exitCode != 0)
            return {};
        QFile file(output);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    const auto snapshots = [&] {
        QStringList found;
        QDirIterator it(cacheFolder(), {u"*.snapshot"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            found.append(it.next());
        return found;
    };
    const QStringList before = snapshots();

    const QByteArray checked = exportTable(u"checked.csv"_s);
    QVERIFY(checked.contains("jp-gpu,JPN,Japan"));
    QStringList kept = snapshots();
    for (const QString &old : before)
        kept.removeAll(old);
    QCOMPARE(kept.size(), 1);
    const QDateTime written = QFileInfo(kept.constFirst()).lastModified();

    QTest::qWait(20);
    QCOMPARE(exportTable(u"from-snapshot.csv"_s), checked);
    QVERIFY(QFileInfo(kept.constFirst()).lastModified() > written); // read: marked as used

    QFile file(kept.constFirst());
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.resize(file.size() - 1));
    file.close();
    QCOMPARE(exportTable(u"damaged-snapshot.csv"_s), checked);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

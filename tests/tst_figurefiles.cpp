#include "briefingpack.h"
#include "testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;

// View files and briefing pack files: what is written reads back the same, and a malformed file is refused
// whole with one line naming the key and the problem.
class TestFigureFiles : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { m_dataset = fixtureDataset(); }
    void viewFileRoundTrips();
    void packFileRoundTrips();
    void malformedFilesAreRefused_data();
    void malformedFilesAreRefused();

private:
    Dataset m_dataset;
};

void TestFigureFiles::viewFileRoundTrips()
{
    PackFigure figure{ViewKind::Recipients, defaultFilter(m_dataset), u"GPU rounds, as of 2026"_s};
    figure.filter.countries = {u"JPN"_s};
    figure.filter.programmeId = u"jp-gpu"_s;
    figure.filter.currency = u"JPY"_s;
    figure.filter.search = u"cloud \"GPU\""_s;
    const ViewReadResult read = readViewFile(writeViewFile(figure), m_dataset);
    QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
    QCOMPARE(read.figure.view, figure.view);
    QCOMPARE(read.figure.caption, figure.caption);
    QVERIFY(read.figure.filter == figure.filter);
}

void TestFigureFiles::packFileRoundTrips()
{
    BriefingPack pack = defaultBriefingPack(defaultFilter(m_dataset));
    pack.organisation = u"Cabinet Office"_s;
    pack.author = u"Analyst"_s;
    pack.date = QDate(2026, 11, 30);
    pack.figures[1].caption = u"Who received the GPU money"_s;
    pack.figures[2].filter.measure = Measure::PerCapita;
    pack.figures[2].filter.fromYear = 2020;
    const PackReadResult read = readBriefingPack(writeBriefingPack(pack), m_dataset, fixtureFilter());
    QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
    QCOMPARE(read.pack.title, pack.title);
    QCOMPARE(read.pack.organisation, pack.organisation);
    QCOMPARE(read.pack.author, pack.author);
    QCOMPARE(read.pack.date, pack.date);
    QCOMPARE(read.pack.figures.size(), pack.figures.size());
    for (qsizetype i = 0; i < pack.figures.size(); ++i) {
        QCOMPARE(read.pack.figures.at(i).view, pack.figures.at(i).view);
        QCOMPARE(read.pack.figures.at(i).caption, pack.figures.at(i).caption);
        QVERIFY(read.pack.figures.at(i).filter == pack.figures.at(i).filter);
    }
}

void TestFigureFiles::malformedFilesAreRefused_data()
{
    QTest::addColumn<bool>("pack");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    const auto pack = [](const char *name, const char *json, const char *error) {
        QTest::newRow(name) << true << QByteArray(json) << QString::fromUtf8(error);
    };
    const auto view = [](const char *name, const char *json, const char *error) {
        QTest::newRow(name) << false << QByteArray(json) << QString::fromUtf8(error);
    };
    pack("misspelt key", R"({"figures":[{"view":"table","contries":"JPN"}]})",
         "figures[0].contries: unknown key (expected one of view, caption, countries,");
    pack("countries as a list", R"({"figures":[{"view":"table","countries":["JPN","USA"]}]})",
         "figures[0].countries: expected text such as \"JPN,USA\", found a list");
    pack("unknown root key", R"({"titel":"T","figures":[{"view":"table"}]})", "titel: unknown key");
    pack("figures not a list", R"({"figures":{"view":"table"}})",
         "figures: expected a list, found an object");
    pack("figure not an object", R"({"figures":["table"]})", "figures[0]: expected an object, found text");
    pack("no figures", R"({"title":"T"})", "figures: the pack lists no figures");
    pack("caption a number", R"({"figures":[{"view":"table","caption":3}]})",
         "figures[0].caption: expected text, found a number");
    pack("title a list", R"({"title":["T"],"figures":[{"view":"table"}]})",
         "title: expected text, found a list");
    pack("unknown view", R"({"figures":[{"view":"pie"}]})", "figures[0].view: 'pie' is not one of");
    pack("unknown country", R"({"figures":[{"view":"table","countries":"JPN,XXX"}]})",
         "figures[0].countries: unknown country code 'XXX'");
    pack("unknown programme", R"({"figures":[{"view":"recipients","programme":"nope"}]})",
         "figures[0].programme: unknown programme 'nope'");
    pack("year not whole", R"({"figures":[{"view":"table","from":2020.5}]})",
         "figures[0].from: expected text, found a number");
    pack("newer version", R"({"version":2,"figures":[{"view":"table"}]})",
         "version 2 is newer than this version of AI Policy Explorer reads (1)");
    pack("a view file given as a pack", R"({"format":"ai-policy-explorer-view","view":"table"})",
         "format: 'ai-policy-explorer-view' is not ai-policy-explorer-pack");
    pack("bad date", R"({"date":"30/11/2026","figures":[{"view":"table"}]})",
         "date: '30/11/2026' is not YYYY-MM-DD");
    pack("not JSON", "{", "not valid JSON at offset 1");
    pack("not an object", "[]", "the file must be a JSON object");
    view("view file: misspelt key", R"({"view":"timeline","stackby":"category"})", "stackby: unknown key");
    view("view file: funding as a list", R"({"view":"timeline","funding":["public"]})",
         "funding: expected text, found a list");
    view("view file: newer version", R"({"format":"ai-policy-explorer-view","version":3,"view":"table"})",
         "version 3 is newer");
    view("view file: no view", R"({"countries":"JPN"})", "view: expected text, found");
    view("view file: bad measure", R"({"view":"comparison","measure":"gdp"})",
         "measure: 'gdp' is not one of");
}

void TestFigureFiles::malformedFilesAreRefused()
{
    QFETCH(bool, pack);
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    const QString found =
        pack ? readBriefingPack(json, m_dataset, fixtureFilter()).error : readViewFile(json, m_dataset).error;
    QVERIFY2(found.startsWith(error), qPrintable(found));
    QVERIFY2(!found.contains(u'\n'), qPrintable(found)); // one line
}

QTEST_GUILESS_MAIN(TestFigureFiles)
#include "tst_figurefiles.moc"

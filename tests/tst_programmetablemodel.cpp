#include "programmetablemodel.h"
#include "syntheticdataset.h"
#include "tabseparated.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

using namespace Qt::StringLiterals;

class TestProgrammeTableModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { m_analysis = fixtureAnalysis(); }
    void passesModelTester();
    void proxyAppliesFilterAndSearch();
    void sortsAmountsByConvertedValue();
    void showsAndSortsTheFurthestMilestone();
    void filterChangesKeepTheSortOrder();
    void sortsManyRowsOnTheWorkersTheLastAskedWinning();
    void showsDatesForReadersAndSortsThemByDate();
    void currencyChangeUpdatesConvertedColumn();
    void tooltipIsTheFullTextEscaped();
    void copiesRowsAsTabSeparatedTextInTheGivenOrder();
    void tabsAndLineBreaksInCellsBecomeSpaces();

private:
    std::shared_ptr<const Analysis> m_analysis;
};

void TestProgrammeTableModel::passesModelTester()
{
    ProgrammeTableModel model(m_analysis);
    ProgrammeFilterProxy proxy(m_analysis);
    proxy.setSourceModel(&model);
    QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Filter filter = fixtureFilter();
    filter.countries = {u"JPN"_s};
    proxy.setFilter(filter);
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(model.columnCount(), int(ProgrammeTableModel::ColumnCount));
}

void TestProgrammeTableModel::proxyAppliesFilterAndSearch()
{
    ProgrammeTableModel model(m_analysis);
    ProgrammeFilterProxy proxy(m_analysis);
    proxy.setSourceModel(&model);
    Filter filter = fixtureFilter();
    proxy.setFilter(filter);
    QCOMPARE(proxy.rowCount(), 6);
    filter.search = u"japan"_s; // matches the country name
    proxy.setFilter(filter);
    QCOMPARE(proxy.rowCount(), 3);
    filter.search = u"GPU"_s;
    proxy.setFilter(filter);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, ProgrammeTableModel::AmountColumn).data().toString(), u"up to ¥72.5 billion"_s);
    QCOMPARE(proxy.index(0, 0).data(ProgrammeTableModel::ProgrammeIdRole).toString(), u"jp-gpu"_s);
}

void TestProgrammeTableModel::sortsAmountsByConvertedValue()
{
    ProgrammeTableModel model(m_analysis);
    ProgrammeFilterProxy proxy(m_analysis);
    proxy.setSourceModel(&model);
    proxy.setFilter(fixtureFilter());
    proxy.sort(ProgrammeTableModel::AmountColumn, Qt::DescendingOrder);
    QStringList order;
    for (int row = 0; row < proxy.rowCount(); ++row)
        order.append(proxy.index(row, 0).data(ProgrammeTableModel::ProgrammeIdRole).toString());
    QCOMPARE(order, (QStringList{u"us-chips"_s, u"jp-umbrella"_s, u"jp-first-year"_s, u"fr-strategy"_s,
                                 u"jp-gpu"_s, u"fr-withdrawn"_s}));
}

void TestProgrammeTableModel::showsAndSortsTheFurthestMilestone()
{
    ProgrammeTableModel model(m_analysis);
    ProgrammeFilterProxy proxy(m_analysis);
    proxy.setSourceModel(&model);
    proxy.setFilter(fixtureFilter());
    proxy.sort(ProgrammeTableModel::MilestoneColumn, Qt::AscendingOrder);
    QStringList shown;
    for (int row = 0; row < 2; ++row) {
        shown.append(proxy.index(row, 0).data(ProgrammeTableModel::ProgrammeIdRole).toString() + u": "_s +
                     proxy.index(row, ProgrammeTableModel::MilestoneColumn).data().toString());
    }
    // Each programme's furthest stage at its latest date (paid, not the larger award, for us-chips), by its
    // value in the display currency; the yen award converts at its 2024 rate; programmes without one last.
    QCOMPARE(shown, (QStringList{u"jp-gpu: Awarded: up to $483.3 million (19 April 2024)"_s,
                                 u"us-chips: Disbursed: $6 billion (July 2025)"_s}));
    QVERIFY(proxy.index(2, ProgrammeTableModel::MilestoneColumn).data().toString().isEmpty());
    QCOMPARE(model.headerData(ProgrammeTableModel::MilestoneColumn, Qt::Horizontal).toString(),
             u"Progress"_s);
}

// The model sorts; the proxy only filters, so a filter change neither re-sorts nor loses the order.
void TestProgrammeTableModel::filterChangesKeepTheSortOrder()
{
    ProgrammeTableModel model(m_analysis);
    ProgrammeFilterProxy proxy(m_analysis);
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Filter filter = fixtureFilter();
    proxy.setFilter(filter);
    proxy.sort(ProgrammeTableModel::ConvertedColumn, Qt::DescendingOrder);
    const auto shownIds = [&] {
        QStringList ids;
        for (int row = 0; row < proxy.rowCount(); ++row)
            ids.append(proxy.index(row, 0).data(ProgrammeTableModel::ProgrammeIdRole).toString());
        return ids;
    };
    const QStringList all = shownIds();
    QCOMPARE(all, (QStringList{u"us-chips"_s, u"jp-umbrella"_s, u"jp-first-year"_s, u"fr-strategy"_s,
                               u"jp-gpu"_s, u"fr-withdrawn"_s}));
    filter.countries = {u"JPN"_s};
    model.setFilter(filter);
    proxy.setFilter(filter);
    QCOMPARE(shownIds(), (QStringList{u"jp-umbrella"_s, u"jp-first-year"_s, u"jp-gpu"_s}));
    filter.countries.clear();
    model.setFilter(filter);
    proxy.setFilter(filter);
    QCOMPARE(shownIds(), all);
    // In yen the order of the amounts stays, and the keys are the yen values.
    filter.currency = u"JPY"_s;
    model.setFilter(filter);
    proxy.setFilter(filter);
    QCOMPARE(shownIds(), all);
    QCOMPARE(
        proxy.index(4, ProgrammeTableModel::ConvertedColumn).data(ProgrammeTableModel::SortRole).toDouble(),
        72.5e9);
}

// Many rows sort on the workers: the rows keep their order until the sort is done, a followed row keeps its
// programme, and of two sorts asked for in a row only the second one's order is shown.
void TestProgrammeTableModel::sortsManyRowsOnTheWorkersTheLastAskedWinning()
{
    const auto large = std::make_shared<const Analysis>(
        std::make_shared<const Dataset>(syntheticDataset(m_analysis->dataset(), 2000, 7)));
    ProgrammeTableModel model(large);
    ProgrammeFilterProxy proxy(large);
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QThreadPool workers;
    model.setSortWorkers(&workers);
    QSignalSpy sorting(&model, &ProgrammeTableModel::sortingChanged);
    const QPersistentModelIndex followed = model.index(1234, ProgrammeTableModel::ProgrammeColumn);
    const QString followedId = followed.data(ProgrammeTableModel::ProgrammeIdRole).toString();
    const QString firstId = model.programmeAt(0).id;

    model.sort(ProgrammeTableModel::ConvertedColumn, Qt::AscendingOrder);
    QVERIFY(model.isSorting());
    QCOMPARE(model.programmeAt(0).id, firstId);
    model.sort(ProgrammeTableModel::ConvertedColumn, Qt::DescendingOrder);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isSorting(), 20000);
    QCOMPARE(sorting.size(), 2);
    QCOMPARE(sorting.at(0).at(0).toBool(), true);
    QCOMPARE(sorting.at(1).at(0).toBool(), false);
    workers.waitForDone(); // the first sort's result, dropped, may come in after the second's
    QCoreApplication::processEvents();
    QCOMPARE(sorting.size(), 2);

    ProgrammeTableModel atOnce(large); // without workers: sorted before sort() returns
    atOnce.sort(ProgrammeTableModel::ConvertedColumn, Qt::DescendingOrder);
    QCOMPARE(model.rowCount(), 14000);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.programmeAt(row).id, atOnce.programmeAt(row).id);
    const auto key = [&](int row) {
        return model.index(row, ProgrammeTableModel::ConvertedColumn).data(ProgrammeTableModel::SortRole);
    };
    QVERIFY(key(0).toDouble() > key(model.rowCount() / 2).toDouble());
    QCOMPARE(followed.data(ProgrammeTableModel::ProgrammeIdRole).toString(), followedId);
    QVERIFY(followed.row() != 1234);
}

// "29 March 2018" sorts after "19 April 2024" as text; the column sorts by the ISO date behind it.
void TestProgrammeTableModel::showsDatesForReadersAndSortsThemByDate()
{
    ProgrammeTableModel model(m_analysis);
    ProgrammeFilterProxy proxy(m_analysis);
    proxy.setSourceModel(&model);
    proxy.setFilter(fixtureFilter());
    proxy.sort(ProgrammeTableModel::AnnouncedColumn, Qt::AscendingOrder);
    QStringList shown;
    for (int row = 0; row < proxy.rowCount(); ++row)
        shown.append(proxy.index(row, ProgrammeTableModel::AnnouncedColumn).data().toString());
    QCOMPARE(shown, (QStringList{u"29 March 2018"_s, u"August 2022"_s, u"19 April 2024"_s, u"May 2024"_s,
                                 u"21 December 2025"_s, u"January 2026"_s}));
    QCOMPARE(proxy.index(0, ProgrammeTableModel::AnnouncedColumn).data(ProgrammeTableModel::SortRole),
             QVariant(20180329));
}

void TestProgrammeTableModel::currencyChangeUpdatesConvertedColumn()
{
    ProgrammeTableModel model(m_analysis);
    Filter filter = fixtureFilter();
    model.setFilter(filter);
    const auto gpuRow = [&] {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, 0).data(ProgrammeTableModel::ProgrammeIdRole) == u"jp-gpu"_s)
                return row;
        }
        return -1;
    }();
    QCOMPARE(model.index(gpuRow, ProgrammeTableModel::ConvertedColumn).data().toString(),
             u"up to $483.3 million"_s);
    int changes = 0;
    connect(&model, &QAbstractItemModel::dataChanged, this, [&] { ++changes; });
    filter.currency = u"JPY"_s;
    model.setFilter(filter);
    QCOMPARE(changes, 1);
    QCOMPARE(model.index(gpuRow, ProgrammeTableModel::ConvertedColumn).data().toString(),
             u"up to ¥72.5 billion"_s);
    QCOMPARE(model.headerData(ProgrammeTableModel::ConvertedColumn, Qt::Horizontal).toString(), u"In JPY"_s);
}

void TestProgrammeTableModel::tooltipIsTheFullTextEscaped()
{
    ProgrammeTableModel model(m_analysis);
    ProgrammeFilterProxy proxy(m_analysis);
    proxy.setSourceModel(&model);
    Filter filter = fixtureFilter();
    filter.search = u"GPU"_s;
    proxy.setFilter(filter);
    QCOMPARE(proxy.index(0, ProgrammeTableModel::ProgrammeColumn).data(Qt::ToolTipRole).toString(),
             u"<p style='white-space:pre'>GPU cloud subsidies 2024</p>"_s);
}

void TestProgrammeTableModel::copiesRowsAsTabSeparatedTextInTheGivenOrder()
{
    ProgrammeTableModel model(m_analysis);
    ProgrammeFilterProxy proxy(m_analysis);
    proxy.setSourceModel(&model);
    Filter filter = fixtureFilter();
    filter.countries = {u"FRA"_s};
    proxy.setFilter(filter);
    model.setFilter(filter);
    proxy.sort(ProgrammeTableModel::AnnouncedColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.rowCount(), 2);
    // Rows and columns in the order given, not the model's: the view's order after a sort and a move.
    const QString text =
        tabSeparatedRows(proxy, {1, 0},
                         {ProgrammeTableModel::ProgrammeColumn, ProgrammeTableModel::CountryColumn,
                          ProgrammeTableModel::AmountColumn});
    QCOMPARE(text, u"Programme\tCountry\tAmount as announced\n"
                   "Cancelled research fund\tFrance\t€100 million\n"
                   "AI strategy\tFrance\t€1.5 billion\n"_s);
}

namespace {
// Two columns of fixed text, for cells the dataset never has.
class TextModel : public QAbstractTableModel
{
public:
    QList<QStringList> cells;
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(cells.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 2; }
    QVariant data(const QModelIndex &index, int role) const override
    {
        return role == Qt::DisplayRole ? QVariant(cells.at(index.row()).at(index.column())) : QVariant();
    }
    QVariant headerData(int section, Qt::Orientation, int role) const override
    {
        return role == Qt::DisplayRole ? QVariant(section == 0 ? u"Name\tfirst"_s : u"Note"_s) : QVariant();
    }
};
} // namespace

void TestProgrammeTableModel::tabsAndLineBreaksInCellsBecomeSpaces()
{
    TextModel model;
    model.cells = {{u"a\tb"_s, u"line one\nline two\r\n"_s}, {u""_s, u"x\u2028y"_s}};
    QCOMPARE(tabSeparatedRows(model, {0, 1}, {0, 1}),
             u"Name first\tNote\na b\tline one line two  \n\tx y\n"_s);
    QCOMPARE(tabSeparatedRows(model, {}, {1}), u"Note\n"_s);
}

QTEST_GUILESS_MAIN(TestProgrammeTableModel)
#include "tst_programmetablemodel.moc"

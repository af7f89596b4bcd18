#include "programmetablemodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;

class TestProgrammeTableModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { m_analysis = fixtureAnalysis(); }
    void passesModelTester();
    void proxyAppliesFilterAndSearch();
    void sortsAmountsByConvertedValue();
    void currencyChangeUpdatesConvertedColumn();

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

QTEST_GUILESS_MAIN(TestProgrammeTableModel)
#include "tst_programmetablemodel.moc"

#include "comparisonchart.h"
#include "detailpane.h"
#include "mainwindow.h"
#include "programmetableview.h"
#include "recipientschart.h"
#include "testsupport.h"
#include "timelinechart.h"
#include "translation.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

// One filter edit reaches every view; a view's own control edits the shared filter.
class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup() { m_window.reset(); }
    void countryFilterReachesEveryView();
    void viewControlEditsTheSharedFilter();
    void tableSearchAndSelectionFillTheDetailPane();
    void japaneseShowsTranslatedMenusNamesAndAmounts();

private:
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::init()
{
    m_window = std::make_unique<MainWindow>(fixtureAnalysis());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::countryFilterReachesEveryView()
{
    auto *countries = m_window->findChild<QListWidget *>(u"countries"_s);
    QVERIFY(countries);
    const QList<QListWidgetItem *> japan = countries->findItems(u"Japan"_s, Qt::MatchExactly);
    QCOMPARE(japan.size(), 1);
    japan.constFirst()->setCheckState(Qt::Checked);

    QCOMPARE(m_window->filter().countries, QStringList{u"JPN"_s});
    const auto *timeline = static_cast<TimelineChart *>(m_window->view(ViewKind::Timeline));
    QCOMPARE(timeline->data().points.size(), 3);
    for (const TimelinePoint &point : timeline->data().points)
        QCOMPARE(point.countryCode, u"JPN"_s);
    const auto *comparison = static_cast<ComparisonChart *>(m_window->view(ViewKind::Comparison));
    QCOMPARE(comparison->data().rows.size(), 1);
    QCOMPARE(comparison->data().rows.constFirst().code, u"JPN"_s);
    const auto *recipients = static_cast<RecipientsChart *>(m_window->view(ViewKind::Recipients));
    QCOMPARE(recipients->data().programmeId, u"jp-gpu"_s);
    QCOMPARE(m_window->tableView()->table()->model()->rowCount(), 3);
}

void TestMainWindow::viewControlEditsTheSharedFilter()
{
    m_window->setCurrentView(ViewKind::Comparison);
    auto *comparison = static_cast<ComparisonChart *>(m_window->view(ViewKind::Comparison));
    QComboBox *measure = comparison->findChildren<QComboBox *>().constFirst();
    measure->setCurrentIndex(measure->findData(int(Measure::PerCapita)));
    emit measure->activated(measure->currentIndex());
    QCOMPARE(m_window->filter().measure, Measure::PerCapita);
    QCOMPARE(comparison->data().measure, Measure::PerCapita);
    QCOMPARE(comparison->data().rows.constFirst().totalText, u"$155.00"_s);
}

void TestMainWindow::tableSearchAndSelectionFillTheDetailPane()
{
    m_window->setCurrentView(ViewKind::Table);
    ProgrammeTableView *table = m_window->tableView();
    QTest::keyClicks(table->searchField(), u"GPU"_s);
    QCOMPARE(m_window->filter().search, u"GPU"_s);
    QCOMPARE(table->table()->model()->rowCount(), 1);
    table->table()->selectRow(0);
    const QString detail = table->detailPane()->text();
    QVERIFY2(detail.contains(u"Amount as announced\nup to ¥72.5 billion"_s), qPrintable(detail));
    QVERIFY(detail.contains(u"URL\nhttps://example.org/meti"_s));
}

void TestMainWindow::japaneseShowsTranslatedMenusNamesAndAmounts()
{
    applyLanguage(Language::Japanese);
    // Qt's own catalogue is loaded too, so standard dialogs (file, print) speak Japanese.
    const QString qtSaveAs = QCoreApplication::translate("QFileDialog", "Save As");
    MainWindow window(fixtureAnalysis());
    applyLanguage(Language::English); // the window keeps the language it was built in
    QVERIFY2(qtSaveAs != u"Save As"_s && !qtSaveAs.isEmpty(), qPrintable(qtSaveAs));
    QStringList menus;
    for (QAction *action : window.menuBar()->actions())
        menus.append(action->text());
    QCOMPARE(menus, (QStringList{u"ファイル(&F)"_s, u"編集(&E)"_s, u"表示(&V)"_s, u"ヘルプ(&H)"_s}));
    window.setCurrentView(ViewKind::Recipients);
    const auto *recipients = static_cast<RecipientsChart *>(window.view(ViewKind::Recipients));
    QCOMPARE(recipients->figure().title, u"GPUクラウド — 最大725億円"_s);
    QCOMPARE(recipients->data().bars.constFirst().label, u"さくらインターネット"_s);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

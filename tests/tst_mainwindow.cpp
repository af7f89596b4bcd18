#include "briefingpackdialog.h"
#include "chartview.h"
#include "commandline.h"
#include "comparisonchart.h"
#include "datasetcompiler.h"
#include "datasetdiffdialog.h"
#include "detailpane.h"
#include "figureplot.h"
#include "figuretable.h"
#include "mainwindow.h"
#include "programmetablemodel.h"
#include "programmetableview.h"
#include "recipientschart.h"
#include "testsupport.h"
#include "timelinechart.h"
#include "translation.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QWheelEvent>

using namespace Qt::StringLiterals;

// One filter edit reaches every view; a view's own control edits the shared filter.
class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup() { m_window.reset(); }
    void datasetIsNamedRememberedAndReopenedFromTheMenu();
    void onlyTheViewInFrontIsBuiltAndDrawnOnceAsTheWindowOpens();
    void comparesTheOpenDatasetWithAnotherOlderFirst();
    void hiddenViewsCatchUpWhenTheirTabIsChosen();
    void backgroundBuildsDropStaleFigures();
    void aHiddenChartDrawsItsBackgroundBuildWhenShown();
    void countryFilterReachesEveryView();
    void viewControlEditsTheSharedFilter();
    void tableSearchAndSelectionFillTheDetailPane();
    void japaneseShowsTranslatedMenusNamesAndAmounts();
    void findSearchesAndTheStatusBarCountsWhatIsShown();
    void copyPutsSelectedRowsOnTheClipboardAsTabSeparatedText();
    void arrowKeysMoveTheSelectionAndTheDetailPaneFollows();
    void hiddenColumnIsRememberedByTheNextWindow();
    void dateColumnHoldsWholeDatesAfterARestart();
    void everyInputHasAnAccessibleName();
    void doubleClickingAMarkerShowsItsProgrammeInTheTable();
    void doubleClickingACountryBarFiltersToIt();
    void markMenuCopiesItsTextAndFiltersToItsCountry();
    void timelineZoomsAndPansAlongTimeAndResets();
    void timelineZoomSetsTheYearFilters();
    void clickingAMarkSelectsItAndShowsItsDetail();
    void arrowKeysMoveThroughTheMarksAndAnnounceThem();
    void dataToggleShowsTheFiguresTable();
    void filtersComeBackAfterARestart();
    void aSessionTheDatasetNoLongerSupportsKeepsTheDefaults();
    void markupInTheDataIsShownAsWritten();
    void filterChangesUndoAndRedoByName();
    void aSavedViewOpensAsItWasSaved();
    void citationNamesFigureDatasetAndSources();
    void packDialogReordersCaptionsAndSavesThePack();
    void packInProgressSurvivesARestart();

private:
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    // Windows read settings when built and write them when closed: keep them away from the user's.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"AI Policy Explorer tests"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_window = std::make_unique<MainWindow>(fixtureAnalysis());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

// A window lays its plots out before and as it shows them; each draw of a timeline lays out every label, so
// the chart in front is drawn once, at the size it is shown at.
void TestMainWindow::onlyTheViewInFrontIsBuiltAndDrawnOnceAsTheWindowOpens()
{
    m_window.reset();
    MainWindow window(fixtureAnalysis());
    window.resize(1280, 800);
    QCOMPARE(window.findChildren<FigureView *>().size(), 1); // the others are built when first shown
    auto *timeline = qobject_cast<ChartView *>(window.view(ViewKind::Timeline));
    QVERIFY(timeline);
    QCOMPARE(window.currentView(), ViewKind::Timeline);
    QList<QSize> drawnAt;
    connect(timeline->plot(), &QCustomPlot::afterReplot, this,
            [&drawnAt, timeline] { drawnAt.append(timeline->plot()->size()); });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCoreApplication::sendPostedEvents();
    QCOMPARE(drawnAt, QList{timeline->plot()->size()});
    QVERIFY(!timeline->plot()->graph(0)->data()->isEmpty());
    QCOMPARE(window.findChildren<FigureView *>().size(), 1);

    // A tab chosen later shows its view built, filtered and drawn at once, the table its rows.
    window.findChild<QTabBar *>()->setCurrentIndex(2);
    QCOMPARE(window.currentView(), ViewKind::Comparison);
    auto *comparison = qobject_cast<ChartView *>(window.view(ViewKind::Comparison));
    QVERIFY(comparison && comparison->isVisible());
    QCoreApplication::sendPostedEvents();
    QVERIFY(comparison->plot()->plottableCount() > 0);
    QCOMPARE(window.findChildren<FigureView *>().size(), 2);
    window.findChild<QTabBar *>()->setCurrentIndex(3);
    QVERIFY(window.tableView()->isVisible());
    QCOMPARE(window.tableView()->table()->model()->rowCount(),
             fixtureAnalysis()->tableRows(window.filter()).size());
}

void TestMainWindow::countryFilterReachesEveryView()
{
    auto *countries = m_window->findChild<QListWidget *>(u"countries"_s);
    QVERIFY(countries);
    const QList<QListWidgetItem *> japan = countries->findItems(u"Japan"_s, Qt::MatchExactly);
    QCOMPARE(japan.size(), 1);
    japan.constFirst()->setCheckState(Qt::Checked);

    QCOMPARE(m_window->filter().countries, QStringList{u"JPN"_s});
    // Each chart is built when its tab comes to the front, as the user goes there.
    const auto *timeline = static_cast<TimelineChart *>(m_window->view(ViewKind::Timeline));
    QCOMPARE(timeline->data().points.size(), 3);
    for (const TimelinePoint &point : timeline->data().points)
        QCOMPARE(point.countryCode, u"JPN"_s);
    m_window->setCurrentView(ViewKind::Comparison);
    const auto *comparison = static_cast<ComparisonChart *>(m_window->view(ViewKind::Comparison));
    QCOMPARE(comparison->data().rows.size(), 1);
    QCOMPARE(comparison->data().rows.constFirst().code, u"JPN"_s);
    m_window->setCurrentView(ViewKind::Recipients);
    const auto *recipients = static_cast<RecipientsChart *>(m_window->view(ViewKind::Recipients));
    QCOMPARE(recipients->data().programmeId, u"jp-gpu"_s);
    m_window->setCurrentView(ViewKind::Table);
    QCOMPARE(m_window->tableView()->table()->model()->rowCount(), 3);
}

void TestMainWindow::viewControlEditsTheSharedFilter()
{
    m_window->setCurrentView(ViewKind::Comparison);
    auto *comparison = static_cast<ComparisonChart *>(m_window->view(ViewKind::Comparison));
    QComboBox *measure = comparison->findChildren<QComboBox *>().at(1); // after Show: Bars or Map
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
    QVERIFY(detail.contains(u"Announced\n19 April 2024"_s));
    QVERIFY(detail.contains(u"Published\n19 April 2024"_s));
}

namespace {
// Every label in the window's status bar, one a line.
QString statusBarText(const MainWindow &window)
{
    QStringList texts;
    for (const QLabel *label : window.statusBar()->findChildren<QLabel *>())
        texts.append(label->text());
    return texts.join(u'\n');
}
} // namespace

void TestMainWindow::japaneseShowsTranslatedMenusNamesAndAmounts()
{
    // As the app does, the language is set before the window is built and stays while it lives.
    applyLanguage(Language::Japanese);
    const auto english = qScopeGuard([] { applyLanguage(Language::English); });
    // Qt's own catalogue is loaded too, so standard dialogs (file, print) speak Japanese.
    const QString qtSaveAs = QCoreApplication::translate("QFileDialog", "Save As");
    MainWindow window(fixtureAnalysis());
    window.show();
    QVERIFY2(qtSaveAs != u"Save As"_s && !qtSaveAs.isEmpty(), qPrintable(qtSaveAs));
    QStringList menus;
    for (QAction *action : window.menuBar()->actions())
        menus.append(action->text());
    QCOMPARE(menus, (QStringList{u"ファイル(&F)"_s, u"編集(&E)"_s, u"表示(&V)"_s, u"データセット(&D)"_s,
                                 u"ヘルプ(&H)"_s}));
    window.setCurrentView(ViewKind::Recipients);
    const auto *recipients = static_cast<RecipientsChart *>(window.view(ViewKind::Recipients));
    QCOMPARE(recipients->figure().title, u"GPUクラウド — 最大725億円"_s);
    QCOMPARE(recipients->data().bars.constFirst().label, u"さくらインターネット"_s);
    QVERIFY(statusBarText(window).contains(u"2026年1月31日"_s));
}

namespace {
// The fixture's three METI programmes, newest first (the Table's default order).
void searchForMeti(MainWindow &window)
{
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), u"METI"_s);
}

void clickRow(QTableView *table, int row, Qt::KeyboardModifiers modifiers = {})
{
    const QRect cell = table->visualRect(table->model()->index(row, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, modifiers, cell.center());
}
} // namespace

void TestMainWindow::findSearchesAndTheStatusBarCountsWhatIsShown()
{
    m_window->setCurrentView(ViewKind::Timeline);
    auto *status = m_window->findChild<QLabel *>(u"programmeCount"_s);
    QVERIFY(status);
    QCOMPARE(status->text(), u"6 programme(s) match the filters"_s); // every public programme
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(m_window->currentView(), ViewKind::Table);
    QLineEdit *search = m_window->tableView()->searchField();
    QCOMPARE(QApplication::focusWidget(), search);
    QCOMPARE(search->accessibleName(), u"Search programmes"_s);
    QCOMPARE(m_window->tableView()->table()->accessibleName(), u"Programmes"_s);
    QTest::keyClicks(search, u"METI"_s);
    QCOMPARE(m_window->tableView()->table()->model()->rowCount(), 3);
    QCOMPARE(status->text(), u"3 programme(s) match the filters and search"_s);

    // A second Ctrl+F selects the search, so typing replaces it.
    m_window->tableView()->table()->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(search->selectedText(), u"METI"_s);
    QTest::keyClicks(search, u"GPU"_s);
    QCOMPARE(status->text(), u"1 programme(s) match the filters and search"_s);
}

void TestMainWindow::copyPutsSelectedRowsOnTheClipboardAsTabSeparatedText()
{
    searchForMeti(*m_window);
    QTableView *table = m_window->tableView()->table();
    clickRow(table, 0);
    clickRow(table, 1, Qt::ShiftModifier);
    QCOMPARE(table->selectionModel()->selectedRows().size(), 2);
    QApplication::clipboard()->clear();
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    // jp-first-year: ¥387.3 bn announced 2026, at the latest JPY rate (2025: 140 per USD) = $2.766 bn;
    // jp-umbrella: about ¥1 tn announced 2025, at 140 per USD = about $7.143 bn.
    const QString expected =
        u"Country\tProgramme\tAmount as announced\tIn USD\tAnnounced\tStatus\tProgress\t"
        "Category\tFunding\tPeriod\tAnnounced by\n"
        "Japan\tFoundation model first year\t¥387.3 billion\t$2.766 billion\tJanuary 2026\tApproved\t\t"
        "Models\tPublic\t2026\tMETI\n"
        "Japan\tFoundation model support\tabout ¥1 trillion\tabout $7.143 billion\t21 December 2025\t"
        "Announced\t\tModels\tPublic\t2026–2030\tMETI\n"_s;
    QCOMPARE(QApplication::clipboard()->text(), expected);

    // The context menu and Edit menu hold the same action; moved and hidden columns copy as shown.
    QVERIFY(table->actions().contains(m_window->tableView()->copyRowsAction()));
    const QList<QAction *> menus = m_window->menuBar()->actions();
    const auto edit =
        std::find_if(menus.cbegin(), menus.cend(), [](QAction *m) { return m->text() == u"&Edit"; });
    QVERIFY(edit != menus.cend());
    QVERIFY((*edit)->menu()->actions().contains(m_window->tableView()->copyRowsAction()));
    QHeaderView *header = table->horizontalHeader();
    header->moveSection(header->visualIndex(ProgrammeTableModel::BodyColumn), 0);
    for (int column = ProgrammeTableModel::AmountColumn; column < ProgrammeTableModel::BodyColumn; ++column)
        header->hideSection(column);
    QApplication::clipboard()->clear();
    m_window->tableView()->copyRowsAction()->trigger();
    QCOMPARE(QApplication::clipboard()->text(), u"Announced by\tCountry\tProgramme\n"
                                                "METI\tJapan\tFoundation model first year\n"
                                                "METI\tJapan\tFoundation model support\n"_s);
}

void TestMainWindow::arrowKeysMoveTheSelectionAndTheDetailPaneFollows()
{
    searchForMeti(*m_window);
    QTableView *table = m_window->tableView()->table();
    clickRow(table, 0);
    QVERIFY(m_window->tableView()->detailPane()->text().startsWith(u"Foundation model first year\n"_s));
    QTest::keyClick(table, Qt::Key_Down);
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->currentIndex().row(), 2);
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    QVERIFY2(m_window->tableView()->detailPane()->text().startsWith(u"GPU cloud subsidies 2024\n"_s),
             qPrintable(m_window->tableView()->detailPane()->text()));
    QTest::keyClick(table, Qt::Key_Up);
    QVERIFY(m_window->tableView()->detailPane()->text().startsWith(u"Foundation model support\n"_s));
}

void TestMainWindow::hiddenColumnIsRememberedByTheNextWindow()
{
    m_window->setCurrentView(ViewKind::Table);
    std::unique_ptr<QMenu> menu(m_window->tableView()->createColumnsMenu(nullptr));
    const QList<QAction *> actions = menu->actions();
    const auto period = std::find_if(actions.cbegin(), actions.cend(),
                                     [](QAction *action) { return action->text() == u"Period"_s; });
    QVERIFY(period != actions.cend());
    QVERIFY((*period)->isChecked());
    (*period)->trigger();
    QHeaderView *header = m_window->tableView()->table()->horizontalHeader();
    QVERIFY(header->isSectionHidden(ProgrammeTableModel::PeriodColumn));
    header->resizeSection(ProgrammeTableModel::CountryColumn, 177);
    m_window->close();

    MainWindow next(fixtureAnalysis());
    QHeaderView *restored = next.tableView()->table()->horizontalHeader();
    QVERIFY(restored->isSectionHidden(ProgrammeTableModel::PeriodColumn));
    QVERIFY(!restored->isSectionHidden(ProgrammeTableModel::CountryColumn));
    QCOMPARE(restored->sectionSize(ProgrammeTableModel::CountryColumn), 177);

    // Reset Columns brings every column back.
    std::unique_ptr<QMenu> nextMenu(next.tableView()->createColumnsMenu(nullptr));
    nextMenu->actions().constLast()->trigger();
    QCOMPARE(restored->hiddenSectionCount(), 0);
}

// "28 September 2025" is the widest English date; a column sized for ISO dates, as a layout saved by an
// earlier version is, would cut it.
void TestMainWindow::dateColumnHoldsWholeDatesAfterARestart()
{
    m_window->setCurrentView(ViewKind::Table);
    QTableView *table = m_window->tableView()->table();
    const int widest = table->fontMetrics().horizontalAdvance(u"28 September 2025"_s);
    QVERIFY2(table->columnWidth(ProgrammeTableModel::AnnouncedColumn) > widest,
             qPrintable(QString::number(table->columnWidth(ProgrammeTableModel::AnnouncedColumn))));
    table->setColumnWidth(ProgrammeTableModel::AnnouncedColumn, widest / 2);
    m_window->close();

    MainWindow next(fixtureAnalysis());
    QVERIFY(next.tableView()->table()->columnWidth(ProgrammeTableModel::AnnouncedColumn) > widest);
}

void TestMainWindow::everyInputHasAnAccessibleName()
{
    for (ViewKind kind : allEnumValues<ViewKind>()) // each built, as a user visiting every tab finds it
        m_window->view(kind);
    // A screen reader names a control by its accessible name or by the label whose buddy it is.
    QSet<const QWidget *> labelled;
    for (const QLabel *label : m_window->findChildren<QLabel *>()) {
        if (label->buddy() && !label->text().isEmpty())
            labelled.insert(label->buddy());
    }
    int checked = 0;
    for (QWidget *widget : m_window->findChildren<QWidget *>()) {
        const bool input = qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractSpinBox *>(widget) ||
                           qobject_cast<QLineEdit *>(widget) || qobject_cast<QAbstractItemView *>(widget);
        // Parts of a control (a spin box's editor, a combo box's popup, a table's header) go by its name.
        bool part = false;
        for (const QWidget *owner = widget->parentWidget(); owner; owner = owner->parentWidget()) {
            part = part || qobject_cast<const QComboBox *>(owner) ||
                   qobject_cast<const QAbstractSpinBox *>(owner) ||
                   qobject_cast<const QAbstractItemView *>(owner);
        }
        if (!input || part || qobject_cast<QHeaderView *>(widget))
            continue;
        ++checked;
        QVERIFY2(
            !widget->accessibleName().isEmpty() || labelled.contains(widget),
            qPrintable(QString::fromLatin1(widget->metaObject()->className()) + u' ' + widget->objectName()));
    }
    QVERIFY(checked >= 12); // the filter dock's five, the charts' six, the table's search and grid
}

// The pixel where the timeline draws a programme's marker.
static QPoint markerOf(const TimelineChart &timeline, const QString &programmeId)
{
    for (const TimelinePoint &point : timeline.data().points) {
        if (point.programme->id == programmeId) {
            const double key = QCPAxisTickerDateTime::dateTimeToKey(
                QDateTime(point.announced.firstDay(), QTime(0, 0), Qt::UTC));
            return QPointF(timeline.plot()->xAxis->coordToPixel(key),
                           timeline.plot()->yAxis->coordToPixel(point.value))
                .toPoint();
        }
    }
    return {};
}

void TestMainWindow::doubleClickingAMarkerShowsItsProgrammeInTheTable()
{
    m_window->setCurrentView(ViewKind::Table);
    QTest::keyClicks(m_window->tableView()->searchField(), u"CHIPS"_s); // a search that hides the programme
    m_window->setCurrentView(ViewKind::Timeline);
    auto *timeline = static_cast<TimelineChart *>(m_window->view(ViewKind::Timeline));
    timeline->plot()->replot();
    QTest::mouseDClick(timeline->plot(), Qt::LeftButton, {}, markerOf(*timeline, u"jp-gpu"_s));
    QCOMPARE(m_window->currentView(), ViewKind::Table);
    QVERIFY(m_window->filter().search.isEmpty()); // cleared, so the programme can be shown
    const QModelIndex current = m_window->tableView()->table()->currentIndex();
    QCOMPARE(current.data(ProgrammeTableModel::ProgrammeIdRole).toString(), u"jp-gpu"_s);
    QVERIFY(m_window->tableView()->detailPane()->text().contains(u"up to ¥72.5 billion"_s));
}

void TestMainWindow::doubleClickingACountryBarFiltersToIt()
{
    m_window->setCurrentView(ViewKind::Comparison);
    auto *comparison = static_cast<ComparisonChart *>(m_window->view(ViewKind::Comparison));
    comparison->plot()->replot();
    QCustomPlot *plot = comparison->plot();
    // Japan is the second of three rows (key 2); a point inside its bar.
    const QPoint japan(int(plot->xAxis->coordToPixel(comparison->data().rows.at(1).total / 2)),
                       int(plot->yAxis->coordToPixel(2)));
    QCOMPARE(comparison->data().rows.at(1).code, u"JPN"_s);
    QTest::mouseDClick(plot, Qt::LeftButton, {}, japan);
    QCOMPARE(m_window->filter().countries, QStringList{u"JPN"_s});
    QCOMPARE(comparison->data().rows.size(), 1);
}

void TestMainWindow::markMenuCopiesItsTextAndFiltersToItsCountry()
{
    m_window->setCurrentView(ViewKind::Timeline);
    auto *timeline = static_cast<TimelineChart *>(m_window->view(ViewKind::Timeline));
    timeline->plot()->replot();
    const std::optional<PlotMark> mark = timeline->plot()->markAt(markerOf(*timeline, u"jp-gpu"_s));
    QVERIFY(mark);
    const std::unique_ptr<QMenu> menu(timeline->createMarkMenu(*mark, nullptr));
    QStringList entries;
    for (QAction *action : menu->actions())
        entries.append(action->text());
    QCOMPARE(entries, (QStringList{u"Show in &Table"_s, u"&Filter to Japan"_s, u"&Copy as Text"_s}));
    menu->actions().at(2)->trigger();
    const QString copied = QApplication::clipboard()->text();
    QVERIFY2(copied.startsWith(u"GPU cloud subsidies 2024\nJapan\nAs announced: up to ¥72.5 billion"_s),
             qPrintable(copied));
    menu->actions().at(1)->trigger();
    QCOMPARE(m_window->filter().countries, QStringList{u"JPN"_s});
}

void TestMainWindow::timelineZoomsAndPansAlongTimeAndResets()
{
    m_window->setCurrentView(ViewKind::Timeline);
    auto *timeline = static_cast<TimelineChart *>(m_window->view(ViewKind::Timeline));
    QCustomPlot *plot = timeline->plot();
    plot->replot();
    const QCPRange years = plot->xAxis->range();
    const QCPRange amounts = plot->yAxis->range();
    const QPoint middle = plot->axisRect()->rect().center();
    // The wheel zooms in about the pointer, along time only.
    QWheelEvent wheel(middle, plot->mapToGlobal(middle), {}, {0, 120}, Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(plot, &wheel);
    QVERIFY2(plot->xAxis->range().size() < years.size(), "the wheel zooms in");
    QCOMPARE(plot->yAxis->range(), amounts);
    // A drag to the left moves later years into view; the keyboard pans and zooms too.
    const QCPRange zoomed = plot->xAxis->range();
    QTest::mousePress(plot, Qt::LeftButton, {}, middle);
    QTest::mouseMove(plot, middle - QPoint(100, 0));
    QTest::mouseRelease(plot, Qt::LeftButton, {}, middle - QPoint(100, 0));
    QVERIFY(plot->xAxis->range().lower > zoomed.lower);
    const QCPRange dragged = plot->xAxis->range();
    QTest::keyClick(plot, Qt::Key_Left, Qt::ShiftModifier);
    QVERIFY(plot->xAxis->range().lower < dragged.lower);
    QTest::keyClick(plot, Qt::Key_Minus);
    QVERIFY(plot->xAxis->range().size() > dragged.size());
    // The events lane follows the main axis.
    QCOMPARE(plot->axisRect(1)->axis(QCPAxis::atBottom)->range(), plot->xAxis->range());
    // View › Reset Zoom (Ctrl+0) restores the figure's range.
    QTest::keyClick(m_window.get(), Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(plot->xAxis->range(), years);
}

static double dateKey(int year, int month, int day)
{
    return QCPAxisTickerDateTime::dateTimeToKey(QDateTime(QDate(year, month, day), QTime(0, 0), Qt::UTC));
}

void TestMainWindow::timelineZoomSetsTheYearFilters()
{
    m_window->setCurrentView(ViewKind::Timeline);
    auto *timeline = static_cast<TimelineChart *>(m_window->view(ViewKind::Timeline));
    QCustomPlot *plot = timeline->plot();
    plot->replot();
    const Filter before = m_window->filter();
    const QCPRange everything = plot->xAxis->range();
    // Zoomed to November 2021 – October 2025, then nudged by a short drag: 2022 to 2025 are in view.
    plot->xAxis->setRange(dateKey(2021, 11, 1), dateKey(2025, 10, 1));
    plot->replot();
    const QPoint middle = plot->axisRect()->rect().center();
    QTest::mousePress(plot, Qt::LeftButton, {}, middle);
    QTest::mouseMove(plot, middle + QPoint(6, 0));
    QTest::mouseRelease(plot, Qt::LeftButton, {}, middle + QPoint(6, 0));
    // Once the drag has come to rest, the years in view are every view's year filters.
    QTRY_COMPARE(m_window->filter().fromYear, 2022);
    QCOMPARE(m_window->filter().toYear, 2025);
    auto *fromYear = m_window->findChild<QSpinBox *>(u"fromYear"_s);
    QVERIFY(fromYear);
    QCOMPARE(fromYear->value(), 2022);
    QStringList shown;
    for (const TimelinePoint &point : timeline->data().points)
        shown.append(point.programme->id);
    shown.sort();
    QCOMPARE(shown, (QStringList{u"fr-withdrawn"_s, u"jp-gpu"_s, u"jp-umbrella"_s, u"us-chips"_s}));
    m_window->setCurrentView(ViewKind::Table);
    QCOMPARE(m_window->tableView()->table()->model()->rowCount(), 4);
    m_window->setCurrentView(ViewKind::Timeline);
    // Reset Zoom gives back the years the zoom replaced, and the whole range.
    QTest::keyClick(m_window.get(), Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(m_window->filter().fromYear, before.fromYear);
    QCOMPARE(m_window->filter().toYear, before.toYear);
    plot->replot();
    QCOMPARE(plot->xAxis->range(), everything);
}

void TestMainWindow::clickingAMarkSelectsItAndShowsItsDetail()
{
    m_window->setCurrentView(ViewKind::Timeline);
    auto *timeline = static_cast<TimelineChart *>(m_window->view(ViewKind::Timeline));
    FigurePlot *plot = timeline->plot();
    plot->replot();
    QVERIFY(!timeline->detailPane()->isVisible());
    QTest::mouseClick(plot, Qt::LeftButton, {}, markerOf(*timeline, u"jp-gpu"_s) + QPoint(2, -1));
    QCOMPARE(plot->selectedMark()->id, u"jp-gpu"_s);
    QVERIFY(timeline->detailPane()->isVisible());
    QVERIFY2(timeline->detailPane()->text().contains(u"up to ¥72.5 billion"_s),
             qPrintable(timeline->detailPane()->text()));
    // The programme is the Table's current row, without leaving the chart.
    QCOMPARE(m_window->currentView(), ViewKind::Timeline);
    QCOMPARE(m_window->tableView()->table()->currentIndex().data(ProgrammeTableModel::ProgrammeIdRole),
             u"jp-gpu"_s);
    // The selection survives a filter that still shows the mark, and goes with one that does not.
    Filter japan = m_window->filter();
    japan.countries = {u"JPN"_s};
    m_window->setFilter(japan);
    QCOMPARE(plot->selectedMark()->id, u"jp-gpu"_s);
    Filter france = japan;
    france.countries = {u"FRA"_s};
    m_window->setFilter(france);
    QVERIFY(!plot->selectedMark());
    QVERIFY(!timeline->detailPane()->isVisible());

    // A stacked segment of the comparison: the country's line and its value.
    m_window->setFilter(japan);
    m_window->setCurrentView(ViewKind::Comparison);
    auto *comparison = static_cast<ComparisonChart *>(m_window->view(ViewKind::Comparison));
    comparison->plot()->replot();
    const QPoint bar(int(comparison->plot()->xAxis->coordToPixel(comparison->data().rows.at(0).total / 2)),
                     int(comparison->plot()->yAxis->coordToPixel(1)));
    QTest::mouseClick(comparison->plot(), Qt::LeftButton, {}, bar);
    QVERIFY(comparison->plot()->selectedMark());
    QCOMPARE(comparison->plot()->selectedMark()->countryCode, u"JPN"_s);
    QVERIFY(comparison->detailPane()->text().startsWith(u"Japan"_s));
    // A click on empty space clears the selection.
    QTest::mouseClick(comparison->plot(), Qt::LeftButton, {}, QPoint(3, 3));
    QVERIFY(!comparison->plot()->selectedMark());
}

void TestMainWindow::arrowKeysMoveThroughTheMarksAndAnnounceThem()
{
    m_window->setCurrentView(ViewKind::Timeline);
    auto *timeline = static_cast<TimelineChart *>(m_window->view(ViewKind::Timeline));
    FigurePlot *plot = timeline->plot();
    plot->replot();
    plot->setFocus();
    // The marks in date order: France's 2018 strategy comes first.
    QTest::keyClick(plot, Qt::Key_Right);
    QCOMPARE(plot->selectedMark()->id, u"fr-strategy"_s);
    QTest::keyClick(plot, Qt::Key_Right);
    QCOMPARE(plot->selectedMark()->id, u"us-chips"_s);
    QVERIFY2(plot->accessibleDescription().startsWith(u"CHIPS"_s), qPrintable(plot->accessibleDescription()));
    QCOMPARE(plot->accessibleDescription(), plot->selectedMark()->lines.join(u", "));
    QTest::keyClick(plot, Qt::Key_Left);
    QCOMPARE(plot->selectedMark()->id, u"fr-strategy"_s);
    // Enter opens it in the Table, as a double click does; Escape clears the selection.
    QTest::keyClick(plot, Qt::Key_Escape);
    QVERIFY(!plot->selectedMark());
    QVERIFY(plot->accessibleDescription().isEmpty());
    QTest::keyClick(plot, Qt::Key_End);
    QVERIFY(plot->selectedMark()->id.startsWith(u"event:"_s)); // the events lane comes last
    QTest::keyClick(plot, Qt::Key_Home);
    QTest::keyClick(plot, Qt::Key_Return);
    QCOMPARE(m_window->currentView(), ViewKind::Table);
    QCOMPARE(m_window->tableView()->table()->currentIndex().data(ProgrammeTableModel::ProgrammeIdRole),
             u"fr-strategy"_s);
}

void TestMainWindow::dataToggleShowsTheFiguresTable()
{
    m_window->setCurrentView(ViewKind::Comparison);
    auto *comparison = static_cast<ComparisonChart *>(m_window->view(ViewKind::Comparison));
    QVERIFY(!comparison->dataTable()->isVisible());
    QTest::mouseClick(comparison->dataToggle(), Qt::LeftButton);
    QVERIFY(comparison->dataTable()->isVisible());
    // The rows --with-table prints, and they follow the filter.
    const FigureTable expected = figureTable(ViewKind::Comparison, *fixtureAnalysis(), m_window->filter());
    const QAbstractItemModel *shown = comparison->dataTable()->model();
    QCOMPARE(shown->rowCount(), expected.rows.size());
    QCOMPARE(shown->columnCount(), expected.columns.size());
    for (int r = 0; r < shown->rowCount(); ++r) {
        for (int c = 0; c < shown->columnCount(); ++c)
            QCOMPARE(shown->index(r, c).data().toString(), expected.rows.at(r).at(c));
    }
    QCOMPARE(shown->headerData(0, Qt::Horizontal).toString(), expected.columns.at(0).title);
    Filter japan = m_window->filter();
    japan.countries = {u"JPN"_s};
    m_window->setFilter(japan);
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, 0).data().toString(), u"Japan"_s);
    QVERIFY(!comparison->dataTable()->accessibleName().isEmpty());
}

void TestMainWindow::filtersComeBackAfterARestart()
{
    Filter edited = m_window->filter();
    edited.countries = {u"JPN"_s, u"FRA"_s};
    edited.currency = u"JPY"_s;
    edited.timelineMode = TimelineMode::Annualised;
    edited.recipientsMode = RecipientsMode::Ranking;
    edited.search = u"GPU"_s;
    m_window->setFilter(edited);
    m_window->setCurrentView(ViewKind::Comparison);
    m_window->tableView()->table()->sortByColumn(ProgrammeTableModel::AnnouncedColumn, Qt::DescendingOrder);
    m_window->close(); // writes the session, as quitting does
    m_window = std::make_unique<MainWindow>(fixtureAnalysis());
    QVERIFY(m_window->filter() == edited);
    QCOMPARE(m_window->currentView(), ViewKind::Comparison);
    m_window->show();
    m_window->setCurrentView(ViewKind::Table);
    QCOMPARE(m_window->tableView()->searchField()->text(), u"GPU"_s);
    auto *currency = m_window->findChild<QComboBox *>(u"currency"_s);
    QCOMPARE(currency->currentData().toString(), u"JPY"_s);
    m_window->setCurrentView(ViewKind::Timeline);
    const auto *timeline = static_cast<TimelineChart *>(m_window->view(ViewKind::Timeline));
    QCOMPARE(timeline->data().mode, TimelineMode::Annualised);
    // The Table's sort too, rows and header alike: without the search, the latest of Japan's and France's.
    edited.search.clear();
    m_window->setFilter(edited);
    m_window->setCurrentView(ViewKind::Table);
    const QTableView *table = m_window->tableView()->table();
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(ProgrammeTableModel::AnnouncedColumn));
    QCOMPARE(table->model()->index(0, 0).data(ProgrammeTableModel::ProgrammeIdRole).toString(),
             u"jp-first-year"_s);
}

void TestMainWindow::aSessionTheDatasetNoLongerSupportsKeepsTheDefaults()
{
    m_window->close();
    QSettings().setValue(u"session/filter/countries"_s, u"JPN,XXX"_s);
    QSettings().setValue(u"session/filter/currency"_s, u"JPY"_s);
    m_window = std::make_unique<MainWindow>(fixtureAnalysis());
    QVERIFY(m_window->filter() == defaultFilter(fixtureAnalysis()->dataset()));
    QVERIFY2(m_window->statusBar()->currentMessage().contains(u"unknown country code 'XXX'"_s),
             qPrintable(m_window->statusBar()->currentMessage()));
}

// What a rich-text widget shows for `text`: the text itself when Qt takes it as plain.
static QString shownText(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText().replace(QChar::LineSeparator, u'\n');
}

void TestMainWindow::markupInTheDataIsShownAsWritten()
{
    // Names, titles and the version with markup in them, the kind a hand-edited source could carry.
    const QString markup = u"<b>bold</b> <img src=/etc/hostname> &amp;"_s;
    QTemporaryDir dir;
    const QDir sources(dir.path());
    QVERIFY(copyFixture(dir.path()));
    QVERIFY(replaceInFile(sources.filePath(u"programmes.csv"_s), u"GPU cloud subsidies 2024"_s, markup));
    QVERIFY(replaceInFile(sources.filePath(u"countries.csv"_s), u"JPN,Japan,"_s,
                          u"JPN,Japan "_s + markup + u','));
    QVERIFY(replaceInFile(sources.filePath(u"recipients.csv"_s), u"Sakura Internet"_s, markup));
    QVERIFY(replaceInFile(sources.filePath(u"events.csv"_s), u"AI Promotion Act passed"_s, markup));
    QVERIFY(replaceInFile(sources.filePath(u"meta.csv"_s), u"test.1"_s, u"test.1 "_s + markup));
    const CompileResult compiled = compileDatasetSources(dir.path());
    QVERIFY2(compiled.ok(), qPrintable(compiled.errors.join(u'\n')));
    m_window->close();
    auto analysis = std::make_shared<const Analysis>(std::make_shared<const Dataset>(compiled.dataset));
    m_window = std::make_unique<MainWindow>(analysis);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    int checked = 0;
    const auto expectShownAsWritten = [&](const QString &text, const QString &where) {
        if (!text.contains(u"bold")) // the word comes only with the markup, escaped or not
            return;
        ++checked;
        QVERIFY2(shownText(text).contains(markup), qPrintable(where + u": "_s + text));
    };
    // Every label, the status bar's dataset version among them.
    for (const QLabel *label : m_window->findChildren<QLabel *>()) {
        if (label->textFormat() != Qt::PlainText)
            expectShownAsWritten(label->text(), u"label"_s);
    }
    // Every mark's tooltip and detail in every chart, the Data table's tooltips, the Table's tooltips.
    for (ViewKind kind : {ViewKind::Timeline, ViewKind::Recipients, ViewKind::Comparison}) {
        m_window->setCurrentView(kind);
        auto *chart = static_cast<ChartView *>(m_window->view(kind));
        chart->plot()->replot();
        for (const PlotMark &mark : chart->plot()->marks()) {
            expectShownAsWritten(toolTipHtml(mark.lines), u"tooltip"_s);
            chart->plot()->selectMark(mark.id);
            // The pane's text() is what it shows.
            const QString detail = chart->detailPane()->text();
            QVERIFY2(!mark.lines.join(u' ').contains(u"bold") || detail.contains(markup), qPrintable(detail));
        }
        chart->dataToggle()->setChecked(true);
        const QAbstractItemModel *data = chart->dataTable()->model();
        for (int r = 0; r < data->rowCount(); ++r) {
            for (int c = 0; c < data->columnCount(); ++c)
                expectShownAsWritten(data->index(r, c).data(Qt::ToolTipRole).toString(), u"data table"_s);
        }
    }
    const QAbstractItemModel *table = m_window->tableView()->table()->model();
    for (int r = 0; r < table->rowCount(); ++r) {
        for (int c = 0; c < table->columnCount(); ++c)
            expectShownAsWritten(table->index(r, c).data(Qt::ToolTipRole).toString(), u"table"_s);
    }
    QVERIFY2(checked >= 15, qPrintable(QString::number(checked)));
}

void TestMainWindow::filterChangesUndoAndRedoByName()
{
    QUndoStack *undo = m_window->undoStack();
    QCOMPARE(undo->count(), 0); // opening the window is no step
    const Filter start = m_window->filter();
    auto *currency = m_window->findChild<QComboBox *>(u"currency"_s);
    currency->setCurrentIndex(currency->findData(u"JPY"_s));
    emit currency->activated(currency->currentIndex());
    Filter japan = m_window->filter();
    japan.countries = {u"JPN"_s};
    m_window->setFilter(japan);
    // Typing a search is one step, however many keys.
    m_window->setCurrentView(ViewKind::Table);
    QTest::keyClicks(m_window->tableView()->searchField(), u"GPU"_s);
    QCOMPARE(m_window->filter().search, u"GPU"_s);
    QCOMPARE(undo->count(), 3);
    QCOMPARE(undo->undoText(), u"Search: “GPU”"_s);
    undo->undo();
    QVERIFY(m_window->filter().search.isEmpty());
    QCOMPARE(m_window->tableView()->searchField()->text(), QString());
    QCOMPARE(undo->undoText(), u"Countries: Japan"_s);
    undo->undo();
    QCOMPARE(m_window->filter().countries, QStringList());
    QCOMPARE(undo->undoText(), u"Currency: JPY"_s);
    // Edit › Undo names the step and takes it back.
    QAction *undoAction = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->text() == u"Undo Currency: JPY")
            undoAction = action;
    }
    QVERIFY(undoAction);
    undoAction->trigger();
    QVERIFY(m_window->filter() == start);
    QCOMPARE(currency->currentData().toString(), start.currency);
    undo->redo();
    QCOMPARE(m_window->filter().currency, u"JPY"_s);
}

void TestMainWindow::aSavedViewOpensAsItWasSaved()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"gpu.apeview"_s);
    Filter saved = m_window->filter();
    saved.countries = {u"JPN"_s};
    saved.currency = u"JPY"_s;
    saved.recipientsMode = RecipientsMode::Ranking;
    m_window->setFilter(saved);
    m_window->setCurrentView(ViewKind::Recipients);
    QCOMPARE(m_window->saveView(path), QString());
    const Figure before = m_window->view(ViewKind::Recipients)->figure();

    // Another session, elsewhere: the file brings back the view, its filter and so the same figure.
    m_window->close();
    QSettings().clear();
    m_window = std::make_unique<MainWindow>(fixtureAnalysis());
    QCOMPARE(m_window->openView(path), QString());
    QCOMPARE(m_window->currentView(), ViewKind::Recipients);
    QVERIFY(m_window->filter() == saved);
    QVERIFY(m_window->view(ViewKind::Recipients)->figure().chart == before.chart);
    QCOMPARE(QSettings().value(u"views/recent"_s).toStringList(),
             QStringList{QFileInfo(path).absoluteFilePath()});

    // A broken file changes nothing and says what is wrong.
    QFile broken(dir.filePath(u"broken.apeview"_s));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(R"({"view":"recipients","contries":"USA"})");
    broken.close();
    const QString error = m_window->openView(broken.fileName());
    QVERIFY2(error.contains(u"contries: unknown key"_s), qPrintable(error));
    QVERIFY(m_window->filter() == saved);
}

// A window on a dataset file names it in its title and remembers it for the next start; File › Recent
// Datasets asks for it again, and for the bundled one.
void TestMainWindow::datasetIsNamedRememberedAndReopenedFromTheMenu()
{
    QTemporaryDir dir;
    const QString path = compileFixtureDatabase(dir.path());
    QVERIFY(!path.isEmpty());
    MainWindow window(fixtureAnalysis(), path);
    QCOMPARE(window.windowTitle(),
             QFileInfo(path).fileName() + u" · Test data test.1, data as of 31 January 2026"_s);
    QCOMPARE(MainWindow::rememberedDatasetPath(), QFileInfo(path).absoluteFilePath());
    QVERIFY(statusBarText(window).contains(u"Dataset Test data test.1, data as of 31 January 2026"_s));

    QMenu *recent = nullptr;
    for (QMenu *menu : window.findChildren<QMenu *>()) {
        if (menu->title() == u"&Recent Datasets")
            recent = menu;
    }
    QVERIFY(recent);
    emit recent->aboutToShow();
    const QList<QAction *> entries = recent->actions();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0)->text(), QFileInfo(path).fileName());
    QCOMPARE(entries.at(1)->text(), u"The Bundled Dataset"_s);
    QSignalSpy requests(&window, &MainWindow::datasetChangeRequested);
    entries.at(0)->trigger();
    entries.at(1)->trigger();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).at(0).toString(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(requests.at(1).at(0).toString(), bundledDatasetPath());
}

// Dataset › Compare With: the changes between the open dataset and another, the older first whichever is
// open, a row per changed field.
void TestMainWindow::comparesTheOpenDatasetWithAnotherOlderFirst()
{
    QTemporaryDir dir, next;
    const QString older = compileFixtureDatabase(dir.path());
    const QString newer = compileNextFixtureDatabase(next.path());
    for (const auto &[open, other] : {std::pair{older, newer}, std::pair{newer, older}}) {
        const AnalysisLoadResult loaded = loadAnalysis(open);
        QVERIFY(loaded.analysis);
        MainWindow window(loaded.analysis, open);
        QSignalSpy compared(&window, &MainWindow::datasetsCompared);
        window.compareWithDataset(other);
        // Read on a worker: meanwhile the window says so.
        QCOMPARE(window.statusBar()->currentMessage(),
                 u"Comparing with %1…"_s.arg(QFileInfo(other).fileName()));
        QVERIFY(compared.wait());
        QCOMPARE(compared.at(0).at(0).toString(), QString());
        auto *dialog = window.findChild<DatasetDiffDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        const QAbstractItemModel *table = dialog->table()->model();
        QCOMPARE(table->rowCount(), 7);
        QStringList gpuAmount;
        for (int column = 0; column < 7; ++column)
            gpuAmount.append(table->index(2, column).data().toString());
        QCOMPARE(gpuAmount,
                 (QStringList{u"Changed"_s, u"Programme"_s, u"jp-gpu"_s, u"GPU cloud subsidies 2024"_s,
                              u"amount"_s, u"72500000000"_s, u"73000000000"_s}));
        QCOMPARE(table->index(2, 7).data().toString(),
                 u"METI. GPU cloud subsidies. https://example.org/meti"_s);
        QCOMPARE(table->index(0, 0).data().toString(), u"Removed"_s);
        QCOMPARE(table->headerData(7, Qt::Horizontal).toString(), u"Source before"_s);
        delete dialog;
    }
    MainWindow window(fixtureAnalysis(), older);
    QSignalSpy compared(&window, &MainWindow::datasetsCompared);
    window.compareWithDataset(dir.filePath(u"none.sqlite"_s));
    QVERIFY(compared.wait());
    QVERIFY2(compared.at(0).at(0).toString().contains(u"none.sqlite: no such file"_s),
             qPrintable(compared.at(0).at(0).toString()));
    QVERIFY(!window.findChild<DatasetDiffDialog *>());
}

void TestMainWindow::citationNamesFigureDatasetAndSources()
{
    m_window->setCurrentView(ViewKind::Comparison);
    const QString citation = m_window->citation();
    QVERIFY2(citation.startsWith(m_window->view(ViewKind::Comparison)->figure().title + u". "_s),
             qPrintable(citation));
    QVERIFY(citation.contains(u"dataset Test data test.1, data as of 31 January 2026."_s));
    QVERIFY(citation.contains(u"Sources: "_s));
    QVERIFY(citation.contains(u"METI, 19 April 2024"_s));
    QVERIFY(statusBarText(*m_window).contains(u"data as of 31 January 2026"_s));

    // As BibTeX, for reference managers: one @misc entry whose fields hold the same facts.
    const QString bibtex = m_window->citation(MainWindow::CitationStyle::BibTeX);
    QVERIFY2(bibtex.startsWith(u"@misc{ai-policy-explorer-comparison-test.1,\n"_s), qPrintable(bibtex));
    QVERIFY(
        bibtex.contains(u"  title = {"_s + m_window->view(ViewKind::Comparison)->figure().title + u"},\n"_s));
    QVERIFY(bibtex.contains(u"  howpublished = {AI Policy Explorer "_s));
    QVERIFY(bibtex.contains(u"dataset Test data test.1}"_s));
    QVERIFY(bibtex.contains(u"  year = {2026}"_s));
    // Its dates stay ISO, the sources' too, whatever the display language.
    QVERIFY2(bibtex.contains(u"Data as of 2026-01-31. Sources: "_s), qPrintable(bibtex));
    QVERIFY2(bibtex.contains(u"METI, 2024-04-19"_s), qPrintable(bibtex));
    QVERIFY(!bibtex.contains(u"April"_s));
    applyLanguage(Language::Japanese);
    const QString japanese = m_window->citation(MainWindow::CitationStyle::BibTeX);
    applyLanguage(Language::English);
    QVERIFY2(japanese.contains(u"METI, 2024-04-19"_s), qPrintable(japanese));
    QVERIFY(bibtex.trimmed().endsWith(u'}'));
    QCOMPARE(bibtex.count(u'{'), bibtex.count(u'}')); // data cannot unbalance it
}

void TestMainWindow::packDialogReordersCaptionsAndSavesThePack()
{
    const std::shared_ptr<const Analysis> analysis = fixtureAnalysis();
    BriefingPackDialog dialog(analysis, defaultBriefingPack(fixtureFilter()), {});
    QListWidget *list = dialog.figureList();
    QCOMPARE(list->count(), 4); // timeline, recipients, comparison, table
    dialog.moveFigure(0, 2);
    QCOMPARE(dialog.pack().figures.at(2).view, ViewKind::Timeline);
    QVERIFY(dialog.isModified());
    // A drag moves the list's rows; the pack follows.
    QVERIFY(list->model()->moveRows({}, 3, 1, {}, 0));
    QCOMPARE(dialog.pack().figures.at(0).view, ViewKind::Table);
    QTRY_VERIFY(list->item(0)->text().startsWith(u"Figure 1. Table"_s));
    // The caption of the current figure.
    list->setCurrentRow(1);
    QTest::keyClicks(dialog.captionField(), u"Where the money went"_s);
    QCOMPARE(dialog.pack().figures.at(1).caption, u"Where the money went"_s);
    QCOMPARE(list->item(1)->text(), u"Figure 2. Where the money went"_s);
    dialog.captionField()->selectAll();
    QTest::keyClick(dialog.captionField(), Qt::Key_Backspace);
    QVERIFY2(list->item(1)->text().startsWith(u"Figure 2. Recipients — "_s),
             qPrintable(list->item(1)->text()));
    QTest::keyClicks(dialog.captionField(), u"Where the money went"_s);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"quarterly.json"_s);
    QCOMPARE(dialog.savePack(path), QString());
    QVERIFY(!dialog.isModified());
    BriefingPackDialog reopened(analysis, defaultBriefingPack(fixtureFilter()), {});
    QCOMPARE(reopened.openPack(path), QString());
    QCOMPARE(reopened.path(), path);
    QCOMPARE(reopened.pack().figures.size(), 4);
    for (qsizetype i = 0; i < 4; ++i) {
        QCOMPARE(reopened.pack().figures.at(i).view, dialog.pack().figures.at(i).view);
        QCOMPARE(reopened.pack().figures.at(i).caption, dialog.pack().figures.at(i).caption);
        QVERIFY(reopened.pack().figures.at(i).filter == dialog.pack().figures.at(i).filter);
    }
    // The same file is what the command line's --pack reads.
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(readBriefingPack(written.readAll(), analysis->dataset(), fixtureFilter()).error.isEmpty());
    // A broken file leaves the pack as it was.
    QFile broken(dir.filePath(u"broken.json"_s));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(R"({"figures":[{"view":"timeline","contries":"JPN"}]})");
    broken.close();
    QVERIFY(reopened.openPack(broken.fileName()).contains(u"contries: unknown key"_s));
    QCOMPARE(reopened.path(), path);
    QCOMPARE(reopened.pack().figures.size(), 4);
}

void TestMainWindow::packInProgressSurvivesARestart()
{
    m_window->setCurrentView(ViewKind::Comparison);
    QTest::keyClick(m_window.get(), Qt::Key_B, Qt::ControlModifier); // File › Add Current View
    if (m_window->briefingPack().figures.isEmpty()) {                // shortcuts need an active window
        for (QAction *action : m_window->findChildren<QAction *>()) {
            if (action->text() == u"&Add Current View to Briefing Pack")
                action->trigger();
        }
    }
    QCOMPARE(m_window->briefingPack().figures.size(), 1);
    m_window->close(); // as quitting, or switching the language, does
    m_window = std::make_unique<MainWindow>(fixtureAnalysis());
    QCOMPARE(m_window->briefingPack().figures.size(), 1);
    QCOMPARE(m_window->briefingPack().figures.constFirst().view, ViewKind::Comparison);
}

void TestMainWindow::hiddenViewsCatchUpWhenTheirTabIsChosen()
{
    // A filter change builds the chart in front only; a tab behind builds when it comes to the front, before
    // it is painted, and until then answers for the filter it was given.
    m_window->setCurrentView(ViewKind::Timeline);
    Filter japan = m_window->filter();
    japan.countries = {u"JPN"_s};
    m_window->setFilter(japan);
    auto *timeline = static_cast<TimelineChart *>(m_window->view(ViewKind::Timeline));
    auto *comparison = static_cast<ComparisonChart *>(m_window->view(ViewKind::Comparison));
    QVERIFY(!timeline->isUpdating());
    QVERIFY(comparison->isUpdating());
    QCOMPARE(comparison->figure(), buildFigure(*fixtureAnalysis(), japan, ViewKind::Comparison));
    QSignalSpy shown(comparison, &ChartView::figureShown);
    m_window->setCurrentView(ViewKind::Comparison);
    QCOMPARE(shown.size(), 1);
    QVERIFY(!comparison->isUpdating());
    QCOMPARE(comparison->data().rows.size(), 1);
    QCOMPARE(comparison->data().rows.constFirst().code, u"JPN"_s);

    // The Table too; a programme selected in a chart meanwhile is found under the filter it was shown with.
    ProgrammeTableView *table = m_window->tableView();
    const int before = table->table()->model()->rowCount();
    Filter usa = japan;
    usa.countries = {u"USA"_s};
    m_window->setFilter(usa);
    QCOMPARE(table->table()->model()->rowCount(), before);
    QVERIFY(table->selectProgramme(u"us-chips"_s));
    QCOMPARE(table->table()->model()->rowCount(), int(fixtureAnalysis()->tableRows(usa).size()));
}

void TestMainWindow::backgroundBuildsDropStaleFigures()
{
    // Built on a worker, as on a large dataset: the busy note shows, and of two quick filter changes only the
    // last one's figure is drawn.
    ComparisonChart chart(fixtureAnalysis());
    chart.setBuildsInBackground(true);
    chart.show();
    QSignalSpy shown(&chart, &ChartView::figureShown);
    const Filter all = fixtureFilter();
    Filter france = all;
    france.countries = {u"FRA"_s};
    chart.apply(all);
    chart.apply(france);
    QVERIFY(chart.isUpdating());
    const auto labels = chart.findChildren<QLabel *>();
    const auto busyNoteShown = [&labels] {
        return std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
            return label->isVisible() && label->text() == u"Updating…"_s;
        });
    };
    QVERIFY(busyNoteShown());
    QTRY_VERIFY(!chart.isUpdating());
    QTest::qWait(50); // a dropped figure would arrive by now
    QCOMPARE(shown.size(), 1);
    QCOMPARE(chart.data().rows.size(), 1);
    QCOMPARE(chart.data().rows.constFirst().code, u"FRA"_s);
    QCOMPARE(chart.figure(), buildFigure(*fixtureAnalysis(), france, ViewKind::Comparison));
    QVERIFY(!busyNoteShown());
}

void TestMainWindow::aHiddenChartDrawsItsBackgroundBuildWhenShown()
{
    // A build that finishes after the user left the tab waits, undrawn, for the tab to be shown again: a
    // large timeline drawing behind the comparison froze the window.
    QWidget tabs;
    auto *layout = new QVBoxLayout(&tabs);
    auto *chart = new ComparisonChart(fixtureAnalysis());
    layout->addWidget(chart);
    chart->setBuildsInBackground(true);
    chart->setDeferredWhileHidden(true);
    tabs.show();
    QSignalSpy shown(chart, &ChartView::figureShown);
    Filter france = fixtureFilter();
    france.countries = {u"FRA"_s};
    chart->apply(france);
    chart->hide(); // the user moves to another tab while the worker builds
    QTest::qWait(200);
    QCOMPARE(shown.size(), 0);
    QVERIFY(chart->isUpdating());
    QCOMPARE(chart->plot()->markCount(), 0);
    chart->show();
    QCOMPARE(shown.size(), 1); // drawn before the first paint
    QVERIFY(!chart->isUpdating());
    QCOMPARE(chart->data().rows.size(), 1);
    QCOMPARE(chart->data().rows.constFirst().code, u"FRA"_s);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

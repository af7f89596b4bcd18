#include "mainwindow.h"

#include "chartview.h"
#include "comparisonchart.h"
#include "figureexport.h"
#include "filterpanel.h"
#include "labels.h"
#include "programmetableview.h"
#include "recipientschart.h"
#include "timelinechart.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(std::shared_ptr<const Analysis> analysis, QWidget *parent)
    : QMainWindow(parent), m_analysis(std::move(analysis)), m_tabs(new QTabWidget(this)),
      m_table(new ProgrammeTableView(m_analysis, this)), m_filterPanel(new FilterPanel(this)),
      m_status(new QLabel(this))
{
    setWindowTitle(tr("AI Policy Explorer"));
    m_charts = {{ViewKind::Timeline, new TimelineChart(this)},
                {ViewKind::Recipients, new RecipientsChart(this)},
                {ViewKind::Comparison, new ComparisonChart(this)}};
    for (const auto &[kind, chart] : std::as_const(m_charts)) {
        m_tabs->addTab(chart, label(kind));
        connect(chart, &ChartView::filterEdited, this, &MainWindow::setFilter);
    }
    m_tabs->addTab(m_table, label(ViewKind::Table));
    connect(m_table, &ProgrammeTableView::filterEdited, this, &MainWindow::setFilter);
    setCentralWidget(m_tabs);

    QList<std::pair<QString, QString>> countries;
    for (const Country &country : m_analysis->dataset().countries)
        countries.append({country.code, country.nameEn});
    std::sort(countries.begin(), countries.end(), [](const auto &a, const auto &b) { return a.second < b.second; });
    m_filterPanel->setCountries(countries);
    connect(m_filterPanel, &FilterPanel::filterEdited, this, &MainWindow::setFilter);
    auto *dock = new QDockWidget(tr("Filters"), this);
    dock->setObjectName(u"filters"_s);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    dock->setWidget(m_filterPanel);
    addDockWidget(Qt::LeftDockWidgetArea, dock);

    const DatasetInfo &info = m_analysis->dataset().info;
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(new QLabel(
        tr("Dataset %1 · data as of %2").arg(info.version, info.dataAsOf.toString(Qt::ISODate)), this));

    createActions();
    readSettings();
    setFilter(m_filter);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *exportAction = file->addAction(tr("&Export Current View…"), this, &MainWindow::exportCurrentView);
    exportAction->setShortcut(Qt::CTRL | Qt::Key_E);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_tabs->count(); ++i) {
        QAction *show = view->addAction(m_tabs->tabText(i), this, [this, i] { m_tabs->setCurrentIndex(i); });
        show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About AI Policy Explorer"), this, &MainWindow::about);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::setFilter(const Filter &filter)
{
    m_filter = filter;
    m_filterPanel->setFilter(filter);
    for (const auto &[kind, chart] : std::as_const(m_charts))
        chart->apply(*m_analysis, filter);
    m_table->apply(filter);
    const qsizetype shown = m_analysis->programmes(filter).size();
    m_status->setText(tr("%n programme(s) match the filters", nullptr, int(shown)));
}

ChartView *MainWindow::chartView(ViewKind view) const
{
    for (const auto &[kind, chart] : m_charts) {
        if (kind == view)
            return chart;
    }
    return nullptr;
}

ViewKind MainWindow::currentView() const
{
    QWidget *current = m_tabs->currentWidget();
    for (const auto &[kind, chart] : m_charts) {
        if (chart == current)
            return kind;
    }
    return ViewKind::Table;
}

void MainWindow::setCurrentView(ViewKind view)
{
    QWidget *widget = chartView(view);
    m_tabs->setCurrentWidget(widget ? widget : static_cast<QWidget *>(m_table));
}

void MainWindow::exportCurrentView()
{
    QSettings settings;
    const QString folder = settings.value(u"export/folder"_s,
                                          QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                               .toString();
    const ViewKind view = currentView();
    const QString suggested = folder + u'/' + enumKey(view) + (view == ViewKind::Table ? u".csv"_s : u".pdf"_s);
    QString selectedFilter;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export %1").arg(label(view)), suggested,
        tr("PDF document (*.pdf);;PNG image (*.png);;SVG image (*.svg);;CSV data (*.csv)"), &selectedFilter);
    if (path.isEmpty())
        return;
    settings.setValue(u"export/folder"_s, QFileInfo(path).absolutePath());
    const QString error = exportView(*m_analysis, m_filter, view, chartView(view), path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export failed"), error);
    else
        statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::about()
{
    const DatasetInfo &info = m_analysis->dataset().info;
    QMessageBox::about(this, tr("About AI Policy Explorer"),
                       tr("AI Policy Explorer %1\n\nHow nations fund artificial intelligence: programmes, "
                          "recipients and comparisons, every figure with its source.\n\nDataset %2, data as of %3; "
                          "%4 programmes in %5 countries and blocs.")
                           .arg(QCoreApplication::applicationVersion(), info.version,
                                info.dataAsOf.toString(Qt::ISODate))
                           .arg(m_analysis->dataset().programmes.size())
                           .arg(m_analysis->dataset().countries.size()));
}

void MainWindow::readSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray()))
        resize(1400, 860);
    restoreState(settings.value(u"window/state"_s).toByteArray());
    m_tabs->setCurrentIndex(settings.value(u"window/view"_s, 0).toInt());
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    settings.setValue(u"window/view"_s, m_tabs->currentIndex());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    writeSettings();
    event->accept();
}

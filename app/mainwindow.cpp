#include "mainwindow.h"

#include "amountformat.h"
#include "briefingexport.h"
#include "briefingpackdialog.h"
#include "chartview.h"
#include "commandline.h"
#include "comparisonchart.h"
#include "datasetdiffdialog.h"
#include "datasetstore.h"
#include "displaytext.h"
#include "exportdialog.h"
#include "figureexport.h"
#include "filterpanel.h"
#include "filterparser.h"
#include "importstore.h"
#include "programmetableview.h"
#include "recipientschart.h"
#include "runwhilebusy.h"
#include "timelinechart.h"
#include "vocabulary.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QSaveFile>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// Settings keys for the files the app reopens.
const QString kRecentViewsKey = u"views/recent"_s;
const QString kRecentDatasetsKey = u"datasets/recent"_s;
const QString kCurrentDatasetKey = u"datasets/current"_s;

// The views' tabs are in the order of their kinds.
int tabOf(ViewKind kind)
{
    const auto kinds = allEnumValues<ViewKind>();
    return int(std::find(kinds.cbegin(), kinds.cend(), kind) - kinds.cbegin());
}

} // namespace

MainWindow::MainWindow(std::shared_ptr<const Analysis> analysis, const QString &datasetPath, QWidget *parent)
    : QMainWindow(parent), m_analysis(std::move(analysis)), m_datasetPath(datasetPath),
      m_tabs(new QTabWidget(this)), m_filterPanel(new FilterPanel(this)), m_status(new QLabel(this)),
      m_undo(new QUndoStack(this))
{
    m_status->setObjectName(u"programmeCount"_s);
    // Which data is open, first of all when it is not the bundled dataset: Qt adds the application's name.
    setWindowTitle(datasetPath.isEmpty() || isBundledDataset(datasetPath)
                       ? datasetEdition(*m_analysis)
                       : tr("%1 · %2").arg(QFileInfo(datasetPath).fileName(), datasetEdition(*m_analysis)));
    for (ViewKind kind : allEnumValues<ViewKind>()) {
        auto *page = new QWidget;
        auto *layout = new QVBoxLayout(page);
        layout->setContentsMargins(0, 0, 0, 0);
        m_tabs->addTab(page, label(kind));
        m_views.append(nullptr);
    }
    setCentralWidget(m_tabs);

    QList<std::pair<QString, QString>> countries;
    for (const Country &country : m_analysis->dataset().countries)
        countries.append({country.code, countryName(*m_analysis, country.code)});
    std::sort(countries.begin(), countries.end(),
              [](const auto &a, const auto &b) { return a.second < b.second; });
    m_filterPanel->setCountries(countries);
    m_filter = defaultFilter(m_analysis->dataset()); // every year the dataset has
    m_filterPanel->setYearRange(m_filter.fromYear, m_filter.toYear);
    connect(m_filterPanel, &FilterPanel::filterEdited, this, &MainWindow::setFilter);
    auto *dock = new QDockWidget(tr("Filters"), this);
    dock->setObjectName(u"filters"_s);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    dock->setWidget(m_filterPanel);
    addDockWidget(Qt::LeftDockWidgetArea, dock);

    statusBar()->addWidget(m_status, 1);
    auto *datasetLabel = new QLabel(tr("Dataset %1").arg(datasetEdition(*m_analysis)), this);
    datasetLabel->setTextFormat(Qt::PlainText); // the version is the dataset's, never markup
    statusBar()->addPermanentWidget(datasetLabel);

    readSettings();
    createActions();
    applyFilter(m_filter);
    viewAt(m_tabs->currentIndex());
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::viewAt);
    rememberDataset();
}

FigureView *MainWindow::viewAt(int index)
{
    if (index < 0 || m_views.at(index))
        return m_views.value(index);
    QWidget *page = m_tabs->widget(index);
    FigureView *view = nullptr;
    switch (allEnumValues<ViewKind>().at(index)) {
    case ViewKind::Timeline:
        view = new TimelineChart(m_analysis, page);
        break;
    case ViewKind::Recipients:
        view = new RecipientsChart(m_analysis, page);
        break;
    case ViewKind::Comparison:
        view = new ComparisonChart(m_analysis, page);
        break;
    case ViewKind::Table:
        view = m_table = new ProgrammeTableView(m_analysis, page);
        m_table->restoreColumnState(m_tableColumnState);
        m_editMenu->insertAction(m_findProgrammes, m_table->copyRowsAction());
        break;
    }
    m_views[index] = view;
    // A filter change updates the view in front; the others catch up when their tab is chosen.
    view->setDeferredWhileHidden(true);
    view->setGreyscale(m_greyscale);
    view->apply(m_filter);
    if (view == m_table && !m_programmeForTable.isEmpty())
        m_table->selectProgramme(m_programmeForTable);
    connect(view, &FigureView::filterEdited, this, &MainWindow::setFilter);
    connect(view, &FigureView::programmeChosen, this, &MainWindow::showInTable);
    // A programme selected in a chart is the Table's current row when the user goes there.
    connect(view, &FigureView::programmeSelected, this, [this](const QString &programmeId) {
        if (m_table)
            m_table->selectProgramme(programmeId);
        else
            m_programmeForTable = programmeId; // selected as the Table is built, not built for it
    });
    page->layout()->addWidget(view);
    if (page->isVisible())
        view->show(); // shown now, not at the next turn of the event loop, so the tab never paints empty
    return view;
}

namespace {

// One filter edit on the undo stack. Typing in the search field makes one step, not one per key.
class FilterChange : public QUndoCommand
{
public:
    FilterChange(std::function<void(const Filter &)> apply, Filter before, Filter after, const QString &text)
        : QUndoCommand(text), m_apply(std::move(apply)), m_before(std::move(before)),
          m_after(std::move(after))
    {
    }

    void undo() override { m_apply(m_before); }
    void redo() override { m_apply(m_after); }
    int id() const override { return searchOnly() ? 1 : -1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const FilterChange *>(other);
        if (!next->searchOnly())
            return false;
        m_after = next->m_after;
        setText(next->text());
        return true;
    }

private:
    bool searchOnly() const
    {
        Filter unsearched = m_after;
        unsearched.search = m_before.search;
        return unsearched == m_before;
    }

    std::function<void(const Filter &)> m_apply;
    Filter m_before;
    Filter m_after;
};

} // namespace

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *openView = file->addAction(tr("&Open View…"), this, &MainWindow::askAndOpenView);
    openView->setShortcut(QKeySequence::Open);
    QMenu *recent = file->addMenu(tr("&Recent Views"));
    connect(recent, &QMenu::aboutToShow, this, [this, recent] {
        fillRecentFiles(recent, kRecentViewsKey, tr("No recent views"),
                        [this](const QString &path) { openViewOrSayWhy(path); });
    });
    QAction *saveView = file->addAction(tr("&Save View…"), this, &MainWindow::askAndSaveView);
    saveView->setShortcut(QKeySequence::Save);
    file->addSeparator();
    QAction *print = file->addAction(tr("&Print…"), this, &MainWindow::printCurrentView);
    print->setShortcut(QKeySequence::Print);
    QAction *exportAction =
        file->addAction(tr("&Export Current View…"), this, &MainWindow::askAndExportCurrentView);
    exportAction->setShortcut(Qt::CTRL | Qt::Key_E);
    file->addSeparator();
    QAction *addToPack =
        file->addAction(tr("&Add Current View to Briefing Pack"), this, &MainWindow::addToBriefingPack);
    addToPack->setShortcut(Qt::CTRL | Qt::Key_B);
    file->addAction(tr("&Briefing Pack…"), this, &MainWindow::editBriefingPack);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addActions({undo, redo});
    edit->addSeparator();
    QAction *copy = edit->addAction(tr("&Copy Chart as Image"), this, &MainWindow::copyChart);
    copy->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
    for (const auto &[style, text] : {std::pair{CitationStyle::Text, tr("Copy C&itation")},
                                      std::pair{CitationStyle::BibTeX, tr("Copy Citation as &BibTeX")}}) {
        edit->addAction(text, this, [this, style] {
            QApplication::clipboard()->setText(citation(style));
            statusBar()->showMessage(tr("Copied the citation of the %1 figure").arg(label(currentView())),
                                     5000);
        });
    }
    createTableActions(edit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_tabs->count(); ++i) {
        QAction *show = view->addAction(m_tabs->tabText(i), this, [this, i] { m_tabs->setCurrentIndex(i); });
        show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    view->addSeparator();
    QAction *resetView = view->addAction(tr("&Reset Zoom"), this, [this] {
        if (auto *chart = qobject_cast<ChartView *>(this->view(currentView())))
            chart->resetView();
    });
    resetView->setShortcut(Qt::CTRL | Qt::Key_0);
    QAction *greyscale = view->addAction(tr("&Greyscale"));
    greyscale->setCheckable(true);
    greyscale->setChecked(m_greyscale);
    connect(greyscale, &QAction::toggled, this, &MainWindow::setGreyscale);
    QMenu *language = view->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    for (const auto &[value, name] :
         {std::pair{Language::English, tr("English")}, {Language::Japanese, tr("Japanese")}}) {
        QAction *choice = language->addAction(name);
        choice->setCheckable(true);
        choice->setChecked(displayLanguage() == value);
        languages->addAction(choice);
        connect(choice, &QAction::triggered, this, [this, value] {
            if (value != displayLanguage())
                emit languageChangeRequested(value);
        });
    }

    QMenu *dataset = menuBar()->addMenu(tr("&Dataset"));
    QAction *openDataset = dataset->addAction(tr("&Open Dataset…"), this, &MainWindow::askAndOpenDataset);
    openDataset->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_O);
    QMenu *recentDatasets = dataset->addMenu(tr("&Recent Datasets"));
    connect(recentDatasets, &QMenu::aboutToShow, this, [this, recentDatasets] {
        fillRecentFiles(recentDatasets, kRecentDatasetsKey, QString(),
                        [this](const QString &path) { emit datasetChangeRequested(path); });
        QAction *bundled = recentDatasets->addAction(
            tr("The Bundled Dataset"), this, [this] { emit datasetChangeRequested(bundledDatasetPath()); });
        bundled->setToolTip(QDir::toNativeSeparators(bundledDatasetPath()));
    });
    dataset->addAction(tr("&Compare With…"), this, &MainWindow::askAndCompareDatasets);
    dataset->addSeparator();
    dataset->addAction(tr("&Import Programmes…"), this, &MainWindow::askAndImportProgrammes);
    QMenu *imports = dataset->addMenu(tr("I&mported Programmes"));
    connect(imports, &QMenu::aboutToShow, this, [this, imports] { fillImports(imports); });
    dataset->addAction(tr("Save Import &Template…"), this, &MainWindow::askAndSaveImportTemplate);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About AI Policy Explorer"), this, &MainWindow::about);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::setFilter(const Filter &filter)
{
    if (filter == m_filter) {
        applyFilter(filter);
        return;
    }
    m_undo->push(new FilterChange([this](const Filter &f) { applyFilter(f); }, m_filter, filter,
                                  describeFilterChange(*m_analysis, m_filter, filter)));
}

void MainWindow::applyFilter(const Filter &filter)
{
    m_filter = filter;
    m_filterPanel->setFilter(filter);
    for (FigureView *view : std::as_const(m_views)) {
        if (view)
            view->apply(filter);
    }
    showProgrammeCount();
}

// Counts the rows the Table shows: the filters and its search.
void MainWindow::showProgrammeCount()
{
    const int shown = int(m_analysis->tableRows(m_filter).size());
    m_status->setText(m_filter.search.isEmpty()
                          ? tr("%n programme(s) match the filters", nullptr, shown)
                          : tr("%n programme(s) match the filters and search", nullptr, shown));
}

// Edit › Copy Rows (the Table's, while it has focus) and Edit › Find, which goes to the Table's search
// from anywhere in the window.
void MainWindow::createTableActions(QMenu *edit)
{
    edit->addSeparator();
    m_editMenu = edit;
    m_findProgrammes = edit->addAction(tr("&Find Programmes…"), this, [this] {
        setCurrentView(ViewKind::Table);
        tableView()->focusSearch();
    });
    m_findProgrammes->setShortcut(QKeySequence::Find);
}

FigureView *MainWindow::view(ViewKind kind)
{
    return viewAt(tabOf(kind));
}

ProgrammeTableView *MainWindow::tableView()
{
    view(ViewKind::Table);
    return m_table;
}

ViewKind MainWindow::currentView() const
{
    return allEnumValues<ViewKind>().at(m_tabs->currentIndex());
}

void MainWindow::setCurrentView(ViewKind kind)
{
    m_tabs->setCurrentIndex(tabOf(kind));
}

void MainWindow::showInTable(const QString &programmeId)
{
    setCurrentView(ViewKind::Table);
    if (tableView()->selectProgramme(programmeId) || m_filter.search.isEmpty())
        return;
    Filter unsearched = m_filter;
    unsearched.search.clear();
    setFilter(unsearched);
    m_table->selectProgramme(programmeId);
}

QString MainWindow::askSavePath(const QString &title, const QString &fileName, const QString &filter)
{
    QSettings settings;
    const QString folder =
        settings
            .value(u"export/folder"_s, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    const QString path = QFileDialog::getSaveFileName(this, title, folder + u'/' + fileName, filter);
    if (!path.isEmpty())
        settings.setValue(u"export/folder"_s, QFileInfo(path).absolutePath());
    return path;
}

void MainWindow::askAndExportCurrentView()
{
    const ViewKind view = currentView();
    const QString path = askSavePath(
        tr("Export %1").arg(label(view)), enumKey(view) + (view == ViewKind::Table ? u".csv"_s : u".pdf"_s),
        tr("PDF document (*.pdf);;PNG image (*.png);;SVG image (*.svg);;CSV data (*.csv)"));
    if (path.isEmpty())
        return;
    const auto format = exportFormatForPath(path);
    ExportOptions options;
    options.greyscale = m_greyscale;
    if (format && *format != ExportFormat::Csv) {
        ExportDialog dialog(*format, m_greyscale, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        options = dialog.options();
    }
    const QString error = exportCurrentView(path, options);
    if (!error.isEmpty())
        showMessage(QMessageBox::Warning, tr("Export failed"), error);
    else
        statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 5000);
}

QString MainWindow::exportCurrentView(const QString &path, const ExportOptions &options) const
{
    return exportView(*m_analysis, m_filter, currentView(), path, options);
}

QString MainWindow::saveView(const QString &path)
{
    const QString error = saveExportFile(path, writeViewFile({currentView(), m_filter, {}}));
    if (error.isEmpty())
        rememberRecentFile(kRecentViewsKey, path);
    return error;
}

QString MainWindow::openView(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Could not read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    const ViewReadResult read = readViewFile(file.readAll(), m_analysis->dataset());
    if (!read.error.isEmpty())
        return tr("%1 is not a view this version can open: %2")
            .arg(QDir::toNativeSeparators(path), read.error);
    setFilter(read.figure.filter);
    setCurrentView(read.figure.view);
    rememberRecentFile(kRecentViewsKey, path);
    return {};
}

void MainWindow::askAndSaveView()
{
    const QString path = askSavePath(tr("Save View"), enumKey(currentView()) + u".apeview"_s,
                                     tr("AI Policy Explorer view (*.apeview)"));
    if (path.isEmpty())
        return;
    if (const QString error = saveView(path); !error.isEmpty())
        showMessage(QMessageBox::Warning, tr("View not saved"), error);
    else
        statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::askAndOpenView()
{
    QSettings settings;
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open View"), settings.value(u"export/folder"_s).toString(),
                                     tr("AI Policy Explorer view (*.apeview);;All files (*)"));
    if (!path.isEmpty())
        openViewOrSayWhy(path);
}

void MainWindow::openViewOrSayWhy(const QString &path)
{
    if (const QString error = openView(path); !error.isEmpty())
        showMessage(QMessageBox::Warning, tr("View not opened"), error);
}

void MainWindow::rememberRecentFile(const QString &key, const QString &path)
{
    constexpr int kRecentFiles = 8;
    QSettings settings;
    QStringList recent = settings.value(key).toStringList();
    recent.removeAll(QFileInfo(path).absoluteFilePath());
    recent.prepend(QFileInfo(path).absoluteFilePath());
    settings.setValue(key, recent.mid(0, kRecentFiles));
}

void MainWindow::fillRecentFiles(QMenu *menu, const QString &key, const QString &noneText,
                                 const std::function<void(const QString &)> &open)
{
    menu->clear();
    const QStringList recent = QSettings().value(key).toStringList();
    for (const QString &path : recent) {
        QAction *action = menu->addAction(QFileInfo(path).fileName(), this, [open, path] { open(path); });
        action->setToolTip(QDir::toNativeSeparators(path));
    }
    if (recent.isEmpty() && !noneText.isEmpty())
        menu->addAction(noneText)->setEnabled(false);
    menu->setToolTipsVisible(true);
}

QString MainWindow::rememberedDatasetPath()
{
    return QSettings().value(kCurrentDatasetKey).toString();
}

// The bundled dataset is remembered as none, so a new version of the app opens its own new dataset.
void MainWindow::rememberDataset() const
{
    if (m_datasetPath.isEmpty())
        return;
    const bool bundled = isBundledDataset(m_datasetPath);
    QSettings().setValue(kCurrentDatasetKey,
                         bundled ? QString() : QFileInfo(m_datasetPath).absoluteFilePath());
    if (!bundled)
        rememberRecentFile(kRecentDatasetsKey, m_datasetPath);
}

void MainWindow::askAndCompareDatasets()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Compare With Dataset"), QString(),
                                     tr("AI Policy Explorer dataset (*.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    connect(
        this, &MainWindow::datasetsCompared, this,
        [this](const QString &error) {
            if (!error.isEmpty())
                showMessage(QMessageBox::Warning, tr("Datasets not compared"), error);
        },
        Qt::SingleShotConnection);
    compareWithDataset(path);
}

namespace {

struct ComparedDatasets
{
    std::optional<DatasetDiff> diff;
    QString error;
};

// What changed between the dataset `open` (or, when it has a file, that file's) and the one at `otherPath`,
// the older by its data-as-of date first: "what is new since".
ComparedDatasets compareDatasets(const std::shared_ptr<const Analysis> &open, const QString &openPath,
                                 const QString &otherPath, const DatasetSnapshots &snapshots)
{
    // The files as published, without the user's imports: those are not what changed between them.
    const AnalysisLoadResult published = openPath.isEmpty() ? AnalysisLoadResult{open, {}, {}, {}, false}
                                                            : loadAnalysis(openPath, {}, snapshots);
    const AnalysisLoadResult other = loadAnalysis(otherPath, {}, snapshots);
    if (!published.analysis || !other.analysis)
        return {std::nullopt, published.analysis ? other.error : published.error};
    const Dataset &a = published.analysis->dataset();
    const Dataset &b = other.analysis->dataset();
    const bool openIsOlder =
        std::pair(a.info.dataAsOf, a.info.version) <= std::pair(b.info.dataAsOf, b.info.version);
    return {openIsOlder ? diffDatasets(a, b) : diffDatasets(b, a), {}};
}

} // namespace

void MainWindow::compareWithDataset(const QString &path)
{
    statusBar()->showMessage(tr("Comparing with %1…").arg(QFileInfo(path).fileName()));
    runWhileBusy(
        this,
        [open = m_datasetPath.isEmpty() ? m_analysis : nullptr, openPath = m_datasetPath, path,
         snapshots = DatasetSnapshots::inUserCache()] {
            return compareDatasets(open, openPath, path, snapshots);
        },
        [this](const ComparedDatasets &compared) {
            statusBar()->clearMessage();
            if (compared.diff)
                showDatasetDiff(*compared.diff);
            emit datasetsCompared(compared.error);
        });
}

void MainWindow::showDatasetDiff(const DatasetDiff &diff)
{
    auto *dialog = new DatasetDiffDialog(diff, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DatasetDiffDialog::saveRequested, dialog, [this, dialog, diff] {
        const QString target = askSavePath(tr("Save Comparison"), u"changes.csv"_s,
                                           tr("CSV data (*.csv);;PDF document (*.pdf)"));
        if (target.isEmpty())
            return;
        const QString error = exportDatasetDiff(diff, target);
        if (!error.isEmpty())
            QMessageBox::warning(dialog, tr("Comparison not saved"), error);
    });
    connect(dialog, &DatasetDiffDialog::printRequested, dialog, [this, diff] {
        const Figure figure = datasetDiffFigure(diff);
        preview(figure.title, [&figure](QPrinter &printer, const QRect &) { printFigure(printer, figure); });
    });
    dialog->show();
}

void MainWindow::askAndImportProgrammes()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Programmes"), QString(),
                                                      tr("CSV file (*.csv);;All files (*)"));
    if (!path.isEmpty())
        emit importRequested(path);
}

void MainWindow::askAndSaveImportTemplate()
{
    const QString path =
        askSavePath(tr("Save Import Template"), u"programmes-template.csv"_s, tr("CSV file (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    const QByteArray bytes = programmeImportTemplate();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        showMessage(QMessageBox::Warning, tr("Template not saved"),
                    tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
}

// Every import kept, each removable; one that no longer fits the dataset is listed too, so it can go.
void MainWindow::fillImports(QMenu *menu)
{
    menu->clear();
    const QList<ImportFile> imports = storedImports();
    for (qsizetype i = 0; i < imports.size(); ++i) {
        const ImportFile &imported = imports.at(i);
        menu->addAction(tr("Remove %1 (imported %2)").arg(imported.name, formatDate(imported.importedOn)),
                        this, [this, i] { emit importRemovalRequested(i); });
    }
    if (imports.isEmpty())
        menu->addAction(tr("No imported programmes"))->setEnabled(false);
}

void MainWindow::askAndOpenDataset()
{
    const QString folder = m_datasetPath.isEmpty() ? QString() : QFileInfo(m_datasetPath).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Dataset"), folder, tr("AI Policy Explorer dataset (*.sqlite);;All files (*)"));
    if (!path.isEmpty())
        emit datasetChangeRequested(path);
}

namespace {

// Text as a BibTeX field value: its special characters escaped, so data such as "R&D" cannot break the entry.
QString bibtexText(const QString &text)
{
    QString escaped;
    for (const QChar c : text) {
        if (c == u'\\')
            escaped += u"\\textbackslash{}"_s;
        else if (c == u'~')
            escaped += u"\\textasciitilde{}"_s;
        else if (c == u'^')
            escaped += u"\\textasciicircum{}"_s;
        else if (u"{}&%$#_"_s.contains(c))
            escaped += u'\\' + QString(c);
        else
            escaped += c;
    }
    return escaped;
}

} // namespace

QString MainWindow::citation(CitationStyle style) const
{
    const Figure figure = buildFigure(*m_analysis, m_filter, currentView());
    const DatasetInfo &info = m_analysis->dataset().info;
    if (style == CitationStyle::BibTeX) {
        // A field for reference managers: its dates are ISO, as "Data as of" is, in either language.
        QStringList isoCitations;
        for (const QString &id : std::as_const(figure.sourceIds))
            isoCitations.append(isoCitation(m_analysis->dataset(), id));
        isoCitations.removeDuplicates();
        const QString sources = isoCitations.join(u"; "_s);
        QStringList fields{u"  title = {%1}"_s.arg(bibtexText(figure.title)),
                           u"  howpublished = {AI Policy Explorer %1, dataset %2 %3}"_s.arg(
                               bibtexText(QCoreApplication::applicationVersion()), bibtexText(info.title),
                               bibtexText(info.version)),
                           u"  year = {%1}"_s.arg(info.dataAsOf.year()),
                           u"  note = {%1. Data as of %2.%3}"_s.arg(
                               bibtexText(figure.subtitle), info.dataAsOf.toString(Qt::ISODate),
                               sources.isEmpty() ? QString() : u" Sources: "_s + bibtexText(sources) + u'.')};
        return u"@misc{ai-policy-explorer-%1-%2,\n%3\n}\n"_s.arg(enumKey(currentView()), info.version,
                                                                 fields.join(u",\n"_s));
    }
    const QString sources = figure.citations.join(u"; "_s);
    QString text = tr("%1. %2. AI Policy Explorer %3, dataset %4.")
                       .arg(figure.title, figure.subtitle, QCoreApplication::applicationVersion(),
                            datasetEdition(*m_analysis));
    if (!sources.isEmpty())
        text += u' ' + tr("Sources: %1.").arg(sources);
    return text;
}

void MainWindow::printCurrentView()
{
    const Figure figure = buildFigure(*m_analysis, m_filter, currentView(), {.greyscale = m_greyscale});
    preview(figure.title, [&figure](QPrinter &printer, const QRect &) { printFigure(printer, figure); });
}

void MainWindow::preview(const QString &documentName,
                         const std::function<void(QPrinter &, const QRect &)> &paint)
{
    QPrinter printer(QPrinter::HighResolution);
    // The page layout works in 96-dpi units like every export, so text sizes match the PDF.
    printer.setResolution(96);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setPageMargins(QMarginsF(0, 0, 0, 0));
    printer.setDocName(documentName);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.resize(1100, 800);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&paint](QPrinter *target) {
        paint(*target,
              QRect(QPoint(0, 0), target->pageLayout().paintRectPixels(target->resolution()).size()));
    });
    dialog.exec();
}

void MainWindow::copyChart()
{
    const ViewKind view = currentView();
    const Figure figure = buildFigure(*m_analysis, m_filter, view, {.greyscale = m_greyscale});
    QApplication::clipboard()->setImage(renderFigureImage(figure, defaultPageSize() * 2, 192));
    statusBar()->showMessage(tr("Copied the %1 figure to the clipboard").arg(label(view)), 5000);
}

void MainWindow::setGreyscale(bool greyscale)
{
    m_greyscale = greyscale;
    for (FigureView *view : std::as_const(m_views)) {
        if (view)
            view->setGreyscale(greyscale);
    }
    setFilter(m_filter);
}

void MainWindow::addToBriefingPack()
{
    if (m_pack.title.isEmpty()) {
        m_pack = defaultBriefingPack(m_filter);
        m_pack.figures.clear(); // the user adds them one by one
    }
    m_pack.figures.append({currentView(), m_filter, {}});
    statusBar()->showMessage(
        tr("Added %1 to the briefing pack (%n figure(s))", nullptr, int(m_pack.figures.size()))
            .arg(label(currentView())),
        5000);
}

void MainWindow::editBriefingPack()
{
    BriefingPackDialog dialog(m_analysis, m_pack.title.isEmpty() ? defaultBriefingPack(m_filter) : m_pack,
                              m_packPath, this);
    connect(&dialog, &BriefingPackDialog::exportRequested, this, [&] {
        m_pack = dialog.pack();
        exportBriefingPack(m_pack);
    });
    connect(&dialog, &BriefingPackDialog::previewRequested, this, [&] {
        const BriefingPack pack = dialog.pack();
        preview(pack.title, [&](QPrinter &printer, const QRect &page) {
            paintBriefingPack(printer, page, *m_analysis, pack, {.greyscale = m_greyscale});
        });
    });
    dialog.exec();
    m_pack = dialog.pack();
    m_packPath = dialog.path();
}

void MainWindow::exportBriefingPack(const BriefingPack &pack)
{
    const QString path =
        askSavePath(tr("Export Briefing Pack"), u"briefing-pack.pdf"_s, tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    QProgressDialog progress(tr("Writing the briefing pack…"), tr("Cancel"), 0, int(pack.figures.size()),
                             this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    ExportOptions options;
    options.greyscale = m_greyscale; // as the screen shows, like print and the clipboard
    const QString error = ::exportBriefingPack(*m_analysis, pack, path, options, [&](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        return !progress.wasCanceled();
    });
    progress.close();
    if (!error.isEmpty())
        showMessage(QMessageBox::Warning, tr("Briefing pack not written"), error);
    else
        statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::showMessage(QMessageBox::Icon icon, const QString &title, const QString &text)
{
    // Plain text: a message may quote a path or the dataset's version, which are never markup.
    QMessageBox box(icon, title, text, QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

void MainWindow::about()
{
    const DatasetInfo &info = m_analysis->dataset().info;
    showMessage(QMessageBox::Information, tr("About AI Policy Explorer"),
                tr("AI Policy Explorer %1\n\nHow nations fund artificial intelligence: programmes, "
                   "recipients and comparisons, every figure with its source.\n\nDataset %2, data as of %3; "
                   "%4 programmes in %5 countries and blocs.")
                        .arg(QCoreApplication::applicationVersion(), info.version, formatDate(info.dataAsOf))
                        .arg(m_analysis->dataset().programmes.size())
                        .arg(m_analysis->dataset().countries.size()) +
                    u"\n\n"_s + licenceStatement());
}

void MainWindow::readSettings()
{
    QSettings settings;
    m_greyscale = settings.value(u"view/greyscale"_s, false).toBool();
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray())) // first run: fit the screen
        resize(QSize(1400, 860).boundedTo(screen()->availableSize()));
    restoreState(settings.value(u"window/state"_s).toByteArray());
    m_tabs->setCurrentIndex(settings.value(u"window/view"_s, 0).toInt());
    m_tableColumnState = settings.value(u"table/header"_s).toByteArray();
    restoreSessionFilter(settings);
    // The pack in progress, as its file would hold it; one the dataset no longer supports is left out.
    m_packPath = settings.value(u"session/packPath"_s).toString();
    const QByteArray pack = settings.value(u"session/pack"_s).toByteArray();
    if (!pack.isEmpty()) {
        const PackReadResult read =
            readBriefingPack(pack, m_analysis->dataset(), defaultFilter(m_analysis->dataset()));
        if (read.error.isEmpty())
            m_pack = read.pack;
    }
}

// The filter the last session ended with, read as a pack file's options are, so one the dataset no longer
// supports (a programme since removed, say) is refused as a whole and the defaults stay.
void MainWindow::restoreSessionFilter(QSettings &settings)
{
    settings.beginGroup(u"session/filter"_s);
    const bool saved = !settings.childKeys().isEmpty();
    const FilterParseResult restored = parseFilter(
        [&settings](const QString &name) -> std::optional<QString> {
            return settings.contains(name) ? std::optional(settings.value(name).toString()) : std::nullopt;
        },
        m_analysis->dataset());
    settings.endGroup();
    if (!saved)
        return;
    if (restored.error.isEmpty())
        m_filter = restored.filter; // applied by the constructor, outside the undo history
    else
        statusBar()->showMessage(tr("The last session's filters were not restored: %1").arg(restored.error));
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    settings.setValue(u"window/view"_s, m_tabs->currentIndex());
    settings.setValue(u"view/greyscale"_s, m_greyscale);
    settings.setValue(u"table/header"_s, m_table ? m_table->columnState() : m_tableColumnState);
    settings.setValue(u"session/pack"_s, m_pack.figures.isEmpty() ? QByteArray() : writeBriefingPack(m_pack));
    settings.setValue(u"session/packPath"_s, m_packPath);
    settings.remove(u"session/filter"_s);
    settings.beginGroup(u"session/filter"_s);
    for (const auto &[name, value] : filterOptions(m_filter))
        settings.setValue(name, value);
    settings.endGroup();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    writeSettings();
    event->accept();
}

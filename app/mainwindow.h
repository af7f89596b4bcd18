#pragma once

#include "analysis.h"
#include "briefingpack.h"
#include "figureexport.h"
#include "filter.h"
#include "language.h"

#include <QMainWindow>
#include <QMessageBox>

#include <functional>
#include <memory>

struct DatasetDiff;
class FigureView;
class FilterPanel;
class ProgrammeTableView;
class QLabel;
class QMenu;
class QPrinter;
class QSettings;
class QTabWidget;
class QUndoStack;

// Composes the views, the filter dock and the actions. Holds the one current Filter: every edit, from the
// filter dock or a view's own controls, replaces it and is applied to every view.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `datasetPath` is the file `analysis` was loaded from, remembered for the next start; empty in tests.
    explicit MainWindow(std::shared_ptr<const Analysis> analysis, const QString &datasetPath = {},
                        QWidget *parent = nullptr);

    // The dataset the user last opened, for the next start without --dataset; empty for the bundled one.
    static QString rememberedDatasetPath();

    // Applies `filter` to every view as one step the user can undo.
    void setFilter(const Filter &filter);
    const Filter &filter() const { return m_filter; }
    // The view of that kind; built when first asked for or shown, as only the view in front is at the start.
    FigureView *view(ViewKind kind);
    ProgrammeTableView *tableView();
    const BriefingPack &briefingPack() const { return m_pack; }
    ViewKind currentView() const;
    void setCurrentView(ViewKind view);
    // Writes the current view under the current filter to `path`, as Export does after its dialogs.
    QString exportCurrentView(const QString &path, const ExportOptions &options) const;
    // A view file of the current view and filter; an error message, or empty.
    QString saveView(const QString &path);
    // Shows the view a view file holds; an error naming the file and the problem, or empty.
    QString openView(const QString &path);
    // openView(), with a message box when the file cannot be opened.
    void openViewOrSayWhy(const QString &path);
    QUndoStack *undoStack() const { return m_undo; }
    enum class CitationStyle
    {
        Text,
        BibTeX
    };
    // Reads the open dataset's file and the one at `path` on a worker, the window usable meanwhile, then
    // shows what changed between them, older first, and emits datasetsCompared.
    void compareWithDataset(const QString &path);
    // The current figure's citation: title, filters, dataset version and date, app version, sources.
    QString citation(CitationStyle style = CitationStyle::Text) const;

signals:
    void languageChangeRequested(Language language);
    // The user chose another dataset file. Whoever made the window loads it and, if it opens, replaces the
    // window with one on it; if not, says why and keeps this one.
    void datasetChangeRequested(const QString &path);
    // The user chose a CSV of programmes to import, or an import to remove; handled as a dataset change.
    void importRequested(const QString &path);
    void importRemovalRequested(qsizetype index);
    // A comparison asked for is shown, or could not be made for `error`.
    void datasetsCompared(const QString &error);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // Applies `filter` to every view, outside the undo history.
    void applyFilter(const Filter &filter);
    void createActions();
    void askAndSaveView();
    void askAndOpenView();
    void askAndOpenDataset();
    void askAndImportProgrammes();
    void askAndCompareDatasets();
    void showDatasetDiff(const DatasetDiff &diff);
    void askAndSaveImportTemplate();
    void fillImports(QMenu *menu);
    void rememberDataset() const;
    // The recent files listed under the settings key `key`, newest first.
    static void rememberRecentFile(const QString &key, const QString &path);
    void fillRecentFiles(QMenu *menu, const QString &key, const QString &noneText,
                         const std::function<void(const QString &)> &open);
    void createTableActions(QMenu *edit);
    void showProgrammeCount();
    // A save dialog that opens in, and remembers, the folder of the last export.
    QString askSavePath(const QString &title, const QString &fileName, const QString &filter);
    void askAndExportCurrentView();
    // The Table, with this programme current and its details beside it; a search that hides it is cleared.
    void showInTable(const QString &programmeId);
    void printCurrentView();
    // Print preview, and printing from it, of what `paint` paints on a landscape page at 96 dpi.
    void preview(const QString &documentName, const std::function<void(QPrinter &, const QRect &)> &paint);
    void copyChart();
    void setGreyscale(bool greyscale);
    void addToBriefingPack();
    void editBriefingPack();
    void exportBriefingPack(const BriefingPack &pack);
    void showMessage(QMessageBox::Icon icon, const QString &title, const QString &text);
    void about();
    void readSettings();
    void restoreSessionFilter(QSettings &settings);
    void writeSettings() const;

    std::shared_ptr<const Analysis> m_analysis;
    QString m_datasetPath;
    Filter m_filter;
    // The view on tab `index`, built into its page if it is not yet: a view costs a start its construction,
    // fonts and layout, so only the one in front is built before the first paint.
    FigureView *viewAt(int index);

    QTabWidget *m_tabs;
    QList<FigureView *> m_views;           // in tab order (allEnumValues<ViewKind>()); null until built
    ProgrammeTableView *m_table = nullptr; // the Table's view, once built
    QByteArray m_tableColumnState;         // as saved, until the Table is built to take it
    QString m_programmeForTable;           // selected in a chart before the Table was built
    QMenu *m_editMenu = nullptr;
    QAction *m_findProgrammes = nullptr; // Edit › Copy Rows goes before it once the Table is built
    FilterPanel *m_filterPanel;
    QLabel *m_status;
    QUndoStack *m_undo;
    BriefingPack m_pack; // in progress; empty until a figure is added or a pack opened
    QString m_packPath;  // the pack's file, once saved or opened
    bool m_greyscale = false;
};

#pragma once

#include "figureview.h"

#include <optional>

class DetailPane;
class FigurePlot;
class QMenu;
struct PlotMark;
class QHBoxLayout;
class QLabel;
class QSplitter;
class QMouseEvent;
class QStandardItemModel;
class QTableView;
class QToolButton;

// A chart tab: view-specific controls and the figure's title and warning above the plot, the method note
// below it. apply() builds the figure for the filter with buildFigure(), as print and export do, and draws
// it. A click or the arrow keys select a mark, whose details show beside the plot; the Data button shows
// the figure's numbers under it as a table, the text a screen reader can read.
//
// On a large dataset the figure is built on a worker thread, so the window never freezes: a busy note shows
// meanwhile, and a figure that a later apply() made stale is dropped, never drawn.
class ChartView : public FigureView
{
    Q_OBJECT
public:
    ChartView(ViewKind kind, std::shared_ptr<const Analysis> analysis, QWidget *parent = nullptr);

    // The figure drawn, or, while a newer one is pending, the figure for the filter last applied.
    Figure figure() const override;
    // Builds figures on a worker thread. On by default for datasets too large to build within a frame.
    void setBuildsInBackground(bool background) { m_buildsInBackground = background; }
    // True from an apply() until its figure is drawn.
    bool isUpdating() const { return isStale() || m_building != 0 || m_undrawn.has_value(); }
    FigurePlot *plot() const { return m_plot; }
    DetailPane *detailPane() const { return m_detail; }
    QToolButton *dataToggle() const { return m_dataToggle; }
    QTableView *dataTable() const { return m_dataTable; }
    // Undoes zooming and panning: the chart as its figure was drawn.
    virtual void resetView();
    // What a right click on this mark offers: Show in Table, Filter to its country, Copy as Text. The
    // caller owns the menu.
    QMenu *createMarkMenu(const PlotMark &mark, QWidget *parent);

signals:
    // The figure for the filter last applied is drawn.
    void figureShown();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void refresh() override;
    // Brings the view's own controls in line with the filter and the figure just built.
    virtual void syncControls(const Filter &filter) = 0;
    const Figure &shownFigure() const { return m_figure; }
    QHBoxLayout *controls() const { return m_controls; }
    // Adds a control to the row above the chart, with a label whose mnemonic focuses it.
    void addLabelledControl(const QString &label, QWidget *control);

private:
    // How the view draws its figure, whether built here or on the worker.
    FigureOptions figureOptions() const;
    void showBuiltFigure(Figure figure);
    // Makes the plot answer the pointer, the keyboard and the context menu as the view's plot.
    void connectPlot();
    // Puts the plot that draws `figure` in place of the current one when that is another kind: the
    // Comparison shown as a map.
    void usePlotFor(const Figure &figure);
    void showToolTip(QMouseEvent *event);
    void openMark(const PlotMark &mark);
    void showMarkMenu(const QPoint &position);
    void showSelection(const std::optional<PlotMark> &mark);
    void showDataTable();
    void filterToCountry(const QString &code);

    FigurePlot *m_plot;
    QSplitter *m_chartAndData = nullptr;
    QHBoxLayout *m_controls;
    QLabel *m_titleLabel;
    QLabel *m_warningLabel;
    QLabel *m_noteLabel;
    DetailPane *m_detail;
    QToolButton *m_dataToggle;
    QTableView *m_dataTable;
    QStandardItemModel *m_dataModel;
    QLabel *m_busyLabel;
    Figure m_figure;
    // Built on the worker while the view was hidden; drawn when it is shown, so a tab the user left draws
    // nothing meanwhile.
    std::optional<Figure> m_undrawn;
    bool m_buildsInBackground;
    quint64 m_refreshes = 0; // counts refresh() calls: a figure built for an older one is stale
    quint64 m_building = 0;  // the refresh() whose figure the worker is building; 0 when idle
};

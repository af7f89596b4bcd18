#include "chartview.h"

#include "detailpane.h"
#include "displaytext.h"
#include "figureplot.h"

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QThreadPool>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace {

// Programmes from which a figure is built off the UI thread: about fifty times the bundled dataset, where
// building the busiest view in a release build nears a frame.
constexpr qsizetype kBackgroundBuildFrom = 10000;

QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setContentsMargins(2, 0, 2, 0);
    return label;
}

// What the detail pane says about a mark: a programme's every field, or the mark's own lines followed by
// the programme it belongs to, if any.
ProgrammeDetail markDetail(const Analysis &analysis, const PlotMark &mark, const Filter &filter)
{
    if (mark.isProgramme())
        return programmeDetail(analysis, mark.programmeId, filter);
    ProgrammeDetail detail{mark.lines.value(0), {}};
    for (const QString &line : mark.lines.mid(1))
        detail.fields.append({{}, line});
    if (!mark.programmeId.isEmpty()) {
        const ProgrammeDetail programme = programmeDetail(analysis, mark.programmeId, filter);
        detail.fields.append({ChartView::tr("Programme"), programme.title});
        detail.fields.append(programme.fields);
    }
    return detail;
}

// Dark orange on a light window, light orange on a dark one: the warning reads on either desktop.
void colourWarning(QLabel *label, const QColor &window)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText,
                     window.lightness() < 128 ? QColor(0xFF, 0xB8, 0x70) : QColor(0xA6, 0x3C, 0x00));
    label->setPalette(palette);
}

} // namespace

ChartView::ChartView(ViewKind kind, std::shared_ptr<const Analysis> analysis, QWidget *parent)
    : FigureView(kind, std::move(analysis), parent), m_plot(createFigurePlot(kind).release()),
      m_controls(new QHBoxLayout), m_titleLabel(plainLabel(this)), m_warningLabel(plainLabel(this)),
      m_noteLabel(plainLabel(this)), m_detail(new DetailPane(this)), m_dataToggle(new QToolButton(this)),
      m_dataTable(new QTableView(this)), m_dataModel(new QStandardItemModel(this)),
      m_busyLabel(new QLabel(tr("Updating…"), this)),
      m_buildsInBackground(this->analysis().dataset().programmes.size() >= kBackgroundBuildFrom)
{
    Q_ASSERT(m_plot); // every chart view has a plot; the Table is no ChartView
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_titleLabel->setFont(titleFont);
    m_noteLabel->setForegroundRole(QPalette::PlaceholderText);
    colourWarning(m_warningLabel, palette().color(QPalette::Window));
    m_warningLabel->hide();

    m_dataToggle->setText(tr("&Data"));
    m_dataToggle->setToolTip(tr("Show the figure's numbers as a table under the chart"));
    m_dataToggle->setCheckable(true);
    m_dataToggle->setAutoRaise(true);
    m_dataTable->setModel(m_dataModel);
    m_dataTable->setAccessibleName(tr("%1 data").arg(label(kind)));
    m_dataTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_dataTable->setAlternatingRowColors(true);
    m_dataTable->verticalHeader()->hide();
    m_dataTable->horizontalHeader()->setStretchLastSection(true);
    m_dataTable->hide();
    m_busyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_busyLabel->hide();
    m_detail->setMinimumWidth(200);
    m_detail->hide();

    m_chartAndData = new QSplitter(Qt::Vertical, this);
    m_chartAndData->addWidget(m_plot);
    m_chartAndData->addWidget(m_dataTable);
    m_chartAndData->setStretchFactor(0, 3);
    m_chartAndData->setStretchFactor(1, 1);
    auto *withDetail = new QSplitter(Qt::Horizontal, this);
    withDetail->addWidget(m_chartAndData);
    withDetail->addWidget(m_detail);
    withDetail->setStretchFactor(0, 3);
    withDetail->setStretchFactor(1, 1);

    auto *controlRow = new QHBoxLayout;
    controlRow->setContentsMargins(0, 6, 0, 0);
    controlRow->addLayout(m_controls);
    controlRow->addStretch();
    controlRow->addWidget(m_busyLabel);
    controlRow->addWidget(m_dataToggle);
    // The plot is paper, light on any desktop: a margin all round shows it as a panel on a dark window.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 6);
    layout->addLayout(controlRow);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_warningLabel);
    layout->addWidget(withDetail, 1);
    layout->addWidget(m_noteLabel);

    connectPlot();
    connect(m_dataToggle, &QToolButton::toggled, this, [this](bool shown) {
        m_dataTable->setVisible(shown);
        showDataTable();
    });
}

void ChartView::connectPlot()
{
    m_plot->setFocusPolicy(Qt::StrongFocus); // the arrows move from mark to mark
    m_plot->setAccessibleName(tr("%1 chart").arg(label(kind())));
    connect(m_plot, &QCustomPlot::mouseMove, this, &ChartView::showToolTip);
    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, [this](QMouseEvent *event) {
        if (const std::optional<PlotMark> mark = m_plot->markAt(event->position()))
            openMark(*mark);
    });
    connect(m_plot, &FigurePlot::markActivated, this, &ChartView::openMark);
    connect(m_plot, &FigurePlot::selectionChanged, this, &ChartView::showSelection);
    m_plot->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_plot, &QWidget::customContextMenuRequested, this, &ChartView::showMarkMenu);
}

void ChartView::usePlotFor(const Figure &figure)
{
    if (drawsFigure(*m_plot, figure))
        return;
    FigurePlot *previous = m_plot;
    m_plot = createFigurePlot(figure).release();
    const bool focused = previous->hasFocus();
    m_chartAndData->replaceWidget(m_chartAndData->indexOf(previous), m_plot);
    previous->deleteLater();
    connectPlot();
    showSelection(std::nullopt); // the new plot has nothing selected
    if (focused)
        m_plot->setFocus();
}

Figure ChartView::figure() const
{
    return isUpdating() ? buildFigure(analysis(), shownFilter(), kind(), figureOptions()) : m_figure;
}

FigureOptions ChartView::figureOptions() const
{
    return {.greyscale = greyscale(), .withTable = false};
}

void ChartView::refresh()
{
    ++m_refreshes;
    const FigureOptions options = figureOptions();
    if (!m_buildsInBackground) {
        showBuiltFigure(buildFigure(analysis(), shownFilter(), kind(), options));
        return;
    }
    m_busyLabel->show();
    if (m_building != 0)
        return; // the worker is busy; when it is done, the latest filter is built
    m_building = m_refreshes;
    auto *watcher = new QFutureWatcher<Figure>(this);
    connect(watcher, &QFutureWatcher<Figure>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const bool current = m_building == m_refreshes;
        m_building = 0;
        if (!current) {
            refresh(); // dropped: an apply() came after this build began
            return;
        }
        if (defersWhileHidden() && !isVisible()) {
            m_undrawn = watcher->result();
            return;
        }
        showBuiltFigure(watcher->result());
    });
    // The worker holds its own reference to the analysis, immutable and safe to share between threads.
    watcher->setFuture(QtConcurrent::run(
        figureWorkers(), [analysis = sharedAnalysis(), filter = shownFilter(), kind = kind(), options] {
            return buildFigure(*analysis, filter, kind, options);
        }));
}

void ChartView::showEvent(QShowEvent *event)
{
    FigureView::showEvent(event);
    if (m_undrawn) {
        Figure figure = std::move(*m_undrawn);
        m_undrawn.reset();
        showBuiltFigure(std::move(figure));
    }
}

void ChartView::showBuiltFigure(Figure figure)
{
    if (m_building == 0)
        m_busyLabel->hide();
    const Filter &filter = shownFilter();
    Figure previous = std::exchange(m_figure, std::move(figure));
    m_titleLabel->setText(m_figure.title);
    m_warningLabel->setText(m_figure.warning);
    m_warningLabel->setVisible(!m_figure.warning.isEmpty());
    m_noteLabel->setText(m_figure.note);
    usePlotFor(m_figure);
    m_plot->showFigure(m_figure);
    m_plot->redraw();
    // The plot has let go of the previous figure too; a large one takes a while to free, off the UI thread.
    figureWorkers()->start([previous = std::move(previous)]() mutable { previous = {}; });
    showDataTable();
    syncControls(filter);
    emit figureShown();
}

void ChartView::showDataTable()
{
    // Built only while shown: the same table `--with-table` prints under the chart.
    if (!m_dataTable->isVisibleTo(this))
        return;
    const FigureTable table = figureTable(kind(), analysis(), shownFilter());
    m_dataModel->clear();
    m_dataModel->setColumnCount(table.columns.size());
    for (qsizetype c = 0; c < table.columns.size(); ++c)
        m_dataModel->setHorizontalHeaderItem(int(c), new QStandardItem(table.columns.at(c).title));
    for (const QStringList &row : table.rows) {
        QList<QStandardItem *> items;
        for (qsizetype c = 0; c < table.columns.size(); ++c) {
            auto *item = new QStandardItem(row.value(c));
            item->setToolTip(plainToolTip(row.value(c)));
            if (table.columns.at(c).amount)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            items.append(item);
        }
        m_dataModel->appendRow(items);
    }
    // Long names wrap into the tooltip rather than push the numbers out of sight.
    constexpr int kMaxColumnWidth = 320;
    m_dataTable->resizeColumnsToContents();
    for (int c = 0; c < m_dataModel->columnCount(); ++c)
        m_dataTable->setColumnWidth(c, std::min(m_dataTable->columnWidth(c), kMaxColumnWidth));
}

void ChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        colourWarning(m_warningLabel, palette().color(QPalette::Window));
    FigureView::changeEvent(event);
}

void ChartView::addLabelledControl(const QString &label, QWidget *control)
{
    auto *buddy = new QLabel(label, this);
    buddy->setBuddy(control);
    m_controls->addWidget(buddy);
    m_controls->addWidget(control);
}

QMenu *ChartView::createMarkMenu(const PlotMark &mark, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    if (!mark.programmeId.isEmpty()) {
        menu->addAction(tr("Show in &Table"), this,
                        [this, id = mark.programmeId] { emit programmeChosen(id); });
    }
    if (!mark.countryCode.isEmpty()) {
        menu->addAction(tr("&Filter to %1").arg(countryName(analysis(), mark.countryCode)), this,
                        [this, code = mark.countryCode] { filterToCountry(code); });
    }
    menu->addAction(tr("&Copy as Text"), this,
                    [lines = mark.lines] { QApplication::clipboard()->setText(lines.join(u'\n')); });
    return menu;
}

void ChartView::showMarkMenu(const QPoint &position)
{
    // The mark under the pointer; from the keyboard's menu key, the selected one.
    std::optional<PlotMark> mark = m_plot->markAt(position);
    QPoint at = position;
    if (!mark) {
        mark = m_plot->selectedMark();
        if (!mark)
            return;
        at = mark->bounds.center().toPoint();
    }
    QMenu *menu = createMarkMenu(*mark, this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_plot->mapToGlobal(at));
}

void ChartView::openMark(const PlotMark &mark)
{
    // Opens what the mark stands for: a programme's details, or a country on its own.
    if (!mark.programmeId.isEmpty())
        emit programmeChosen(mark.programmeId);
    else if (!mark.countryCode.isEmpty())
        filterToCountry(mark.countryCode);
}

void ChartView::showSelection(const std::optional<PlotMark> &mark)
{
    m_detail->setVisible(mark.has_value());
    // A screen reader announces the selected mark as the chart's description.
    m_plot->setAccessibleDescription(mark ? mark->lines.join(u", ") : QString());
    QAccessibleEvent changed(m_plot, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&changed);
    if (!mark)
        return;
    m_detail->showDetail(markDetail(analysis(), *mark, shownFilter()));
    if (!mark->programmeId.isEmpty())
        emit programmeSelected(mark->programmeId);
}

void ChartView::filterToCountry(const QString &code)
{
    editFilter([&](Filter &f) { f.countries = {code}; });
}

void ChartView::resetView()
{
    m_plot->showFigure(m_figure);
    m_plot->redraw();
}

void ChartView::showToolTip(QMouseEvent *event)
{
    const QString text = m_plot->toolTipAt(event->position());
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), text, m_plot);
}

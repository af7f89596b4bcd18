#include "programmetableview.h"

#include "amountformat.h"
#include "detailpane.h"
#include "programmedetail.h"
#include "programmetablemodel.h"
#include "tabseparated.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QHelpEvent>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QSplitter>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// Shows a cell's tooltip, its full text, only where the column is too narrow and elides it, or where the
// tooltip says the programme was imported. Imported programmes stand apart from the dataset's own: italic,
// on a tinted row.
class ProgrammeCellDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override
    {
        if (event->type() == QEvent::ToolTip && !isElided(view, option, index) && !isImported(index)) {
            QToolTip::hideText();
            return true;
        }
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (isImported(index)) {
            option->font.setItalic(true);
            option->backgroundBrush = QColor(0xFF, 0xF3, 0xD1); // pale amber, dark text stays readable
        }
    }

private:
    static bool isImported(const QModelIndex &index)
    {
        return index.data(ProgrammeTableModel::ImportedRole).isValid();
    }

    bool isElided(const QAbstractItemView *view, const QStyleOptionViewItem &option,
                  const QModelIndex &index) const
    {
        QStyleOptionViewItem cell = option;
        initStyleOption(&cell, index);
        const QStyle *style = view->style();
        // The style pads the text by the focus frame's margin plus one pixel on each side.
        const int padding = 2 * (style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1);
        const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &cell, view);
        return cell.fontMetrics.horizontalAdvance(cell.text) > text.width() - padding;
    }
};

// The width a date cell needs whatever its month ("28 September 2000", "2000年12月28日" in the display
// language), measured as the view measures a cell to fit its contents.
int dateColumnWidth(const QTableView *table)
{
    QStyleOptionViewItem option;
    option.initFrom(table);
    option.font = table->font();
    option.features = QStyleOptionViewItem::HasDisplay;
    int widest = 0;
    for (int month = 1; month <= 12; ++month) {
        option.text = formatPartialDate({2000, month, 28});
        widest = std::max(
            widest,
            table->style()->sizeFromContents(QStyle::CT_ItemViewItem, &option, QSize(), table).width());
    }
    return widest + (table->showGrid() ? 1 : 0);
}

} // namespace

ProgrammeTableView::ProgrammeTableView(std::shared_ptr<const Analysis> analysis, QWidget *parent)
    : FigureView(ViewKind::Table, std::move(analysis), parent),
      m_model(new ProgrammeTableModel(sharedAnalysis(), this)),
      m_proxy(new ProgrammeFilterProxy(sharedAnalysis(), this)), m_search(new QLineEdit(this)),
      m_table(new QTableView(this)), m_detail(new DetailPane(this)),
      m_copyRows(new QAction(tr("&Copy Rows"), this))
{
    m_proxy->setSourceModel(m_model);
    // A large table sorts on the workers; the pointer over the rows says so until the new order shows.
    m_model->setSortWorkers(figureWorkers());
    connect(m_model, &ProgrammeTableModel::sortingChanged, this, [this](bool sorting) {
        if (sorting)
            m_table->viewport()->setCursor(Qt::BusyCursor);
        else
            m_table->viewport()->unsetCursor();
    });
    m_search->setPlaceholderText(tr("Search programmes, bodies, countries…"));
    m_search->setAccessibleName(tr("Search programmes"));
    m_search->setClearButtonEnabled(true);
    m_table->setAccessibleName(tr("Programmes"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new ProgrammeCellDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ProgrammeTableModel::AnnouncedColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    // Spreadsheet rows: one line of text each, so a screen shows as many as it can.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, [this, header](const QPoint &pos) {
        QMenu *menu = createColumnsMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(header->viewport()->mapToGlobal(pos));
    });
    // The order, visibility and sorting Reset Columns goes back to; widths are fitted when first shown.
    m_defaultColumnState = header->saveState();

    m_copyRows->setShortcut(QKeySequence::Copy);
    m_copyRows->setShortcutContext(Qt::WidgetShortcut);
    m_copyRows->setEnabled(false);
    connect(m_copyRows, &QAction::triggered, this, &ProgrammeTableView::copySelectedRows);
    m_table->addAction(m_copyRows);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_table);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    m_detail->setMinimumWidth(220);
    splitter->setSizes({4000, 1000}); // in proportion: the table gets four fifths
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(splitter);

    connect(m_search, &QLineEdit::textChanged, this,
            [this](const QString &text) { editFilter([&](Filter &f) { f.search = text; }); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ProgrammeTableView::showSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_copyRows->setEnabled(m_table->selectionModel()->hasSelection()); });
}

// Short columns fit their contents; the long texts (names, bodies) and any over-long amount get a width
// that leaves room for the useful columns at 1280 pixels, eliding the rest with the full text in a tooltip.
void ProgrammeTableView::fitColumns()
{
    // Widths from the first rows, not every row: the caps below bound them anyway, and a dataset of
    // hundreds of thousands of rows must not be measured row by row at start-up.
    constexpr int kMeasuredRows = 200;
    m_table->horizontalHeader()->setResizeContentsPrecision(kMeasuredRows);
    m_table->resizeColumnsToContents();
    for (int column = 0; column < m_proxy->columnCount(); ++column) {
        if (column == ProgrammeTableModel::AnnouncedColumn) {
            // Every date whole, not only those of the measured rows: a September may come later.
            m_table->setColumnWidth(column, std::max(dateColumnWidth(m_table),
                                                     m_table->horizontalHeader()->sectionSizeHint(column)));
            continue;
        }
        int widest = 130;
        if (column == ProgrammeTableModel::ProgrammeColumn)
            widest = 190; // leaves the whole date column in view at 1280 pixels
        else if (column == ProgrammeTableModel::BodyColumn)
            widest = 180;
        else if (column == ProgrammeTableModel::CountryColumn)
            widest = 120;
        // Never narrower than the column's title, which the header would otherwise clip.
        widest = std::max(widest, m_table->horizontalHeader()->sectionSizeHint(column));
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), widest));
    }
}

void ProgrammeTableView::showEvent(QShowEvent *event)
{
    FigureView::showEvent(event);
    // Measuring the rows took a fifth of start-up, for a tab that may never be opened.
    if (!m_columnsLaidOut) {
        fitColumns();
        m_columnsLaidOut = true;
    }
}

void ProgrammeTableView::refresh()
{
    const Filter &filter = shownFilter();
    if (m_search->text() != filter.search)
        m_search->setText(filter.search);
    m_model->setFilter(filter);
    m_proxy->setFilter(filter);
    m_copyRows->setEnabled(m_table->selectionModel()->hasSelection());
    showSelected();
}

void ProgrammeTableView::showSelected()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const QString id =
        current.isValid() ? current.data(ProgrammeTableModel::ProgrammeIdRole).toString() : QString();
    m_detail->showDetail(programmeDetail(analysis(), id, shownFilter()));
}

QString ProgrammeTableView::selectedRowsText() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty())
        return {};
    std::sort(rows.begin(), rows.end());
    const QHeaderView *header = m_table->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    return tabSeparatedRows(*m_proxy, rows, columns);
}

void ProgrammeTableView::copySelectedRows() const
{
    const QString text = selectedRowsText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void ProgrammeTableView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QMenu *ProgrammeTableView::createColumnsMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    QHeaderView *header = m_table->horizontalHeader();
    const int shown = header->count() - header->hiddenSectionCount();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        QAction *column = menu->addAction(m_proxy->headerData(logical, Qt::Horizontal).toString());
        column->setCheckable(true);
        column->setChecked(!header->isSectionHidden(logical));
        column->setEnabled(header->isSectionHidden(logical) || shown > 1); // one column always stays
        connect(column, &QAction::toggled, header,
                [header, logical](bool checked) { header->setSectionHidden(logical, !checked); });
    }
    menu->addSeparator();
    menu->addAction(tr("&Reset Columns"), header, [this, header] {
        header->restoreState(m_defaultColumnState);
        fitColumns();
    });
    return menu;
}

QByteArray ProgrammeTableView::columnState() const
{
    // Before the table was first shown its widths are not fitted yet: nothing worth keeping.
    return m_columnsLaidOut ? m_table->horizontalHeader()->saveState() : QByteArray();
}

bool ProgrammeTableView::restoreColumnState(const QByteArray &state)
{
    if (state.isEmpty() || !m_table->horizontalHeader()->restoreState(state))
        return false;
    m_columnsLaidOut = true;
    // A layout saved when dates were ISO, or in the other language, would cut today's dates short.
    const int date = ProgrammeTableModel::AnnouncedColumn;
    if (!m_table->isColumnHidden(date))
        m_table->setColumnWidth(date, std::max(m_table->columnWidth(date), dateColumnWidth(m_table)));
    return true;
}

Figure ProgrammeTableView::figure() const
{
    return buildFigure(analysis(), shownFilter(), ViewKind::Table);
}

bool ProgrammeTableView::selectProgramme(const QString &programmeId)
{
    refreshIfStale(); // the rows of the filter applied while the Table was behind another tab
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(ProgrammeTableModel::ProgrammeIdRole).toString() == programmeId) {
            m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                  QItemSelectionModel::Rows);
            m_table->scrollTo(index);
            return true;
        }
    }
    return false;
}

#include "programmetableview.h"

#include "detailpane.h"
#include "programmedetail.h"
#include "programmetablemodel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

ProgrammeTableView::ProgrammeTableView(std::shared_ptr<const Analysis> analysis, QWidget *parent)
    : FigureView(ViewKind::Table, std::move(analysis), parent),
      m_model(new ProgrammeTableModel(sharedAnalysis(), this)),
      m_proxy(new ProgrammeFilterProxy(sharedAnalysis(), this)), m_search(new QLineEdit(this)),
      m_table(new QTableView(this)), m_detail(new DetailPane(this))
{
    m_proxy->setSourceModel(m_model);
    m_search->setPlaceholderText(tr("Search programmes, bodies, countries…"));
    m_search->setClearButtonEnabled(true);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ProgrammeTableModel::AnnouncedColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Names and bodies are long and take what room there is; every other column fits its contents.
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ProgrammeTableModel::ProgrammeColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(ProgrammeTableModel::BodyColumn, QHeaderView::Interactive);
    m_table->setColumnWidth(ProgrammeTableModel::ProgrammeColumn, 320);
    m_table->setColumnWidth(ProgrammeTableModel::BodyColumn, 260);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_table);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    m_detail->setMinimumWidth(300);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(splitter);

    connect(m_search, &QLineEdit::textChanged, this,
            [this](const QString &text) { editFilter([&](Filter &f) { f.search = text; }); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ProgrammeTableView::showSelected);
}

void ProgrammeTableView::apply(const Filter &filter)
{
    rememberFilter(filter);
    if (m_search->text() != filter.search)
        m_search->setText(filter.search);
    m_model->setFilter(filter);
    m_proxy->setFilter(filter);
    showSelected();
}

void ProgrammeTableView::showSelected()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const QString id =
        current.isValid() ? current.data(ProgrammeTableModel::ProgrammeIdRole).toString() : QString();
    m_detail->showDetail(programmeDetail(analysis(), id, shownFilter()));
}

Figure ProgrammeTableView::figure() const
{
    return buildFigure(analysis(), shownFilter(), ViewKind::Table);
}

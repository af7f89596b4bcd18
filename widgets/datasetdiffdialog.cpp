#include "datasetdiffdialog.h"

#include "displaytext.h"

#include <QAbstractTableModel>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// The diff's rows (forEachChangedField), each cell made when the view asks for it.
class DiffRowsModel : public QAbstractTableModel
{
public:
    DiffRowsModel(const DatasetDiff &diff, QObject *parent) : QAbstractTableModel(parent), m_diff(diff)
    {
        for (const FigureTableColumn &column : diffColumns())
            m_headers.append(column.title);
        m_headers += {DatasetDiffDialog::tr("Source before"), DatasetDiffDialog::tr("Source after")};
        for (qsizetype change = 0; change < m_diff.changes.size(); ++change) {
            for (qsizetype field = 0; field < m_diff.changes.at(change).fields.size(); ++field)
                m_rows.append({change, field});
        }
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_headers.size());
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
            return m_headers.value(section);
        return {};
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
            return {};
        const auto [change, field] = m_rows.at(index.row());
        const RecordChange &record = m_diff.changes.at(change);
        const QStringList cells = changeCells(record, record.fields.at(field)) +
                                  QStringList{record.sourceBefore, record.sourceAfter};
        const QString cell = cells.value(index.column());
        return role == Qt::ToolTipRole ? plainToolTip(cell) : cell;
    }

private:
    DatasetDiff m_diff;
    QStringList m_headers; // the printed table's columns, then the sources it lists apart
    QList<std::pair<qsizetype, qsizetype>> m_rows; // the change and its field
};

} // namespace

DatasetDiffDialog::DatasetDiffDialog(const DatasetDiff &diff, QWidget *parent)
    : QDialog(parent), m_table(new QTableView(this))
{
    setWindowTitle(tr("Compare Datasets"));
    auto *heading =
        new QLabel(tr("From %1\nto %2\n%3")
                       .arg(datasetEdition(diff.before), datasetEdition(diff.after), diffSummary(diff)),
                   this);
    heading->setTextFormat(Qt::PlainText); // titles and versions are the datasets', never markup

    m_table->setModel(new DiffRowsModel(diff, m_table));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Changes"));
    m_table->resizeColumnsToContents();
    for (int column = 0; column < m_table->model()->columnCount(); ++column)
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 320));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *save = buttons->addButton(tr("&Save As…"), QDialogButtonBox::ActionRole);
    QPushButton *print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    connect(save, &QPushButton::clicked, this, &DatasetDiffDialog::saveRequested);
    connect(print, &QPushButton::clicked, this, &DatasetDiffDialog::printRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(1100, 600);
}

#include "datasetdiffdialog.h"

#include "displaytext.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

DatasetDiffDialog::DatasetDiffDialog(const DatasetDiff &diff, QWidget *parent)
    : QDialog(parent), m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Compare Datasets"));
    auto *heading =
        new QLabel(tr("From %1\nto %2\n%3")
                       .arg(datasetEdition(diff.before), datasetEdition(diff.after), diffSummary(diff)),
                   this);
    heading->setTextFormat(Qt::PlainText); // titles and versions are the datasets', never markup

    QStringList headers; // the printed table's columns, then the sources it lists apart
    for (const FigureTableColumn &column : diffTable(diff).columns)
        headers.append(column.title);
    headers += {tr("Source before"), tr("Source after")};
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Changes"));
    forEachChangedField(diff, [this](const RecordChange &change, const FieldChange &field) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells =
            changeCells(change, field) + QStringList{change.sourceBefore, change.sourceAfter};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(plainToolTip(cells.at(column)));
            m_table->setItem(row, column, item);
        }
    });
    m_table->resizeColumnsToContents();
    for (int column = 0; column < m_table->columnCount(); ++column)
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

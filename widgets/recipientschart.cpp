#include "recipientschart.h"

#include "displaytext.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QStandardItemModel>

RecipientsChart::RecipientsChart(std::shared_ptr<const Analysis> analysis, QWidget *parent)
    : ChartView(ViewKind::Recipients, std::move(analysis), parent), m_mode(new QComboBox(this)),
      m_programme(new QComboBox(this))
{
    m_mode->addItem(tr("One programme"), int(RecipientsMode::Programme));
    m_mode->addItem(tr("All recipients ranked"), int(RecipientsMode::Ranking));
    m_programme->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_programme->setMinimumContentsLength(40);
    addLabelledControl(tr("&Show:"), m_mode);
    m_programme->setAccessibleName(tr("Programme"));
    controls()->addWidget(m_programme, 1);

    connect(m_mode, &QComboBox::activated, this, [this] {
        editFilter([&](Filter &f) { f.recipientsMode = RecipientsMode(m_mode->currentData().toInt()); });
    });
    connect(m_programme, &QComboBox::activated, this, [this] {
        editFilter([&](Filter &f) { f.programmeId = m_programme->currentData().toString(); });
    });
}

void RecipientsChart::syncControls(const Filter &filter)
{
    m_mode->setCurrentIndex(m_mode->findData(int(filter.recipientsMode)));
    // Refilled only when the choices change: most filter edits leave them as they are.
    if (data().programmes != m_shownChoices) {
        m_shownChoices = data().programmes;
        m_programme->clear();
        // In one insertion: one at a time, thousands of programmes took longer than a frame.
        QList<QStandardItem *> items;
        items.reserve(m_shownChoices.size());
        for (const DatasetRow<Programme> &choice : std::as_const(m_shownChoices)) {
            auto *item = new QStandardItem(programmeChoice(analysis(), *choice));
            item->setData(choice->id, Qt::UserRole);
            items.append(item);
        }
        qobject_cast<QStandardItemModel *>(m_programme->model())->invisibleRootItem()->appendRows(items);
    }
    // The figure names its programme: working it out again here scanned every programme on the UI thread.
    m_programme->setCurrentIndex(m_programme->findData(data().programmeId));
    m_programme->setVisible(filter.recipientsMode == RecipientsMode::Programme);
}

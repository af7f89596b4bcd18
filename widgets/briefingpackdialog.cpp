#include "briefingpackdialog.h"

#include "displaytext.h"
#include "vocabulary.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

BriefingPackDialog::BriefingPackDialog(std::shared_ptr<const Analysis> analysis, const BriefingPack &pack,
                                       QWidget *parent)
    : QDialog(parent), m_analysis(std::move(analysis)), m_pack(pack),
      m_title(new QLineEdit(pack.title, this)), m_organisation(new QLineEdit(pack.organisation, this)),
      m_author(new QLineEdit(pack.author, this)), m_figures(new QListWidget(this))
{
    setWindowTitle(tr("Briefing Pack"));
    resize(720, 460);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("&Organisation"), m_organisation);
    form->addRow(tr("&Author"), m_author);
    layout->addLayout(form);
    layout->addWidget(
        new QLabel(tr("Figures, each with the filters it was added with (File › Add Current View to "
                      "Briefing Pack):"),
                   this));
    layout->addWidget(m_figures, 1);
    auto *row = new QHBoxLayout;
    auto *remove = new QPushButton(tr("&Remove"), this);
    auto *up = new QPushButton(tr("Move &Up"), this);
    row->addWidget(remove);
    row->addWidget(up);
    row->addStretch();
    layout->addLayout(row);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *exportButton = buttons->addButton(tr("&Export PDF…"), QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);

    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_figures->currentRow();
        if (row >= 0) {
            m_pack.figures.removeAt(row);
            refreshList();
        }
    });
    connect(up, &QPushButton::clicked, this, [this] {
        const int row = m_figures->currentRow();
        if (row > 0) {
            m_pack.figures.swapItemsAt(row, row - 1);
            refreshList();
            m_figures->setCurrentRow(row - 1);
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, &BriefingPackDialog::exportRequested);
    exportButton->setEnabled(!m_pack.figures.isEmpty());
    refreshList();
}

BriefingPack BriefingPackDialog::pack() const
{
    BriefingPack pack = m_pack;
    pack.title = m_title->text();
    pack.organisation = m_organisation->text();
    pack.author = m_author->text();
    return pack;
}

void BriefingPackDialog::refreshList()
{
    m_figures->clear();
    for (qsizetype i = 0; i < m_pack.figures.size(); ++i) {
        const PackFigure &figure = m_pack.figures.at(i);
        m_figures->addItem(tr("Figure %1. %2 — %3")
                               .arg(i + 1)
                               .arg(label(figure.view), describeFilter(*m_analysis, figure.filter)));
    }
}

#include "briefingpackdialog.h"

#include "displaytext.h"
#include "figureexport.h"
#include "vocabulary.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

BriefingPackDialog::BriefingPackDialog(std::shared_ptr<const Analysis> analysis, const BriefingPack &pack,
                                       const QString &path, QWidget *parent)
    : QDialog(parent), m_analysis(std::move(analysis)), m_pack(pack), m_path(path),
      m_title(new QLineEdit(pack.title, this)), m_organisation(new QLineEdit(pack.organisation, this)),
      m_author(new QLineEdit(pack.author, this)), m_figures(new QListWidget(this)),
      m_caption(new QLineEdit(this))
{
    setWindowTitle(tr("Briefing Pack"));
    resize(760, 520);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("&Organisation"), m_organisation);
    form->addRow(tr("&Author"), m_author);
    layout->addLayout(form);
    layout->addWidget(
        new QLabel(tr("Figures, each with the filters it was added with (File › Add Current View to "
                      "Briefing Pack); drag to reorder:"),
                   this));
    m_figures->setDragDropMode(QAbstractItemView::InternalMove);
    m_figures->setAccessibleName(tr("Figures"));
    layout->addWidget(m_figures, 1);
    auto *captionRow = new QFormLayout;
    m_caption->setPlaceholderText(tr("The view's own title"));
    captionRow->addRow(tr("&Caption"), m_caption);
    layout->addLayout(captionRow);
    auto *row = new QHBoxLayout;
    auto *remove = new QPushButton(tr("&Remove"), this);
    auto *up = new QPushButton(tr("Move &Up"), this);
    auto *down = new QPushButton(tr("Move Do&wn"), this);
    auto *open = new QPushButton(tr("O&pen Pack…"), this);
    auto *save = new QPushButton(tr("&Save Pack…"), this);
    for (QPushButton *button : {remove, up, down})
        row->addWidget(button);
    row->addStretch();
    row->addWidget(open);
    row->addWidget(save);
    layout->addLayout(row);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *preview = buttons->addButton(tr("Pre&view…"), QDialogButtonBox::ActionRole);
    QPushButton *exportButton = buttons->addButton(tr("&Export PDF…"), QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);

    for (QLineEdit *field : {m_title, m_organisation, m_author})
        connect(field, &QLineEdit::textEdited, this, &BriefingPackDialog::markModified);
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_figures->currentRow();
        if (row >= 0) {
            m_pack.figures.removeAt(row);
            markModified();
            refreshList(std::min(row, int(m_pack.figures.size()) - 1));
        }
    });
    connect(up, &QPushButton::clicked, this, [this] {
        const int row = m_figures->currentRow();
        moveFigure(row, row - 1);
    });
    connect(down, &QPushButton::clicked, this, [this] {
        const int row = m_figures->currentRow();
        moveFigure(row, row + 1);
    });
    // A drag reorders the list's rows; the pack follows, and the numbers are rewritten once the drop is done.
    connect(m_figures->model(), &QAbstractItemModel::rowsMoved, this,
            [this](const QModelIndex &, int first, int, const QModelIndex &, int to) {
                const int target = to > first ? to - 1 : to;
                m_pack.figures.move(first, target);
                markModified();
                QMetaObject::invokeMethod(
                    this, [this, target] { refreshList(target); }, Qt::QueuedConnection);
            });
    connect(m_figures, &QListWidget::currentRowChanged, this, [this](int row) {
        m_caption->setEnabled(row >= 0);
        m_caption->setText(row >= 0 ? m_pack.figures.at(row).caption : QString());
    });
    connect(m_caption, &QLineEdit::textEdited, this, [this](const QString &caption) {
        const int row = m_figures->currentRow();
        if (row < 0)
            return;
        m_pack.figures[row].caption = caption;
        markModified();
        m_figures->item(row)->setText(figureLabel(row));
    });
    connect(open, &QPushButton::clicked, this, [this] {
        if (m_modified && !askToSave())
            return;
        const QString file =
            QFileDialog::getOpenFileName(this, tr("Open Briefing Pack"), QFileInfo(m_path).path(),
                                         tr("Briefing pack (*.json);;All files (*)"));
        if (file.isEmpty())
            return;
        if (const QString error = openPack(file); !error.isEmpty())
            QMessageBox(QMessageBox::Warning, tr("Pack not opened"), error, QMessageBox::Ok, this).exec();
    });
    connect(save, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Save Briefing Pack"),
                                                          m_path.isEmpty() ? u"briefing-pack.json"_s : m_path,
                                                          tr("Briefing pack (*.json)"));
        if (file.isEmpty())
            return;
        if (const QString error = savePack(file); !error.isEmpty())
            QMessageBox(QMessageBox::Warning, tr("Pack not saved"), error, QMessageBox::Ok, this).exec();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, &BriefingPackDialog::exportRequested);
    connect(preview, &QPushButton::clicked, this, &BriefingPackDialog::previewRequested);
    exportButton->setEnabled(!m_pack.figures.isEmpty());
    preview->setEnabled(!m_pack.figures.isEmpty());
    refreshList(m_pack.figures.isEmpty() ? -1 : 0);
}

BriefingPack BriefingPackDialog::pack() const
{
    BriefingPack pack = m_pack;
    pack.title = m_title->text();
    pack.organisation = m_organisation->text();
    pack.author = m_author->text();
    return pack;
}

void BriefingPackDialog::moveFigure(int from, int to)
{
    if (from < 0 || to < 0 || from >= m_pack.figures.size() || to >= m_pack.figures.size() || from == to)
        return;
    m_pack.figures.move(from, to);
    markModified();
    refreshList(to);
}

QString BriefingPackDialog::savePack(const QString &path)
{
    if (const QString error = saveExportFile(path, writeBriefingPack(pack())); !error.isEmpty())
        return error;
    m_path = path;
    m_modified = false;
    return {};
}

QString BriefingPackDialog::openPack(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Could not read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    const PackReadResult read =
        readBriefingPack(file.readAll(), m_analysis->dataset(), defaultFilter(m_analysis->dataset()));
    if (!read.error.isEmpty())
        return tr("%1 is not a briefing pack this version can open: %2")
            .arg(QDir::toNativeSeparators(path), read.error);
    m_pack = read.pack;
    m_path = path;
    m_modified = false;
    m_title->setText(m_pack.title);
    m_organisation->setText(m_pack.organisation);
    m_author->setText(m_pack.author);
    refreshList(m_pack.figures.isEmpty() ? -1 : 0);
    return {};
}

void BriefingPackDialog::done(int result)
{
    // Only a pack with a file of its own can lose work here: the window keeps the pack in progress.
    if (m_modified && !m_path.isEmpty() && !askToSave())
        return;
    QDialog::done(result);
}

bool BriefingPackDialog::askToSave()
{
    const auto answer = QMessageBox::question(
        this, tr("Briefing Pack"),
        tr("Save the changes to %1?").arg(QFileInfo(m_path.isEmpty() ? tr("the pack") : m_path).fileName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Discard || m_path.isEmpty())
        return true;
    const QString error = savePack(m_path);
    if (!error.isEmpty())
        QMessageBox(QMessageBox::Warning, tr("Pack not saved"), error, QMessageBox::Ok, this).exec();
    return error.isEmpty();
}

QString BriefingPackDialog::figureLabel(int index) const
{
    // Its caption, or the view and its filters while it has none.
    const PackFigure &figure = m_pack.figures.at(index);
    if (!figure.caption.isEmpty())
        return tr("Figure %1. %2").arg(index + 1).arg(figure.caption);
    return tr("Figure %1. %2 — %3")
        .arg(index + 1)
        .arg(label(figure.view), describeFilter(*m_analysis, figure.filter));
}

void BriefingPackDialog::refreshList(int current)
{
    m_figures->clear();
    for (int i = 0; i < m_pack.figures.size(); ++i)
        m_figures->addItem(figureLabel(i));
    m_figures->setCurrentRow(current);
    m_caption->setEnabled(current >= 0);
    m_caption->setText(current >= 0 ? m_pack.figures.at(current).caption : QString());
}

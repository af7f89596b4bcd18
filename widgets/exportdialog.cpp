#include "exportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSpinBox>

ExportDialog::ExportDialog(ExportFormat format, bool greyscale, QWidget *parent)
    : QDialog(parent), m_page(new QComboBox(this)), m_dpi(new QSpinBox(this)),
      m_withTable(new QCheckBox(this)), m_greyscale(new QCheckBox(this))
{
    setWindowTitle(tr("Export Options"));
    for (const auto &[name, size] : pageSizePresets())
        m_page->addItem(name, size);
    m_dpi->setRange(72, 1200);
    m_dpi->setValue(300);
    m_dpi->setSuffix(tr(" dpi"));
    m_dpi->setEnabled(format == ExportFormat::Png);
    m_withTable->setText(tr("Put the figures behind the chart in a table under it"));
    m_greyscale->setText(tr("Greyscale (patterns and shades instead of colour)"));
    m_greyscale->setChecked(greyscale);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Page"), m_page);
    form->addRow(tr("&Resolution"), m_dpi);
    form->addRow(m_withTable);
    form->addRow(m_greyscale);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ExportOptions ExportDialog::options() const
{
    ExportOptions options;
    options.dpi = m_dpi->value();
    const QSize page = m_page->currentData().toSize();
    // A PNG's size is in pixels at its resolution; pages are in pixels at 96 dpi.
    options.size = m_dpi->isEnabled() ? page * (options.dpi / 96.0) : page;
    options.withTable = m_withTable->isChecked();
    options.greyscale = m_greyscale->isChecked();
    return options;
}

#pragma once

#include "figureexport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

// Options for one export: page size, PNG resolution, the figures table under the chart, greyscale
// (ticked when the screen shows greyscale).
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(ExportFormat format, bool greyscale, QWidget *parent = nullptr);

    ExportOptions options() const;

private:
    QComboBox *m_page;
    QSpinBox *m_dpi;
    QCheckBox *m_withTable;
    QCheckBox *m_greyscale;
};

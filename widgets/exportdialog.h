#pragma once

#include "figureexport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

// Options for one export: page size, PNG resolution, the figures table under the chart, greyscale.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(ExportFormat format, bool greyscale, QWidget *parent = nullptr);

    ExportOptions options() const;
    bool greyscale() const;

private:
    QComboBox *m_page;
    QSpinBox *m_dpi;
    QCheckBox *m_withTable;
    QCheckBox *m_greyscale;
};

// The page sizes offered for paper and slides, in pixels at 96 dpi.
QList<std::pair<QString, QSize>> pageSizePresets();

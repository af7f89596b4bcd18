#pragma once

#include "datasetdiff.h"

#include <QDialog>

class QTableWidget;

// What changed between two datasets, a row per changed field with the old and new values and the sources
// of both versions. Saving and printing are the window's: it knows where files go and how pages print.
class DatasetDiffDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DatasetDiffDialog(const DatasetDiff &diff, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

signals:
    void saveRequested();
    void printRequested();

private:
    QTableWidget *m_table;
};

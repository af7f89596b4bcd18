#pragma once

#include "datasetdiff.h"

#include <QDialog>

class QTableView;

// What changed between two datasets, a row per changed field with the old and new values and the sources
// of both versions; rows are made as they are shown, so a diff of hundreds of thousands opens at once. Saving
// and printing are the window's: it knows where files go and how pages print.
class DatasetDiffDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DatasetDiffDialog(const DatasetDiff &diff, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }

signals:
    void saveRequested();
    void printRequested();

private:
    QTableView *m_table;
};

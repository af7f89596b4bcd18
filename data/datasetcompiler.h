#pragma once

#include "dataset.h"

#include <QString>
#include <QStringList>

// Reads the dataset's CSV sources from a folder and validates every record: types, ISO dates, ISO 4217
// currencies, references between files and a source with a quoted sentence on every figure. Problems are
// collected as "file:line: problem" so one run reports them all.
struct CompileResult
{
    Dataset dataset;
    QStringList errors;
    QStringList warnings; // worth a look but not wrong, e.g. allocations exceeding their programme

    bool ok() const { return errors.isEmpty(); }
};

CompileResult compileDatasetSources(const QString &sourceDir);

// The CSV files a source folder holds, in the order they are read.
QStringList datasetSourceFiles();

#pragma once

#include "dataset.h"

#include <QString>

#include <optional>

// The compiled dataset is one SQLite file, with a digest of its content (data/README.md). Writing replaces
// the file atomically; reading loads the whole dataset into memory through the compiler's checks, and refuses
// a database of another schema version, one the compiler would refuse, and one whose content no longer
// matches its digest.

// Returns an error message, or an empty string on success.
QString writeDatasetDatabase(const Dataset &dataset, const QString &path);

struct DatasetLoadResult
{
    std::optional<Dataset> dataset;
    QString error; // one line naming the file, and the table and rowid where there are any, and the problem
};

DatasetLoadResult readDatasetDatabase(const QString &path);

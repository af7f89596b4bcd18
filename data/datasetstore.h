#pragma once

#include "dataset.h"

#include <QString>

#include <optional>

// The compiled dataset is one SQLite file. Writing replaces the file atomically; reading loads the whole
// dataset into memory and refuses databases of another schema version.

// Returns an error message, or an empty string on success.
QString writeDatasetDatabase(const Dataset &dataset, const QString &path);

struct DatasetLoadResult
{
    std::optional<Dataset> dataset;
    QString error; // names the file and the problem
};

DatasetLoadResult readDatasetDatabase(const QString &path);
